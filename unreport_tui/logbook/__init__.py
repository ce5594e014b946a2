"""Everything a note-taker changes, as reversible steps over the SessionStore (no Textual)."""

from .edits import Cursor
from .logbook import Change, Logbook, LogbookError

__all__ = ["Change", "Cursor", "Logbook", "LogbookError"]
