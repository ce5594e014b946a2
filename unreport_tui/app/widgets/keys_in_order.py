"""Boxes whose keys act in the order they were typed: their editing keys (backspace, ctrl+u, the
arrows) among the letters, and a key for the screen (Enter in a one-line box, the export dialog's
↑/↓, f9 back from the Chair's list) before the keys behind it.

Textual inserts a letter from the box's own queue, but runs a binding only once the key has come
back up from it, after the keys queued behind it: in a burst (a quick hand, keys typed while the
app was busy, tmux) `ctrl+u` then a name emptied the box after the name was in it, `abcX`
backspace `d` gave "abcX", and letters typed after an Enter went into the box before the Enter
saved it. Here the box carries out its own bindings from its queue, where the key stands among the
letters. A key for the screen or the app is carried out from the app's queue, as a binding is (a
dialog it closes removes the box, which must not be waiting on itself), and the keys queued behind
it are held until it is done, then handed back to the app, which gives them to the box that has
the cursor by then. Keys bound with priority by the screen or the app (Tab, ctrl+z …) are taken
before they reach the box, as before."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.geometry import Size
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.worker import Worker, WorkerState

from .compact import made_compact


class _HandedBack(events.Key):
    """A key that was queued behind a key for the screen, handed back to the app to go where the
    cursor is once that key is done."""


_HandedBack.handler_name = events.Key.handler_name  # handled as any key is, by every widget

_AT_WORK = (WorkerState.PENDING, WorkerState.RUNNING)


# A mixin before the Textual box in the bases, and no Widget at run time: Textual takes a widget's
# CSS and component classes from its first base that is one (an Input's placeholder style would be
# lost); the type checker sees the Widget it is mixed into.
if TYPE_CHECKING:
    _Box = Widget
else:
    _Box = object


class KeysInOrder(_Box):
    """The order kept, for a box that types what it takes itself (``_types``)."""

    # Keys queued behind a key for the screen not yet carried out: handed back once it is.
    _held: list[events.Key] | None = None
    # Keys handed back are on their way through the app: those still arriving here go after them.
    _handing_back = False
    # Holding the keys that reach this box once a question its key opened is closed (see _hand_back).
    _after_a_question = False
    # Workers at work when the key for the screen came, other than the box's own.
    _awaiting: list[Worker[object]] = []
    # The action the box's own Enter is bound to: carried out from the app's queue (``_submitted``).
    _submit_action = "submit"

    def _types(self, event: events.Key) -> bool:
        """Whether the box types ``event`` itself (a letter; a newline in a text area)."""
        return event.is_printable

    async def _submitted(self) -> bool:
        """Enter as the box's own submission, done now; False: Enter is a key like the others."""
        return False

    def _on_focus(self, event: events.Focus) -> None:
        self._handing_back = False
        super()._on_focus(event)

    async def _on_key(self, event: events.Key) -> None:
        if self._held is not None and self._after_a_question and self.app.screen is not self.screen:
            # On its way here as the question opened: the question's, through the app.
            self._stop(event)
            self.app.post_message(_HandedBack(event.key, event.character))
            return
        if self._held is not None:  # a key before it is still to be carried out
            self._stop(event)
            self._held.append(event)
            return
        if isinstance(event, _HandedBack):  # back here: the cursor stayed in this box
            self._handing_back = False
        elif self._handing_back:
            self._stop(event)
            self.app.post_message(_HandedBack(event.key, event.character))
            return
        if self._types(event):
            await super()._on_key(event)
            return
        for key in event.aliases:
            for binding in self._bindings.key_to_bindings.get(key, ()):
                if binding.priority or binding.action == self._submit_action:
                    continue
                # A binding of the box whose action does not apply (the arrows' scroll in a
                # one-line box) lets the key go on, to the screen's binding.
                if await self.app.run_action(binding.action, self):
                    self._stop(event)
                    return
        # Enter, or a key for the screen or the app: from the app's queue, the keys behind it held.
        self._stop(event)
        self._held = []
        self.app.call_later(self._from_the_app, event)

    @staticmethod
    def _stop(event: events.Key) -> None:
        event.stop()
        event.prevent_default()

    async def _from_the_app(self, event: events.Key) -> None:
        screen, before = self.screen, set(self.app.workers)
        # A question's answer resumes the worker that asked it (a save awaiting push_screen_wait):
        # what it does next (save, go back to logging) comes before the keys typed after the answer.
        self._awaiting = [worker for worker in before if worker.state in _AT_WORK and worker.node is not self]
        try:
            if event.key == "enter" and await self._submitted():
                pass
            else:
                key = events.Key(event.key, event.character)
                if not await self._up_to_the_screen(key):
                    await self.app._check_bindings(key.key)
        finally:
            # Once what the key started is done: the work it left to a worker (saving the Chair's
            # list on the way back to logging), unless that opens a screen (a question: the keys
            # behind are its answer); and after the moves of the cursor the screen asked for
            # (Widget.focus goes through the app's queue too).
            started = [worker for worker in self.app.workers if worker not in before]
            self.app.call_later(self._hand_back, screen, started)

    def _hand_back(self, screen: Screen[object], started: list[Worker[object]], answered: bool = False) -> None:
        if not self.app.screen_stack:  # the app is closing (quit while the key's work went on): no one to hand keys to
            return
        at_work = any(worker.state in _AT_WORK for worker in started)
        if at_work if answered else self._waits_for(screen, started):
            # the app's timer: this box may be gone
            self.app.set_timer(0.01, partial(self._hand_back, screen, started, answered))
            return
        held, self._held = self._held or [], None
        if not answered and at_work and self.app.screen is not screen:
            # The key opened a question that its work awaits: the keys held are the question's
            # answer. Keys that reach this box once the question is closed, while that work goes
            # on (the list saved on the way back to logging), wait for it: typed in a burst after
            # the last answer, they went into the Chair's list being left.
            for key in held:
                self.app.post_message(_HandedBack(key.key, key.character))
            self._held, self._after_a_question = [], True
            self.app.set_timer(0.01, partial(self._hand_back, screen, started, True))
            return
        self._after_a_question = False
        # Even with none held: keys the app had already handed to this box, and that it has not
        # taken yet, come after this point; they go back through the app too (found by the review).
        self._handing_back = True
        for key in held:
            self.app.post_message(_HandedBack(key.key, key.character))

    def _waits_for(self, screen: Screen[object], started: list[Worker[object]]) -> bool:
        """Whether the key's work is still under way: a worker it started on a screen still shown,
        or, when the key closed its screen (a question answered), a worker of the screen now shown
        that was at work when the key came (the one that asked)."""
        if self.app.screen is screen:
            return any(worker.state in _AT_WORK for worker in started)
        if screen in self.app.screen_stack:  # the key opened a screen: the keys behind are for it
            return False
        return any(worker.state in _AT_WORK and worker.node is self.app.screen for worker in self._awaiting)

    async def _up_to_the_screen(self, message: Message, from_self: bool = False) -> bool:
        """``message`` handled by this box (``from_self``) and each node above it to the screen,
        one after the other, as Textual bubbles it (here, not posted to each parent's queue, which
        would handle it twice); True if one stopped it."""
        object.__setattr__(message, "bubble", False)  # on this message only: the class says it bubbles
        node: MessagePump | None = self if from_self else self._parent
        while node is not None and not isinstance(node, App) and not message._stop_propagation:
            await node._dispatch_message(message)
            if not (node.is_parent_active and node.is_attached):  # as Textual stops a bubble
                break
            node = node._parent
        return message._stop_propagation


