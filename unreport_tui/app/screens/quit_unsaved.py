"""ctrl+q while a box holds text typed and not saved (the live screen's speaker and point boxes,
the prepare screen's sections, the Chair's list, the proposals screen's boxes): the app asks once
instead of quitting silently. Going back to the live screen from the prepare or the proposals
screen with a section typed and not saved asks the same (the screen and its boxes are gone once
left): ``leave_asking_first``.

Why ask rather than save at once or quit: a note-taker who presses ctrl+q with a value half typed
has not said it is right; saving it unasked could put a wrong value in the report, and quitting
would lose it. One question, answered with one key, keeps both promises: Enter saves each section
through its own Enter (which checks each field and may refuse: the app then stays, with the field
marked, as a refused Enter leaves it), Esc stays with the text where it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
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


class QuitUnsavedDialog(ModalScreen[bool | None]):
    """The question; its answer (``dismiss``): True for Enter (save, then go on), False for Esc
    (stay), None for the key that goes back without it, offered when leaving a screen (a value
    the screen refuses would otherwise keep the note-taker there until its box is cleared)."""

    BINDINGS = [Binding("enter", "dismiss(True)", "Save and go on"), Binding("escape", "dismiss(False)", "Stay")]

    def __init__(self, what: str, then: str = "quits", without: str = "") -> None:
        """``then``: what Enter does once it is saved ("quits", "goes back to the live screen");
        ``without``: the key that goes back without it (none when quitting)."""
        super().__init__()
        self.what = what
        self.then = then
        self.without = without

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-dialog"):
            yield Label(f"Typed and not saved yet: {self.what}.", id="quit-what", markup=False)
            # A choice a line, each wrapped in the dialog's width (80 columns leave it 66).
            yield Label(f"Enter saves it and {self.then}", classes="dim", markup=False)
            if self.without:
                yield Label(f"{self.without} goes back without it", classes="dim", markup=False)
            yield Label("Esc stays, with what was typed", classes="dim", markup=False)

    def on_key(self, event: events.Key) -> None:
        # The key chosen for leaving the screen is the user's (the keymap): not a binding of this class.
        if self.without and self.without in (event.key, *event.aliases):
            event.stop()
            self.dismiss(None)


async def leave_asking_first(screen: Screen[Any], leave: Callable[[], object], key: str) -> None:
    """Leave at once when ``screen`` holds nothing typed and not saved; otherwise ask: Enter saves
    it through each section's own Enter, then leaves; ``key`` (the one that leaves the screen,
    pressed again) leaves without it; Esc, a section refused or a question about it left
    unanswered stays, with what was typed where it was. Run in a worker: it waits for the answer."""
    held = screen.typed_not_saved() if isinstance(screen, HoldsTyping) else ""
    if not held:
        leave()
        return
    assert isinstance(screen, HoldsTyping)
    answer = await screen.app.push_screen_wait(QuitUnsavedDialog(held, then="goes back to the live screen", without=key))
    if answer is None or (answer and await screen.save_typed()):
        leave()
