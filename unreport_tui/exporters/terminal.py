"""The rendered report as Rich renderables for the terminal. User text goes into ``Text``
objects as plain strings, so square brackets in a note are never read as Rich markup, and
control characters are dropped, so an escape sequence in a note never reaches the terminal."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..core.rendered import (AnnexHeading, Block, Footnote, FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph,
                             printable, visit)
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

    def annex_heading(self, block: AnnexHeading) -> Text:
        return Text(printable(block.text), style="bold")

    def paragraph(self, block: Paragraph) -> Text:
        return inline_rich(block.content, block.label)

    def subparagraph(self, block: Subparagraph) -> Text:
        return inline_rich(block.content, f"    {block.label} ")


@dataclass(frozen=True)
class Piece:
    """One piece of the draft as the terminal shows it. Equal pieces look the same, so a screen
    that draws the draft after every change can keep what it drew for the pieces that did not
    change (a piece is hashable)."""

    content: Block | Footnote | str  # a str is a masthead line or the rule above the footnotes
    spaced: bool = True  # a blank line after it


FOOTNOTE_RULE = "__________"


def report_pieces(doc: ReportDocument) -> list[Piece]:
    pieces = [Piece(line) for line in masthead_lines(doc)]
    pieces += [Piece(block) for block in doc.blocks]
    if doc.footnotes:
        pieces.append(Piece(FOOTNOTE_RULE, spaced=False))
        pieces += [Piece(footnote, spaced=False) for footnote in doc.footnotes]
    return pieces


def piece_text(piece: Piece) -> Text:
    content = piece.content
    if isinstance(content, str):
        return Text(printable(content), style="" if content == FOOTNOTE_RULE else "dim")
    if isinstance(content, Footnote):
        return inline_rich(content.content, f"{footnote_mark(content.number)} ")
    return visit(content, _RichBlocks())


def report_renderable(doc: ReportDocument) -> RenderableType:
    parts: list[RenderableType] = []
    for piece in report_pieces(doc):
        parts.append(piece_text(piece))
        if piece.spaced:
            parts.append(Text(""))
    return Group(*parts)


def preview_renderable(doc: ReportDocument) -> RenderableType:
    """The draft as ``unreport preview`` prints it: as the app's draft, but with each numbered
    paragraph and lettered subparagraph hanging from its number ("12.  text that wraps under
    the text, not under the number")."""
    parts: list[RenderableType] = []
    for piece in report_pieces(doc):
        content = piece.content
        if isinstance(content, Paragraph) and content.number is not None:
            parts.append(_hanging(f"{content.number}.", inline_rich(content.content), 5))
        elif isinstance(content, Subparagraph) and content.label:
            # "(a)" hangs like a number; "In favour:", "Against:", "Abstaining:" line up with each other
            width = 16 if content.label.endswith(":") else 9
            parts.append(_hanging(content.label, inline_rich(content.content), width, indent=4))
        else:
            parts.append(piece_text(piece))
        if piece.spaced:
            parts.append(Text(""))
    return Group(*parts)


def _hanging(label: str, text: Text, width: int, indent: int = 0) -> RenderableType:
    grid = Table.grid(padding=(0, 1, 0, 0))
    if indent:
        grid.add_column(width=indent)
    grid.add_column(width=max(width - indent, len(label) + 1), no_wrap=True)
    grid.add_column(ratio=1)
    label_text = Text(printable(label))
    grid.add_row(*([Text("")] if indent else []), label_text, text)
    return grid
