"""A meeting or an agenda item mended on the prepare screen by typing it again: a meeting's number
with another date dates it anew, an item's number with another title retitles it, each one step
that the undo key takes back; a date outside the session's dates is saved and said. What is in
the database after each Enter, and what is said."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.prepare import PrepareScreen

from .test_app import on_disk
from .test_app_opening import until


def said(app: UnreportApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def prepare_screen(app: UnreportApp, pilot, cursor_in: str = "") -> PrepareScreen:
    """The prepare screen, the cursor in the box ``cursor_in`` if given."""
    await pilot.press("f5")
    await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
    assert isinstance(app.screen, PrepareScreen)
    if cursor_in:
        app.screen.query_one(cursor_in, Input).focus()
    return app.screen


async def test_a_meetings_number_with_another_date_dates_it_anew_and_undo_takes_it_back(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await prepare_screen(app, pilot, "#meeting_number")
        await pilot.press(*"4", "tab", *"2010-10-18", "enter")
        await until(lambda: on_disk(demo_store).meeting(4).date == dt.date(2010, 10, 18), pilot)
        assert [m.number for m in on_disk(demo_store).meetings] == [4, 5]  # mended, not added
        assert any("Meeting 4 is now dated 18 October 2010." in line for line in said(app))
        assert screen.query_one("#meeting_number", Input).value == ""
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(demo_store).meeting(4).date == dt.date(2010, 10, 19), pilot)


async def test_a_meeting_typed_again_as_it_is_changes_nothing(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await prepare_screen(app, pilot, "#meeting_number")
        await pilot.press(*"5", "tab", *"2010-10-20", "enter")
        await until(lambda: "Nothing changed." in said(app), pilot)
        assert not app.book.can_undo


async def test_a_meeting_dated_outside_the_session_is_saved_and_said(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await prepare_screen(app, pilot, "#meeting_number")
        await pilot.press(*"6", "tab", *"2013-01-01", "enter")
        await until(lambda: on_disk(demo_store).meeting(6) is not None, pilot)
        assert any(
            "Meeting 6 is dated 1 January 2013, after the session's last day, 22 October 2010: check its date." in line
            for line in said(app)
        )
        await pilot.press(*"7", "tab", *"2010-10-21", "enter")  # inside: nothing to say
        await until(lambda: on_disk(demo_store).meeting(7) is not None, pilot)
        assert not any("Meeting 7" in line for line in said(app))


async def test_an_items_number_with_another_title_retitles_it_and_keeps_the_current_item(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await prepare_screen(app, pilot)
        item = on_disk(demo_store).items[0]
        current = app.book.cursor.item
        screen.query_one("#item_number", Input).focus()
        await pilot.press(*item.number, "tab", *"Trafficking in persons", "enter")
        await until(lambda: on_disk(demo_store).items[0].title == "Trafficking in persons", pilot)
        assert len(on_disk(demo_store).items) == 1 and app.book.cursor.item == current
        assert any(f"Agenda item {item.number} is now as typed (its title was “{item.title}”)." in line for line in said(app))
        await pilot.press("ctrl+z")
        await until(lambda: on_disk(demo_store).items[0].title == item.title, pilot)


async def test_an_items_number_written_another_way_is_the_same_item(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await prepare_screen(app, pilot)
        assert on_disk(demo_store).items[0].number == "2 (b)"
        for written, title in (("2(b)", "One"), ("2 (B)", "Two"), ("2b", "Three")):
            screen.query_one("#item_number", Input).focus()
            await pilot.press(*written, "tab", *title, "enter")
            await until(lambda title=title: on_disk(demo_store).items[0].title == title, pilot)
            assert len(on_disk(demo_store).items) == 1


def test_where_a_date_falls_against_the_session_is_said_in_words():
    from unreport_tui.core.dates import outside_the_session
    from unreport_tui.core.model import SessionInfo

    day = dt.date
    info = SessionInfo(dates=(day(2025, 3, 10), day(2025, 3, 14)), other_periods=[(day(2025, 12, 1), day(2025, 12, 2))])
    assert outside_the_session(day(2025, 3, 12), info.periods()) == ""
    assert outside_the_session(day(2025, 12, 2), info.periods()) == ""
    assert outside_the_session(day(2025, 3, 9), info.periods()) == "before the session's first day, 10 March 2025"
    assert outside_the_session(day(2026, 1, 1), info.periods()) == "after the session's last day, 2 December 2025"
    assert outside_the_session(day(2025, 6, 1), info.periods()) == "between the session's periods"
    assert outside_the_session(day(2025, 6, 1), SessionInfo().periods()) == ""  # dates not known: nothing to say
