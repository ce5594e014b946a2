"""`unreport check`: what state a database is in, without changing anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .backups import latest_good_backup, list_backups
from .errors import StorageError
from .formats import CURRENT_FORMAT, parse_snapshot
from .journal import journal_path, read_journal
from .lock import holder_if_locked


@dataclass
class Health:
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def problem(self, line: str) -> None:
        self.ok = False
        self.lines.append(f"PROBLEM: {line}")

    def fine(self, line: str) -> None:
        self.lines.append(line)


def check_database(db: Path) -> Health:
    health = Health()
    if not db.exists():
        health.problem(f"{db} does not exist")
        return health
    try:
        snapshot = parse_snapshot(db, db.read_bytes())
    except StorageError as error:
        health.problem(str(error))
        snapshot = None
    if snapshot is not None:
        counts = ", ".join(f"{name}: {len(docs)}" for name, docs in sorted(snapshot.tables.items())) or "no tables"
        health.fine(f"{db}: readable, format {snapshot.format} ({counts})")
        if snapshot.format < CURRENT_FORMAT:
            health.fine(f"format {snapshot.format} will be brought up to {CURRENT_FORMAT} at the next open (a copy is kept)")
    try:
        journal = read_journal(journal_path(db), db)
        newer = [r for r in journal.records if snapshot is None or r["seq"] > snapshot.seq]
        if newer:
            health.fine(f"journal: {len(newer)} change(s) not yet folded into the file (after a crash, or while the app is open)")
        if journal.torn_bytes:
            health.fine(f"journal: {journal.torn_bytes} bytes of an unfinished write (never reported saved); dropped at the next open")
    except StorageError as error:
        health.problem(str(error))
    holder = holder_if_locked(db)
    if holder:
        pid, since = holder
        health.fine(f"in use by process {pid} since {since}")
    backups = list_backups(db)
    good = latest_good_backup(db) if backups else None
    if good:
        health.fine(f"backups: {len(backups)}; most recent good one: {good.path} ({good.taken:%Y-%m-%d %H:%M})")
    else:
        health.fine(f"backups: {len(backups)}, none of them good" if backups else "backups: none yet")
    if not health.ok and good:
        health.fine(f"to bring the most recent good backup back: unreport restore --db {db}")
    return health
