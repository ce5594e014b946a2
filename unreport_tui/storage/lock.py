"""One writer at a time. The lock is an advisory ``flock`` on ``<db>.lock``: the kernel drops it
when its process dies however it dies, so a lock left by a crashed app is simply taken over.
The file also says who holds it, for the message the second copy of the app shows."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
from pathlib import Path

from .errors import DatabaseInUse


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def describe_holder(db: Path) -> tuple[int | None, str]:
    try:
        info = json.loads(lock_path(db).read_text(encoding="utf-8"))
        since = dt.datetime.fromisoformat(info["since"])
        return int(info["pid"]), f"{since:%Y-%m-%d %H:%M}"
    except (OSError, ValueError, KeyError, TypeError):
        return None, "an unknown time"


class DatabaseLock:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.path = lock_path(db)
        self.fd: int | None = None
        self.took_over_from: int | None = None  # pid named in a lock file whose process had died

    def acquire(self) -> DatabaseLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            pid, since = describe_holder(self.db)
            who = f"process {pid}" if pid else "another process"
            raise DatabaseInUse(
                f"{self.db} is in use by {who} since {since}. Close unreport there first, "
                f"or open this database read-only (--read-only).",
                pid,
            ) from None
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
        try:
            os.ftruncate(self.fd, 0)
        except OSError:
            pass
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None


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
