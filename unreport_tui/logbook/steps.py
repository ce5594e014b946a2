"""What every step builder shares: a step (its description and its edits), the one error a step
can raise, and the ways a builder finds what it changes in the session in memory.

A step builder reads the session and the cursor and returns a Step; it changes nothing. Only the
logbook's history runs a step (to the database, then to memory) and keeps it for undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..core.model import Item, Point, Statement
from .edits import HEADER, Cursor, Edit, MoveCursor, SessionInMemory

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class LogbookError(ValueError):
    """A step that cannot be taken (no such entry, no current speaker …); one line for the user.
    Nothing was changed."""


@dataclass
class Step:
    """One thing the note-taker did, as the edits that do it: undone and redone whole."""

    description: str  # "logged Chile"
    edits: list[Edit]


_Record = TypeVar("_Record", bound="DataclassInstance")


def replaced(record: _Record, changes: Mapping[str, object]) -> _Record:
    """``record`` (a dataclass of the model) with the fields named in ``changes`` replaced: a
    LogbookError, not a TypeError, for a field it does not have. The screens pass their form's
    fields by name; each value is the field's own type, which the record's readers check."""
    known = {f.name for f in dataclasses.fields(record)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise LogbookError(f"{type(record).__name__.lower()} has no field {unknown[0]!r}")
    return dataclasses.replace(record, **changes)


def item_at(memory: SessionInMemory, key: str | None = None) -> Item:
    """The item with ``key``; the current one by default."""
    key = memory.cursor.item if key is None else key
    item = memory.session.item(key)
    if item is None:
        raise LogbookError(f"there is no agenda item {key!r}" if key else "there is no agenda item yet: add one first")
    return item


def require_meetings(memory: SessionInMemory, *numbers: int | None) -> None:
    """LogbookError for the first meeting given (None: no meeting) that the session does not declare."""
    for number in numbers:
        if number is not None and not memory.session.meeting(number):
            raise LogbookError(f"meeting {number} is not declared; add it to the session's meetings first")


def find_statement(memory: SessionInMemory, statement_id: int | None) -> tuple[str, int, Statement] | None:
    """The item key and place of the statement with that id, and the statement."""
    for item in memory.session.items:
        for index, statement in enumerate(item.statements):
            if statement.id == statement_id:
                return item.key, index, statement
    return None


def find_point(memory: SessionInMemory, point_id: int | None) -> tuple[str, int, Point] | None:
    for item in memory.session.items:
        for index, point in enumerate(item.points):
            if point.id == point_id:
                return item.key, index, point
    return None


def statement_at(memory: SessionInMemory, statement_id: int) -> tuple[str, int, Statement]:
    found = find_statement(memory, statement_id)
    if found is None:
        raise LogbookError(f"there is no statement with id {statement_id}; it may have been deleted")
    return found


def point_at(memory: SessionInMemory, point_id: int) -> tuple[str, int, Point]:
    found = find_point(memory, point_id)
    if found is None:
        raise LogbookError(f"there is no point with id {point_id}; it may have been deleted")
    return found


def cursor_to(memory: SessionInMemory, after: Cursor) -> list[Edit]:
    """The edit that moves the cursor there, if it is not there already."""
    return [MoveCursor(memory.cursor, after)] if after != memory.cursor else []


def header(item: Item, **changes: object) -> Item:
    """The item's own fields and documents, without its entries (what ReplaceItem changes)."""
    fields = {name: getattr(item, name) for name in HEADER}
    fields.update(changes)
    fields["meetings"] = list(fields["meetings"])
    fields["documents"] = list(fields["documents"])
    return Item(**fields)


def short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"