class InOrderOptionList(KeysInOrder, OptionList):
    """A list of choices (a question's answers): Enter takes the highlighted one, and the keys typed
    after it (the next speaker's name) go where the answer leads, not to the list."""

    _submit_action = "select"

    async def _submitted(self) -> bool:
        index = self.highlighted
        if index is not None and not self.get_option_at_index(index).disabled:
            await self._up_to_the_screen(self.OptionSelected(self, self.get_option_at_index(index), index), from_self=True)
        return True


class InOrderInput(KeysInOrder, Input):
    def __init__(self, *args: Any, compact: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if compact:
            made_compact(self)

    def _watch_value(self, value: str) -> None:
        # Textual's Input sets its virtual size (the text's width, for scrolling it sideways) at
        # every key, and the virtual size is a reactive that lays the whole screen out again: each
        # letter typed in a box of the prepare screen (194 widgets) did, and each one in the
        # speaker box. A box of fixed width needs only its scrolling updated: the size is set here
        # without the layout, and Textual's own watcher then finds it unchanged. A box that sizes
        # to its text still gets its layout from Textual.
        if not self.styles.auto_dimensions:
            size = Size(self.content_width, 1)
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)
        super()._watch_value(value)

    async def _submitted(self) -> bool:
        await self.action_submit()
        return True

    async def action_submit(self) -> None:
        """Enter: the Submitted message handled now, up the DOM as Textual would bubble it, so
        that what the screen does with it (save, move the cursor, ask) is done before the keys
        typed after it are taken."""
        validation_result = self.validate(self.value) if "submitted" in self.validate_on else None
        await self._up_to_the_screen(self.Submitted(self, self.value, validation_result), from_self=True)
