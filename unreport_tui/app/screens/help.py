"""Every key of the live screen, read from its bindings so that the list is never out of date."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys that belong to a box rather than to the screen.
BOX_KEYS = [
    ("letters, Enter", "speaker box: log the highlighted suggestion"),
    ("a group (g77, eu), Enter", "speaker box: the next speaker logged speaks on its behalf"),
    ("↓ ↑", "speaker box: move through the suggestions"),
    ("Esc", "speaker box: clear it (and the group); a dialog: close it, changing nothing"),
    ("text, Enter", "point box: log the point for the current speaker"),
    ("Enter on an empty point box", "back to the speaker box"),
    ("Tab to the log, Enter", "correct the highlighted statement or point"),
    ("Delete", "log: delete the highlighted entry (ctrl+z brings it back)"),
    ("shift+↑ shift+↓", "log: move the highlighted entry"),
    ("ctrl+p", "command palette: every action by name, switching item or meeting, time limits, theme"),
    ("ctrl+q", "quit (everything is saved first)"),
]

# A read-only copy has no box: its keys only look.
READ_ONLY_KEYS = [
    ("↓ ↑ PgUp PgDn Home End", "move through the log, or the draft"),
    ("Tab", "from the log to the draft and back"),
    ("ctrl+p", "command palette: every action by name, theme"),
    ("ctrl+q", "quit (this copy writes nothing)"),
]


def keys_table(bindings: list[Binding], box_keys: list[tuple[str, str]] = BOX_KEYS) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2), expand=True)
    table.add_column(style="bold", ratio=1, max_width=24)  # a long one ("Enter on an empty point box") wraps
    table.add_column(ratio=3)
    for binding in bindings:
        if binding.description:
            table.add_row(binding.key, binding.description)
    for keys, what in box_keys:
        table.add_row(keys, what)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1", "dismiss", "Close")]

    def __init__(self, bindings: list[Binding], box_keys: list[tuple[str, str]] = BOX_KEYS) -> None:
        super().__init__()
        self.bindings = bindings
        self.box_keys = box_keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static("Keys (Esc closes this)", classes="section-title", markup=False)
            yield Static(keys_table(self.bindings, self.box_keys))
