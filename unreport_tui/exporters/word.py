"""A Word file (.docx) with the look of a UN draft report: A4, Times New Roman 10 pt, the masthead
with the symbol at the top right and "Distr.", the date and "Original" stacked under it, bold
chapter and section headings, numbered paragraphs hanging from their numbers (the number is
text in the paragraph, so that it survives a copy into another document), lettered
subparagraphs indented, italics kept, and real Word footnotes (a footnotes part, numbered by Word).

python-docx writes everything but the footnotes, which it has no interface for: the footnotes
part is added here, with the two separator notes Word expects, so that the file opens without a
repair prompt."""

from __future__ import annotations

import io
from typing import Any

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as WordParagraph

from ..core.rendered import (AnnexHeading, Footnote, FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph,
                             label_columns, xml_printable)

FONT = "Times New Roman"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
HANG = Mm(10)  # numbered paragraphs: the number stands in this margin, the text hangs from it
LONGEST_LABEL = Mm(60)
LETTER_LABEL = 4  # characters: "(a)", "12." stand in HANG


def _column(characters: int) -> int:
    """The width of a label column of so many characters of Times New Roman 10 pt (about 1.9 mm
    each, with room to spare)."""
    return HANG if characters <= LETTER_LABEL else min(LONGEST_LABEL, Mm(characters * 1.9 + 4))


_SEPARATORS = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)


def export_docx(doc: ReportDocument) -> bytes:
    word = new_document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(20), Mm(25)
    style = word.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)
    footnotes = _footnotes_part(word) if doc.footnotes else None
    notes = {f.number: f for f in doc.footnotes}
    _masthead(word, doc)
    columns = label_columns(doc.blocks)
    for index, block in enumerate(doc.blocks):
        if isinstance(block, AnnexHeading):
            paragraph = word.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run(xml_printable(block.text)).bold = True
        elif isinstance(block, Heading):
            paragraph = word.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.left_indent = HANG if block.level > 1 else 0
            run = paragraph.add_run(xml_printable(block.text))
            run.bold = True
            run.italic = block.level >= 3
        elif isinstance(block, Paragraph):
            paragraph = word.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if block.number is not None:
                paragraph.paragraph_format.left_indent = HANG
                paragraph.paragraph_format.first_line_indent = -HANG
                paragraph.paragraph_format.tab_stops.add_tab_stop(HANG)
                paragraph.add_run(f"{block.number}.\t")
            else:
                paragraph.paragraph_format.left_indent = HANG
            _inlines(paragraph, block.content, footnotes, notes)
        elif isinstance(block, Subparagraph):
            paragraph = word.add_paragraph()
            characters, in_column = columns[index]
            column = _column(characters)
            paragraph.paragraph_format.left_indent = HANG + column
            paragraph.paragraph_format.first_line_indent = -column
            paragraph.paragraph_format.tab_stops.add_tab_stop(HANG + column)
            if in_column:  # an unlabelled line among labelled ones (the second Vice-Chair) stands in their column
                paragraph.add_run(f"{xml_printable(block.label)}\t")
            _inlines(paragraph, block.content, footnotes, notes)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _masthead(word: Any, doc: ReportDocument) -> None:
    m = doc.masthead
    if m is None:
        return
    for line in (m.symbol, m.distribution, m.issued, m.original):
        if line:
            right = word.add_paragraph()
            right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            right.paragraph_format.space_after = Pt(0)
            run = right.add_run(xml_printable(line))
            run.font.size = Pt(12) if line == m.symbol else Pt(10)
    for line, size, bold in ((m.body, 14, True), (m.session_title, 10, False), (m.venue_dates, 10, False),
                             (m.title, 14, True), (f"Rapporteur: {m.rapporteur}" if m.rapporteur else "", 10, False),
                             ("Addendum" if m.addendum else "", 14, True)):
        if line:
            paragraph = word.add_paragraph()
            run = paragraph.add_run(xml_printable(line))
            run.bold, run.font.size = bold, Pt(size)


def _inlines(paragraph: WordParagraph, content: tuple[Inline, ...], footnotes: XmlPart | None,
             notes: dict[int, Footnote]) -> None:
    for piece in content:
        if isinstance(piece, FootnoteRef):
            if footnotes is not None and piece.number in notes:
                _footnote(paragraph, footnotes, notes[piece.number])
        else:
            run = paragraph.add_run(xml_printable(piece.text))
            run.italic = piece.italic or None


def _footnotes_part(word: Any) -> XmlPart:
    """An empty footnotes part (the two separators), related to the document; saved with it."""
    document_part = word.part
    part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, parse_xml(_SEPARATORS), document_part.package)
    document_part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    return part


def _footnote(paragraph: WordParagraph, part: XmlPart, note: Footnote) -> None:
    """The reference mark in the text and the note in the footnotes part, with the same id."""
    reference = paragraph.add_run()
    reference._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note.number}"/>'))
    reference.font.superscript = True
    body = parse_xml(f'<w:footnote {nsdecls("w")} w:id="{note.number}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
    text_paragraph = body[0]
    for piece in note.content:
        if isinstance(piece, FootnoteRef):
            continue
        italic = "<w:i/>" if piece.italic else ""
        run = parse_xml(f'<w:r {nsdecls("w")}><w:rPr>{italic}<w:sz w:val="18"/></w:rPr>'
                        '<w:t xml:space="preserve"/></w:r>')
        run[1].text = xml_printable(piece.text)
        text_paragraph.append(run)
    part.element.append(body)
