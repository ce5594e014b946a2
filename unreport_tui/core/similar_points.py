"""Points already logged on an item that read like the one being typed, so that a second speaker
making the same point is counted on it ("Several speakers stressed …") instead of writing it
again."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from .countries import normalize
from .model import Point

MINIMUM_SCORE = 60.0  # token-set similarity: shared words, whatever their order
MINIMUM_LETTERS = 8  # fewer typed letters say too little to compare


def similar_points(typed: str, points: Sequence[Point], limit: int = 3) -> list[Point]:
    """The logged points most like ``typed``, best first."""
    query = normalize(typed)
    if len(query.replace(" ", "")) < MINIMUM_LETTERS:
        return []
    scored = []
    for index, point in enumerate(points):
        score = fuzz.token_set_ratio(query, normalize(point.text))
        if score >= MINIMUM_SCORE:
            scored.append((-score, -index, point))  # best first; of equals, the most recent
    return [point for _, _, point in sorted(scored)[:limit]]
