"""Tab and shift+tab on the screens of forms (prepare, proposals), carried out the moment they
arrive, like the live screen's keys (``LiveScreen.take_input``): keys typed ahead (tmux, a quick
hand) go where they would have gone one by one.

Textual hands a key to the box with the cursor through the box's own queue, and runs an ordinary
binding only once the key has come back up from it: a Tab among keys that came together moved the
cursor after the letters behind it had been handed to the same box, and every value of a burst
ended in the first box. A priority binding runs before the key is handed on, so the letters
behind a Tab go to the next box; those before it are in the first box's queue already, in order."""

from __future__ import annotations

from textual.binding import Binding, BindingType

TABS_AT_ONCE: list[BindingType] = [
    Binding("tab", "app.focus_next", "Next box", show=False, priority=True),
    Binding("shift+tab", "app.focus_previous", "Previous box", show=False, priority=True),
]
