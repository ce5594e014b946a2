"""Read what a widget shows, line by line, as the user would see it."""

from __future__ import annotations

import re
from typing import Any

from textual.app import App
from textual.geometry import Region
from textual.widget import Widget

from unreport_tui.app.screens.live import LiveScreen


def widget_text(widget: Widget) -> str:
    """The widget's whole rendered content (not only the part scrolled into view), wrapped lines rejoined."""
    lines = widget.render_lines(Region(0, 0, widget.outer_size.width, widget.outer_size.height))
    return re.sub(r"\s+", " ", " ".join(line.text for line in lines)).strip()


def live_screen(app: App[Any]) -> LiveScreen:
    """The screen on top, which the test has brought to the live screen: typed as what it is."""
    screen = app.screen
    assert isinstance(screen, LiveScreen), screen
    return screen
