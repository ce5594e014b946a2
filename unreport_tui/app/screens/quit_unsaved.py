"""ctrl+q while a box holds text typed and not saved (the live screen's speaker and point boxes,
the prepare screen's sections, the Chair's list, the proposals screen's boxes): the app asks once
instead of quitting silently.

Why ask rather than save at once or quit: a note-taker who presses ctrl+q with a value half typed
has not said it is right; saving it unasked could put a wrong value in the report, and quitting
would lose it. One question, answered with one key, keeps both promises: Enter saves each section
through its own Enter (which checks each field and may refuse: the app then stays, with the field
marked, as a refused Enter leaves it), Esc stays with the text where it was."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


@runtime_checkable
class HoldsTyping(Protocol):
    """A screen whose boxes can hold text typed and not saved yet."""

    def typed_not_saved(self) -> str:
        """What holds it, for the question ("the session data"); "" when nothing does."""
        ...

    async def save_typed(self) -> bool:
        """Save it through each section's own Enter; True once all of it is saved, False when a
        section was refused or a question about it left unanswered (the screen says which)."""
        ...


class QuitUnsavedDialog(ModalScreen[bool]):
    BINDINGS = [Binding("enter", "dismiss(True)", "Save and quit"), Binding("escape", "dismiss(False)", "Stay")]

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-dialog"):
            yield Label(f"Typed and not saved yet: {self.what}.", markup=False)
            yield Label("Enter saves it and quits · Esc stays, with what was typed", classes="dim", markup=False)
