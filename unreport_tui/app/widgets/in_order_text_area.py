"""The Chair's list box, keeping the order of keys typed in a burst as the one-line boxes do
(``keys_in_order``). A module of its own: Textual's TextArea is a large import, and only the
prepare screen has one; the live screen, drawn first, imports the one-line boxes."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from .keys_in_order import KeysInOrder


class InOrderTextArea(KeysInOrder, TextArea):
    def _types(self, event: events.Key) -> bool:
        return event.is_printable or event.key == "enter"  # Enter is a new line: one name a line
