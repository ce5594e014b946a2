"""Bringing a backup back, after keeping a copy of what is there now."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.atomic_write import write_atomically
from .backups import keep_copy, latest_good_backup
from .errors import DatabaseCorrupt, StorageError
from .formats import parse_snapshot
from .journal import journal_path
from .lock import DatabaseLock


@dataclass
class Restored:
    source: Path
    kept: list[Path]


def restore_backup(db: Path, backup: Path | None = None) -> Restored:
    lock = DatabaseLock(db).acquire()  # not while the app has the database open
    try:
        if backup is None:
            good = latest_good_backup(db)
            if good is None:
                raise StorageError(f"no good backup of {db} was found in {db.name}.backups")
            backup = good.path
        if not backup.is_file():
            raise StorageError(f"{backup}: no such backup; `unreport backups --db {db}` lists them")
        content = backup.read_bytes()
        try:
            parse_snapshot(backup, content)
        except DatabaseCorrupt as error:
            raise StorageError(f"{error} Choose another backup; nothing was changed.") from None
        kept = [p for p in (keep_copy(db, db, label="before-restore"),
                            keep_copy(journal_path(db), db, label="before-restore-journal")) if p]
        write_atomically(db, content)
        if journal_path(db).exists():
            write_atomically(journal_path(db), b"")
        return Restored(backup, kept)
    finally:
        lock.release()
