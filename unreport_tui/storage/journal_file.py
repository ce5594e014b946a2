"""The journal file, appended to and fsync'd; a failed write is cut back off so that the file is
as it was before the write.

``write`` and ``fsync`` are the functions it writes and syncs with: tests give failing ones to
play a full disk or a dying device."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .atomic_write import PRIVATE, made_private


class JournalFile:
    def __init__(
        self, path: Path, write: Callable[[int, memoryview], int] = os.write, fsync: Callable[[int], None] = os.fsync
    ) -> None:
        self.path = path
        self.write = write
        self.fsync = fsync
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE)
        made_private(self.fd)
        self.size = os.fstat(self.fd).st_size
        self._dirty = False  # a failed write could not be cut back: cut before the next one

    def append(self, data: bytes) -> None:
        """All of ``data`` on disk, or OSError (or whatever else stopped it) and the file as it was."""
        if self._dirty:
            self.cut(self.size)
        start = self.size
        try:
            view = memoryview(data)
            while view:
                written = self.write(self.fd, view)
                view = view[written:]
            self.fsync(self.fd)
        except Exception:  # a disk that refuses, or a defect half-way: either way the file as it was
            try:
                self.cut(start)
            except OSError:
                self._dirty = True
            raise
        self.size = start + len(data)

    def cut(self, length: int) -> None:
        os.ftruncate(self.fd, length)
        os.fsync(self.fd)
        self.size = length
        self._dirty = False

    def empty(self) -> None:
        """After a compaction; if it fails, the lines left are older than the snapshot and skipped."""
        self.size = 0
        try:
            self.cut(0)
        except OSError:
            self._dirty = True

    def close(self) -> None:
        os.close(self.fd)
