"""A screen whose changes go through the logbook: undo and redo (ctrl+z and ctrl+y, or the keys
chosen for them) undo and redo any step (the live screen's, the prepare screen's, the
proposals'), saying what was undone or redone, and each screen shows the result its own way
(``show_change``). The keys are bound here, once, so that a key chosen for them works on each."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from ...storage import StorageError
from ..actions import On, bindings

if TYPE_CHECKING:
    from ...logbook import Change, Logbook
    from ..app import UnreportApp


class UndoableScreen(Screen[None]):
    BINDINGS = bindings(On.UNDOABLE)
    book: Logbook

    @property
    def unreport(self) -> UnreportApp:
        """The app, typed: these screens are shown by unreport's app only (its settings, its database)."""
        return cast("UnreportApp", self.app)

    def action_undo(self) -> None:
        self._history(undo=True)

    def action_redo(self) -> None:
        self._history(undo=False)

    def _history(self, undo: bool) -> None:
        from ...logbook import LogbookError

        if not (self.book.can_undo if undo else self.book.can_redo):
            self.notify("Nothing to undo." if undo else "Nothing to redo.", markup=False)
            return
        try:
            change = self.book.undo() if undo else self.book.redo()
        except (LogbookError, StorageError) as refused:
            self.notify(str(refused), severity="error", markup=False)
            return
        if change is None:
            return
        self.notify(change.description, markup=False, timeout=3)
        if change.not_saved:
            self.notify(change.not_saved, severity="error", markup=False, timeout=10)
        self.show_change(change)

    def show_change(self, change: Change) -> None:
        """Show the session as the undo or redo left it."""
