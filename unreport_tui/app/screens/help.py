"""Every key of the live screen, read from the app's actions (``actions.ACTIONS``) with the keys in
force, so that the list is never out of date and names the keys the user chose."""

from __future__ import annotations

import re
from collections.abc import Set

from rich.table import Table
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..actions import On, bindings, key_for, on_screen, with_keys

# Keys that belong to a box rather than to the screen ({id}: the key in force for that action).
BOX_KEYS = [
    ("letters, Enter", "speaker box: log the highlighted suggestion"),
    ("a group (g77, eu), Enter", "speaker box: the next speaker logged speaks on its behalf"),
    ("↓ ↑", "speaker box: move through the suggestions"),
    ("Esc", "speaker box: clear it (and the group); a dialog: close it, changing nothing"),
    ("text, Enter", "point box: log the point for the current speaker"),
    ("Enter on an empty point box", "back to the speaker box"),
    ("Tab to the log, Enter", "correct the highlighted statement or point"),
    ("{delete-entry}", "log: delete the highlighted entry ({undo} brings it back)"),
    ("{move-up} {move-down}", "log: move the highlighted entry"),
    ("ctrl+p", "command palette: every action by name, switching item or meeting, time limits, theme"),
    ("{quit}", "quit (everything is saved first)"),
]

# A read-only copy has no box: its keys only look.
READ_ONLY_KEYS = [
    ("↓ ↑ PgUp PgDn Home End", "move through the log, or the draft"),
    ("Tab", "from the log to the draft and back"),
    ("ctrl+p", "command palette: every action by name, theme"),
    ("{quit}", "quit (this copy writes nothing)"),
]


KEY_NAMES = {"up": "↑", "down": "↓", "delete": "Delete"}  # as a box's keys are written


def _as_written(keys: str) -> str:
    return re.sub(r"\b(up|down|delete)\b", lambda found: KEY_NAMES[found.group(1)], keys)


def live_keys(only: Set[str] | None = None) -> list[tuple[str, str]]:
    """The keys of the live screen and what each does, with the keys in force: its own (those
    whose action is in ``only``, when given: a read-only copy's), then the boxes'."""
    box_rows = BOX_KEYS if only is None else READ_ONLY_KEYS
    # A key the boxes' rows say more of (Delete, moving an entry: "log: …") is listed there only.
    said_below = {found for keys, _ in box_rows for found in re.findall(r"{([a-z-]+)}", keys)}
    rows = [
        (key_for(action.id), action.label)
        for action in on_screen(On.LIVE, On.UNDOABLE)
        if (only is None or action.action in only) and action.id not in said_below
    ]
    return rows + [(_as_written(with_keys(keys)), with_keys(what)) for keys, what in box_rows]


def keys_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2), expand=True)
    table.add_column(style="bold", ratio=1, max_width=24)  # a long one ("Enter on an empty point box") wraps
    table.add_column(ratio=3)
    for keys, what in rows:
        table.add_row(keys, what)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = bindings(On.HELP)  # Esc, or the key that opened it

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static("Keys (Esc closes this)", classes="section-title", markup=False)
            yield Static(keys_table(self.rows))
