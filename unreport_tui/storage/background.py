"""Saving in the background: the caller's change is in memory at once, a thread writes it to
disk, and each change's SaveTicket says saved, saving, or not saved (with the reason).
A write the disk refuses (full, gone, read-only) is retried until it succeeds, so a disk that was
full and is freed catches up.

Any other exception is a defect of unreport, which no wait would mend: retrying it on a timer
would only make it look like a full disk. It is written to a crash report (once) and handed to
``on_defect``, which says so where save problems are shown; the saver then waits for the next
change to try again.

The saver knows nothing of the storage: it is given the function that writes what is pending."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from ..crash_report import write_crash_report
from .errors import SaveFailed, StorageError


class BackgroundSaver:
    def __init__(
        self,
        flush: Callable[[], None],
        describe: str = "the database",
        retry_after: float = 1.0,
        max_retry_after: float = 15.0,
        on_defect: Callable[[Exception, Path | None], None] = lambda _error, _report: None,
    ) -> None:
        """``on_defect(error, report)``: called on the saving thread when ``flush`` fails on a defect,
        with the crash report written for it (None if even that could not be written)."""
        self.flush = flush
        self.describe = describe
        self.retry_after = retry_after
        self.max_retry_after = max_retry_after
        self.on_defect = on_defect
        self.last_error: SaveFailed | None = None
        self.retry_in: float | None = None  # seconds until a failed write is tried again; None: at the next change
        self.crash_report: Path | None = None  # the first defect's; later ones are the same bug, most likely
        self._reported = False
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="unreport-saver", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        delay = self.retry_after
        while True:
            self._wake.wait(timeout=self.retry_in)
            self._wake.clear()
            try:
                self.flush()
            except (StorageError, OSError) as error:  # the disk refused: tried again until it takes it
                self.retry_in, delay = delay, min(delay * 2, self.max_retry_after)
                self.last_error = (
                    error
                    if isinstance(error, SaveFailed)
                    else SaveFailed(f"Could not save to {self.describe}: {error}", error if isinstance(error, OSError) else None)
                )
            except Exception as error:  # noqa: BLE001 - a defect: never let the thread die silently, never retry it blindly
                self.retry_in, delay = None, self.retry_after
                self.last_error = SaveFailed(
                    f"Could not save to {self.describe}: unreport failed while saving ({type(error).__name__}: {error})"
                )
                self._defect(error)
            else:
                self.last_error = None
                self.retry_in, delay = None, self.retry_after
            if self._stopping:
                return

    def _defect(self, error: Exception) -> None:
        if not self._reported:
            self._reported = True
            try:
                self.crash_report = write_crash_report(error)
            except OSError:
                self.crash_report = None  # the words on the screen are all there is then
        with contextlib.suppress(Exception):  # whatever it raises: telling of a defect must not stop the saver
            self.on_defect(error, self.crash_report)

    def stop(self) -> None:
        """Let the thread finish what it is writing; whatever is still pending is saved by close()."""
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=30)
