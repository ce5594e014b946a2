"""The speaking-time tables of the statistics screen: a line per speaker, per group spoken for and
per role, with the figures and a bar (the time, or the count when sorted by count), the speaker
who has the floor marked, and "time not measured" where no time was measured.

As the log does (``log_view``), it draws only the lines on screen: after each statement logged,
the figures are counted again and the lines in view drawn, whatever the length of the session."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.rendered import printable
from ...core.speaking_time import SortBy, SpeakingTime, Tally, clock, ordered, percentages
from ...exporters.speaking_time import NONE, NOT_MEASURED, bar, tables

HEADING, COLUMNS, ROW, TOTAL, BLANK = "heading", "columns", "row", "total", "blank"
NAME_MIN = 12
BAR_MIN = len(NOT_MEASURED)  # a bar, or "time not measured" whole in its place
SPEAKING_MARK = "▶ "


@dataclass(frozen=True)
class Line:
    kind: str
    text: str = ""  # a heading's words, or the label of the names' column
    tally: Tally | None = None
    share: int | None = None  # the row's share of the floor, in whole percents (None: no time measured)
    most: float = 0  # the largest figure of its table: its bar fills the width


class StatisticsView(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("up", "scroll_up", "Up", show=False),
        Binding("down", "scroll_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "First", show=False),
        Binding("end", "scroll_end", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[Line] = []
        self._stats: SpeakingTime | None = None
        self._by = SortBy.TIME
        self._name_width = NAME_MIN
        # Each line drawn, by what it shows: after a statement is logged most lines show what they
        # showed (a share rounds to the same percent), and are not drawn again.
        self._drawn: dict[tuple[object, ...], Strip] = {}
        self._base: Style | None = None  # the widget's style, looked up once, not for each line

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None  # a theme changed: every line is drawn again in its colours
        self._drawn.clear()

    def show(self, stats: SpeakingTime, by: SortBy) -> None:
        self._stats, self._by = stats, by
        lines: list[Line] = []
        for title, label, rows, whole in tables(stats):
            rows = ordered(rows, by)
            shares = [stats.share(t) or 0.0 for t in rows]
            percents = percentages(shares) if whole else [round(share * 100) for share in shares]
            most = max((self._measure(t) for t in rows), default=0)
            if lines:
                lines.append(Line(BLANK))
            lines += [Line(HEADING, title), Line(COLUMNS, label)]
            lines += [Line(ROW, tally=t, share=p if t.timed else None, most=most) for t, p in zip(rows, percents, strict=True)]
            if whole:
                lines.append(Line(TOTAL, tally=stats.total, share=100 if stats.total.timed else None))
        self._lines = lines
        names = [len(printable(line.tally.name)) + len(SPEAKING_MARK) for line in lines if line.tally is not None]
        self._name_width = max([NAME_MIN, *names])
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        self.refresh()

    def _measure(self, tally: Tally) -> float:
        return tally.seconds if self._by is SortBy.TIME else tally.count

    def line_text(self, index: int) -> str:
        return self._line(index, max(80, self.scrollable_content_region.width)).plain.rstrip()

    @property
    def lines(self) -> list[str]:
        """Every line, in full (the screen shows those in view, cut to its width)."""
        return [self.line_text(index) for index in range(len(self._lines))]

    def _columns(self) -> list[tuple[str, int]]:
        assert self._stats is not None
        columns = [("Stmts", 5), ("Repl.", 5), ("Time", 7), ("Avg", 6)]
        if self._stats.limits:
            columns.append(("Over", 4))
        columns.append(("Share", 5))
        if self._stats.total.not_measured:
            columns.append(("No time", 7))
        return columns

    def _line(self, index: int, width: int) -> Text:
        line = self._lines[index]
        if line.kind == BLANK:
            return Text()
        if line.kind == HEADING:
            return Text(line.text, style="bold")
        columns = self._columns()
        figures = sum(size + 1 for _, size in columns)
        # The names as long as they are ("Venezuela (Bolivarian Republic of)"), as far as the
        # bars keep BAR_MIN columns: a bar that short still shows who spoke longest.
        name_width = max(NAME_MIN, min(self._name_width, width - figures - 2 - BAR_MIN))
        bar_width = max(4, width - name_width - figures - 2)
        if line.kind == COLUMNS:
            text = Text(line.text.ljust(name_width)[:name_width], style="dim")
            for label, size in columns:
                text.append(" " + label.rjust(size), style="dim")
            return text
        tally = line.tally
        assert tally is not None
        name = (SPEAKING_MARK if tally.speaking and line.kind == ROW else "") + printable(tally.name)
        if len(name) > name_width:
            name = name[: name_width - 1] + "…"
        text = Text(name.ljust(name_width), style="bold cyan" if tally.speaking and line.kind == ROW else "")
        if line.kind == TOTAL:
            text.stylize("bold")
        timed = tally.timed > 0
        cells = [str(tally.statements), str(tally.replies)]
        cells += [clock(tally.seconds), clock(tally.average)] if timed else [NONE, NONE]
        if self._stats is not None and self._stats.limits:
            cells.append(str(tally.over_limit) if timed else NONE)
        cells.append(f"{line.share}%" if line.share is not None else NONE)
        if self._stats is not None and self._stats.total.not_measured:
            cells.append(str(tally.not_measured) if tally.not_measured else "")
        for (label, size), cell in zip(columns, cells, strict=True):
            over = label == "Over" and cell not in ("0", NONE)
            text.append(" " + cell.rjust(size), style="bold dark_orange3" if over else "")
        text.append("  ")
        if line.kind == ROW:
            if timed or self._by is SortBy.COUNT:
                text.append(bar(self._measure(tally), line.most, bar_width), style="cyan" if tally.speaking else "green")
            else:
                text.append(NOT_MEASURED, style="dim italic")
        return text

    def _shows(self, line: Line, width: int) -> tuple[object, ...]:
        """What ``line`` shows, as a key to the lines already drawn."""
        tally = line.tally
        figures = (
            (tally.name, tally.statements, tally.replies, tally.timed, tally.seconds, tally.over_limit, tally.speaking)
            if tally is not None
            else ()
        )
        assert self._stats is not None
        settings = (self._by, bool(self._stats.limits), self._stats.total.not_measured > 0, self._name_width)
        return (line.kind, line.text, line.share, line.most, width, *settings, *figures)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if self._base is None:
            self._base = self.rich_style
        base = self._base
        if index >= len(self._lines):
            return Strip.blank(width, base)
        key = self._shows(self._lines[index], width)
        strip = self._drawn.get(key)
        if strip is None:
            if len(self._drawn) > 2000:  # lines no longer shown: forgotten now and then
                self._drawn.clear()
            text = self._line(index, width)
            text.truncate(width, overflow="ellipsis")
            segments = list(text.render(self.app.console))
            strip = self._drawn[key] = Strip(segments).extend_cell_length(width, base).apply_style(base)
        return strip

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._lines))
