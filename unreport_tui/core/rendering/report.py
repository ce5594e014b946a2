"""Session -> ReportDocument: the UN style rules for a draft report section, rule by rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from ..dates import dates_phrase, day_month_year, span_phrase
from ..english import finish_sentence, letter_label, lower_first, meetings_phrase, nested_quotes, upper_first
from ..inline import FootnoteCollector
from ..model import Counting, Item, Point, Role, Session, Statement, StatementKind, SummaryOrder
from ..names import short_name
from ..profiles import Profile, ProfileError, load_profile
from ..quantifier import identities, quantifier_for, speaker_identity
from ..rendered import (
    Block,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Masthead,
    ReportDocument,
    Run,
    Subparagraph,
    merge_runs,
    plain_text,
)
from ..venue import venue_name
from .action_taken import action_meetings, proposals_of, render_action
from .chapter_order import OrganizationPart, report_parts, same_chapter
from .chapters import chapter_heading
from .mentions import behalf_mention, joined_mentions, listed_mention, retexted, roles_phrase, running_mention, with_text
from .named_point import speaker_role
from .organization_chapter import own_section, render_organization
from .paragraph_writer import ParagraphWriter
from .summary_style import summary_style

TO_BE_COMPLETED = "[To be completed]"


def build_masthead(session: Session) -> Masthead:
    info = session.info
    venue_dates = venue_name(info.venue)  # "at the Hofburg, Vienna" is typed for the chapter's sentence
    if info.dates:
        span = span_phrase(*info.dates)
        venue_dates = f"{venue_dates}, {span}" if venue_dates else span
    rapporteur = info.rapporteur
    if info.rapporteur and info.rapporteur_country:
        rapporteur = f"{info.rapporteur} ({short_name(info.rapporteur_country)})"
    return Masthead(
        body=info.body,
        symbol=info.symbol,
        distribution=f"Distr.: {info.distribution}",
        issued=day_month_year(info.issued) if info.issued else "",
        original=f"Original: {info.original}" if info.original else "",
        session_title=info.title,
        venue_dates=venue_dates,
        title="Draft report",
        rapporteur=rapporteur,
        addendum=info.addendum,
        issued_on=info.issued,
    )


def _finish(content: list[Inline]) -> list[Inline]:
    """Full stop at the end of the last words, before any trailing footnote marks."""
    tail: list[Inline] = []
    body = list(content)
    while body and isinstance(body[-1], FootnoteRef):
        tail.insert(0, body.pop())
    if body and isinstance(body[-1], Run):
        last = body[-1]
        finished = finish_sentence(last.text)
        if last.mention and finished.startswith(last.text.rstrip()):  # "… and Chile": the stop is not the name's
            body[-1] = with_text(last, last.text.rstrip())
            body.append(Run(finished[len(last.text.rstrip()) :]))
        elif last.italic and finished != last.text.rstrip():
            body[-1] = Run(last.text.rstrip(), True)
            body.append(Run("."))  # the full stop after a title is not part of the title
        else:
            body[-1] = Run(finished, last.italic)
    return body + tail


def _upper_first(content: list[Inline]) -> list[Inline]:
    if content and isinstance(content[0], Run):
        return [with_text(content[0], upper_first(content[0].text)), *content[1:]]
    return content


@dataclass(frozen=True)
class Numbering:
    """Where an agenda item starts: what it needs from the items before it."""

    paragraph: int  # the number of its first numbered paragraph
    footnotes: int  # footnotes before it
    chapter: str | None  # the chapter and section headings already open
    section: str | None


@dataclass(frozen=True)
class ItemRendering:
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    after: Numbering  # where the next item starts


def first_numbering(session: Session) -> Numbering:
    return Numbering(session.info.first_paragraph, 0, None, None)


def render_item(session: Session, item: Item, start: Numbering) -> ItemRendering:
    """One agenda item, with its chapter and section headings if they open here. A function of
    the item, the session data and meetings, and ``start``: nothing else of the document."""
    if reported_by_the_organization_chapter(session, item):
        return ItemRendering((), (), start)
    writer = ParagraphWriter(session, FootnoteCollector(start.footnotes), start.paragraph, [], _profile(session))
    chapter, section = start.chapter, start.section
    if item.chapter and not same_chapter(item.chapter, chapter):  # its items come together (report_parts)
        writer.blocks.append(Heading(1, chapter_heading(item.chapter, item.title), item.key))
        section = None
        chapter = item.chapter
    if item.section and item.section != section:
        writer.blocks.append(Heading(2, item.section, item.key))
    section = item.section or section
    _render_item(writer, item)
    footnotes = tuple(Footnote(start.footnotes + n, note) for n, note in enumerate(writer.footnotes.notes, start=1))
    after = Numbering(writer.next_number, start.footnotes + len(footnotes), chapter, section)
    return ItemRendering(tuple(writer.blocks), footnotes, after)


def _profile(session: Session) -> Profile:
    """The session's profile; one that cannot be used (its file broken since it was chosen) gives
    the default: the draft goes on, the app says why (``profile_problem``), the exports refuse."""
    try:
        return load_profile(session.info.profile)
    except ProfileError:
        return load_profile()


def reported_by_the_organization_chapter(session: Session, item: Item) -> bool:
    """An item with no chapter (other than the organization chapter) or section of its own and
    nothing logged under it (no statement, point or proposal), in a session with an organization
    chapter, whose documents that chapter names (in its documents annex, or as the agenda's
    symbol): the election of officers, the adoption of the agenda. That chapter reports it, as UN
    reports do; it gets no section of its own, which would be a "[To be completed]" with no heading
    above it."""
    organization = session.organization
    if organization is None or item.section or item.statements or item.points:
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

    def _same_profile(self, session: Session) -> None:
        """Another profile (chosen, or its file edited since: a new one is loaded) renders every item again."""
        profile = _profile(session)
        if profile is not self._profile:
            self._cache.clear()
            self._profile = profile

    def render(self, session: Session, changed: set[str] | None = None) -> ReportDocument:
        """``changed``: the keys of the items that changed; None when anything may have (the session
        data, the meetings), which renders everything again."""
        if changed is None:
            self._cache.clear()
        self._same_profile(session)
        numbering = first_numbering(session)
        blocks: list[Block] = []
        footnotes: list[Footnote] = []
        annexes: list[Block] = []
        fresh: dict[str, tuple[Numbering, ItemRendering]] = {}
        self.rendered_items = 0
        for item in report_parts(session, _organizational):
            if isinstance(item, OrganizationPart):  # rendered each time: it lists every item
                chapter, annexes, numbering = _organization(session, item, numbering)
                blocks.extend(chapter.blocks)
                footnotes.extend(chapter.footnotes)
                continue
            cached = self._cache.get(item.key)
            if cached is not None and cached[0] == numbering and item.key not in (changed or ()):
                rendering = cached[1]
            else:
                rendering = render_item(session, item, numbering)
                self.rendered_items += 1
            fresh[item.key] = (numbering, rendering)
            blocks.extend(rendering.blocks)
            footnotes.extend(rendering.footnotes)
            numbering = rendering.after
        self._cache = fresh
        blocks += annexes  # the organization chapter's annexes at the very end
        return ReportDocument(build_masthead(session), tuple(blocks), tuple(footnotes))

    def item(self, session: Session, key: str, changed: set[str] | frozenset[str] = frozenset()) -> ReportDocument:
        """One item as it stands in the whole document (its paragraph and footnote numbers),
        rendering the items before it only if they changed or are not cached."""
        self._same_profile(session)
        numbering = first_numbering(session)
        self.rendered_items = 0
        for item in report_parts(session, _organizational):
            if isinstance(item, OrganizationPart):
                chapter, _, numbering = _organization(session, item, numbering)
                if any(inside.key == key for inside in item.items):
                    return chapter.for_item(key)
                continue
            cached = None if item.key in changed else self._cache.get(item.key)
            if item.key == key:
                rendering = render_item(session, item, numbering)
                self.rendered_items += 1
                self._cache[key] = (numbering, rendering)
                return ReportDocument(None, rendering.blocks, rendering.footnotes)
            if cached is None or cached[0] != numbering:
                cached = (numbering, render_item(session, item, numbering))
                self.rendered_items += 1
                self._cache[item.key] = cached
            numbering = cached[1].after
        return ReportDocument(None, (), ())


def _organizational(item: Item) -> bool:
    return own_section(item) is not None


def _organization(session: Session, part: OrganizationPart, start: Numbering) -> tuple[ReportDocument, list[Block], Numbering]:
    """The organization chapter where it stands, with the items whose chapter it is inside it (those
    it reports itself left out); its annexes, which go at the end; where what follows starts."""
    writer = ParagraphWriter(session, FootnoteCollector(start.footnotes), start.paragraph, [], _profile(session))
    inside = [i for i in part.items if not reported_by_the_organization_chapter(session, i)]
    annexes = render_organization(writer, _body_short(session), inside, _render_item)
    footnotes = tuple(Footnote(start.footnotes + n, note) for n, note in enumerate(writer.footnotes.notes, start=1))
    chapter = session.organization.chapter.strip() if session.organization else ""
    after = Numbering(writer.next_number, start.footnotes + len(footnotes), chapter or None, None)
    return ReportDocument(None, tuple(writer.blocks), footnotes), annexes, after


def render_report(session: Session) -> ReportDocument:
    return ReportRenderer().render(session)


def _body_short(session: Session) -> str:
    name = session.info.body_short or session.info.body or "meeting"
    return name if name.lower().startswith("the ") else f"the {name}"


def _opening(writer: ParagraphWriter, item: Item) -> list[Inline]:
    session = writer.session
    profile = writer.profile
    body = _body_short(session)
    numbers = sorted(set(item.all_meetings()) | action_meetings(session, item))
    title = writer.user(nested_quotes(item.title))
    # With no meeting logged yet the item is still named with its title, or the reader is never
    # told what "agenda item 4" is.
    if not numbers:
        content = profile.sentence("opening", "considered_no_meeting", body=body, item=item.number, title=title)
    else:
        meetings = [session.meeting(n) for n in numbers]
        days = [m.date for m in meetings if m and m.date]
        if days and len(days) == len(meetings):
            content = profile.sentence(
                "opening",
                "considered",
                meetings=meetings_phrase(numbers),
                dates=dates_phrase(days),
                body=body,
                item=item.number,
                title=title,
            )
        else:
            content = profile.sentence(
                "opening", "considered_undated", meetings=meetings_phrase(numbers), body=body, item=item.number, title=title
            )
    if not item.documents:
        return content
    content.append(Run(" "))
    if len(item.documents) == 1:
        doc = item.documents[0]
        content += profile.sentence(
            "opening",
            "one_document",
            body=body,
            item=item.number,
            document=_document_title(writer, doc.title, doc.symbol, lower=True),
        )
        return content
    content += profile.sentence("opening", "documents", body=body, item=item.number)
    return content


def _document_title(writer: ParagraphWriter, title: str, symbol: str, lower: bool = False) -> list[Inline]:
    content = writer.user(lower_first(title) if lower else title)
    if symbol:
        content.append(Run(f" ({symbol})"))
    return content


def _render_item(writer: ParagraphWriter, item: Item) -> None:
    opening = _opening(writer, item)
    if opening:
        writer.paragraph(opening, item.key)
    if len(item.documents) > 1:
        for index, doc in enumerate(item.documents):
            end = "." if index == len(item.documents) - 1 else ";"
            content = _document_title(writer, doc.title, doc.symbol) + [Run(end)]
            writer.blocks.append(Subparagraph(letter_label(index), tuple(merge_runs(content)), item.key))
    proposals = proposals_of(writer.session, item)
    if not item.statements and not item.points and not proposals:
        writer.paragraph([Run(TO_BE_COMPLETED)], item.key, numbered=False)
        return
    style = summary_style(item, writer.session.info, writer.profile)
    logged = style.order == SummaryOrder.LOGGED
    narrate = style.narrate
    if logged or narrate:
        _render_events(writer, item, logged, narrate)
    else:
        _render_statements(writer, item)
        _render_points(writer, item)
    render_action(writer, item, _body_short(writer.session))


@dataclass(frozen=True)
class _Event:
    """Something said at a meeting: an official's statement, the States' statements (at the first
    of them), the replies, or a point; ``part`` is the item cut down to it."""

    meeting: int | None
    time: dt.time | None
    part: Item
    statements: bool  # rendered as statements, else as a point


def _events(item: Item) -> list[_Event]:
    events = [
        _Event(s.meeting, s.time, dataclasses.replace(item, statements=[s], points=[]), True)
        for s in item.statements
        if s.role is Role.OFFICIAL
    ]
    for group in (
        [s for s in item.statements if s.role is not Role.OFFICIAL and s.kind is StatementKind.STATEMENT],
        [s for s in item.statements if s.role is not Role.OFFICIAL and s.kind is StatementKind.REPLY],
    ):
        if group:
            events.append(_Event(group[0].meeting, group[0].time, dataclasses.replace(item, statements=group, points=[]), True))
    heading = ""
    for point in item.points:
        # A heading repeated on the points under it is written once, as when they are rendered together.
        shown = point if point.heading.strip() != heading or point.join else dataclasses.replace(point, heading="")
        heading = point.heading.strip() if not point.join and point.heading.strip() else heading
        events.append(_Event(point.meeting, point.time, dataclasses.replace(item, points=[shown]), False))
    return events


def _render_events(writer: ParagraphWriter, item: Item, logged: bool, narrate: bool) -> None:
    """Statements and points as events: in the order they were logged (by meeting and time; what
    has no time keeps its place), and, when narrated, each opening with its meeting: "At the 9th
    meeting, on 20 September 2007, …", then "At the same meeting, …"."""
    events = _events(item)
    if logged:
        events = sorted(events, key=lambda e: (e.meeting if e.meeting is not None else -1, e.time or dt.time.min))
    current: int | None = None
    for event in events:
        if narrate and event.meeting is not None:
            if event.meeting != current:
                held = writer.session.meeting(event.meeting)
                when = f", on {day_month_year(held.date)}" if held and held.date else ""
                writer.opening = f"At the {meetings_phrase([event.meeting])}{when}, "
                current = event.meeting
            else:
                writer.opening = "At the same meeting, "
        if event.statements:
            _render_statements(writer, event.part)
        else:
            _render_points(writer, event.part)
        writer.opening = ""


