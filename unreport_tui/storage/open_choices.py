"""What a note-taker can do about a database that cannot be opened, for the screen (or the
line) that says so. Every choice leaves the file as it is, except restoring a backup, which keeps
the damaged file beside the database first."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .errors import DatabaseCorrupt, DatabaseInUse, StorageError


class OpenChoice(StrEnum):
    READ_ONLY = "read-only"
    RESTORE = "restore"
    QUIT = "quit"


@dataclass(frozen=True)
class Choice:
    choice: OpenChoice
    label: str


def choices_for(db: Path, error: StorageError) -> list[Choice]:
    """The choices that make sense for ``error``: read-only only where the file can be read (it
    is in use elsewhere), a restore only where a good backup exists; quitting always."""
    choices: list[Choice] = []
    if isinstance(error, DatabaseInUse):
        choices.append(Choice(OpenChoice.READ_ONLY, "Open it read-only: see the draft and export it, change nothing"))
    if isinstance(error, DatabaseCorrupt):
        from .backups import latest_good_backup  # only for a damaged database: not at every start

        good = latest_good_backup(db)
        if good is not None:
            choices.append(
                Choice(
                    OpenChoice.RESTORE, f"Restore the backup of {good.taken:%Y-%m-%d %H:%M} (the damaged file is kept beside it)"
                )
            )
    choices.append(Choice(OpenChoice.QUIT, "Quit and leave the file as it is"))
    return choices
