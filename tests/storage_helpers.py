from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from unreport_tui.storage.journal import JournalStorage
from unreport_tui.storage.journalled_table import JournalledTinyDB
from unreport_tui.storage.session_store import TinyDBSessionStore


def journal_of(store: object) -> JournalStorage:
    """The journal under a store that open_store opened (the app sees only a SessionStore)."""
    assert isinstance(store, TinyDBSessionStore), store
    return store.storage


def open_db(path: Path, **options) -> JournalledTinyDB:
    return JournalledTinyDB(path, storage=JournalStorage, **options)


def entry(n: int) -> dict:
    return {
        "item": "2b",
        "position": float(n),
        "speaker": "Chile",
        "role": "member",
        "kind": "statement",
        "on_behalf_of": "",
        "text": f"note {n}",
    }


class FlakyDisk:
    """The write and fsync the storage is given: a disk that can fill up or fail, and recover."""

    def __init__(self) -> None:
        self.full = False  # a write puts half its bytes on the disk, then fails with ENOSPC
        self.failing_sync = False  # fsync fails with EIO

    def write(self, fd: int, data) -> int:
        if self.full:
            os.write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        if self.failing_sync:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        os.fsync(fd)

    def options(self) -> dict:
        return {"write": self.write, "fsync": self.fsync}


_DIE_AFTER_WRITING = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    from unreport_tui.storage.journal import JournalStorage
    from unreport_tui.storage.journalled_table import JournalledTinyDB
    db = JournalledTinyDB(Path(sys.argv[1]), storage=JournalStorage)
    for doc in json.loads(sys.argv[2]):
        db.table("statements").insert(doc)
    os._exit(0)  # dies: nothing closed, nothing compacted
""")


def write_then_die(path: Path, docs: list[dict]) -> None:
    """Another process logs ``docs`` into the database and dies without closing it."""
    import json

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", _DIE_AFTER_WRITING, str(path), json.dumps(docs)], cwd=root, check=True)
