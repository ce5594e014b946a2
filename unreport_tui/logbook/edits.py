"""The smallest reversible changes a logbook step is made of. Each one changes the database
(through the SessionStore) and the session in memory the same way, knows its inverse, and says
which parts of the session it changed so that a view can refresh only those.

Entries (statements, points and presentations) are never changed in place: an edit replaces them with a new
value, so that an edit kept for undo still holds the value it had."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..core.model import Document, EntryKind, Item, Meeting, Point, Presentation, Session, SessionInfo, Statement

if TYPE_CHECKING:
    from ..storage import SessionStore

Entry = Statement | Point | Presentation


@dataclass(frozen=True)
class Cursor:
    """Where the note-taker is: the current agenda item, meeting, and the statement being made."""

    item: str = ""
    meeting: int | None = None
    statement: int | None = None  # the id of the statement whose speaker points are attributed to


@dataclass
class SessionInMemory:
    """The session as the logbook holds it in memory, and where the note-taker is in it: what the
    edits change besides the database."""

    session: Session
    cursor: Cursor = field(default_factory=Cursor)

    def item(self, key: str) -> Item:
        found = self.session.item(key)
        if found is None:
            raise KeyError(key)
        return found


@dataclass(frozen=True)
class ChangedParts:
    """The parts of the session one edit changed: the draft renders those again."""

    items: frozenset[str] = frozenset()
    statements: frozenset[int] = frozenset()
    points: frozenset[int] = frozenset()
    presentations: frozenset[int] = frozenset()
    everything: bool = False  # the session data or the meetings: every item may read differently
    cursor: bool = False


class Edit(Protocol):
    def to_store(self, store: SessionStore) -> None: ...
    def to_memory(self, memory: SessionInMemory) -> None: ...
    def inverse(self) -> Edit: ...
    def touched(self) -> ChangedParts: ...


def entry_kind(entry: Entry) -> EntryKind:
    if isinstance(entry, Presentation):
        return EntryKind.PRESENTATION
    return EntryKind.STATEMENT if isinstance(entry, Statement) else EntryKind.POINT


def entries_of(item: Item, kind: EntryKind) -> list[Entry]:
    """The item's list of entries of that kind (itself, to change in place)."""
    lists: dict[EntryKind, list[Entry]] = {
        EntryKind.STATEMENT: item.statements,  # type: ignore[dict-item]
        EntryKind.POINT: item.points,  # type: ignore[dict-item]
        EntryKind.PRESENTATION: item.presentations,  # type: ignore[dict-item]
    }
    return lists[kind]


def _insert_entry(memory: SessionInMemory, item_key: str, index: int, entry: Entry) -> None:
    entries_of(memory.item(item_key), entry_kind(entry)).insert(index, entry)


def _changed_entry(kind: EntryKind, keys: set[str], entry_id: int | None) -> ChangedParts:
    ids = frozenset([entry_id]) if entry_id is not None else frozenset()
    if kind is EntryKind.STATEMENT:
        return ChangedParts(items=frozenset(keys), statements=ids)
    if kind is EntryKind.PRESENTATION:
        return ChangedParts(items=frozenset(keys), presentations=ids)
    return ChangedParts(items=frozenset(keys), points=ids)


@dataclass
class AddEntry:
    item_key: str
    index: int
    entry: Entry  # given an id by the store the first time; keeps it for redo

    def to_store(self, store: SessionStore) -> None:
        if isinstance(self.entry, Statement):
            new_id = store.add_statement(self.item_key, self.entry, self.index)
        elif isinstance(self.entry, Presentation):
            new_id = store.add_presentation(self.item_key, self.entry, self.index)
        else:
            new_id = store.add_point(self.item_key, self.entry, self.index)
        self.entry = dataclasses.replace(self.entry, id=new_id)

    def to_memory(self, memory: SessionInMemory) -> None:
        _insert_entry(memory, self.item_key, self.index, self.entry)

    def inverse(self) -> Edit:
        return DropEntry(self.item_key, self.index, self.entry)

    def touched(self) -> ChangedParts:
        return _changed_entry(entry_kind(self.entry), {self.item_key}, self.entry.id)


