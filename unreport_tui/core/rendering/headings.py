"""Parts, chapters and sections headed as the body's profile says: "IV. Title", "Chapter IV. Title"
or "Chapter IV" on a line of its own above the title; a part heading over the chapters that follow
("Part two: Summary of proceedings", printed as typed); sections lettered in turn, with their agenda
item on a line under them ("(Agenda item 9 (a))") where the body writes it."""

from __future__ import annotations

import re

from ..model import Item
from ..profiles import Profile
from ..rendered import Heading, plain_text
from .chapters import chapter_heading, chapter_numeral

# A section typed with its letter ("B. Protocol to …") keeps it: the note-taker has lettered it.
_TYPED_LETTER = re.compile(r"^\s*[A-Z]{1,2}\.\s")

PART = 0  # the level of a part heading: above the chapters (1)


def part_heading(part: str, key: str) -> Heading:
    return Heading(PART, " ".join(part.split()), key)


def chapter_heading_block(profile: Profile, chapter: str, title: str, key: str, item: str = "") -> Heading:
    """The chapter's heading: its text as ``chapter_heading`` makes it, the numeral as the profile
    places it; a chapter typed without a numeral ("Introduction") is printed as typed. ``item``: the
    number of the agenda item it opens with, for the line under it where the profile writes one."""
    text = chapter_heading(chapter, title)
    under = _item_line(profile, "chapter_item", item)
    numeral = chapter_numeral(chapter)
    way = profile.choice("headings", "chapter_numeral")
    if numeral is None or way == "before the title":
        return Heading(1, text, key, under=under)
    label = plain_text(profile.sentence("headings", "chapter", numeral=numeral))
    rest = text.split(".", 1)[1].strip()  # the title after "IV."
    if way == "own line":
        return Heading(1, rest, key, label=label, under=under) if rest else Heading(1, label, key, under=under)
    # "Chapter IV." written with its stop in the form takes one stop before the title, not two.
    return Heading(1, f"{label.rstrip('.').rstrip()}. {rest}" if rest else label, key, under=under)


def _item_line(profile: Profile, choice: str, item: str) -> str:
    """ "(Agenda item 4)" under a heading, where the profile writes it and there is an item."""
    if not (profile.flag("headings", choice) and item.strip()):
        return ""
    return plain_text(profile.sentence("headings", "section_item_line", item=item.strip()))


def section_heading_block(profile: Profile, item: Item, index: int) -> Heading:
    """The section that opens at ``item``, the ``index``-th of its chapter: lettered in turn when the
    profile letters sections (unless typed with its letter), with "(Agenda item 9 (a))" under it
    when the profile writes that line."""
    from .organization_chapter import section_letter  # that chapter heads itself from here: imported when used

    text = " ".join(item.section.split())
    if profile.flag("headings", "lettered_sections") and not _TYPED_LETTER.match(text):
        text = f"{section_letter(index)} {text}"
    return Heading(2, text, item.key, under=_item_line(profile, "section_item", item.number))
