"""A text longer than its box scrolls in it as it is typed, in the speaker and point boxes and in
the prepare screen's: the end with the cursor in view, the start after Home. (The boxes update
their scrolling without laying the whole screen out again at each key: see InOrderInput.)"""

from __future__ import annotations

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp

from .screen import live_screen
from .test_app_opening import until

POINT = "stressed the need for data on trafficking in persons and for more funding for regional offices ZZEND"


def shown_in(box: Input) -> str:
    """The box's line as the terminal shows it."""
    return box.render_lines(Region(0, 0, box.size.width, 1))[0].text


async def test_a_point_longer_than_its_box_shows_its_end_as_it_is_typed_and_its_start_after_home(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        await pilot.press(*"chile", "enter", *POINT)
        await pilot.pause()
        box = live_screen(app).query_one("#point", Input)
        assert len(POINT) > box.size.width
        assert shown_in(box).rstrip().endswith("regional offices ZZEND")
        await pilot.press("home")
        await pilot.pause()
        assert shown_in(box).startswith("stressed the need") and "ZZEND" not in shown_in(box)
        await pilot.press(*"Chile ")  # typed at the start, where the cursor is
        await pilot.pause()
        assert box.value == "Chile " + POINT and shown_in(box).startswith("Chile stressed")


async def venue_box_with_the_cursor(app: UnreportApp, pilot: Pilot[None]) -> Input:
    """The prepare screen's venue box, the cursor in it."""
    await until(lambda: live_screen(app).ready, pilot)
    await pilot.press("f5")
    await pilot.pause()
    box = app.screen.query_one("#venue", Input)
    box.focus()
    await pilot.pause()
    return box


async def test_a_long_title_typed_on_the_prepare_screen_shows_its_end(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        box = await venue_box_with_the_cursor(app, pilot)
        await pilot.press("ctrl+u", *POINT)
        await pilot.pause()
        assert box.value == POINT and len(POINT) > box.size.width
        assert shown_in(box).rstrip().endswith("ZZEND")


async def test_letters_typed_in_a_box_lay_nothing_out_again(demo_store):
    """A letter changes the box's text, not where anything is: the prepare screen (194 widgets) is
    not laid out again for it (Textual's Input asked for that at every key)."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        box = await venue_box_with_the_cursor(app, pilot)
        await pilot.wait_for_scheduled_animations()
        screen = app.screen
        layouts: list[dict[str, object]] = []
        lay_out = screen._refresh_layout

        def counted(*args, **kwargs):
            # Moving the form to the focused box (animated, so on a slow machine it may still be
            # going) only reflows what scrolled: Textual calls it with scroll=True and no widget
            # marked for layout. A layout is any other call.
            if not (kwargs.get("scroll") and not screen._layout_widgets):
                layouts.append({"args": args, **kwargs, "widgets": list(screen._layout_widgets)})
            return lay_out(*args, **kwargs)

        screen._refresh_layout = counted  # type: ignore[method-assign]
        for letter in "Geneva":
            await pilot.press(letter)
        assert box.value.endswith("Geneva") and layouts == []
