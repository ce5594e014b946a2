"""A Word file (.docx) an editor keeps: the look of a UN draft report (A4, Times New Roman 10 pt,
the masthead, the symbol over pages 2 and after, "2/4" under them), every block in a named style
of its own (``styles``), chapters and sections on Word's outline levels, en-GB, the report's
title and subject in its properties, numbered paragraphs hanging from their numbers (the number
is text in the paragraph, so that it survives a copy into another document), italics kept, real
Word footnotes, each annex on a new page, the participants in columns and the documents in a
table under column headings."""

from __future__ import annotations

import io
import re
from functools import cache
from typing import Any

from docx import Document as new_document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.part import XmlPart
from docx.shared import Mm
from docx.text.paragraph import Paragraph as WordParagraph

from ...core.rendered import (
    AnnexHeading,
    Block,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    ListKind,
    Paragraph,
    ReportDocument,
    Subparagraph,
    label_columns,
    xml_printable,
)
from . import styles as s
from .footnotes import add_footnote, footnotes_part
from .masthead import add_masthead
from .page import set_up_pages
from .properties import set_properties
from .tables import add_documents, add_participants

LONGEST_LABEL = Mm(60)
LETTER_LABEL = 4  # characters: "(a)", "12." stand in HANG
NUMERAL = re.compile(r"((?:[IVXLCDM]+|[A-Z])\.)\s+(.+)", re.DOTALL)  # "III. Follow-up …", "A. Opening …"

_SUBPARAGRAPH_STYLE = {
    ListKind.LETTERED: s.SUBPARAGRAPH,
    ListKind.VOTE: s.LIST,
    ListKind.OFFICER: s.LIST,
    ListKind.AGENDA: s.LIST,
    ListKind.PARTICIPANT: s.PARTICIPANT,
}
_HEADING_STYLE = {0: s.CHAPTER, 1: s.CHAPTER, 2: s.SECTION}  # a part is headed as a chapter is


def _run_of(blocks: tuple[Block, ...], index: int, kind: ListKind) -> list[Subparagraph]:
    """The subparagraphs of ``kind`` from ``index`` on, up to the first block of another kind."""
    run: list[Subparagraph] = []
    for block in blocks[index:]:
        if not (isinstance(block, Subparagraph) and block.kind is kind):
            break
        run.append(block)
    return run


def _column(characters: int) -> int:
    """The width of a label column of so many characters of Times New Roman 10 pt (about 1.9 mm
    each, with room to spare)."""
    return s.HANG if characters <= LETTER_LABEL else min(LONGEST_LABEL, Mm(characters * 1.9 + 4))


