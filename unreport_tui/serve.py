"""`unreport serve`: the draft, read-only and following the note-taker's copy, in the browsers of
the room (the room's screen, the Chair's and the Rapporteur's laptops).

Each browser that opens the link gets the real app: textual-serve's page runs a terminal in the
browser, and this server starts one process per browser and relays its screen and keys. That
process is always `unreport --served --db PATH` (``served_command``): read-only, following what
the writing copy saves, with no key that changes the session, writes an export or saves a setting.
Nothing a browser sends builds that command line; the window's size (two numbers) is all it gives.

Only who has the link sees the draft. Every request but the terminal's own files (``/static``: the
page's script, styles and fonts, the same in every copy of textual-serve, nothing of the meeting)
must carry the access token made at each start (``secrets.token_urlsafe``): the page in its query
(``/?token=…``), the page's WebSocket in its path (``/ws/…``). On this machine only (127.0.0.1) too:
any web page open in a browser of this machine may open a WebSocket to 127.0.0.1 (browsers apply no
same-origin rule to WebSockets), and so could read the draft without it; the link printed carries
it, so it costs the user nothing."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import errno
import gc
import ipaddress
import json
import logging
import secrets
import signal
import socket
import sys
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import WSCloseCode, WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

MAX_BROWSERS = 24  # each browser is a process of its own: a room's worth, not a crowd's
STOP_WAIT = 10.0  # seconds a browser's process has to close when the server stops, before it is killed
TOKEN = "token"  # the query parameter of the link


class ServeRefused(Exception):
    """The server cannot start: one line saying why and what to do."""


def served_command(db: Path) -> list[str]:
    """The one command each browser gets: this interpreter running unreport, read-only, for a browser."""
    return [sys.executable, "-m", "unreport_tui", "--served", "--db", str(db)]


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound and listening before anything is served: a port taken or an
    address not of this machine is said in one line, before textual-serve or aiohttp could say it
    with a traceback. The socket is the one the server then uses, so no other program can take the
    port in between."""
    if not host.strip():  # an empty name would listen on every network: that is said with 0.0.0.0, not by a slip
        raise ServeRefused("--host is empty: give an address of this machine, or 0.0.0.0 for all of them")
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise ServeRefused(f"--host {host}: no such address; give an address of this machine, or 0.0.0.0 for all") from None
    family, kind, protocol, _, address = found[0]
    listening = socket.socket(family, kind, protocol)
    try:
        # As aiohttp does: a port left in TIME_WAIT by the last run can be taken again at once (on
        # POSIX this never lets two servers listen on one port).
        if sys.platform != "win32":
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
        listening.listen(128)
    except OSError as error:
        listening.close()
        if error.errno == errno.EADDRINUSE:
            raise ServeRefused(f"port {port} is already in use on {host}: give another, e.g. --port {port + 1}") from None
        if error.errno == errno.EACCES:
            raise ServeRefused(f"port {port} is reserved to the administrator: give one from 1024 up, e.g. --port 8765") from None
        if error.errno == errno.EADDRNOTAVAIL:
            raise ServeRefused(f"--host {host} is not an address of this machine; 0.0.0.0 listens on all of them") from None
        raise ServeRefused(f"cannot listen on {host} port {port}: {error.strerror or error}") from None
    listening.setblocking(False)
    return listening


