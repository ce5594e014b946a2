"""How the body summarizes a debate: the switches a session or an item may still override."""

from __future__ import annotations

from ...model import Counting, SpeakerNoun, SummaryOrder
from ..spec import Choice, Section

SECTION = Section(
    "style",
    "How the body summarizes a debate (a session or an item may say otherwise for itself).",
    {
        "speaker_noun": Choice('What the body calls those who take the floor: "Several delegates".', tuple(SpeakerNoun)),
        "quantifiers": Choice(
            'How points count speakers: in words ("Several speakers") or numbers ("Twenty delegates").', tuple(Counting)
        ),
        "order": Choice(
            "The order a debate is summarized in: officials, States, then points; or as logged.", tuple(SummaryOrder)
        ),
        "narrate": Choice('Each event opens with its meeting: "At the 9th meeting, …", "At the same meeting, …".'),
        "dialogue": Choice("Statements as the lettered lists of an interactive dialogue (Human Rights Council)."),
    },
)
