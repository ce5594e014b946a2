"""The shipped profile of UNCTAD's Trade and Development Board (``unctad-tdb``): each setting it
changes, with the sentence or line of the Board's report it was read in (symbol cited), and one
whole section of a real report. The reports found are of 1995–2007; where they print in capitals
(titles, headings), unreport prints the words as the profile and the note-taker give them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unreport_tui.core.model import Distribution, Item, Meeting, Organization, Session, SessionInfo
from unreport_tui.core.rendered import Heading
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters.text import masthead_lines

from .builders import paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "profiles"
ADD_6 = FIXTURES / "unctad-tdb-2006-item-7b.toml"


def item_7b() -> Session:
    return parse_session(ADD_6.read_text(encoding="utf-8"))


def board(title: str, first: dt.date, last: dt.date, meetings: range, **info) -> Session:
    return Session(
        SessionInfo(
            body="Trade and Development Board",
            body_short="Board",
            title=title,
            venue="Palais des Nations, Geneva",
            dates=(first, last),
            profile="unctad-tdb",
            **info,
        ),
        [Meeting(n, first) for n in meetings],
        [],
        organization=Organization(),
    )


# --- the whole section --------------------------------------------------------------------------


def test_the_section_on_item_7_b_of_the_boards_2006_draft_report_as_published():
    # TD/B/53/L.2/Add.6: the heading with its item under it, the documentation the Board had before it
    # (the section names no meeting), then the Coordinator's statement (the page cuts para. 2 after its
    # second sentence). Unreport differs in two things it cannot know: the heading's second line is
    # "(Agenda item 7 (b))" where that page has "(Agenda Item 7 (b))" (the 1995 report: "(Agenda item
    # 4)"), and the one document follows the lead after a space, where the page sets it on a line of its own.
    report = render_report(item_7b())
    heading = next(b for b in report.blocks if isinstance(b, Heading))
    assert heading.lines == ["REPORT ON UNCTAD’S ASSISTANCE TO THE PALESTINIAN PEOPLE", "(Agenda item 7 (b))"]
    assert paragraphs(item_7b())[1:] == [
        "1. For its consideration of this item, the Board had before it the following documentation: “Report on "
        "UNCTAD’s assistance to the Palestinian people: Prepared by the UNCTAD secretariat” (TD/B/53/2).",
        "2. The Coordinator of Assistance to the Palestinian People said the fact that the Board’s agenda had long "
        "featured this item attested to the recurrent critical conditions in the occupied Palestinian territory. Both "
        "the Bangkok Plan of Action and the São Paulo Consensus had stressed the need to intensify assistance to the "
        "Palestinian People, and in response UNCTAD had positioned itself along two axes.",
    ]


# --- the masthead -------------------------------------------------------------------------------


def test_unctad_over_the_board_the_title_the_held_line_and_the_rapporteur():
    # TD/B/EX(41)/3: "United Nations Conference on Trade and Development" (the masthead's parent), "TRADE
    # AND DEVELOPMENT BOARD / Forty-first executive session / Geneva, 18–20 April 2007 / Agenda item 8 /
    # REPORT OF THE TRADE AND DEVELOPMENT BOARD ON ITS FORTY-FIRST EXECUTIVE SESSION / Held at the
    # Palais des Nations, Geneva, from 18 to 20 April 2007 / Rapporteur: Ms. Ana Inés Rocanova (Uruguay)"
    # (masthead.parent, final_title, held_line), with its "Distr. GENERAL" line as a final report
    # (final_distribution; TD/B/53/8). The venue is typed in full for the held line and the
    # introduction; the dates line prints it so ("Palais des Nations, Geneva, 18–20 April 2007").
    session = board(
        "Forty-first executive session",
        dt.date(2007, 4, 18),
        dt.date(2007, 4, 20),
        range(1, 2),
        symbol="TD/B/EX(41)/3",
        rapporteur="Ms. Ana Inés Rocanova",
        rapporteur_country="Uruguay",
        report_item_number="8",
        draft=False,
        distribution=Distribution.GENERAL,
    )
    lines = masthead_lines(render_report(session))
    assert lines[1:3] == ["United Nations Conference on Trade and Development", "Distr.: General"]
    assert lines[-2:] == [
        "Report of the Trade and Development Board on its forty-first executive session\n"
        "Held at the Palais des Nations, Geneva, from 18 to 20 April 2007",
        "Rapporteur: Ms. Ana Inés Rocanova (Uruguay)",
    ]


def test_the_draft_report_names_the_board_and_its_session():
    # TD/B/52/L.2/Add.1: "DRAFT REPORT OF THE TRADE AND DEVELOPMENT BOARD ON ITS FIFTY-SECOND SESSION"
    # (masthead.title).
    session = board("Fifty-second session", dt.date(2005, 10, 3), dt.date(2005, 10, 14), range(1, 2))
    assert render_report(session).masthead.title == "Draft report of the Trade and Development Board on its fifty-second session"


# --- headings and the item's opening ------------------------------------------------------------


def test_the_agenda_item_under_the_chapters_heading():
    # The report on the eleventh executive session (1995): "II. REPORTS AND ACTIVITIES OF THE SUBSIDIARY
    # BODIES OF THE BOARD: MATTERS REQUIRING ACTION / (Agenda item 4)" (headings.chapter_item; under a
    # section's heading, headings.section_item: the whole-section test above).
    session = board("Eleventh (pre-sessional) executive session", dt.date(1995, 9, 5), dt.date(1995, 9, 5), range(861, 862))
    session.organization = None
    title = "Reports and activities of the subsidiary bodies of the Board: matters requiring action"
    session.items.append(Item("4", "4", title, chapter=f"II. {title.upper()}"))
    heading = next(b for b in render_report(session).blocks if isinstance(b, Heading))
    assert heading.lines == [f"II. {title.upper()}", "(Agenda item 4)"]


def test_an_item_opens_with_the_documentation_before_the_board():
    # TD/B/53/L.2/Add.6, para. 1: "For its consideration of this item, the Board had before it the
    # following documentation:" as the item's first sentence, no meeting named (opening.documents,
    # no_meeting_sentence = false).
    text = ADD_6.read_text(encoding="utf-8").replace(
        "[[items.points]]",
        '[[items.documents]]\ntitle = "Note by the UNCTAD secretariat"\nsymbol = "TD/B/53/3"\n\n[[items.points]]',
    )
    assert paragraphs(parse_session(text))[1:4] == [
        "1. For its consideration of this item, the Board had before it the following documentation:",
        "(a) “Report on UNCTAD’s assistance to the Palestinian people: Prepared by the UNCTAD secretariat” (TD/B/53/2);",
        "(b) Note by the UNCTAD secretariat (TD/B/53/3).",
    ]


# --- statements ---------------------------------------------------------------------------------


def test_opening_statements_in_one_list_with_the_groups_as_the_board_names_them():
    # Issue 16, quoting a report of the Board: "Opening statements were made by the Secretary-General of
    # UNCTAD; the representative of Norway, speaking on behalf of JUSSCANNZ; …" (statements.chosen.opening).
    # The groups by the Board's names, as its draft reports list the speakers: "Angola for the African
    # Group", "Belarus for Group D", "Benin for the least developed countries" (TD/B/53/L.2; groups.names),
    # typed as unreport's list has them. Unreport differs in one thing: "(on behalf of …)", the default's,
    # where the Board writes ", speaking on behalf of …" (see the profile: in a list with commas it would
    # not say who spoke for whom). No sentence says how the item was considered
    # (opening.considered_sentence = false): the statements open it.
    text = (
        '[session]\nbody_short = "Board"\nprofile = "unctad-tdb"\n'
        '[[items]]\nkey = "3"\nnumber = "3"\ntitle = "Opening statements"\nstatements_form = "opening"\n'
        '[[items.statements]]\nspeaker = "Secretary-General of UNCTAD"\nrole = "official"\n'
        '[[items.statements]]\nspeaker = "Norway"\non_behalf_of = "JUSSCANNZ"\n'
        '[[items.statements]]\nspeaker = "Angola"\non_behalf_of = "Group of African States"\n'
        '[[items.statements]]\nspeaker = "Belarus"\non_behalf_of = "Eastern European Group"\n'
        '[[items.statements]]\nspeaker = "Benin"\non_behalf_of = "Least Developed Countries"\n'
    )
    assert paragraphs(parse_session(text)) == [
        "1. Opening statements were made by the Secretary-General of UNCTAD; the representative of Norway (on behalf "
        "of JUSSCANNZ); the representative of Angola (on behalf of the African Group); the representative of Belarus "
        "(on behalf of Group D); and the representative of Benin (on behalf of the least developed countries)."
    ]


# --- the introduction ---------------------------------------------------------------------------


def test_the_introduction_heads_the_report_and_says_where_the_session_was_held():
    # TD/B/EX(18)/4 (1998), introduction, para. (i): "The eighteenth executive session of the Trade and
    # Development Board was held at the Palais des Nations, Geneva, on 10 July 1998." (organization.place
    # = "first", opening_heading = "", held). Its next sentence, "The executive session consisted of two
    # meetings - the 893rd and 894th plenary meetings of the Board.", is an executive session's; the
    # Board's regular sessions are the profile's (next test).
    day = dt.date(1998, 7, 10)
    session = board("Eighteenth executive session", day, day, range(893, 895))
    session.organization.chapter = "Introduction"
    session.items.append(Item("2", "2", "Mid-term review", chapter="II. Mid-term review"))
    session.items[0].meetings = [893]
    report = paragraphs(session)
    assert report[0] == "# Introduction"
    assert report[1].startswith(
        "1. The eighteenth executive session of the Trade and Development Board was held at the Palais des Nations, "
        "Geneva, on 10 July 1998."
    )
    assert report.index("# Introduction") < report.index("# II. Mid-term review")


def test_the_plenary_meetings_numbered_on_from_session_to_session():
    # The Board's report on its 2015 session, as the project's style notes quote it: "In the course of the
    # session, the Board held 14 plenary meetings, the 1128th to the 1141st." (organization.meetings_numbered).
    session = board("Sixty-second session", dt.date(2015, 9, 14), dt.date(2015, 9, 25), range(1128, 1142))
    report = paragraphs(session)
    assert report[0].endswith(" In the course of the session, the Board held 14 plenary meetings, the 1128th to the 1141st.")
