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

from ..dates import periods_from_to
from ..english import curly_quotes, join_list, lower_first, ordinal
from ..model import Attendance, Item, ObserversAdmitted, Officer, Organization, Session
from ..names import short_name
from ..numbers import in_text
from ..profiles import Phrase, Profile
from ..rendered import AnnexHeading, Block, Heading, Inline, ListKind, Run, Subparagraph, document_line, merge_runs
from ..venue import venue_phrase
from .body_name import body_in_full
from .chapter_order import roman_value
from .chapters import ORGANIZATION_TITLE
from .headings import chapter_heading_block
from .meeting_phrases import at_meeting
from .mentions import joined_mentions, listed_mention, running_mention
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


def render_organization(
    writer: ParagraphWriter,
    body: str,
    inside: Sequence[Item],
    render_item: ItemRenderer,
    rendered: Callable[[Item], bool] = lambda _: True,
) -> list[Block]:
    """The chapter's blocks through ``writer``; returns the annexes, which go at the end.

    ``inside``: the agenda items whose chapter this is (election of officers, adoption of the
    agenda, with something logged under them), rendered by ``render_item`` inside it as UN reports
    do: an item whose title or section begins as one of the chapter's own sections ("Election of
    officers") in that section, after what the chapter says there; any other in a section of its
    own after "Documentation", items of one section under one heading. The sections present are
    lettered A, B, C … in turn (as the profile has them). ``rendered``: whether an item gets a
    section of its own, here or elsewhere (one with nothing logged is reported by this chapter)."""
    organization = writer.session.organization
    if organization is None:
        return []
    if organization.chapter.strip():
        writer.blocks.append(chapter_heading_block(writer.profile, organization.chapter, ORGANIZATION_TITLE, KEY))
    documents = _documents(writer.session)
    opening, officers, agenda, attendance, documentation = OWN_SECTIONS
    attended = organization.attendance is not None or organization.observers_admitted is not None
    sections = [
        _Section(opening, lambda: _opening_and_duration(writer, organization, body)),
        _Section(officers, (lambda: _officers(writer, organization, body)) if organization.officers else None),
        _Section(agenda, (lambda: _agenda(writer, organization, body)) if writer.session.items else None),
        _Section(attendance, (lambda: _attendance(writer, organization, body)) if attended else None),
        _Section(
            documentation,
            (lambda: _documentation(writer, organization, body)) if documents and organization.documents_annex.strip() else None,
        ),
    ]
    if writer.profile.choice(KEY, "attendance_after") == "opening":  # ECOSOC commissions, the Council
        sections.insert(1, sections.pop(OWN_SECTIONS.index(attendance)))
    for item in inside:
        title = section_title(item)
        home = next((s for s in sections if s.title == own_section(item)), None) or next(
            (s for s in sections[len(OWN_SECTIONS) :] if title.lower() == s.title.lower()), None
        )
        if home is None:
            home = _Section(title, None)
            sections.append(home)
        home.items.append(item)
    if organization.opened_by is not None and not _opened_in_item(writer, rendered):
        sections[0].write = _then(sections[0].write, lambda: writer.paragraph(opened_by_sentence(writer), KEY))
    present = [s for s in sections if s.write is not None or s.items]
    lettered = writer.profile.flag(KEY, "lettered")
    index = 0
    for section in present:
        # An item's own section heading is its own, as an item's section is elsewhere (its draft shows it).
        owner = KEY if section.write is not None else section.items[0].key
        title = _heading(writer, section.title)
        if title:
            writer.blocks.append(Heading(2, f"{section_letter(index)} {title}" if lettered else title, owner))
            index += 1
        if section.write is not None:
            section.write()
        for item in section.items:
            render_item(writer, item)
    return _annexes(writer.session, writer.profile, organization, body, documents)


def opening_item(session: Session) -> Item | None:
    """The item "Opening of the session" (the first item reported in the opening section)."""
    return next((i for i in session.items if own_section(i) == OWN_SECTIONS[0]), None)


