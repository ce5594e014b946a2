"""Who made statements on an item: the officials, the States members, the observers, the
non-governmental organizations, those who replied, or the lists of an interactive dialogue."""

from __future__ import annotations

from ..english import letter_label, meetings_phrase
from ..model import Item, Role, Statement, StatementKind
from ..quantifier import speaker_identity
from ..rendered import Inline, Run, Subparagraph, merge_runs
from .mentions import behalf_mention, joined_mentions, listed_mention, running_mention
from .paragraph_writer import ParagraphWriter
from .sentence_runs import capital_first as _upper_first
from .sentence_runs import full_stop as _finish


def _body_short(writer: ParagraphWriter) -> str:
    from .report import _body_short as body_short  # the report's one rule for the body's short name

    return body_short(writer.session)


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
                label += (body if body.lower().startswith("the ") else f"the {body}") if body else _body_short(writer)
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


def render_statements(writer: ParagraphWriter, item: Item) -> None:
    speeches = _each_once([s for s in item.statements if s.kind is StatementKind.STATEMENT])
    for official in (s for s in item.statements if s.role is Role.OFFICIAL):
        writer.paragraph(_official_sentence(writer, official), item.key)
    dialogue = item.dialogue if item.dialogue is not None else writer.session.info.dialogue
    if dialogue:
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
