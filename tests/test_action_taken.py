"""Action on proposals: the sentences of "Action taken by the Commission", rule by rule."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.model import Action, ActionKind, Decision, Item, Meeting, Proposal, RecordedVote, Session, SessionInfo
from unreport_tui.core.rendering.action_taken import vote_list, vote_phrase

from .builders import paragraphs, said

A = ActionKind


def commission(*proposals: Proposal, statements=()) -> Session:
    return Session(
        SessionInfo(body_short="Commission"),
        [Meeting(11, dt.date(2007, 3, 7)), Meeting(12, dt.date(2007, 3, 8))],
        [Item("3", "3", "Follow-up to the Fourth World Conference on Women", statements=list(statements))],
        list(proposals),
    )


def draft(*actions: Action, **fields) -> Proposal:
    fields.setdefault("symbol", "E/CN.6/2007/L.3")
    fields.setdefault("submitted_by", ["Pakistan"])
    return Proposal("p", "3", fields.pop("title", "Women and girls"), actions=list(actions), **fields)


def action_paragraphs(session: Session) -> list[str]:
    """The paragraphs after the heading "Action taken by …", numbers dropped."""
    text = paragraphs(session)
    start = text.index("# Action taken by the Commission")
    return [p.split(". ", 1)[1] if p[:1].isdigit() else p for p in text[start + 1 :]]


def test_the_first_sentence_names_the_proposal_its_symbol_and_who_submitted_it():
    session = commission(draft(Action(A.INTRODUCED, 11, speaker="Pakistan", on_behalf_of="G77"), on_behalf_of="Group of 77"))
    first, introduced = action_paragraphs(session)
    assert first == (
        "At its 11th meeting, on 7 March 2007, the Commission had before it a draft resolution entitled "
        "“Women and girls” (E/CN.6/2007/L.3), submitted by Pakistan (on behalf of the Group of 77 and China)."
    )
    assert introduced == (
        "At the same meeting, the representative of Pakistan, on behalf of the Group of 77 and China, "
        "introduced the draft resolution."
    )


def test_a_meeting_without_its_date_is_named_without_one():
    session = commission(draft(Action(A.ADOPTED, 11)))
    session.meetings[0] = Meeting(11, None)
    assert action_paragraphs(session)[0].startswith("At its 11th meeting, the Commission had before it a draft resolution")


def test_several_submitters_and_states_typed_any_way_print_as_the_un_does():
    session = commission(
        draft(Action(A.ADOPTED, 12), submitted_by=["Canada", "colombia", "netherlands", "USA"], kind="draft decision", symbol="")
    )
    assert action_paragraphs(session) == [
        "At its 12th meeting, on 8 March 2007, the Commission had before it a draft decision entitled “Women and "
        "girls”, submitted by Canada, Colombia, the Kingdom of the Netherlands and the United States of America.",
        "At the same meeting, the Commission adopted the draft decision.",
    ]


def test_same_meeting_then_also_then_a_new_meeting_and_before_after_do_not_count():
    session = commission(
        draft(
            Action(A.INTRODUCED, 11, speaker="Thailand"),
            Action(A.BUDGET, 11),
            Action(A.BEFORE, speakers=["Cuba"]),
            Action(A.ADOPTED, 12, vote=Decision.WITHOUT_A_VOTE),
            Action(A.AFTER, speakers=["Japan", "Türkiye"]),
        )
    )
    assert action_paragraphs(session)[1:] == [
        "At the same meeting, the representative of Thailand introduced the draft resolution.",
        "Also at the same meeting, the Commission was informed that the draft resolution contained no programme "
        "budget implications.",
        "Before the adoption of the draft resolution, a statement was made by the representative of Cuba.",
        "At its 12th meeting, on 8 March 2007, the Commission adopted the draft resolution without a vote.",
        "After the adoption of the draft resolution, statements in explanation of vote were made by the "
        "representatives of Japan and Türkiye.",
    ]


def test_an_oral_revision_is_lettered_and_the_adoption_says_as_orally_revised():
    session = commission(
        draft(
            Action(
                A.REVISED,
                11,
                speaker="Thailand",
                revisions=[
                    "In operative paragraph 2, “urges” was replaced by “encourages”;",
                    "Operative paragraph 5 was deleted",
                ],
            ),
            Action(A.ADOPTED, 11, vote=Decision.WITHOUT_A_VOTE),
            outcome_symbol="resolution 51/1",
            see="chap. I, sect. A",
        )
    )
    assert action_paragraphs(session)[1:] == [
        "At the same meeting, the representative of Thailand orally revised the draft resolution as follows:",
        "(a) In operative paragraph 2, “urges” was replaced by “encourages”;",
        "(b) Operative paragraph 5 was deleted.",
        "Also at the same meeting, the Commission adopted the draft resolution, as orally revised, without a vote "
        "(see chap. I, sect. A, resolution 51/1).",
    ]


def test_a_recorded_vote_counts_its_lists_and_prints_them_in_the_uns_order():
    vote = RecordedVote(
        ["venezuela", "Côte d'Ivoire", "Bolivia", "Netherlands", "Chile"],
        ["USA", "Israel"],
        ["Japan", "Canada", "Australia", "Norway", "Türkiye"],
    )
    session = commission(draft(Action(A.ADOPTED, 11, vote=vote), see="chap. I, sect. A"))
    assert action_paragraphs(session)[1:] == [
        "At the same meeting, the Commission adopted the draft resolution by a recorded vote of 5 to 2, "
        "with 5 abstentions (see chap. I, sect. A).",
        "The voting was as follows:",
        "In favour: Bolivia (Plurinational State of), Chile, Côte d'Ivoire, Netherlands (Kingdom of the), "
        "Venezuela (Bolivarian Republic of).",
        "Against: Israel, United States of America.",
        "Abstaining: Australia, Canada, Japan, Norway, Türkiye.",
    ]


def test_vote_counts_in_their_singular_and_empty_forms():
    assert vote_phrase(RecordedVote(["Chile"], [], [])) == " by a recorded vote of 1 to none, with no abstentions"
    assert vote_phrase(RecordedVote(["Chile", "Peru"], ["Cuba"], ["Mali"])) == (
        " by a recorded vote of 2 to 1, with 1 abstention"
    )
    assert vote_phrase(Decision.CONSENSUS) == ""
    assert vote_list([]) == "None." and vote_list(["Chile", "chile"]) == "Chile."


@given(st.lists(st.sampled_from(["Chile", "USA", "Türkiye", "Holy See", "Niger", "venezuela", "Côte d'Ivoire"]), max_size=7))
def test_a_vote_list_is_each_state_once_in_order_ending_with_a_full_stop(names):
    listed = vote_list(names)
    assert listed.endswith(".")
    if names:
        entries = listed[:-1].split(", ")
        assert len(entries) == len(set(entries)) == len({n.lower() for n in names})  # each a different State


def test_rejected_withdrawn_and_deferred():
    session = commission(
        draft(Action(A.REJECTED, 11, vote=RecordedVote(["Chile"], ["Cuba", "Peru"], [])), Action(A.AFTER, speakers=["Cuba"])),
        draft(Action(A.WITHDRAWN, 12, speaker="Canada"), title="Second", symbol="L.4"),
        draft(Action(A.DEFERRED, 12, text="to its fifty-second session"), title="Third", symbol="L.5"),
    )
    text = action_paragraphs(session)
    assert (
        "At the same meeting, the Commission rejected the draft resolution by a recorded vote of 1 to 2, "
        "with no abstentions." in text
    )
    assert (
        "After the vote on the draft resolution, a statement in explanation of vote was made by the "
        "representative of Cuba." in text
    )
    assert "At the same meeting, the representative of Canada withdrew the draft resolution." in text
    assert (
        "At the same meeting, the Commission decided to defer consideration of the draft resolution to its "
        "fifty-second session." in text
    )


def test_a_proposal_with_nothing_done_yet_is_to_be_completed():
    session = commission(draft())
    assert action_paragraphs(session) == [
        "The Commission had before it a draft resolution entitled “Women and girls” (E/CN.6/2007/L.3), submitted by Pakistan.",
        "[To be completed]",
    ]
    assert paragraphs(session)[-1] == "[To be completed]"  # a reminder, not a paragraph: no number


def test_a_proposal_of_no_kind_said_is_a_draft_resolution():
    session = commission(draft(Action(A.ADOPTED, 11), kind=" "))
    assert action_paragraphs(session) == [
        "At its 11th meeting, on 7 March 2007, the Commission had before it a draft resolution entitled “Women and "
        "girls” (E/CN.6/2007/L.3), submitted by Pakistan.",
        "At the same meeting, the Commission adopted the draft resolution.",
    ]


def test_a_vote_list_is_in_the_order_of_letters_accents_aside():
    assert vote_list(["Zimbabwe", "Cuba", "Côte d'Ivoire", "Czechia"]) == "Côte d'Ivoire, Cuba, Czechia, Zimbabwe."


def test_a_quotation_inside_a_title_takes_single_marks():
    for typed in (
        'Follow-up to the special session entitled "Women 2000: gender equality"',
        "Follow-up to the special session entitled “Women 2000: gender equality”",
    ):
        first = action_paragraphs(commission(draft(title=typed)))[0]
        assert "entitled “Follow-up to the special session entitled ‘Women 2000: gender equality’”" in first


def test_the_item_is_considered_at_the_meetings_of_its_actions_and_statements_come_first():

    session = commission(draft(Action(A.ADOPTED, 12)), statements=[said("Chile", meeting=11)])
    text = paragraphs(session)
    assert text[0].startswith("1. At its 11th and 12th meetings, on 7 and 8 March 2007, the Commission considered agenda item 3")
    assert text.index("# Action taken by the Commission") > 1  # after the statements
    assert text[1].startswith("2. A statement was made by the representative of Chile.")


def test_user_text_in_a_proposal_is_text():
    session = commission(
        draft(Action(A.REVISED, 11, speaker="Chile", revisions=["[bold]x[/] <b>y</b>"]), title="*Treaty Series* <script>")
    )
    text = action_paragraphs(session)
    assert "“Treaty Series <script>”" in text[0]  # italics kept as italics, the rest literal
    assert text[2] == "(a) [bold]x[/] <b>y</b>."


def test_a_speaker_is_named_by_the_role_of_their_statement_on_the_item_with_the_article_of_running_text():
    """An organization that is neither a State nor one the data knows gets no "the" it does not
    take ("the observer for Amnesty International", never "the Amnesty International"); one typed
    with "The" keeps it; an official keeps the title as typed; a State its UN name."""
    statements = [
        said("Amnesty International", "ngo"),
        said("The Global Alliance against Traffic in Women", "ngo"),
        said("International Drug Policy Consortium", "ngo"),
        said("Secretary of the Commission", "official"),
        said("Human Rights Watch", "ngo"),
        said("Chile"),
    ]
    session = commission(
        draft(
            Action(A.INTRODUCED, 11, speaker="Amnesty International"),
            Action(A.REVISED, 11, speaker="Secretary of the Commission", revisions=["x"]),
            Action(A.BEFORE, speakers=["Human Rights Watch", "Chile", "International Drug Policy Consortium"]),
            Action(A.ADOPTED, 11),
            Action(A.AFTER, speakers=["The Global Alliance against Traffic in Women"]),
        ),
        statements=statements,
    )
    _, introduced, revised, _, before, _, after = action_paragraphs(session)
    assert introduced == "At the same meeting, the observer for Amnesty International introduced the draft resolution."
    assert revised == "Also at the same meeting, the Secretary of the Commission orally revised the draft resolution as follows:"
    assert before == (
        "Before the adoption of the draft resolution, statements were made by the representative of Chile and "
        "the observers for Human Rights Watch and the International Drug Policy Consortium."
    )
    assert after == (
        "After the adoption of the draft resolution, a statement in explanation of vote was made by "
        "the observer for the Global Alliance against Traffic in Women."
    )


def test_a_state_that_spoke_as_an_observer_is_its_observer():
    session = commission(draft(Action(A.INTRODUCED, 11, speaker="Holy See")), statements=[said("Chile")])
    assert action_paragraphs(session)[1] == "At the same meeting, the observer for the Holy See introduced the draft resolution."
