"""The app as the command starts it: the screen first, the database read on a thread after.
What is typed while the session is read is kept, an Enter pressed meanwhile is carried out once
it is there, and a database that cannot be opened is handed back to the command untouched."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

import pytest
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.storage import DatabaseInUse, SessionStore, StoreToOpen, open_store

from .screen import live_screen, widget_text


@dataclass(frozen=True)
class HeldBack(StoreToOpen):
    """A database whose reading waits for the test to let it go: a very long session."""

    go: threading.Event = field(default_factory=threading.Event)

    def open(self) -> SessionStore:
        assert self.go.wait(10)
        return super().open()


@pytest.fixture
def db(demo_db):
    return demo_db


async def until(condition, pilot, seconds: float = 20) -> None:
    """Let the app run until ``condition`` holds. The deadline is only for a test that fails: it
    is generous, as a machine running many tests at once can be many times slower than a quiet one."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the app never got there")
        await pilot.pause(0.01)


async def test_the_speaker_box_takes_keys_before_the_session_is_read_and_an_enter_waits_for_it(db, demo_session):
    to_open = HeldBack(db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.focused is not None, pilot)
        assert app.focused.id == "speaker" and not live_screen(app).ready
        assert "Opening notes.json" in widget_text(app.screen.query_one("#status"))
        await pilot.press(*"croatia", "enter")  # before the session is there
        await pilot.press("ctrl+r")  # a key that works on the session: nothing happens yet
        assert app.store is None
        to_open.go.set()
        await until(lambda: live_screen(app).ready and app.focused.id == "point", pilot)
        item = app.book.current_item
        assert item.statements[-1].speaker == "Croatia"
        assert len(item.statements) == len(demo_session.items[-1].statements) + 1
        await pilot.press(*"stressed the role of civil society", "enter")
        assert item.points[-1].text == "stressed the role of civil society"
        assert item.points[-1].speakers == ["Croatia"]
        await app.action_quit()
    reread = open_store(db, read_only=True).load()
    assert reread.items[-1].statements[-1].speaker == "Croatia"
    assert reread.items[-1].points[-1].speakers == ["Croatia"]


async def test_quitting_while_the_session_is_read_closes_it_cleanly(db, demo_session):
    to_open = HeldBack(db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        threading.Timer(0.2, to_open.go.set).start()
        await pilot.press("ctrl+q")
        await until(lambda: not app.is_running, pilot)
    second = open_store(db)  # the lock was let go
    assert second.load() == demo_session
    second.close()


async def test_a_database_in_use_ends_the_app_with_the_reason_and_is_left_untouched(db):
    holder = open_store(db)
    try:
        before = db.read_bytes()
        app = UnreportApp(StoreToOpen(db))
        async with app.run_test(size=(80, 24)) as pilot:
            await until(lambda: not app.is_running, pilot)
        assert isinstance(app.open_problem, DatabaseInUse)
        assert app.store is None and db.read_bytes() == before
    finally:
        holder.close()


async def test_a_database_with_no_agenda_item_opens_on_the_prepare_screen(tmp_path):
    app = UnreportApp(StoreToOpen(tmp_path / "new.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: type(app.screen).__name__ == "PrepareScreen", pilot)
        await pilot.pause()
        assert "prepare-intro" in {w.id for w in app.screen.query("Static")}
        await pilot.press("f5")  # no item yet: the live screen is refused, with the reason
        assert type(app.screen).__name__ == "PrepareScreen"
        await app.action_quit()


async def test_typing_while_the_session_is_read_is_kept_in_the_box(db):
    to_open = HeldBack(db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.focused is not None, pilot)
        await pilot.press(*"venez")
        to_open.go.set()
        await until(lambda: live_screen(app).ready, pilot)
        await asyncio.sleep(0.05)
        assert app.screen.query_one("#speaker", Input).value == "venez"
        await app.action_quit()


@dataclass(frozen=True)
class Unreadable(StoreToOpen):
    def open(self) -> SessionStore:
        raise PermissionError(13, "Permission denied", str(self.path))


async def test_a_database_the_system_refuses_ends_the_app_with_the_reason_not_a_crash(tmp_path):
    app = UnreportApp(Unreadable(tmp_path / "x.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: not app.is_running, pilot)
    assert isinstance(app.open_problem, PermissionError) and app.crash_message == ""


def test_the_command_says_it_in_one_line(tmp_path, monkeypatch, capsys):
    import unreport_tui.cli as cli

    class Headless(UnreportApp):
        def run(self, **kwargs):
            return super().run(headless=True, **kwargs)

    monkeypatch.setattr("unreport_tui.app.app.UnreportApp", Headless)
    monkeypatch.setattr(cli, "StoreToOpen", Unreadable)
    assert cli.main(["--db", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err == f"unreport: {tmp_path / 'x.json'}: Permission denied\n"


async def test_a_newline_typed_ahead_is_an_enter(db):
    """Keys typed while the app starts reach it through a terminal that turns Enter into a newline."""
    app = UnreportApp(StoreToOpen(db))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and live_screen(app).ready, pilot)
        await pilot.press(*"croatia", "ctrl+j", *"noted the report", "ctrl+j")
        await pilot.pause()
        item = app.book.current_item
        assert item.statements[-1].speaker == "Croatia" and item.points[-1].text == "noted the report"
        await app.action_quit()
