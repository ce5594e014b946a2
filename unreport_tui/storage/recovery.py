"""Reading a database as of its last completed write: the snapshot plus the journal's newer lines.

A reader that is not the writer (``export``, ``--read-only``, ``check``) may read while the
writer compacts: it could read the old snapshot, then a journal that compaction has just
emptied, and show a state that never existed. So a reading counts only if the snapshot file is
still the one that was read once the journal has been read, and the journal's lines follow the
snapshot's sequence number without a gap; otherwise it is read again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .backups import list_backups, recovery_hint
from .errors import DatabaseCorrupt
from .formats import Tables, parse_snapshot
from .journal_lines import JournalReading, apply_ops, journal_path, read_journal

ATTEMPTS = 50


@dataclass
class Recovered:
    tables: Tables
    format: int
    seq: int
    journal: JournalReading


def _identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    return (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _read_snapshot_bytes(db: Path) -> tuple[bytes, tuple[int, int, int, int] | None]:
    try:
        with open(db, "rb") as handle:
            return handle.read(), _identity(os.fstat(handle.fileno()))
    except FileNotFoundError:
        return b"", None


def files_state(db: Path) -> tuple[tuple[int, int, int, int] | None, ...]:
    """The snapshot's and the journal's identity (device, inode, time, size): a reader that follows
    the writer reads again only when this differs from what it saw, so that a look costs two stats."""
    return _current_identity(db), _current_identity(journal_path(db))


def _current_identity(db: Path) -> tuple[int, int, int, int] | None:
    try:
        return _identity(os.stat(db))
    except FileNotFoundError:
        return None


def load_tables(db: Path) -> Recovered:
    """Snapshot plus journal, one consistent state (see the module's docstring)."""
    for _ in range(ATTEMPTS):
        raw, identity = _read_snapshot_bytes(db)
        if identity is not None and not raw.strip():
            _refuse_empty_file_with_backups(db)
        snapshot = parse_snapshot(db, raw, lambda: recovery_hint(db))
        journal = read_journal(journal_path(db), db, lambda: recovery_hint(db))
        if _current_identity(db) != identity:
            continue  # the writer replaced the snapshot meanwhile: read both again
        newer = [r for r in journal.records if r["seq"] > snapshot.seq]
        if newer and newer[0]["seq"] != snapshot.seq + 1:
            continue  # the journal no longer follows this snapshot: a compaction was under way
        for record in newer:
            apply_ops(snapshot.tables, record["ops"])
        seq = newer[-1]["seq"] if newer else snapshot.seq
        return Recovered(snapshot.tables, snapshot.format, seq, journal)
    raise DatabaseCorrupt(
        f"{journal_path(db)} does not follow {db} (its changes start after a gap); both files have been "
        f"left as they are.{recovery_hint(db)}"
    )


def _refuse_empty_file_with_backups(db: Path) -> None:
    """An empty file where backups exist is a lost database, not a new one."""
    if list_backups(db):
        raise DatabaseCorrupt(f"{db} is empty, but backups of it exist; it has been left as it is.{recovery_hint(db)}")
