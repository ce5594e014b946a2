"""Presentations, a kind of entry of their own (COPUOS subcommittees), and the action paragraphs'
forms: each as a body's report prints it, from a profile that extends the default."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unreport_tui.core.model import (
    Action,
    ActionKind,
    Item,
    Meeting,
    Point,
    Presentation,
    Proposal,
    RecordedVote,
    Role,
    Session,
    SessionInfo,
)
from unreport_tui.core.profiles import SECTIONS, Form, ProfileError, load_profile
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.logbook import Logbook, LogbookError
from unreport_tui.storage import open_store

from .builders import paragraphs, said
from .hypothesis_budget import examples
from .test_session_file import sessions, texts, words


def profile_file(tmp_path: Path, text: str, name: str = "body.toml") -> str:
    path = tmp_path / name
    path.write_text('[profile]\nextends = "untoc-cop"\n' + text, encoding="utf-8")
    return str(path)


def copuos_profile(tmp_path: Path) -> str:
    return profile_file(
        tmp_path,
        '[presentations]\nlead = "{body} heard the following scientific and technical presentations:"\n',
    )


def heard(profile: str = "", *presentations: Presentation) -> Session:
    return Session(
        info=SessionInfo(body_short="Subcommittee", profile=profile),
        meetings=[Meeting(921, dt.date(2020, 2, 4))],
        items=[Item("5", "5", "United Nations Programme on Space Applications", presentations=list(presentations))],
    )


STSC_2020 = (
    Presentation("ActInSpace 2020 edition: contribution to Access to Space for All", "France", Role.MEMBER, meeting=921),
    Presentation("Space for water", "representative of the Office for Outer Space Affairs", Role.OFFICIAL, meeting=921),
    Presentation("An overview of the outcomes of the Space Generation Congress 2019", "SGAC", Role.NGO, meeting=921),
    Presentation(
        "Chinese international open-sharing satellite assembly, integration and testing (AIT)", "China", Role.MEMBER, meeting=921
    ),
    Presentation(
        "Italian Space Agency (ASI) experiments for the BEYOND mission: applications for a better life in space",
        "Italy",
        Role.MEMBER,
        meeting=921,
    ),
)


def test_the_presentations_are_a_lettered_list_after_the_bodys_lead(tmp_path):
    # A/AC.105/C.1/L.385/Add.3, para. 3, whole (Scientific and Technical Subcommittee, fifty-seventh session, 2020)
    assert paragraphs(heard(copuos_profile(tmp_path), *STSC_2020))[1:] == [
        "2. The Subcommittee heard the following scientific and technical presentations:",
        "(a) “ActInSpace 2020 edition: contribution to Access to Space for All”, by the representative of France;",
        "(b) “Space for water”, by the representative of the Office for Outer Space Affairs;",
        "(c) “An overview of the outcomes of the Space Generation Congress 2019”, by the observer for SGAC;",
        "(d) “Chinese international open-sharing satellite assembly, integration and testing (AIT)”, by the "
        "representative of China;",
        "(e) “Italian Space Agency (ASI) experiments for the BEYOND mission: applications for a better life in space”, "
        "by the representative of Italy.",
    ]


def test_the_default_profile_prints_presentations_too_and_the_meeting_opens_the_item():
    rendered = paragraphs(heard("", STSC_2020[0]))
    assert rendered[0].startswith("1. At its 921st meeting, on 4 February 2020, the Subcommittee considered agenda item 5")
    assert rendered[1:] == [
        "2. The Subcommittee heard the following presentations:",
        "(a) “ActInSpace 2020 edition: contribution to Access to Space for All”, by the representative of France.",
    ]


def test_a_presenter_speaking_for_a_group_and_a_title_with_quotes():
    presentation = Presentation('The "Space4Women" project', "Egypt", Role.MEMBER, on_behalf_of="African Group")
    assert paragraphs(heard("", presentation))[-1] == (
        "(a) “The ‘Space4Women’ project”, by the representative of Egypt (on behalf of the Group of African States)."
    )


def test_a_profile_whose_entry_leaves_out_the_title_is_refused_with_one_line(tmp_path):
    path = profile_file(tmp_path, '[presentations]\nmember = "By the representative of {speaker}"\n', "bad.toml")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}:4: presentations.member: missing placeholder {{title}}; the report has it to print"


FILE = """
format = 1
[session]
body_short = "Subcommittee"
[[meetings]]
number = 921
date = 2020-02-04
[[items]]
key = "5"
number = "5"
title = "United Nations Programme on Space Applications"
[[items.presentations]]
title = "Space for water"
speaker = "representative of the Office for Outer Space Affairs"
role = "official"
meeting = 921
time = 10:15:00
[[items.presentations]]
title = "ActInSpace"
speaker = "France"
on_behalf_of = "European Union"
"""


def test_the_session_file_reads_presentations_and_writes_them_back():
    session = parse_session(FILE)
    assert session.items[0].presentations == [
        Presentation(
            "Space for water", "representative of the Office for Outer Space Affairs", Role.OFFICIAL, "", 921, dt.time(10, 15)
        ),
        Presentation("ActInSpace", "France", Role.MEMBER, "European Union"),
    ]
    assert parse_session(session_to_toml(session)) == session
    assert "[[items.presentations]]" in session_to_toml(session)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('speaker = "France"\nslides = 4', "items[1].presentations[2].slides: unknown key"),
        ('speaker = "Space Generation Advisory Council"', "role"),
        ('speaker = "France"\nmeeting = 7', "meeting 7 is not declared"),
    ],
)
def test_a_bad_presentation_in_a_session_file_is_refused_with_one_line(change, message):
    with pytest.raises(SessionFileError) as caught:
        parse_session(FILE.replace('speaker = "France"', change))
    assert "\n" not in str(caught.value)
    assert message in str(caught.value)


@pytest.fixture
def book(tmp_path):
    store = open_store(tmp_path / "n.json")
    store.replace(parse_session(FILE))
    yield Logbook(store, lambda: dt.datetime(2020, 2, 4, 11, 30, 5))
    store.close()


def on_disk(book: Logbook) -> Session:
    return open_store(book.store.path, read_only=True).load()


def test_a_presentation_is_logged_corrected_and_deleted_as_undoable_steps(book):
    book.log_presentation("Space weather services", "Japan")
    logged = Presentation("Space weather services", "Japan", Role.MEMBER, meeting=921, time=dt.time(11, 30, 5))
    assert on_disk(book).items[0].presentations[-1] == logged
    assert book.session.items[0].presentations[-1] == logged
    assert book.session.items[0].meetings == [921]  # the item was considered at that meeting

    added = on_disk(book).items[0].presentations[-1].id
    assert added is not None
    book.edit_presentation(added, speaker="European Space Agency", role=Role.IGO)
    assert on_disk(book).items[0].presentations[-1].speaker == "European Space Agency"
    assert "by the observer for the European Space Agency." in paragraphs(on_disk(book))[-1]

    book.delete_presentation(added)
    assert [p.title for p in on_disk(book).items[0].presentations] == ["Space for water", "ActInSpace"]
    book.undo()
    assert on_disk(book).items[0].presentations[-1].speaker == "European Space Agency"
    book.undo()
    book.undo()
    assert [p.title for p in on_disk(book).items[0].presentations] == ["Space for water", "ActInSpace"]
    book.redo()
    assert on_disk(book).items[0].presentations[-1] == logged


def test_a_presentation_by_a_name_that_is_not_a_state_needs_a_role_and_changes_nothing(book):
    with pytest.raises(LogbookError, match="not a State"):
        book.log_presentation("Space Generation Congress", "Space Generation Advisory Council")
    with pytest.raises(LogbookError, match="title"):
        book.log_presentation("  ", "Japan")
    assert len(on_disk(book).items[0].presentations) == 2


def test_a_database_without_presentations_still_opens(tmp_path):
    store = open_store(tmp_path / "old.json")
    store.replace(parse_session(GOOD_OLD))
    store.close()
    raw = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
    raw.pop("presentations", None)  # as an unreport from before presentations wrote it
    (tmp_path / "old.json").write_text(json.dumps(raw), encoding="utf-8")
    assert open_store(tmp_path / "old.json", read_only=True).load().items[0].presentations == []


GOOD_OLD = FILE.split("[[items.presentations]]")[0]


async def test_f10_logs_a_presentation_by_the_typed_speaker_and_the_draft_lists_it(demo_store):
    from textual.widgets import Input

    from unreport_tui.app.app import UnreportApp
    from unreport_tui.app.entry_ref import EntryKind
    from unreport_tui.app.screens.edit_entry import EditEntryDialog
    from unreport_tui.app.widgets.log_view import LogView

    from .test_app import draft_text
    from .test_app import on_disk as saved
    from .test_app_opening import until

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", "enter")  # Chile has the floor
        await until(lambda: app.focused.id == "speaker", pilot)
        speaking = app.book.current_statement
        await pilot.press(*"kenya", "f10")
        await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
        await pilot.press(*"Space weather services", "enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        given = saved(demo_store).item("2b").presentations
        assert [(p.title, p.speaker, p.role) for p in given] == [("Space weather services", "Kenya", Role.MEMBER)]
        assert app.book.current_statement == speaking  # points still go to Chile
        assert app.screen.query_one("#speaker", Input).value == ""
        draft = await draft_text(app)
        assert (
            "The Conference heard the following presentations: (a) “Space weather services”, by the representative of Kenya."
            in draft
        )

        log = app.screen.query_one("#log", LogView)
        log.focus()
        await pilot.pause()
        assert log.highlighted_entry.kind is EntryKind.PRESENTATION  # the one just logged
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
        await pilot.press(*" in Asia", "enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        assert saved(demo_store).item("2b").presentations[0].title == "Space weather services in Asia"

        log.focus()
        await pilot.pause()
        await pilot.press("delete")
        await until(lambda: not saved(demo_store).item("2b").presentations, pilot)
        await pilot.press("ctrl+z")
        await until(lambda: bool(saved(demo_store).item("2b").presentations), pilot)


# Action paragraphs ------------------------------------------------------------------------------

A = ActionKind
CSW_ACTION = """[action]
had_before_it = false
introduced_entitled = "{speaker} introduced {proposal}."
budget = "{body} was advised that {noun} contained no programme budget implications."
revised = "{speaker} orally revised the text of {noun} as follows:"
"""


def commission(profile: str, *actions: Action) -> Session:
    proposal = Proposal(
        "p",
        "3",
        "Situation of and assistance to Palestinian women",
        symbol="E/CN.6/2007/L.2",
        submitted_by=["Pakistan"],
        on_behalf_of="Group of 77 and China",
        actions=list(actions),
    )
    return Session(
        SessionInfo(body_short="Commission", profile=profile),
        [Meeting(11, dt.date(2007, 3, 7)), Meeting(13, dt.date(2007, 3, 9))],
        [Item("3", "3", "Follow-up to the Fourth World Conference on Women")],
        [proposal],
    )


def action_paragraphs(session: Session) -> list[str]:
    text = paragraphs(session)
    start = next(n for n, p in enumerate(text) if p.startswith("# Action taken by"))
    return [p.split(". ", 1)[1] if p[:1].isdigit() else p for p in text[start + 1 :]]


def test_without_the_had_before_it_sentence_the_introduction_names_the_proposal(tmp_path):
    # E/2007/27, paras. 57-59 (Commission on the Status of Women): the meeting's opening ("At the
    # 11th meeting, on 7 March,") and the group's long name are other settings; the rest is this one.
    session = commission(
        profile_file(tmp_path, CSW_ACTION),
        Action(A.INTRODUCED, 11, speaker="Pakistan", on_behalf_of="Group of 77 and China"),
        Action(A.BUDGET, 13),
        Action(
            A.REVISED,
            13,
            speaker="Pakistan",
            revisions=[
                "In the seventh preambular paragraph, the word “on” was replaced by the word “in” after the words "
                "“from Israeli military operations”"
            ],
        ),
    )
    introduced, budget, revised, revision = action_paragraphs(session)
    assert introduced == (
        "At the 11th meeting, on 7 March 2007, the representative of Pakistan, on behalf of the Group of 77 and China, "
        "introduced a draft resolution entitled “Situation of and assistance to Palestinian women” (E/CN.6/2007/L.2)."
    )
    assert budget == (
        "At its 13th meeting, on 9 March 2007, the Commission was advised that the draft resolution contained no "
        "programme budget implications."
    )
    assert (
        revised
        == "At the same meeting, the representative of Pakistan orally revised the text of the draft resolution as follows:"
    )
    assert revision.startswith("(a) In the seventh preambular paragraph, the word “on” was replaced")


def test_a_proposal_first_deferred_is_still_named_by_a_body_without_the_had_before_it_sentence(tmp_path):
    session = commission(profile_file(tmp_path, CSW_ACTION), Action(A.DEFERRED, 13))
    assert action_paragraphs(session) == [
        "At its 13th meeting, on 9 March 2007, the Commission had before it a draft resolution entitled “Situation of "
        "and assistance to Palestinian women” (E/CN.6/2007/L.2), submitted by Pakistan (on behalf of the Group of 77 "
        "and China).",
        "At the same meeting, the Commission decided to defer consideration of the draft resolution.",
    ]


def test_an_adoption_names_the_proposal_its_sponsors_and_the_votes_in_the_bodys_words(tmp_path):
    # E/2025/28 (Commission on Narcotic Drugs), as the shared research notes give it (not re-read):
    # "At its 9th meeting, on 14 March 2025, the Commission adopted a revised draft resolution entitled
    # “…” (E/CN.7/2025/L.2/Rev.1), sponsored by …", votes "by 49 votes to none, with no abstentions".
    # The title and the sponsors are elided there: those below are the test's own.
    profile = profile_file(
        tmp_path,
        "[action]\nhad_before_it = false\n"
        'submitted = "sponsored by {submitters}"\n'
        'recorded_vote = "by {in_favour} votes to {against}, with {abstentions}"\n',
    )
    session = commission(profile, Action(A.ADOPTED, 13, vote=RecordedVote(["Chile", "Peru"], [], [])))
    session.meetings[1] = Meeting(9, dt.date(2025, 3, 14))
    session.proposals[0].actions[0].meeting = 9
    session.proposals[0] = dataclasses.replace(
        session.proposals[0], kind="revised draft resolution", symbol="E/CN.7/2025/L.2/Rev.1", on_behalf_of=""
    )
    adopted, voting, *_ = action_paragraphs(session)
    assert adopted == (
        "At its 9th meeting, on 14 March 2025, the Commission adopted a revised draft resolution entitled “Situation of "
        "and assistance to Palestinian women” (E/CN.7/2025/L.2/Rev.1), sponsored by Pakistan, by 2 votes to none, with "
        "no abstentions."
    )
    assert voting == "The voting was as follows:"


def test_the_default_keeps_the_had_before_it_sentence_and_todays_introduction():
    session = commission("", Action(A.INTRODUCED, 11, speaker="Pakistan"))
    assert action_paragraphs(session) == [
        "At its 11th meeting, on 7 March 2007, the Commission had before it a draft resolution entitled “Situation of "
        "and assistance to Palestinian women” (E/CN.6/2007/L.2), submitted by Pakistan (on behalf of the Group of 77 "
        "and China).",
        "At the same meeting, the representative of Pakistan introduced the draft resolution.",
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('adopted = "{body} adopted {noun}{see}."', "action.adopted: missing placeholder {revised}, {vote}"),
        ('introduced_entitled = "{speaker} introduced {noun}."', "placeholder {noun} is not offered here"),
        ('had_before_it = "no"', "action.had_before_it: expected true or false"),
    ],
)
def test_an_action_form_that_would_lose_what_the_core_prints_is_refused(tmp_path, line, message):
    path = profile_file(tmp_path, f"[action]\n{line}\n", "bad.toml")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_merging_two_note_takers_keeps_every_presentation_once():
    from unreport_tui.core.merge import merge_sessions

    first = parse_session(FILE)
    second = parse_session(FILE.replace('title = "ActInSpace"', 'title = "Space law for new actors"'))
    merged = merge_sessions([("a.json", first), ("b.json", second)]).session
    given = [(p.title, p.speaker) for p in merged.items[0].presentations]
    assert given == [
        ("Space for water", "representative of the Office for Outer Space Affairs"),
        ("ActInSpace", "France"),
        ("Space law for new actors", "France"),
    ]


@st.composite
def sessions_with_presentations(draw) -> Session:
    """Any session the session file's own test makes, each item given presentations."""
    session = draw(sessions())
    numbers = [m.number for m in session.meetings]
    for item in session.items:
        item.presentations = [
            Presentation(
                draw(words),
                draw(words),
                draw(st.sampled_from(list(Role))),
                draw(texts),
                meeting=draw(st.none() | st.sampled_from(numbers)) if numbers else None,
                time=draw(st.none() | st.times()),
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
    return session


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sessions_with_presentations())
def test_presentations_come_back_whole_from_the_session_file_and_the_database(tmp_path_factory, session):
    assert parse_session(session_to_toml(session)) == session
    path = tmp_path_factory.mktemp("db") / "n.json"
    store = open_store(path)
    store.replace(session)
    store.close()
    assert open_store(path, read_only=True).load() == session


def test_narrated_the_presentations_open_with_their_meeting_among_the_statements():
    session = heard("", dataclasses.replace(STSC_2020[0], meeting=922))
    session.info.narrate = True
    session.meetings.append(Meeting(922, dt.date(2020, 2, 5)))
    session.items[0].statements.append(said("Chile", meeting=921))
    assert paragraphs(session)[1:] == [
        "2. At the 921st meeting, on 4 February 2020, a statement was made by the representative of Chile.",
        "3. At the 922nd meeting, on 5 February 2020, the Subcommittee heard the following presentations:",
        "(a) “ActInSpace 2020 edition: contribution to Access to Space for All”, by the representative of France.",
    ]


def test_a_read_only_copy_highlights_a_presentation_logged_last():
    from unreport_tui.app.entry_ref import point_ref, presentation_ref
    from unreport_tui.app.screens.live import _newest_logged

    item = Item("5", "5", "Space applications")
    item.statements = [said("Chile", meeting=921, time=dt.time(10, 0), id=1)]
    item.points = [Point("noted X", ["Chile"], meeting=921, time=dt.time(10, 1), id=1)]
    item.presentations = [Presentation("Space for water", "France", Role.MEMBER, meeting=921, time=dt.time(10, 5), id=1)]
    assert _newest_logged(item) == presentation_ref(1)
    item.presentations[0] = dataclasses.replace(item.presentations[0], time=dt.time(9, 55))
    assert _newest_logged(item) == point_ref(1)


@pytest.mark.parametrize("had_before_it", [True, False])
def test_every_placeholder_offered_by_the_action_and_presentations_forms_is_filled(tmp_path, had_before_it):
    """A profile may use any placeholder a form offers: each is given a phrase, in every step."""
    lines = []
    for name in ("action", "presentations"):
        lines.append(f"[{name}]")
        for key, setting in SECTIONS[name].settings.items():
            if isinstance(setting, Form):
                lines.append(f"{key} = " + json.dumps(" ".join(f"<{f}>{{{f}}}" for f in sorted(setting.fields)) + "."))
        if name == "action":
            lines.append(f"had_before_it = {str(had_before_it).lower()}")
    session = commission(
        profile_file(tmp_path, "\n".join(lines) + "\n"),
        Action(A.INTRODUCED, 11, speaker="Pakistan"),
        Action(A.INTRODUCED, 11),
        Action(A.REVISED, 11, speaker="Pakistan", revisions=["x"]),
        Action(A.REVISED, 11),
        Action(A.BUDGET, 11),
        Action(A.BEFORE, 13, speakers=["Chile"]),
        Action(A.BEFORE, 13, speakers=["Chile", "Peru"]),
        Action(A.BEFORE, 13),
        Action(A.ADOPTED, 13, vote=RecordedVote(["Chile"], [], [])),
        Action(A.REJECTED, 13),
        Action(A.AFTER, 13, speakers=["Chile"]),
        Action(A.AFTER, 13, speakers=["Chile", "Peru"]),
        Action(A.AFTER, 13),
        Action(A.WITHDRAWN, 13, speaker="Pakistan"),
        Action(A.WITHDRAWN, 13),
        Action(A.DEFERRED, 13, text="to its next session"),
    )
    session.items[0].presentations = [
        Presentation("Space for water", name, role)
        for name, role in (("France", Role.MEMBER), ("SGAC", Role.NGO), ("Chair", Role.OFFICIAL))
    ]
    text = "\n".join(paragraphs(session))
    assert "{" not in text and "}" not in text
    for field in (
        "<speaker>the representative of Pakistan",
        "<proposal><a>a <kind>draft resolution <symbol>",  # the proposal's own form fills {proposal}
        "<vote> <abstentions>no abstentions",
    ):
        assert field in text


async def test_an_empty_title_is_refused_in_the_form_which_stays_open_and_a_presentation_moves_in_the_list(demo_store):
    from textual.widgets import Input

    from unreport_tui.app.app import UnreportApp
    from unreport_tui.app.screens.edit_entry import EditEntryDialog
    from unreport_tui.app.widgets.log_view import LogView

    from .test_app import on_disk as saved
    from .test_app_opening import until

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"kenya", "f10")
        await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EditEntryDialog)  # still open, nothing logged
        assert "type the presentation's title" in str(app.screen.query_one("#edit-error").render())
        assert not saved(demo_store).item("2b").presentations
        await pilot.press(*"First", "enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        await pilot.press(*"chile", "f10")
        await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
        await pilot.press(*"Second", "enter")
        await until(lambda: len(saved(demo_store).item("2b").presentations) == 2, pilot)
        assert app.screen.query_one("#speaker", Input).value == ""

        log = app.screen.query_one("#log", LogView)
        log.focus()
        await pilot.pause()
        await pilot.press("shift+up")  # the second, highlighted as just logged, goes first
        await until(lambda: [p.title for p in saved(demo_store).item("2b").presentations] == ["Second", "First"], pilot)


def test_statements_in_explanation_of_vote_may_leave_the_decision_unnamed(tmp_path):
    # E/2025/28 (Commission on Narcotic Drugs), as the shared research notes give it (not re-read):
    # "Statements in explanation of vote were made by …".
    profile = profile_file(
        tmp_path, '[action]\nstatements_after = "Statements in explanation of vote were made by {speakers}."\n'
    )
    session = commission(profile, Action(A.ADOPTED, 13), Action(A.AFTER, speakers=["Chile", "Peru"]))
    assert (
        action_paragraphs(session)[-1] == "Statements in explanation of vote were made by the representatives of Chile and Peru."
    )


def test_a_session_file_presentation_by_a_name_that_is_not_a_state_says_the_roles_it_may_have():
    text = '[[items]]\nkey = "2"\nnumber = "2"\ntitle = "T"\n[[items.presentations]]\ntitle = "Space"\nspeaker = "SGAC"\n'
    with pytest.raises(SessionFileError) as refused:
        parse_session(text)
    assert str(refused.value) == (
        'items[1].presentations[1].role: missing; expected the presenter\'s role ("SGAC" is not a State): '
        "one of member, signatory, observer_state, igo, ngo, official, nhri"
    )
