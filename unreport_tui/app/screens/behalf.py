"""'On behalf of': a group (or a State) for the statement being made, with the same completion
as the speaker box. Enter takes the highlighted suggestion; Escape leaves the statement as it was;
an empty Enter removes the group."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from ...core.rendered import printable
from ...core.speaker_suggestions import suggest_behalf
from ..widgets.completing_input import CompletingInput


class BehalfDialog(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, speaker: str, current: str) -> None:
        super().__init__()
        self.speaker = speaker
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="behalf-dialog"):
            yield Label(printable(f"{self.speaker} speaks on behalf of:"), markup=False)
            yield CompletingInput(suggest_behalf, "a group: g77, african, eu … (empty Enter: none)", input_id="behalf")
            yield Label("Enter saves · Esc cancels (nothing changes)", classes="dim", markup=False)

    def on_mount(self) -> None:
        box = self.query_one(CompletingInput)
        box.input.value = self.current
        box.input.focus()

    @on(CompletingInput.Chosen)
    def chosen(self, event: CompletingInput.Chosen) -> None:
        self.dismiss(event.value)
