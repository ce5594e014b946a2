"""A list imported from the file a system exported (the Chair's list of speakers, the list of
participants, the current item's documents), chosen on the prepare screen: which list (↑ ↓) and
the file (→ completes its name), then each line as it is taken, as the Chair's list box shows it.
Enter saves (the lines marked ? asked first, one by one, as the Chair's list asks them); Esc
cancels and nothing is saved. The file is read on a thread: a large workbook never freezes the
screen."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...core.english import counted
from ...core.imported_list import LIST_NAMES, ImportedList, ListKind, Value, preview_line, read_list, wrong_list
from ...core.list_file import ListFileError, read_list_file
from ...core.model import Role
from ...core.rendered import printable
from ..widgets.keys_in_order import InOrderInput
from .choose_each import ChooseEachDialog, Question, first_unless_torn

# The files a list comes in, offered first when a name is completed.
LIST_SUFFIXES = (".csv", ".xlsx", ".txt", ".tsv")


class FileNameSuggester(Suggester):
    """The first file or folder of the folder typed whose name begins as typed (a list file
    first): → takes it, as a shell's Tab would."""

    def __init__(self, folder: Path) -> None:
        """``folder``: where a name that is not a whole path is (the folder the dialog offers)."""
        super().__init__(use_cache=False, case_sensitive=True)
        self.folder = folder

    async def get_suggestion(self, value: str) -> str | None:
        return self.completion(value)

    def completion(self, value: str) -> str | None:
        """``value`` completed to the first name it begins; None when there is none."""
        typed = self.folder / Path(value).expanduser()
        folder, start = (typed, "") if value.endswith(("/", "\\")) else (typed.parent, typed.name)
        try:
            names = sorted(p.name + ("/" if p.is_dir() else "") for p in folder.iterdir() if p.name.startswith(start))
        except OSError:
            return None
        names = [n for n in names if not n.startswith(".") or start.startswith(".")]
        lists = [n for n in names if n.lower().endswith(LIST_SUFFIXES)]
        offered = lists or names
        if not offered or offered[0] == start:
            return None
        chosen = offered[0]
        return value + chosen[len(start) :]


class FileNameInput(InOrderInput):
    """The file's path: → at its end completes the name from what the box holds now. The name shown
    greyed after the cursor comes a moment later, from a worker: → typed in a burst came before it,
    did nothing, and Enter read the letters typed while the box showed the whole name."""

    def action_cursor_right(self, select: bool = False) -> None:
        if not select and not self.selection.is_empty:  # the folder as the dialog opens, selected: → only ends the selection
            self.cursor_position = max(self.selection)
            return
        if not select and self.cursor_at_end and isinstance(self.suggester, FileNameSuggester):
            completed = self.suggester.completion(self.value)
            if completed is not None:
                self.value = completed
                self.cursor_position = len(completed)
                return
        super().action_cursor_right(select)


# What each list is, on its line of the dialog (the item's number follows for an item's lists).
KIND_LABELS = {
    ListKind.SPEAKERS: "The Chair's list of speakers of item {item}",
    ListKind.PARTICIPANTS: "The list of participants (members, observer States, IGOs, NGOs)",
    ListKind.DOCUMENTS: "The documents of item {item}",
}
KINDS = list(ListKind)


