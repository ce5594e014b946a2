"""The smallest reversible changes a logbook step is made of. Each one changes the database
(through the SessionStore) and the session in memory the same way, knows its inverse, and says
what it touched so that a view can refresh only that.

Entries (statements and points) are never changed in place: an edit replaces them with a new
value, so that an edit kept for undo still holds the value it had."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..core.model import Document, Item, Meeting, Point, Session, SessionInfo, Statement

if TYPE_CHECKING:
    from ..storage import SessionStore

Entry = Statement | Point


@dataclass(frozen=True)
class Cursor:
    """Where the note-taker is: the current agenda item, meeting, and the statement being made."""

    item: str = ""
    meeting: int | None = None
    statement: int | None = None  # the id of the statement whose speaker points are attributed to


@dataclass
class Live:
    """What the edits change in memory."""

    session: Session
    cursor: Cursor = field(default_factory=Cursor)

    def item(self, key: str) -> Item:
        found = self.session.item(key)
        if found is None:
            raise KeyError(key)
        return found


@dataclass(frozen=True)
class Touched:
    items: frozenset[str] = frozenset()
    statements: frozenset[int] = frozenset()
    points: frozenset[int] = frozenset()
    everything: bool = False  # the session data or the meetings: every item may read differently
    cursor: bool = False


class Edit(Protocol):
    def to_store(self, store: SessionStore) -> None: ...
    def to_memory(self, live: Live) -> None: ...
    def inverse(self) -> Edit: ...
    def touched(self) -> Touched: ...


def _entries(live: Live, kind: str, item_key: str) -> list[Entry]:
    item = live.item(item_key)
    return item.statements if kind == "statement" else item.points  # type: ignore[return-value]


def _touched_entry(kind: str, keys: set[str], entry_id: int | None) -> Touched:
    ids = frozenset([entry_id]) if entry_id is not None else frozenset()
    if kind == "statement":
        return Touched(items=frozenset(keys), statements=ids)
    return Touched(items=frozenset(keys), points=ids)


@dataclass
class AddEntry:
    kind: str  # "statement" or "point"
    item_key: str
    index: int
    entry: Entry  # given an id by the store the first time; keeps it for redo

    def to_store(self, store: SessionStore) -> None:
        add = store.add_statement if self.kind == "statement" else store.add_point
        new_id = add(self.item_key, self.entry, self.index)  # type: ignore[arg-type]
        self.entry = dataclasses.replace(self.entry, id=new_id)

    def to_memory(self, live: Live) -> None:
        _entries(live, self.kind, self.item_key).insert(self.index, self.entry)

    def inverse(self) -> Edit:
        return DropEntry(self.kind, self.item_key, self.index, self.entry)

    def touched(self) -> Touched:
        return _touched_entry(self.kind, {self.item_key}, self.entry.id)


@dataclass
class DropEntry:
    kind: str
    item_key: str
    index: int
    entry: Entry

    def to_store(self, store: SessionStore) -> None:
        assert self.entry.id is not None
        (store.remove_statement if self.kind == "statement" else store.remove_point)(self.entry.id)

    def to_memory(self, live: Live) -> None:
        del _entries(live, self.kind, self.item_key)[self.index]

    def inverse(self) -> Edit:
        return AddEntry(self.kind, self.item_key, self.index, self.entry)

    def touched(self) -> Touched:
        return _touched_entry(self.kind, {self.item_key}, self.entry.id)


@dataclass
class ReplaceEntry:
    kind: str
    item_key: str
    index: int
    before: Entry
    after: Entry

    def to_store(self, store: SessionStore) -> None:
        assert self.before.id is not None
        if self.kind == "statement":
            store.update_statement(self.before.id, self.after)  # type: ignore[arg-type]
        else:
            store.update_point(self.before.id, self.after)  # type: ignore[arg-type]

    def to_memory(self, live: Live) -> None:
        _entries(live, self.kind, self.item_key)[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceEntry(self.kind, self.item_key, self.index, self.after, self.before)

    def touched(self) -> Touched:
        return _touched_entry(self.kind, {self.item_key}, self.before.id)


@dataclass
class MoveEntry:
    kind: str
    entry_id: int
    from_key: str
    from_index: int
    to_key: str
    to_index: int  # its index in the target list once it is there

    def to_store(self, store: SessionStore) -> None:
        move = store.move_statement if self.kind == "statement" else store.move_point
        move(self.entry_id, self.to_key, self.to_index)

    def to_memory(self, live: Live) -> None:
        entry = _entries(live, self.kind, self.from_key).pop(self.from_index)
        _entries(live, self.kind, self.to_key).insert(self.to_index, entry)

    def inverse(self) -> Edit:
        return MoveEntry(self.kind, self.entry_id, self.to_key, self.to_index, self.from_key, self.from_index)

    def touched(self) -> Touched:
        return _touched_entry(self.kind, {self.from_key, self.to_key}, self.entry_id)


@dataclass
class SetInfo:
    before: SessionInfo
    after: SessionInfo

    def to_store(self, store: SessionStore) -> None:
        store.update_info(self.after)

    def to_memory(self, live: Live) -> None:
        live.session.info = self.after

    def inverse(self) -> Edit:
        return SetInfo(self.after, self.before)

    def touched(self) -> Touched:
        return Touched(everything=True)


@dataclass
class AddMeeting:
    index: int
    meeting: Meeting

    def to_store(self, store: SessionStore) -> None:
        store.add_meeting(self.meeting, self.index)

    def to_memory(self, live: Live) -> None:
        live.session.meetings.insert(self.index, self.meeting)

    def inverse(self) -> Edit:
        return DropMeeting(self.index, self.meeting)

    def touched(self) -> Touched:
        return Touched(everything=True)


@dataclass
class DropMeeting:
    index: int
    meeting: Meeting

    def to_store(self, store: SessionStore) -> None:
        store.remove_meeting(self.meeting.number)

    def to_memory(self, live: Live) -> None:
        del live.session.meetings[self.index]

    def inverse(self) -> Edit:
        return AddMeeting(self.index, self.meeting)

    def touched(self) -> Touched:
        return Touched(everything=True)


@dataclass
class ReplaceMeeting:
    index: int
    before: Meeting
    after: Meeting

    def to_store(self, store: SessionStore) -> None:
        store.update_meeting(self.before.number, self.after)

    def to_memory(self, live: Live) -> None:
        live.session.meetings[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceMeeting(self.index, self.after, self.before)

    def touched(self) -> Touched:
        return Touched(everything=True)


@dataclass
class OrderMeetings:
    before: list[int]
    after: list[int]

    def to_store(self, store: SessionStore) -> None:
        store.reorder_meetings(self.after)

    def to_memory(self, live: Live) -> None:
        by_number = {m.number: m for m in live.session.meetings}
        live.session.meetings[:] = [by_number[n] for n in self.after]

    def inverse(self) -> Edit:
        return OrderMeetings(self.after, self.before)

    def touched(self) -> Touched:
        return Touched(everything=True)


@dataclass
class AddItem:
    index: int
    item: Item  # with its statements and points when brought back by undo (their ids kept)

    def to_store(self, store: SessionStore) -> None:
        store.add_item(self.item, self.index)

    def to_memory(self, live: Live) -> None:
        # A copy with lists of its own: the live item's lists change, the one kept for undo must not.
        live.session.items.insert(self.index, self.item.copy())

    def inverse(self) -> Edit:
        return DropItem(self.index, self.item)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.item.key]))


@dataclass
class DropItem:
    index: int
    item: Item

    def to_store(self, store: SessionStore) -> None:
        store.remove_item(self.item.key)

    def to_memory(self, live: Live) -> None:
        del live.session.items[self.index]

    def inverse(self) -> Edit:
        return AddItem(self.index, self.item)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.item.key]))


# An item's own fields: all but its statements and points. Every one of them, so that writing
# the item again (a renamed title, the Chair's list) never drops its own summary style.
HEADER = ("key", "number", "title", "chapter", "section", "meetings", "documents", "speakers_list",
          "speaker_noun", "quantifiers", "dialogue", "order", "narrate")


@dataclass
class ReplaceItem:
    """An item's own fields and documents (not its statements and points)."""

    before: Item
    after: Item

    def to_store(self, store: SessionStore) -> None:
        store.update_item(self.before.key, self.after)

    def to_memory(self, live: Live) -> None:
        item = live.item(self.before.key)
        for name in HEADER:
            value = getattr(self.after, name)
            setattr(item, name, list(value) if isinstance(value, list) else value)

    def inverse(self) -> Edit:
        return ReplaceItem(self.after, self.before)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.before.key, self.after.key]))