@cache
def _styled_template() -> bytes:
    """An empty document with the defaults and every style the exporter uses, made once: defining
    the styles is more than half of an export's time (python-docx looks each name up by scanning
    every style), and they are the same for every report."""
    word = new_document()
    s.define_styles(word)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def export_docx(doc: ReportDocument) -> bytes:
    word = new_document(io.BytesIO(_styled_template()))
    m = doc.masthead
    set_up_pages(word, m.symbol if m else "")
    set_properties(word, m)
    writer = _Writer(word, doc)
    if m is not None:
        add_masthead(word, m)
    writer.write(doc.blocks)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, word: Any, doc: ReportDocument) -> None:
        self.word = word
        self.notes = {f.number: f for f in doc.footnotes}
        self.footnotes: XmlPart | None = footnotes_part(word, s.style_id(s.FOOTNOTE_TEXT)) if doc.footnotes else None

    def write(self, blocks: tuple[Block, ...]) -> None:
        columns = label_columns(blocks)
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, Subparagraph) and block.kind in (ListKind.PARTICIPANT, ListKind.DOCUMENT):
                run = _run_of(blocks, index, block.kind)
                (add_participants if block.kind is ListKind.PARTICIPANT else add_documents)(self.word, run, self._inlines)
                index += len(run)
                continue
            after_annex = index > 0 and isinstance(blocks[index - 1], AnnexHeading)
            names_follow = bool(_run_of(blocks, index + 1, ListKind.PARTICIPANT))
            self._block(block, columns.get(index, (0, False)), after_annex, names_follow)
            index += 1

    def _block(self, block: Block, column: tuple[int, bool], after_annex: bool, names_follow: bool) -> None:
        if isinstance(block, AnnexHeading):
            paragraph = s.styled(self.word.add_paragraph(), s.ANNEX_HEADING)
            paragraph.add_run(xml_printable(block.text))
        elif isinstance(block, Heading):
            if names_follow:
                style = s.PARTICIPANT_GROUP
            elif after_annex:
                style = s.ANNEX_TITLE
            else:
                style = _HEADING_STYLE.get(block.level, s.SUBHEADING)
            if block.label:  # "Chapter II", a line of its own above the title, flush as the title
                above = s.styled(self.word.add_paragraph(), style)
                above.paragraph_format.first_line_indent = 0
                above.paragraph_format.space_after = 0
                above.add_run(xml_printable(block.label))
            paragraph = s.styled(self.word.add_paragraph(), style)
            if block.label:
                paragraph.paragraph_format.space_before = 0  # the title stays with its "Chapter II"
            numbered = NUMERAL.fullmatch(block.text) if style in (s.CHAPTER, s.SECTION) else None
            if numbered:  # the numeral, a tab, and the title hanging after it
                paragraph.add_run(xml_printable(f"{numbered[1]}\t{numbered[2]}"))
            else:
                if style in (s.CHAPTER, s.SECTION):
                    paragraph.paragraph_format.first_line_indent = 0  # starts where a numbered one's title does
                paragraph.add_run(xml_printable(block.text))
            if block.under:  # "(Agenda item 9 (a))" under the section's title
                paragraph.paragraph_format.space_after = 0
                below = s.styled(self.word.add_paragraph(), style)
                below.paragraph_format.first_line_indent = 0
                below.paragraph_format.space_before = 0
                below.add_run(xml_printable(block.under))
        elif isinstance(block, Paragraph):
            paragraph = s.styled(self.word.add_paragraph(), s.PARAGRAPH if block.number is not None else s.UNNUMBERED)
            if block.number is not None:
                paragraph.add_run(f"{block.number}.\t")
            self._inlines(paragraph, block.content)
        else:
            paragraph = s.styled(self.word.add_paragraph(), _SUBPARAGRAPH_STYLE.get(block.kind, s.SUBPARAGRAPH))
            characters, in_column = column
            width = _column(characters)
            if width != s.HANG:  # a wider label column than the style's
                form = paragraph.paragraph_format
                form.left_indent, form.first_line_indent = s.HANG + width, -width
                form.tab_stops.add_tab_stop(2 * s.HANG, WD_TAB_ALIGNMENT.CLEAR)
                form.tab_stops.add_tab_stop(s.HANG + width)
            if in_column:  # an unlabelled line among labelled ones (the second Vice-Chair) stands in their column
                paragraph.add_run(f"{xml_printable(block.label)}\t")
            self._inlines(paragraph, block.content)

    def _inlines(self, paragraph: WordParagraph, content: tuple[Inline, ...]) -> None:
        for piece in content:
            if isinstance(piece, FootnoteRef):
                if self.footnotes is not None and piece.number in self.notes:
                    self._footnote(paragraph, self.notes[piece.number])
            else:
                run = paragraph.add_run(xml_printable(piece.text))
                run.italic = piece.italic or None

    def _footnote(self, paragraph: WordParagraph, note: Footnote) -> None:
        assert self.footnotes is not None
        add_footnote(paragraph, self.footnotes, note, s.style_id(s.FOOTNOTE_TEXT), s.style_id(s.FOOTNOTE_REFERENCE))
