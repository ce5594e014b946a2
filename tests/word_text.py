"""What a reader of a Word file sees, line by line, in the order of the page: the paragraphs
and the tables' rows (the masthead, the participants, the documents), then the footnotes."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docx.table import Table

DOCUMENT_HEADINGS = ["Symbol", "Agenda item", "Title"]


def word_lines(docx: bytes) -> list[str]:
    """Each paragraph's text, each table row's cells joined by spaces (a merged cell once). A row
    of the documents table reads as the other formats say it: "E/CN.6/2007/1 Item 2: Provisional
    agenda" (its Agenda item column holds the "2")."""
    lines: list[str] = []
    for block in Document(io.BytesIO(docx)).iter_inner_content():
        if not isinstance(block, Table):
            lines.append(block.text)
            continue
        documents = [c.text for c in block.rows[0].cells] == DOCUMENT_HEADINGS
        for row in block.rows:
            cells: list[str] = []
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    cells.extend(p.text for p in cell.paragraphs)
            if documents and row is not block.rows[0] and cells[1]:
                cells[1] = f"Item {cells[1]}:"
            lines.append(" ".join(c for c in cells if c))
    return lines


def footnote_texts(docx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        notes = package.read("word/footnotes.xml").decode() if "word/footnotes.xml" in package.namelist() else ""
    return re.findall(r"<w:t[^>]*>([^<]*)</w:t>", notes)
