"""Where sessions are kept. Callers (the command line, the logbook, the app) use only what this
module exports; TinyDB, the journal, the lock and the backups stay in here."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .backups import Backup, backup_dir, keep_copy, list_backups
from .errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    NewerFormat,
    NoSuchEntry,
    ReadOnlyDatabase,
    SaveFailed,
    StorageError,
    UnsavableText,
)
from .export_file import is_part_of_database, resolved, write_export
from .open_choices import Choice, OpenChoice, choices_for
from .restore import Restored, restore_backup
from .save_state import SaveState, SaveTicket

if TYPE_CHECKING:
    from ..core.model import Document, Item, Meeting, Organization, Point, Presentation, Proposal, Session, SessionInfo, Statement
    from .health import Health

__all__ = [
    "Backup",
    "Choice",
    "DatabaseCorrupt",
    "DatabaseInUse",
    "NewerFormat",
    "NoSuchEntry",
    "OpenChoice",
    "ReadOnlyDatabase",
    "Restored",
    "SaveFailed",
    "SaveState",
    "SaveTicket",
    "SessionStore",
    "StorageError",
    "StoreToOpen",
    "UnsavableText",
    "backup_dir",
    "check_database",
    "database_path",
    "is_part_of_database",
    "choices_for",
    "keep_copy_before",
    "list_backups",
    "open_store",
    "restore_backup",
    "write_export",
]


class SessionStore(Protocol):
    """A session on disk. Each call is one change, saved whole or not at all (see ``batch``).

    Statements and points are addressed by the id the store gave them; items by their key;
    meetings by their number; documents by their index in their item. A call about an entry that
    is gone raises NoSuchEntry; text that cannot be saved raises UnsavableText before anything
    changes."""

    path: Path

    def load(self) -> Session: ...
    def follow(self) -> bool:
        """A read-only copy: take in what the writing copy has saved since; True if the session
        changed. Never takes the lock, never writes; two stats when nothing changed."""

    @property
    def follow_error(self) -> str:
        """Why a read-only copy could not take in the writer's last changes ("" when it could)."""

    def writer_is_open(self) -> bool:
        """Whether a writing copy has the database open now (a read-only copy asks: the speaker
        it shows without a duration is then still speaking). Changes nothing."""

    def cursor(self) -> tuple[str, int | None]: ...
    def batch(self) -> AbstractContextManager[None]:
        """Changes made inside are one journal record: a crash keeps all of them or none."""

    def replace(self, session: Session) -> None:
        """Make the database hold exactly this session (import)."""

    def set_cursor(self, item_key: str, meeting: int | None) -> None: ...

    def update_info(self, info: SessionInfo) -> None: ...
    def add_meeting(self, meeting: Meeting, index: int | None = None) -> None: ...
    def update_meeting(self, number: int, meeting: Meeting) -> None: ...
    def remove_meeting(self, number: int) -> None: ...
    def reorder_meetings(self, numbers: list[int]) -> None: ...

    def add_item(self, item: Item, index: int | None = None) -> None: ...
    def update_item(self, key: str, item: Item) -> None: ...
    def remove_item(self, key: str) -> None: ...
    def reorder_items(self, keys: list[str]) -> None: ...
    def add_document(self, item_key: str, document: Document, index: int | None = None) -> None: ...
    def update_document(self, item_key: str, index: int, document: Document) -> None: ...
    def remove_document(self, item_key: str, index: int) -> None: ...
    def reorder_documents(self, item_key: str, order: list[int]) -> None: ...

    def add_statement(self, item_key: str, statement: Statement, index: int | None = None) -> int: ...
    def update_statement(self, statement_id: int, statement: Statement) -> None: ...
    def remove_statement(self, statement_id: int) -> None: ...
    def move_statement(self, statement_id: int, item_key: str, index: int | None = None) -> None: ...
    def add_point(self, item_key: str, point: Point, index: int | None = None) -> int: ...
    def update_point(self, point_id: int, point: Point) -> None: ...
    def remove_point(self, point_id: int) -> None: ...
    def move_point(self, point_id: int, item_key: str, index: int | None = None) -> None: ...
    def add_presentation(self, item_key: str, presentation: Presentation, index: int | None = None) -> int: ...
    def update_presentation(self, presentation_id: int, presentation: Presentation) -> None: ...
    def remove_presentation(self, presentation_id: int) -> None: ...
    def move_presentation(self, presentation_id: int, item_key: str, index: int | None = None) -> None: ...
    def set_organization(self, organization: Organization | None) -> None: ...
    def add_proposal(self, proposal: Proposal, index: int | None = None) -> None: ...
    def update_proposal(self, key: str, proposal: Proposal) -> None: ...
    def remove_proposal(self, key: str) -> None: ...

    @property
    def last_save(self) -> SaveTicket | None:
        """The state of the last change (see SaveTicket); with background saving, it may still be saving."""

    @property
    def warnings(self) -> list[str]:
        """What the user should hear about from the open."""

    @property
    def housekeeping_error(self) -> str:
        """A backup or compaction that failed, nothing logged lost."""

    def discard_unsaved(self) -> None:
        """Forget changes the disk refused, so that the database stays as it is on disk."""

    def close(self) -> None:
        """Save anything pending and let go of the database; SaveFailed (and still open) if it cannot."""


