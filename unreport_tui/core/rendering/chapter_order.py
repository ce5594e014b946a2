"""In what order the report gives its agenda items and chapters.

Chapters come in the order of their Roman numerals (I < II < … < IX < X), each heading once over
all its items, whatever order the items were prepared or logged in. An item with no chapter of its
own sits in the chapter of the item before it. The organization chapter takes its place by its
numeral like any other ("I. Organization of the session" first, as COP reports have it; the last one
in ECOSOC commissions' reports), or comes last when it has none; the items whose chapter it is are
reported inside it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Item, Session
from .chapters import chapter_numeral

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_value(numeral: str) -> int | None:
    """ "IX" -> 9, "x" -> 10; None for what is not a Roman numeral."""
    letters = numeral.strip().lower()
    if not letters or any(c not in _ROMAN for c in letters):
        return None
    total = 0
    for char, following in zip(letters, letters[1:] + " ", strict=True):
        value = _ROMAN[char]
        total += -value if following in _ROMAN and _ROMAN[following] > value else value
    return total


def chapter_number(heading: str) -> int | None:
    """ "IV. Other matters" and "iv. Other matters" -> 4, "v" (a numeral alone, which takes its
    item's title) -> 5; None for a heading without a well-formed numeral."""
    numeral = chapter_numeral(heading)
    return roman_value(numeral) if numeral else None


ChapterKey = tuple[int | str, ...]


def chapter_key(heading: str | None) -> ChapterKey | None:
    """What makes two headings the same chapter: the numeral ("III. Debate" and "III.  Debate "),
    else the words; None for no chapter."""
    if heading is None or not heading.strip():
        return None
    number = chapter_number(heading)
    return (number,) if number is not None else (" ".join(heading.split()).lower(),)


def same_chapter(a: str | None, b: str | None) -> bool:
    return chapter_key(a) == chapter_key(b)


@dataclass(frozen=True)
class OrganizationPart:
    """Where the organization chapter stands, with the items whose chapter it is (in agenda order)."""

    items: tuple[Item, ...]


ReportPart = Item | OrganizationPart

_ORGANIZATION_UNTITLED = ("",)  # an organization chapter with no heading: no item sits in it


def report_parts(
    session: Session, organizational: Callable[[Item], bool] = lambda _: False, untitled_first: bool = False
) -> list[ReportPart]:
    """The items, and the organization chapter if the session has one, in the order the report gives
    them. ``organizational``: whether an item that comes before any chapter is one the organization
    chapter has a section for (the election of officers, the adoption of the agenda); it sits in
    that chapter. ``untitled_first``: an organization chapter without a numeral opens the report (an
    introduction, as the body's profile has it) rather than closing it."""
    organization = session.organization
    own: ChapterKey | None = None
    if organization is not None:
        own = chapter_key(organization.chapter) or _ORGANIZATION_UNTITLED
    groups: dict[ChapterKey | None, list[Item]] = {}
    current: ChapterKey | None = None
    for item in session.items:
        if item.chapter.strip():
            current = chapter_key(item.chapter)
        home = own if current is None and organization is not None and organizational(item) else current
        groups.setdefault(home, []).append(item)
    if organization is not None:
        groups.setdefault(own, [])
    ranked: list[tuple[float, ChapterKey | None]] = []
    rank = -1.0
    for key in groups:
        if key is None:
            ranked.append((-1.0, key))  # items before any chapter stay first
            continue
        numbered = key is not None and isinstance(key[0], int)
        if organization is not None and key == own and not numbered:
            # No numeral: last, as UN commissions' reports have it, or first as an introduction.
            ranked.append((-math.inf if untitled_first else math.inf, key))
            continue
        if key is not None and isinstance(key[0], int):
            rank = float(key[0])
        ranked.append((rank, key))  # a chapter without a numeral stays after the one before it
    parts: list[ReportPart] = []
    for _, key in sorted(ranked, key=lambda pair: pair[0]):
        if organization is not None and key == own:
            parts.append(OrganizationPart(tuple(groups[key])))
        else:
            parts.extend(groups[key])
    return parts
