from __future__ import annotations

from pathlib import Path

from unreport_tui.storage.journal import JournalStorage
from unreport_tui.storage.journalled_table import JournalledTinyDB


def open_db(path: Path, **options) -> JournalledTinyDB:
    return JournalledTinyDB(path, storage=JournalStorage, **options)


def entry(n: int) -> dict:
    return {"item": "2b", "position": float(n), "speaker": "Chile", "role": "member", "kind": "statement",
            "on_behalf_of": "", "text": f"note {n}"}
