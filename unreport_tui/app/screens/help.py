"""Every key of the screen it was opened on (the live screen, the prepare screen, the proposals),
read from the app's actions (``actions.ACTIONS``) with the keys in force, so that the list is never
out of date and names the keys the user chose; then the keys that belong to the boxes."""

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


# The forms' boxes: the prepare screen's and the proposals'.
FORM_KEYS = [
    ("Tab, shift+Tab", "the next box, the one before"),
    ("↓ ↑", "a box that completes names (States, groups, profiles): move through the suggestions"),
    ("Esc", "with a box's suggestions open: close them"),
]
PREPARE_BOX_KEYS = [
    (
        "text, Enter",
        "save the section the box is in, or add what it adds (a meeting, an agenda item, a document, "
        "an officer); a value refused is marked, with why under its box, and nothing is saved",
    ),
    *FORM_KEYS,
    ("ctrl+p", "command palette: go to a section of the form (Go to: Officers), theme"),
    ("{quit}", "quit; text typed and not saved (no Enter) is asked about first"),
]
PROPOSALS_BOX_KEYS = [
    ("↓ ↑, Enter", "the list of proposals: make the highlighted one the current one"),
    ("text, Enter", "the new proposal's boxes: add it (it becomes the current one)"),
    ("↓ ↑", "the list of actions: choose what happened (introduced, adopted …)"),
    ("text, Enter", "the action's boxes: log the action chosen on the current proposal, at the current meeting"),
    (
        "a name, Enter",
        "a box of several names (submitted by, the vote lists): put the highlighted name in and wait for "
        "the next; Enter with no name being typed adds the proposal or logs the action",
    ),
    *FORM_KEYS,
    ("{quit}", "quit; text typed and not saved (no Enter) is asked about first"),
]

KEY_NAMES = {"up": "↑", "down": "↓", "delete": "Delete", "escape": "Esc"}  # as a box's keys are written


def _as_written(keys: str) -> str:
    return re.sub(rf"\b({'|'.join(KEY_NAMES)})\b", lambda found: KEY_NAMES[found.group(1)], keys)


def live_keys(only: Set[str] | None = None) -> list[tuple[str, str]]:
    """The keys of the live screen and what each does, with the keys in force: its own (those
    whose action is in ``only``, when given: a read-only copy's), then the boxes'."""
    return screen_keys(On.LIVE, BOX_KEYS if only is None else READ_ONLY_KEYS, only)


def prepare_keys() -> list[tuple[str, str]]:
    return screen_keys(On.PREPARE, PREPARE_BOX_KEYS)


def proposals_keys() -> list[tuple[str, str]]:
    return screen_keys(On.PROPOSALS, PROPOSALS_BOX_KEYS)


def screen_keys(screen: On, box_rows: list[tuple[str, str]], only: Set[str] | None = None) -> list[tuple[str, str]]:
    """The keys of ``screen`` and of every screen that undoes, each with its action's words, then
    ``box_rows``. A key that cannot be changed (Esc) is named as it is."""
    # A key the boxes' rows say more of (Delete, moving an entry: "log: …") is listed there only.
    said_below = {found for keys, _ in box_rows for found in re.findall(r"{([a-z-]+)}", keys)}
    rows = [
        (key_for(action.id) if action.id else _as_written(action.key), action.label)
        for action in on_screen(screen, On.UNDOABLE)
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
