"""Who made a point, said without names: "One speaker", "Several speakers", "Speakers"."""

from __future__ import annotations

from collections.abc import Iterable

from .countries import normalize, resolve_state


def speaker_identity(typed: str) -> str:
    """One key per speaker however it was typed: "USA", "United States" and "the United States of America" agree."""
    state = resolve_state(typed)
    return f"state:{state.name}" if state else f"other:{normalize(typed)}"


def quantifier_for(speakers: Iterable[str], member_speakers: Iterable[str] = ()) -> str:
    """The subject for a point made by ``speakers``.

    ``member_speakers`` are the States that made a statement on the item as members; when there
    are three or more and every one of them made the point, the report says plain "Speakers".
    """
    distinct = {speaker_identity(s) for s in speakers if s.strip()}
    members = {speaker_identity(s) for s in member_speakers if s.strip()}
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
