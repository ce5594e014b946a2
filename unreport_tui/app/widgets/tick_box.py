"""A checkbox that looks ticked only when it is: Textual's draws its X either way, only the
colours changing, and a note-taker read "without a vote" as ticked when it was not."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button
