"""How a sentence opens with its meeting: "At its 11th meeting, on 7 March 2007, the Commission
adopted …" or "At the 11th meeting, …". Every place that writes one reads this (the item's
narrated events, the action taken, the organization chapter) through
``core/rendering/meeting_phrases.py``."""

from __future__ import annotations

from ..spec import Choice, Section

SECTION = Section(
    "narration",
    "How a sentence opens with the meeting it happened at.",
    {
        "body_at_meeting": Choice(
            'A sentence whose subject is the body: "At its 11th meeting, …, the Commission adopted …" or "At the 11th '
            'meeting, …" (one whose subject is a speaker always opens "At the").',
            ("At its", "At the"),
        ),
    },
)
