"""Read what a widget shows, line by line, as the user would see it; and the screen on top, typed as what it is."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from textual.app import App
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget

from unreport_tui.app.screens.live import LiveScreen

ScreenT = TypeVar("ScreenT", bound=Screen[Any])


def widget_text(widget: Widget) -> str:
    """The widget's whole rendered content (not only the part scrolled into view), wrapped lines rejoined."""
    lines = widget.render_lines(Region(0, 0, widget.outer_size.width, widget.outer_size.height))
    return re.sub(r"\s+", " ", " ".join(line.text for line in lines)).strip()


def screen_as(app: App[Any], kind: type[ScreenT]) -> ScreenT:
    """The screen on top, which the test has brought there: typed as what it is."""
    screen = app.screen
    assert isinstance(screen, kind), screen
    return screen


def live_screen(app: App[Any]) -> LiveScreen:
    return screen_as(app, LiveScreen)