@dataclass
class DropEntry:
    item_key: str
    index: int
    entry: Entry

    def to_store(self, store: SessionStore) -> None:
        assert self.entry.id is not None
        if isinstance(self.entry, Presentation):
            store.remove_presentation(self.entry.id)
        else:
            (store.remove_statement if isinstance(self.entry, Statement) else store.remove_point)(self.entry.id)

    def to_memory(self, memory: SessionInMemory) -> None:
        del entries_of(memory.item(self.item_key), entry_kind(self.entry))[self.index]

    def inverse(self) -> Edit:
        return AddEntry(self.item_key, self.index, self.entry)

    def touched(self) -> ChangedParts:
        return _changed_entry(entry_kind(self.entry), {self.item_key}, self.entry.id)


@dataclass
class ReplaceEntry:
    """An entry replaced by another of the same kind (a statement by a statement)."""

    item_key: str
    index: int
    before: Entry
    after: Entry

    def to_store(self, store: SessionStore) -> None:
        assert self.before.id is not None
        if isinstance(self.after, Statement):
            store.update_statement(self.before.id, self.after)
        elif isinstance(self.after, Presentation):
            store.update_presentation(self.before.id, self.after)
        else:
            store.update_point(self.before.id, self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        entries_of(memory.item(self.item_key), entry_kind(self.after))[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceEntry(self.item_key, self.index, self.after, self.before)

    def touched(self) -> ChangedParts:
        return _changed_entry(entry_kind(self.before), {self.item_key}, self.before.id)


@dataclass
class MoveEntry:
    kind: EntryKind
    entry_id: int
    from_key: str
    from_index: int
    to_key: str
    to_index: int  # its index in the target list once it is there

    def to_store(self, store: SessionStore) -> None:
        moves = {
            EntryKind.STATEMENT: store.move_statement,
            EntryKind.POINT: store.move_point,
            EntryKind.PRESENTATION: store.move_presentation,
        }
        moves[self.kind](self.entry_id, self.to_key, self.to_index)

    def to_memory(self, memory: SessionInMemory) -> None:
        source, target = memory.item(self.from_key), memory.item(self.to_key)
        entries_of(target, self.kind).insert(self.to_index, entries_of(source, self.kind).pop(self.from_index))

    def inverse(self) -> Edit:
        return MoveEntry(self.kind, self.entry_id, self.to_key, self.to_index, self.from_key, self.from_index)

    def touched(self) -> ChangedParts:
        return _changed_entry(self.kind, {self.from_key, self.to_key}, self.entry_id)


@dataclass
class SetInfo:
    before: SessionInfo
    after: SessionInfo

    def to_store(self, store: SessionStore) -> None:
        store.update_info(self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.session.info = self.after

    def inverse(self) -> Edit:
        return SetInfo(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(everything=True)


@dataclass
class AddMeeting:
    index: int
    meeting: Meeting

    def to_store(self, store: SessionStore) -> None:
        store.add_meeting(self.meeting, self.index)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.session.meetings.insert(self.index, self.meeting)

    def inverse(self) -> Edit:
        return DropMeeting(self.index, self.meeting)

    def touched(self) -> ChangedParts:
        return ChangedParts(everything=True)


@dataclass
class DropMeeting:
    index: int
    meeting: Meeting

    def to_store(self, store: SessionStore) -> None:
        store.remove_meeting(self.meeting.number)

    def to_memory(self, memory: SessionInMemory) -> None:
        del memory.session.meetings[self.index]

    def inverse(self) -> Edit:
        return AddMeeting(self.index, self.meeting)

    def touched(self) -> ChangedParts:
        return ChangedParts(everything=True)


@dataclass
class ReplaceMeeting:
    index: int
    before: Meeting
    after: Meeting

    def to_store(self, store: SessionStore) -> None:
        store.update_meeting(self.before.number, self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.session.meetings[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceMeeting(self.index, self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(everything=True)


@dataclass
class OrderMeetings:
    before: list[int]
    after: list[int]

    def to_store(self, store: SessionStore) -> None:
        store.reorder_meetings(self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        by_number = {m.number: m for m in memory.session.meetings}
        memory.session.meetings[:] = [by_number[n] for n in self.after]

    def inverse(self) -> Edit:
        return OrderMeetings(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(everything=True)


@dataclass
class AddItem:
    index: int
    item: Item  # with its statements and points when brought back by undo (their ids kept)

    def to_store(self, store: SessionStore) -> None:
        store.add_item(self.item, self.index)

    def to_memory(self, memory: SessionInMemory) -> None:
        # A copy with lists of its own: the memory item's lists change, the one kept for undo must not.
        memory.session.items.insert(self.index, self.item.copy())

    def inverse(self) -> Edit:
        return DropItem(self.index, self.item)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.item.key]))


@dataclass
class DropItem:
    index: int
    item: Item

    def to_store(self, store: SessionStore) -> None:
        store.remove_item(self.item.key)

    def to_memory(self, memory: SessionInMemory) -> None:
        del memory.session.items[self.index]

    def inverse(self) -> Edit:
        return AddItem(self.index, self.item)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.item.key]))


# An item's own fields: all but its entries, taken from Item itself. Every one of them, so that writing
# the item again (a renamed title, the Chair's list) never drops its own summary style.
ENTRIES = ("statements", "points", "presentations")  # what is logged under an item, each entry apart
HEADER = tuple(f.name for f in dataclasses.fields(Item) if f.name not in ENTRIES)


@dataclass
class ReplaceItem:
    """An item's own fields and documents (not its statements and points)."""

    before: Item
    after: Item

    def to_store(self, store: SessionStore) -> None:
        store.update_item(self.before.key, self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        item = memory.item(self.before.key)
        for name in HEADER:
            value = getattr(self.after, name)
            setattr(item, name, list(value) if isinstance(value, list) else value)

    def inverse(self) -> Edit:
        return ReplaceItem(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.before.key, self.after.key]))


@dataclass
class OrderItems:
    before: list[str]
    after: list[str]

    def to_store(self, store: SessionStore) -> None:
        store.reorder_items(self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        by_key = {i.key: i for i in memory.session.items}
        memory.session.items[:] = [by_key[k] for k in self.after]

    def inverse(self) -> Edit:
        return OrderItems(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset(self.after))


@dataclass
class AddDocument:
    item_key: str
    index: int
    document: Document

    def to_store(self, store: SessionStore) -> None:
        store.add_document(self.item_key, self.document, self.index)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.item(self.item_key).documents.insert(self.index, self.document)

    def inverse(self) -> Edit:
        return DropDocument(self.item_key, self.index, self.document)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.item_key]))


