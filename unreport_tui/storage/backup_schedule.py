"""When the writer takes a rolling backup: at open, every few minutes while changes come in,
and at close if anything changed since the last one."""

from __future__ import annotations

import time
from pathlib import Path

from .backups import BackupInBackground


class BackupSchedule:
    def __init__(self, db: Path, every: float, keep: int) -> None:
        self.db = db
        self.every = every
        self.keep = keep
        self.error = ""  # the last backup's failure, for the screen
        self.changed = False  # changes since the last backup
        self._last = time.monotonic()
        self._running: BackupInBackground | None = None

    def note_change(self) -> None:
        self.changed = True

    def due(self) -> bool:
        return self.changed and time.monotonic() - self._last >= self.every

    def take(self) -> None:
        """Copy the database file as it is now, on a thread. OSError if the file cannot be opened."""
        self.join()
        self._running = BackupInBackground(self.db, self.keep)
        self._last = time.monotonic()
        self.changed = False

    def join(self) -> None:
        if self._running is not None:
            self._running.join()
            self.error = f"the last backup failed: {self._running.error}" if self._running.error else ""
            self._running = None
