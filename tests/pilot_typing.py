"""Letters reach the app as a fast typist's do: one run of them at once, then a wait until the app
is idle, as after any other key.

Textual's ``Pilot.press`` waits for the app to be idle after every key (two idle checks of at
least 20 ms each, longer while the draft is redrawn), so typing "stressed the need for data" took
2.5 s, and letter by letter typing was most of the suite's time. A note-taker types faster than
that, and the app is built to take a burst of keys in order (``KeysInOrder``, the live screen's
``take_input``), so the tests type that way. Any other key (enter, tab, ctrl+z, f5, down…) is
pressed as Textual presses it, waiting before and after, so what a test asserts after a named
key is what the user sees after it."""

from __future__ import annotations

import asyncio
from typing import Any

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

_press_waiting_after_each = Pilot.press


def letter_key(character: str) -> events.Key:
    """The key event a terminal sends for a printable character, named as Textual names it ("(" is
    "left_parenthesis", " " is "space"), so a binding to it sees what it would see from a user."""
    return events.Key(character if character.isalnum() else _character_to_key(character), character)


async def press_waiting_while_the_app_runs(pilot: Pilot[Any], key: str) -> None:
    """Textual's press of one key, and its wait until the app is idle, which ends if the app stops.

    Textual's press waits for the animations to end (``Animator.wait_until_complete``). A key that
    quits the app (the Enter of ctrl+q's question) stops the animator, and an animation started
    during the quitting (a box scrolled into view as it gets the cursor back) was never ended: the
    press waited for ever (one run in thirty of a test that quits from the proposals screen)."""
    pressing = asyncio.ensure_future(_press_waiting_after_each(pilot, key))
    while not pressing.done():
        await asyncio.wait([pressing], timeout=0.1)
        if not pressing.done() and not pilot.app.is_running:
            pressing.cancel()
            return
    pressing.result()


async def press_letters_at_once(self: Pilot[Any], *keys: str) -> None:
    run: list[str] = []
    for key in (*keys, None):
        if key is not None and len(key) == 1:
            run.append(key)
            continue
        if run:
            # All but the last go at once; the last through Textual, which waits until the app
            # has taken them all, since messages are handled in the order they were posted.
            for letter in run[:-1]:
                self.app.post_message(letter_key(letter))
            await press_waiting_while_the_app_runs(self, run[-1])
            run = []
        if key is not None:
            await press_waiting_while_the_app_runs(self, key)


def install() -> None:
    Pilot.press = press_letters_at_once  # type: ignore[method-assign]