def _behalf_mention(statement: Statement) -> list[Inline]:
    """ " (on behalf of …)", the group's name marked as a mention; or nothing."""
    group = statement.on_behalf_of.strip()
    return [Run(" (on behalf of "), *behalf_mention(group), Run(")")] if group else []


def _listed(statements: list[Statement]) -> list[Inline]:
    """ "Chile (on behalf of …), Croatia and the Niger": names as the UN prints them, in speaking
    order, each marked as a mention."""
    names = []
    for index, s in enumerate(statements):
        name = [*running_mention(s.speaker), *_behalf_mention(s)]
        if s.capacity.strip():  # "the Sudan, as the concerned country, Chile and Japan"
            # closed by the comma of the list, or by one of its own before the list's "and"
            name.append(Run(f", {s.capacity.strip()}" + ("," if index == len(statements) - 2 else "")))
        names.append(name)
    return joined_mentions(names)


_OBSERVER_SENTENCES = (
    (Role.SIGNATORY, "the signatory State ", "the signatory States "),
    (Role.OBSERVER_STATE, "", ""),
    (Role.IGO, "", ""),
)


def _observer_sentence(group: list[Statement], lead: str, also: bool) -> list[Inline]:
    many = len(group) > 1
    subject = "The observers for " if many else "The observer for "
    verb = " made statements." if many else " made a statement."
    if also:
        verb = " also" + verb
    return [Run(subject + lead), *_listed(group), Run(verb)]


