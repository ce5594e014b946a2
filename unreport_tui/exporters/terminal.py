"""The rendered report as Rich renderables for the terminal. User text goes into ``Text``
objects as plain strings, so square brackets in a note are never read as Rich markup, and
control characters are dropped, so an escape sequence in a note never reaches the terminal."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.segment import Segment
from rich.text import Text

from ..core.rendered import (
    AnnexHeading,
    Block,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    ListKind,
    Paragraph,
    ReportDocument,
    Subparagraph,
    label_columns,
    printable,
    visit,
)
from .text import footnote_mark, masthead_lines

# The text of a numbered paragraph starts in this column ("12.  The Commission…"); what is not
# numbered ("[To be completed]"), subheadings and subparagraphs start there too.
TEXT_COLUMN = 5


def inline_rich(content: tuple[Inline, ...], prefix: str = "") -> Text:
    text = Text(printable(prefix))
    for piece in content:
        if isinstance(piece, FootnoteRef):
            text.append(footnote_mark(piece.number), style="bold")
        else:
            text.append(printable(piece.text), style="italic" if piece.italic else "")
    return text


@dataclass(frozen=True)
class Hanging:
    """Text that hangs from a label: the label ``indent`` columns in, the text from ``column``
    columns after the label's start, every wrapped line under the first. As cheap to draw as the
    text alone (it is wrapped once, and its lines given as they are), so the draft can draw a
    long report in pieces quickly."""

    label: str
    text: Text
    indent: int
    column: int

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        column = max(self.column, cell_len(self.label) + 1 if self.label else 0)
        if self.indent + column > width // 2:  # no room for a column: the label, then the text under it
            column = min(self.indent + column, width // 2) - self.indent
        hang = self.indent + column
        lines = self.text.wrap(console, max(1, width - hang), justify="default")
        first = " " * self.indent + printable(self.label)
        if self.label and cell_len(first) >= hang:  # a label wider than its column has a line to itself
            yield Text(first)
            first = ""
        for n, line in enumerate(lines or [Text("")]):
            start = first if n == 0 else ""
            yield Segment(start + " " * (hang - cell_len(start)))
            line.rstrip()
            yield from line.render(console)
            yield Segment.line()


class Ruled:
    """A chapter heading, a rule under it as long as its longest line, so that the outline shows
    on a terminal that has no bold."""

    def __init__(self, text: Text, rule: str) -> None:
        self.text, self.rule = text, rule

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.text.wrap(console, options.max_width, justify="default")
        for line in lines:
            line.rstrip()
        longest = max((line.cell_len for line in lines), default=0)
        yield Text("\n").join(lines)
        yield Text(self.rule * max(1, min(longest, options.max_width)))


class AnnexRule:
    """ "══ Annex I ══": the annex's name in a full-width double rule; where the name does not fit
    in the rule (a narrow pane), a rule, the name wrapped whole, and a rule: no word is cut."""

    def __init__(self, text: Text) -> None:
        self.text = text.copy()
        self.text.expand_tabs(1)  # a tab typed in the name: a space, so that the rule measures it as drawn

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if "\n" not in self.text.plain and self.text.cell_len + 4 <= options.max_width:
            yield Rule(self.text, characters="═")
            return
        yield Text("═" * options.max_width)
        yield self.text
        yield Text("═" * options.max_width)


class _RichBlocks:
    """Each level of the outline tells itself apart without bold: a chapter has a rule under it,
    a section is flush, a subheading indented and italic; an annex stands between rules."""

    def __init__(self, column: int = 0) -> None:
        self.column = column  # the subparagraph's label column (0: no column)

    def heading(self, block: Heading) -> RenderableType:
        if block.level <= 1:
            return Ruled(Text(printable("\n".join(block.lines)), style="bold"), "─")
        if block.level == 2:
            return Text(printable("\n".join(block.lines)), style="bold")
        return Hanging("", Text(printable(block.text), style="bold italic"), TEXT_COLUMN, 0)

    def annex_heading(self, block: AnnexHeading) -> RenderableType:
        return AnnexRule(Text(printable(block.text), style="bold"))

    def paragraph(self, block: Paragraph) -> RenderableType:
        label = f"{block.number}." if block.number is not None else ""
        return Hanging(label, inline_rich(block.content), 0, TEXT_COLUMN)

    def subparagraph(self, block: Subparagraph) -> RenderableType:
        # "In favour:", "Against:", "Abstaining:" (and a second Vice-Chair, unlabelled) line their
        # lists up in a column as wide as their longest label
        column = self.column + 1 if self.column else 0
        return Hanging(block.label if self.column else "", inline_rich(block.content), TEXT_COLUMN, column)


@dataclass(frozen=True)
class Piece:
    """One piece of the draft as the terminal shows it. Equal pieces look the same, so a screen
    that draws the draft after every change can keep what it drew for the pieces that did not
    change (a piece is hashable)."""

    content: Block | Footnote | str  # a str is a masthead line or the rule above the footnotes
    spaced: bool = True  # a blank line after it
    column: int = 0  # a subparagraph's label column, as wide as the longest label of its list (0: none)


FOOTNOTE_RULE = "__________"
_COMPACT = (ListKind.OFFICER, ListKind.PARTICIPANT)


def report_pieces(doc: ReportDocument) -> list[Piece]:
    pieces = [Piece(line) for line in masthead_lines(doc)]
    columns = label_columns(doc.blocks)
    for index, block in enumerate(doc.blocks):
        width, in_column = columns.get(index, (0, False))
        following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
        # The officers and the participants one a line, as a list of names is printed
        compact = (
            isinstance(block, Subparagraph)
            and block.kind in _COMPACT
            and isinstance(following, Subparagraph)
            and following.kind is block.kind
        )
        pieces.append(Piece(block, spaced=not compact, column=width if in_column else 0))
    if doc.footnotes:
        pieces.append(Piece(FOOTNOTE_RULE, spaced=False))
        pieces += [Piece(footnote, spaced=False) for footnote in doc.footnotes]
    return pieces


def piece_text(piece: Piece) -> RenderableType:
    content = piece.content
    if isinstance(content, str):
        return Text(printable(content), style="" if content == FOOTNOTE_RULE else "dim")
    if isinstance(content, Footnote):
        mark = footnote_mark(content.number)
        return Hanging(mark, inline_rich(content.content), 0, len(mark) + 1)
    return visit(content, _RichBlocks(piece.column))


def report_renderable(doc: ReportDocument) -> RenderableType:
    parts: list[RenderableType] = []
    for piece in report_pieces(doc):
        parts.append(piece_text(piece))
        if piece.spaced:
            parts.append(Text(""))
    return Group(*parts)


def preview_renderable(doc: ReportDocument) -> RenderableType:
    """The draft as ``unreport preview`` prints it: as the app's draft, each numbered paragraph
    and subparagraph hanging from its number ("12.  text that wraps under the text, not under
    the number")."""
    return report_renderable(doc)
