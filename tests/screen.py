"""Read what a widget shows, line by line, as the user would see it; and the screen on top, typed as what it is."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from textual.app import App
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget

from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.app.widgets.keys_footer import KeysFooterBase

ScreenT = TypeVar("ScreenT", bound=Screen[Any])


def widget_text(widget: Widget) -> str:
    """The widget's whole content (not only the part scrolled into view), wrapped lines rejoined.

    Text content (a Static, a Label) is read from what the widget was last given, not from its lines
    on screen: the screen's layout catches up with an update on the next refresh, which a loaded
    machine may not have reached when the test reads it (CI once saw 1 line of a 5-line preview)."""
    plain = getattr(widget.render(), "plain", None)
    if isinstance(plain, str):
        return re.sub(r"\s+", " ", plain).strip()
    lines = widget.render_lines(Region(0, 0, widget.outer_size.width, widget.outer_size.height))
    return re.sub(r"\s+", " ", " ".join(line.text for line in lines)).strip()


def screen_as(app: App[Any], kind: type[ScreenT]) -> ScreenT:
    """The screen on top, which the test has brought there: typed as what it is."""
    screen = app.screen
    assert isinstance(screen, kind), screen
    return screen


def live_screen(app: App[Any]) -> LiveScreen:
    return screen_as(app, LiveScreen)


def footer(app: App[Any]) -> KeysFooterBase:
    return app.screen.query_one(KeysFooterBase)


def footer_line(app: App[Any]) -> str:
    """The footer's line as the terminal shows it, every column of it."""
    bar = footer(app)
    return bar.render_line(0).text


def footer_text(app: App[Any]) -> str:
    """The footer's keys and labels as read: "f1 All keys f2 Draft … ▏^p palette"."""
    return re.sub(r"\s+", " ", footer_line(app)).strip()
