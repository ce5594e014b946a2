"""Which logged entry a line of the log, a correction or a highlight is about: a statement, a
point or a presentation, by its id. Typed, so that a correction is never opened on a mistyped "kind:id" string."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class EntryKind(Enum):
    STATEMENT = "statement"
    POINT = "point"
    PRESENTATION = "presentation"


@dataclass(frozen=True)
class EntryRef:
    kind: EntryKind
    id: int

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"  # as a note-taker would read it in a test's failure


def statement_ref(statement_id: int) -> EntryRef:
    return EntryRef(EntryKind.STATEMENT, statement_id)


def point_ref(point_id: int) -> EntryRef:
    return EntryRef(EntryKind.POINT, point_id)


def presentation_ref(presentation_id: int) -> EntryRef:
    return EntryRef(EntryKind.PRESENTATION, presentation_id)
