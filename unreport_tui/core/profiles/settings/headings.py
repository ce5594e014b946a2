"""The headings of chapters and sections."""

from __future__ import annotations

from ..spec import Choice, Section, form

SECTION = Section(
    "headings",
    "How chapters and sections are headed.",
    {
        "chapter_numeral": Choice(
            'How a chapter\'s numeral stands: before its title ("IV. Title"), with the chapter form on the '
            'title\'s line ("Chapter IV. Title"), or the chapter form on a line of its own above the title.',
            ("before the title", "on the title's line", "own line"),
        ),
        "chapter": form('The chapter form of a numeral: "Chapter {numeral}".', "numeral"),
        "chapter_item": Choice('A chapter heading has the agenda item of its first item on a line under it: "(Agenda item 4)".'),
        "section_item": Choice('A section heading has its agenda item on a line under it: "(Agenda Item 7 (b))".'),
        "section_item_line": form('That line under a chapter or section heading: "(Agenda item {item})".', "item"),
        "lettered_sections": Choice(
            'The sections of a chapter are lettered in order ("A. Deliberations", "B. Action taken by the '
            'Commission"): a section typed without its letter takes the next.'
        ),
    },
)
