"""The unreport app: for now, the draft report of the open database, kept in view."""

from __future__ import annotations

import io
from pathlib import Path

from collections.abc import Sequence

from rich.console import Console, RenderableType
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


def _renderables_text(renderables: Sequence[RenderableType]) -> str:
    """What ``panic()`` was given, as plain text for the crash report."""
    console = Console(width=200, file=io.StringIO(), record=True)
    for renderable in renderables:
        console.print(renderable)
    return console.export_text().strip() or "the app stopped"


class UnreportApp(App[None]):
    CSS_PATH = Path(__file__).with_name("unreport.tcss")  # absolute, so that subclasses find it too
    TITLE = "unreport"
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(self, store: SessionStore) -> None:
        super().__init__()
        self.store = store
        self.crash_message = ""

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
