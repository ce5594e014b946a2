"""The session kept in a TinyDB database: one document per statement and per point, one per
agenda item (with its documents), and one for the session data (with its meetings).

Every change is one journal record, including those that touch several documents (a move, a
reorder, an item removed with its entries), so that a crash keeps all of it or none. Entries keep
their order by a ``position`` number; inserting between two entries takes the number halfway,
and an item's entries are numbered afresh when two numbers get too close to split.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from tinydb.table import Document as StoredDocument

from ..core.model import Document, Item, Meeting, Organization, Point, Presentation, Proposal, Session, SessionInfo, Statement
from .errors import NoSuchEntry, StorageError
from .journal import JournalStorage
from .journalled_table import JournalledTinyDB
from .lock import writer_alive
from .records import (
    document_record,
    info_record,
    item_record,
    organization_record,
    point_record,
    presentation_record,
    proposal_record,
    session_from_tables,
    statement_record,
)
from .save_state import SaveTicket

INFO, ITEMS, STATEMENTS, POINTS, CURSOR = "session", "items", "statements", "points", "cursor"
PROPOSALS, ORGANIZATION, PRESENTATIONS = "proposals", "organization", "presentations"
ENTRY_TABLES = (STATEMENTS, POINTS, PRESENTATIONS)  # what is logged under an item, each in its order


class TinyDBSessionStore:
    def __init__(self, path: Path, read_only: bool = False, background: bool = False, **storage_options: Any) -> None:
        self.path = path
        self.read_only = read_only
        # Every document is checked once, at open, before anything is written: a bad one is named
        # now, and the file is left as it is. The session read to check them is what the first
        # load() returns, if nothing changed in between (reading a long session twice doubled the
        # time the app took to start).
        self._opened: Session | None = None
        self.db = JournalledTinyDB(
            path,
            storage=JournalStorage,
            read_only=read_only,
            background=background,
            validate=self._check_at_open,
            **storage_options,
        )
        self.storage: JournalStorage = self.db.storage
        self._opened_seq = self.storage.seq
        self._last_position: dict[tuple[str, str], float] = {}
        self.follow_error = ""  # why a read-only copy could not take in the writer's last changes

    # reading ---------------------------------------------------------------------------------

    def _raw(self, table: str) -> dict[str, Any]:
        """A table as stored (str ids); empty when nothing was ever written to it."""
        return self.storage.read().get(table, {})

    def _entry_ids(self, table: str, item_key: str) -> list[int]:
        return [int(k) for k, v in self._raw(table).items() if v["item"] == item_key]

    def _check_at_open(self, tables: dict[str, dict[str, Any]]) -> None:
        self._opened = session_from_tables(self.path, tables)

    def load(self) -> Session:
        opened, self._opened = self._opened, None  # handed over once: the caller may change it
        if opened is not None and self.storage.seq == self._opened_seq:
            return opened
        return session_from_tables(self.path, self.storage.read())

    def follow(self) -> bool:
        """A read-only copy: take in what the writing copy has saved since the last call; True if
        the session changed (``load`` and ``cursor`` then give the new one). Cheap when nothing
        did: two stats. A reading that fails (a file being restored, a damaged journal) changes
        nothing and is said in ``follow_error``; the next call tries again."""
        try:
            changed = self.storage.follow()  # checks every document as at open: ``_opened`` is the new session
        except (StorageError, OSError) as error:
            self._opened = None
            self.follow_error = str(error) if isinstance(error, StorageError) else f"{self.path}: {error.strerror or error}"
            return False
        self.follow_error = ""
        if changed:
            self._opened_seq = self.storage.seq
            for name in self.db.tables():
                self.db.table(name).clear_cache()
        return changed

    def writer_is_open(self) -> bool:
        return writer_alive(self.path)

    def cursor(self) -> tuple[str, int | None]:
        """The agenda item and meeting the note-taker was at ("" and None when never set)."""
        found = self.db.table(CURSOR).get(doc_id=1)
        if not isinstance(found, dict):
            return "", None
        item, meeting = found.get("item"), found.get("meeting")
        return (
            item if isinstance(item, str) else "",
            meeting if isinstance(meeting, int) and not isinstance(meeting, bool) else None,
        )

    @property
    def last_save(self) -> SaveTicket | None:
        """The state of the last change: saved, saving, or not saved (with the reason)."""
        return self.storage.last_ticket

    @property
    def warnings(self) -> list[str]:
        """What the user should hear about from the open (a damaged journal line kept aside)."""
        return list(self.storage.warnings)

    @property
    def housekeeping_error(self) -> str:
        """A backup or compaction that failed (nothing logged was lost), for the screen."""
        return self.storage.housekeeping_error

    # whole session -----------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes as one journal record: a crash keeps all of them or none."""
        with self.storage.batch():
            yield

    def replace(self, session: Session) -> None:
        with self.storage.batch():  # one journal record: an import lands whole or not at all
            self.db.drop_tables()
            self.db.table(INFO).insert(info_record(session.info, session.meetings))
            self.db.table(ITEMS).insert_multiple(item_record(item, n) for n, item in enumerate(session.items))
            self.db.table(STATEMENTS).insert_multiple(
                statement_record(item.key, s, n) for item in session.items for n, s in enumerate(item.statements)
            )
            self.db.table(POINTS).insert_multiple(
                point_record(item.key, p, n) for item in session.items for n, p in enumerate(item.points)
            )
            self.db.table(PRESENTATIONS).insert_multiple(
                presentation_record(item.key, p, n) for item in session.items for n, p in enumerate(item.presentations)
            )
            self.db.table(PROPOSALS).insert_multiple(proposal_record(p, n) for n, p in enumerate(session.proposals))
            if session.organization is not None:
                self.db.table(ORGANIZATION).insert(organization_record(session.organization))
        self._last_position.clear()

    def set_cursor(self, item_key: str, meeting: int | None) -> None:
        self.db.table(CURSOR).upsert(StoredDocument({"item": item_key, "meeting": meeting}, doc_id=1))

    # session data and meetings -----------------------------------------------------------

    def _info(self) -> tuple[SessionInfo, list[Meeting]]:
        """The session data and meetings only (cheap: no statements or points)."""
        session = session_from_tables(self.path, {INFO: self._raw(INFO)})
        return session.info, session.meetings

    def _write_info(self, info: SessionInfo, meetings: list[Meeting]) -> None:
        with self.storage.batch():
            self.db.table(INFO).truncate()
            self.db.table(INFO).insert(StoredDocument(info_record(info, meetings), doc_id=1))

    def update_info(self, info: SessionInfo) -> None:
        self._write_info(info, self._info()[1])

    def _meeting_index(self, meetings: list[Meeting], number: int) -> int:
        for index, meeting in enumerate(meetings):
            if meeting.number == number:
                return index
        raise NoSuchEntry(f"{self.path} holds no meeting {number}; it may have been deleted")

    def add_meeting(self, meeting: Meeting, index: int | None = None) -> None:
        info, meetings = self._info()
        if any(m.number == meeting.number for m in meetings):
            raise NoSuchEntry(f"meeting {meeting.number} is already declared")
        meetings.insert(len(meetings) if index is None else index, meeting)
        self._write_info(info, meetings)

    def update_meeting(self, number: int, meeting: Meeting) -> None:
        info, meetings = self._info()
        meetings[self._meeting_index(meetings, number)] = meeting
        self._write_info(info, meetings)

    def remove_meeting(self, number: int) -> None:
        info, meetings = self._info()
        del meetings[self._meeting_index(meetings, number)]
        self._write_info(info, meetings)

    def reorder_meetings(self, numbers: list[int]) -> None:
        info, meetings = self._info()
        if sorted(numbers) != sorted(m.number for m in meetings):
            raise NoSuchEntry(f"the new order {numbers} does not name each meeting of {self.path} once")
        by_number = {m.number: m for m in meetings}
        self._write_info(info, [by_number[n] for n in numbers])

    # agenda items and their documents ----------------------------------------------------

    def _item_doc(self, key: str) -> tuple[int, dict[str, Any]]:
        for doc_id, doc in self._raw(ITEMS).items():
            if doc.get("key") == key:
                return int(doc_id), doc
        raise NoSuchEntry(f"{self.path} holds no agenda item {key!r}; it may have been deleted")

    def _refuse_taken_key(self, key: str) -> None:
        if any(doc.get("key") == key for doc in self._raw(ITEMS).values()):
            raise NoSuchEntry(f"another agenda item already has the key {key!r}")

    def _ordered_items(self) -> list[tuple[int, dict[str, Any]]]:
        raw = self._raw(ITEMS)
        return sorted(((int(k), v) for k, v in raw.items()), key=lambda pair: (pair[1]["position"], pair[0]))

    def add_item(self, item: Item, index: int | None = None) -> None:
        """A new agenda item, with any statements and points it carries (their ids kept if set)."""
        self._refuse_taken_key(item.key)
        ordered = self._ordered_items()
        with self.storage.batch():
            position = _between([doc["position"] for _, doc in ordered], index)
            if position is None:
                self.reorder_items([doc["key"] for _, doc in ordered])
                position = _after_renumbering(len(ordered), index)
            self.db.table(ITEMS).insert(item_record(item, position))
            for n, statement in enumerate(item.statements):
                self._insert(STATEMENTS, statement_record(item.key, statement, n), statement.id)
            for n, point in enumerate(item.points):
                self._insert(POINTS, point_record(item.key, point, n), point.id)
            for n, presentation in enumerate(item.presentations):
                self._insert(PRESENTATIONS, presentation_record(item.key, presentation, n), presentation.id)

    def update_item(self, key: str, item: Item) -> None:
        """The item's own fields and documents; its statements and points stay where they are.
        A new key carries them along."""
        doc_id, doc = self._item_doc(key)
        record = item_record(item, doc["position"])
        with self.storage.batch():
            if item.key != key:
                self._refuse_taken_key(item.key)
                for table in ENTRY_TABLES:
                    ids = self._entry_ids(table, key)
                    if ids:
                        self.db.table(table).update({"item": item.key}, doc_ids=ids)
                self._forget_positions(key)
            self.db.table(ITEMS).update(record, doc_ids=[doc_id])

    def remove_item(self, key: str) -> None:
        """The item with its statements and points."""
        doc_id, _ = self._item_doc(key)
        with self.storage.batch():
            for table in ENTRY_TABLES:
                ids = self._entry_ids(table, key)
                if ids:
                    self.db.table(table).remove(doc_ids=ids)
            self.db.table(ITEMS).remove(doc_ids=[doc_id])
        self._forget_positions(key)

    # the organization chapter ----------------------------------------------------------------

    def set_organization(self, organization: Organization | None) -> None:
        """The organization chapter's data, replaced whole (None: no such chapter)."""
        with self.storage.batch():
            self.db.table(ORGANIZATION).truncate()
            if organization is not None:
                self.db.table(ORGANIZATION).insert(StoredDocument(organization_record(organization), doc_id=1))

    # proposals (draft resolutions and decisions, with their actions) --------------------------

    def _ordered_proposals(self) -> list[tuple[int, dict[str, Any]]]:
        raw = self._raw(PROPOSALS)
        return sorted(((int(k), v) for k, v in raw.items()), key=lambda pair: (pair[1]["position"], pair[0]))

    def _proposal_doc(self, key: str) -> tuple[int, dict[str, Any]]:
        for doc_id, doc in self._ordered_proposals():
            if doc.get("key") == key:
                return doc_id, doc
        raise NoSuchEntry(f"{self.path} holds no proposal {key!r}; it may have been deleted")

    def add_proposal(self, proposal: Proposal, index: int | None = None) -> None:
        """A new proposal, placed before the one at ``index`` (at the end when None)."""
        ordered = self._ordered_proposals()
        if any(doc.get("key") == proposal.key for _, doc in ordered):
            raise NoSuchEntry(f"another proposal already has the key {proposal.key!r}")
        with self.storage.batch():
            position = _between([doc["position"] for _, doc in ordered], index)
            if position is None:  # too close to split: number them all again, in the same record
                for n, (doc_id, _) in enumerate(ordered):
                    self.db.table(PROPOSALS).update({"position": float(n)}, doc_ids=[doc_id])
                position = _after_renumbering(len(ordered), index)
            self.db.table(PROPOSALS).insert(proposal_record(proposal, position))

    def update_proposal(self, key: str, proposal: Proposal) -> None:
        """Its fields and actions, in its place."""
        doc_id, doc = self._proposal_doc(key)
        if proposal.key != key and any(d.get("key") == proposal.key for _, d in self._ordered_proposals()):
            raise NoSuchEntry(f"another proposal already has the key {proposal.key!r}")
        self.db.table(PROPOSALS).update(proposal_record(proposal, doc["position"]), doc_ids=[doc_id])

    def remove_proposal(self, key: str) -> None:
        doc_id, _ = self._proposal_doc(key)
        self.db.table(PROPOSALS).remove(doc_ids=[doc_id])

    def reorder_items(self, keys: list[str]) -> None:
        ordered = self._ordered_items()
        if sorted(keys) != sorted(doc["key"] for _, doc in ordered):
            raise NoSuchEntry(f"the new order {keys} does not name each agenda item of {self.path} once")
        with self.storage.batch():
            for n, key in enumerate(keys):
                doc_id, _ = self._item_doc(key)
                self.db.table(ITEMS).update({"position": float(n)}, doc_ids=[doc_id])

    def _documents(self, item_key: str) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
        doc_id, doc = self._item_doc(item_key)
        return doc_id, doc, [dict(d) for d in doc.get("documents", [])]

    def _check_document_index(self, item_key: str, documents: list[Any], index: int) -> None:
        if not 0 <= index < len(documents):
            raise NoSuchEntry(f"agenda item {item_key!r} has no document number {index + 1}")

    def add_document(self, item_key: str, document: Document, index: int | None = None) -> None:
        doc_id, _, documents = self._documents(item_key)
        documents.insert(len(documents) if index is None else index, document_record(document))
        self._write_documents(doc_id, documents)

    def update_document(self, item_key: str, index: int, document: Document) -> None:
        doc_id, _, documents = self._documents(item_key)
        self._check_document_index(item_key, documents, index)
        documents[index] = document_record(document)
        self._write_documents(doc_id, documents)

    def remove_document(self, item_key: str, index: int) -> None:
        doc_id, _, documents = self._documents(item_key)
        self._check_document_index(item_key, documents, index)
        del documents[index]
        self._write_documents(doc_id, documents)

    def reorder_documents(self, item_key: str, order: list[int]) -> None:
        """``order`` lists the current indexes in their new order."""
        doc_id, _, documents = self._documents(item_key)
        if sorted(order) != list(range(len(documents))):
            raise NoSuchEntry(f"the new order {order} does not name each document of agenda item {item_key!r} once")
        self._write_documents(doc_id, [documents[n] for n in order])

    def _write_documents(self, doc_id: int, documents: list[dict[str, Any]]) -> None:
        self.db.table(ITEMS).update({"documents": documents}, doc_ids=[doc_id])

    # statements and points ---------------------------------------------------------------

    def add_statement(self, item_key: str, statement: Statement, index: int | None = None) -> int:
        """At the end of the item's statements, or before the one now at ``index``. A statement
        that carries an id (one brought back by undo) keeps it."""
        return self._add_entry(
            STATEMENTS, item_key, index, statement.id, lambda position: statement_record(item_key, statement, position)
        )

    def update_statement(self, statement_id: int, statement: Statement) -> None:
        self._update_entry(STATEMENTS, statement_id, lambda key, position: statement_record(key, statement, position))

    def remove_statement(self, statement_id: int) -> None:
        self._remove_entry(STATEMENTS, statement_id)

    def move_statement(self, statement_id: int, item_key: str, index: int | None = None) -> None:
        """To another place in its item, or into another item, before the entry now at ``index``."""
        self._move_entry(STATEMENTS, statement_id, item_key, index)

    def add_point(self, item_key: str, point: Point, index: int | None = None) -> int:
        return self._add_entry(POINTS, item_key, index, point.id, lambda position: point_record(item_key, point, position))

    def update_point(self, point_id: int, point: Point) -> None:
        self._update_entry(POINTS, point_id, lambda key, position: point_record(key, point, position))

    def remove_point(self, point_id: int) -> None:
        self._remove_entry(POINTS, point_id)

    def move_point(self, point_id: int, item_key: str, index: int | None = None) -> None:
        self._move_entry(POINTS, point_id, item_key, index)

    def add_presentation(self, item_key: str, presentation: Presentation, index: int | None = None) -> int:
        return self._add_entry(
            PRESENTATIONS,
            item_key,
            index,
            presentation.id,
            lambda position: presentation_record(item_key, presentation, position),
        )

    def update_presentation(self, presentation_id: int, presentation: Presentation) -> None:
        self._update_entry(PRESENTATIONS, presentation_id, lambda key, position: presentation_record(key, presentation, position))

    def remove_presentation(self, presentation_id: int) -> None:
        self._remove_entry(PRESENTATIONS, presentation_id)

    def move_presentation(self, presentation_id: int, item_key: str, index: int | None = None) -> None:
        self._move_entry(PRESENTATIONS, presentation_id, item_key, index)

    def _existing(self, table: str, doc_id: int) -> dict[str, Any]:
        found = self._raw(table).get(str(doc_id))
        if found is None:
            raise NoSuchEntry(f"{self.path} holds no {table[:-1]} with id {doc_id}; it may have been deleted")
        return cast(dict[str, Any], found)

    def _entries(self, table: str, item_key: str, leaving_out: int | None = None) -> list[float]:
        """The positions of the item's entries, in order."""
        raw = self._raw(table)
        return sorted(r["position"] for k, r in raw.items() if r["item"] == item_key and k != str(leaving_out))

    def _insert(self, table: str, record: dict[str, Any], doc_id: int | None) -> int:
        if doc_id is not None:
            return self.db.table(table).insert(StoredDocument(record, doc_id=doc_id))
        return self.db.table(table).insert(record)

    def _add_entry(self, table: str, item_key: str, index: int | None, doc_id: int | None, make: Any) -> int:
        self._item_doc(item_key)  # an entry under an item that does not exist would never be shown
        if doc_id is not None and str(doc_id) in self._raw(table):
            raise NoSuchEntry(f"{self.path} already holds a {table[:-1]} with id {doc_id}")
        cache = (table, item_key)
        if index is None and cache in self._last_position:
            self._last_position[cache] += 1
            return self._insert(table, make(self._last_position[cache]), doc_id)
        with self.storage.batch():
            position = self._position_for(table, item_key, index, None)
            new_id = self._insert(table, make(position), doc_id)
        return new_id

    def _position_for(self, table: str, item_key: str, index: int | None, leaving_out: int | None) -> float:
        """A position before the entry now at ``index`` (the end if None); renumbers the item's
        entries when two neighbours are too close to split. Call inside a batch."""
        positions = self._entries(table, item_key, leaving_out)
        position = _between(positions, index)
        if position is None:
            self._renumber(table, item_key, leaving_out)
            position = _after_renumbering(len(positions), index)
        if index is None or index >= len(positions):
            self._last_position[(table, item_key)] = position
        else:
            self._last_position.pop((table, item_key), None)
        return position

    def _renumber(self, table: str, item_key: str, leaving_out: int | None) -> None:
        raw = self._raw(table)
        ordered = sorted(((r["position"], int(k)) for k, r in raw.items() if r["item"] == item_key and k != str(leaving_out)))
        for n, (_, doc_id) in enumerate(ordered):
            self.db.table(table).update({"position": float(n)}, doc_ids=[doc_id])

    def _update_entry(self, table: str, doc_id: int, make: Any) -> None:
        old = self._existing(table, doc_id)
        self.db.table(table).update(make(old["item"], old["position"]), doc_ids=[doc_id])

    def _remove_entry(self, table: str, doc_id: int) -> None:
        old = self._existing(table, doc_id)
        self.db.table(table).remove(doc_ids=[doc_id])
        self._forget_positions(old["item"], table)

    def _move_entry(self, table: str, doc_id: int, item_key: str, index: int | None) -> None:
        old = self._existing(table, doc_id)
        self._item_doc(item_key)
        with self.storage.batch():
            position = self._position_for(table, item_key, index, doc_id)
            self.db.table(table).update({"item": item_key, "position": position}, doc_ids=[doc_id])
        self._forget_positions(old["item"], table)

    def _forget_positions(self, item_key: str, table: str | None = None) -> None:
        for name in ENTRY_TABLES if table is None else (table,):
            self._last_position.pop((name, item_key), None)

    # the end -----------------------------------------------------------------------------

    def discard_unsaved(self) -> None:
        """Forget changes that could not be written, so that the database stays as it is on disk."""
        self.storage.discard_unsaved()
        self._last_position.clear()

    def close(self) -> None:
        self.db.close()


def _between(positions: list[float], index: int | None) -> float | None:
    """A position before ``positions[index]`` and after the one before it (the end if ``index`` is
    None or past the end); None when the two are too close to split."""
    if not positions:
        return 0.0
    if index is None or index >= len(positions):
        return positions[-1] + 1
    if index <= 0:
        return positions[0] - 1
    low, high = positions[index - 1], positions[index]
    middle = (low + high) / 2
    return middle if low < middle < high else None


def _after_renumbering(count: int, index: int | None) -> float:
    """The position before the entry at ``index`` once entries are numbered 0, 1, 2 …"""
    if index is None or index >= count:
        return float(count)
    return max(index, 0) - 0.5
