"""The unreport app: for now, the draft report of the open database, kept in view."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from ..core.report import render_report
from ..crash_report import crash_line, write_crash_report
from ..exporters.terminal import report_renderable
from ..storage import SessionStore


EMPTY_HINT = (
    "{path} holds no session yet.\n\n"
    "Load one from a session file with `unreport import FILE --db {path}`,\n"
    "or look around the demo session with `unreport demo`."
)


class UnreportApp(App[None]):
    CSS_PATH = Path(__file__).with_name("unreport.tcss")  # absolute, so that subclasses find it too
    TITLE = "unreport"
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(self, store: SessionStore) -> None:
        super().__init__()
        self.store = store
        self.crash_message = ""

    def _fatal_error(self) -> None:
        """An unhandled error: the app closes, the details go to a crash report, and the command
        prints ``crash_message`` (one line) instead of Textual's traceback with its locals.
        (Overrides Textual's private hook for exactly this.)"""
        error = self._exception or RuntimeError("unknown error")
        self.crash_message = crash_line(error, write_crash_report(error))
        self.bell()
        self._close_messages_no_wait()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="draft-scroll"):
            yield Static(id="draft")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.store.path.name
        self.refresh_draft()

    def refresh_draft(self) -> None:
        session = self.store.load()
        draft = self.query_one("#draft", Static)
        if not session.items and not session.info.body:
            draft.update(Text(EMPTY_HINT.format(path=self.store.path)))
            return
        draft.update(report_renderable(render_report(session)))
