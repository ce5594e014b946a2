"""The organization chapter: opening and duration, officers, agenda, attendance, documents, and
the annexes it refers to."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.model import (
    Attendance,
    Document,
    Item,
    Meeting,
    Officer,
    Organization,
    Role,
    Session,
    SessionInfo,
    Statement,
)
from unreport_tui.core.numbers import in_text, opening, spelled
from unreport_tui.core.rendered import Heading, Paragraph
from unreport_tui.core.rendering.organization_chapter import agenda_lines
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.core.venue import venue_name

from .builders import paragraphs


def commission(meetings=range(1, 10), **organization) -> Session:
    organization.setdefault("chapter", "V. Organization of the session")
    return Session(
        SessionInfo(
            body_short="Commission",
            title="Thirty-second session",
            venue="Vienna",
            dates=(dt.date(2023, 5, 22), dt.date(2023, 5, 26)),
        ),
        [Meeting(n, dt.date(2023, 5, 22)) for n in meetings],
        [
            Item("1", "1", "Election of officers"),
            Item("2", "2", "Adoption of the agenda", documents=[Document("Provisional agenda", "E/CN.15/2023/1")]),
            Item("3", "3", "Strategic management, budgetary and administrative questions"),
            Item(
                "3a",
                "3 (a)",
                "Work of the strategic management working group",
                documents=[Document("Report of the Executive Director", "E/CN.15/2023/10")],
            ),
            Item("3b", "3 (b)", "Staff composition", documents=[Document("Note by the Secretariat", "E/CN.15/2023/2")]),
        ],
        organization=Organization(**organization),
    )


def chapter(session: Session) -> list[str]:
    """The chapter's paragraphs and lines, paragraph numbers dropped."""
    text = paragraphs(session)
    return [re.sub(r"^\d+\. (?=[A-Z])", "", p) for p in text[text.index("# V. Organization of the session") :]]


def test_opening_and_duration_counts_the_meetings_in_words_or_figures():
    assert "The Commission held its thirty-second session in Vienna from 22 to 26 May 2023. It held nine meetings." in chapter(
        commission()
    )
    many = chapter(commission(meetings=range(1128, 1142)))
    assert (
        "The Commission held its thirty-second session in Vienna from 22 to 26 May 2023. "
        "It held 14 plenary meetings, the 1128th to the 1141st." in many
    )
    two = chapter(commission(meetings=[3, 4]))
    assert "It held two plenary meetings, the 3rd and 4th." in " ".join(two)


def test_officers_are_listed_in_the_order_given_with_their_countries_as_the_un_lists_them():
    text = chapter(
        commission(
            officers_meeting=1,
            officers=[
                Officer("Chair", "Carolina Fernández", "Uruguay"),
                Officer("First Vice-Chair", "Hans Müller", "germany"),
                Officer("Rapporteur", "Ana López", "venezuela"),
            ],
        )
    )
    start = text.index("# B. Election of officers")
    assert text[start + 1 : start + 5] == [
        "At its 1st meeting, on 22 May 2023, the Commission elected the following officers:",
        "Chair: Carolina Fernández (Uruguay)",
        "First Vice-Chair: Hans Müller (Germany)",
        "Rapporteur: Ana López (Venezuela (Bolivarian Republic of))",
    ]


def test_the_agenda_lists_the_items_with_sub_items_under_their_item():
    text = chapter(commission(agenda_meeting=1, agenda_symbol="E/CN.15/2023/1"))
    start = text.index("# B. Adoption of the agenda")
    assert text[start + 1] == (
        "At its 1st meeting, on 22 May 2023, the Commission adopted its provisional "
        "agenda (E/CN.15/2023/1). The agenda was as follows:"
    )
    raw = paragraphs(commission(agenda_meeting=1, agenda_symbol="E/CN.15/2023/1"))
    start = raw.index("# B. Adoption of the agenda")
    assert raw[start + 2 : start + 7] == [
        "1. Election of officers.",
        "2. Adoption of the agenda.",
        "3. Strategic management, budgetary and administrative questions:",
        "(a) Work of the strategic management working group;",
        "(b) Staff composition.",
    ]


