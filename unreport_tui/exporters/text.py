"""Plain text: one paragraph a line, blank lines between, footnotes at the end."""

from __future__ import annotations

from ..core.rendered import AnnexHeading, Heading, Inline, Paragraph, ReportDocument, Run, Subparagraph, label_columns, visit

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def footnote_mark(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


def inline_text(content: tuple[Inline, ...]) -> str:
    return "".join(i.text if isinstance(i, Run) else footnote_mark(i.number) for i in content)


def masthead_lines(doc: ReportDocument) -> list[str]:
    m = doc.masthead
    if m is None:
        return []
    blocks = [
        [m.symbol],
        [m.organ],
        [m.distribution, m.issued],
        [m.original],
        m.session_lines,
        [m.title, m.held],
        [m.rapporteur_line],
        ["Addendum" if m.addendum else ""],
    ]
    lines: list[str] = []
    for block in blocks:
        kept = [line for line in block if line]
        if kept:
            lines.append("\n".join(kept))
    return lines


class _TextBlocks:
    def __init__(self, column: int = 0) -> None:
        self.column = column  # the subparagraph's label column (0: none)

    def heading(self, block: Heading) -> str:
        return "\n".join(block.lines)

    def annex_heading(self, block: AnnexHeading) -> str:
        return block.text

    def paragraph(self, block: Paragraph) -> str:
        return block.label + inline_text(block.content)

    def subparagraph(self, block: Subparagraph) -> str:
        # "Against:" and "Abstaining:", "Chair:" and "Vice-Chairs:" start their lists in one column
        label = f"{block.label:<{self.column}} " if self.column else ""
        return label + inline_text(block.content)


def export_text(doc: ReportDocument) -> str:
    parts = masthead_lines(doc)
    columns = label_columns(doc.blocks)
    for index, block in enumerate(doc.blocks):
        width, in_column = columns.get(index, (0, False))
        parts.append(visit(block, _TextBlocks(width if in_column else 0)))
    if doc.footnotes:
        notes = [f"{footnote_mark(f.number)} {inline_text(f.content)}" for f in doc.footnotes]
        parts.append("__________\n" + "\n".join(notes))
    return "\n\n".join(parts) + "\n"
