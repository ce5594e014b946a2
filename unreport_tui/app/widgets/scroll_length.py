"""A scrolling view (the log, the draft) given a new length without laying out the whole screen.

Setting a widget's ``virtual_size`` asks Textual for a layout of the screen, and the frame after it
paints every widget again: in the live screen at 120×40 some 10 ms, after every logged entry
(the log grows by a line) and every redraw of the draft, while the note-taker types. When the
view scrolls before and after (its vertical scrollbar shown and still needed, the width the
same), nothing else on the screen moves: the scrollbar is told the new length and the view
repaints itself alone."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_length(view: ScrollView, size: Size) -> None:
    """``view.virtual_size = size``, with a layout of the screen only when it can change it."""
    shown = view.scrollable_content_region.height
    if not (
        view.show_vertical_scrollbar
        and not view.show_horizontal_scrollbar
        and size.width == view.virtual_size.width
        and min(size.height, view.virtual_size.height) > shown
    ):
        view.virtual_size = size
        return
    view.set_reactive(Widget.virtual_size, size)
    scrollbar = view.vertical_scrollbar
    scrollbar.window_virtual_size = size.height
    scrollbar.refresh()
    if view.scroll_y > view.max_scroll_y:  # shorter than where it was scrolled to
        view.scroll_to(y=view.max_scroll_y, animate=False, force=True)
    view.refresh()
