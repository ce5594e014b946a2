"""An app under Pilot paints each screen when it is left and when the test ends, not after every key.

A headless app paints as a terminal's does: after each refresh the compositor renders every changed
line of every widget, and Textual then throws the lines away (``App._display`` writes nothing when
headless). Across the suite that was a fifth of all CPU (364 s of user time against 284 s without
it, on two cores), spent on frames nobody sees. The tests assert on the widgets' state, the
database and the files, never on those frames; the screen snapshots render their own picture.

What painting would catch is still caught: a widget whose ``render`` or ``render_line`` fails
fails the test, because a screen is painted whole when it is left for good (a dialog dismissed, a
screen popped or switched away from), and every screen still there when the test ends (the top one
and those under it) is painted then. An error raised in between but cured before the screen
was left is what this gives up; ``test_terminal.py`` drives the real app, painting every frame.

Only apps under ``run_test`` are painted this way. The screen snapshots (``snap_compare`` runs the
app with ``App.run``) paint every frame as before, so a widget that changed without asking to be
redrawn still shows its stale lines in the picture.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

_refresh_painting = Screen._compositor_refresh
_replace_screen = App._replace_screen
_run_test = App.run_test


_UNDER_PILOT = "_unreport_painted_when_left"  # set on an app run by run_test


def _unseen(screen: Screen[Any]) -> bool:
    app = screen.app
    return getattr(app, _UNDER_PILOT, False) and not app.is_inline and screen is app.screen


def paint(screen: Screen[Any]) -> None:
    """Render every line of ``screen``, as the first frame after it was shown is rendered."""
    if screen._compositor.size.area:  # laid out at least once
        screen._compositor.render_update(full=True, screen_stack=screen.app._background_screens)


def _refresh_without_painting(self: Screen[Any]) -> None:
    if not _unseen(self):
        _refresh_painting(self)
        return
    # What render_update would have cleared, so nothing piles up.
    self._dirty_widgets.clear()
    self._compositor._dirty_regions.clear()
    self.app._update_mouse_over(self)


async def _painted_when_left(self: App[Any], screen: Screen[Any]) -> Screen[Any]:
    # Here, not in the screen's own ScreenSuspend handler: that runs after the app has moved on,
    # while the screen is being removed, and painting it then hung an app quitting.
    if getattr(self, _UNDER_PILOT, False) and screen.is_attached:
        paint(screen)
    return await _replace_screen(self, screen)


@asynccontextmanager
async def _run_test_painting_at_the_end(self: App[Any], *args: Any, **kwargs: Any) -> AsyncGenerator[Pilot[Any], None]:
    setattr(self, _UNDER_PILOT, True)
    async with _run_test(self, *args, **kwargs) as pilot:
        yield pilot
        if self._running:  # every screen still there, those under the top one and in other modes too
            for stack in self._screen_stacks.values():
                for screen in stack:
                    paint(screen)


def install() -> None:
    Screen._compositor_refresh = _refresh_without_painting  # type: ignore[method-assign]
    App._replace_screen = _painted_when_left  # type: ignore[method-assign]
    App.run_test = _run_test_painting_at_the_end  # type: ignore[method-assign]
