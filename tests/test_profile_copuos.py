"""The shipped profiles of the Committee on the Peaceful Uses of Outer Space (``copuos``) and its
Subcommittees (``copuos-stsc``, ``copuos-lsc``): each setting they change, with the sentence of the
report it was read in (symbol and paragraph cited), and one whole section of a real report.

Where unreport prints today's name of a State renamed since the report ("Türkiye", "Czechia"), the
expected text has today's name, as unreport always prints it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unreport_tui.core.model import (
    Attendance,
    Distribution,
    Item,
    Meeting,
    ObserversAdmitted,
    Officer,
    Organization,
    Point,
    Session,
    SessionInfo,
)
from unreport_tui.core.profiles import load_profile
from unreport_tui.core.rendered import Heading
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters.text import masthead_lines

from .builders import paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "profiles"


def session_file(text: str) -> Session:
    return parse_session("format = 1\n" + text)


def stsc_2009(**organization) -> Session:
    """The Scientific and Technical Subcommittee's forty-sixth session (A/AC.105/933): the Office at
    Vienna, 9 to 20 February 2009, its introduction first."""
    first = dt.date(2009, 2, 9)
    return Session(
        SessionInfo(
            body="Scientific and Technical Subcommittee",
            body_short="Subcommittee",
            title="Forty-sixth session",
            venue="United Nations Office at Vienna",
            dates=(first, dt.date(2009, 2, 20)),
            profile="copuos-stsc",
        ),
        [Meeting(698, first)],
        [],
        organization=Organization(chapter="I. Introduction", **organization),
    )


def chair_2009() -> Officer:
    return Officer("Chairman", "Aboubekr Seddik Kedjar", "Algeria")


# --- the whole section --------------------------------------------------------------------------


def test_chapter_ii_of_the_subcommittees_2020_draft_report_as_published():
    # A/AC.105/C.1/L.385/Add.3, chapter II, paras. 1-4 (the page cuts para. 5): the mandate clause,
    # the States under the item, the observer in the same paragraph, the general exchange of views,
    # the five presentations, the lettered sub-heading and the Subcommittee's own sentence.
    session = parse_session((FIXTURES / "copuos-stsc-2020-chapter-ii.toml").read_text(encoding="utf-8"))
    assert paragraphs(session) == [
        "# II. United Nations Programme on Space Applications",
        "1. In accordance with General Assembly resolution 74/82, the Subcommittee considered agenda item 5, entitled "
        "“United Nations Programme on Space Applications”.",
        "2. The representatives of Chile, China, Germany, India, Indonesia, Japan and the Republic of Korea made "
        "statements under agenda item 5. The observer for CANEUS International also made a statement. During the "
        "general exchange of views, statements relating to the item were made by representatives of other member States.",
        "3. The Subcommittee heard the following scientific and technical presentations:",
        "(a) “ActInSpace 2020 edition: contribution to Access to Space for All”, by the representative of France;",
        "(b) “Space for water”, by the representative of the Office for Outer Space Affairs;",
        "(c) “An overview of the outcomes of the Space Generation Congress 2019”, by the observer for SGAC;",
        "(d) “Chinese international open-sharing satellite assembly, integration and testing (AIT)”, by the "
        "representative of China;",
        "(e) “Italian Space Agency (ASI) experiments for the BEYOND mission: applications for a better life in space”, "
        "by the representative of Italy.",
        "# A. Activities of the United Nations Programme on Space Applications",
        "4. The Subcommittee recalled that the General Assembly, in its resolution 74/82, had recognized the "
        "capacity-building activities under the United Nations Programme on Space Applications, which provided unique "
        "benefits for Member States, in particular developing countries, participating in those activities.",
    ]


# --- copuos-stsc: the masthead ------------------------------------------------------------------


def test_the_committee_stands_over_the_subcommittee_in_the_draft_reports_masthead():
    # A/AC.105/C.1/L.385/Add.3: "Committee on the Peaceful Uses of Outer Space / Scientific and
    # Technical Subcommittee / Fifty-seventh session / Vienna, 3–14 February 2020 / Draft report".
    session = parse_session((FIXTURES / "copuos-stsc-2020-chapter-ii.toml").read_text(encoding="utf-8"))
    assert masthead_lines(render_report(session)) == [
        "A/AC.105/C.1/L.385/Add.3",
        "Committee on the Peaceful Uses of Outer Space",
        "Distr.: Limited\n12 February 2020",
        "Original: English",
        "Scientific and Technical Subcommittee\nFifty-seventh session\nVienna, 3–14 February 2020",
        "Draft report",
    ]


def test_the_final_reports_title_says_where_and_when_the_session_was_held():
    # A/AC.105/933: "General Assembly Distr.: General 6 March 2009 … Report of the Scientific and Technical
    # Subcommittee on its forty-sixth session, held in Vienna from 9 to 20 February 2009"
    # (masthead.final_title; final_distribution, copuos). The lines over the title there are the
    # Committee's session, to which the report goes ("Fifty-second session / Vienna, 3-12 June 2009"):
    # unreport prints the Subcommittee's own.
    session = stsc_2009()
    session.info.draft = False
    session.info.distribution = Distribution.GENERAL
    session.info.symbol = "A/AC.105/933"
    session.info.issued = dt.date(2009, 3, 6)
    lines = masthead_lines(render_report(session))
    assert lines[:4] == [
        "A/AC.105/933",
        "Committee on the Peaceful Uses of Outer Space",
        "Distr.: General\n6 March 2009",
        "Original: English",
    ]
    assert lines[-1] == (
        "Report of the Scientific and Technical Subcommittee on its forty-sixth session, held in Vienna from 9 to 20 "
        "February 2009"
    )


# --- copuos-stsc: statements and presentations ---------------------------------------------------


ITEM_5 = """
[session]
body_short = "Subcommittee"
profile = "copuos-stsc"
[[items]]
key = "5"
number = "5"
title = "United Nations Programme on Space Applications"
mandate = "General Assembly resolution 74/82"
"""


def test_the_representatives_made_statements_under_the_item_and_the_observer_follows_them():
    # A/AC.105/C.1/L.385/Add.3, para. 2: "The representatives of Chile, China, … and the Republic of
    # Korea made statements under agenda item 5. The observer for CANEUS International also made a
    # statement." (statements.chosen.under_item; statements.ngos_apart = false)
    text = ITEM_5 + 'statements_form = "under_item"\n'
    text += "".join(f'[[items.statements]]\nspeaker = "{s}"\n' for s in ("Chile", "China", "Republic of Korea"))
    text += '[[items.statements]]\nspeaker = "CANEUS International"\nrole = "ngo"\n'
    assert paragraphs(session_file(text))[1] == (
        "2. The representatives of Chile, China and the Republic of Korea made statements under agenda item 5. "
        "The observer for CANEUS International also made a statement."
    )


def test_the_subcommittee_heard_scientific_and_technical_presentations():
    # A/AC.105/C.1/L.385/Add.3, para. 3: "The Subcommittee heard the following scientific and technical
    # presentations:" (presentations.lead).
    text = ITEM_5 + '[[items.presentations]]\ntitle = "Space for water"\nspeaker = "France"\n'
    assert paragraphs(session_file(text))[1:] == [
        "2. The Subcommittee heard the following scientific and technical presentations:",
        "(a) “Space for water”, by the representative of France.",
    ]


# --- copuos-stsc: the introduction ----------------------------------------------------------------


def test_the_introduction_opens_with_the_session_held_under_its_chairman():
    # A/AC.105/933, para. 1, under "I. Introduction" with no section heading of its own
    # (organization.held_chaired, organization.opening_heading = "").
    report = paragraphs(stsc_2009(chair=chair_2009()))
    assert report[:2] == [
        "# I. Introduction",
        "1. The Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space held its "
        "forty-sixth session at the United Nations Office at Vienna from 9 to 20 February 2009, under the "
        "chairmanship of Aboubekr Seddik Kedjar (Algeria).",
    ]


def test_the_meetings_held_in_a_paragraph_of_their_own():
    # A/AC.105/933, para. 2: "The Subcommittee held 20 meetings." (organization.meetings,
    # meetings_paragraph). The Subcommittee's meetings are numbered on from session to session (the
    # 698th was on 9 February 2009); here they are logged from the 1st, as a new series would be.
    session = stsc_2009(chair=chair_2009())
    session.meetings = [Meeting(n, dt.date(2009, 2, 9)) for n in range(1, 21)]
    assert paragraphs(session)[2] == "2. The Subcommittee held 20 meetings."


ATTENDED_2009 = (
    "Algeria, Argentina, Austria, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Canada, "
    "Chile, China, Colombia, Cuba, Czechia, Ecuador, France, Germany, Greece, Hungary, India, Indonesia, "
    "Iran (Islamic Republic of), Italy, Japan, Kenya, Libya, Malaysia, Mexico, Morocco, Nigeria, Pakistan, Peru, "
    "Philippines, Poland, Portugal, Republic of Korea, Romania, Russian Federation, Saudi Arabia, Sierra Leone, "
    "Slovakia, South Africa, Spain, Sweden, Switzerland, Syrian Arab Republic, Thailand, Türkiye, Ukraine, "
    "United Kingdom of Great Britain and Northern Ireland, United States of America, Uruguay, "
    "Venezuela (Bolivarian Republic of) and Viet Nam"
)


def test_the_member_states_of_the_committee_that_attended_listed_by_name():
    # A/AC.105/933, para. 3, under "A. Attendance": "Representatives of the following 54 member States of
    # the Committee attended the session: Algeria, Argentina, … and Viet Nam." (organization.attendance_list,
    # member_states). Five States by today's names: Bolivia (Plurinational State of), Czechia, Libya,
    # Türkiye (the report: Bolivia, Czech Republic, Libyan Arab Jamahiriya, Turkey).
    names = ATTENDED_2009.replace(" and Viet Nam", ", Viet Nam").split(", ")
    assert len(names) == 54
    report = paragraphs(stsc_2009(attendance=Attendance(list(reversed(names)), listed=True)))
    heading = report.index("# A. Attendance")
    assert report[heading + 1] == (
        f"3. Representatives of the following 54 member States of the Committee attended the session: {ATTENDED_2009}."
    )


def test_observers_admitted_at_the_698th_meeting_the_year_once_per_chapter():
    # A/AC.105/933, para. 4: "At the 698th meeting, on 9 February, the Chairman informed the Subcommittee
    # that requests had been received from Angola, Azerbaijan, Croatia, the Dominican Republic, Israel and
    # Tunisia to attend the session as observers." (dates.year = "once per chapter", copuos; the office
    # of 2009 given as the session's chair's).
    admitted = ObserversAdmitted(698, ["Angola", "Azerbaijan", "Croatia", "Dominican Republic", "Israel", "Tunisia"])
    report = paragraphs(stsc_2009(chair=chair_2009(), observers_admitted=admitted))
    assert (
        "At the 698th meeting, on 9 February, the Chairman informed the Subcommittee that requests had been received "
        "from Angola, Azerbaijan, Croatia, the Dominican Republic, Israel and Tunisia to attend the session as observers."
    ) in [p.partition(". ")[2] for p in report]


# --- copuos: the Committee and what its Subcommittees share -------------------------------------


def test_the_general_assembly_is_the_organ_over_the_committee():
    # A/AC.105/933 and A/AC.105/C.1/L.385/Add.3: "General Assembly" in the masthead's large type
    # (masthead.parent).
    session = stsc_2009()
    session.info.profile = "copuos"
    session.info.body = "Committee on the Peaceful Uses of Outer Space"
    session.info.symbol = "A/AC.105/933"
    assert masthead_lines(render_report(session))[:2] == ["A/AC.105/933", "General Assembly"]


def test_the_introduction_heads_the_report():
    # A/AC.105/933 and A/AC.105/1113: "I. Introduction" is the first chapter (organization.place =
    # "first"): an introduction typed without its numeral stands before the items all the same.
    session = stsc_2009()
    session.info.profile = "copuos"
    session.organization.chapter = "Introduction"
    session.items.append(Item("5", "5", "General exchange of views", chapter="II. General exchange of views"))
    session.items[0].points.append(Point("The Subcommittee noted the statements."))
    headings = [b.text for b in render_report(session).blocks if isinstance(b, Heading) and b.level == 1]
    assert headings == ["Introduction", "II. General exchange of views"]


def test_the_chair_informed_the_subcommittee():
    # Issue 16, quoting a Subcommittee's report: "At the 901st meeting, on 3 April, the Chair informed the
    # Subcommittee that requests had been received from … to attend the session as observers."
    # (organization.chair_office = "Chair": no office given with the session's chair).
    session = stsc_2009(observers_admitted=ObserversAdmitted(901, ["Armenia"]))
    session.info.profile = "copuos"
    session.meetings = [Meeting(901, dt.date(2009, 4, 3))]
    session.info.dates = (dt.date(2009, 4, 3), dt.date(2009, 4, 3))
    assert any(
        p.endswith(
            "At the 901st meeting, on 3 April, the Chair informed the Subcommittee that requests had been received from "
            "Armenia to attend the session as observers."
        )
        for p in paragraphs(session)
    )


# --- copuos-lsc ------------------------------------------------------------------------------------


def test_the_legal_subcommittees_report_title_and_introduction_headings():
    # A/AC.105/1113: "Report of the Legal Subcommittee on its fifty-fifth session, held in Vienna from 4 to
    # 15 April 2016"; contents "I. Introduction / A. Opening of the session / B. Adoption of the agenda /
    # C. Attendance" (masthead.final_title, organization.opening_heading).
    first = dt.date(2016, 4, 4)
    session = Session(
        SessionInfo(
            body="Legal Subcommittee",
            body_short="Subcommittee",
            title="Fifty-fifth session",
            venue="United Nations Office at Vienna",
            dates=(first, dt.date(2016, 4, 15)),
            profile="copuos-lsc",
            draft=False,
        ),
        [Meeting(n, first) for n in range(1, 3)],
        [Item("2", "2", "Adoption of the agenda")],
        organization=Organization(chapter="I. Introduction", attendance=Attendance(["Austria", "Chile"], listed=True)),
    )
    doc = render_report(session)
    assert (
        doc.masthead.title
        == "Report of the Legal Subcommittee on its fifty-fifth session, held in Vienna from 4 to 15 April 2016"
    )
    assert masthead_lines(doc)[0] == "Committee on the Peaceful Uses of Outer Space"  # no symbol typed
    assert [b.text for b in doc.blocks if isinstance(b, Heading)][:4] == [
        "I. Introduction",
        "A. Opening of the session",
        "B. Adoption of the agenda",
        "C. Attendance",
    ]


def test_each_profile_extends_as_its_body_is_placed():
    assert load_profile("copuos-stsc").files[1].endswith("copuos.toml")
    assert load_profile("copuos-lsc").files[1].endswith("copuos.toml")
    assert load_profile("copuos").extends == "untoc-cop"
