"""A screen whose changes go through the logbook: undo and redo (ctrl+z and ctrl+y, or the keys
chosen for them) undo and redo any step (the live screen's, the prepare screen's, the
proposals'), saying what was undone or redone, and each screen shows the result its own way
(``show_change``). f1 lists the screen's keys (``keys_listed``). The keys are bound here, once,
so that a key chosen for them works on each."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

from ...storage import StorageError
from ..actions import On, bindings

if TYPE_CHECKING:
    from ...logbook import Logbook, StepOutcome


ResultT = TypeVar("ResultT")  # what the screen gives back to the one that opened it (``dismiss``)


class UndoableScreen(Screen[ResultT]):
    BINDINGS = bindings(On.UNDOABLE)
    book: Logbook

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen(self.keys_listed()))

    def keys_listed(self) -> list[tuple[str, str]]:
        """The help screen's rows for this screen: each key in force, and what it does. Each screen says which."""
        raise NotImplementedError

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
        also = self.show_change(change, undo)
        self.notify(f"{change.description}{also}", markup=False, timeout=5 if also else 3)
        if change.not_saved:
            self.notify(change.not_saved, severity="error", markup=False, timeout=10)

    def show_change(self, change: StepOutcome, undone: bool) -> str:
        """Show the session as the undo or redo left it; what the screen did besides, to say after
        the change's own description ("" for nothing). Each screen says how."""
        raise NotImplementedError
