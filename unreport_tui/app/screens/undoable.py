"""A screen whose changes go through the logbook: ctrl+z and ctrl+y undo and redo any step (the
live screen's, the prepare screen's, the proposals'), saying what was undone or redone, and each
screen shows the result its own way (``show_change``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from ...storage import StorageError

if TYPE_CHECKING:
    from ...logbook import Logbook, StepOutcome


class UndoableScreen(Screen[None]):
    book: Logbook

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

    def show_change(self, change: StepOutcome) -> None:
        """Show the session as the undo or redo left it."""
