"""The form a correction is typed in: its fields in text boxes, Enter saves, Escape leaves the
entry as it was (the dialog says so at its foot). Each kind of form (``entry_dialogs``: a
statement, a point, a heading) reads its boxes into its own typed result, which the screen that
opened it applies through the logbook like any other change, so ctrl+z undoes it.

A box for a name completes it as the speaker box does (the one ``CompletingInput``): Enter puts
the highlighted suggestion in and saves. A statement's role is a visible choice; until the
note-taker chooses one, it follows the speaker typed (a State its own role, a known IGO an IGO,
a speaker logged before the role they had)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from ...core.form_fields import FieldError
from ...core.model import ROLE_LABELS, Role
from ..widgets.completing_input import CompletingInput
from ..widgets.keys_in_order import InOrderInput

if TYPE_CHECKING:
    from ...core.speaker_suggestions import Suggestion

KEYS = "Enter saves · Esc cancels (nothing changes)"
ResultT = TypeVar("ResultT")  # what the form's boxes are read into


class EditEntryDialog(ModalScreen[ResultT | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(
        self,
        title: str,
        fields: list[tuple[str, str, str]],
        *,
        completions: dict[str, tuple[Callable[[str], list[Suggestion]], bool]] | None = None,
        role: Role | None = None,
        role_of: Callable[[str], Role | None] | None = None,
    ) -> None:
        """``fields``: (name, label, current value) for each text box. ``completions``: the boxes
        that complete names, by field name: (suggestions for the letters typed, several names).
        ``role``: a statement's role, offered as a choice (the result's "role"); ``role_of``: the
        role a new speaker's name gives, or None when it gives none."""
        super().__init__()
        self.heading = title
        self.fields = fields
        self.completions = completions or {}
        self.role = role
        self.role_of = role_of
        self._role_chosen = False  # the note-taker chose the role: a new name no longer changes it
        self._role_set: Role | None = role  # the role the dialog itself last put in the choice

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog"):
            yield Label(self.heading, markup=False)
            for name, label, value in self.fields:
                yield Label(label, classes="box-label", markup=False)
                if name in self.completions:
                    suggest, several = self.completions[name]
                    yield CompletingInput(suggest, "", input_id=f"edit-{name}", form=True, several=several, value=value)
                else:
                    # As on the prepare screen, a box that takes the cursor keeps its text unselected,
                    # the cursor at its end: a letter typed adds to the text being corrected, never wipes it.
                    yield InOrderInput(value=value, id=f"edit-{name}", compact=True, select_on_focus=False)
                if name == "speaker" and self.role is not None:
                    yield Label("Role (follows the speaker until you choose one)", classes="box-label", markup=False)
                    yield Select(
                        [(label, role.value) for role, label in ROLE_LABELS.items()],
                        value=self.role.value,
                        allow_blank=False,
                        compact=True,
                        id="edit-role",
                    )
            yield Label("", id="edit-error", markup=False)
            yield Label(KEYS, id="edit-keys", classes="dim", markup=False)

    def on_mount(self) -> None:
        self.query_one(f"#edit-{self.fields[0][0]}", Input).focus()
        if self.role is not None:  # watched, not heard: the completing box keeps its Changed to itself
            self.watch(self.query_one("#edit-speaker", Input), "value", self.speaker_typed, init=False)

    def speaker_typed(self, typed: str) -> None:
        if self.role is None or self.role_of is None or self._role_chosen:
            return
        # The role of the name Enter would save: the first suggestion ("holy": the Holy See).
        suggest = self.completions.get("speaker")
        offered = suggest[0](typed) if suggest and typed.strip() else []
        role = self.role_of(offered[0].value if offered else typed)
        if role is not None and role is not self._role_set:
            self._role_set = role
            self.query_one("#edit-role", Select).value = role.value

    @on(Select.Changed, "#edit-role")
    def role_chosen(self, event: Select.Changed) -> None:
        if self._role_set is None or event.value != self._role_set.value:  # not the dialog's own doing
            self._role_chosen = True

    @on(Input.Submitted)
    def save(self) -> None:
        values = {name: self.query_one(f"#edit-{name}", Input).value for name, _, _ in self.fields}
        if self.role is not None:
            values["role"] = str(self.query_one("#edit-role", Select).value)
        try:
            result = self.result(values)
        except FieldError as refused:  # a box typed wrong: said under the form, the cursor in that box
            self.query_one("#edit-error", Label).update(str(refused))
            self.query_one(f"#edit-{refused.field}", Input).focus()
            return
        self.dismiss(result)

    def result(self, values: dict[str, str]) -> ResultT:
        """The boxes as typed (by field name, and "role"), read into what the form returns; a
        ``FieldError`` (naming the field) for a box typed wrong."""
        raise NotImplementedError
