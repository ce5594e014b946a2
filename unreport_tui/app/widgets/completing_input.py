"""A text box with ranked suggestions under it: type a few letters, the best match is
highlighted, up and down move the highlight, Enter takes the highlighted one (one Enter, not one
to complete and another to submit). Used for speakers and for "on behalf of"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ...core.rendered import printable
from .compact import made_compact
from .keys_in_order import InOrderInput

if TYPE_CHECKING:
    from ...core.speaker_suggestions import Suggestion


def _last_name(typed: str) -> tuple[str, str]:
    """ "Chile; Per" -> ("Chile; ", "Per"): what is done, and the name being typed."""
    done, _, last = typed.rpartition(";")
    return (f"{done}; " if done else ""), last.strip()


def recased(typed: str, offered: str) -> bool:
    """``typed`` is ``offered`` with more capitals ("Amnesty International" for a name logged fast as
    "amnesty international"): the note-taker is mending its spelling, and the typed one is taken.
    Not a name typed all in capitals ("CHILE"): the one offered keeps its spelling."""
    capitals = sum(letter.isupper() for letter in typed)
    return (
        typed != offered
        and typed.casefold() == offered.casefold()
        and capitals > sum(letter.isupper() for letter in offered)
        and not typed.isupper()
    )


class CompletingInput(Vertical):
    """A text box whose suggestions open below it as one types (the speaker box): Enter posts
    ``Chosen`` with the highlighted suggestion.

    With ``form``, it is one box of a form (a country, who spoke for a group): Enter puts the
    highlighted name in the box, then the screen hears of the Enter as from any box of the form
    (``Input.Submitted``). With ``several`` (a form box too), it holds a list of names separated
    by semicolons (who voted in favour, who submitted a draft): the suggestions are for the name
    being typed, Enter puts the highlighted one in its place and goes on to the next, and Enter
    after the last name (nothing being typed) is heard by the screen."""

    BINDINGS = [
        Binding("down", "move(1)", "Next suggestion", show=False),
        Binding("up", "move(-1)", "Previous suggestion", show=False),
        Binding("escape", "clear", "Clear", show=False),
    ]

    class Chosen(Message):
        """Enter on a suggestion, or on the text as typed."""

        def __init__(self, box: CompletingInput, value: str, why: str = "") -> None:
            super().__init__()
            self.box = box
            self.value = value
            self.why = why  # the suggestion's kind ("State", "group", "as typed" …), "" when none was offered

        @property
        def control(self) -> CompletingInput:
            return self.box

    def __init__(
        self,
        suggest: Callable[[str], list[Suggestion]],
        placeholder: str,
        *,
        input_id: str,
        id: str | None = None,
        form: bool = False,
        several: bool = False,
        input_classes: str = "",
        value: str = "",
    ) -> None:
        """``value``: what the box holds at first (a name being corrected), with no suggestions open."""
        super().__init__(id=id)
        self.initial_value = value
        self.suggest = suggest
        self.placeholder = placeholder
        self.input_id = input_id
        self.form = form or several
        self.several = several
        self.input_classes = input_classes
        self.suggestions: list[Suggestion] = []
        self._suggested_for: str | None = None  # what the box held when the suggestions were made

    def compose(self) -> ComposeResult:
        # Never selects its text when it takes the cursor (on every screen): a name being typed
        # or corrected grows with the next letter instead of being replaced by it.
        yield InOrderInput(
            self.initial_value,
            placeholder=self.placeholder,
            id=self.input_id,
            compact=True,
            classes=self.input_classes,
            select_on_focus=False,
        )
        options = made_compact(OptionList(id=f"{self.input_id}-suggestions", markup=False))
        options.can_focus = False  # up and down move through it from the box; Tab goes on to the next box
        yield options

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    @on(Input.Changed)
    def refresh_suggestions(self, event: Input.Changed) -> None:
        if not self.form:  # a form's screen hears its boxes change (a refused value being mended)
            event.stop()
        self.suggest_now()

    def suggest_now(self) -> None:
        """The suggestions for what the box holds now, if they are not for it already. Not for
        the value a Changed message carries: with keys typed ahead (the live screen takes them
        at once) the box holds more by the time it hears of the change, an Enter may take a
        suggestion before it does, and a highlight moved since is kept."""
        value = self.input.value
        if value == self._suggested_for:
            return
        self._suggested_for = value
        typed = _last_name(value)[1] if self.several else value
        # Suggestions are for what is being typed: a value a form fills in opens none. The screen
        # knows at once where the cursor is (has_focus is set a moment later).
        wanted = self.screen.focused is self.input and (bool(typed) or not self.several)
        self.suggestions = self.suggest(typed) if wanted else []
        options = self.options
        options.clear_options()
        options.add_options([Option(Text(printable(s.label))) for s in self.suggestions])
        options.display = bool(self.suggestions)
        if self.suggestions:
            # An empty box of a form shows what it offers, none of it chosen: empty means empty
            # ("empty: the default profile"), and Enter or Tab keeps it so; an arrow chooses one.
            options.highlighted = None if self.form and not typed else 0

    def chosen_now(self) -> tuple[str, str]:
        """What Enter takes now, and why it is offered ("" for the text as typed): the suggestion
        highlighted for what the box holds now. In a burst of keys the suggestions may be a key
        behind, or not made yet, when a key that takes the name comes (Enter, ctrl+r, f10)."""
        self.suggest_now()
        chosen = self.chosen_suggestion()
        return self.chosen_value(), chosen.why if chosen else ""

    def chosen_value(self) -> str:
        """The highlighted suggestion, or the text as typed when nothing is offered; the text as
        typed too when it is the suggestion with capitals it lacked (``recased``)."""
        chosen = self.chosen_suggestion()
        typed = (_last_name(self.input.value)[1] if self.several else self.input.value).strip()
        if chosen is None or recased(typed, chosen.value):
            return typed
        return chosen.value

    def chosen_suggestion(self) -> Suggestion | None:
        index = self.options.highlighted
        if self.suggestions and index is not None and 0 <= index < len(self.suggestions):
            return self.suggestions[index]
        return None

    def _chosen(self) -> CompletingInput.Chosen:
        chosen = self.chosen_suggestion()
        return self.Chosen(self, self.chosen_value(), chosen.why if chosen else "")

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        # For what the box holds now: in a burst the suggestions may be a key behind ("mexico; pe"
        # Enter put Mexico in place of Peru), or not made yet (Enter skipped the name being typed).
        self.suggest_now()
        if not self.form:
            event.stop()
            self.post_message(self._chosen())
            return
        if self.suggestions and self.several:  # a name is being typed: it goes in, then the next one
            event.stop()
            self._put_name(self.chosen_value())
        else:
            if self.suggestions:
                with self.input.prevent(Input.Changed):  # the name put in is chosen: nothing to suggest for it
                    self.input.value = self.chosen_value()
            self._close()
        # the screen then hears of the Enter as from any box of the form

    @on(Input.Blurred)
    def left(self) -> None:
        """Tab out of a box of a form for one name: the highlighted name goes in, as with Enter."""
        if self.form and not self.several and self.suggestions:
            with self.input.prevent(Input.Changed):  # the name put in is chosen: nothing to suggest for it
                self.input.value = self.chosen_value()
            self._close()

    @on(OptionList.OptionSelected)
    async def clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.options.highlighted = event.option_index
        if self.several:
            self._put_name(self.chosen_value())
            self.input.focus()
        elif self.form:
            self.input.focus()
            await self.input.action_submit()  # as Enter on it
        else:
            self.post_message(self._chosen())

    def _put_name(self, name: str) -> None:
        done, _ = _last_name(self.input.value)
        self.input.value = f"{done}{name}; "
        self.input.cursor_position = len(self.input.value)

    def action_move(self, step: int) -> None:
        self.suggest_now()
        if self.suggestions:
            current = self.options.highlighted
            if current is None:  # none chosen yet: down takes the first, up the last
                self.options.highlighted = 0 if step > 0 else len(self.suggestions) - 1
            else:
                self.options.highlighted = (current + step) % len(self.suggestions)

    class Cleared(Message):
        """Esc in the box: what was typed, and what it was for, is dropped."""

        def __init__(self, box: CompletingInput) -> None:
            super().__init__()
            self.box = box

        @property
        def control(self) -> CompletingInput:
            return self.box

    def action_clear(self) -> None:
        """Esc: in the speaker box, start again; in a form (a correction, the prepare screen), close
        the suggestions, or with none open leave Esc to the form (which cancels), never empty what
        the box held."""
        if self.form:
            if not self.suggestions:
                raise SkipAction()
            self._close()
            return
        self.clear()
        self.post_message(self.Cleared(self))

    def clear(self) -> None:
        self.input.value = ""
        self._close()

    def _close(self) -> None:
        self._suggested_for = None
        self.suggestions = []
        self.options.clear_options()
        self.options.display = False
