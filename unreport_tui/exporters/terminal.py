"""The rendered report as Rich renderables for the terminal. User text goes into ``Text``
objects as plain strings, so square brackets in a note are never read as Rich markup, and
control characters are dropped, so an escape sequence in a note never reaches the terminal."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from ..core.rendered import FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph, printable, visit
from .text import footnote_mark, masthead_lines


def inline_rich(content: tuple[Inline, ...], prefix: str = "") -> Text:
    text = Text(printable(prefix))
    for piece in content:
        if isinstance(piece, FootnoteRef):
            text.append(footnote_mark(piece.number), style="bold")
        else:
            text.append(printable(piece.text), style="italic" if piece.italic else "")
    return text


class _RichBlocks:
    def heading(self, block: Heading) -> Text:
        return Text(printable(block.text), style="bold" if block.level < 3 else "bold italic")

    def paragraph(self, block: Paragraph) -> Text:
        return inline_rich(block.content, block.label)

    def subparagraph(self, block: Subparagraph) -> Text:
        return inline_rich(block.content, f"    {block.label} ")


def report_renderable(doc: ReportDocument) -> RenderableType:
    parts: list[RenderableType] = []
    for line in masthead_lines(doc):
        parts += [Text(printable(line), style="dim"), Text("")]
    for block in doc.blocks:
        parts += [visit(block, _RichBlocks()), Text("")]
    if doc.footnotes:
        parts.append(Text("__________"))
        parts += [inline_rich(f.content, f"{footnote_mark(f.number)} ") for f in doc.footnotes]
    return Group(*parts)
