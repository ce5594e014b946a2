"""A box of the prepare screen whose empty value means something ("empty: untoc-cop", "empty:
the profile's") keeps it: emptied, Enter saves it empty, not the first of the suggestions the
empty box shows; an arrow then Enter takes one of them."""

from __future__ import annotations

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.storage import open_store

from .test_app import on_disk
from .test_app_opening import until
from .test_prepare_session_data import open_prepare


def _store(tmp_path, demo_session, profile: str, statements_form: str = ""):
    demo_session.info.profile = profile
    demo_session.items[0].statements_form = statements_form
    store = open_store(tmp_path / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)
    return store


async def _empty_then_enter(screen, pilot, name: str) -> Input:
    box = screen.query_one(f"#{name}", Input)
    box.focus()
    await pilot.press("end", *["backspace"] * len(box.value))
    assert box.value == ""
    suggestions = screen.query_one(f"#{name}-suggestions")
    await until(lambda: suggestions.display, pilot)  # the empty box shows what it offers
    await pilot.press("enter")
    await pilot.pause()
    return box


async def test_an_emptied_profile_box_saves_the_default_profile_not_the_first_suggestion(tmp_path, demo_session):
    store = _store(tmp_path, demo_session, "cnd")
    try:
        app = UnreportApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_prepare(app, pilot)
            box = await _empty_then_enter(screen, pilot, "profile")
            await until(lambda: app.book.session.info.profile != "cnd", pilot)
            assert (app.book.session.info.profile, box.value) == ("", "")
            assert on_disk(store).info.profile == ""
            # An arrow chooses among the suggestions the empty box shows.
            await pilot.press("down", "down", "enter")
            await until(lambda: app.book.session.info.profile != "", pilot)
            assert app.book.session.info.profile == box.value != "untoc-cop"
    finally:
        store.close()


async def test_an_emptied_statement_form_box_saves_the_profiles_own_form(tmp_path, demo_session):
    store = _store(tmp_path, demo_session, "copuos-stsc", statements_form="under_item")
    try:
        app = UnreportApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_prepare(app, pilot)
            await _empty_then_enter(screen, pilot, "item_statements_form")
            await until(lambda: app.book.session.items[0].statements_form != "under_item", pilot, seconds=5)
            assert on_disk(store).items[0].statements_form == ""
    finally:
        store.close()
