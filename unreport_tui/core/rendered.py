"""The rendered report as plain data: every exporter (terminal, text, Markdown, Word, HTML, XML)
turns this one structure into its format, so that they never disagree on wording."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Generic, Protocol, TypeVar


@dataclass(frozen=True)
class Run:
    text: str
    italic: bool = False
    # The name of a State, an organization or a group (the name the UN lists it under) when the
    # run is that name as the text prints it ("Bolivarian Republic of Venezuela"), for the formats
    # that tag mentions (Akoma Ntoso); the others print the text alone.
    mention: str = ""


@dataclass(frozen=True)
class FootnoteRef:
    number: int


Inline = Run | FootnoteRef


@dataclass(frozen=True)
class Masthead:
    body: str
    symbol: str
    distribution: str  # "Distr.: Limited"
    issued: str  # "20 October 2010"
    original: str  # "Original: English"
    session_title: str
    venue_dates: str  # "Vienna, 18–22 October 2010"
    title: str  # "Draft report"
    rapporteur: str  # "Elizabeth Verville (United States of America)"
    addendum: bool
    issued_on: dt.date | None = None  # the date of "issued", for the formats that want it as a date
    parent: str = ""  # the parent organ: "Economic and Social Council" (the body then goes under the rule)
    report_item: str = ""  # the report's own agenda item: "Agenda item 7"
    report_item_title: str = ""  # its title: "Adoption of the report of the Commission on its …"
    rapporteur_office: str = "Rapporteur"
    reports_to: str = ""  # a subcommittee's committee: "Committee on the Peaceful Uses of Outer Space"
    item_before_dates: bool = False  # the report's agenda item above the dates line
    body_under_parent: bool = True  # the body's name under the parent organ's (False: the title names it)
    held: str = ""  # under the title: "Held at the Palais des Nations, Geneva, from 18 to 20 April 2007"

    @property
    def organ(self) -> str:
        """The name in large type beside "Distr.": the parent organ, else the body."""
        return self.parent or self.body

    @property
    def session_lines(self) -> list[str]:
        """The lines under the rule, before the title: the committee a subcommittee reports to and
        the body (when the parent organ is above), the session, its place and dates, the report's
        own agenda item and its title."""
        body = self.body if self.parent and self.body_under_parent else ""
        item = [self.report_item, self.report_item_title]
        dates = [self.venue_dates]
        lines = [self.reports_to, body, self.session_title, *(item + dates if self.item_before_dates else dates + item)]
        return [line for line in lines if line]

    @property
    def rapporteur_line(self) -> str:
        """ "Rapporteur: Elizabeth Verville (United States of America)"; "" when no rapporteur is named."""
        return f"{self.rapporteur_office}: {self.rapporteur}" if self.rapporteur else ""


@dataclass(frozen=True)
class Heading:
    level: int  # 0 part, 1 chapter, 2 section, 3 subheading within an item
    text: str
    item_key: str = ""
    label: str = ""  # a line of its own above the text: "Chapter II"
    under: str = ""  # a line of its own under the text: "(Agenda item 9 (a))"

    @property
    def lines(self) -> list[str]:
        """The heading's lines, as printed: its label, its text, the line under it."""
        return [line for line in (self.label, self.text, self.under) if line]


@dataclass(frozen=True)
class AnnexHeading:
    """ "Annex I", "Annex II": an annex begins here (a new page, in the formats that have pages).
    Its own kind of block, not a chapter heading, so that every format can set it apart."""

    text: str
    item_key: str = ""


@dataclass(frozen=True)
class Paragraph:
    number: int | None  # None for unnumbered text such as "[To be completed]"
    content: tuple[Inline, ...]
    item_key: str = ""

    @property
    def label(self) -> str:
        """What precedes the text: "12. ", or nothing."""
        return f"{self.number}. " if self.number is not None else ""


class ListKind(enum.Enum):
    """What a run of subparagraphs is: the formats set a list of names or a table of documents
    otherwise than the lettered subparagraphs of a paragraph."""

    LETTERED = "lettered"  # (a), (b) under the paragraph before: documents, revisions, dialogue groups
    VOTE = "vote"  # "In favour:", "Against:", "Abstaining:" and their names
    OFFICER = "officer"  # "Chair:", "Vice-Chairs:" and the persons elected
    AGENDA = "agenda"  # "1.", "2.", "(a)": the agenda as adopted (its numbers are not paragraph numbers)
    DOCUMENT = "document"  # a symbol and "Item 2: title", in the annex of documents
    PARTICIPANT = "participant"  # one name, in the annex listing the participants


@dataclass(frozen=True)
class Subparagraph:
    label: str  # "(a)"
    content: tuple[Inline, ...]
    item_key: str = ""
    kind: ListKind = ListKind.LETTERED


Block = Heading | AnnexHeading | Paragraph | Subparagraph