def test_a_sub_item_without_its_item_listed_carries_the_items_number():
    items = [
        Item("2", "2", "Adoption of the agenda"),
        Item("4a", "4 (a)", "First"),
        Item("4b", "4 (b)", "Second"),
        Item("5", "5", "Other matters"),
    ]
    assert agenda_lines(items) == [
        ("2.", "Adoption of the agenda."),
        ("4 (a)", "First;"),
        ("(b)", "Second."),
        ("5.", "Other matters."),
    ]


def test_attendance_counts_who_came_and_the_annexes_list_them():
    session = commission(
        attendance_annex="annex I",
        documents_annex="annex II",
        attendance=Attendance(
            members=["Chile", "Peru", "Japan"], observer_states=["Holy See"], igos=["European Union", "OSCE"], ngos=[]
        ),
    )
    text = chapter(session)
    assert text[text.index("# C. Attendance") + 1] == (
        "The session was attended by representatives of three States members of the Commission. Observers for one "
        "other State and two intergovernmental organizations also attended. The list of participants is "
        "contained in annex I."
    )
    assert text[text.index("# D. Documentation") + 1] == (
        "The documents before the Commission at its thirty-second session are listed in annex II."
    )
    annex_one, annex_two = text.index("# Annex I"), text.index("# Annex II")
    assert annex_one < annex_two
    assert text[annex_one + 1 : annex_one + 6] == ["# List of participants", "# States members", " Chile", " Japan", " Peru"]
    assert text[annex_two + 2 :] == [
        "E/CN.15/2023/1 Item 2: Provisional agenda",
        "E/CN.15/2023/2 Item 3 (b): Note by the Secretariat",
        "E/CN.15/2023/10 Item 3 (a): Report of the Executive Director",
    ]


def test_the_chapter_numbers_on_from_the_items_before_it():
    from .builders import said

    session = commission()
    session.items[2].statements.append(said("Chile"))
    text = paragraphs(session)
    before = [p for p in text[: text.index("# V. Organization of the session")] if p[:1].isdigit()]
    last = int(before[-1].split(".")[0])
    assert text[text.index("# V. Organization of the session") + 2].startswith(f"{last + 1}. The Commission held")


@pytest.mark.parametrize(
    "number, words",
    [
        (0, "zero"),
        (9, "nine"),
        (10, "ten"),
        (11, "eleven"),
        (20, "twenty"),
        (45, "forty-five"),
        (100, "one hundred"),
        (1128, "one thousand one hundred and twenty-eight"),
    ],
)
def test_numbers_spelled_out(number, words):
    assert spelled(number) == words
    assert in_text(number) == (words if number <= 10 else str(number))
    assert opening(number) == words[:1].upper() + words[1:]


def test_the_organization_table_in_the_session_file():
    text = session_to_toml(
        commission(officers_meeting=1, officers=[Officer("Chair", "A B", "Chile")], attendance=Attendance(["Chile"], [], [], []))
    )
    assert "\n[organization]\n" in text and "\n[[organization.officers]]\n" in text
    assert parse_session(text).organization == Organization(
        "V. Organization of the session",
        officers_meeting=1,
        officers=[Officer("Chair", "A B", "Chile")],
        attendance=Attendance(["Chile"], [], [], []),
    )
    with pytest.raises(SessionFileError, match=r"organization.officers_meeting = 40: meeting 40 is not declared"):
        parse_session(text.replace("officers_meeting = 1", "officers_meeting = 40"))
    with pytest.raises(SessionFileError, match=r"organization.attendance.member: unknown key"):
        parse_session(text.replace("members = [", "member = ["))


