"""Writing an exported report to a file the user named, without ever harming the database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .atomic_write import write_atomically
from .backups import backup_dir
from .errors import StorageError
from .formats import META_KEY
from .journal_lines import journal_path
from .lock import lock_path


def resolved(path: Path, then: str) -> Path:
    """``path`` with its symbolic links followed; StorageError, saying ``then`` (what to do), for
    links that lead back to themselves (Python raises RuntimeError for them)."""
    try:
        return path.resolve()
    except RuntimeError:
        raise StorageError(f"{path} is a symbolic link that leads back to itself; {then}") from None


def is_part_of_database(target: Path, db: Path) -> bool:
    """The database file itself, its journal, lock or backups (after following symlinks)."""
    target, db = target.resolve(), db.resolve()
    return target in (db, journal_path(db), lock_path(db)) or backup_dir(db) in (target, *target.parents)


def write_export(target: Path, text: str | bytes, db: Path) -> Path:
    """Write ``text`` to ``target`` whole or not at all; returns the file written.

    A symlink is followed (the file it points to gets the text, the link stays a link); an
    existing file keeps its permissions; a device, a pipe or a folder is refused, as is any file
    of the database."""
    real = resolved(target, "choose another file")
    if is_part_of_database(real, db):
        raise StorageError(f"{target} is part of the database {db}; choose another file to write the report to")
    try:
        found = os.stat(real)
    except FileNotFoundError:
        found = None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise StorageError(f"{target} is a folder; give a file name, such as {target / 'report.txt'}")
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise StorageError(f"{target} is not a regular file (a device or a pipe); choose a file to write")
    if not real.parent.is_dir():
        raise StorageError(f"{real.parent}: no such folder")
    if found is not None and _is_a_database(real):
        raise StorageError(f"{target} is an unreport database (another's notes); choose another file to write the report to")
    mode = stat.S_IMODE(found.st_mode) if found is not None else _default_mode()
    write_atomically(real, text if isinstance(text, bytes) else text.encode("utf-8"), mode=mode)
    return real


def _is_a_database(path: Path) -> bool:
    """Whether ``path`` holds an unreport database: a journal or a lock beside it (any format), or
    its opening, a JSON object whose first key is the format's mark (every database since format 2
    begins so), read without loading it."""
    if journal_path(path).exists() or lock_path(path).exists():
        return True
    try:
        with open(path, "rb") as handle:
            start = handle.read(64)
    except OSError:
        return False
    return start.lstrip().startswith(b"{") and f'"{META_KEY}"'.encode() in start


def _default_mode() -> int:
    """What a new file gets from the user's umask, as any other program would give it."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
