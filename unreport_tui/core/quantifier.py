"""Who made a point, said without names: "One speaker", "Several speakers", "Speakers"."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .countries import normalize, resolve_state
from .model import Counting, SpeakerNoun
from .numbers import opening


@lru_cache(maxsize=8192)
def speaker_identity(typed: str) -> str:
    """One key per speaker however it was typed: "USA", "United States" and "the United States of America" agree,
    and so do "EU" and "the European Union"."""
    from .organizations import resolve_organization  # loaded at the first name that is not a State

    state = resolve_state(typed)
    if state:
        return f"state:{state.name}"
    organization = resolve_organization(typed)
    return f"organization:{organization.name}" if organization else f"other:{normalize(typed)}"


def identities(speakers: Iterable[str]) -> frozenset[str]:
    return frozenset(speaker_identity(s) for s in speakers if s.strip())


def quantifier_for(
    speakers: Iterable[str],
    members: frozenset[str] = frozenset(),
    noun: str = SpeakerNoun.SPEAKER,
    counting: Counting = Counting.WORDS,
) -> str:
    """The subject for a point made by ``speakers``.

    ``members`` are the identities of the States that made a statement on the item as members
    (see ``identities``); when there are three or more and every one of them made the point,
    the report says plain "Speakers". ``noun`` is the body's word for them ("delegates");
    with ``Counting.NUMBERS`` the count is spelled out ("Twenty delegates").
    """
    distinct = identities(speakers)
    plural = noun + "s"
    if len(members) >= 3 and members <= distinct:
        return plural[:1].upper() + plural[1:]
    count = len(distinct)
    if count == 0:
        return ""
    if counting is Counting.NUMBERS:
        return f"{opening(count)} {noun if count == 1 else plural}"
    if count == 1:
        return f"One {noun}"
    if count == 2:
        return f"Two {plural}"
    if count <= 4:
        return f"Some {plural}"
    if count <= 9:
        return f"Several {plural}"
    return f"A number of {plural}"
