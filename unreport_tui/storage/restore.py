"""Bringing a backup back, after keeping a copy of what is there now.

Crash-safe: the backup is written back with a sequence number above every line of the current
journal, so that whenever a kill lands (before or after the journal is emptied) the next open
shows the backup, never the backup plus some of the old journal's changes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .atomic_write import PRIVATE, write_atomically
from .backups import keep_copy, latest_good_backup
from .errors import DatabaseCorrupt, StorageError
from .formats import encode_snapshot, parse_snapshot
from .journal_lines import journal_path, read_journal
from .lock import DatabaseLock


@dataclass
class Restored:
    source: Path
    kept: list[Path]


def restore_backup(db: Path, backup: Path | None = None) -> Restored:
    if backup is None:
        good = latest_good_backup(db)
        if good is None:
            raise StorageError(f"no good backup of {db} was found in {db.name}.backups")
        backup = good.path
    if not backup.is_file():
        raise StorageError(f"{backup}: no such backup; `unreport backups --db {db}` lists them")
    if not db.parent.is_dir():
        raise StorageError(f"{db.parent}: no such folder")
    lock = DatabaseLock(db).acquire()  # not while the app has the database open
    try:
        content = backup.read_bytes()
        try:
            snapshot = parse_snapshot(backup, content)
        except DatabaseCorrupt as error:
            raise StorageError(f"{error} Choose another backup; nothing was changed.") from None
        try:
            journal = read_journal(journal_path(db), db)
            last_seq = max((r["seq"] for r in journal.records), default=0)
        except DatabaseCorrupt:
            last_seq = 0
        kept = [
            p
            for p in (keep_copy(db, db, label="before-restore"), keep_copy(journal_path(db), db, label="before-restore-journal"))
            if p
        ]
        seq = max(snapshot.seq, last_seq) + 1  # above every line of the journal it replaces
        write_atomically(db, encode_snapshot(snapshot.tables, seq))
        _empty_in_place(journal_path(db))
        return Restored(backup, kept)
    finally:
        lock.release()


def _empty_in_place(path: Path) -> None:
    """Truncated, not replaced: the journal file is what the lock holds on to."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE)
    try:
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
