"""Saving in the background: the caller's change is in memory at once, a thread writes it to
disk, and each change's SaveTicket says saved, saving, or not saved (with the reason).
A failed write is retried until it succeeds, so a disk that was full and is freed catches up.

The saver knows nothing of the storage: it is given the function that writes what is pending."""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import SaveFailed


class BackgroundSaver:
    def __init__(self, flush: Callable[[], None], describe: str = "the database",
                 retry_after: float = 1.0, max_retry_after: float = 15.0) -> None:
        self.flush = flush
        self.describe = describe
        self.retry_after = retry_after
        self.max_retry_after = max_retry_after
        self.last_error: SaveFailed | None = None
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="unreport-saver", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        delay = self.retry_after
        while True:
            self._wake.wait(timeout=delay if self.last_error else None)
            self._wake.clear()
            try:
                self.flush()
            except SaveFailed as error:
                self.last_error = error
                delay = min(delay * 2, self.max_retry_after)
            except Exception as error:  # never let the thread die silently: report it, retry later
                self.last_error = SaveFailed(f"Could not save to {self.describe}: {error}")
                delay = self.max_retry_after
            else:
                self.last_error = None
                delay = self.retry_after
            if self._stopping:
                return

    def stop(self) -> None:
        """Let the thread finish what it is writing; whatever is still pending is saved by close()."""
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=30)
