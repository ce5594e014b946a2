"""Export from inside the app, through the one headless export path: a format and a file, then
the path it was written to. Writing happens on a worker thread, so a slow disk never freezes
the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.input import Selection
from textual.widgets.option_list import Option

from ...core.model import Session
from ...exporters import FORMATS, export_session, format_of_file, no_format_named
from ...storage import StorageError, is_part_of_database, write_export
from ..actions import key_for
from ..widgets.keys_in_order import InOrderInput

FORMAT_NAMES = {
    "txt": "Plain text (.txt)",
    "md": "Markdown (.md)",
    "html": "Web page, print-ready on A4 (.html)",
    "akn": "Akoma Ntoso XML (.akn)",
    "docx": "Word (.docx)",
    "toml": "Session file (.toml)",
}


def default_folder(db: Path, last_used: str, scratch: bool) -> Path:
    """Where an export is offered to go: the folder last exported to (remembered in the settings)
    while it is there, else the database's own folder, or for a scratch database (the demo's,
    whose folder goes when the app closes) the home folder. Never the folder the app happened to be
    started from: that is wherever the terminal was, and changes from one day to the next."""
    remembered = Path(last_used).expanduser() if last_used else None
    if remembered is not None and remembered.is_absolute() and remembered.is_dir():
        return remembered
    return Path.home() if scratch else db.parent


class ExportDialog(ModalScreen[Path | None]):
    # Up and down reach the screen from the file-name box (an Input has no use for them), so the
    # format is chosen with the arrows while the cursor stays in the name; the list, when it has the
    # focus itself, moves on its own bindings first.
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        # The draft's own key for the whole report (the keymap's too, by its id): here it
        # switches what is exported, which the dialog says on its second line.
        Binding("f3", "toggle_whole", "Whole report / current item", show=False, id="whole"),
        Binding("down", "move_format(1)", "Next format", show=False),
        Binding("up", "move_format(-1)", "Previous format", show=False),
    ]

    def __init__(
        self,
        session: Callable[[], Session],
        db: Path,
        item: str | None,
        folder: Path,
        *,
        current: str | None = None,
        format: str = "",
    ) -> None:
        """``session``: the session as it is now (a read-only copy's is replaced as it follows the
        writer, so it is asked for when needed, not kept); ``item``: the agenda item exported at
        first (None: the whole report); ``current``: the current item, which the key for the whole
        report switches to and back from; ``folder``: where the file is offered to go
        (``default_folder``); ``format``: the one chosen last time."""
        super().__init__()
        self.session = session
        self.db = db
        self.item = item
        self.current = current if current is not None else item
        self.folder = folder
        self.first_format = format if format in FORMATS else FORMATS[0]
        self.format_written = ""  # the format of the file written, once it is
        # The file the user was told exists: a second Enter on that same name replaces it.
        self._replace_asked: Path | None = None
        # The file the line under the name speaks of (it exists, or was refused): kept while the name is.
        self._said_about: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label("Export the draft report", markup=False)
            yield Label("", id="export-scope", markup=False)  # what is exported: the current item or the whole report
            # The current item's title on a line of its own, cut with "…" at the dialog's edge: a
            # title can be three lines long, and the key that switches must stay in view.
            yield Label("", id="export-title", markup=False)
            yield OptionList(*[Option(FORMAT_NAMES.get(f, f), id=f) for f in FORMATS], id="export-format", markup=False)
            yield Label("File (↑↓ format, Enter writes it)", classes="box-label", markup=False)
            yield InOrderInput(value=str(self._default_path(self.first_format)), id="export-path", compact=True)
            yield Label("", id="export-error", markup=False)

    def _default_path(self, format: str) -> Path:
        return self.folder / f"{self.db.stem}-draft.{format}"

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = FORMATS.index(self.first_format)
        self.query_one("#export-path", Input).focus()
        self._say_what_is_exported()

    def _say_what_is_exported(self) -> None:
        """The second line: what Enter writes, the current item or the whole report, and the key
        that switches (a Word file of one item has no masthead: the note-taker must know)."""
        whole = key_for("whole")
        title = ""
        if FORMATS[self.query_one(OptionList).highlighted or 0] == "toml":
            said = "The whole session (a session file holds everything)"
        elif self.item is None:
            found = next((item for item in self.session().items if item.key == self.current), None)
            said = "Whole report" + (f" · {whole}: only item {found.number}" if found is not None else "")
        else:
            found = next((item for item in self.session().items if item.key == self.item), None)
            number, title = (found.number, found.title.strip()) if found is not None else (self.item, "")
            said = f"Current item: {number}, no masthead · {whole}: whole report"
        self.query_one("#export-scope", Label).update(said)
        shown = self.query_one("#export-title", Label)
        shown.update(title)
        shown.display = bool(title)

    def action_toggle_whole(self) -> None:
        if self.current is not None:
            self.item = self.current if self.item is None else None
        self._say_what_is_exported()

    @on(OptionList.OptionHighlighted)
    def format_changed(self) -> None:
        self._extension_follows_the_list()
        self._say_what_is_exported()

    def _extension_follows_the_list(self) -> None:
        """The list as it is now, not as an event says it was: keys typed in a burst (tmux, typing
        ahead) are handled before the events they cause, and a late one must not undo a later key."""
        path = self.query_one("#export-path", Input)
        current = Path(path.value)
        format = FORMATS[self.query_one(OptionList).highlighted or 0]
        if format_of_file(current) not in (None, format):
            # The name is all selected when the dialog opens (a name typed replaces it): still so with
            # the new extension, else the cursor at its end; a selection left over the old length
            # would have the next key delete all but a letter of the new name.
            whole = bool(path.value) and sorted(path.selection) == [0, len(path.value)]
            path.value = str(current.with_suffix(f".{format}"))
            path.selection = Selection(0, len(path.value)) if whole else Selection.cursor(len(path.value))

    def action_move_format(self, step: int) -> None:
        formats = self.query_one(OptionList)
        formats.highlighted = ((formats.highlighted or 0) + step) % formats.option_count
        self._extension_follows_the_list()  # at once: an Enter right after writes what it shows

    @on(Input.Changed, "#export-path")
    def name_changed(self) -> None:
        """A new name clears what was said about the old one; an extension typed moves the list to
        its format, so the list always shows what Enter will write. A late event for a name already
        gone (keys in a burst) leaves alone what was said about the name there now."""
        if self._target() != self._said_about:
            self._replace_asked = self._said_about = None
            self.query_one("#export-error", Label).update("")
        named = format_of_file(Path(self.query_one("#export-path", Input).value.strip()))
        if named is not None:
            formats = self.query_one(OptionList)
            if formats.highlighted != FORMATS.index(named):
                formats.highlighted = FORMATS.index(named)

    @on(OptionList.OptionSelected)
    def format_chosen(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Input.Submitted, "#export-path")
    def write(self, event: Input.Submitted) -> None:
        """The file's extension says the format (report.md is Markdown); else the one highlighted.
        A name alone (or a relative path) goes into the folder offered, as it reads, not into the
        folder the app happened to be started from."""
        target = self._target(event.value)
        named = format_of_file(target)
        # "report.pdf" holds no Markdown; a file of the database is said to be one (write_export)
        if named is None and target.suffix and not is_part_of_database(target, self.db):
            self._said_about = target
            message = f"{target.name}: {no_format_named(target)}; or leave it off and choose the format with ↑↓"
            self.query_one("#export-error", Label).update(message)
            return
        format = named or FORMATS[self.query_one(OptionList).highlighted or 0]
        # Editors edit the exported file (the Word one above all): an existing file is replaced only
        # when asked twice. A file of the database is left to write_export, which refuses it.
        if target.is_file() and target != self._replace_asked and not is_part_of_database(target, self.db):
            self._replace_asked = self._said_about = target
            self.query_one("#export-error", Label).update(f"{target.name} exists: Enter again replaces it, or change the name")
            return
        # The session as it is now, for the worker: the note-taker may log on while the file is
        # written, and the file must hold the session as it was when asked (as the draft does).
        self._write(format, target, self.session().snapshot())

    def _target(self, name: str | None = None) -> Path:
        """The file a name means: a name alone (or a relative path) in the folder offered."""
        typed = self.query_one("#export-path", Input).value if name is None else name
        return self.folder / Path(typed.strip()).expanduser()

    @work(thread=True, exclusive=True)
    def _write(self, format: str, target: Path, session: Session) -> None:
        try:
            text = export_session(session, format, None if format == "toml" else self.item, folder=target.parent)
            written = write_export(target, text, self.db)
        except (StorageError, OSError, ValueError) as error:
            self.app.call_from_thread(self._refused, str(error), target)
            return
        self.format_written = format
        self.app.call_from_thread(self.dismiss, written)

    def _refused(self, message: str, target: Path) -> None:
        self._said_about = target
        self.query_one("#export-error", Label).update(message)
