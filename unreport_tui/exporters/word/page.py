"""The page as UN documents have it: A4; nothing over the first page (the masthead is there); on
pages 2 and after the symbol in the running header and the page number as "2/4" in the footer,
at the left of even pages and the right of odd ones."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm
from docx.text.paragraph import Paragraph as WordParagraph

from ...core.rendered import xml_printable
from .styles import RUNNING_FOOTER, RUNNING_HEADER, styled


def set_up_pages(word: Any, symbol: str) -> None:
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(20), Mm(25)
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    word.settings.odd_and_even_pages_header_footer = True
    for part in (section.first_page_header, section.first_page_footer):
        part.is_linked_to_previous = False  # defined, and empty: page 1 has the masthead
        styled(part.paragraphs[0], RUNNING_FOOTER)  # the header's style has a rule, not wanted over nothing
    for header, align in ((section.header, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_header, WD_ALIGN_PARAGRAPH.LEFT)):
        line = header.paragraphs[0]
        styled(line, RUNNING_HEADER if symbol else RUNNING_FOOTER).alignment = align  # no rule over nothing
        line.add_run(xml_printable(symbol))
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        line = footer.paragraphs[0]
        styled(line, RUNNING_FOOTER).alignment = align
        _field(line, "PAGE", "1")
        line.add_run("/")
        _field(line, "NUMPAGES", "1")


def _field(paragraph: WordParagraph, instruction: str, shown: str) -> None:
    """A field Word and LibreOffice compute when they lay out the pages (``shown`` until then)."""
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>')
    )
