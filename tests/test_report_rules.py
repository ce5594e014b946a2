"""The UN style rules of the renderer, one by one, as sentences a rapporteur would read."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.model import Counting, Document, Item, Role, Session, SessionInfo, SpeakerNoun, SummaryOrder
from unreport_tui.core.rendered import FootnoteRef, Paragraph, Run
from unreport_tui.core.rendering.report import render_report

from .builders import discussion, paragraphs, point, replied, said, session_with

D = dt.date


# --- masthead -----------------------------------------------------------------


def test_masthead(demo_session):
    m = render_report(demo_session).masthead
    assert m.body == "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
    assert m.distribution == "Distr.: Limited"
    assert m.issued == "20 October 2010"
    assert m.original == "Original: English"
    assert m.session_title == "Fifth session"
    assert m.venue_dates == "Vienna, 18\u201322 October 2010"
    assert m.title == "Draft report"
    assert m.rapporteur == "Elizabeth Verville (United States of America)"
    assert m.addendum


def test_rapporteur_country_in_short_name_without_article():
    session = session_with(rapporteur="A. Person", rapporteur_country="Venezuela")
    assert render_report(session).masthead.rapporteur == "A. Person (Venezuela (Bolivarian Republic of))"


# --- opening --------------------------------------------------------------------


def opening(meetings, days):
    return paragraphs(session_with(meetings=meetings, days=days, statements=[said("Chile")]))[0]


def test_opening_one_meeting():
    assert opening([4], {4: D(2010, 10, 19)}).startswith(
        "1. At its 4th meeting, on 19 October 2010, the Conference considered agenda item 1, entitled \u201cTitle\u201d."
    )


def test_opening_two_meetings_two_days():
    assert opening([4, 5], {4: D(2010, 10, 19), 5: D(2010, 10, 20)}).startswith(
        "1. At its 4th and 5th meetings, on 19 and 20 October 2010,"
    )


def test_opening_consecutive_meetings_one_day():
    assert opening([1, 2, 3], {n: D(2025, 3, 11) for n in (1, 2, 3)}).startswith(
        "1. At its 1st to 3rd meetings, on 11 March 2025,"
    )


def test_opening_scattered_meetings():
    assert opening([2, 4, 6], {2: D(2023, 5, 30), 4: D(2023, 5, 31), 6: D(2023, 6, 1)}).startswith(
        "1. At its 2nd, 4th and 6th meetings, on 30 and 31 May and 1 June 2023,"
    )


def test_opening_without_meeting_dates_leaves_the_date_out():
    session = session_with(meetings=[3], statements=[said("Chile")])
    session.meetings[0].date = None
    assert paragraphs(session)[0].startswith("1. At its 3rd meeting, the Conference considered")


def test_paragraphs_numbered_from_first_paragraph():
    session = session_with(meetings=[1], statements=[said("Chile")], first_paragraph=31)
    assert [p.split(".")[0] for p in paragraphs(session)] == ["31", "32"]


# --- documents --------------------------------------------------------------------


def test_several_documents_are_lettered_subparagraphs():
    docs = [
        Document("Report of the Secretariat", "A/1"),
        Document("Note by the Secretariat", "A/2"),
        Document("Conference room paper", "A/CRP.1"),
    ]
    out = paragraphs(session_with(meetings=[1], documents=docs, statements=[said("Chile")]))
    assert out[0].endswith("For its consideration of the item, the Conference had before it the following:")
    assert out[1:4] == [
        "(a) Report of the Secretariat (A/1);",
        "(b) Note by the Secretariat (A/2);",
        "(c) Conference room paper (A/CRP.1).",
    ]


def test_one_document_in_the_sentence_with_its_first_letter_lowered():
    out = paragraphs(
        session_with(meetings=[1], documents=[Document("Report of the Secretariat on X", "A/1")], statements=[said("Chile")])
    )
    assert out[0].endswith(
        "For its consideration of the item, the Conference had before it the report of the Secretariat on X (A/1)."
    )


def test_one_document_whose_title_starts_with_an_acronym():
    out = paragraphs(session_with(meetings=[1], documents=[Document("UNODC report on drugs", "A/1")], statements=[said("Chile")]))
    assert out[0].endswith("had before it the UNODC report on drugs (A/1).")


def test_no_documents_no_sentence():
    out = paragraphs(session_with(meetings=[1], statements=[said("Chile")]))
    assert "had before it" not in out[0]


# --- officials ----------------------------------------------------------------------


def test_officials_each_in_their_own_paragraph_in_speaking_order():
    out = discussion(
        session_with(
            statements=[
                said("Director of the Division for Operations of UNODC", "official", text="made an introductory statement"),
                said("Chile"),
                said(
                    "Special Rapporteur on trafficking in persons, especially women and children",
                    "official",
                    text="also made a statement",
                ),
            ]
        )
    )
    assert out[0] == "2. The Director of the Division for Operations of UNODC made an introductory statement."
    assert out[1] == "3. The Special Rapporteur on trafficking in persons, especially women and children, also made a statement."
    assert out[2] == "4. A statement was made by the representative of Chile."


def test_official_without_text_made_a_statement():
    assert discussion(session_with(statements=[said("Secretary", "official")])) == ["2. The Secretary made a statement."]


# --- States -------------------------------------------------------------------------


def test_statements_by_representatives_in_speaking_order_with_repeats():
    out = discussion(
        session_with(
            statements=[
                said("Chile", on_behalf_of="Latin American and Caribbean Group"),
                said("Croatia"),
                said("Venezuela"),
                said("Russia"),
                said("USA"),
                said("Chile"),
            ]
        )
    )
    assert out == [
        "2. Statements were made by the representatives of Chile (on behalf of the States Members of the "
        "United Nations that are members of the Latin American and Caribbean Group), Croatia, the Bolivarian "
        "Republic of Venezuela, the Russian Federation, the United States of America and Chile."
    ]


def test_one_representative():
    assert discussion(session_with(statements=[said("Mexico")])) == ["2. A statement was made by the representative of Mexico."]


def test_signatory_observer_follows_in_the_same_paragraph_with_also():
    out = discussion(session_with(statements=[said("Chile"), said("Croatia"), said("Japan", "signatory")]))
    assert out == [
        "2. Statements were made by the representatives of Chile and Croatia. "
        "The observer for the signatory State Japan also made a statement."
    ]


def test_two_signatories():
    out = discussion(session_with(statements=[said("Chile"), said("Japan", "signatory"), said("Thailand", "signatory")]))
    assert out[0].endswith("The observers for the signatory States Japan and Thailand also made statements.")


def test_observer_states_and_igos_each_their_own_sentence():
    out = discussion(
        session_with(
            statements=[
                said("Chile"),
                said("Holy See"),
                said("Palestine"),
                said("the International Organization for Migration", "igo"),
            ]
        )
    )
    assert out == [
        "2. A statement was made by the representative of Chile. "
        "The observers for the Holy See and the State of Palestine also made statements. "
        "The observer for the International Organization for Migration also made a statement."
    ]


def test_without_any_state_before_it_also_is_dropped():
    assert discussion(session_with(statements=[said("Japan", "signatory")])) == [
        "2. The observer for the signatory State Japan made a statement."
    ]
    assert discussion(session_with(statements=[said("Holy See")])) == ["2. The observer for the Holy See made a statement."]
    assert discussion(session_with(statements=[said("Lawyers without Borders", "ngo")])) == [
        "2. The observer for Lawyers without Borders made a statement."
    ]


def test_ngos_in_a_paragraph_of_their_own():
    out = discussion(
        session_with(
            statements=[
                said("Chile"),
                said("Lawyers without Borders", "ngo"),
                said("the Global Alliance against Traffic in Women", "ngo"),
            ]
        )
    )
    assert out == [
        "2. A statement was made by the representative of Chile.",
        "3. The observers for Lawyers without Borders and the Global Alliance against Traffic in Women also made statements.",
    ]


def test_rights_of_reply_last_in_their_own_paragraph():
    out = discussion(session_with(statements=[said("Chile"), replied("China"), said("Lawyers without Borders", "ngo")]))
    assert out[-1] == "4. The representative of China made a statement in exercise of the right of reply."
    out = discussion(session_with(statements=[said("Chile"), replied("Armenia"), replied("Azerbaijan"), replied("Armenia")]))
    assert out[-1] == "3. The representatives of Armenia and Azerbaijan made statements in exercise of the right of reply."


def test_a_reply_is_not_counted_as_a_statement():
    out = discussion(session_with(statements=[said("Chile"), replied("China")]))
    assert out[0] == "2. A statement was made by the representative of Chile."


# --- points -------------------------------------------------------------------------

MEMBERS = ["Chile", "Croatia", "Kenya", "Mexico", "Norway", "Germany", "Japan", "India", "Brazil", "Peru", "Chad", "Mali"]


@pytest.mark.parametrize(
    "count, subject",
    [
        (1, "One speaker"),
        (2, "Two speakers"),
        (3, "Some speakers"),
        (4, "Some speakers"),
        (5, "Several speakers"),
        (9, "Several speakers"),
        (10, "A number of speakers"),
        (11, "A number of speakers"),
    ],
)
def test_quantifier_from_the_number_of_speakers(count, subject):
    session = session_with(statements=[said(m) for m in MEMBERS], points=[point("stressed X", *MEMBERS[:count])])
    assert discussion(session)[-1] == f"3. {subject} stressed X."


def test_speakers_when_every_member_that_spoke_made_the_point():
    members = ["Chile", "Croatia", "Kenya"]
    session = session_with(
        statements=[said(m) for m in members] + [said("Japan", "signatory")],
        points=[point("agreed", "Kenya", "Croatia", "Chile")],
    )
    assert discussion(session)[-1] == "3. Speakers agreed."


def test_a_state_counts_once_however_it_is_typed():
    session = session_with(
        statements=[said("Chile")], points=[point("noted X", "USA", "United States", "the United States of America")]
    )
    assert discussion(session)[-1] == "3. One speaker noted X."


def test_quantifier_override():
    session = session_with(statements=[said("Chile")], points=[point("noted X", "Chile", quantifier="Many speakers")])
    assert discussion(session)[-1] == "3. Many speakers noted X."


def test_point_without_speakers_printed_as_written_with_full_stop():
    session = session_with(statements=[said("Chile")], points=[point("It was noted that X")])
    assert discussion(session)[-1] == "3. It was noted that X."


def test_joined_points_share_a_paragraph_and_heading_printed_when_it_changes():
    session = session_with(
        statements=[said("Chile")],
        points=[
            point("noted X", "Chile", heading="Deliberations"),
            point("It was noted that Y.", join=True),
            point("noted Z", "Chile", heading="Deliberations"),
            point("urged W", "Chile", heading="Recommendations"),
        ],
    )
    assert discussion(session) == [
        "2. A statement was made by the representative of Chile.",
        "# Deliberations",
        "3. One speaker noted X. It was noted that Y.",
        "4. One speaker noted Z.",
        "# Recommendations",
        "5. One speaker urged W.",
    ]


# --- footnotes and italics ----------------------------------------------------------


def test_footnotes_numbered_in_order_across_the_document():
    session = session_with(
        statements=[said("Chile")],
        points=[
            point("cited the Protocol,^[United Nations, *Treaty Series*, vol. 2237, No. 39574.] and others", "Chile"),
            point("cited the Convention^[Ibid., vol. 2225, No. 39574.]", "Chile"),
        ],
    )
    doc = render_report(session)
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert doc.footnotes[0].content == (
        Run("United Nations, "),
        Run("Treaty Series", italic=True),
        Run(", vol. 2237, No. 39574."),
    )
    last = doc.blocks[-1]
    assert isinstance(last, Paragraph) and last.content[-1] == FootnoteRef(2)
    assert last.content[-2] == Run("One speaker cited the Convention.")


def test_italics():
    session = session_with(statements=[said("Chile")], points=[point("It was noted that *Treaty Series* was cited")])
    content = render_report(session).blocks[-1].content
    assert Run("Treaty Series", italic=True) in content


# --- unfinished items ---------------------------------------------------------------


def test_item_without_statements_or_points_is_to_be_completed():
    assert paragraphs(session_with(meetings=[4])) == [
        "1. At its 4th meeting, on 19 October 2010, the Conference considered agenda item 1, entitled \u201cTitle\u201d.",
        "[To be completed]",
    ]
    # with no meeting logged yet, the item is still named with its title
    assert paragraphs(session_with()) == [
        "1. The Conference considered agenda item 1, entitled \u201cTitle\u201d.",
        "[To be completed]",
    ]


def test_an_item_with_no_meeting_logged_is_named_with_its_title_before_its_documents():
    """Not "For its consideration of agenda item 1, …" alone: the reader is told what the item is."""
    one = session_with(documents=[Document("Report of the Secretariat", "CTOC/COP/2010/2")])
    assert paragraphs(one)[0] == (
        "1. The Conference considered agenda item 1, entitled \u201cTitle\u201d. For its consideration of the item, "
        "the Conference had before it the report of the Secretariat (CTOC/COP/2010/2)."
    )
    two = session_with(documents=[Document("Report", "A/1"), Document("Note", "A/2")])
    assert paragraphs(two)[0] == (
        "1. The Conference considered agenda item 1, entitled \u201cTitle\u201d. For its "
        "consideration of the item, the Conference had before it the following:"
    )


def test_chapter_printed_once_for_consecutive_items_that_share_it():
    items = [Item(str(n), str(n), f"Item {n}", chapter="III. Debate") for n in (1, 2)]
    items.append(Item("3", "3", "Item 3", chapter="IV. Other"))
    out = paragraphs(Session(SessionInfo(body_short="Commission"), [], items))
    assert [p for p in out if p.startswith("#")] == ["# III. Debate", "# IV. Other"]


# --- user text is data --------------------------------------------------------------


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=40).filter(lambda t: t.strip()))
def test_any_typed_speaker_renders_without_error(name):
    out = discussion(session_with(statements=[said(name, "ngo")]))
    assert len(out) == 1 and out[0].startswith("2. The observer for ")


def test_a_predicate_typed_with_a_capital_reads_on_after_the_subject():
    session = session_with(statements=[said("Chile")], points=[point("Stressed the need", "Chile")])
    assert discussion(session)[-1] == "3. One speaker stressed the need."


@given(st.integers(0, 30), st.integers(0, 30))
def test_more_speakers_never_give_a_smaller_quantifier(a, b):
    from unreport_tui.core.quantifier import quantifier_for

    order = ["", "One speaker", "Two speakers", "Some speakers", "Several speakers", "A number of speakers"]
    names = [f"Speaker {n}" for n in range(max(a, b))]
    low, high = sorted((a, b))
    assert order.index(quantifier_for(names[:low])) <= order.index(quantifier_for(names[:high]))


def test_a_first_point_with_join_continues_the_paragraph_before_it():
    session = session_with([said("Chile")], [point("It was noted that the item was new.", join=True)], meetings=[4])
    text = paragraphs(session)
    assert text[-1] == ("2. A statement was made by the representative of Chile. It was noted that the item was new.")


def test_counted_subjects_use_the_bodys_noun_and_numbers_when_asked():
    states = ["Chile", "Peru", "Cuba", "Mali", "Chad", "Fiji", "Oman", "Iraq", "Togo", "Niger", "Japan", "Nepal"]
    session = session_with([], [point("commended the report", *states), point("asked a question", "Chile")])
    session.info.speaker_noun = SpeakerNoun("delegate")
    assert discussion(session)[-2:] == ["2. A number of delegates commended the report.", "3. One delegate asked a question."]
    session.info.quantifiers = Counting("numbers")
    assert discussion(session)[-2:] == ["2. Twelve delegates commended the report.", "3. One delegate asked a question."]
    session.items[0].speaker_noun, session.items[0].quantifiers = (
        SpeakerNoun("delegation"),
        Counting("words"),
    )  # the item says otherwise
    assert discussion(session)[-2:] == ["2. A number of delegations commended the report.", "3. One delegation asked a question."]


def test_a_named_point_has_its_speakers_as_subject_by_their_role():
    statements = [
        said("Brazil"),
        said("India"),
        said("the European Union", "igo"),
        said("Director of the Division for Treaty Affairs", "official"),
    ]
    session = session_with(
        statements,
        [
            point("stressed the need for data", "Brazil", "India", named=True),
            point("said that it would report back", "the European Union", named=True),
            point(
                "highlighted the work of the Division",
                "Director of the Division for Treaty Affairs",
                named=True,
                lead="In summarizing the report,",
            ),
            point("thanked UNCTAD", "State of Palestine", named=True),
        ],
    )
    assert discussion(session)[-4:] == [
        "4. The representatives of Brazil and India stressed the need for data.",
        "5. The observer for the European Union said that it would report back.",
        "6. In summarizing the report, the Director of the Division for Treaty Affairs highlighted the work of the Division.",
        "7. The observer for the State of Palestine thanked UNCTAD.",
    ]


def test_a_named_point_whose_speaker_made_no_statement_is_named_by_what_the_name_is():
    session = session_with(
        [said("Chile")],
        [
            point(
                "stated that the secretariat would report",
                "Secretary-General of UNCTAD",
                named=True,
                roles={"Secretary-General of UNCTAD": Role.OFFICIAL},
            ),
            point("stressed the need for data", "Niger", named=True),
            point("welcomed the report", "Holy See", named=True),
            point("thanked the Commission", "the African Union", named=True, roles={"the African Union": Role.IGO}),
            point("asked a question", "Japan", named=True, roles={"japan": Role.SIGNATORY}),
            point(
                "agreed",
                "Chile",
                "Director of the Division for Treaty Affairs",
                named=True,
                roles={"Director of the Division for Treaty Affairs": Role.OFFICIAL},
            ),
        ],
    )
    assert discussion(session)[1:] == [
        "3. The Secretary-General of UNCTAD stated that the secretariat would report.",
        "4. The representative of the Niger stressed the need for data.",
        "5. The observer for the Holy See welcomed the report.",
        "6. The observer for the African Union thanked the Commission.",
        "7. The observer for Japan asked a question.",
        "8. The representative of Chile and the Director of the Division for Treaty Affairs agreed.",
    ]


@pytest.mark.parametrize("noun", ["speaker", "delegate", "delegation"])
@given(st.sets(st.sampled_from(MEMBERS), min_size=1, max_size=6), st.sets(st.sampled_from(MEMBERS), min_size=1, max_size=6))
def test_a_point_joined_to_one_by_the_same_speakers_refers_back_to_them(noun, first, second):
    """Never counted again as if they were others ("One speaker … One speaker also …" reads as two)."""
    session = session_with(
        [said(m) for m in MEMBERS],
        [point("called for cooperation", *sorted(first)), point("also emphasized data", *sorted(second), join=True)],
    )
    session.info.speaker_noun = noun
    last = paragraphs(session)[-1]
    opening, _, joined = last.partition(" cooperation. ")
    if first == second:
        assert joined == (f"The same {noun} also emphasized data." if len(first) == 1 else f"Those {noun}s also emphasized data.")
    else:
        assert not joined.startswith(("The same", "Those")) and joined.endswith(
            f" {noun if len(second) == 1 else noun + 's'} also emphasized data."
        )


def test_a_joined_point_refers_back_only_to_the_speakers_last_named_in_its_paragraph():
    session = session_with(
        [said("Chile"), said("Peru")],
        [
            point("It was noted that X", join=True),  # joins the statements: a point by Chile did not come before it
            point("stressed Y", "Chile", join=True),
            point("It was also noted that Z", join=True),
            point("added W", "Chile", join=True),  # an impersonal sentence between names no one else
            point("urged V", "Chile", heading="Recommendations"),
            point("called for U", "Chile", "Peru"),
            point("In that context, the same speakers also asked for T", join=True),
            point("also asked for S", "Peru", "chile", join=True),
            point("also asked for R", "Peru", "chile", join=True),
            point("also asked for Q", join=True, quantifier="Many speakers"),  # others, counted without names
            point("also asked for P", "Peru", "chile", join=True),
        ],
    )
    assert discussion(session) == [
        "2. Statements were made by the representatives of Chile and Peru. It was noted that X. One speaker "
        "stressed Y. It was also noted that Z. The same speaker added W.",
        "# Recommendations",
        "3. One speaker urged V.",
        "4. Two speakers called for U. In that context, the same speakers also asked for T. "
        "Those speakers also asked for S. Those speakers also asked for R. Many speakers also asked for Q. "
        "Two speakers also asked for P.",
    ]


def test_a_point_joined_in_a_later_item_refers_back_to_its_own_speakers():
    session = session_with([said("Chile")], [point("called for cooperation", "Chile")])
    second = replace(session.items[0], key="2", number="2", title="Other")
    second.points = [point("stressed data", "Peru"), point("also urged action", "Peru", join=True)]
    second.statements = [said("Peru")]
    session.items.append(second)
    assert paragraphs(session)[-1].endswith("One speaker stressed data. The same speaker also urged action.")


def test_a_point_joined_in_the_order_logged_refers_back_too():
    t = dt.time
    session = session_with(
        [said("Chile", meeting=9, time=t(10, 0))],
        [
            point("called for X", "Chile", meeting=9, time=t(10, 1)),
            point("also emphasized Y", "Chile", join=True, meeting=9, time=t(10, 2)),
        ],
        meetings=[9],
    )
    session.info.order = SummaryOrder("logged")
    assert paragraphs(session)[-1] == "3. One speaker called for X. The same speaker also emphasized Y."


def test_in_the_order_logged_a_heading_is_printed_once_over_the_points_under_it():
    t = dt.time
    session = session_with(
        [said("Chile", meeting=9, time=t(10, 0)), said("Peru", meeting=9, time=t(10, 30))],
        [
            point("called for X", "Chile", meeting=9, time=t(10, 5), heading="Prevention"),
            point("stressed Y", "Chile", meeting=9, time=t(10, 10), heading="Prevention"),
            point("urged Z", "Peru", meeting=9, time=t(10, 35), heading="Prevention"),
            point("asked for W", "Peru", meeting=9, time=t(10, 40), heading="Protection"),
        ],
        meetings=[9],
    )
    session.info.order = SummaryOrder("logged")
    assert paragraphs(session)[1:] == [
        "2. Statements were made by the representatives of Chile and Peru.",
        "# Prevention",
        "3. One speaker called for X.",
        "4. One speaker stressed Y.",
        "5. One speaker urged Z.",
        "# Protection",
        "6. One speaker asked for W.",
    ]


def test_a_statement_in_a_capacity_says_it_after_the_name():
    session = session_with(
        [said("Sudan", capacity="as the concerned country"), said("Chile"), said("Japan", capacity="as a co-sponsor")]
    )
    assert discussion(session)[0] == (
        "2. Statements were made by the representatives of the Sudan, as the concerned country, Chile and Japan, as a co-sponsor."
    )
    session = session_with([said("Chile"), said("Sudan", capacity="as the concerned country"), said("Japan")])
    assert discussion(session)[0] == (
        "2. Statements were made by the representatives of Chile, the Sudan, as the concerned country, and Japan."
    )


def test_an_interactive_dialogue_lists_who_spoke_by_category_with_letters_for_what_remains():
    statements = [
        said("Algeria", on_behalf_of="African Group", meeting=9),
        said("venezuela", meeting=9),
        said("State of Palestine", meeting=9),
        said("Amnesty International", "ngo", meeting=9),
        said("Brazil", meeting=9),
        said("Algeria", meeting=9),
    ]
    session = session_with(statements, meetings=[9], body="Human Rights Council", body_short="Council")
    session.info.dialogue = True
    assert paragraphs(session)[1:] == [
        "2. During the ensuing interactive dialogue, at the same meeting, the following made statements and asked questions:",
        "(a) Representatives of States members of the Human Rights Council: Algeria (on behalf of the Group of "
        "African States), Venezuela (Bolivarian Republic of), Brazil;",
        "(b) Representatives of observer States: State of Palestine;",
        "(c) Observers for non-governmental organizations: Amnesty International.",
    ]
    session.items[0].dialogue = False  # the item says otherwise
    assert paragraphs(session)[1].startswith("2. Statements were made by the representatives of Algeria")


def narrated_session():
    t = dt.time
    statements = [
        said("President of the Human Rights Council", "official", text="reported on the visit", meeting=9, time=t(10, 0)),
        said("Chile", meeting=9, time=t(10, 20)),
        said("Peru", meeting=10, time=t(15, 0)),
    ]
    points = [
        point("welcomed the report", "Chile", meeting=9, time=t(10, 25)),
        point("It was noted that the mandate ended in 2008", meeting=10, time=t(15, 5)),
        point("asked about the follow-up", "Peru", meeting=9, time=t(10, 10)),
    ]
    return session_with(
        statements,
        points,
        meetings=[9, 10],
        days={9: dt.date(2007, 9, 20), 10: dt.date(2007, 9, 21)},
        body="Human Rights Council",
        body_short="Council",
    )


def test_order_as_logged_interleaves_statements_and_points_by_meeting_and_time():
    session = narrated_session()
    session.info.order = SummaryOrder("logged")
    assert paragraphs(session)[1:] == [
        "2. The President of the Human Rights Council reported on the visit.",
        "3. One speaker asked about the follow-up.",
        "4. Statements were made by the representatives of Chile and Peru.",
        "5. One speaker welcomed the report.",
        "6. It was noted that the mandate ended in 2008.",
    ]


def test_narration_opens_each_event_with_its_meeting_then_the_same_meeting():
    session = narrated_session()
    session.info.order, session.info.narrate = "logged", True
    assert paragraphs(session)[1:] == [
        "2. At the 9th meeting, on 20 September 2007, the President of the Human Rights Council reported on the visit.",
        "3. At the same meeting, one speaker asked about the follow-up.",
        "4. At the same meeting, statements were made by the representatives of Chile and Peru.",
        "5. At the same meeting, one speaker welcomed the report.",
        "6. At the 10th meeting, on 21 September 2007, it was noted that the mandate ended in 2008.",
    ]
    session.items[0].narrate, session.items[0].order = False, "grouped"  # the item says otherwise
    assert paragraphs(session)[1] == "2. The President of the Human Rights Council reported on the visit."


def test_a_chapter_typed_as_its_numeral_alone_takes_the_items_title():
    items = [
        Item("4", "4", "Review of the implementation of the Convention", chapter="IV."),
        Item("5", "5", "Technical assistance.", chapter="v"),
        Item("6", "6", "Other matters", chapter="V. Technical assistance"),
    ]
    out = paragraphs(Session(SessionInfo(body_short="Commission"), [], items))
    assert [p for p in out if p.startswith("#")] == [
        "# IV. Review of the implementation of the Convention",
        "# V. Technical assistance",
    ]


def test_the_organization_chapter_typed_as_its_numeral_alone_is_titled_as_un_reports_title_it():
    from unreport_tui.core.model import Organization

    session = Session(SessionInfo(body_short="Commission"), [], [], organization=Organization(chapter="VI."))
    assert [p for p in paragraphs(session) if p.startswith("#")][0] == "# VI. Organization of the session"


def _roman(number: int) -> str:
    values = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


@given(
    st.integers(1, 3999),
    st.booleans(),
    st.booleans(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
        lambda t: t.strip().rstrip(".;:").strip()
    ),
)
def test_a_numeral_alone_in_any_case_is_never_a_heading_without_a_title(number, lower, stop, title):
    from unreport_tui.core.rendering.chapters import chapter_heading

    numeral = _roman(number)
    typed = (numeral.lower() if lower else numeral) + ("." if stop else "")
    assert chapter_heading(typed, title) == f"{numeral}. {title.strip().rstrip('.;:').strip()}"
    assert chapter_heading(f"{numeral}. Its own title", title) == f"{numeral}. Its own title"


def test_chapters_come_in_the_order_of_their_numerals_each_heading_once_over_its_items():
    """An item logged under chapter III after one of chapter IV is reported in chapter III; an item
    with no chapter of its own stays in the chapter of the item before it; IX comes before X."""
    chapters = ["III. Debate", "IV. Other", "III. Debate", "", "X. Later", "IX. Earlier"]
    items = [Item(str(n), str(n), f"Item {n}", chapter=c, statements=[said("Chile")]) for n, c in enumerate(chapters, start=1)]
    out = paragraphs(Session(SessionInfo(body_short="Commission"), [], items))
    assert [p for p in out if p.startswith("#")] == ["# III. Debate", "# IV. Other", "# IX. Earlier", "# X. Later"]
    openings = [p for p in out if "considered agenda item" in p]
    assert [re.search(r"agenda item (\d+)", p).group(1) for p in openings] == ["1", "3", "4", "2", "6", "5"]
    numbers = [int(p.split(".")[0]) for p in out if p[:1].isdigit()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_a_chapter_heading_is_printed_once_however_its_items_type_it():
    items = [
        Item("1", "1", "One", chapter="III. Debate"),
        Item("2", "2", "Two", chapter="IV. Other"),
        Item("3", "3", "Three", chapter="III.  Debate "),
    ]
    out = paragraphs(Session(SessionInfo(body_short="Commission"), [], items))
    assert [p for p in out if p.startswith("#")] == ["# III. Debate", "# IV. Other"]


def test_a_chapter_numeral_in_lower_case_is_the_same_chapter_and_a_malformed_one_is_no_numeral():
    from unreport_tui.core.rendering.chapter_order import chapter_number, same_chapter

    assert same_chapter("iv. Other matters", "IV. Other matters")
    assert chapter_number("iv. Other matters") == 4 and chapter_number("XIV. Later") == 14
    assert chapter_number("IIII. Not a numeral") is None and chapter_number("Annex") is None
    items = [
        Item("1", "1", "One", chapter="IV. Other matters"),
        Item("2", "2", "Two", chapter="III. Debate"),
        Item("3", "3", "Three", chapter="iv. Other matters"),
    ]
    out = paragraphs(Session(SessionInfo(body_short="Commission"), [], items))
    assert [p for p in out if p.startswith("#")] == ["# III. Debate", "# IV. Other matters"]


def test_a_delegation_that_took_the_floor_twice_is_named_once():
    statements = [
        said("Chile", meeting=1),
        said("UNODC", Role.IGO, meeting=1),
        said("Peru", meeting=1),
        said("Chile", meeting=2),
        said("United Nations Office on Drugs and Crime", Role.IGO, meeting=2),
        said("Chile", meeting=2, on_behalf_of="GRULAC"),
    ]
    assert discussion(session_with(statements, meetings=[1, 2])) == [
        "2. Statements were made by the representatives of Chile, Peru and Chile (on behalf of the Group of Latin "
        "American and Caribbean States). The observer for UNODC also made a statement."
    ]


@given(st.lists(st.sampled_from(["Chile", "Peru", "Japan", "the Niger", "niger", "Türkiye"]), min_size=1, max_size=12))
def test_whoever_speaks_again_each_delegation_is_in_the_list_once(speakers):
    session = session_with([said(name, meeting=1) for name in speakers], meetings=[1])
    listed = [
        piece.mention
        for block in render_report(session).blocks
        if isinstance(block, Paragraph)
        for piece in block.content
        if isinstance(piece, Run) and piece.mention
    ]
    assert len(listed) == len(set(listed)) == len({name.lower().removeprefix("the ") for name in speakers})


def test_a_named_point_of_a_speaker_who_spoke_only_for_a_group_names_the_group():
    session = session_with(
        [
            said("Bolivia", on_behalf_of="g77"),
            said("Chile"),
            said("Chile", on_behalf_of="Group of Latin American and Caribbean States"),
            said("Egypt", on_behalf_of="African Group"),
            said("Bolivia", on_behalf_of="Group of 77 and China"),  # the same group, written out
        ],
        [
            point("stressed the need for data", "Bolivia", named=True),
            point("welcomed the report", "Chile", named=True),  # its own statement, and the group's
            point("agreed", "Bolivia", "Egypt", named=True),  # two speakers: each group would be a guess
            point("highlighted the work of the Division", "Egypt", named=True, lead="In closing,"),
            point("thanked the Commission", "Peru", named=True),  # no statement: nothing to tell
        ],
    )
    assert discussion(session)[-5:] == [
        "3. The representative of the Plurinational State of Bolivia, speaking on behalf of the Group of 77 and "
        "China, stressed the need for data.",
        "4. The representative of Chile welcomed the report.",
        "5. The representatives of the Plurinational State of Bolivia and Egypt agreed.",
        "6. In closing, the representative of Egypt, speaking on behalf of the Group of African States, "
        "highlighted the work of the Division.",
        "7. The representative of Peru thanked the Commission.",
    ]


def test_a_named_point_of_a_speaker_who_spoke_alone_and_for_a_group_says_so_as_the_log_places_it():
    """Venezuela spoke for itself, then for the Group of 77: a named point logged while it spoke
    for the Group is the Group's; one logged during its own statement is its own."""
    at = dt.time
    session = session_with(
        [
            said("Venezuela", meeting=4, time=at(10, 0)),
            said("Chile", meeting=4, time=at(10, 5)),
            said("Venezuela", on_behalf_of="g77", meeting=4, time=at(10, 10)),
        ],
        [
            point("described its national plan", "Venezuela", named=True, meeting=4, time=at(10, 1)),
            point("stressed common but differentiated responsibilities", "Venezuela", named=True, meeting=4, time=at(10, 11)),
            point("welcomed the report", "Venezuela", named=True),  # from a file, no time: under its first statement
        ],
        meetings=[4],
    )
    assert discussion(session)[-3:] == [
        "3. The representative of the Bolivarian Republic of Venezuela described its national plan.",
        "4. The representative of the Bolivarian Republic of Venezuela, speaking on behalf of the Group of 77 and "
        "China, stressed common but differentiated responsibilities.",
        "5. The representative of the Bolivarian Republic of Venezuela welcomed the report.",
    ]