_DIALOGUE = (
    ((Role.MEMBER,), "Representatives of States members of "),
    ((Role.SIGNATORY, Role.OBSERVER_STATE), "Representatives of observer States"),
    ((Role.IGO,), "Observers for intergovernmental organizations"),
    ((Role.NGO,), "Observers for non-governmental organizations"),
)


def _render_dialogue(writer: ParagraphWriter, item: Item, speeches: list[Statement]) -> None:
    """ "During the ensuing interactive dialogue, at the same meeting, the following made statements
    and asked questions:" then one lettered list a category, in speaking order, the names as the
    UN lists them after a colon; empty categories are left out and the letters follow what remains."""
    groups = []
    for roles, label in _DIALOGUE:
        group = [s for s in speeches if s.role in roles]
        if group:
            if roles == (Role.MEMBER,):  # "… members of the Human Rights Council": the body's full name
                body = writer.session.info.body.strip()
                label += (body if body.lower().startswith("the ") else f"the {body}") if body else _body_short(writer.session)
            groups.append((label, group))
    if not groups:
        return
    meetings = sorted({s.meeting for s in speeches if s.meeting is not None})
    when = "at the same meeting" if len(meetings) <= 1 else f"at the {meetings_phrase(meetings)}"
    writer.paragraph(
        [Run(f"During the ensuing interactive dialogue, {when}, the following made statements and asked questions:")], item.key
    )
    for index, (label, group) in enumerate(groups):
        names = [[*listed_mention(s.speaker), *_behalf_mention(s)] for s in _distinct(group)]
        end = "." if index == len(groups) - 1 else ";"
        content = [Run(f"{label}: "), *joined_mentions(names, last=", "), Run(end)]
        writer.blocks.append(Subparagraph(letter_label(index), tuple(merge_runs(content)), item.key))


