"""The boxes of a form's section, each beside its label. The label of the box that has the cursor stands out."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.widget import Widget


class FormFields(Widget):
    """A section of a form: the boxes one under the other, in the right-hand column, and the label
    of each drawn by the section itself in the left-hand column, on the box's line. A line under a
    box (what its value is, why it was refused) takes the boxes' column too, with nothing beside it.

    The labels are drawn, not mounted: F5's cost is Textual's, per widget mounted, styled and laid
    out, and a label and an empty cell were 80 of the prepare screen's 185 widgets. (Before that,
    a row container around each label and box was dropped for the same reason: 251 widgets then.)

    The label of the box that has the cursor is drawn bright and bold. Not CSS's
    ``:focus-within``: Textual restyles for it only when the focus moves, and on a form just
    mounted the label of the first box focused stayed dim, or another stayed bright."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"form-fields--label", "form-fields--current"}
    DEFAULT_CSS = """
    FormFields {
        layout: vertical;
        height: auto;
        & > * {
            margin-left: 40;
        }
        .form-fields--label {
            color: $text-muted;
        }
        .form-fields--current {
            color: $text;
            text-style: bold;
        }
    }
    """

    def __init__(self, *children: Widget, classes: str | None = None) -> None:
        super().__init__(*children, classes=classes)
        self.labels: dict[Widget, str] = {}  # by the section's child that holds the box
        self._current: Widget | None = None

    def labelled(self, cell: Widget, label: str) -> Widget:
        """``cell`` (a box, or the completing box around one), to be drawn with ``label`` beside it."""
        self.labels[cell] = label
        return cell

    def render(self) -> Text:
        lines: list[Text] = []
        for child in self.children:
            if not child.display:
                continue
            height = child.outer_size.height
            label = self.labels.get(child)
            if label is not None and height:
                style = "form-fields--current" if child is self._current else "form-fields--label"
                drawn = Text(label, style=self.get_component_rich_style(style), end="")
                drawn.truncate(child.styles.margin.left)  # the labels' column: the margin left of the box
                lines.append(drawn)
                height -= 1
            lines.extend(Text("", end="") for _ in range(height))
        return Text("\n").join(lines)

    def on_resize(self) -> None:
        self.refresh()  # a line shown or hidden under a box moves the labels below it

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._current = self.cell_of(event.widget)
        self.refresh()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if self.cell_of(event.widget) is self._current:
            self._current = None
            self.refresh()

    def cell_of(self, widget: Widget) -> Widget | None:
        """The section's child that holds ``widget`` (a box, or the completing box around it)."""
        node: Widget | None = widget
        while node is not None and node.parent is not self:
            node = node.parent if isinstance(node.parent, Widget) else None
        return node

    def label_of(self, widget: Widget) -> str | None:
        """The label beside the box that holds ``widget``."""
        cell = self.cell_of(widget)
        return self.labels.get(cell) if cell is not None else None

    def current_label(self) -> str | None:
        """The label drawn bright: that of the box with the cursor."""
        return self.labels.get(self._current) if self._current is not None else None