@dataclass
class OrderItems:
    before: list[str]
    after: list[str]

    def to_store(self, store: SessionStore) -> None:
        store.reorder_items(self.after)

    def to_memory(self, live: Live) -> None:
        by_key = {i.key: i for i in live.session.items}
        live.session.items[:] = [by_key[k] for k in self.after]

    def inverse(self) -> Edit:
        return OrderItems(self.after, self.before)

    def touched(self) -> Touched:
        return Touched(items=frozenset(self.after))


@dataclass
class AddDocument:
    item_key: str
    index: int
    document: Document

    def to_store(self, store: SessionStore) -> None:
        store.add_document(self.item_key, self.document, self.index)

    def to_memory(self, live: Live) -> None:
        live.item(self.item_key).documents.insert(self.index, self.document)

    def inverse(self) -> Edit:
        return DropDocument(self.item_key, self.index, self.document)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.item_key]))


@dataclass
class DropDocument:
    item_key: str
    index: int
    document: Document

    def to_store(self, store: SessionStore) -> None:
        store.remove_document(self.item_key, self.index)

    def to_memory(self, live: Live) -> None:
        del live.item(self.item_key).documents[self.index]

    def inverse(self) -> Edit:
        return AddDocument(self.item_key, self.index, self.document)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.item_key]))


@dataclass
class ReplaceDocument:
    item_key: str
    index: int
    before: Document
    after: Document

    def to_store(self, store: SessionStore) -> None:
        store.update_document(self.item_key, self.index, self.after)

    def to_memory(self, live: Live) -> None:
        live.item(self.item_key).documents[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceDocument(self.item_key, self.index, self.after, self.before)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.item_key]))


@dataclass
class OrderDocuments:
    item_key: str
    order: list[int]  # the current indexes in their new order

    def to_store(self, store: SessionStore) -> None:
        store.reorder_documents(self.item_key, self.order)

    def to_memory(self, live: Live) -> None:
        documents = live.item(self.item_key).documents
        documents[:] = [documents[n] for n in self.order]

    def inverse(self) -> Edit:
        back = [0] * len(self.order)
        for new_index, old_index in enumerate(self.order):
            back[old_index] = new_index
        return OrderDocuments(self.item_key, back)

    def touched(self) -> Touched:
        return Touched(items=frozenset([self.item_key]))


@dataclass
class MoveCursor:
    before: Cursor
    after: Cursor

    def to_store(self, store: SessionStore) -> None:
        if (self.before.item, self.before.meeting) != (self.after.item, self.after.meeting):
            store.set_cursor(self.after.item, self.after.meeting)

    def to_memory(self, live: Live) -> None:
        live.cursor = self.after

    def inverse(self) -> Edit:
        return MoveCursor(self.after, self.before)

    def touched(self) -> Touched:
        return Touched(cursor=True)
