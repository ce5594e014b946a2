"""Session -> ReportDocument: the UN style rules for a draft report section, rule by rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from ..english import letter_label, lower_first, nested_quotes, ordinal, upper_first
from ..inline import FootnoteCollector
from ..log_order import statements_under
from ..model import Counting, Item, Point, Role, Session, Statement, StatementKind, SummaryOrder
from ..profiles import Profile
from ..quantifier import identities, quantifier_for
from ..rendered import (
    Block,
    Footnote,
    Heading,
    Inline,
    ReportDocument,
    Run,
    Subparagraph,
    merge_runs,
    plain_text,
)
from ..summary_records import summary_records_phrase
from .action_taken import action_meetings, proposals_of, render_action
from .body_name import body_in_full
from .body_name import body_short as _body_short
from .chapter_order import OrganizationPart, report_parts, same_chapter
from .headings import chapter_heading_block, part_heading, section_heading_block
from .masthead import build_masthead
from .meeting_phrases import at_meeting, at_same_meeting, considered_meetings, days_phrase
from .mentions import behalf_mention, retexted, roles_phrase
from .named_point import group_spoken_for, speaker_role
from .organization_chapter import KEY as ORGANIZATION_KEY
from .organization_chapter import opened_by_sentence, opens_the_session, own_section, render_organization
from .paragraph_writer import ParagraphWriter
from .presentations import render_presentations
from .profile_in_use import profile_in_use
from .sentence_runs import capital_first as _upper_first
from .sentence_runs import full_stop as _finish
from .statements import render_statements as _render_statements
from .summary_style import summary_style

TO_BE_COMPLETED = "[To be completed]"


@dataclass(frozen=True)
class Numbering:
    """Where an agenda item starts: what it needs from the items before it."""

    paragraph: int  # the number of its first numbered paragraph
    footnotes: int  # footnotes before it
    chapter: str | None  # the chapter and section headings already open
    section: str | None
    years: frozenset[int] = frozenset()  # the years the chapter's dates have given (a body may give each once)
    part: str | None = None  # the part heading already printed
    sections: int = 0  # the sections opened in the chapter so far (the next one's letter)


@dataclass(frozen=True)
class ItemRendering:
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    after: Numbering  # where the next item starts


def first_numbering(session: Session) -> Numbering:
    return Numbering(session.info.first_paragraph, 0, None, None)


def render_item(session: Session, item: Item, start: Numbering, profile: Profile) -> ItemRendering:
    """One agenda item, with its chapter and section headings if they open here, in ``profile``
    (the session's, loaded once for the whole render). A function of the item, the session data
    and meetings, and ``start``: nothing else of the document."""
    if reported_by_the_organization_chapter(session, item):
        return ItemRendering((), (), start)
    writer = ParagraphWriter(session, FootnoteCollector(start.footnotes), start.paragraph, [], profile)
    chapter, section, part, sections = start.chapter, start.section, start.part, start.sections
    writer.years = set(start.years)
    if item.part.strip() and " ".join(item.part.split()) != part:
        part = " ".join(item.part.split())
        writer.blocks.append(part_heading(part, item.key))
    if item.chapter and not same_chapter(item.chapter, chapter):  # its items come together (report_parts)
        writer.blocks.append(chapter_heading_block(writer.profile, item.chapter, item.title, item.key, item.number))
        section = None
        sections = 0
        chapter = item.chapter
        writer.years = set()
    if item.section and item.section != section:
        writer.blocks.append(section_heading_block(writer.profile, item, sections))
        sections += 1
    section = item.section or section
    _render_item(writer, item)
    footnotes = tuple(Footnote(start.footnotes + n, note) for n, note in enumerate(writer.footnotes.notes, start=1))
    after = Numbering(
        writer.next_number, start.footnotes + len(footnotes), chapter, section, frozenset(writer.years), part, sections
    )
    return ItemRendering(tuple(writer.blocks), footnotes, after)


def reported_by_the_organization_chapter(session: Session, item: Item) -> bool:
    """An item with no chapter (other than the organization chapter) or section of its own and
    nothing logged under it (no statement, point or proposal), in a session with an organization
    chapter, whose documents that chapter names (in its documents annex, or as the agenda's
    symbol): the election of officers, the adoption of the agenda. That chapter reports it, as UN
    reports do; it gets no section of its own, which would be a "[To be completed]" with no heading
    above it."""
    organization = session.organization
    if organization is None or item.section or item.statements or item.points or item.presentations:
        return False
    if item.chapter.strip() and not same_chapter(item.chapter, organization.chapter):
        return False
    documents_named = bool(organization.documents_annex) or all(
        d.symbol and d.symbol == organization.agenda_symbol for d in item.documents
    )
    return documents_named and not proposals_of(session, item)


class ReportRenderer:
    """Renders the report again after a change, re-rendering only the items that changed and those
    whose start moved (a paragraph or footnote added before them). The app keeps one; the
    logbook's Change says which items to pass as ``changed``."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[Numbering, ItemRendering]] = {}
        self.rendered_items = 0  # how many items the last call rendered (the rest came from the cache)
        self._profile: Profile | None = None  # the profile the cache was rendered with

    def _same_profile(self, session: Session) -> Profile:
        """The profile this render is in, read once for all of it (finding it, and checking its
        files are unchanged, took a third of a millisecond, asked a dozen times per render).
        Another profile (chosen, or its file edited since: a new one is loaded) renders every
        item again."""
        profile = profile_in_use(session)
        if profile is not self._profile:
            self._cache.clear()
            self._profile = profile
        return profile

    def render(self, session: Session, changed: set[str] | None = None) -> ReportDocument:
        """``changed``: the keys of the items that changed; None when anything may have (the session
        data, the meetings), which renders everything again."""
        if changed is None:
            self._cache.clear()
        profile = self._same_profile(session)
        numbering = first_numbering(session)
        blocks: list[Block] = []
        footnotes: list[Footnote] = []
        annexes: list[Block] = []
        fresh: dict[str, tuple[Numbering, ItemRendering]] = {}
        self.rendered_items = 0
        for item in report_parts(session, _organizational, _organization_first(profile)):
            if isinstance(item, OrganizationPart):  # rendered each time: it lists every item
                chapter, annexes, numbering = _organization(session, profile, item, numbering)
                blocks.extend(chapter.blocks)
                footnotes.extend(chapter.footnotes)
                continue
            cached = self._cache.get(item.key)
            if cached is not None and cached[0] == numbering and item.key not in (changed or ()):
                rendering = cached[1]
            else:
                rendering = render_item(session, item, numbering, profile)
                self.rendered_items += 1
            fresh[item.key] = (numbering, rendering)
            blocks.extend(rendering.blocks)
            footnotes.extend(rendering.footnotes)
            numbering = rendering.after
        self._cache = fresh
        blocks += annexes  # the organization chapter's annexes at the very end
        return ReportDocument(build_masthead(session, profile), tuple(blocks), tuple(footnotes))

    def item(self, session: Session, key: str, changed: set[str] | frozenset[str] = frozenset()) -> ReportDocument:
        """One item as it stands in the whole document (its paragraph and footnote numbers),
        rendering the items before it only if they changed or are not cached."""
        profile = self._same_profile(session)
        numbering = first_numbering(session)
        self.rendered_items = 0
        for item in report_parts(session, _organizational, _organization_first(profile)):
            if isinstance(item, OrganizationPart):
                chapter, _, numbering = _organization(session, profile, item, numbering)
                if any(inside.key == key for inside in item.items):
                    return chapter.for_item(key)
                continue
            cached = None if item.key in changed else self._cache.get(item.key)
            if item.key == key:
                rendering = render_item(session, item, numbering, profile)
                self.rendered_items += 1
                self._cache[key] = (numbering, rendering)
                return ReportDocument(None, rendering.blocks, rendering.footnotes)
            if cached is None or cached[0] != numbering:
                cached = (numbering, render_item(session, item, numbering, profile))
                self.rendered_items += 1
                self._cache[item.key] = cached
            numbering = cached[1].after
        return ReportDocument(None, (), ())


def _organization_first(profile: Profile) -> bool:
    """Whether an organization chapter without a numeral opens the report (the profile's choice)."""
    return profile.choice("organization", "place") == "first"


def _organizational(item: Item) -> bool:
    return own_section(item) is not None


def _organization(
    session: Session, profile: Profile, part: OrganizationPart, start: Numbering
) -> tuple[ReportDocument, list[Block], Numbering]:
    """The organization chapter where it stands, with the items whose chapter it is inside it (those
    it reports itself left out); its annexes, which go at the end; where what follows starts."""
    writer = ParagraphWriter(session, FootnoteCollector(start.footnotes), start.paragraph, [], profile)
    inside = [i for i in part.items if not reported_by_the_organization_chapter(session, i)]
    opens = next((" ".join(i.part.split()) for i in part.items if i.part.strip()), None)
    if opens and opens != start.part:  # HRC: "Part two: Summary of proceedings" over the organization chapter
        writer.blocks.append(part_heading(opens, ORGANIZATION_KEY))
    rendered = lambda i: not reported_by_the_organization_chapter(session, i)  # noqa: E731
    annexes = render_organization(writer, _body_short(session), inside, _render_item, rendered)
    footnotes = tuple(Footnote(start.footnotes + n, note) for n, note in enumerate(writer.footnotes.notes, start=1))
    chapter = session.organization.chapter.strip() if session.organization else ""
    after = Numbering(writer.next_number, start.footnotes + len(footnotes), chapter or None, None, part=opens or start.part)
    return ReportDocument(None, tuple(writer.blocks), footnotes), annexes, after


def render_report(session: Session) -> ReportDocument:
    return ReportRenderer().render(session)


def _opening(writer: ParagraphWriter, item: Item) -> list[list[Inline]]:
    """The item's opening paragraph (how it was considered, what the body had before it), or two
    when the profile gives the documents a paragraph of their own; none may be empty."""
    session = writer.session
    profile = writer.profile
    body = _body_short(session)
    names = {
        "body": body,
        "body_running": session.info.body_running.strip() or body,
        # The body's name as the session gives it: "The Commission on Population and Development held a
        # general discussion of item 3 (a)" (E/CN.9/1998/…), without writing the name into the profile.
        "body_in_full": body_in_full(session),
    }
    numbers = sorted(set(item.all_meetings()) | action_meetings(session, item))
    title = writer.user(nested_quotes(item.title))
    if item.mandate.strip():  # "In accordance with General Assembly resolution 76/76, the Subcommittee considered …"
        mandate = writer.user(item.mandate.strip())
        content = profile.sentence("opening", "considered_mandate", mandate=mandate, item=item.number, title=title, **names)
    elif not profile.flag("opening", "considered_sentence"):
        content = []
    # With no meeting logged yet the item is still named with its title, or the reader is never
    # told what "agenda item 4" is (unless the body's reports open no item that way).
    elif not numbers:
        no_meeting = profile.flag("opening", "no_meeting_sentence")
        content = (
            profile.sentence("opening", "considered_no_meeting", item=item.number, title=title, **names) if no_meeting else []
        )
    else:
        meetings = [session.meeting(n) for n in numbers]
        days = [m.date for m in meetings if m and m.date]
        if days and len(days) == len(meetings):
            content = profile.sentence(
                "opening",
                "considered",
                meetings=considered_meetings(profile, numbers),
                dates=days_phrase(profile, days, writer.years),
                item=item.number,
                title=title,
                **names,
            )
        else:
            content = profile.sentence(
                "opening",
                "considered_undated",
                meetings=considered_meetings(profile, numbers),
                item=item.number,
                title=title,
                **names,
            )
    records = [r for r in item.summary_records if r.strip()]
    if records:
        content += [Run(" ")] if content else []
        content += profile.sentence("opening", "summary_records", body=body, records=summary_records_phrase(records))
    documents = _documents_lead(writer, item, body)
    if profile.flag("opening", "documents_apart"):
        return [p for p in (content, documents) if p]
    return [content + [Run(" ")] + documents if content and documents else content or documents]


def _documents_lead(writer: ParagraphWriter, item: Item, body: str) -> list[Inline]:
    """ "For its consideration of the item, the Conference had before it the …" (one document), or the
    lead of the lettered list; nothing when the item lists none."""
    if not item.documents:
        return []
    if len(item.documents) == 1:
        doc = item.documents[0]
        document = _document_title(writer, doc.title, doc.symbol, lower=True)
        return writer.profile.sentence("opening", "one_document", body=body, item=item.number, document=document)
    return writer.profile.sentence("opening", "documents", body=body, item=item.number)


def _allocation(writer: ParagraphWriter, item: Item) -> list[Inline]:
    """ "At its 2nd plenary meeting, on 16 September 2022, the General Assembly … decided to include in
    the agenda of its seventy-seventh session the item entitled “…” and to allocate it to the Third
    Committee." The item's allocation by the plenary, for a Main Committee's report."""
    allocation = item.allocation
    if allocation is None:
        return []
    body = _body_short(writer.session)
    return writer.profile.sentence(
        "opening",
        "allocation",
        meeting=f"{ordinal(allocation.meeting)} plenary meeting",
        # The plenary's date, in full: it does not give the year to the Committee's own dates that follow.
        date=days_phrase(writer.profile, [allocation.date]).removeprefix("on "),
        session=writer.user(allocation.session.strip()),
        title=writer.user(nested_quotes(item.title)),
        body=body,
        body_running=writer.session.info.body_running.strip() or body,
    )


def _document_title(writer: ParagraphWriter, title: str, symbol: str, lower: bool = False) -> list[Inline]:
    content = writer.user(lower_first(title) if lower else title)
    if symbol:
        content.append(Run(f" ({symbol})"))
    return content


def _render_item(writer: ParagraphWriter, item: Item) -> None:
    if opens_the_session(writer, item):  # "The session was opened by …", where the profile reports it
        writer.paragraph(opened_by_sentence(writer), item.key)
    allocation = _allocation(writer, item)
    if allocation:
        writer.paragraph(allocation, item.key)
    for opening in _opening(writer, item):
        if opening:
            writer.paragraph(opening, item.key)
    if len(item.documents) > 1:
        for index, doc in enumerate(item.documents):
            end = "." if index == len(item.documents) - 1 else ";"
            content = _document_title(writer, doc.title, doc.symbol) + [Run(end)]
            writer.blocks.append(Subparagraph(letter_label(index), tuple(merge_runs(content)), item.key))
    proposals = proposals_of(writer.session, item)
    if not item.statements and not item.points and not item.presentations and not proposals:
        writer.paragraph([Run(TO_BE_COMPLETED)], item.key, numbered=False)
        return
    style = summary_style(item, writer.session.info, writer.profile)
    logged = style.order == SummaryOrder.LOGGED
    narrate = style.narrate
    if logged or narrate:
        _render_events(writer, item, logged, narrate)
    else:
        _render_statements(writer, item)
        render_presentations(writer, item, _body_short(writer.session))
        _render_points(writer, item)
    render_action(writer, item, _body_short(writer.session))


@dataclass(frozen=True)
class _Event:
    """Something said at a meeting: an official's statement, the States' statements (at the first
    of them), the replies, or a point; ``part`` is the item cut down to it. ``logged``: where it
    stands in the order logged (see ``_events``)."""

    meeting: int | None
    time: dt.time | None
    part: Item
    statements: bool  # rendered as statements, else as a point (or the presentations)
    presentations: bool = False
    logged: tuple[tuple[int, dt.time], int, int] = ((-1, dt.time.min), 0, 0)


_NO_HOME = (2**31, dt.time.max)  # a point placed under no statement: after everything, as in the log


def _moment(meeting: int | None, time: dt.time | None) -> tuple[int, dt.time]:
    return (meeting if meeting is not None else -1, time or dt.time.min)


def _events(item: Item) -> list[_Event]:
    """The item's events, each with its place in the order logged: a statement's by its meeting and
    time (a list of speakers at the earliest of them: one logged late and moved up does not carry
    the list after the points made before it); a point with a time by its own; a point without
    one (from a session file) just after the statement the log shows it under, or after
    everything when it is under none (``log_order``: the log and the report agree)."""
    officials = [s for s in item.statements if s.role is Role.OFFICIAL]
    statements = [s for s in item.statements if s.role is not Role.OFFICIAL and s.kind is StatementKind.STATEMENT]
    replies = [s for s in item.statements if s.role is not Role.OFFICIAL and s.kind is StatementKind.REPLY]
    # The general exchange of views is told once: with the States' statements, else after the
    # officials', else with the replies.
    told = statements or officials[-1:] or replies

    def part(group: list[Statement]) -> Item:
        exchange = item.general_exchange and group[-1] is told[-1]
        return dataclasses.replace(item, statements=group, points=[], general_exchange=exchange)

    events: list[_Event] = []
    event_of: dict[int, int] = {}  # id() of a statement -> its event's place in ``events``

    def add(group: list[Statement]) -> None:
        earliest = min(_moment(s.meeting, s.time) for s in group)
        for s in group:
            event_of[id(s)] = len(events)
        events.append(_Event(group[0].meeting, group[0].time, part(group), True, logged=(earliest, len(events), 0)))

    for official in officials:
        add([official])
    for group in (statements, replies):
        if group:
            add(group)
    if item.presentations:  # one list, where the first was given
        first = item.presentations[0]
        at = (_moment(first.meeting, first.time), len(events), 0)
        events.append(_Event(first.meeting, first.time, dataclasses.replace(item, statements=[], points=[]), False, True, at))
    homes = statements_under(item)
    heading = ""
    for index, point in enumerate(item.points):
        # A heading repeated on the points under it is written once, as when they are rendered together.
        shown = point if point.heading.strip() != heading or point.join else dataclasses.replace(point, heading="")
        heading = point.heading.strip() if not point.join and point.heading.strip() else heading
        home = homes[index]
        if point.time is not None:
            logged = (_moment(point.meeting, point.time), len(events), 0)
        elif home is not None:
            under = events[event_of[id(item.statements[home])]].logged
            logged = (under[0], under[1], 1 + index)
        else:
            logged = (_NO_HOME, len(events), 0)
        events.append(_Event(point.meeting, point.time, dataclasses.replace(item, points=[shown]), False, logged=logged))
    return events


def _render_events(writer: ParagraphWriter, item: Item, logged: bool, narrate: bool) -> None:
    """Statements and points as events: in the order they were logged (``_events``), and, when
    narrated, each opening with its meeting: "At the 9th meeting, on 20 September 2007, …", then
    "At the same meeting, …"."""
    events = _events(item)
    if logged:
        events = sorted(events, key=lambda e: e.logged)
    current: int | None = None
    for event in events:
        meeting = event.meeting
        if meeting is None and logged and event.logged[2]:
            meeting = current  # a point from a file, placed under a statement: at that statement's meeting
        if narrate and meeting is not None:
            if meeting != current:
                writer.opening = at_meeting(writer.profile, writer.session, meeting, body_subject=False, years=writer.years)
                current = meeting
            else:
                writer.opening = at_same_meeting()
        if event.presentations:
            render_presentations(writer, event.part, _body_short(writer.session))
        elif event.statements:
            _render_statements(writer, event.part)
        else:
            _render_points(writer, event.part)
        writer.opening = ""


def _counting(writer: ParagraphWriter, item: Item) -> tuple[str, Counting]:
    """The item's way of naming and counting speakers, else the session's, else the profile's."""
    style = summary_style(item, writer.session.info, writer.profile)
    return style.speaker_noun, style.quantifiers


def _named_subject(item: Item, point: Point, profile: Profile, home: Callable[[], int | None]) -> list[Inline]:
    """ "The representative of Brazil", "The representatives of Brazil and India", "The observer for
    the European Union", "The Secretary-General of UNCTAD": each by their role (``speaker_role``:
    as the point gives it, else their statement on the item, else a State's or a known
    organization's). A name nothing resolves is refused when it comes in; should one get here
    all the same, it is an observer, as before such names were refused. One speaker who spoke on
    the item only for a group is named with it ("The representative of Ecuador, speaking on
    behalf of the Group of 77 and China,")."""
    speakers = [
        (name, speaker_role(item, point, name) or Role.NGO)
        for name in dict.fromkeys(n.strip() for n in point.speakers if n.strip())
    ]
    subject = roles_phrase(speakers, profile)
    group = group_spoken_for(item, speakers[0][0], home) if len(speakers) == 1 else ""
    if group:  # what one speaker said for a group is the group's: named with it, as in the list of speakers
        subject += [Run(", speaking on behalf of "), *behalf_mention(group, profile), Run(",")]
    return _upper_first(merge_runs(subject))


def _same_speakers(noun: str, speakers: frozenset[str]) -> str:
    """The subject of a point joined to one the same speakers made: it refers back to them ("The
    same speaker also …", "Those speakers also …"), never counts them again as if others."""
    return f"The same {noun}" if len(speakers) == 1 else f"Those {noun}s"


def _render_points(writer: ParagraphWriter, item: Item) -> None:
    members = identities(s.speaker for s in item.statements if s.kind is StatementKind.STATEMENT and s.role is Role.MEMBER)
    noun, counting = _counting(writer, item)
    heading = None
    homes: list[int | None] = []  # the statement each point is under in the log: worked out once, if asked

    def home(index: int) -> int | None:
        if item.points[index].time is None:  # from a file: the log's place for it says nothing of when
            return None
        if not homes:
            homes.extend(statements_under(item))
        return homes[index]

    for index, point in enumerate(item.points):
        joined = point.join  # the first point may join the opening paragraph
        if not joined and point.heading.strip() and point.heading.strip() != heading:
            heading = point.heading.strip()
            writer.blocks.append(Heading(3, heading, item.key))
        made_by = identities(point.speakers)
        named: list[Inline] = []
        if point.named and point.speakers:
            named = _named_subject(item, point, writer.profile, functools.partial(home, index))
            subject = plain_text(named)
        elif point.quantifier.strip():
            subject = point.quantifier.strip()
        elif joined and made_by and writer.joins_a_point_by(item.key) == made_by:
            subject = _same_speakers(noun, made_by)
        else:
            subject = quantifier_for(point.speakers, members, noun, counting)
        lead = point.lead.strip()
        if lead and subject:  # "In summarizing the report, the Director … highlighted"
            subject = f"{upper_first(lead)} {subject[:1].lower()}{subject[1:]}"
        if subject:
            # The note-taker may type "Stressed the need …": after the subject it reads "stressed".
            content = [*retexted(named, subject), Run(" "), *writer.user(lower_first(point.text.strip()))]
        else:
            content = _upper_first(writer.user(point.text.strip()))
        content = _finish(content)
        if joined:
            writer.join_last(content, item.key)
        else:
            writer.paragraph(content, item.key)
        writer.said_by(made_by, impersonal=not subject)
