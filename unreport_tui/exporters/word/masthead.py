"""The masthead as on a UN page: "United Nations" at the left and the symbol at the right over a
thin rule; under it the body's name, large, at the left, and "Distr.", the date and "Original"
stacked at the right, over a thick rule; then the session, the title line and the Rapporteur.
A borderless table holds the two rows, as the UN's own templates do."""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt

from ...core.rendered import Masthead, xml_printable
from .styles import (
    MASTHEAD_BODY,
    MASTHEAD_DISTRIBUTION,
    MASTHEAD_ORGANIZATION,
    MASTHEAD_RAPPORTEUR,
    MASTHEAD_SESSION,
    MASTHEAD_SYMBOL,
    MASTHEAD_TITLE,
    TEXT_WIDTH,
    styled,
)
from .tables import borderless_table

ORGANIZATION = "United Nations"
ORGANIZATION_COLUMN = Mm(45)
RIGHT_COLUMN = Mm(50)
THIN, THICK = 4, 18  # the rules, in eighths of a point


def add_masthead(word: Any, m: Masthead) -> None:
    # Three grid columns: "United Nations" takes the first and the symbol the other two (a long
    # symbol stays on one line); the body's name takes the first two and the "Distr." stack the last.
    table = borderless_table(word, 2, [ORGANIZATION_COLUMN, TEXT_WIDTH - ORGANIZATION_COLUMN - RIGHT_COLUMN, RIGHT_COLUMN])
    for row, rule in zip(table.rows, (THIN, THICK), strict=True):
        for cell in row.cells:
            cell._tc.get_or_add_tcPr().append(
                parse_xml(
                    f'<w:tcBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="{rule}" w:space="0" w:color="auto"/>'
                    "</w:tcBorders>"
                )
            )
    organization = table.cell(0, 0)
    symbol = table.cell(0, 1).merge(table.cell(0, 2))
    body = table.cell(1, 0).merge(table.cell(1, 1))
    distribution = table.cell(1, 2)
    _lines(organization, [ORGANIZATION], MASTHEAD_ORGANIZATION)
    _lines(symbol, [m.symbol], MASTHEAD_SYMBOL)
    _lines(body, [m.organ], MASTHEAD_BODY)
    stack = _lines(distribution, [m.distribution, m.issued, m.original], MASTHEAD_DISTRIBUTION)
    if stack and m.original:
        stack[-1].paragraph_format.space_before = Pt(10)  # "Original" stands apart, as on the page
    if stack:
        stack[-1].paragraph_format.space_after = Pt(6)  # above the thick rule
    under_rule = [(line, MASTHEAD_SESSION) for line in m.session_lines]
    for n, (line, style) in enumerate(
        [
            *under_rule,
            (m.title, MASTHEAD_TITLE),
            (m.held, MASTHEAD_RAPPORTEUR),
            (m.rapporteur_line, MASTHEAD_RAPPORTEUR),
            ("Addendum" if m.addendum else "", MASTHEAD_TITLE),
        ]
    ):
        if line:
            paragraph = styled(word.add_paragraph(xml_printable(line)), style)
            if n == 0 and (line == m.session_title or m.parent or m.reports_to):
                paragraph.paragraph_format.space_before = Pt(8)  # below the thick rule


def _lines(cell: Any, lines: list[str], style: str) -> list[Any]:
    """The lines given (the empty ones left out) as paragraphs of the cell, in ``style``."""
    paragraphs: list[Any] = []
    for line in (line for line in lines if line):
        paragraph = cell.paragraphs[0] if not paragraphs else cell.add_paragraph()
        styled(paragraph, style)
        paragraph.add_run(xml_printable(line))
        paragraphs.append(paragraph)
    if not paragraphs:
        styled(cell.paragraphs[0], style)
    return paragraphs