def test_items_the_chapter_reports_get_no_section_of_their_own():
    """Election of officers, adoption of the agenda: no chapter of their own, nothing logged. The
    organization chapter lists them and their documents; a "[To be completed]" with no heading,
    or "For its consideration of agenda item 2 …" before the first chapter, is not in a UN report."""
    from unreport_tui.core.model import Proposal

    from .builders import said

    session = commission(agenda_symbol="E/CN.15/2023/1", documents_annex="annex II")
    text = paragraphs(session)
    assert text[0] == "# V. Organization of the session"  # nothing of items 1 to 3 (b) before it
    assert not any("[To be completed]" in p or "For its consideration" in p for p in text)
    assert any("E/CN.15/2023/1" in p for p in text) and any("E/CN.15/2023/10" in p for p in text)  # agenda, annex
    # an item whose documents the chapter would not name keeps its section, so that they are in the report
    bare = commission(agenda_symbol="E/CN.15/2023/1")
    assert [p for p in paragraphs(bare) if "For its consideration" in p] == [
        "1. The Commission considered agenda item 3 (a), entitled \u201cWork of the strategic management working "
        "group\u201d. For its consideration of the item, the Commission had before it the report of the Executive "
        "Director (E/CN.15/2023/10).",
        "2. The Commission considered agenda item 3 (b), entitled \u201cStaff composition\u201d. For its "
        "consideration of the item, the Commission had before it the note by the Secretariat (E/CN.15/2023/2).",
    ]
    # what gives an item a section of its own: a chapter or section, a statement, a point, a proposal
    session.items[2].chapter = "III. Strategic management"
    session.items[3].statements.append(said("Chile"))
    session.items[4].section = "B. Staff"
    session.proposals.append(Proposal("L1", "1", "Officers"))
    text = paragraphs(session)
    assert "# III. Strategic management" in text and "# B. Staff" in text
    assert "3. A statement was made by the representative of Chile." in text
    assert "The Commission had before it a draft resolution entitled “Officers”" in " ".join(text)
    assert sum("[To be completed]" in p for p in text) == 3  # items 3 and 3 (b) under their headings, and L1
    # item 1, election of officers, with its proposal: in the chapter's section for it
    assert text.index("# B. Election of officers") < text.index("# Action taken by the Commission")
    # without an organization chapter, each item is reported where it stands, as before
    session.organization = None
    session.proposals.clear()
    assert paragraphs(session)[:2] == [
        "1. The Commission considered agenda item 1, entitled \u201cElection of officers\u201d.",
        "[To be completed]",
    ]


def test_the_documents_annex_sorts_symbols_with_any_characters():
    """Symbols are in number order (E/CN.15/2023/2 before /10); a character that looks like a digit
    ("²") is text, and never stops the report."""
    session = commission(documents_annex="annex II")
    session.items[0].documents = [Document("Odd", "E/CN.15/2023/²"), Document("Tenth", "E/CN.15/2023/10")]
    annex = [p.split()[0] for p in paragraphs(session) if p.startswith("E/CN.15/2023/")]
    assert annex == ["E/CN.15/2023/1", "E/CN.15/2023/2", "E/CN.15/2023/10", "E/CN.15/2023/²"]


@pytest.mark.parametrize("officers", [[], [Officer("Chair", "Ana López", "Uruguay")]])
@pytest.mark.parametrize("attendance", [None, Attendance(["Chile"], [], [], [])])
@pytest.mark.parametrize("documents_annex", ["", "annex II"])
def test_the_sections_of_the_chapter_are_lettered_on_over_those_present(officers, attendance, documents_annex):
    """No officers or no attendance given: the letters run A, B, C over what the chapter holds,
    never "A., C." or "A., B., D."."""
    text = chapter(commission(officers=officers, attendance=attendance, documents_annex=documents_annex))
    sections = [
        p[2:]
        for p in text[1 : next((i for i, p in enumerate(text) if p.startswith("# Annex")), len(text))]
        if re.match(r"# [A-Z]\. ", p)
    ]
    assert [s[:2] for s in sections] == [f"{chr(ord('A') + n)}." for n in range(len(sections))]
    expected = (
        ["Opening and duration of the session"]
        + (["Election of officers"] if officers else [])
        + ["Adoption of the agenda"]
        + (["Attendance"] if attendance else [])
        + (["Documentation"] if documents_annex else [])
    )
    assert [s[3:] for s in sections] == expected


