"""The footers: their keys follow the bindings (greyed until the session is read, live after),
each key is shown whole or not at all, the first ones first, the palette's key on the right, and a
click on a key presses it. The line is not worked out again when nothing in it changed (each move
of the focus, twice per statement logged, asks the footer)."""

from __future__ import annotations

import pytest

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.live import LiveScreen

from .screen import footer, footer_line, live_screen
from .test_app_opening import HeldBack, until


async def test_the_keys_greyed_while_the_session_is_read_are_live_once_it_is_there(demo_db):
    to_open = HeldBack(demo_db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and any(key.key == "f2" for key in footer(app).keys), pilot)
        draft = next(key for key in footer(app).keys if key.key == "f2")
        assert not draft.enabled and drawn_dim(app, "Draft")
        shown = live_screen(app).query_one("#draft-pane").display
        bells: list[None] = []
        app.bell = lambda: bells.append(None)  # type: ignore[method-assign]
        await pilot.click(footer(app), offset=(footer_line(app).index("Draft"), 0))  # greyed: a bell, nothing else
        assert live_screen(app).query_one("#draft-pane").display == shown and len(bells) == 1
        to_open.go.set()
        await until(lambda: live_screen(app).ready, pilot)
        await until(lambda: all(key.enabled for key in footer(app).keys), pilot)
        await until(lambda: [key.key for key in footer(app).shown()][:3] == ["f1", "f2", "ctrl+l"], pilot)
        await pilot.pause()
        assert not drawn_dim(app, "Draft")  # drawn again live, not only known to be
        await app.action_quit()


def drawn_dim(app: UnreportApp, label: str) -> bool:
    """Whether ``label`` is drawn greyed in the footer's line as the terminal shows it."""
    segment = next(segment for segment in footer(app).render_line(0) if label in segment.text)
    return bool(segment.style and segment.style.dim)


async def test_logging_a_statement_and_a_point_leaves_the_footer_keys_as_they_were(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: live_screen(app).ready and any(key.key == "f1" for key in footer(app).keys), pilot)
        before = footer(app).keys
        await pilot.press(*"venez", "enter")  # the focus moves to the point box
        await pilot.press(*"stressed the need for data", "enter")
        await pilot.press("enter")  # and back to the speaker box
        await until(lambda: app.focused is not None and app.focused.id == "speaker", pilot)
        await pilot.pause()
        assert app.book.current_item.points[-1].text == "stressed the need for data"
        assert footer(app).keys is before  # the same keys, not worked out and drawn again
        assert [key.key for key in footer(app).shown()][:3] == ["f1", "f2", "ctrl+l"]


def assert_whole_keys_then_the_palette(app: UnreportApp, width: int) -> None:
    """Every key shown is there whole, in the footer's order from the first; the one after the last
    shown would not have fitted; the palette's key ends the line."""
    bar = footer(app)
    line = footer_line(app)
    assert len(line) == width
    assert line.rstrip().endswith("▏^p palette")
    edge = line.index("▏")
    shown = bar.shown()[:-1]
    assert shown, type(app.screen).__name__
    assert shown == list(bar.keys[: len(shown)])  # the first ones, in order, none skipped
    column = 0
    for key in shown:
        drawn = f" {key.shown_as} {key.label} "
        assert line[column : column + len(drawn)] == drawn, (line, drawn)
        column += len(drawn)
    assert column <= edge
    if len(shown) < len(bar.keys):
        following = bar.keys[len(shown)]
        assert column + len(f" {following.shown_as} {following.label} ") > edge  # it would have run under the palette


@pytest.mark.parametrize("width", [80, 100])
async def test_the_other_screens_footers_show_whole_keys_too(demo_store, width):
    """The prepare, proposals and speaking-time screens: at 80 and 100 columns their keys run out
    of room; the last ones are left out, never shown cut ("^q Qu"). One key away, in f1's list."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(width, 24)) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        assert_whole_keys_then_the_palette(app, width)
        for key in ("f5", "f8", "ctrl+g"):  # each screen's own key goes back
            await pilot.press(key)
            await until(lambda: not isinstance(app.screen, LiveScreen), pilot)
            await pilot.pause()
            assert_whole_keys_then_the_palette(app, width)
            await pilot.press(key)
            await until(lambda: isinstance(app.screen, LiveScreen), pilot)


async def test_a_click_on_a_key_presses_it_and_the_palettes_opens_the_palette(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        screen = live_screen(app)
        await pilot.click(footer(app), offset=(footer_line(app).index("Draft"), 0))
        await until(lambda: screen.query_one("#draft-pane").display, pilot)
        await pilot.hover(footer(app), offset=(footer_line(app).index("All keys"), 0))
        assert footer(app).tooltip is None  # as Textual's footer: a tooltip only where the binding has one
        await pilot.hover(footer(app), offset=(footer_line(app).index("palette"), 0))
        assert footer(app).tooltip
        await pilot.click(footer(app), offset=(footer_line(app).index("palette"), 0))
        await until(lambda: app.screen is not screen, pilot)
        assert type(app.screen).__name__ == "CommandPalette"
