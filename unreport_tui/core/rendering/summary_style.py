"""How an item's debate is summarized: what the item says for itself, else what the session says,
else its body profile's ``[style]``. One place, so that the draft, the whole report and the export
never disagree over which one wins."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Counting, Item, SessionInfo, SpeakerNoun, SummaryOrder
from ..profiles import Profile


@dataclass(frozen=True)
class SummaryStyle:
    speaker_noun: SpeakerNoun
    quantifiers: Counting
    order: SummaryOrder
    narrate: bool
    dialogue: bool


def summary_style(item: Item, info: SessionInfo, profile: Profile) -> SummaryStyle:
    def flag(key: str, *given: bool | None) -> bool:
        return next((value for value in given if value is not None), profile.flag("style", key))

    return SummaryStyle(
        speaker_noun=item.speaker_noun or info.speaker_noun or SpeakerNoun(profile.choice("style", "speaker_noun")),
        quantifiers=item.quantifiers or info.quantifiers or Counting(profile.choice("style", "quantifiers")),
        order=item.order or info.order or SummaryOrder(profile.choice("style", "order")),
        narrate=flag("narrate", item.narrate, info.narrate),
        # An item that says what its debate was has the lists (unless it says dialogue = false itself).
        dialogue=flag("dialogue", item.dialogue, True if item.debate else None, info.dialogue),
    )
