"""A chapter's heading as the report prints it. A chapter is typed as its Roman numeral and its
title ("IV. Review of the implementation of …"); typed as its numeral alone ("IV." or "iv"), it
takes the title of what it reports (the agenda item's, or the organization chapter's): a heading
that is a numeral with no title is never printed."""

from __future__ import annotations

import re

# A well-formed Roman numeral (I to MMMCMXCIX), with or without its full stop.
_NUMERAL_ALONE = re.compile(r"^\s*(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\s*\.?\s*$", re.IGNORECASE)

# The same numeral opening a heading with its title: "IV. Review of …", "iv. Other matters".
_NUMERAL_FIRST = re.compile(r"^\s*(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.(?:\s|$)", re.IGNORECASE)

ORGANIZATION_TITLE = "Organization of the session"


def numeral_alone(chapter: str) -> str | None:
    """ "iv." -> "IV"; None when the chapter has a title of its own (or is empty)."""
    match = _NUMERAL_ALONE.match(chapter)
    return match.group(1).upper() if match and match.group(1) else None


def chapter_numeral(chapter: str) -> str | None:
    """The chapter's Roman numeral in capitals, typed alone or before its title ("iv. Other
    matters" -> "IV"); None for a chapter without a well-formed one ("IIII.", "Annex")."""
    alone = numeral_alone(chapter)
    if alone is not None:
        return alone
    match = _NUMERAL_FIRST.match(chapter)
    return match.group(1).upper() if match and match.group(1) else None


def chapter_heading(chapter: str, title: str) -> str:
    """The heading printed for ``chapter``: as typed, or, for a numeral alone, the numeral and
    ``title`` ("V." and "Technical assistance." -> "V. Technical assistance")."""
    numeral = numeral_alone(chapter)
    if numeral is None:
        return chapter.strip()
    return f"{numeral}. {title.strip().rstrip('.;:').strip()}".rstrip()
