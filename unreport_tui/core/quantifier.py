"""Who made a point, said without names: "One speaker", "Several speakers", "Speakers"."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .countries import normalize, resolve_state


@lru_cache(maxsize=8192)
def speaker_identity(typed: str) -> str:
    """One key per speaker however it was typed: "USA", "United States" and "the United States of America" agree."""
    state = resolve_state(typed)
    return f"state:{state.name}" if state else f"other:{normalize(typed)}"


def identities(speakers: Iterable[str]) -> frozenset[str]:
    return frozenset(speaker_identity(s) for s in speakers if s.strip())


def quantifier_for(speakers: Iterable[str], members: frozenset[str] = frozenset()) -> str:
    """The subject for a point made by ``speakers``.

    ``members`` are the identities of the States that made a statement on the item as members
    (see ``identities``); when there are three or more and every one of them made the point,
    the report says plain "Speakers".
    """
    distinct = identities(speakers)
    if len(members) >= 3 and members <= distinct:
        return "Speakers"
    count = len(distinct)
    if count == 0:
        return ""
    if count == 1:
        return "One speaker"
    if count == 2:
        return "Two speakers"
    if count <= 4:
        return "Some speakers"
    if count <= 9:
        return "Several speakers"
    return "A number of speakers"