def _opened_in_item(writer: ParagraphWriter, rendered: Callable[[Item], bool]) -> bool:
    """Whether who opened the session is said first in the item "Opening of the session", as
    the profile has it, rather than in this chapter: only when that item has a section."""
    item = opening_item(writer.session)
    return writer.profile.choice(KEY, "opened_by_in") == "opening_item" and item is not None and rendered(item)


def opens_the_session(writer: ParagraphWriter, item: Item) -> bool:
    """Whether ``item``, being rendered, is where the profile reports who opened the session."""
    organization = writer.session.organization
    return (
        organization is not None
        and organization.opened_by is not None
        and writer.profile.choice(KEY, "opened_by_in") == "opening_item"
        and opening_item(writer.session) is item
    )


def opened_by_sentence(writer: ParagraphWriter) -> list[Inline]:
    """ "The session was opened by Name (Jamaica), President of the Board." """
    organization = writer.session.organization
    assert organization is not None and organization.opened_by is not None
    return writer.profile.sentence(KEY, "opened_by", person=_person(organization.opened_by))


def _person(officer: Officer) -> list[Inline]:
    """ "Name (Jamaica), President of the Board": as typed, the country marked as a mention."""
    runs: list[Inline] = [Run(officer.name.strip())]
    if officer.country.strip():
        runs += [Run(" ("), *listed_mention(officer.country), Run(")")]
    if officer.office.strip():
        runs += [Run(f", {officer.office.strip()}")]
    return merge_runs(runs)


def _then(first: Callable[[], None] | None, then: Callable[[], None]) -> Callable[[], None]:
    def both() -> None:
        if first is not None:
            first()
        then()

    return both


def _heading(writer: ParagraphWriter, title: str) -> str:
    """The heading the profile gives one of the chapter's own sections (its key by its place in
    OWN_SECTIONS); an item's section keeps its own title."""
    if title not in OWN_SECTIONS:
        return title
    key = _HEADING_KEYS[OWN_SECTIONS.index(title)]
    return writer.profile.words(KEY, key).strip()


OWN_SECTIONS = (
    "Opening and duration of the session",
    "Election of officers",
    "Adoption of the agenda",
    "Attendance",
    "Documentation",
)  # in the order render_organization writes them


_HEADING_KEYS = ("opening_heading", "officers_heading", "agenda_heading", "attendance_heading", "documentation_heading")

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
        writer.profile.sentence(
            KEY,
            "documentation",
            body=body,
            session=_session_name(writer.session),
            annex=organization.documents_annex.strip(),
        ),
        KEY,
    )


def _session_name(session: Session) -> str:
    return lower_first(session.info.title.strip()) or "session"


def _from_to(session: Session) -> str:
    """ "from 22 to 26 May 2023", "from 27 February to 3 March 2023", "on 7 December 2018 and from 14
    to 22 March 2019" (a session held in two periods); "" when the dates are not known."""
    return periods_from_to(session.info.periods())


