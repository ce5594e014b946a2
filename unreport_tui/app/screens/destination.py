"""Where a screen opened over the live screen sends the note-taker when they leave it: its result
(``dismiss``), which the live screen acts on. The screens hold no closure of the live screen's."""

from __future__ import annotations

from enum import Enum


class Destination(Enum):
    LIVE = "the live screen"  # back to logging, the session shown as the screen left it