@pytest.mark.parametrize(
    "venue, held",
    [
        ("United Nations Headquarters", "at United Nations Headquarters"),
        ("United Nations Office at Vienna", "at the United Nations Office at Vienna"),
        ("Palais des Nations, Geneva", "at the Palais des Nations, Geneva"),
        ("Vienna", "in Vienna"),
        ("at the Hofburg, Vienna", "at the Hofburg, Vienna"),
    ],
)
def test_the_session_was_held_at_a_building_and_in_a_city(venue, held):
    session = commission()
    session.info.venue = venue
    assert f"The Commission held its thirty-second session {held} from 22 to 26 May 2023. It held nine meetings." in chapter(
        session
    )
    assert render_report(session).masthead.venue_dates == f"{venue_name(venue)}, 22\u201326 May 2023"


def organizational(chapter_numeral: str = "V") -> Session:
    """Items 1 and 2 in the organization chapter with something logged, item 3 in a chapter before it."""
    from .builders import said

    session = commission(
        chapter=f"{chapter_numeral}. Organization of the session",
        officers_meeting=1,
        agenda_meeting=1,
        officers=[Officer("Chair", "Ana López", "Uruguay")],
        documents_annex="annex II",
    )
    session.items[0].chapter = f"{chapter_numeral}. Organization of the session"
    session.items[0].statements.append(said("Chile", meeting=1))
    session.items[1].chapter = f"{chapter_numeral}. Organizational matters"  # the same numeral: the same chapter
    session.items[1].statements.append(said("Peru", meeting=1))
    session.items[2].chapter = "III. Strategic management"
    session.items[2].statements.append(said("Japan", meeting=2))
    return session


def test_items_of_the_organization_chapter_are_reported_in_its_sections_under_one_heading():
    """Election of officers and adoption of the agenda with statements logged: inside the chapter,
    each in its section after what the chapter says there, never under a second copy of its heading
    before the other chapters."""
    text = paragraphs(organizational())
    headings = [p for p in text if p.startswith("# ") and not p.startswith("# Annex")]
    assert headings[:1] == ["# III. Strategic management"]
    assert [h for h in headings if "Organiz" in h] == ["# V. Organization of the session"]
    chapter_v = text[text.index("# V. Organization of the session") : text.index("# Annex II")]
    officers = chapter_v.index("# B. Election of officers")
    assert chapter_v[officers + 2] == "Chair: Ana López (Uruguay)"
    assert re.sub(r"^\d+\. ", "", chapter_v[officers + 3]).startswith(
        "At its 1st meeting, on 22 May 2023, the Commission considered agenda item 1, entitled “Election of officers”."
    )
    assert re.sub(r"^\d+\. ", "", chapter_v[officers + 4]) == "A statement was made by the representative of Chile."
    assert (
        chapter_v.index("# C. Adoption of the agenda")
        < chapter_v.index("3. Strategic management, budgetary and administrative questions:")
        < chapter_v.index(next(p for p in chapter_v if p.endswith("A statement was made by the representative of Peru.")))
        < chapter_v.index("# D. Documentation")
    )
    numbers = [b.number for b in render_report(organizational()).blocks if isinstance(b, Paragraph)]
    assert numbers == list(range(1, len(numbers) + 1))  # numbered on in the order printed


def test_an_organization_chapter_numbered_first_comes_first():
    text = paragraphs(organizational("I"))
    assert text[0] == "# I. Organization of the session"
    assert text[2].startswith("1. The Commission held its thirty-second session")
    start = text.index("# III. Strategic management")
    assert text[start + 1].startswith("9. At its 2nd meeting, on 22 May 2023, the Commission considered agenda item 3")


def test_an_item_of_the_chapter_with_a_title_of_its_own_has_a_section_after_documentation():
    from .builders import said

    session = organizational()
    session.items.append(
        Item("9", "9", "Adoption of the report", chapter="V. Organization of the session", statements=[said("Chile", meeting=1)])
    )
    text = paragraphs(session)
    assert text.index("# D. Documentation") < text.index("# E. Adoption of the report") < text.index("# Annex II")


