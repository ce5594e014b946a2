"""Everything a note-taker changes, as reversible steps over the SessionStore (no Textual).

Its modules are imported when first used (PEP 562): the app shows its first screen before the
session is read, and the logbook is needed only then."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .edits import Cursor
    from .logbook import Change, Logbook, LogbookError

__all__ = ["Change", "Cursor", "Logbook", "LogbookError"]

_WHERE = {"Cursor": ".edits", "Change": ".logbook", "Logbook": ".logbook", "LogbookError": ".logbook"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value  # asked once
    return value
