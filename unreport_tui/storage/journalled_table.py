"""TinyDB's Table, changed to report each change it makes instead of handing the storage the
whole database to rewrite, which is what makes a write cost the same at any database size."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, cast

from tinydb import TinyDB
from tinydb.table import Table

from .journal import JournalStorage
from .journal_lines import Op


class ChangeRecorder(MutableMapping[int, Any]):
    """The table as TinyDB's updaters see it (int ids), over the raw table (str ids), noting what changes.

    A document that is only looked at (as ``update(cond=...)`` does with every document) is
    compared with what it was when looked at, so that only real changes reach the journal.
    """

    def __init__(self, raw: dict[str, Any], id_class: Callable[[str], Any]) -> None:
        self.raw = raw
        self.id_class = id_class
        self.cleared = False
        self.written: set[str] = set()
        self.seen: dict[str, str] = {}

    def __getitem__(self, doc_id: Any) -> Any:
        key = str(doc_id)
        doc = self.raw[key]
        if key not in self.written and key not in self.seen:
            self.seen[key] = json.dumps(doc, sort_keys=True)
        return doc

    def __setitem__(self, doc_id: Any, doc: Any) -> None:
        self.raw[str(doc_id)] = doc
        self.written.add(str(doc_id))

    def __delitem__(self, doc_id: Any) -> None:
        del self.raw[str(doc_id)]
        self.written.add(str(doc_id))

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def __iter__(self) -> Iterator[Any]:
        return iter([self.id_class(k) for k in self.raw])

    def __len__(self) -> int:
        return len(self.raw)

    def clear(self) -> None:
        self.raw.clear()
        self.cleared = True
        self.written.clear()
        self.seen.clear()

    def ops(self, table: str) -> list[Op]:
        ops: list[Op] = [["clear", table]] if self.cleared else []
        changed = set(self.written)
        changed.update(
            k for k, before in self.seen.items() if k in self.raw and json.dumps(self.raw[k], sort_keys=True) != before
        )
        for key in sorted(changed):
            if key in self.raw:
                # A copy through JSON: the journal holds the document as it is now, whatever is done to it later.
                ops.append(["set", table, key, json.loads(json.dumps(self.raw[key]))])
            else:
                ops.append(["del", table, key])
        return ops


class JournalledTable(Table):
    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        storage = self._storage
        if not isinstance(storage, JournalStorage):
            super()._update_table(updater)
            return
        storage.refuse_if_read_only()
        with storage.mem_lock:
            raw = storage.read().setdefault(self.name, {})
            recorder = ChangeRecorder(raw, self.document_id_class)
            try:
                updater(recorder)  # type: ignore[arg-type]
            finally:
                ops = recorder.ops(self.name)
                if ops:
                    storage.record(ops)
        self.clear_cache()
        if ops:
            storage.after_change()


class JournalledTinyDB(TinyDB):
    """``JournalledTinyDB(path, storage=JournalStorage)``; ``db.storage.batch()`` groups changes."""

    table_class = JournalledTable

    @property
    def storage(self) -> JournalStorage:
        """The journal under the tables: TinyDB knows it only as a Storage."""
        return cast(JournalStorage, super().storage)  # opened with storage=JournalStorage, always
