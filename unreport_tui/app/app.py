"""The unreport app: the live screen over the logbook, or, for a database with no session yet,
a short explanation of how to start."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.console import Console, RenderableType
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ..crash_report import crash_line, write_crash_report
from ..logbook import Logbook
from ..storage import SaveFailed, SessionStore
from .commands import LiveCommands
from .screens.live import LiveScreen

EMPTY_HINT = (
    "{path} holds no session yet.\n\n"
    "Load one from a session file with `unreport import FILE --db {path}`,\n"
    "or look around the demo session with `unreport demo`."
)


def _renderables_text(renderables: Sequence[RenderableType]) -> str:
    """What ``panic()`` was given, as plain text for the crash report."""
    console = Console(width=200, file=io.StringIO(), record=True)
    for renderable in renderables:
        console.print(renderable)
    return console.export_text().strip() or "the app stopped"


class EmptyScreen(Screen[None]):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(EMPTY_HINT.format(path=self.path)), id="empty")
        yield Footer()


class UnreportApp(App[None]):
    CSS_PATH = Path(__file__).with_name("unreport.tcss")  # absolute, so that subclasses find it too
    TITLE = "unreport"
    COMMANDS = App.COMMANDS | {LiveCommands}
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", id="quit", priority=True)]

    def __init__(self, store: SessionStore, read_only: bool = False,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__()
        self.store = store
        self.read_only = read_only
        self.clock = clock  # the wall clock: statements' times, the speaking timer, the status line
        self.crash_message = ""
        self.book: Logbook | None = None

    def _print_error_renderables(self) -> None:
        """Textual prints an unhandled error's traceback (with its locals) here, whether it came
        from an exception or from ``panic()``. We keep Textual's own handling of the error (the
        exit, the return code) and change only what is printed: the details go to a crash report
        and the command prints ``crash_message``, one line. (Textual's private hook: the canary
        test in tests/test_app.py fails if an upgrade renames it.)"""
        if not self._exit_renderables:
            return
        error = self._exception or RuntimeError(_renderables_text(self._exit_renderables))
        self.crash_message = crash_line(error, write_crash_report(error))
        self._exit_renderables.clear()

    def on_mount(self) -> None:
        self.sub_title = self.store.path.name + (" (read-only)" if self.read_only else "")
        self.refresh_draft()

    def refresh_draft(self) -> None:
        """Open the live screen on the session, or say how to start when there is none."""
        book = Logbook(self.store, self.clock)
        if book.session.is_empty():
            self.push_screen(EmptyScreen(self.store.path))
            return
        self.book = book
        self.push_screen(LiveScreen(book, self.store, self.read_only))

    async def action_quit(self) -> None:
        """Everything typed is saved before the app goes; if the disk refuses, it stays open."""
        try:
            self.store.close()
        except SaveFailed as error:
            self.notify(f"{error} Free some space, then quit again (ctrl+q).", severity="error",
                        markup=False, timeout=15)
            return
        self.exit()
