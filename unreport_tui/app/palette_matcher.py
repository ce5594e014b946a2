"""How the command palette matches what is typed against a command's name, in time linear in both.

Textual's own matcher scores every way of placing the query's letters in the name. With a long
query and a long name ("delete the highlighted" against "Switch to agenda item 4: Implementation
of the Protocol to Prevent …") that is millions of ways: the palette froze the app for more than a
minute while the note-taker typed. This one places each letter once, two ways (as early as
possible; on the start of a word where the rest still fits after it), and keeps the better by
Textual's own score, so the ranking a user sees stays Textual's.

Names are user text (an item's title): they are shown as typed, never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.fuzzy import FuzzySearch, Matcher


def _lower(text: str) -> str:
    """``text`` in lower case, letter for letter: "İ".lower() is two characters, which would move
    every offset after it (and the highlight past the end of the name)."""
    return "".join(letter if len(letter.lower()) != 1 else letter.lower() for letter in text)


def _earliest(query: str, candidate: str, start: int) -> list[int] | None:
    """Each letter of ``query`` at its first place in ``candidate`` from ``start`` on, in order."""
    offsets: list[int] = []
    at = start
    for letter in query:
        found = candidate.find(letter, at)
        if found < 0:
            return None
        offsets.append(found)
        at = found + 1
    return offsets


def _on_word_starts(query: str, candidate: str, starts: frozenset[int]) -> list[int] | None:
    """Each letter on the next start of a word where it is one and the rest of the query still
    fits after it; else at its first place."""
    offsets: list[int] = []
    at = 0
    for index, letter in enumerate(query):
        earliest = candidate.find(letter, at)
        if earliest < 0:
            return None
        chosen = earliest
        probe = earliest
        while probe >= 0:
            if probe in starts and _earliest(query[index + 1 :], candidate, probe + 1) is not None:
                chosen = probe
                break
            probe = candidate.find(letter, probe + 1)
        offsets.append(chosen)
        at = chosen + 1
    return offsets


class PaletteMatcher(Matcher):
    """A `Matcher` with the same score as Textual's, found without trying every placement."""

    def _best(self, candidate: str) -> tuple[float, Sequence[int]]:
        query = self.query if self.case_sensitive else _lower(self.query)
        seen = candidate if self.case_sensitive else _lower(candidate)
        if not query:
            return 0.0, ()
        search = self.fuzzy_search
        if query in seen:  # as Textual does: a name holding the query whole ranks above the rest
            where = seen.find(query)
            offsets = list(range(where, where + len(query)))
            return search.score(seen, offsets) * (2.0 if seen == query else 1.5), offsets
        tried = [
            placed
            for placed in (_earliest(query, seen, 0), _on_word_starts(query, seen, FuzzySearch.get_first_letters(seen)))
            if placed
        ]
        if not tried:
            return 0.0, ()
        return max(((search.score(seen, offsets), offsets) for offsets in tried), key=lambda scored: scored[0])

    def match(self, candidate: str) -> float:
        return self._best(candidate)[0]

    def highlight(self, candidate: str) -> Content:
        content = Content(candidate)  # as typed: "[b]" in a title is two brackets and a letter
        score, offsets = self._best(candidate)
        if not score:
            return content
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(self.match_style, offset, offset + 1)
        return content
