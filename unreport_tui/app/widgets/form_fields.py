"""The boxes of a form's section, each beside its label. The label of the box that has the cursor stands out."""

from __future__ import annotations

from textual import events
from textual.containers import Grid
from textual.widget import Widget
from textual.widgets import Label


class FormFields(Grid):
    """A section of a form: a grid of two columns, the labels' and the boxes'. A line under a box
    (what its value is, why it was refused) goes in the boxes' column beside an empty cell: Textual
    gives a cell that spans both columns the height its text takes in the first, so a long line
    was cut to one.

    One grid per section rather than a row container around each label and box: F5's cost is
    Textual's, per widget mounted, styled and laid out, and those containers were 67 of the
    prepare screen's 251 widgets. F5 took 0.73 s of CPU instead of 0.90 (demo session, 80×24,
    three runs of six apps each, 2026-12-01), and looks the same: the screen captured in tmux,
    colours included, is byte for byte what it was, on both forms and with a value refused.

    The label of the box that has the cursor is marked ``-current``, and the stylesheet brightens
    it. Not CSS's ``:focus-within``: Textual restyles for it only when the focus moves, and on a
    form just mounted the label of the first box focused stayed dim, or another stayed bright,
    until the screen was restyled whole."""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        label = self.label_of(event.widget)
        if label is not None:
            label.add_class("-current")

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        label = self.label_of(event.widget)
        if label is not None:
            label.remove_class("-current")

    def cell_of(self, widget: Widget) -> Widget | None:
        """The grid's child that holds ``widget`` (a box, or the completing box around it)."""
        node: Widget | None = widget
        while node is not None and node.parent is not self:
            node = node.parent if isinstance(node.parent, Widget) else None
        return node

    def label_of(self, widget: Widget) -> Label | None:
        """The label beside the box that holds ``widget``: the cell before it."""
        cell = self.cell_of(widget)
        if cell is None:
            return None
        children = list(self.children)
        before = children.index(cell) - 1
        if before < 0:
            return None
        label = children[before]
        return label if isinstance(label, Label) and label.has_class("field-label") else None
