"""`unreport check`: what state a database is in, without changing anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .backups import backup_dir, latest_good_backup, list_backups
from .errors import StorageError
from .formats import CURRENT_FORMAT
from .journal_lines import journal_path
from .lock import holder_if_locked
from .records import session_from_tables
from .recovery import load_tables


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
    else:
        _check_content(db, health)
    holder = holder_if_locked(db)
    if holder:
        pid, since = holder
        health.fine(f"in use by process {pid} since {since}")
    _check_backups(db, health)
    return health


def _check_content(db: Path, health: Health) -> None:
    try:
        recovered = load_tables(db)
        session = session_from_tables(db, recovered.tables)
    except StorageError as error:
        health.problem(str(error))
        return
    counts = (
        f"{len(session.items)} agenda item(s), {sum(len(i.statements) for i in session.items)} statement(s), "
        f"{sum(len(i.points) for i in session.items)} point(s)"
    )
    health.fine(f"{db}: readable, format {recovered.format} ({counts})")
    if recovered.format < CURRENT_FORMAT:
        health.fine(f"format {recovered.format} will be brought up to {CURRENT_FORMAT} at the next open (a copy is kept)")
    journal = recovered.journal
    if journal.records:
        health.fine(
            f"journal: {len(journal.records)} change(s) not yet folded into the file (after a crash, or while the app is open)"
        )
    if journal.torn_bytes:
        health.fine(
            f"journal: {journal.torn_bytes} bytes of an unfinished write (never reported saved); dropped at the next open"
        )
    if journal.damaged_tail:
        one = journal.damaged_line == journal.lines
        health.problem(
            f"{journal_path(db)}: {journal.damaged_lines}, {'was' if one else 'were'} damaged after "
            f"{'it was' if one else 'they were'} written; the next open keeps a copy of "
            f"the journal in {backup_dir(db)} and goes on without {'it' if one else 'them'}"
        )


def _check_backups(db: Path, health: Health) -> None:
    folder = backup_dir(db)
    if folder.exists() and not folder.is_dir():
        health.problem(f"{folder} is a file, not a folder: no backup can be kept; move it away")
        return
    backups = list_backups(db)
    good = latest_good_backup(db) if backups else None
    if good:
        health.fine(f"backups: {len(backups)}; most recent good one: {good.path} ({good.taken:%Y-%m-%d %H:%M})")
    else:
        health.fine(f"backups: {len(backups)}, none of them good" if backups else "backups: none yet")
    if not health.ok and good:
        health.fine(f"to bring the most recent good backup back: unreport restore --db {db}")
