"""Rolling backups next to the database: ``<db>.backups/<name>-<time>.json``.

A database file is only ever replaced by rename, never changed in place, so a backup can be a
hard link to the current file: it costs no time and no space until the next compaction, and
still holds the old content afterwards. Where links are not possible it is a copy.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..core.atomic_write import fsync_directory
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
    middle = name[len(prefix):-len(".json")]
    stamp, _, label = middle.partition(".")
    try:
        taken = dt.datetime.strptime(stamp, STAMP)
    except ValueError:
        return None
    return Backup(path, taken, path.stat().st_size, label)


def list_backups(db: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if p.is_file() and (b := _parse_name(db, p))]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _target(db: Path, label: str) -> Path:
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime(STAMP)
    return folder / (f"{db.stem}-{stamp}" + (f".{label}" if label else "") + ".json")


def keep_copy(source: Path, db: Path, label: str = "", keep: int = 20) -> Path | None:
    """Back up ``source`` (the database file, or a file beside it) under the database's name."""
    if not source.exists() or source.stat().st_size == 0:
        return None
    target = _target(db, label)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        with open(target, "rb") as copied:
            os.fsync(copied.fileno())
    fsync_directory(target.parent)
    prune(db, keep)
    return target


def prune(db: Path, keep: int) -> None:
    """Keep the ``keep`` newest rolling backups; copies kept on purpose (labelled) stay."""
    rolling = [b for b in list_backups(db) if not b.label]
    for old in rolling[keep:]:
        try:
            old.path.unlink()
        except OSError:
            pass


def latest_good_backup(db: Path) -> Backup | None:
    for backup in list_backups(db):
        try:
            parse_snapshot(backup.path, backup.path.read_bytes())
        except Exception:
            continue
        return backup
    return None


def recovery_hint(db: Path) -> str:
    good = latest_good_backup(db)
    if good is None:
        return " No good backup was found next to it."
    return (f" The most recent good backup is {good.path} ({good.taken:%Y-%m-%d %H:%M}); "
            f"`unreport restore --db {db}` brings it back.")
