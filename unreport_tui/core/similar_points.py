"""Points already logged on an item that read like the one being typed, so that a second speaker
making the same point is counted on it ("Several speakers stressed …") instead of writing it
again.

Two points are alike when most of the words that carry meaning in one of them are found in the
other. Only those words count: a note-taker's points share "the need for", "and" and "of" whatever
they are about, and a score over all the words (rapidfuzz's token-set ratio, used before) offered
"reported on measures taken to combat trafficking in persons …" for "stressed the need for data
on trafficking in persons and for more funding for regional offices". A word is found in the
other point in another form too ("recovering" for "recovery", "assets" for "asset"), as a second
speaker rarely says it in the same words."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .countries import normalize
from .model import Point

MINIMUM_SHARE = 0.5  # of the words that carry meaning in the shorter point, found in the other
MINIMUM_LETTERS = 8  # fewer typed letters say too little to compare
SHORTEST = 3  # letters of the shortest start of a word that stands for it ("use" in "used")
SAME_STEM = 5  # letters two forms of a word share at their start ("recover-y", "recover-ing")

# Words found in points about anything: they say nothing of what a point is about.
FUNCTION_WORDS = frozenset(
    """a about above after against all also among an and any are as at be been before being
    between both but by can could did do does during each either for from had has have having her
    his how if in including into is it its itself many may might more most much must neither no
    nor not of on only or other others our over same shall should so some such than that the
    their them then there these they this those through to too under until upon very was we were
    what when where whether which while who whom whose will with within without would""".split()
)


def base(word: str) -> str:
    """The word without the ending of a verb's form ("funded", "funding": "fund"), which the rule
    of the first SAME_STEM letters misses in short words ("funds" is then found: "fund" starts it)."""
    for ending in ("ing", "ed"):
        # What is left is a word of 4 letters at least: "faced" is not "fac", which would start
        # "facilitated", nor "speed" "spe".
        if word.endswith(ending) and len(word) - len(ending) > SHORTEST:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, eq=False)  # one per text (wording()), told apart by identity: cheap to hash
class Wording:
    """The words of a point that say what it is about, folded as names are (no case, no accent),
    with what finds another form of a word among them without comparing it with each."""

    words: tuple[str, ...]
    exact: frozenset[str]
    starts: frozenset[str]  # each word's first 3, 4 and SAME_STEM letters
    short: frozenset[str]  # the words of 3 or 4 letters, which may start a longer form

    @classmethod
    def of(cls, text: str) -> Wording:
        words = tuple(base(word) for word in normalize(text).split() if word not in FUNCTION_WORDS and not word.isdigit())
        starts = frozenset(word[:length] for word in words for length in range(SHORTEST, min(len(word), SAME_STEM) + 1))
        short = frozenset(word for word in words if SHORTEST <= len(word) < SAME_STEM)
        return cls(words, frozenset(words), starts, short)

    def has(self, word: str) -> bool:
        """Whether ``word`` is here, in this form or another. Two words are forms of one when one
        starts the other (the shorter of SHORTEST letters at least: "fund", "funding") or both
        start with the same SAME_STEM letters ("recovery", "recovering"). Found at once, not by
        comparing it with each: one of ours starting with its first SAME_STEM letters, or with the
        whole of it if shorter, or one of 3 or 4 letters that starts it. (A slice longer than the
        word is the whole word.)"""
        return (
            word in self.exact
            or word[:SAME_STEM] in self.starts
            or word[:SHORTEST] in self.short
            or word[: SAME_STEM - 1] in self.short
        )


@lru_cache(maxsize=8192)
def wording(text: str) -> Wording:
    """A point's wording, worked out once while its text stays the same (the logged points are
    compared again at every key typed in the point box)."""
    return Wording.of(text)


@lru_cache(maxsize=4)
def weights(wordings: tuple[Wording, ...]) -> Weights:
    """How much a word says of which point it is in: little when it is in most of the item's points
    ("trafficking" in a debate on trafficking), much when in few (inverse document frequency).
    Kept for the next key typed, which compares the same points again."""
    # Counted by the starts a word is found by (Wording.has): "stat" ("stated") is in every point
    # that names States.
    counted = Counter(start for each in wordings for start in each.starts)
    total = len(wordings)
    return Weights({start: math.log(1 + total / count) for start, count in counted.items()}, math.log(1 + total))


@dataclass(frozen=True)
class Weights:
    """What each word says, by its first SAME_STEM letters (the whole of a shorter word); a word in
    no point says the most."""

    by_start: dict[str, float]
    unseen: float

    def of(self, words: Iterable[str]) -> float:
        return sum(self.by_start.get(word[:SAME_STEM], self.unseen) for word in words)


def likeness(typed: Wording, point: Wording, weight: Weights) -> float:
    """The share of the shorter point's meaning words found in the other, each word weighed by
    what it says: a point typed in fewer words than the logged one, or more, is alike when what
    the shorter says is in the longer. One word in common is not enough unless the shorter has
    only one: "noted that a comprehensive" is not "noted the role of UNODC"."""
    shorter, longer = sorted((typed, point), key=lambda each: len(each.words))
    found = [word for word in shorter.words if longer.has(word)]
    if not shorter.words or len(found) < min(2, len(shorter.words)):
        return 0.0
    return weight.of(found) / weight.of(shorter.words)


def similar_points(typed: str, points: Sequence[Point], limit: int = 3) -> list[Point]:
    """The logged points most like ``typed``, best first."""
    query = normalize(typed)
    if len(query.replace(" ", "")) < MINIMUM_LETTERS:
        return []
    typed_wording = Wording.of(typed)
    wordings = tuple(wording(point.text) for point in points)
    weight = weights(wordings)
    scored = []
    for index, (point, point_wording) in enumerate(zip(points, wordings, strict=True)):
        share = likeness(typed_wording, point_wording, weight)
        if share >= MINIMUM_SHARE:
            # Of points as alike, the one closest in its words' order and number, then the most
            # recent.
            closeness = fuzz.token_set_ratio(query, normalize(point.text))
            scored.append((-share, -closeness, -index, point))
    return [point for *_, point in sorted(scored, key=lambda entry: entry[:3])[:limit]]