class ImportListDialog(ModalScreen[tuple[ImportedList, list[Value | None]] | None]):
    """Gives back the list read and an answer for each line not resolved, or None (cancelled)."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel: nothing saved"),
        # Up and down reach the dialog from the file-name box (an Input has no use for them): the
        # list is chosen with the arrows while the cursor stays in the name, as in the export dialog.
        Binding("down", "move_kind(1)", "Next list", show=False),
        Binding("up", "move_kind(-1)", "Previous list", show=False),
        Binding("enter", "save", "Save", show=False),
    ]

    def __init__(
        self,
        kind: ListKind,
        folder: Path,
        item_number: str,
        logged: dict[str, tuple[str, Role]],
    ) -> None:
        """``kind``: the list offered first (the one the cursor was at); ``folder``: where the file
        is looked for first; ``item_number``: the current item's; ``logged``: the speakers logged."""
        super().__init__()
        self.first_kind = kind
        self.folder = folder
        self.item_number = item_number
        self.logged = logged
        self.imported: ImportedList | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog"):
            yield Label("Import a list from a file (CSV, .xlsx, or text with one name a line)", markup=False)
            yield OptionList(
                *[Option(KIND_LABELS[k].format(item=self.item_number or "(none yet)"), id=k.value) for k in KINDS],
                id="import-kind",
                markup=False,
            )
            yield Label("File (↑↓ which list, → completes the name, Enter reads it)", classes="box-label", markup=False)
            yield FileNameInput(value=f"{self.folder}/", id="import-path", compact=True, suggester=FileNameSuggester(self.folder))
            yield Label("", id="import-said", markup=False)
            with VerticalScroll(id="import-preview-box"):
                yield Static(id="import-preview", markup=False)
            yield Label("", id="import-keys", classes="dim", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = KINDS.index(self.first_kind)
        self.query_one("#import-preview-box").display = False
        path = self.query_one("#import-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    @property
    def kind(self) -> ListKind:
        return KINDS[self.query_one(OptionList).highlighted or 0]

    def action_move_kind(self, step: int) -> None:
        if self.imported is not None:  # the preview has the arrows: they scroll it
            self.query_one("#import-preview-box", VerticalScroll).scroll_relative(y=step, animate=False)
            return
        kinds = self.query_one(OptionList)
        kinds.highlighted = ((kinds.highlighted or 0) + step) % kinds.option_count

    @on(OptionList.OptionSelected, "#import-kind")
    def kind_chosen(self) -> None:
        self.query_one("#import-path", Input).focus()

    @on(Input.Changed, "#import-path")
    def name_changed(self) -> None:
        self.query_one("#import-said", Label).update("")

    @on(Input.Submitted, "#import-path")
    def read(self, event: Input.Submitted) -> None:
        event.stop()  # the dialog's own Enter saves a list read, not a name typed
        typed = event.value.strip()
        if not typed:
            return
        path = self.folder / Path(typed).expanduser()
        self.query_one("#import-said", Label).update(f"Reading {path.name} …")
        self._read(self.kind, path)

    @work(thread=True, exclusive=True)
    def _read(self, kind: ListKind, path: Path) -> None:
        try:
            table = read_list_file(path)
        except ListFileError as error:
            self.app.call_from_thread(self._refused, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a file that breaks the reader is refused in one line; the app (and what is typed) stays
            self.app.call_from_thread(self._refused, f"{path.name} could not be read as a list ({type(error).__name__}: {error})")
            return
        if problem := wrong_list(kind, table):
            self.app.call_from_thread(self._refused, f"{path.name} {problem} (↑↓)")
            return
        imported = read_list(kind, table, self.logged, self.item_number)
        self.app.call_from_thread(self._show, imported, path)

    def _refused(self, message: str) -> None:
        self.query_one("#import-said", Label).update(printable(message))

    def _show(self, imported: ImportedList, path: Path) -> None:
        if not imported.lines:
            self._refused(f"{path}: no names in it ({imported.read_as}); nothing to import")
            return
        self.imported = imported
        shown = Text()
        for line in imported.lines:
            style = "" if line.value is not None else "bold yellow"
            shown.append(printable(preview_line(line)) + "\n", style=style)
        for note in imported.left_out:
            shown.append(printable(f"  left out: {note}") + "\n", style="dim")
        shown.rstrip()
        self.query_one("#import-preview", Static).update(shown)
        self.query_one("#import-kind").display = False
        self.query_one(".box-label").display = False
        self.query_one("#import-path").display = False
        box = self.query_one("#import-preview-box", VerticalScroll)
        box.display = True
        box.focus()
        unresolved = len(imported.unresolved)
        where = f" of item {self.item_number}" if imported.kind is not ListKind.PARTICIPANTS else ""
        list_name = LIST_NAMES[imported.kind]
        self.query_one("#import-said", Label).update(
            printable(
                f"{list_name[0].upper()}{list_name[1:]}{where}, from {path.name} ({imported.read_as}): "
                f"{len(imported.lines) - unresolved} resolved" + (f", {unresolved} marked ? to choose" if unresolved else "")
            )
        )
        replaces = (
            "each category it has names in takes the place of that category's list"
            if imported.kind is ListKind.PARTICIPANTS
            else "it takes the place of the list there now"
        )
        self.query_one("#import-keys", Label).update(
            "Enter: "
            + ("choose what each ? line is, then save" if unresolved else "save it")
            + f" ({replaces}) · Esc: cancel, nothing saved"
        )

    def action_save(self) -> None:
        imported = self.imported
        if imported is None:
            return
        unresolved = imported.unresolved
        if not unresolved:
            self.dismiss((imported, []))
            return
        questions = [
            Question(f"line {line.line}: “{line.typed}”", line.how, list(line.choices), first_unless_torn(line.choices))
            for line in unresolved
        ]

        def answered(answers: list[Value | None] | None) -> None:
            if answers is None:
                self.query_one("#import-keys", Label).update(
                    "Nothing saved. Enter: choose again · Esc: cancel (correct the file and import it again)"
                )
                return
            self.dismiss((imported, answers))

        self.app.push_screen(
            ChooseEachDialog(
                f"{counted(len(unresolved), 'line')} of the file could not be resolved: choose what each is", questions
            ),
            answered,
        )
