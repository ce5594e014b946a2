"""Real Word footnotes, which python-docx has no interface for: a footnotes part with the two
separator notes Word expects (so that the file opens without a repair prompt), and each note in
Word's own footnote styles, its number superscript, its text indented after it."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph as WordParagraph

from ...core.rendered import Footnote, FootnoteRef, xml_printable

FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _separator(kind: str, number: int, mark: str, style_id: str) -> str:
    return (
        f'<w:footnote w:type="{kind}" w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{style_id}"/>'
        f'<w:spacing w:after="0"/><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:r><w:{mark}/></w:r></w:p></w:footnote>'
    )


def footnotes_part(word: Any, text_style_id: str) -> XmlPart:
    """An empty footnotes part (the two separators), related to the document; saved with it."""
    separators = (
        f"<w:footnotes {nsdecls('w')}>"
        + _separator("separator", -1, "separator", text_style_id)
        + _separator("continuationSeparator", 0, "continuationSeparator", text_style_id)
        + "</w:footnotes>"
    )
    document_part = word.part
    part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, parse_xml(separators), document_part.package)
    document_part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    return part


def add_footnote(paragraph: WordParagraph, part: XmlPart, note: Footnote, text_style_id: str, reference_style_id: str) -> None:
    """The reference mark in the text and the note in the footnotes part, with the same id."""
    reference = paragraph.add_run()._r
    reference.style = reference_style_id
    reference.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note.number}"/>'))
    body = parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{note.number}"><w:p><w:pPr><w:pStyle w:val="{text_style_id}"/>'
        f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{reference_style_id}"/></w:rPr><w:footnoteRef/></w:r>'
        "<w:r><w:tab/></w:r></w:p></w:footnote>"
    )
    text_paragraph = body[0]
    for piece in note.content:
        if isinstance(piece, FootnoteRef):
            continue
        italic = "<w:rPr><w:i/></w:rPr>" if piece.italic else ""
        run = parse_xml(f'<w:r {nsdecls("w")}>{italic}<w:t xml:space="preserve"/></w:r>')
        run[-1].text = xml_printable(piece.text)
        text_paragraph.append(run)
    part.element.append(body)
