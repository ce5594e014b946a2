"""Appends numbered paragraphs and blocks to the rendered document, numbering them as it goes.
The report, the action on proposals and the organization chapter all write through it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..english import lower_first
from ..inline import FootnoteCollector, parse_inline
from ..model import Session
from ..profiles import Profile
from ..rendered import Block, Inline, Paragraph, Run, merge_runs


@dataclass
class ParagraphWriter:
    session: Session
    footnotes: FootnoteCollector
    next_number: int
    blocks: list[Block]
    profile: Profile  # the body profile whose wording the report follows (the session's)
    # Words that open the next numbered paragraph ("At the same meeting, "), its first letter then lowered.
    opening: str = ""
    # Who made the point the last block ends with (their identities), with that block's place: a
    # point joined to it by the same speakers refers back to them ("The same speaker also …").
    said: tuple[int, frozenset[str]] = (-1, frozenset())
    # The years the chapter has given in its dates: a body that gives the year once per chapter
    # leaves them out of later dates ("At the 1st meeting, on 23 February, …").
    years: set[int] = field(default_factory=set)

    def user(self, text: str) -> list[Inline]:
        return parse_inline(text, self.footnotes)

    def paragraph(self, content: list[Inline], key: str, numbered: bool = True) -> None:
        if not any(isinstance(part, Run) and part.text.strip() for part in content):
            return  # a sentence a profile's form left empty is no paragraph, and takes no number
        number = None
        if numbered:
            number = self.next_number
            self.next_number += 1
            if self.opening and content and isinstance(content[0], Run):
                first = content[0]
                if first.mention:  # a name opens the paragraph: the opening is not part of it
                    content = [Run(self.opening), replace(first, text=lower_first(first.text)), *content[1:]]
                else:
                    content = [Run(self.opening + lower_first(first.text), first.italic), *content[1:]]
                self.opening = ""
        self.blocks.append(Paragraph(number, tuple(merge_runs(content)), key))

    def join_last(self, content: list[Inline], key: str) -> None:
        """Continue the paragraph before; a new one if there is none to continue."""
        last = self.blocks[-1] if self.blocks else None
        if not (isinstance(last, Paragraph) and last.item_key == key and last.number is not None):
            self.paragraph(content, key)
            return
        self.blocks[-1] = Paragraph(last.number, tuple(merge_runs([*last.content, Run(" "), *content])), key)

    def said_by(self, speakers: frozenset[str], impersonal: bool = False) -> None:
        """The block just written ends with a point made by ``speakers``. An impersonal sentence
        joined to a point names no one: the speakers the reader last read of are still those."""
        index, before = self.said
        last = len(self.blocks) - 1
        self.said = (last, before if impersonal and index == last else speakers)

    def joins_a_point_by(self, key: str) -> frozenset[str]:
        """Who made the point that a sentence joined now would follow in the same paragraph; none
        when it would follow something else or open a paragraph of its own."""
        index, speakers = self.said
        last = self.blocks[-1] if self.blocks else None
        continued = isinstance(last, Paragraph) and last.item_key == key and last.number is not None
        return speakers if continued and index == len(self.blocks) - 1 else frozenset()
