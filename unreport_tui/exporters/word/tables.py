"""The two annex lists that are tables in a UN report: the participants of each group in three
columns (read down, then across), not one name a line over pages; the documents under the column
headings Symbol, Agenda item, Title, repeated at the top of each page the table runs over. Word
and LibreOffice lay a table out the same way, where they balance text columns differently."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as WordParagraph

from ...core.rendered import Inline, Subparagraph, document_cells, xml_printable
from . import styles as s

PARTICIPANT_COLUMNS = 3
DOCUMENT_COLUMNS = (("Symbol", Mm(42)), ("Agenda item", Mm(22)), ("Title", s.TEXT_WIDTH - Mm(64)))

Inlines = Callable[[WordParagraph, tuple[Inline, ...]], None]


def add_participants(word: Any, names: Sequence[Subparagraph], inlines: Inlines) -> None:
    rows = math.ceil(len(names) / PARTICIPANT_COLUMNS)
    width = (s.TEXT_WIDTH - s.HANG) // PARTICIPANT_COLUMNS
    table = borderless_table(word, rows, [width] * PARTICIPANT_COLUMNS, indent=s.HANG)
    for index, name in enumerate(names):
        cell = table.cell(index % rows, index // rows)  # down the first column, then the next
        inlines(cell.paragraphs[0], name.content)
    for row in table.rows:
        for cell in row.cells:
            s.styled(cell.paragraphs[0], s.PARTICIPANT)


def add_documents(word: Any, documents: Sequence[Subparagraph], inlines: Inlines) -> None:
    table = borderless_table(word, 1 + len(documents), [width for _, width in DOCUMENT_COLUMNS])
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for cell, (name, _) in zip(header.cells, DOCUMENT_COLUMNS, strict=True):
        s.styled(cell.paragraphs[0], s.TABLE_HEADING)
        cell.paragraphs[0].add_run(name)
        cell._tc.get_or_add_tcPr().append(
            parse_xml(f'<w:tcBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>')
        )
    for row, document in zip(table.rows[1:], documents, strict=True):
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
        item, title = document_cells(document.content)
        symbol, item_cell, title_cell = (cell.paragraphs[0] for cell in row.cells)
        for paragraph in (symbol, item_cell, title_cell):
            s.styled(paragraph, s.TABLE_TEXT)
        symbol.add_run(xml_printable(document.label))
        item_cell.add_run(xml_printable(item))
        inlines(title_cell, title)


def borderless_table(word: Any, rows: int, widths: list[int], indent: int = 0) -> Any:
    """A borderless table of fixed column widths (the grid is what LibreOffice reads, the cells'
    widths what Word reads), its text flush with the margin (or ``indent``)."""
    table = word.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    properties = table._tbl.tblPr
    properties.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{sum(widths) // 635}" w:type="dxa"/>'))
    if indent:
        properties.append(parse_xml(f'<w:tblInd {nsdecls("w")} w:w="{indent // 635}" w:type="dxa"/>'))
    properties.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    properties.append(
        parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>')
    )
    _order_table_properties(properties)
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(width // 635))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    return table


# The order the schema gives the children of a table's properties.
_TBLPR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
)


def _order_table_properties(properties: Any) -> None:
    seen: dict[str, Any] = {}
    for child in list(properties):
        name = child.tag.split("}")[1]
        if name in seen:  # the later one (ours) wins over the library's default
            properties.remove(seen[name])
        seen[name] = child
    for child in sorted(properties, key=lambda child: _TBLPR_ORDER.index(child.tag.split("}")[1])):
        properties.append(child)
