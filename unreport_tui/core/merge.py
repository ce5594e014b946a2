"""Several note-takers' sessions as one: the session data, meetings and items matched by their
keys and numbers; each item's statements and points ordered by the meeting and time they were
logged at; a speaker logged twice in one item and meeting less than two minutes apart reported as
a likely duplicate: both kept, each marked with a note that names the other (shown in the app's
log beside the statement, never in the report), never a silent drop. Two different values
for the same thing (two titles, two dates for one meeting) stop the merge and name both."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .model import Item, Meeting, Point, Presentation, Proposal, Session, SessionInfo, Statement
from .quantifier import speaker_identity

DUPLICATE_WITHIN = dt.timedelta(minutes=2)


class MergeConflict(ValueError):
    """The inputs disagree; the message names what, and both values with where they came from."""


@dataclass(frozen=True)
class Merged:
    session: Session
    duplicates: list[str]  # one line each: who, where, when, from which inputs


def _pick(what: str, values: Sequence[tuple[str, Any]], empty: Any) -> Any:
    """The one value the inputs give (empty ones do not count); MergeConflict if two differ."""
    given = [(source, value) for source, value in values if value != empty]
    for source, value in given[1:]:
        first = given[0][1]
        if value != first:
            if dataclasses.is_dataclass(first) and type(first) is type(value):  # a proposal: say which part differs
                part = next(f.name for f in dataclasses.fields(first) if getattr(first, f.name) != getattr(value, f.name))
                what, first, value = f"{what}: its {part}", getattr(first, part), getattr(value, part)
            raise MergeConflict(
                f"{what} is {_shown(first)} in {given[0][0]} but {_shown(value)} in {source}; "
                "make them agree in one of the files, then merge again"
            )
    return given[0][1] if given else empty


def _shown(value: Any) -> str:
    shown = value.isoformat() if isinstance(value, dt.date) else repr(str(value) if isinstance(value, StrEnum) else value)
    return shown if len(shown) <= 80 else shown[:79] + "…"


def merge_sessions(inputs: Sequence[tuple[str, Session]]) -> Merged:
    """``inputs``: (name, session) for each note-taker, in the order given."""
    defaults = SessionInfo()
    info = SessionInfo(
        **{
            field.name: _pick(
                f"session.{field.name}", [(n, getattr(s.info, field.name)) for n, s in inputs], getattr(defaults, field.name)
            )
            for field in dataclasses.fields(SessionInfo)
        }
    )
    duplicates: list[str] = []
    session = Session(
        info,
        _meetings(inputs),
        _items(inputs, duplicates),
        _proposals(inputs),
        _pick("the organization chapter", [(n, s.organization) for n, s in inputs], None),
    )
    return Merged(session, duplicates)


def _meetings(inputs: Sequence[tuple[str, Session]]) -> list[Meeting]:
    numbers = sorted({m.number for _, s in inputs for m in s.meetings})
    return [
        Meeting(
            n,
            _pick(f"the date of meeting {n}", [(name, m.date) for name, s in inputs for m in s.meetings if m.number == n], None),
        )
        for n in numbers
    ]


def _items(inputs: Sequence[tuple[str, Session]], duplicates: list[str]) -> list[Item]:
    keys: list[str] = []
    for _, session in inputs:
        keys += [i.key for i in session.items if i.key not in keys]
    return [_item(key, [(name, item) for name, s in inputs for item in s.items if item.key == key], duplicates) for key in keys]


def _item(key: str, versions: list[tuple[str, Item]], duplicates: list[str]) -> Item:
    def one(field: str) -> Any:
        return _pick(f"item {key}: its {field}", [(n, getattr(i, field)) for n, i in versions], "")

    def setting(field: str) -> Any:  # None: as the session says
        return _pick(f"item {key}: its {field}", [(n, getattr(i, field)) for n, i in versions], None)

    documents = []
    for _, item in versions:
        documents += [d for d in item.documents if d not in documents]
    statements = [(n, index, dataclasses.replace(s, id=None)) for n, item in versions for index, s in enumerate(item.statements)]
    points = [(n, index, p) for n, item in versions for index, p in enumerate(item.points)]
    number = one("number") or key
    marked = _mark_duplicates(number, [(n, s) for n, _, s in statements], duplicates)
    statements = [(n, index, marked.get(id(s), s)) for n, index, s in statements]
    return Item(
        key,
        one("number"),
        one("title"),
        one("chapter"),
        one("section"),
        sorted({m for _, item in versions for m in item.meetings}),
        documents,
        [s for _, _, s in sorted(statements, key=_when)],
        [dataclasses.replace(p, id=None) for _, _, p in sorted(points, key=_when)],
        next((item.speakers_list for _, item in versions if item.speakers_list), []),
        setting("speaker_noun"),
        setting("quantifiers"),
        _pick(f"item {key}: its dialogue setting", [(n, i.dialogue) for n, i in versions], None),
        setting("order"),
        _pick(f"item {key}: its narrate setting", [(n, i.narrate) for n, i in versions], None),
        mandate=one("mandate"),
        allocation=_pick(f"item {key}: its allocation", [(n, i.allocation) for n, i in versions], None),
        summary_records=_pick(f"item {key}: its summary records", [(n, i.summary_records) for n, i in versions], []),
        presentations=_presentations(versions),
        debate=setting("debate"),
        statements_form=one("statements_form"),
        general_exchange=_pick(f"item {key}: its general exchange", [(n, i.general_exchange) for n, i in versions], False),
        part=one("part"),
    )


def _presentations(versions: list[tuple[str, Item]]) -> list[Presentation]:
    """Each note-taker's presentations, by meeting and time; one logged by two of them (the same
    title, by the same speaker, at the same meeting) once."""
    merged: list[Presentation] = []
    seen: set[tuple[str, str, int | None]] = set()
    given = [(n, index, dataclasses.replace(p, id=None)) for n, item in versions for index, p in enumerate(item.presentations)]
    for _, _, presentation in sorted(given, key=_when):
        same = (" ".join(presentation.title.lower().split()), speaker_identity(presentation.speaker), presentation.meeting)
        if same not in seen:
            seen.add(same)
            merged.append(presentation)
    return merged


def _when(entry: tuple[str, int, Statement | Point | Presentation]) -> tuple[bool, int, bool, dt.time]:
    """By meeting, then time logged; what has neither keeps its place after what has them
    (sorting is stable: the inputs' order, then each input's own order)."""
    _, _, logged = entry
    return (logged.meeting is None, logged.meeting or 0, logged.time is None, logged.time or dt.time.min)


def _proposals(inputs: Sequence[tuple[str, Session]]) -> list[Proposal]:
    keys: list[str] = []
    for _, session in inputs:
        keys += [p.key for p in session.proposals if p.key not in keys]
    return [_pick(f"proposal {key}", [(n, p) for n, s in inputs for p in s.proposals if p.key == key], None) for key in keys]


def _mark_duplicates(item: str, logged: list[tuple[str, Statement]], found: list[str]) -> dict[int, Statement]:
    """Statements of one speaker in one item and meeting, logged by two note-takers less than two
    minutes apart: most likely one statement noted twice. Each is marked with a note naming the
    other (keyed by ``id()`` of the statement given), and ``found`` gets one line for the pair."""
    marked: dict[int, Statement] = {}

    def mark(statement: Statement, other: Statement, source: str) -> None:
        note = f"likely the same statement as the one at {other.time:%H:%M:%S} in {source}"
        current = marked.get(id(statement), statement)
        notes = "; ".join(n for n in (current.note, note) if n)
        marked[id(statement)] = dataclasses.replace(current, note=notes)

    for n, (name_a, a) in enumerate(logged):
        for name_b, b in logged[n + 1 :]:
            if (
                name_a != name_b
                and a.meeting == b.meeting
                and a.time
                and b.time
                and speaker_identity(a.speaker) == speaker_identity(b.speaker)
                and abs(_seconds(a.time) - _seconds(b.time)) < DUPLICATE_WITHIN.total_seconds()
            ):
                at = f" at meeting {a.meeting}" if a.meeting is not None else ""
                found.append(
                    f"likely the same statement twice: {a.speaker} in item {item}{at}, "
                    f"{a.time:%H:%M:%S} in {name_a} and {b.time:%H:%M:%S} in {name_b} (both kept, "
                    "each marked with a note in the log)"
                )
                mark(a, b, name_b)
                mark(b, a, name_a)
    return marked


def _seconds(time: dt.time) -> float:
    return time.hour * 3600 + time.minute * 60 + time.second