def _render_statements(writer: ParagraphWriter, item: Item) -> None:
    speeches = _each_once([s for s in item.statements if s.kind is StatementKind.STATEMENT])
    for official in (s for s in item.statements if s.role is Role.OFFICIAL):
        writer.paragraph(_official_sentence(writer, official), item.key)
    if summary_style(item, writer.session.info, writer.profile).dialogue:
        _render_dialogue(writer, item, speeches)
        _render_replies(writer, item)
        return
    states: list[Inline] = []
    members = [s for s in speeches if s.role is Role.MEMBER]
    if members:
        states += writer.profile.sentence("statements", "member" if len(members) == 1 else "members", speakers=_listed(members))
    for role, one, many in _OBSERVER_SENTENCES:
        group = [s for s in speeches if s.role is role]
        if group:
            if states:
                states.append(Run(" "))
            states += _observer_sentence(group, many if len(group) > 1 else one, also=bool(states))
    if states:
        writer.paragraph(states, item.key)
    ngos = [s for s in speeches if s.role is Role.NGO]
    if ngos:
        writer.paragraph(_observer_sentence(ngos, "", also=bool(states)), item.key)
    _render_replies(writer, item)


def _official_sentence(writer: ParagraphWriter, statement: Statement) -> list[Inline]:
    name = statement.speaker.strip()
    if not name.lower().startswith("the "):
        name = "the " + name
    # A title with an apposition ("Special Rapporteur on trafficking in persons, especially
    # women and children") closes it with a comma before the verb.
    closer = "," if "," in name and not name.endswith(",") else ""
    content: list[Inline] = [*_upper_first(writer.user(name + closer)), *_behalf_mention(statement)]
    action = statement.text.strip() or "made a statement"
    content += [Run(" "), *writer.user(action)]
    return _finish(content)


