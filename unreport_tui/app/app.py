"""The unreport app: for now, the draft report of the open database, kept in view."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from ..core.report import render_report
from ..exporters.terminal import report_renderable
from ..storage import SessionStore


EMPTY_HINT = (
    "{path} holds no session yet.\n\n"
    "Load one from a session file with `unreport import FILE --db {path}`,\n"
    "or look around the demo session with `unreport demo`."
)


class UnreportApp(App[None]):
    CSS_PATH = "unreport.tcss"
    TITLE = "unreport"
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(self, store: SessionStore) -> None:
        super().__init__()
        self.store = store

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
