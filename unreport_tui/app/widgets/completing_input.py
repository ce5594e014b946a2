"""A text box with ranked suggestions under it: type a few letters, the best match is
highlighted, up and down move the highlight, Enter takes the highlighted one (one Enter, not one
to complete and another to submit). Used for speakers and for "on behalf of"."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ...core.rendered import printable
from ...core.speaker_suggestions import Suggestion


class CompletingInput(Vertical):
    BINDINGS = [
        Binding("down", "move(1)", "Next suggestion", show=False),
        Binding("up", "move(-1)", "Previous suggestion", show=False),
        Binding("escape", "clear", "Clear", show=False),
    ]

    class Chosen(Message):
        """Enter on a suggestion, or on the text as typed."""

        def __init__(self, box: CompletingInput, value: str) -> None:
            super().__init__()
            self.box = box
            self.value = value

        @property
        def control(self) -> CompletingInput:
            return self.box

    def __init__(self, suggest: Callable[[str], list[Suggestion]], placeholder: str, *,
                 input_id: str, id: str | None = None) -> None:
        super().__init__(id=id)
        self.suggest = suggest
        self.placeholder = placeholder
        self.input_id = input_id
        self.suggestions: list[Suggestion] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self.placeholder, id=self.input_id, compact=True)
        yield OptionList(id=f"{self.input_id}-suggestions", markup=False, compact=True)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    @on(Input.Changed)
    def refresh_suggestions(self, event: Input.Changed) -> None:
        event.stop()
        self.suggestions = self.suggest(event.value)
        options = self.options
        options.clear_options()
        options.add_options([Option(Text(printable(s.label))) for s in self.suggestions])
        options.display = bool(self.suggestions)
        if self.suggestions:
            options.highlighted = 0

    def chosen_value(self) -> str:
        """The highlighted suggestion, or the text as typed when nothing is offered."""
        index = self.options.highlighted
        if self.suggestions and index is not None and 0 <= index < len(self.suggestions):
            return self.suggestions[index].value
        return self.input.value.strip()

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Chosen(self, self.chosen_value()))

    @on(OptionList.OptionSelected)
    def clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.options.highlighted = event.option_index
        self.post_message(self.Chosen(self, self.chosen_value()))

    def action_move(self, step: int) -> None:
        if self.suggestions:
            current = self.options.highlighted or 0
            self.options.highlighted = (current + step) % len(self.suggestions)

    def action_clear(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.input.value = ""
        self.suggestions = []
        self.options.clear_options()
        self.options.display = False