def _render_replies(writer: ParagraphWriter, item: Item) -> None:
    replies = [s for s in item.statements if s.kind is StatementKind.REPLY and s.role is not Role.OFFICIAL]
    if not replies:
        return
    sentences: list[Inline] = []
    representatives = _distinct([s for s in replies if s.role is Role.MEMBER])
    observers = _distinct([s for s in replies if s.role is not Role.MEMBER])
    for group, one, many in (
        (representatives, "The representative of ", "The representatives of "),
        (observers, "The observer for ", "The observers for "),
    ):
        if not group:
            continue
        if sentences:
            sentences.append(Run(" "))
        several = len(group) > 1
        statements_made = "statements" if several or _replied_twice(replies, group[0]) else "a statement"
        sentences += [
            Run(many if several else one),
            *_listed(group),
            Run(f" made {statements_made} in exercise of the right of reply."),
        ]
    writer.paragraph(sentences, item.key)


def _each_once(statements: list[Statement]) -> list[Statement]:
    """A delegation that took the floor twice is named once in the list of who made statements
    (in the place of its first statement); speaking on behalf of a group, or in a capacity, is
    another entry of the list ("Chile (on behalf of …)" and "Chile")."""
    seen: set[tuple[Role, str, str, str]] = set()
    kept = []
    for s in statements:
        key = (
            s.role,
            speaker_identity(s.speaker),
            speaker_identity(s.on_behalf_of) if s.on_behalf_of.strip() else "",
            " ".join(s.capacity.lower().split()),
        )
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept


