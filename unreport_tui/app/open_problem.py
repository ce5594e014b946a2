"""The screen for a database that cannot be opened (damaged, written by a newer unreport, or in
use by another running copy): what is wrong, in the storage layer's words, and the choices that
make sense for it. Choosing is all it does; the command carries the choice out, so that the file
is touched only by what the user chose."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from ..storage import Choice, OpenChoice
from .crash_reporting import CrashReportingApp


class OpenProblemApp(CrashReportingApp[OpenChoice]):
    CSS_PATH = Path(__file__).with_name("unreport.tcss")
    TITLE = "unreport"
    BINDINGS = [Binding("escape,q", "choose_quit", "Quit", id="quit")]

    def __init__(self, db: Path, message: str, choices: list[Choice]) -> None:
        super().__init__()
        self.db = db
        self.message = message
        self.choices = choices

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="open-problem"):
            yield Static(Text("This database cannot be opened", style="bold"), classes="section-title")
            yield Static(Text(self.message), id="open-problem-message")
            yield Static(Text("What would you like to do? (arrows and Enter)"), id="open-problem-question")
            yield OptionList(*[Option(Text(c.label), id=c.choice.value) for c in self.choices], id="open-choices")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.db.name
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.exit(OpenChoice(event.option.id or OpenChoice.QUIT))

    def action_choose_quit(self) -> None:
        self.exit(OpenChoice.QUIT)