def database_path(given: str | None = None) -> Path:
    """The database to use, symlinks resolved once so that the lock and the guards see the real
    file: ``given`` (from --db) if there is one, then UNREPORT_DB, then a file in the user's data
    directory."""
    if given is not None:
        if not given.strip():
            raise StorageError("--db '': give the path of the database file, or leave --db out to use the default")
        chosen = Path(given).expanduser()
    elif os.environ.get("UNREPORT_DB"):
        chosen = Path(os.environ["UNREPORT_DB"]).expanduser()
    else:
        from platformdirs import user_data_path

        chosen = user_data_path("unreport", appauthor=False) / "unreport.json"
    if chosen.is_dir():
        raise StorageError(f"{chosen} is a folder; give the path of a database file, such as {chosen / 'unreport.json'}")
    return resolved(chosen, "give the path of the database file")


def backup_settings() -> dict[str, float]:
    """UNREPORT_BACKUP_MINUTES (default 5) and UNREPORT_KEEP_BACKUPS (default 20)."""
    settings: dict[str, float] = {}
    variables: tuple[tuple[str, str, Callable[[str], float], int], ...] = (
        ("UNREPORT_BACKUP_MINUTES", "backup_every", lambda v: float(v) * 60, 0),
        ("UNREPORT_KEEP_BACKUPS", "keep_backups", int, 1),
    )
    for variable, key, convert, least in variables:
        raw = os.environ.get(variable)
        if raw is None:
            continue
        try:
            value: float | None = convert(raw)
        except ValueError:
            value = None
        if value is None or value != value or value < least:
            raise StorageError(f"{variable}={raw!r}: expected a number of at least {least}")
        settings[key] = value
    return settings


def open_store(
    path: Path, read_only: bool = False, background: bool = False, on_save: Callable[[SaveTicket], None] | None = None
) -> SessionStore:
    """Open (or create) the database. Writers take the lock; a reader never writes anything, and
    never reads the backup settings, which only a writer uses.

    Without ``background`` each change is on disk when the call returns (or SaveFailed is raised).
    With it, the call returns at once and a thread saves; ``on_save`` hears, on that thread, of
    every change of state of every change (saving, saved, not saved)."""
    from .session_store import TinyDBSessionStore

    settings = {} if read_only else backup_settings()
    return TinyDBSessionStore(Path(path), read_only=read_only, background=background, on_ticket=on_save, **settings)


@dataclass(frozen=True)
class StoreToOpen:
    """A database to be opened later, and how: the app opens it on a thread after its first
    frame, so that a long session never keeps the speaker box from taking keys."""

    path: Path
    read_only: bool = False
    background: bool = True

    def open(self) -> SessionStore:
        return open_store(self.path, read_only=self.read_only, background=self.background)


def check_database(db: Path) -> Health:
    """What state the database, its journal, its lock and its backups are in, changing nothing
    (`unreport check`). Its module is imported here, when asked: it reads the session as the
    store does (the records, the profiles), which the app's first frame does not wait for."""
    from . import health

    return health.check_database(db)


def keep_copy_before(db: Path, label: str) -> Path | None:
    """A labelled copy of the database as it is on disk now (before an import replaces it)."""
    return keep_copy(db, db, label=label)
