"""Correcting a logged statement or point: its fields in text boxes, Enter saves, Escape leaves it
as it was. The change goes through the logbook like any other, so ctrl+z undoes it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class EditEntryDialog(ModalScreen[dict[str, str] | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, title: str, fields: list[tuple[str, str, str]]) -> None:
        """``fields``: (name, label, current value) for each text box."""
        super().__init__()
        self.heading = title
        self.fields = fields

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog"):
            yield Label(self.heading, markup=False)
            for name, label, value in self.fields:
                yield Label(label, classes="box-label", markup=False)
                yield Input(value=value, id=f"edit-{name}", compact=True)

    @on(Input.Submitted)
    def save(self) -> None:
        self.dismiss({name: self.query_one(f"#edit-{name}", Input).value for name, _, _ in self.fields})
