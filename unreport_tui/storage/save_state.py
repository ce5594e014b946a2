"""The state of one saved change, for a screen that shows "saving…", "saved" or why not."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import StrEnum


class SaveState(StrEnum):
    SAVING = "saving"
    SAVED = "saved"
    NOT_SAVED = "not saved"


@dataclass
class SaveTicket:
    seq: int
    state: SaveState = SaveState.SAVING
    error: str = ""  # why it is not saved yet, in words the user can act on
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    def settle(self, state: SaveState, error: str = "") -> None:
        self.state, self.error = state, error
        if state is SaveState.SAVED:
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Until saved (True) or the timeout passes (False)."""
        return self._done.wait(timeout)