def only_this_machine(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _this_machines_address() -> str:
    """The address other machines of the network reach this one at (the one the default route
    leaves from; no packet is sent), else the machine's name."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere, only used to pick the interface
        address: str = probe.getsockname()[0]
        if not ipaddress.ip_address(address).is_unspecified:
            return address
    return socket.gethostname()


def room_link(host: str, port: int, token: str) -> str:
    """The link to give the room: the address a browser reaches, with the access token."""
    if host in ("0.0.0.0", "::"):
        host = _this_machines_address()
    shown = f"[{host}]" if ":" in host else host  # an IPv6 address in a URL
    return f"http://{shown}:{port}/?{TOKEN}={token}"


def _cells(given: str | None, default: int) -> int:
    """A window's width or height in cells, as the browser gives it; anything else is the default."""
    try:
        value = int(given or default)
    except ValueError:
        return default
    return value if 10 <= value <= 1000 else default


class _BrowsersProcess(AppService):
    """textual-serve's process for one browser, started from an argument list (no shell reads it)
    and in a session of its own: Ctrl+C in the server's terminal reaches the server alone, which then
    closes each browser's app as a quit would, instead of interrupting them mid-frame."""

    def __init__(self, command: list[str], **relays: Any) -> None:
        super().__init__(" ".join(command), **relays)
        self.argv = command

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
            start_new_session=True,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def close(self) -> None:
        """Quit the app (as ctrl+q would) and wait for it; one that does not go in time is killed."""
        try:
            await asyncio.wait_for(self.stop(), STOP_WAIT)
        except TimeoutError:
            if self._process is not None and self._process.returncode is None:
                self._process.kill()


class DraftServer:
    """The aiohttp application: the page (with the token), each browser's WebSocket (with the token)
    relayed to its own read-only app, and textual-serve's static files."""

    def __init__(self, db: Path, token: str, say: Callable[[str], None]) -> None:
        self.db = db
        self.token = token
        self.say = say
        self.command = served_command(db)
        self.browsers: set[web.WebSocketResponse] = set()
        self.processes: set[_BrowsersProcess] = set()
        self._downloads = DownloadManager()  # textual-serve's; the served app delivers no file
        package = resources.files("textual_serve")
        self._static = Path(str(package.joinpath("static")))
        self._page = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(package.joinpath("templates"))), autoescape=True
        ).get_template("app_index.html")

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._with_the_token_only])
        app.add_routes(
            [
                web.get("/", self._index),
                web.get("/ws/{token}", self._browser),
                web.static("/static", self._static, show_index=False),
            ]
        )
        app.on_shutdown.append(self._close_browsers)
        return app

    @web.middleware
    async def _with_the_token_only(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if request.path.startswith("/static/"):
            response = await handler(request)
        elif not self._has_the_token(request):
            response = web.Response(
                status=403,
                text="403 Forbidden: this link has no access token, or not this one. "
                "Open the link that `unreport serve` printed (it ends in ?token=…).\n",
            )
        else:
            response = await handler(request)
        response.headers["Referrer-Policy"] = "no-referrer"  # the page's link (its token) is never sent elsewhere
        response.headers["Cache-Control"] = "no-store"
        return response

    def _has_the_token(self, request: web.Request) -> bool:
        if request.path == "/":
            given = request.query.get(TOKEN, "")
        elif request.path.startswith("/ws/"):
            given = request.path.removeprefix("/ws/")
        else:
            return False  # nothing else is served
        return secrets.compare_digest(given.encode(), self.token.encode())

    async def _index(self, request: web.Request) -> web.Response:
        """textual-serve's page, its WebSocket's address with the token (the page is only given to
        who has it). ``fontsize`` in the link sets the text's size, for a large screen."""
        font_size = _cells(request.query.get("fontsize"), 16)
        page = self._page.render(
            font_size=font_size,
            app_websocket_url=f"ws://{request.host}/ws/{self.token}",
            config={"static": {"url": "/static/"}},
            application={"name": f"unreport: the draft of {self.db.name}, read-only"},
            ping_url="",
        )
        return web.Response(text=page, content_type="text/html")

    async def _browser(self, request: web.Request) -> web.StreamResponse:
        """One browser's screen: its own read-only app, relayed both ways until either side goes."""
        if len(self.browsers) >= MAX_BROWSERS:
            self.say(f"{_now()} a browser at {request.remote} was refused: {MAX_BROWSERS} have the draft open already")
            return web.Response(status=503, text=f"{MAX_BROWSERS} browsers have the draft open already: close one.\n")
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        process = _BrowsersProcess(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self._downloads,
        )
        self.browsers.add(websocket)
        self.processes.add(process)
        self.say(f"{_now()} a browser at {request.remote} opened the draft ({len(self.browsers)} open)")
        try:
            await process.start(_cells(request.query.get("width"), 80), _cells(request.query.get("height"), 24))
            await self._relay(websocket, process)
        except Exception as error:  # noqa: BLE001 - one browser's failure ends its view, said in a line, never the server
            self.say(f"{_now()} the view of the browser at {request.remote} failed: {error or type(error).__name__}")
        finally:
            await process.close()
            self.processes.discard(process)
            self.browsers.discard(websocket)
            self.say(f"{_now()} a browser at {request.remote} closed the draft ({len(self.browsers)} open)")
        return websocket

    async def _relay(self, websocket: web.WebSocketResponse, process: _BrowsersProcess) -> None:
        """What the browser sends: keys and the mouse (to the app, which takes only those that
        look), its size, its focus, and pings. Anything else is ignored."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, data = json.loads(message.data)
            except (ValueError, TypeError):
                continue
            if kind == "stdin" and isinstance(data, str):
                await process.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await process.set_terminal_size(_cells(str(data.get("width")), 80), _cells(str(data.get("height")), 24))
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await process.blur()
            elif kind == "focus":
                await process.focus()

    async def _close_browsers(self, _app: web.Application) -> None:
        """The server stops: each browser is told ("Session ended") and its app quits."""
        for websocket in list(self.browsers):
            await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"unreport serve stopped")
        await asyncio.gather(*(process.close() for process in list(self.processes)))

    async def run(self, listening: socket.socket) -> None:
        """Serve until Ctrl+C (or SIGTERM), then close every browser's app and stop."""
        runner = web.AppRunner(self.application(), handle_signals=False, access_log=None)
        await runner.setup()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C is a KeyboardInterrupt, said by the command
                loop.add_signal_handler(signal_number, stop.set)
        try:
            await web.SockSite(runner, listening).start()
            await stop.wait()
        finally:
            await runner.cleanup()
            # The browsers' app processes are closed; their transports, held in reference cycles,
            # are collected now, while the loop runs: collected after asyncio.run closed it, each
            # printed a traceback ("Event loop is closed") under "Stopped" (seen once in a test run).
            gc.collect()


def _now() -> str:
    return f"{dt.datetime.now():%H:%M:%S}"


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class _OneLine(logging.Handler):
    """What aiohttp and textual-serve log (a request it could not read, an app that did not
    start) as one line on the server's terminal, without the traceback they attach."""

    def __init__(self, say: Callable[[str], None]) -> None:
        super().__init__(logging.WARNING)
        self.say = say

    def emit(self, record: logging.LogRecord) -> None:
        self.say(f"{_now()} {record.getMessage()}")


def serve(db: Path, host: str, port: int, say: Callable[[str], None] = _say) -> None:
    """Serve the database's draft on ``host``:``port`` until Ctrl+C; ServeRefused when it cannot listen."""
    for name in ("aiohttp", "textual-serve"):
        logger = logging.getLogger(name)
        logger.addHandler(_OneLine(say))
        logger.propagate = False
    listening = listening_socket(host, port)
    token = secrets.token_urlsafe(24)
    link = room_link(host, listening.getsockname()[1], token)
    server = DraftServer(db, token, say)
    print(link, flush=True)  # the command's output: the link, alone on its line, for a script to take
    where = (
        "in a browser of this machine (for other machines: --host 0.0.0.0)"
        if only_this_machine(host)
        else "in any browser that reaches this machine"
    )
    say(
        f"Serving the draft of {db}, read-only, following what the note-taker saves. Open the link above {where}: "
        "whoever has it can read the draft, and no more; a new one is made at each start. Ctrl+C stops."
    )
    try:
        asyncio.run(server.run(listening))
    finally:
        listening.close()
    say("Stopped: every browser's view is closed.")
