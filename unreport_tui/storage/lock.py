"""One writer at a time. The lock is an advisory ``flock`` on ``<db>.lock``: the kernel drops it
when its process dies however it dies, so a lock left by a crashed app is simply taken over.
The file also says who holds it, for the message the second copy of the app shows."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import socket
from pathlib import Path

from .atomic_write import PRIVATE, made_private
from .errors import DatabaseInUse
from .journal_lines import journal_path


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def describe_holder(db: Path) -> tuple[int | None, str]:
    try:
        info = json.loads(lock_path(db).read_text(encoding="utf-8"))
        since = dt.datetime.fromisoformat(info["since"])
        return int(info["pid"]), f"{since:%Y-%m-%d %H:%M}"
    except (OSError, ValueError, KeyError, TypeError):
        return None, "an unknown time"


def writer_alive(db: Path) -> bool:
    """Whether the process the lock file names is alive: a writing copy has the database open.
    Asked by a read-only copy as it follows, so it takes no flock, not even for an instant: a
    writer opening at that moment must never find the database "in use"."""
    pid, _ = describe_holder(db)
    if pid is None:
        return False
    try:
        os.kill(pid, 0)  # signal 0: only whether the process is there
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but another user's
        return True
    return True


def _flock_or_none(path: Path) -> int | None:
    """An open descriptor holding an exclusive flock on ``path``, or None if another process holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    made_private(fd)
    return fd


class DatabaseLock:
    """The lock file, and the journal too: the journal is never replaced while a writer has it, so
    a second writer is kept out even if someone deletes the lock file while the app runs."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.path = lock_path(db)
        self.fd: int | None = None
        self.journal_fd: int | None = None
        self.took_over_from: int | None = None  # pid named in a lock file whose process had died

    def _in_use(self) -> DatabaseInUse:
        pid, since = describe_holder(self.db)
        who = f"process {pid}" if pid else "another process"
        return DatabaseInUse(
            f"{self.db} is in use by {who} since {since}. Close unreport there first, "
            f"or open this database read-only (--read-only).",
            pid,
        )

    def acquire(self) -> DatabaseLock:
        fd = _flock_or_none(self.path)
        if fd is None:
            raise self._in_use()
        journal_fd = _flock_or_none(journal_path(self.db))
        if journal_fd is None:
            os.close(fd)
            raise self._in_use()
        self.journal_fd = journal_fd
        previous, _ = describe_holder(self.db)
        if previous and previous != os.getpid():
            self.took_over_from = previous
        since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": since}).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, record, 0)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None
        if self.journal_fd is not None:
            os.close(self.journal_fd)  # closing drops its flock
            self.journal_fd = None


def holder_if_locked(db: Path) -> tuple[int | None, str] | None:
    """(pid, since) of the process holding the database, or None if nobody does. Changes nothing."""
    try:
        fd = os.open(lock_path(db), os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return describe_holder(db)
    finally:
        os.close(fd)  # closing drops the probe's shared lock
    return None