@pytest.mark.parametrize("numeral", ["I", "V"])
def test_one_item_of_the_organization_chapter_renders_as_in_the_whole_report(numeral):
    from unreport_tui.core.rendering.report import ReportRenderer

    session = organizational(numeral)
    whole = render_report(session)
    renderer = ReportRenderer()
    assert renderer.render(session) == whole
    for item in session.items:
        assert renderer.item(session, item.key) == whole.for_item(item.key)
        assert renderer.item(session, item.key, {i.key for i in session.items}) == whole.for_item(item.key)
    assert whole.for_item("1").blocks  # its paragraphs carry its key, for the live screen's draft
    session.items[2].statements.append(Statement("Peru", Role.MEMBER, meeting=2))
    assert renderer.render(session, {"3"}) == render_report(session)


CHAPTERS = [
    "",
    "I. Organization of the session",
    "II. Debate",
    "III. Action",
    "IV. Other",
    "IX. Ninth",
    "X. Tenth",
    "V. Organization of the session",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(CHAPTERS),
            st.booleans(),
            st.sampled_from(["Election of officers", "Adoption of the agenda", "Other matters"]),
        ),
        max_size=8,
    ),
    st.sampled_from([None, "I. Organization of the session", "V. Organization of the session", ""]),
)
def test_chapters_in_numeral_order_each_once_and_paragraphs_numbered_on(items, organization):
    """Whatever order the items come in and whichever chapter holds the organization: each chapter
    heading once, in the order of the numerals, every paragraph numbered on from the one before, and
    each item's draft on the live screen as in the whole report."""
    from unreport_tui.core.rendering.chapter_order import chapter_key, chapter_number
    from unreport_tui.core.rendering.report import ReportRenderer

    from .builders import said

    session = commission(chapter=organization or "") if organization is not None else commission()
    if organization is None:
        session.organization = None
    session.items = [
        Item(str(n), str(n), title, chapter=chapter, statements=[said("Chile", meeting=1)] if logged else [])
        for n, (chapter, logged, title) in enumerate(items, start=1)
    ]
    whole = render_report(session)
    chapters = [b.text for b in whole.blocks if isinstance(b, Heading) and b.level == 1 and not b.text.startswith("Annex")]
    assert len({chapter_key(c) for c in chapters}) == len(chapters)
    numerals = [chapter_number(c) for c in chapters]
    known = [n for n in numerals if n is not None]
    assert known == numerals and known == sorted(known)
    numbers = [b.number for b in whole.blocks if isinstance(b, Paragraph) and b.number is not None]
    assert numbers == list(range(1, len(numbers) + 1))
    for item in session.items:
        if item.statements:
            assert any(b.item_key == item.key for b in whole.blocks if isinstance(b, Paragraph))
        assert ReportRenderer().item(session, item.key) == whole.for_item(item.key)


def test_statements_at_the_opening_of_the_session_are_in_its_opening_section():
    """ "Opening of the session" (a sub-item of the organizational matters at many bodies) with the
    statements made at the opening: in "A. Opening and duration of the session"."""
    from .builders import said

    session = commission()
    session.items.insert(0, Item("0", "1 (a)", "Opening of the session", statements=[said("Chile", meeting=1)]))
    text = paragraphs(session)
    assert (
        text.index("# A. Opening and duration of the session")
        < text.index(next(p for p in text if p.endswith("A statement was made by the representative of Chile.")))
        < text.index("# B. Adoption of the agenda")
    )


def test_officers_of_one_office_however_typed_stand_under_one_label_with_its_capitals():
    text = chapter(
        commission(
            officers_meeting=1,
            officers=[
                Officer("Chair", "Carolina Fernández", "Uruguay"),
                Officer("Vice-Chair", "Hans Müller", "Germany"),
                Officer("vice-chair", "Ali Khan", "Pakistan"),
                Officer("Vice-Chair ", "Mei Lin", "China"),
                Officer("vice-chair-cum-rapporteur", "Ana López", "Chile"),
            ],
        )
    )
    start = text.index("# B. Election of officers")
    assert text[start + 2 : start + 7] == [
        "Chair: Carolina Fernández (Uruguay)",
        "Vice-Chairs: Hans Müller (Germany)",
        " Ali Khan (Pakistan)",  # (a line under the label before: no label of its own)
        " Mei Lin (China)",
        "Vice-Chair-cum-Rapporteur: Ana López (Chile)",
    ]
