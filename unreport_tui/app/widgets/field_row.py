"""One line of a form: a label and its box. The label of the box that has the cursor stands out."""

from __future__ import annotations

from textual import events
from textual.containers import Horizontal


class FieldRow(Horizontal):
    """A label and its box (``classes`` says which kind: "field", "field names").

    The row is marked ``-current`` while its box has the cursor, and the stylesheet brightens its
    label. Not CSS's ``:focus-within``: Textual restyles for it only when the focus moves, and on a
    form just mounted the label of the first box focused stayed dim, or another stayed bright,
    until the screen was restyled whole (a third of what F5 cost, now skipped)."""

    def on_descendant_focus(self, _event: events.DescendantFocus) -> None:
        self.add_class("-current")

    def on_descendant_blur(self, _event: events.DescendantBlur) -> None:
        self.remove_class("-current")
