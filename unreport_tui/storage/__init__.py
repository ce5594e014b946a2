"""Where sessions are kept. Callers see only the SessionStore interface; TinyDB stays in here."""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Callable
from typing import Protocol

from platformdirs import user_data_path

from ..core.model import Point, Session, Statement


from .journal import NOT_SAVED, SAVED, SAVING, SaveTicket
from .errors import DatabaseCorrupt, DatabaseInUse, NewerFormat, ReadOnlyDatabase, SaveFailed, StorageError

__all__ = ["NOT_SAVED", "SAVED", "SAVING", "SaveTicket", "DatabaseCorrupt", "DatabaseInUse", "NewerFormat", "ReadOnlyDatabase", "SaveFailed", "SessionStore",
           "StorageError", "default_db_path", "open_store"]


class SessionStore(Protocol):
    path: Path

    def load(self) -> Session: ...

    def replace(self, session: Session) -> None:
        """Make the database hold exactly this session (import)."""

    def add_statement(self, item_key: str, statement: Statement) -> int: ...

    def update_statement(self, statement_id: int, item_key: str, statement: Statement) -> None: ...

    def remove_statement(self, statement_id: int) -> None: ...

    def add_point(self, item_key: str, point: Point) -> int: ...

    def update_point(self, point_id: int, item_key: str, point: Point) -> None: ...

    def remove_point(self, point_id: int) -> None: ...

    @property
    def last_save(self) -> SaveTicket | None:
        """The state of the last change (see SaveTicket); with background saving, it may still be saving."""

    def close(self) -> None:
        """Save anything pending and let go of the database; SaveFailed (and still open) if it cannot."""


def default_db_path() -> Path:
    """--db wins, then UNREPORT_DB, then a file in the user's data directory."""
    env = os.environ.get("UNREPORT_DB")
    if env:
        return Path(env)
    return user_data_path("unreport", appauthor=False) / "unreport.json"


def backup_settings() -> dict[str, float]:
    """UNREPORT_BACKUP_MINUTES (default 5) and UNREPORT_KEEP_BACKUPS (default 20)."""
    settings: dict[str, float] = {}
    for variable, key, convert, least in (("UNREPORT_BACKUP_MINUTES", "backup_every", lambda v: float(v) * 60, 0),
                                          ("UNREPORT_KEEP_BACKUPS", "keep_backups", int, 1)):
        raw = os.environ.get(variable)
        if raw is None:
            continue
        try:
            value = convert(raw)
        except ValueError:
            value = None
        if value is None or value < least:
            raise StorageError(f"{variable}={raw!r}: expected a number of at least {least}")
        settings[key] = value
    return settings


def open_store(path: Path, read_only: bool = False, background: bool = False,
               on_save: Callable[[SaveTicket], None] | None = None) -> SessionStore:
    """Open (or create) the database. Writers take the lock.

    Without ``background`` each change is on disk when the call returns (or SaveFailed is raised).
    With it, the call returns at once and a thread saves; ``on_save`` hears, on that thread, of
    every change of state of every change (saving, saved, not saved)."""
    from .session_store import TinyDBSessionStore

    return TinyDBSessionStore(Path(path), read_only=read_only, background=background, on_ticket=on_save,
                              **backup_settings())
