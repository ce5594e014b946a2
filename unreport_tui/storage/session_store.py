"""The session kept in a TinyDB database: one document per statement and per point."""

from __future__ import annotations

from pathlib import Path

from ..core.model import Point, Session, Statement
from .errors import StorageError
from .journal import JournalStorage, SaveTicket
from .journalled_table import JournalledTinyDB
from .records import info_record, item_record, point_record, session_from_records, statement_record

INFO, ITEMS, STATEMENTS, POINTS = "session", "items", "statements", "points"


class TinyDBSessionStore:
    def __init__(self, path: Path, read_only: bool = False, background: bool = False, **storage_options) -> None:
        self.path = path
        self.read_only = read_only
        self.db = JournalledTinyDB(path, storage=JournalStorage, read_only=read_only, background=background, **storage_options)
        self.storage: JournalStorage = self.db.storage  # type: ignore[assignment]
        self._last_position: dict[tuple[str, str], float] = {}

    def load(self) -> Session:
        info = self.db.table(INFO).all()
        return session_from_records(
            dict(info[0]) if info else None,
            [dict(r) for r in self.db.table(ITEMS).all()],
            [(r.doc_id, dict(r)) for r in self.db.table(STATEMENTS).all()],
            [(r.doc_id, dict(r)) for r in self.db.table(POINTS).all()],
        )

    def replace(self, session: Session) -> None:
        with self.storage.batch():  # one journal record: an import lands whole or not at all
            self.db.drop_tables()
            self.db.table(INFO).insert(info_record(session))
            self.db.table(ITEMS).insert_multiple(item_record(item, n) for n, item in enumerate(session.items))
            self.db.table(STATEMENTS).insert_multiple(
                statement_record(item.key, s, n) for item in session.items for n, s in enumerate(item.statements))
            self.db.table(POINTS).insert_multiple(
                point_record(item.key, p, n) for item in session.items for n, p in enumerate(item.points))
        self._last_position.clear()

    def _next_position(self, table: str, item_key: str) -> float:
        """After the item's last entry. One scan per item and table, then remembered, so that
        logging stays as cheap in the fiftieth hour of a conference as in the first minute."""
        key = (table, item_key)
        if key not in self._last_position:
            raw = self.storage.read().get(table, {})
            self._last_position[key] = max((r["position"] for r in raw.values() if r["item"] == item_key), default=-1)
        self._last_position[key] += 1
        return self._last_position[key]

    def add_statement(self, item_key: str, statement: Statement) -> int:
        return self.db.table(STATEMENTS).insert(
            statement_record(item_key, statement, self._next_position(STATEMENTS, item_key)))

    def _existing(self, table: str, doc_id: int) -> dict:
        found = self.db.table(table).get(doc_id=doc_id)
        if found is None:
            raise StorageError(f"{self.path} holds no {table[:-1]} with id {doc_id}; it may have been deleted")
        return found

    def update_statement(self, statement_id: int, item_key: str, statement: Statement) -> None:
        old = self._existing(STATEMENTS, statement_id)
        self.db.table(STATEMENTS).update(statement_record(item_key, statement, old["position"]), doc_ids=[statement_id])

    def remove_statement(self, statement_id: int) -> None:
        self.db.table(STATEMENTS).remove(doc_ids=[statement_id])

    def add_point(self, item_key: str, point: Point) -> int:
        return self.db.table(POINTS).insert(point_record(item_key, point, self._next_position(POINTS, item_key)))

    def update_point(self, point_id: int, item_key: str, point: Point) -> None:
        old = self._existing(POINTS, point_id)
        self.db.table(POINTS).update(point_record(item_key, point, old["position"]), doc_ids=[point_id])

    def remove_point(self, point_id: int) -> None:
        self.db.table(POINTS).remove(doc_ids=[point_id])

    @property
    def last_save(self) -> SaveTicket | None:
        """The state of the last change: saved, saving, or not saved (with the reason)."""
        return self.storage.last_ticket

    def close(self) -> None:
        self.db.close()
