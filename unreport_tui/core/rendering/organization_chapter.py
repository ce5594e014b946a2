"""The organization chapter of a session report, from ``[organization]`` and what the session
already holds (its dates, venue, meetings, agenda items and their documents):

    A. Opening and duration of the session
    1. The Commission held its thirty-second session in Vienna from 22 to 26 May 2023. It held nine meetings.
    B. Election of officers   (the sections present lettered in turn; the items of this chapter in them)
    2. At its 1st meeting, on 22 May 2023, the Commission elected the following officers:
       Chair: Name (Country)
    C. Adoption of the agenda
    3. At its 1st meeting, …, the Commission adopted its provisional agenda (E/CN.15/2023/1). The agenda was as follows:
       1. Election of officers.
    D. Attendance
    E. Documentation

and the annexes it refers to (participants, documents), at the end of the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..dates import day_month_year, from_to_phrase
from ..english import curly_quotes, join_list, lower_first, meetings_phrase, ordinal
from ..model import Item, Organization, Session
from ..names import short_name
from ..numbers import in_text
from ..rendered import AnnexHeading, Block, Heading, ListKind, Run, Subparagraph, document_line, merge_runs
from ..venue import venue_phrase
from .chapter_order import roman_value
from .chapters import ORGANIZATION_TITLE
from .headings import chapter_heading_block
from .mentions import listed_mention
from .paragraph_writer import ParagraphWriter

KEY = "organization"  # the item_key of its blocks
_SUB_ITEM = re.compile(r"^\s*(\d+)\s*\(([a-z]+)\)\s*$")


ItemRenderer = Callable[[ParagraphWriter, Item], None]


@dataclass
class _Section:
    """A lettered section of the chapter: what the chapter itself says in it (``write``), then the
    agenda items reported in it."""

    title: str
    write: Callable[[], None] | None
    items: list[Item] = field(default_factory=list)


def render_organization(writer: ParagraphWriter, body: str, inside: Sequence[Item], render_item: ItemRenderer) -> list[Block]:
    """The chapter's blocks through ``writer``; returns the annexes, which go at the end.

    ``inside``: the agenda items whose chapter this is (election of officers, adoption of the
    agenda, with something logged under them), rendered by ``render_item`` inside it as UN reports
    do: an item whose title or section begins as one of the chapter's own sections ("Election of
    officers") in that section, after what the chapter says there; any other in a section of its
    own after "Documentation", items of one section under one heading. The sections present are
    lettered A, B, C … in turn."""
    organization = writer.session.organization
    if organization is None:
        return []
    if organization.chapter.strip():
        writer.blocks.append(chapter_heading_block(writer.profile, organization.chapter, ORGANIZATION_TITLE, KEY))
    documents = _documents(writer.session)
    opening, officers, agenda, attendance, documentation = OWN_SECTIONS
    sections = [
        _Section(opening, lambda: _opening_and_duration(writer, body)),
        _Section(officers, (lambda: _officers(writer, organization, body)) if organization.officers else None),
        _Section(agenda, (lambda: _agenda(writer, organization, body)) if writer.session.items else None),
        _Section(attendance, (lambda: _attendance(writer, organization, body)) if organization.attendance is not None else None),
        _Section(
            documentation,
            (lambda: _documentation(writer, organization, body)) if documents and organization.documents_annex.strip() else None,
        ),
    ]
    for item in inside:
        title = section_title(item)
        home = next((s for s in sections if s.title == own_section(item)), None) or next(
            (s for s in sections[len(OWN_SECTIONS) :] if title.lower() == s.title.lower()), None
        )
        if home is None:
            home = _Section(title, None)
            sections.append(home)
        home.items.append(item)
    present = [s for s in sections if s.write is not None or s.items]
    for index, section in enumerate(present):
        # An item's own section heading is its own, as an item's section is elsewhere (its draft shows it).
        owner = KEY if section.write is not None else section.items[0].key
        writer.blocks.append(Heading(2, f"{section_letter(index)} {section.title}", owner))
        if section.write is not None:
            section.write()
        for item in section.items:
            render_item(writer, item)
    return _annexes(writer.session, organization, body, documents)


OWN_SECTIONS = (
    "Opening and duration of the session",
    "Election of officers",
    "Adoption of the agenda",
    "Attendance",
    "Documentation",
)  # in the order render_organization writes them


# What an item's title begins with when it is reported in one of them ("Opening of the session").
_BEGINNINGS = {OWN_SECTIONS[0]: ("opening",)}


def own_section(item: Item) -> str | None:
    """The chapter's own section an item is reported in: the one its section or title begins as
    ("Adoption of the agenda and other organizational matters"; "Opening of the session" in "Opening
    and duration of the session"); None for any other item."""
    title = section_title(item).lower()
    return next((own for own in OWN_SECTIONS if any(title.startswith(b) for b in _BEGINNINGS.get(own, (own.lower(),)))), None)


_SECTION_LABEL = re.compile(r"^\s*[A-Z]{1,2}\.\s+")


def section_title(item: Item) -> str:
    """The title of the section an item of this chapter is reported in: its own section heading
    without its letter (the chapter letters its sections again), else its title."""
    section = _SECTION_LABEL.sub("", item.section).strip()
    return section or item.title.strip().rstrip(".;:")


def section_letter(index: int) -> str:
    """ "A." … "Z.", then "AA." …: the label of the ``index``-th section present."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return (letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]) + "."


def _documentation(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    writer.paragraph(
        [
            Run(
                f"The documents before {body} at its {_session_name(writer.session)} are listed in "
                f"{organization.documents_annex.strip()}."
            )
        ],
        KEY,
    )


def _session_name(session: Session) -> str:
    return lower_first(session.info.title.strip()) or "session"


def _from_to(session: Session) -> str:
    """ "from 22 to 26 May 2023", "from 27 February to 3 March 2023"."""
    return f" {from_to_phrase(*session.info.dates)}" if session.info.dates else ""


def _opening_and_duration(writer: ParagraphWriter, body: str) -> None:
    session = writer.session
    venue = f" {venue_phrase(session.info.venue)}" if session.info.venue.strip() else ""
    text = f"{body[:1].upper()}{body[1:]} held its {_session_name(session)}{venue}{_from_to(session)}."
    numbers = sorted(m.number for m in session.meetings)
    if numbers:
        count = len(numbers)
        noun = "meeting" if count == 1 else "meetings"
        if numbers[0] == 1:
            text += f" It held {in_text(count)} {noun}."
        else:  # a body that numbers its meetings on from session to session
            first, last = ordinal(numbers[0]), ordinal(numbers[-1])
            span = (
                f", the {first}" if count == 1 else f", the {first} and {last}" if count == 2 else f", the {first} to the {last}"
            )
            text += f" It held {in_text(count)} plenary {noun}{span}."
    writer.paragraph([Run(text)], KEY)


def _at_meeting(session: Session, number: int | None) -> str:
    if number is None:
        return ""
    meeting = session.meeting(number)
    when = f", on {day_month_year(meeting.date)}" if meeting and meeting.date else ""
    return f"At its {meetings_phrase([number])}{when}, "


def _officers(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    opening = _at_meeting(writer.session, organization.officers_meeting)
    verb = f"{body} elected the following officers:"
    writer.paragraph([Run(opening + verb if opening else verb[:1].upper() + verb[1:])], KEY)
    officers = organization.officers
    for index, officer in enumerate(officers):
        country = [Run(" ("), *listed_mention(officer.country), Run(")")] if officer.country.strip() else []
        office = officer.office.strip()
        # Officers of one office given one after another stand under one label: "Vice-Chairs:".
        label = ""
        if index == 0 or officers[index - 1].office.strip() != office:
            several = index + 1 < len(officers) and officers[index + 1].office.strip() == office
            label = (office if not several or office.endswith("s") else office + "s") + ":"
        content = merge_runs([Run(officer.name.strip()), *country])
        writer.blocks.append(Subparagraph(label, tuple(content), KEY, ListKind.OFFICER))


def _agenda(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    opening = _at_meeting(writer.session, organization.agenda_meeting)
    symbol = f" ({organization.agenda_symbol.strip()})" if organization.agenda_symbol.strip() else ""
    adopted = f"{body} adopted its provisional agenda{symbol}. The agenda was as follows:"
    writer.paragraph([Run(opening + adopted if opening else adopted[:1].upper() + adopted[1:])], KEY)
    for label, title in agenda_lines(writer.session.items):
        writer.blocks.append(Subparagraph(label, tuple(merge_runs(writer.user(curly_quotes(title)))), KEY, ListKind.AGENDA))


def agenda_lines(items: list[Item]) -> list[tuple[str, str]]:
    """(label, text) for each line of the agenda: "1." "Election of officers."; a sub-item "2 (b)"
    under its item as "(b)", sub-items ending in ";" but the last in "."; an item with sub-items ends in ":"."""
    lines: list[tuple[str, str]] = []
    group = ""  # the item whose sub-items are being listed
    for index, item in enumerate(items):
        sub = _SUB_ITEM.match(item.number)
        title = item.title.strip().rstrip(".;:")
        following = items[index + 1] if index + 1 < len(items) else None
        next_sub = _SUB_ITEM.match(following.number) if following else None
        if sub:
            last = not (next_sub and next_sub.group(1) == sub.group(1))
            # Under its item when the item is listed; else with the item's number ("3 (a)").
            label = f"({sub.group(2)})" if group == sub.group(1) else f"{sub.group(1)} ({sub.group(2)})"
            group = sub.group(1)
            lines.append((label, title + ("." if last else ";")))
        else:
            has_subs = bool(next_sub and next_sub.group(1) == item.number.strip())
            group = item.number.strip()
            lines.append((f"{item.number.strip()}.", title + (":" if has_subs else ".")))
    return lines


def _attendance(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    attendance = organization.attendance
    assert attendance is not None
    members = len(attendance.members)
    text = (
        f"The session was attended by representatives of {in_text(members)} "
        f"{'State member' if members == 1 else 'States members'} of {body}."
    )
    others = []
    if attendance.observer_states:
        n = len(attendance.observer_states)
        others.append(f"{in_text(n)} {'other State' if n == 1 else 'other States'}")
    if attendance.igos:
        n = len(attendance.igos)
        others.append(f"{in_text(n)} intergovernmental {'organization' if n == 1 else 'organizations'}")
    if attendance.ngos:
        n = len(attendance.ngos)
        others.append(f"{in_text(n)} non-governmental {'organization' if n == 1 else 'organizations'}")
    if others:
        text += f" Observers for {join_list(others)} also attended."
    annex = organization.attendance_annex.strip()
    if annex:
        text += f" The list of participants is contained in {annex}."
    writer.paragraph([Run(text)], KEY)


def _documents(session: Session) -> list[tuple[str, str, str]]:
    """(symbol, item number, title) of every document before the session, in symbol order."""
    seen: set[str] = set()
    found = []
    for item in session.items:
        for document in item.documents:
            symbol = document.symbol.strip()
            if symbol and symbol not in seen:
                seen.add(symbol)
                found.append((symbol, item.number.strip(), document.title.strip()))
    return sorted(found, key=lambda d: [int(p) if p.isdecimal() else p for p in re.split(r"(\d+)", d[0])])


def _annex_order(name: str) -> tuple[int, str]:
    """ "annex II" before "annex IX" before "annex X": by the Roman numeral, else by name."""
    value = roman_value(name.split()[-1]) if name.split() else None
    return (10_000 if value is None else value, name)


def _annexes(session: Session, organization: Organization, body: str, documents: list[tuple[str, str, str]]) -> list[Block]:
    annexes: list[tuple[str, list[Block]]] = []
    attendance = organization.attendance
    if attendance is not None and organization.attendance_annex.strip():
        blocks: list[Block] = [Heading(2, "List of participants", KEY)]
        for title, names in (
            ("States members", attendance.members),
            ("Other States", attendance.observer_states),
            ("Intergovernmental organizations", attendance.igos),
            ("Non-governmental organizations", attendance.ngos),
        ):
            if names:
                blocks.append(Heading(3, title, KEY))
                blocks += [
                    Subparagraph("", tuple(listed_mention(n)), KEY, ListKind.PARTICIPANT) for n in sorted(names, key=short_name)
                ]
        annexes.append((organization.attendance_annex.strip(), blocks))
    if documents and organization.documents_annex.strip():
        heading = f"List of documents before {body} at its {_session_name(session)}"
        blocks = [Heading(2, heading, KEY)]
        blocks += [
            Subparagraph(symbol, document_line(number, title), KEY, ListKind.DOCUMENT) for symbol, number, title in documents
        ]
        annexes.append((organization.documents_annex.strip(), blocks))
    out: list[Block] = []
    for name, blocks in sorted(annexes, key=lambda pair: _annex_order(pair[0])):
        out.append(AnnexHeading(name[:1].upper() + name[1:], KEY))
        out += blocks
    return out
