"""`unreport serve`: the draft in the room's browsers. At the level a user acts on: the command
started as a process on a free port, spoken to over HTTP and a WebSocket as the browser's page
does; the command's refusals and exit codes; the browser's copy of the app driven through Pilot."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from unreport_tui.app.actions import ACTIONS
from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.help import HelpScreen
from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.app.screens.statistics import StatisticsScreen
from unreport_tui.cli import _db, build_parser, cmd_open, main
from unreport_tui.core.model import Session, SessionInfo
from unreport_tui.serve import served_command
from unreport_tui.storage import open_store

from .screen import widget_text
from .test_app_opening import until

ESCAPES = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Z0-9]|.)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_command_each_browser_gets_is_the_read_only_browser_copy_of_that_database(tmp_path):
    db = tmp_path / "meeting.json"
    argv = served_command(db)
    assert argv[:3] == [sys.executable, "-m", "unreport_tui"]
    args = build_parser().parse_args(argv[3:])
    assert args.run is cmd_open and args.served and _db(args) == db


class Server:
    """`unreport serve` running as the user starts it, on a free port."""

    def __init__(self, db: Path, port: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "unreport_tui", "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # Ctrl+C is sent to it alone, as a terminal sends it to the command
        )
        assert self.process.stdout is not None
        self.link = self.process.stdout.readline().strip()  # printed once it listens
        assert self.link.startswith(f"http://127.0.0.1:{port}/?token="), self.link
        self.token = self.link.rsplit("=", 1)[1]
        self.base = f"http://127.0.0.1:{port}"

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        _, err = self.process.communicate(timeout=60)
        return self.process.returncode, err


def screen_text(received: list[bytes]) -> str:
    return ESCAPES.sub("", b"".join(received).decode("utf-8", "replace"))


async def test_the_link_opens_the_following_draft_and_nothing_opens_without_its_token(demo_db):
    """The page and its WebSocket with the token: the read-only app, following the writer, who
    is never kept waiting; without the token or with another: 403 and nothing of the draft. Then
    Ctrl+C: every browser's app closed, no traceback, exit 0. (Seconds: the server and the
    browser's app are each a process started as the user starts them.)"""
    import aiohttp

    server = Server(demo_db, free_port())
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(server.link) as page:
                assert page.status == 200
                html = await page.text()
            assert f"/ws/{server.token}" in html and "read-only" in html
            for refused in ("/", "/?token=", f"/?token={server.token[:-1]}x", "/ws/nottheone", "/ws", "/download/x", "/static/"):
                async with http.get(server.base + refused) as answer:
                    body = await answer.text()
                    assert answer.status in (403, 404), refused
                    assert server.token not in body and "Kenya" not in body and "Traffick" not in body
            async with http.get(server.base + "/") as answer:
                assert answer.status == 403 and "Open the link that `unreport serve` printed" in await answer.text()
            async with http.get(server.base + "/static/js/textual.js") as script:  # the terminal's own code, the same for all
                assert script.status == 200
            received: list[bytes] = []
            url = f"ws://127.0.0.1:{server.base.rsplit(':', 1)[1]}/ws/{server.token}?width=120&height=40"
            async with http.ws_connect(url) as browser:

                async def until_shown(text: str, seconds: float = 60) -> None:
                    deadline = time.monotonic() + seconds
                    while text not in screen_text(received):
                        assert time.monotonic() < deadline, f"{text!r} never shown: {screen_text(received)[-400:]!r}"
                        message = await asyncio.wait_for(browser.receive(), timeout=deadline - time.monotonic())
                        if message.type == aiohttp.WSMsgType.BINARY:
                            received.append(message.data)
                        elif message.type != aiohttp.WSMsgType.TEXT:
                            raise AssertionError(f"the browser's screen closed: {message}")

                await until_shown("READ-ONLY")
                # The note-taker's copy opens the database to write while a browser shows it: the
                # browser's copy took no lock, so the writer is not refused nor kept waiting.
                from unreport_tui.logbook import Logbook

                writer = open_store(demo_db, background=True)
                try:
                    Logbook(writer).next_speaker("Mongolia")
                    assert writer.last_save is not None and writer.last_save.wait(10)
                    await until_shown("Mongolia")
                finally:
                    writer.close()
                status, err = server.stop()
                closed = await asyncio.wait_for(browser.receive(), timeout=60)
                while closed.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
                    closed = await asyncio.wait_for(browser.receive(), timeout=60)
                assert closed.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
    finally:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait()
    assert status == 0, err
    assert "Traceback" not in err and "Stopped: every browser's view is closed." in err
    assert "a browser at 127.0.0.1 opened the draft (1 open)" in err
    assert open_store(demo_db, read_only=True).load().items[-1].statements[-1].speaker == "Mongolia"


