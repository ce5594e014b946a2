"""The rendered report as Rich renderables for the terminal. User text goes into ``Text``
objects as plain strings, so square brackets in a note are never read as Rich markup."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from ..core.rendered import FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph
from .text import footnote_mark, masthead_lines


def inline_rich(content: tuple[Inline, ...], prefix: str = "") -> Text:
    text = Text(prefix)
    for piece in content:
        if isinstance(piece, FootnoteRef):
            text.append(footnote_mark(piece.number), style="bold")
        else:
            text.append(piece.text, style="italic" if piece.italic else "")
    return text


def report_renderable(doc: ReportDocument) -> RenderableType:
    parts: list[RenderableType] = []
    for line in masthead_lines(doc):
        parts += [Text(line, style="dim"), Text("")]
    for block in doc.blocks:
        if isinstance(block, Heading):
            parts.append(Text(block.text, style="bold" if block.level < 3 else "bold italic"))
        elif isinstance(block, Paragraph):
            parts.append(inline_rich(block.content, block.label))
        elif isinstance(block, Subparagraph):
            parts.append(inline_rich(block.content, f"    {block.label} "))
        parts.append(Text(""))
    if doc.footnotes:
        parts.append(Text("__________"))
        parts += [inline_rich(f.content, f"{footnote_mark(f.number)} ") for f in doc.footnotes]
    return Group(*parts)
