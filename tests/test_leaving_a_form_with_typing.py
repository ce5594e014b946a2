"""Going back to the live screen from the prepare or the proposals screen while a section holds
text typed and not saved: the boxes go with the screen, so the app asks, as ctrl+q does. Enter
saves it and goes back; Esc stays, with the text as typed. What is in the database after each."""

from __future__ import annotations

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.app.screens.proposals import ProposalsScreen
from unreport_tui.app.screens.quit_unsaved import QuitUnsavedDialog

from .screen import widget_text
from .test_app import on_disk
from .test_app_opening import until


async def meeting_box_with_the_cursor(app: UnreportApp, pilot) -> None:
    await pilot.press("f5")
    await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
    app.screen.query_one("#meeting_number", Input).focus()


def question(app: UnreportApp) -> str:
    return " ".join(widget_text(label) for label in app.screen.query("Label"))


async def test_a_proposal_typed_and_not_added_is_asked_about_when_leaving_and_enter_adds_it(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        await pilot.press(*"Prevention among young people", "tab", *"E/CN.7/2025/L.2", "escape")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        assert "Typed and not saved yet: a new proposal." in question(app)
        assert "Enter saves it and goes back to the live screen" in question(app)
        await pilot.press("escape")  # stays, with what was typed
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        assert app.screen.query_one("#proposal_symbol", Input).value == "E/CN.7/2025/L.2"
        assert on_disk(demo_store).proposals == []
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        saved = on_disk(demo_store).proposals
        assert [(p.title, p.symbol) for p in saved] == [("Prevention among young people", "E/CN.7/2025/L.2")]


async def test_leaving_the_proposals_screen_with_nothing_typed_asks_nothing(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)


async def test_a_meeting_typed_and_not_added_is_asked_about_when_leaving_and_enter_adds_it(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await meeting_box_with_the_cursor(app, pilot)
        await pilot.press(*"9", "tab", *"2010-10-21", "f5")  # in a burst, as typed
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        assert "Typed and not saved yet: a meeting." in question(app)
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        assert app.screen.query_one("#meeting_date", Input).value == "2010-10-21"
        assert 9 not in [m.number for m in on_disk(demo_store).meetings]
        await pilot.press("f5")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        meetings = {m.number: m.date for m in on_disk(demo_store).meetings}
        assert str(meetings[9]) == "2010-10-21"


async def test_a_value_refused_on_the_way_out_stays_on_the_prepare_screen_marked(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await meeting_box_with_the_cursor(app, pilot)
        await pilot.press(*"9", "tab", *"21 Octobre", "f5", "enter")
        await until(
            lambda: isinstance(app.screen, PrepareScreen) and app.screen.query_one("#meeting_date-refused").display, pilot
        )
        assert app.screen.query_one("#meeting_date", Input).value == "21 Octobre"
        assert 9 not in [m.number for m in on_disk(demo_store).meetings]


async def test_the_key_that_leaves_pressed_again_goes_back_without_what_was_refused(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await meeting_box_with_the_cursor(app, pilot)
        await pilot.press(*"four", "f5")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        assert "f5 goes back without it" in question(app)
        await pilot.press("enter")  # refused: stays, marked
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        await pilot.press("f5")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("f5")  # again: back without it
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        assert [m.number for m in on_disk(demo_store).meetings] == [4, 5]


async def test_a_document_typed_with_a_new_item_goes_to_the_item_it_was_typed_for(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        screen = app.screen
        screen.query_one("#document_title", Input).value = "Note by the Secretariat"
        screen.query_one("#document_symbol", Input).value = "CTOC/COP/2010/99"
        screen.query_one("#item_number", Input).value = "3"
        screen.query_one("#item_title", Input).value = "Smuggling of migrants"
        await pilot.press("f5", "enter")  # save both, and go back
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        session = on_disk(demo_store)
        assert "CTOC/COP/2010/99" in [d.symbol for d in session.item("2b").documents]
        assert session.item("3").documents == [] and app.book.cursor.item == "3"