def _distinct(statements: list[Statement]) -> list[Statement]:
    seen: set[str] = set()
    kept = []
    for s in statements:
        key = speaker_identity(s.speaker)
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept


def _replied_twice(replies: list[Statement], statement: Statement) -> bool:
    me = speaker_identity(statement.speaker)
    return sum(1 for s in replies if speaker_identity(s.speaker) == me) > 1


def _counting(writer: ParagraphWriter, item: Item) -> tuple[str, Counting]:
    """The item's way of naming and counting speakers, else the session's, else the profile's."""
    style = summary_style(item, writer.session.info, writer.profile)
    return style.speaker_noun, style.quantifiers


def _named_subject(item: Item, point: Point) -> list[Inline]:
    """ "The representative of Brazil", "The representatives of Brazil and India", "The observer for
    the European Union", "The Secretary-General of UNCTAD": each by their role (``speaker_role``:
    as the point gives it, else their statement on the item, else a State's or a known
    organization's). A name nothing resolves is refused when it comes in; should one get here
    all the same, it is an observer, as before such names were refused."""
    speakers = [
        (name, speaker_role(item, point, name) or Role.NGO)
        for name in dict.fromkeys(n.strip() for n in point.speakers if n.strip())
    ]
    return _upper_first(merge_runs(roles_phrase(speakers)))


def _same_speakers(noun: str, speakers: frozenset[str]) -> str:
    """The subject of a point joined to one the same speakers made: it refers back to them ("The
    same speaker also …", "Those speakers also …"), never counts them again as if others."""
    return f"The same {noun}" if len(speakers) == 1 else f"Those {noun}s"


def _render_points(writer: ParagraphWriter, item: Item) -> None:
    members = identities(s.speaker for s in item.statements if s.kind is StatementKind.STATEMENT and s.role is Role.MEMBER)
    noun, counting = _counting(writer, item)
    heading = None
    for point in item.points:
        joined = point.join  # the first point may join the opening paragraph
        if not joined and point.heading.strip() and point.heading.strip() != heading:
            heading = point.heading.strip()
            writer.blocks.append(Heading(3, heading, item.key))
        made_by = identities(point.speakers)
        named: list[Inline] = []
        if point.named and point.speakers:
            named = _named_subject(item, point)
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
