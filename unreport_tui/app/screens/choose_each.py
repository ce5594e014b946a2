"""Names that could not be resolved, asked one after the other before anything is saved: for
each, a list of what it can be made (the closest names, or as typed with a role chosen). Enter
takes the highlighted choice and asks the next; after the last, everything is saved. Escape saves
nothing and goes back to the text, as it was typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ...core.rendered import printable
from ..widgets.keys_in_order import InOrderOptionList

KEYS = "↑ ↓ choose · Enter: take it and go on · Esc: save nothing, back to the text"


@dataclass(frozen=True)
class Question:
    heading: str  # which line or name: 'Line 4: “Greenpeace”'
    why: str  # why it is asked: "not a State nor anyone logged"
    choices: list[tuple[str, Any]]  # (what the choice says, what choosing it gives)
    chosen: int | None = 0  # the choice highlighted at first; None: none, an arrow chooses


def first_unless_torn(choices: Sequence[tuple[str, Any]]) -> int | None:
    """The choice highlighted at first: the closest name when there is one (a typo), or the first
    choice as typed when there is none; nothing when two or more names come before the choices
    as typed or as listed ("Austrai": Australia or Austria), so that a hurried Enter takes neither:
    Enter then waits for an arrow (the dialog says so)."""
    closest = next((n for n, (label, _) in enumerate(choices) if ", as typed" in label or ", as listed" in label), len(choices))
    return None if closest > 1 else 0


class ChooseEachDialog(ModalScreen[list[Any] | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel: nothing saved")]

    def __init__(self, title: str, questions: list[Question]) -> None:
        super().__init__()
        self.title_text = title
        self.questions = questions
        self.answers: list[Any] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="choose-dialog"):
            yield Label(self.title_text, id="choose-title", markup=False)
            yield Label("", id="choose-heading", markup=False)
            yield Label("", id="choose-why", classes="dim", markup=False)
            yield InOrderOptionList(id="choose-list", markup=False)
            yield Label(
                KEYS,
                id="choose-keys",
                classes="dim",
                markup=False,
            )

    def on_mount(self) -> None:
        self._ask()

    def _ask(self) -> None:
        question = self.questions[len(self.answers)]
        count = f"{len(self.answers) + 1} of {len(self.questions)}: " if len(self.questions) > 1 else ""
        self.query_one("#choose-heading", Label).update(printable(count + question.heading))
        self.query_one("#choose-why", Label).update(printable(question.why))
        options = self.query_one("#choose-list", OptionList)
        options.clear_options()
        options.add_options([Option(Text(printable(label))) for label, _ in question.choices])
        options.highlighted = question.chosen
        options.focus()
        self.query_one("#choose-keys", Label).update(
            "Two or more are as close: ↓ chooses one, Enter takes it · Esc: save nothing, back to the text"
            if question.chosen is None
            else KEYS
        )

    @on(OptionList.OptionSelected, "#choose-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if len(self.answers) == len(self.questions):  # a second click on an answer as the dialog closes
            return
        question = self.questions[len(self.answers)]
        self.answers.append(question.choices[event.option_index][1])
        if len(self.answers) == len(self.questions):
            self.dismiss(self.answers)
        else:
            self._ask()
