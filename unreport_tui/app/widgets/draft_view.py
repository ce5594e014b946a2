"""The draft as the report will print it, rendered by the core renderer (the same one every
export uses) and drawn piece by piece.

Drawing a long draft again after every logged entry is what would make typing wait: wrapping
thousands of paragraphs takes a good part of a second. So each piece (a paragraph, a heading, a
footnote) is wrapped once and kept as lines, and after a change only the pieces that changed are
wrapped again; the screen draws only the lines in view. The last piece that changed is scrolled
into view, so the note-taker sees what their last key did."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.rendered import ReportDocument
from ...exporters.terminal import Piece, piece_text, report_pieces


class DraftView(ScrollView, can_focus=True):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._document: ReportDocument | None = None
        self._lines: list[Strip] = []
        self._drawn: dict[Piece, list[Strip]] = {}  # at self._width
        self._width = 0

    @property
    def text(self) -> str:
        """Every line of the draft as drawn (not only those in view), one per line."""
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    def show(self, document: ReportDocument) -> None:
        self._document = document
        changed = self._lay_out(document)
        if changed is not None:
            self._bring_into_view(*changed)

    def on_resize(self) -> None:
        if self._document is not None and self.scrollable_content_region.width != self._width:
            changed = self._lay_out(self._document)
            if changed is not None:
                self._bring_into_view(*changed)

    def _lay_out(self, document: ReportDocument) -> tuple[int, int] | None:
        """Lines for the document, wrapping only pieces not wrapped before; returns the lines of
        the last piece that was new (None when nothing was)."""
        width = self.scrollable_content_region.width
        if width <= 0:  # hidden (the narrow layout shows the log): laid out when shown
            self._width = 0
            return None
        if width != self._width:
            self._drawn, self._width = {}, width
        console = self.app.console
        options = console.options.update_width(width)
        blank = Strip.blank(width)
        drawn: dict[Piece, list[Strip]] = {}
        lines: list[Strip] = []
        changed: tuple[int, int] | None = None
        for piece in report_pieces(document):
            strips = self._drawn.get(piece) or drawn.get(piece)
            if strips is None:
                strips = [Strip(line) for line in console.render_lines(piece_text(piece), options, pad=False)]
                changed = (len(lines), len(lines) + len(strips))
            drawn[piece] = strips
            lines.extend(strips)
            if piece.spaced:
                lines.append(blank)
        self._drawn, self._lines = drawn, lines
        self.virtual_size = Size(width, len(lines))
        self.refresh()
        return changed

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
