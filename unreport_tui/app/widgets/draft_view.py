"""The draft as the report will print it, rendered by the core renderer (the same one every
export uses) and drawn piece by piece.

Drawing a long draft again after every logged entry is what would make typing wait: wrapping
thousands of paragraphs takes a good part of a second. So each piece (a paragraph, a heading, a
footnote) is wrapped once and kept as lines (``DraftLines``), and after a change only the pieces
that changed are wrapped again, off the UI thread; the widget draws only the lines in view. The
first piece that changed is scrolled into view, so the note-taker sees what their last key did.

The widget owns that pipeline: the screen only says that the session changed, and in which items
(``session_changed``). A burst of changes waits ``DRAFT_DELAY`` and costs one rendering, on a
worker thread of the widget's own, from a snapshot the screen gives (``DraftSource``); the renderer
and the wrapped lines are used by that one thread at a time."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING, NamedTuple, Protocol

from rich.console import Console
from rich.style import Style
from textual import on
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from ...core.model import Session
from ...core.rendered import Paragraph, ReportDocument, Run
from ...exporters.terminal import Piece, piece_text, report_pieces
from ..actions import with_keys
from .scroll_length import set_length

if TYPE_CHECKING:
    # Imported when the draft is first drawn, on its thread: the screen is shown before.
    from ...core.rendering.report import ReportRenderer

RewrappedLines = tuple[int, int] | None  # where the first piece wrapped anew lies in the draft (first line, end)
DRAFT_DELAY = 0.15  # seconds after a change before the draft is drawn again
CHAPTER_REPORTS_IT = (
    "This item has no section of its own until something is logged under it: the "
    "organization chapter reports it ({whole} shows the whole report)."
)


class DraftRequest(NamedTuple):
    """What to draw: a snapshot of the session (the worker never reads the live one), the
    current item's key, and whether the whole report is shown or only that item."""

    session: Session
    item: str
    whole: bool


class DraftSource(Protocol):
    """The screen the draft shows the session of."""

    @property
    def ready(self) -> bool:
        """The session is there (it is read on a thread while the screen is first shown)."""

    def draft_request(self) -> DraftRequest:
        """What to draw now; asked on the UI thread, only once ``ready``."""


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
    def __init__(self, source: DraftSource, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self._lines: list[Strip] = []
        self.drawn_width = 0
        self.renderer: ReportRenderer | None = None  # made on the worker thread that first draws the draft
        self._changed: set[str] | None = None  # items changed since the draft was drawn (None: all)
        self._timer: Timer | None = None
        self._drawing = False  # a worker is rendering the draft
        self._again = False  # changes came while it was: draw again when it ends
        self._draft_lines: DraftLines | None = None  # made at mount, with the app's console
        self._chapter_reports_it = CHAPTER_REPORTS_IT  # with the keys in force, at mount
        self._style = Style()  # the widget's own, as of the frame being drawn

    def on_mount(self) -> None:
        self._draft_lines = DraftLines(self.app.console)
        self._chapter_reports_it = with_keys(CHAPTER_REPORTS_IT)  # here: the draft's thread has no app to ask

    # drawing again after a change ------------------------------------------------------------

    def session_changed(self, items: Set[str] | None = None) -> None:
        """The session changed in ``items`` (None: anything may have): the draft is rendered again
        shortly, so that a burst of changes (a fast speaker, undo pressed five times) costs one
        rendering, and typing never waits for it."""
        if items is None:
            self._changed = None
        elif self._changed is not None:
            self._changed |= items
        self._schedule()

    def follow_width(self) -> None:
        """After the layout changed: the draft wrapped again if its width did (or it was hidden)."""
        if self.width_for_text > 0 and (self.width_for_text != self.drawn_width or self._again):
            self._schedule()

    @property
    def pending(self) -> bool:
        """A change not yet in the draft (it is drawn DRAFT_DELAY seconds after a burst, on a
        worker thread)."""
        return self._timer is not None or self._drawing

    def _schedule(self) -> None:
        if self._timer is None:
            self._timer = self.set_timer(DRAFT_DELAY, self._draw_draft)

    def _draw_draft(self) -> None:
        """Start rendering the draft on a worker thread, from a snapshot of the session: the
        renderer and the wrapped lines are used by that one thread at a time."""
        self._timer = None
        width = self.width_for_text
        if not self.source.ready:
            return  # drawn when the session is there
        if self._drawing or width <= 0:  # drawn when the one under way ends, or when it is shown
            self._again = True
            return
        self._drawing, self._again = True, False
        changed, self._changed = self._changed, set()
        request = self.source.draft_request()
        self.run_worker(lambda: self._render_draft(request, changed, width), thread=True, group="draft", name="draft")

    def _render_draft(
        self, request: DraftRequest, changed: set[str] | None, width: int
    ) -> tuple[list[Strip], RewrappedLines, int]:
        if self.renderer is None:
            from ...core.rendering.report import ReportRenderer

            self.renderer = ReportRenderer()
        session, key = request.session, request.item
        if request.whole:
            document = self.renderer.render(session, changed)
        else:
            every = {i.key for i in session.items}
            document = self.renderer.item(session, key, every if changed is None else changed)
            if not document.blocks and session.item(key) is not None:  # the organization chapter reports it
                document = ReportDocument(None, (Paragraph(None, (Run(self._chapter_reports_it),), key),), ())
        assert self._draft_lines is not None
        lines, new = self._draft_lines.lay_out(document, width)
        return lines, new, width

    @on(Worker.StateChanged)
    def draft_drawn(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "draft" or event.state not in (WorkerState.SUCCESS, WorkerState.CANCELLED):
            return  # an error stops the app with a crash report (exit_on_error)
        if event.state is WorkerState.SUCCESS and event.worker.result is not None:
            lines, new, width = event.worker.result
            self.show(lines, width, new)
        self._drawing = False
        if self._again:
            self._draw_draft()

    # showing ---------------------------------------------------------------------------------

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
        set_length(self, Size(width, len(lines)))
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

    def render_lines(self, crop: Region) -> list[Strip]:
        self._style = self.rich_style  # looked up once a frame: the lookup costs more than a line
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        strip = self._lines[index] if index < len(self._lines) else Strip.blank(width)
        return strip.crop_extend(self.scroll_offset.x, self.scroll_offset.x + width, None).apply_style(self._style)
