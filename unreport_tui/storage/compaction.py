"""Folding the journal into a new snapshot file, which replaces the old one whole."""

from __future__ import annotations

import time
from pathlib import Path

from .atomic_write import write_atomically


def write_snapshot(db: Path, data: bytes) -> int:
    """Replace the database file with an encoded snapshot; returns its size. OSError if the disk refuses."""
    write_atomically(db, data)
    return len(data)


def remove_stale_snapshots(db: Path, older_than: float = 0.0) -> None:
    """Temporary snapshots a kill left behind (only the writer, holding the lock, makes them)."""
    for temp in db.parent.glob(f".{db.name}.*.tmp"):
        try:
            if time.time() - temp.stat().st_mtime >= older_than:
                temp.unlink()
        except OSError:
            pass
