"""Everything a note-taker changes, as reversible steps over the SessionStore (no Textual).

The app imports it on the worker that opens the database, never before its first frame (see
tests/test_first_frame_imports.py)."""

from __future__ import annotations

from .edits import Cursor
from .logbook import Logbook, LogbookError, StepOutcome

__all__ = ["Cursor", "Logbook", "LogbookError", "StepOutcome"]