T = TypeVar("T", covariant=True)


class BlockVisitor(Protocol, Generic[T]):
    """What an exporter does with each kind of block; ``visit`` picks the method."""

    def heading(self, block: Heading) -> T: ...
    def annex_heading(self, block: AnnexHeading) -> T: ...
    def paragraph(self, block: Paragraph) -> T: ...
    def subparagraph(self, block: Subparagraph) -> T: ...


def visit(block: Block, visitor: BlockVisitor[T]) -> T:
    if isinstance(block, Heading):
        return visitor.heading(block)
    if isinstance(block, AnnexHeading):
        return visitor.annex_heading(block)
    if isinstance(block, Paragraph):
        return visitor.paragraph(block)
    return visitor.subparagraph(block)


@dataclass(frozen=True)
class Footnote:
    number: int
    content: tuple[Inline, ...]


@dataclass(frozen=True)
class ReportDocument:
    masthead: Masthead | None
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = field(default=())

    def for_item(self, key: str) -> ReportDocument:
        """Only one item's blocks, keeping the paragraph and footnote numbers of the whole document."""
        blocks = tuple(b for b in self.blocks if b.item_key == key)
        used = {
            i.number for b in blocks if isinstance(b, Paragraph | Subparagraph) for i in b.content if isinstance(i, FootnoteRef)
        }
        return ReportDocument(None, blocks, tuple(f for f in self.footnotes if f.number in used))


DOCUMENT_ITEM = "Item {number}: "  # how a line of the documents annex names the agenda item


def document_line(number: str, title: str) -> tuple[Inline, ...]:
    """A line of the documents annex: "Item 2 (b): " and the title as runs of their own, so that
    a format that sets the annex as a table (Word, HTML) finds the item without reading the words."""
    return (Run(DOCUMENT_ITEM.format(number=number)), Run(title)) if number else (Run(title),)


def document_cells(content: tuple[Inline, ...]) -> tuple[str, tuple[Inline, ...]]:
    """(the agenda item, the title) of a line ``document_line`` made; a title alone has no item."""
    prefix, suffix = DOCUMENT_ITEM.split("{number}")
    first = content[0] if len(content) > 1 else None
    if isinstance(first, Run) and first.text.startswith(prefix) and first.text.endswith(suffix):
        return first.text[len(prefix) : -len(suffix)], content[1:]
    return "", content


def merge_runs(content: list[Inline] | tuple[Inline, ...]) -> list[Inline]:
    """Neighbouring runs of the same style as one run, empty runs dropped; a name (``mention``)
    stays a run of its own."""
    merged: list[Inline] = []
    for piece in content:
        last = merged[-1] if merged else None
        if (
            isinstance(piece, Run)
            and isinstance(last, Run)
            and last.italic == piece.italic
            and not last.mention
            and not piece.mention
        ):
            merged[-1] = Run(last.text + piece.text, piece.italic)
        elif not (isinstance(piece, Run) and piece.text == ""):
            merged.append(piece)
    return merged


def plain_text(content: tuple[Inline, ...] | list[Inline]) -> str:
    """The words of a run of inlines, footnote marks dropped (for tests, search and previews)."""
    return "".join(i.text for i in content if isinstance(i, Run))


_CONTROLS = {c: None for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\n\t"}


def printable(text: str) -> str:
    """``text`` without control characters (escape sequences, bells), newlines and tabs kept."""
    return text.translate(_CONTROLS)


@cache
def _not_xml() -> re.Pattern[str]:
    """What XML 1.0 cannot hold beyond control characters: U+FFFE, U+FFFF (a paste can bring
    them). Compiled on first use: it takes longer than the rest of the module to import."""
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_printable(text: str) -> str:
    """``printable`` for the XML formats (Word, Akoma Ntoso): what XML cannot hold is dropped
    rather than failing the whole export."""
    return _not_xml().sub("", printable(text))


def label_columns(blocks: Sequence[Block]) -> dict[int, tuple[int, bool]]:
    """For each subparagraph (by its index in ``blocks``): how many characters its label column
    holds (the longest label of the run of subparagraphs it is in, at least 3: "(a)"), and whether
    it stands in that column (it has a label, or follows one in its run: a second Vice-Chair).
    The formats that lay out columns use it so that "In favour:", "Against:" and "Abstaining:"
    line their lists up, and a document annex its symbols."""
    columns: dict[int, tuple[int, bool]] = {}
    run: list[tuple[int, Subparagraph]] = []
    for index, block in enumerate([*blocks, None]):
        if isinstance(block, Subparagraph):
            run.append((index, block))
            continue
        if run:
            width = max(3, *(len(sub.label) for _, sub in run))
            labelled = False
            for i, sub in run:
                labelled = labelled or bool(sub.label)
                columns[i] = (width, labelled)
            run = []
    return columns