def test_a_port_already_taken_is_one_line_and_a_non_zero_exit(demo_db, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status = main(["serve", "--db", str(demo_db), "--port", str(port)])
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert err == f"unreport: port {port} is already in use on 127.0.0.1: give another, e.g. --port {port + 1}\n"


@pytest.mark.parametrize(
    ("content", "said"),
    [(None, "no such database"), (b"\x00garbage{", "notes.json")],
)
def test_a_database_missing_or_unreadable_is_one_line_and_a_non_zero_exit(tmp_path, capsys, content, said):
    db = tmp_path / "notes.json"
    if content is not None:
        db.write_bytes(content)
    status = main(["serve", "--db", str(db), "--port", str(free_port())])
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith("unreport: ") and said in err and "Traceback" not in err
    assert content is None or db.read_bytes() == content


@pytest.mark.parametrize("given", ["--port=http", "--port=70000", "--host="])
def test_a_port_or_host_that_is_none_is_one_line(demo_db, capsys, given):
    status: object
    try:
        status = main(["serve", "--db", str(demo_db), given] + ([] if "port" in given else ["--port", str(free_port())]))
    except SystemExit as refused:  # argparse's refusal, in the command's words
        status = refused.code
    err = capsys.readouterr().err
    assert status != 0 and err.count("\n") == 1 and err.startswith("unreport: "), err


async def test_the_browsers_copy_takes_no_key_that_writes(demo_db, tmp_path):
    """Every key of the action registry, letters, Enter, the palette's time limits and export:
    the browser's copy stays on the screens that look, and no file anywhere changes (the
    database, its journal, an export, the note-taker's settings)."""
    settings = tmp_path / "config" / "settings.toml"
    before = files_in(tmp_path)
    app = UnreportApp(open_store(demo_db, read_only=True), read_only=True, served=True, settings_file=settings)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        live = app.screen
        assert isinstance(live, LiveScreen)
        await until(lambda: "READ-ONLY, following" in widget_text(live.query_one("#status")), pilot)
        assert "export" not in widget_text(live.query_one("#read-only"))
        # Each key once, checked one by one (so a few seconds: a key is a frame of the app).
        keys = dict.fromkeys(key.strip() for action in ACTIONS if action.id != "quit" for key in action.key.split(","))
        for key in [*keys, *"chile", "enter", "tab", "enter", "down", "enter", "delete"]:
            await pilot.press(key)
            # the screens that only look: the keys, the speaking time
            assert isinstance(app.screen, LiveScreen | HelpScreen | StatisticsScreen), f"{key} opened {app.screen}"
            while app.screen is not live:
                app.pop_screen()
                await pilot.pause()
        for asked in ("Export the draft", "Time limit for NGOs: 5 minutes"):
            await pilot.press("ctrl+p")
            await until(lambda: isinstance(app.screen, CommandPalette), pilot)
            app.screen.query_one(Input).value = asked
            # what the palette offers for it, or after a moment its "No matches found"
            await until(lambda: app.screen.query_one(CommandList).option_count > 0, pilot)
            await pilot.press("enter")
            await pilot.pause()
            while app.screen is not live:
                app.pop_screen()
                await pilot.pause()
        assert not [n for n in app._notifications if "Time limit" in str(n.message) or "Wrote" in str(n.message)]
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"  # a browser's theme: its own
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert files_in(tmp_path) == before
    assert not settings.exists()


async def test_a_read_only_copy_of_a_session_with_no_agenda_item_waits_for_the_writers_first(tmp_path):
    """The reader was put on the prepare screen, a screen to change the session on."""
    db = tmp_path / "n.json"
    writer = open_store(db)
    writer.replace(Session(SessionInfo(body_short="Conference")))
    writer.close()
    app = UnreportApp(open_store(db, read_only=True), read_only=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.screen.ready, pilot)
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)


def test_the_command_runs_for_the_browser_without_a_terminal_and_refuses_in_one_line(tmp_path):
    """The browser's copy, asked for a database that is not there: one line, as without a terminal."""
    missing = tmp_path / "gone.json"
    result = subprocess.run(
        served_command(missing), capture_output=True, text=True, stdin=subprocess.DEVNULL, env={**os.environ}, timeout=60
    )
    assert result.returncode != 0 and result.stderr == f"unreport: {missing}: no such database\n"


def test_the_link_names_an_address_a_browser_can_reach():
    from unreport_tui.serve import only_this_machine, room_link

    assert room_link("127.0.0.1", 8765, "abc") == "http://127.0.0.1:8765/?token=abc"
    assert room_link("::1", 8765, "abc") == "http://[::1]:8765/?token=abc"
    everywhere = room_link("0.0.0.0", 8765, "abc")  # not 0.0.0.0, which no browser can open
    assert everywhere.startswith("http://") and "0.0.0.0" not in everywhere and everywhere.endswith(":8765/?token=abc")
    assert only_this_machine("127.0.0.1") and only_this_machine("localhost") and only_this_machine("::1")
    assert not only_this_machine("0.0.0.0") and not only_this_machine("192.168.1.20")


async def test_a_browser_past_the_room_s_worth_is_told_so_and_starts_no_process(demo_db, monkeypatch):
    from aiohttp.test_utils import TestClient, TestServer

    from unreport_tui import serve

    monkeypatch.setattr(serve, "MAX_BROWSERS", 0)
    said: list[str] = []
    server = serve.DraftServer(demo_db, "abc", said.append)
    async with TestClient(TestServer(server.application())) as client:
        answer = await client.get("/ws/abc")
        assert answer.status == 503 and "close one" in await answer.text()
    assert not server.processes and said and "was refused" in said[0]
