"""The unreport app: for now, the draft report of the open database, kept in view."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from ..core.report import render_report
from ..exporters.terminal import report_renderable
from ..storage import SessionStore


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
        self.query_one("#draft", Static).update(report_renderable(render_report(session)))