def _opening_and_duration(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    session = writer.session
    profile = writer.profile
    venue_and_dates = _venue_and_dates(session, writer.profile)
    chair = _chair(organization)
    form = ("held" if venue_and_dates else "held_nowhere") + ("_chaired" if chair else "")
    phrases: dict[str, Phrase] = {
        "body": body,
        # The body's name as the session gives it, for a profile that names it in full here.
        "body_in_full": body_in_full(session),
        "session": _session_name(session),
    }
    if venue_and_dates:
        phrases["venue_and_dates"] = venue_and_dates
    if chair:
        phrases["chair"] = chair
    content = profile.sentence(KEY, form, **phrases)
    # the chapter has given the session's years (a body may give them once per chapter)
    writer.years.update(d.year for period in session.info.periods() for d in period)
    numbers = sorted(m.number for m in session.meetings)
    if numbers:
        count = len(numbers)
        noun = "meeting" if count == 1 else "meetings"
        if numbers[0] == 1:
            held = profile.sentence(KEY, "meetings", number=in_text(count), noun=noun, body=body)
        else:  # a body that numbers its meetings on from session to session
            first, last = ordinal(numbers[0]), ordinal(numbers[-1])
            span = f"the {first}" if count == 1 else f"the {first} and {last}" if count == 2 else f"the {first} to the {last}"
            held = profile.sentence(KEY, "meetings_numbered", number=in_text(count), noun=noun, range=span, body=body)
        if profile.flag(KEY, "meetings_paragraph"):
            writer.paragraph(content, KEY)
            content = held
        else:
            content = [*content, Run(" "), *held]
    writer.paragraph(content, KEY)


def _venue_and_dates(session: Session, profile: Profile) -> str:
    """ "in Vienna from 22 to 26 May 2023"; "at the Palais des Nations, Geneva, on 5 September 1995":
    where the profile says so, a venue with its city after a comma is closed by a comma when the
    dates follow it (the default profile's output stays as it always was)."""
    venue, dates = venue_phrase(session.info.venue), _from_to(session)
    if profile.flag(KEY, "venue_city_comma") and venue and dates and "," in venue and not venue.endswith(","):
        venue += ","
    return " ".join(p for p in (venue, dates) if p)


def _chair(organization: Organization) -> list[Inline]:
    """ "Name (Austria)": who chaired the session, for "under the chairmanship of …"; none if not given."""
    chair = organization.chair
    if chair is None or not chair.name.strip():
        return []
    country = [Run(" ("), *listed_mention(chair.country), Run(")")] if chair.country.strip() else []
    return merge_runs([Run(chair.name.strip()), *country])


def _meeting_phrase(writer: ParagraphWriter, number: int | None, *, body_subject: bool = True) -> str:
    """ "At its 1st meeting, on 22 May 2023" for a form's {meeting} whose subject is the body ("At the
    1st meeting, …" when a speaker is: the Chair informed …), the year left out where the profile
    gives it once per chapter and the chapter has; "" for no meeting."""
    if number is None:
        return ""
    return at_meeting(writer.profile, writer.session, number, body_subject=body_subject, years=writer.years).removesuffix(", ")


def _officers(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    meeting = _meeting_phrase(writer, organization.officers_meeting)
    if meeting:
        writer.paragraph(writer.profile.sentence(KEY, "officers", meeting=meeting, body=body), KEY)
    else:
        writer.paragraph(writer.profile.sentence(KEY, "officers_no_meeting", body=body), KEY)
    officers = organization.officers
    offices = [office_title(officer.office) for officer in officers]
    for index, officer in enumerate(officers):
        country = [Run(" ("), *listed_mention(officer.country), Run(")")] if officer.country.strip() else []
        office = offices[index]
        # Officers of one office given one after another stand under one label: "Vice-Chairs:"
        # (however each was typed: "Vice-Chair", "vice-chair").
        label = ""
        if index == 0 or offices[index - 1].casefold() != office.casefold():
            several = index + 1 < len(officers) and offices[index + 1].casefold() == office.casefold()
            label = (office if not several or office.endswith("s") else office + "s") + ":"
        content = merge_runs([Run(officer.name.strip()), *country])
        writer.blocks.append(Subparagraph(label, tuple(content), KEY, ListKind.OFFICER))


_SMALL_WORDS = frozenset({"a", "an", "and", "cum", "for", "of", "on", "the", "to"})


def office_title(typed: str) -> str:
    """An office as the list of officers prints it: as typed, but one typed all in lower case
    takes its capitals ("vice-chair" is "Vice-Chair", "vice-chair-cum-rapporteur" is
    "Vice-Chair-cum-Rapporteur"), the small words kept small."""
    office = " ".join(typed.split())
    if office != office.lower():
        return office
    words = re.split(r"([ -])", office)
    return "".join(
        word if word in (" ", "-") or (index and word in _SMALL_WORDS) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _agenda(writer: ParagraphWriter, organization: Organization, body: str) -> None:
    phrases: dict[str, Phrase] = {"body": body}
    meeting = _meeting_phrase(writer, organization.agenda_meeting)
    if meeting:
        phrases["meeting"] = meeting
    if organization.agenda_symbol.strip():
        phrases["symbol"] = organization.agenda_symbol.strip()
    form = "agenda" + ("" if meeting else "_no_meeting") + ("" if "symbol" in phrases else "_no_symbol")
    writer.paragraph(writer.profile.sentence(KEY, form, **phrases), KEY)
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
    if attendance is not None:
        _attended(writer, organization, attendance, body)
    if organization.observers_admitted is not None:
        _observers_admitted(writer, organization, organization.observers_admitted, body)


def _members(profile: Profile, count: int) -> str:
    """ "nine States members", "one State member", "61 member States", as the body calls its members."""
    plural = profile.choice(KEY, "member_states")
    singular = "State member" if plural == "States members" else "member State"
    return f"{in_text(count)} {singular if count == 1 else plural}"


def _attended(writer: ParagraphWriter, organization: Organization, attendance: Attendance, body: str) -> None:
    profile = writer.profile
    members = len(attendance.members)
    if attendance.listed and attendance.members:
        states = joined_mentions([listed_mention(n) for n in sorted(attendance.members, key=short_name)])
        content = profile.sentence(KEY, "attendance_list", members=_members(profile, members), body=body, states=states)
    else:
        content = profile.sentence(KEY, "attendance", members=_members(profile, members), body=body)
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
        content += [Run(" "), *profile.sentence(KEY, "observers_attended", observers=join_list(others))]
    annex = organization.attendance_annex.strip()
    if annex:
        content += [Run(" "), *profile.sentence(KEY, "participants_annex", annex=annex)]
    writer.paragraph(content, KEY)


def _observers_admitted(writer: ParagraphWriter, organization: Organization, admitted: ObserversAdmitted, body: str) -> None:
    """ "At its 901st meeting, on 3 April 2024, the Chair informed the Subcommittee that requests had
    been received from Armenia and the Dominican Republic to attend the session as observers." """
    if not admitted.states:
        return
    office = organization.chair.office.strip() if organization.chair and organization.chair.office.strip() else ""
    chair = f"the {office or writer.profile.words(KEY, 'chair_office').strip()}"
    states = joined_mentions([running_mention(n) for n in admitted.states])
    meeting = _meeting_phrase(writer, admitted.meeting, body_subject=False)  # the Chair informed …
    if meeting:
        content = writer.profile.sentence(KEY, "observers_admitted", meeting=meeting, chair=chair, body=body, states=states)
    else:
        content = writer.profile.sentence(KEY, "observers_admitted_no_meeting", chair=chair, body=body, states=states)
    writer.paragraph(content, KEY)


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


def _plain(content: list[Inline]) -> str:
    """A heading's text: a heading is words, not runs (its phrases here carry no mentions)."""
    return "".join(run.text for run in content if isinstance(run, Run))


def _annexes(
    session: Session, profile: Profile, organization: Organization, body: str, documents: list[tuple[str, str, str]]
) -> list[Block]:
    annexes: list[tuple[str, list[Block]]] = []
    attendance = organization.attendance
    if attendance is not None and organization.attendance_annex.strip():
        blocks: list[Block] = [Heading(2, _plain(profile.sentence(KEY, "participants_annex_heading")), KEY)]
        for key, names in (
            ("participants_members", attendance.members),
            ("participants_observer_states", attendance.observer_states),
            ("participants_igos", attendance.igos),
            ("participants_ngos", attendance.ngos),
        ):
            if names:
                blocks.append(Heading(3, _plain(profile.sentence(KEY, key)), KEY))
                blocks += [
                    Subparagraph("", tuple(listed_mention(n)), KEY, ListKind.PARTICIPANT) for n in sorted(names, key=short_name)
                ]
        annexes.append((organization.attendance_annex.strip(), blocks))
    if documents and organization.documents_annex.strip():
        heading = _plain(profile.sentence(KEY, "documents_annex_heading", body=body, session=_session_name(session)))
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
