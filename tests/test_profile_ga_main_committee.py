"""The shipped profile of the General Assembly's Main Committees (``ga-main-committee``): each setting
it changes, with the sentence of a Committee's report to the plenary it was read in (symbol cited),
and one whole section of a real report (A/62/415)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unreport_tui.core.model import Action, ActionKind, Item, Meeting, Proposal, Session, SessionInfo
from unreport_tui.core.rendered import Heading
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters.text import masthead_lines

from .builders import paragraphs

A_62_415 = Path(__file__).parent / "fixtures" / "profiles" / "ga-second-committee-2007-a-62-415.toml"
TITLE_41 = (
    "Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including East Jerusalem, "
    "and of the Arab population in the occupied Syrian Golan over their natural resources"
)


def a_62_415() -> Session:
    return parse_session(A_62_415.read_text(encoding="utf-8"))


# --- the whole section --------------------------------------------------------------------------


def test_the_introduction_of_the_second_committees_report_on_item_41_as_published():
    # A/62/415, chapter I, paras. 1-3 (the page cuts document (c)): the plenary's allocation, the
    # meetings with "on" before each month and the year once, the summary records, the documents in a
    # paragraph of their own. Unreport differs where it cannot know: para. 2 goes on in the report
    # with "Attention is also drawn to the general debate held by the Committee at its 2nd to 6th
    # meetings, from 8 to 10 October (see A/C.2/62/SR.2-6)."; (b) ends with ";" there, before (c); the
    # footnote mark after (a) is left out.
    report = paragraphs(a_62_415())
    assert report[:6] == [
        "# I. Introduction",
        "1. At its 3rd plenary meeting, on 21 September 2007, the General Assembly, on the recommendation of the "
        f"General Committee, decided to include in the agenda of its sixty-second session the item entitled “{TITLE_41}” "
        "and to allocate it to the Second Committee.",
        "2. The Second Committee considered the item at its 12th, 20th and 28th meetings, on 22 October and on 1 and 16 "
        "November 2007. An account of the Committee’s discussion of the item is contained in the relevant summary "
        "records (A/C.2/62/SR.12, 20 and 28).",
        "3. For its consideration of the item, the Committee had before it the following documents:",
        "(a) Relevant chapters of the report of the Economic and Social Council for 2007;",
        "(b) Note by the Secretary-General transmitting the report prepared by the Economic and Social Commission for "
        "Western Asia on the economic and social repercussions of the Israeli occupation on the living conditions of the "
        "Palestinian people in the Occupied Palestinian Territory, including Jerusalem, and of the Arab population in "
        "the occupied Syrian Golan (A/62/75-E/2007/13).",
    ]


# --- the masthead -------------------------------------------------------------------------------


def test_the_general_assembly_over_the_report_of_the_committee_with_no_place_and_dates():
    # A/62/415: "General Assembly / Distr.: General / 30 November 2007 / Original: English / Sixty-second
    # session / Agenda item 41 / Permanent sovereignty … / Report of the Second Committee / Rapporteur:
    # Ms. Tamar Tchitanava (Georgia)" (masthead.parent, final_distribution, body_under_parent = false,
    # final_title, dates_line = "none").
    assert masthead_lines(render_report(a_62_415())) == [
        "A/62/415",
        "General Assembly",
        "Distr.: General\n30 November 2007",
        "Original: English",
        f"Sixty-second session\nAgenda item 41\n{TITLE_41}",
        "Report of the Second Committee",
        "Rapporteur: Ms. Tamar Tchitanava (Georgia)",
    ]


# --- the item's opening -------------------------------------------------------------------------


def test_meetings_as_ranges_and_on_before_each_month_as_the_third_committee_writes_them():
    # The Third Committee's report on item 67 of the sixtieth session (6 December 2005), para. 2: "The
    # Committee considered the item at its 15th to 18th, 21st, 23rd, 41st and 43rd to 45th meetings, on 14,
    # 17, 18, 21 and 25 October and on 15, 18 and 21 November 2005." (opening.considered, with no
    # body_running: "the Committee"; dates.on_each_month).
    days = {15: (10, 14), 16: (10, 17), 17: (10, 18), 18: (10, 18), 21: (10, 21), 23: (10, 25)}
    days |= {41: (11, 15), 43: (11, 18), 44: (11, 21), 45: (11, 21)}
    session = Session(
        SessionInfo(body="Third Committee", body_short="Committee", profile="ga-main-committee"),
        [Meeting(n, dt.date(2005, *d)) for n, d in days.items()],
        [Item("67", "67", "Promotion and protection of the rights of children", meetings=list(days))],
    )
    assert paragraphs(session)[0] == (
        "1. The Committee considered the item at its 15th to 18th, 21st, 23rd, 41st and 43rd to 45th meetings, on 14, "
        "17, 18, 21 and 25 October and on 15, 18 and 21 November 2005."
    )


# --- consideration of proposals -----------------------------------------------------------------


def test_a_draft_resolution_named_by_its_introduction_the_year_once_per_chapter():
    # A/58/508 (Third Committee, 2003), para. 10, after para. 2 has given 2003: "At the 42nd meeting, on 12
    # November, the representative of Israel introduced a draft resolution entitled “Situation of and
    # assistance to Israeli children” (A/C.3/58/L.30/Rev.1), which read:" (action.had_before_it = false,
    # dates.year = "once per chapter"); the report then quotes the draft, which unreport does not: its
    # sentence ends with the symbol. The sections are under "II. Consideration of proposals" there
    # (action.heading).
    proposal = Proposal(
        "p",
        "117b",
        "Situation of and assistance to Israeli children",
        symbol="A/C.3/58/L.30/Rev.1",
        actions=[Action(ActionKind.INTRODUCED, 42, speaker="Israel")],
    )
    session = Session(
        SessionInfo(body="Third Committee", body_short="Committee", profile="ga-main-committee"),
        [Meeting(37, dt.date(2003, 11, 10)), Meeting(42, dt.date(2003, 11, 12))],
        [Item("117b", "117 (b)", "Human rights questions", chapter="I. Introduction", meetings=[37])],
        [proposal],
    )
    report = paragraphs(session)
    assert report[1].endswith("on 10 and 12 November 2003.")
    heading = report.index("# Consideration of proposals")
    assert report[heading + 1].partition(". ")[2] == (
        "At the 42nd meeting, on 12 November, the representative of Israel introduced a draft resolution entitled "
        "“Situation of and assistance to Israeli children” (A/C.3/58/L.30/Rev.1)."
    )
    assert any(isinstance(b, Heading) and b.text == "Consideration of proposals" for b in render_report(session).blocks)
