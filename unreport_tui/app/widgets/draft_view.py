"""The draft as the report will print it, rendered by the core renderer (the same one every
export uses) and drawn piece by piece.

Drawing a long draft again after every logged entry is what would make typing wait: wrapping
thousands of paragraphs takes a good part of a second. So each piece (a paragraph, a heading, a
footnote) is wrapped once and kept as lines (``DraftLines``), and after a change only the pieces
that changed are wrapped again, off the UI thread; the widget draws only the lines in view. The
first piece that changed is scrolled into view, so the note-taker sees what their last key did."""

from __future__ import annotations

from rich.console import Console
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.rendered import ReportDocument
from ...exporters.terminal import Piece, piece_text, report_pieces

RewrappedLines = tuple[int, int] | None  # where the first piece wrapped anew lies in the draft (first line, end)


class DraftLines:
    """Pieces wrapped at a width, kept from one drawing to the next. Used by one thread at a time."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = 0
        self._drawn: dict[Piece, list[Strip]] = {}  # at self.width

    def lay_out(self, document: ReportDocument, width: int) -> tuple[list[Strip], RewrappedLines]:
        # What the last key changed is the first piece not drawn before (a speaker logged changes
        # the statements paragraph, and may change the wording of points further down). When
        # nothing was drawn before, the end: the newest entries. At a new width, nothing moves.
        rewrapped = width != self.width and self.width != 0
        if width != self.width:
            self._drawn, self.width = {}, width
        fresh = bool(self._drawn)
        options = self.console.options.update_width(width)
        blank = Strip.blank(width)
        drawn: dict[Piece, list[Strip]] = {}
        lines: list[Strip] = []
        changed: RewrappedLines = None
        for piece in report_pieces(document):
            strips = self._drawn.get(piece) or drawn.get(piece)
            if strips is None:
                strips = [Strip(line) for line in self.console.render_lines(piece_text(piece), options, pad=False)]
                if changed is None or not fresh:
                    changed = (len(lines), len(lines) + len(strips))
            drawn[piece] = strips
            lines.extend(strips)
            if piece.spaced:
                lines.append(blank)
        self._drawn = drawn  # only what this document has: the cache never outgrows the draft
        return lines, None if rewrapped else changed


class DraftView(ScrollView, can_focus=True):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[Strip] = []
        self.drawn_width = 0

    @property
    def text(self) -> str:
        """Every line of the draft as drawn (not only those in view), one per line."""
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    @property
    def width_for_text(self) -> int:
        """Columns the draft is wrapped to; 0 while it is hidden."""
        return self.scrollable_content_region.width if self.display else 0

    def show(self, lines: list[Strip], width: int, changed: RewrappedLines) -> None:
        """Lines laid out by ``DraftLines`` at ``width``; ``changed`` is brought into view."""
        self._lines, self.drawn_width = lines, width
        self.virtual_size = Size(width, len(lines))
        self.refresh()
        if changed is not None:
            self._bring_into_view(*changed)

    def _bring_into_view(self, start: int, end: int) -> None:
        """Lines ``start`` to ``end`` on screen: their end, or their start when they do not fit."""
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if end - start > height or start < top:
            self.scroll_to(y=start, animate=False, force=True)
        elif end > top + height:
            self.scroll_to(y=end - height, animate=False, force=True)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        strip = self._lines[index] if index < len(self._lines) else Strip.blank(width)
        return strip.crop_extend(self.scroll_offset.x, self.scroll_offset.x + width, None).apply_style(self.rich_style)
