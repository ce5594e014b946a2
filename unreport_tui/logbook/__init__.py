"""Everything a note-taker changes, as reversible steps over the SessionStore (no Textual).

Its modules are imported when first used (PEP 562): the app shows its first screen before the
session is read, and the logbook is needed only then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_imports import lazy_attributes

if TYPE_CHECKING:
    from .edits import Cursor
    from .logbook import Logbook, LogbookError, StepOutcome

__all__ = ["Cursor", "Logbook", "LogbookError", "StepOutcome"]

_WHERE = {"Cursor": ".edits", "Logbook": ".logbook", "LogbookError": ".logbook", "StepOutcome": ".logbook"}


__getattr__ = lazy_attributes(__name__, _WHERE, globals())
