"""A vote by a show of hands: its counts alone are announced and printed ("by 49 votes to none,
with no abstentions"), no lists under it. The Commission on Narcotic Drugs votes so unless a roll
call is asked for (its rule 59, as cndblog.org's record of the 58th session's scheduling votes
explains it, 2015); its report E/2025/28 prints "by 49 votes to none, with no abstentions" (as
unreport's style notes quote it, /work/shared/reference/un-style-notes.md). The wording is the
profile's ``[action] counted_vote``; a recorded vote keeps its own ("by a recorded vote of …")."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from unreport_tui.app.app import UnreportApp
from unreport_tui.core.model import ActionKind, CountedVote, Decision
from unreport_tui.core.rendering.action_taken import vote_phrase
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.storage import open_store

from .profile_reading import meetings, printed, session_in
from .screen import widget_text
from .test_app import draft_text, on_disk
from .test_app_opening import until

CND = (
    'body = "Commission on Narcotic Drugs"\nbody_short = "Commission"\ntitle = "Sixty-eighth session"\n'
    + meetings({9: "2025-03-14"})
    + '[[items]]\nkey = "4"\nnumber = "4"\ntitle = "Strategic management"\nmeetings = [9]\n'
    + '[[proposals]]\nkey = "L2"\nitem = "4"\ntitle = "Drugs"\nkind = "revised draft resolution"\n'
    + 'symbol = "E/CN.7/2025/L.2/Rev.1"\nsubmitted_by = ["Colombia", "Mexico"]\n'
    + '[[proposals.actions]]\nmeeting = 9\nkind = "adopted"\n{vote}\n'
)


def test_the_narcotic_drugs_commission_adopts_by_its_counts():
    # E/2025/28: "At its 9th meeting, on 14 March 2025, the Commission adopted a revised draft
    # resolution entitled “…” (E/CN.7/2025/L.2/Rev.1), sponsored by …"; "by 49 votes to none, with no abstentions"
    session = session_in("cnd", CND.format(vote="vote.in_favour = 49\nvote.against = 0\nvote.abstaining = 0"))
    lines = printed(session)
    assert lines[-1] == (
        "2. At its 9th meeting, on 14 March 2025, the Commission adopted a revised draft resolution entitled "
        "“Drugs” (E/CN.7/2025/L.2/Rev.1), sponsored by Colombia and Mexico, by 49 votes to none, with no abstentions."
    ), lines
    assert not any("The voting was as follows" in line or line.startswith("In favour") for line in lines)


@pytest.mark.parametrize(
    "vote, phrase",
    [
        (CountedVote(49, 0, 0), " by 49 votes to none, with no abstentions"),
        (CountedVote(27, 20, 4), " by 27 votes to 20, with 4 abstentions"),
        (CountedVote(30, 2, 1), " by 30 votes to 2, with 1 abstention"),
        (CountedVote(1, 30, 12), " by 1 vote to 30, with 12 abstentions"),
        (Decision.WITHOUT_A_VOTE, " without a vote"),
        (Decision.CONSENSUS, ""),
    ],
)
def test_the_counts_are_told_in_the_words_of_a_vote(vote, phrase):
    assert vote_phrase(vote) == phrase


def test_a_counted_vote_comes_back_from_the_session_file_and_the_database(tmp_path):
    session = session_in("cnd", CND.format(vote="vote.in_favour = 27\nvote.against = 20\nvote.abstaining = 4"))
    assert session.proposals[0].actions[0].vote == CountedVote(27, 20, 4)
    assert parse_session(session_to_toml(session)) == session
    store = open_store(tmp_path / "n.json")
    store.replace(session)
    store.close()
    assert open_store(tmp_path / "n.json", read_only=True).load() == session


def test_a_count_left_out_is_none():
    session = session_in("cnd", CND.format(vote="vote.in_favour = 49"))
    assert session.proposals[0].actions[0].vote == CountedVote(49, 0, 0)


@pytest.mark.parametrize(
    "vote, says",
    [
        ('vote.in_favour = 49\nvote.against = ["Chile"]', "vote.against = a list: expected a number, as the other counts"),
        ("vote.in_favour = -3", "vote.in_favour = -3: expected a whole number from 0"),
        ("vote.against = 3", "vote.in_favour: missing; expected the number of votes in favour"),
        ('vote.in_favour = 49\nvote.abstaining = "2"', 'vote.abstaining = "2": expected a whole number from 0'),
    ],
)
def test_a_bad_count_is_refused_on_its_line(vote, says):
    text = f'[session]\nprofile = "cnd"\n{CND.format(vote=vote)}'
    with pytest.raises(SessionFileError) as caught:
        parse_session(text)
    assert says in str(caught.value)
    at = caught.value.line
    assert at is not None and text.splitlines()[at - 1].startswith(("vote.", "[[proposals.actions]]"))


async def test_counts_typed_in_the_vote_boxes_are_a_show_of_hands(demo_store):
    # One app run for both (a Pilot run of the demo takes a second or two): counts mixed with names
    # are refused with nothing logged, the boxes kept to correct; counts alone are logged.
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press(*"Women and girls", "enter")
        await pilot.pause()
        app.screen.query_one("#action-kind", OptionList).highlighted = 4  # adopted
        app.screen.query_one("#vote_for", Input).value = "49"
        app.screen.query_one("#vote_against", Input).value = "Chile"
        app.screen.query_one("#vote_abstaining").focus()  # empty: Enter logs the action
        await pilot.press("enter")
        await pilot.pause()
        assert on_disk(demo_store).proposals[0].actions == []
        assert app.is_running and app.screen.query_one("#vote_for", Input).value == "49"  # kept to correct
        assert widget_text(app.screen.query_one("#proposals-error")) == (
            "'Chile': type the counts of a vote in all three boxes (49, 0, 2), or the names in all three"
        )
        app.screen.query_one("#vote_against", Input).value = ""
        app.screen.query_one("#vote_abstaining", Input).value = "2; "  # as Enter leaves a name in a box of names
        app.screen.query_one("#vote_against").focus()  # empty: Enter logs the action
        await pilot.press("enter")
        await pilot.pause()
        (proposal,) = on_disk(demo_store).proposals
        assert proposal.actions[-1].vote == CountedVote(49, 0, 2)
        await pilot.press("f8")
        await pilot.pause()
        assert "adopted the draft resolution by 49 votes to none, with 2 abstentions." in await draft_text(app)


def test_a_bad_name_list_of_a_recorded_vote_is_named_with_its_line_too():
    # A dotted key (vote.against = …) had no line: the error said where in the tables, not on which line.
    vote = 'vote.in_favour = ["Chile"]\nvote.against = [3]'
    text = '[session]\nprofile = "cnd"\n' + CND.format(vote=vote)
    with pytest.raises(SessionFileError) as caught:
        parse_session(text)
    assert str(caught.value).startswith("proposals[1].actions[1].vote.against = a list: expected a list of names")
    assert text.splitlines()[caught.value.line - 1] == "vote.against = [3]"


async def _a_draft_added(app, pilot) -> None:
    """The proposals screen, a draft resolution added: the cursor on what happened to it."""
    await pilot.press("f8")
    await pilot.pause()
    await pilot.press(*"Women and girls", "enter")
    await until(lambda: app.focused is app.screen.query_one("#action-kind"), pilot)


async def test_counts_typed_in_the_vote_boxes_are_logged_by_one_enter(demo_store):
    # A count was offered as a name typed as it is: the first Enter made "2" into "2; " (the next
    # name, please), and only a second Enter logged the action.
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await _a_draft_added(app, pilot)
        app.screen.query_one("#action-kind", OptionList).highlighted = 4  # adopted
        app.screen.query_one("#vote_for").focus()
        await pilot.press(*"49", "tab", "0", "tab", "2")
        await pilot.pause()
        assert not app.screen.query_one("#vote_abstaining-suggestions").display  # no name offered for a count
        await pilot.press("enter")
        await until(lambda: bool(on_disk(demo_store).proposals[0].actions), pilot)
        assert on_disk(demo_store).proposals[0].actions[-1].vote == CountedVote(49, 0, 2)


async def test_a_show_of_hands_typed_in_one_burst_with_enters_and_arrows_is_logged_whole(demo_store):
    # Enter after "49" logged "by 49 votes to none, with no abstentions" before the other counts
    # were typed; and the arrows choosing "adopted", ahead of a Tab in the burst, were lost.
    from .test_keys_in_a_burst import burst
    from .test_prepare_in_a_burst import burst_with_tabs

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await _a_draft_added(app, pilot)
        burst_with_tabs(app, *["down"] * 4, *["tab"] * 6)  # "adopted"; past the five boxes before In favour
        await until(lambda: app.focused is app.screen.query_one("#vote_for"), pilot)
        burst(app, "49", "enter", "0", "enter", "2", "enter")
        await until(lambda: bool(on_disk(demo_store).proposals[0].actions), pilot)
        for _ in range(5):  # the rest of the burst taken: anything it logs twice shows
            await pilot.pause()
        (action,) = on_disk(demo_store).proposals[0].actions
        assert (action.kind, action.vote) == (ActionKind.ADOPTED, CountedVote(49, 0, 2))


async def test_enter_in_a_vote_box_logs_when_the_next_count_is_there_already(demo_store):
    # Enter goes on to the next box only while it is empty: a count corrected, Enter logs.
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await _a_draft_added(app, pilot)
        app.screen.query_one("#action-kind", OptionList).highlighted = 4  # adopted
        for box, count in (("#vote_for", "48"), ("#vote_against", "0"), ("#vote_abstaining", "2")):
            app.screen.query_one(box, Input).value = count
        app.screen.query_one("#vote_for").focus()
        await pilot.press("end", "backspace", "9", "enter")
        await until(lambda: bool(on_disk(demo_store).proposals[0].actions), pilot)
        assert on_disk(demo_store).proposals[0].actions[-1].vote == CountedVote(49, 0, 2)


async def test_the_without_a_vote_box_shows_an_x_only_when_it_is_ticked(demo_store):
    """Textual's checkbox draws its X either way, only its colours changing: unticked, it read as ticked."""
    from textual.widgets import Checkbox

    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f8")
        await until(lambda: bool(app.screen.query("#without-vote")), pilot)
        box = app.screen.query_one("#without-vote", Checkbox)
        assert not box.value and widget_text(box).startswith("▐ ▌ without a vote")
        box.value = True
        await pilot.pause()
        assert widget_text(box).startswith("▐X▌ without a vote")