@dataclass
class DropDocument:
    item_key: str
    index: int
    document: Document

    def to_store(self, store: SessionStore) -> None:
        store.remove_document(self.item_key, self.index)

    def to_memory(self, memory: SessionInMemory) -> None:
        del memory.item(self.item_key).documents[self.index]

    def inverse(self) -> Edit:
        return AddDocument(self.item_key, self.index, self.document)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.item_key]))


@dataclass
class ReplaceDocument:
    item_key: str
    index: int
    before: Document
    after: Document

    def to_store(self, store: SessionStore) -> None:
        store.update_document(self.item_key, self.index, self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.item(self.item_key).documents[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceDocument(self.item_key, self.index, self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.item_key]))


@dataclass
class OrderDocuments:
    item_key: str
    order: list[int]  # the current indexes in their new order

    def to_store(self, store: SessionStore) -> None:
        store.reorder_documents(self.item_key, self.order)

    def to_memory(self, memory: SessionInMemory) -> None:
        documents = memory.item(self.item_key).documents
        documents[:] = [documents[n] for n in self.order]

    def inverse(self) -> Edit:
        back = [0] * len(self.order)
        for new_index, old_index in enumerate(self.order):
            back[old_index] = new_index
        return OrderDocuments(self.item_key, back)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.item_key]))


@dataclass
class MoveCursor:
    before: Cursor
    after: Cursor

    def to_store(self, store: SessionStore) -> None:
        if (self.before.item, self.before.meeting) != (self.after.item, self.after.meeting):
            store.set_cursor(self.after.item, self.after.meeting)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.cursor = self.after

    def inverse(self) -> Edit:
        return MoveCursor(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(cursor=True)


@dataclass
class CursorToNewStatement:
    """The cursor moved to the statement its step adds, whose id the store gives only when the
    step is written: so a step that logs a speaker runs, is undone and redone like any other."""

    added: AddEntry
    before: Cursor

    @property
    def after(self) -> Cursor:
        return dataclasses.replace(self.before, statement=self.added.entry.id)

    def to_store(self, store: SessionStore) -> None:
        pass  # the store keeps the item and meeting, which this does not change

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.cursor = self.after

    def inverse(self) -> Edit:
        return MoveCursor(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(cursor=True)
