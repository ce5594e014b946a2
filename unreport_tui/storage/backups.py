"""Rolling backups next to the database: ``<db>.backups/<name>-<time>.json``.

A backup is a full copy, never a hard link: a link would share the fate of the file if anything
(an editor, a sync tool, a failing disk) changed it in place. The copy is made on a thread from
a file handle opened at the moment of the backup: the database is only ever replaced by rename,
so that handle keeps the content of that moment while the app goes on writing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .atomic_write import PRIVATE, fsync_directory, named_after
from .errors import StorageError
from .formats import parse_snapshot

STAMP = "%Y%m%d-%H%M%S-%f"


def backup_dir(db: Path) -> Path:
    return db.with_name(db.name + ".backups")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    size: int
    label: str  # "" for a rolling backup; "before-restore", "format-1" ... for copies kept on purpose


def _parse_name(db: Path, path: Path) -> Backup | None:
    prefix = db.stem + "-"
    name = path.name
    if not (name.startswith(prefix) and name.endswith(".json")):
        return None
    middle = name[len(prefix) : -len(".json")]
    stamp, _, label = middle.partition(".")
    try:
        taken = dt.datetime.strptime(stamp, STAMP)
        size = path.stat().st_size
    except (ValueError, FileNotFoundError):  # not ours, or pruned by another thread meanwhile
        return None
    return Backup(path, taken, size, label)


def list_backups(db: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if p.is_file() and (b := _parse_name(db, p))]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _target(db: Path, label: str) -> Path:
    folder = backup_dir(db)
    folder.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(OSError):  # made before this unreport made it private; the backups in it, as they are pruned
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    stamp = dt.datetime.now().strftime(STAMP)
    return folder / (f"{db.stem}-{stamp}" + (f".{label}" if label else "") + ".json")


def _copy_durably(source: BinaryIO, target: Path) -> None:
    temp = target.with_name(f".tmp-{target.name}")
    try:
        with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE), "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise named_after(target, error) from error  # not after the temporary file, which is gone
        raise
    fsync_directory(target.parent)


def keep_copy(source: Path, db: Path, label: str = "", keep: int = 20) -> Path | None:
    """Copy ``source`` (the database file, or a file beside it) into the backups, now."""
    if not source.exists() or source.stat().st_size == 0:
        return None
    target = _target(db, label)
    with open(source, "rb") as handle:
        _copy_durably(handle, target)
    prune(db, keep)
    return target


class BackupInBackground:
    """A copy of the database as it is at this moment, written on a thread.

    ``error`` holds what went wrong, if anything, once ``join`` has returned."""

    def __init__(self, db: Path, keep: int = 20) -> None:
        self.db = db
        self.keep = keep
        self.error: OSError | None = None
        self.target: Path | None = None
        self._handle = open(db, "rb")  # noqa: SIM115 - pins this version of the file, whatever renames follow
        self._thread = threading.Thread(target=self._run, name="unreport-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if os.fstat(self._handle.fileno()).st_size and not _same_as_newest(self.db, self._handle):
                self.target = _target(self.db, "")
                _copy_durably(self._handle, self.target)
                prune(self.db, self.keep)
        except OSError as error:
            self.error = error
        finally:
            self._handle.close()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)


def _same_as_newest(db: Path, handle: BinaryIO) -> bool:
    """The newest rolling backup holds these very bytes (a command run twice, the app opened and
    closed without a change): another copy would only push an older, different one out of those
    kept. ``handle`` is left at its start."""
    try:
        newest = next((backup for backup in list_backups(db) if not backup.label), None)
        if newest is None or newest.path.stat().st_size != os.fstat(handle.fileno()).st_size:
            return False
        with open(newest.path, "rb") as kept:
            while True:
                ours, theirs = handle.read(1 << 20), kept.read(1 << 20)
                if ours != theirs:
                    return False
                if not ours:
                    return True
    except OSError:  # pruned meanwhile by another copy, or unreadable: a fresh copy, as ever
        return False
    finally:
        handle.seek(0)


def prune(db: Path, keep: int) -> None:
    """Keep the ``keep`` newest rolling backups, and the ``keep`` newest of each kind of copy kept
    on purpose ("before-import", "before-restore" …), so that neither fills the disk."""
    by_label: dict[str, list[Backup]] = {}
    for backup in list_backups(db):
        by_label.setdefault(backup.label, []).append(backup)
    for backups in by_label.values():
        for old in backups[keep:]:
            old.path.unlink(missing_ok=True)
    # Copies a crash interrupted (a finished copy is renamed at once, so an hour-old one is dead).
    for temp in backup_dir(db).glob(".tmp-*"):
        try:
            if time.time() - temp.stat().st_mtime > 3600:
                temp.unlink()
        except FileNotFoundError:
            pass


def latest_good_backup(db: Path) -> Backup | None:
    """The newest backup that can be read and parses as a database this unreport can open. Only
    what makes a backup bad is caught (unreadable, damaged, of a newer format): a defect in reading
    them is a crash report, never "no good backup was found"."""
    for backup in list_backups(db):
        try:
            parse_snapshot(backup.path, backup.path.read_bytes())
        except (OSError, StorageError):
            continue
        return backup
    return None


def recovery_hint(db: Path) -> str:
    good = latest_good_backup(db)
    if good is None:
        return " No good backup was found next to it."
    return (
        f" The most recent good backup is {good.path} ({good.taken:%Y-%m-%d %H:%M}); `unreport restore --db {db}` brings it back."
    )
