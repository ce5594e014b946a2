"""The live screen's footer: its keys follow the bindings (greyed until the session is read, live
after), and are not built again when nothing in them changed (each move of the focus, twice per
statement logged, used to remove and mount every key of the footer)."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.live import LiveScreen

from .screen import live_screen
from .test_app_opening import HeldBack, until


def footer_keys(app: UnreportApp) -> list[FooterKey]:
    return list(app.screen.query_one("Footer").query(FooterKey))


async def test_the_keys_greyed_while_the_session_is_read_are_live_once_it_is_there(demo_db):
    to_open = HeldBack(demo_db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and any(key.key == "f2" for key in footer_keys(app)), pilot)
        draft = next(key for key in footer_keys(app) if key.key == "f2")
        assert draft.has_class("-disabled")
        to_open.go.set()
        await until(lambda: live_screen(app).ready, pilot)
        await until(lambda: not any(key.has_class("-disabled") for key in footer_keys(app)), pilot)
        shown = lambda: [key.key for key in footer_keys(app) if key.display][:3]  # noqa: E731
        await until(lambda: shown() == ["f1", "f2", "ctrl+l"], pilot)
        await app.action_quit()


async def test_logging_a_statement_and_a_point_leaves_the_footer_keys_as_they_were(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: live_screen(app).ready and any(key.key == "f1" for key in footer_keys(app)), pilot)
        before = footer_keys(app)
        await pilot.press(*"venez", "enter")  # the focus moves to the point box
        await pilot.press(*"stressed the need for data", "enter")
        await pilot.press("enter")  # and back to the speaker box
        await until(lambda: app.focused is not None and app.focused.id == "speaker", pilot)
        await pilot.pause()
        assert app.book.current_item.points[-1].text == "stressed the need for data"
        after = footer_keys(app)
        assert [key.key for key in after] == [key.key for key in before]
        assert all(new is old for new, old in zip(after, before, strict=True))  # the same widgets, not built again
        assert [key.key for key in after if key.display][:3] == ["f1", "f2", "ctrl+l"]


@pytest.mark.parametrize("width", [80, 100])
async def test_the_other_screens_footers_show_whole_keys_too(demo_store, width):
    """The prepare, proposals and speaking-time screens: at 80 and 100 columns their keys run out
    of room; the last ones are left out, never shown cut ("^q Qu"). One key away, in f1's list."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(width, 24)) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        for key in ("f5", "f8", "ctrl+g"):  # each screen's own key goes back
            await pilot.press(key)
            await until(lambda: not isinstance(app.screen, LiveScreen), pilot)
            await pilot.pause()
            keys = footer_keys(app)
            palette = next(key for key in keys if key.has_class("-command-palette"))
            shown = [key for key in keys if key.display and key is not palette]
            assert shown, type(app.screen).__name__
            for each in shown:
                assert each.region.right <= palette.region.x and each.region.width == each.render().cell_len
            assert [key for key in keys if key.display] == keys[: len(shown)] + [palette]
            await pilot.press(key)
            await until(lambda: isinstance(app.screen, LiveScreen), pilot)
