"""What was logged for the current agenda item, in the order it happened: each statement with its
time and speaking time, the points made while its speaker had the floor beneath it (a point counted
for another speaker too, with ctrl+s, is shown under them as well, marked), and a line where a
meeting starts (the rules: ``core.log_order``); then the presentations heard under the item, in
the order the report lists them. Text the note-taker typed is shown as it was typed.

One line per entry, and only the lines on screen are drawn: an item of thousands of entries
costs no more to show after each logged entry than an item of ten (an ``OptionList`` measured
every option again, which made logging slower the longer the meeting went on)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.countries import behalf_wording
from ...core.dates import day_month_year
from ...core.log_order import POINT, STATEMENT, ItemLog, LogRow
from ...core.model import Item, Meeting, Point, Presentation, Role, Statement, StatementKind
from ...core.quantifier import quantifier_for
from ...core.rendered import printable
from ..entry_ref import EntryKind, EntryRef
from .scroll_length import set_length

# The presentations' lines, after the log of statements and points: a separator, then one each.
PRESENTATIONS, PRESENTATION = "presentations", "presentation"
ENTRIES = (STATEMENT, POINT, PRESENTATION)  # the lines that are an entry (the cursor stops on them)

ROLE_NAMES = {
    Role.MEMBER: "",
    Role.SIGNATORY: "signatory",
    Role.OBSERVER_STATE: "observer State",
    Role.IGO: "IGO",
    Role.NGO: "NGO",
    Role.OFFICIAL: "official",
    Role.NHRI: "NHRI",
}


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, seconds = divmod(seconds, 60)
    return f" {minutes}:{seconds:02d}"


def statement_line(statement: Statement, width: int | None = None) -> Text:
    """The statement's line in the log. ``width``: the room it has there; what is in brackets
    (the role, the group spoken for …) gives way first, cut with "…", so that the speaking time
    after it still shows when a group's long name would have pushed it past the edge."""
    line = Text(f"{statement.time:%H:%M} " if statement.time else "      ", style="dim")
    line.append(printable(statement.speaker), style="bold")
    extra = [ROLE_NAMES[statement.role]] if ROLE_NAMES[statement.role] else []
    if statement.on_behalf_of:
        extra.append(f"on behalf of {printable(behalf_wording(statement.on_behalf_of))}")  # "of the Group of …"
    if statement.kind is StatementKind.REPLY:
        extra.append("right of reply")
    if statement.capacity.strip():  # "as the concerned country": the report names them apart
        extra.append(printable(" ".join(statement.capacity.split())))
    duration = Text(_duration(statement.duration), style="dim")
    if extra:  # a note after the time is cut at the edge as it comes: it gives way before the brackets do
        line.append_text(_bracketed(", ".join(extra), None if width is None else width - line.cell_len - duration.cell_len))
    line.append_text(duration)
    if statement.note:
        line.append(printable(f"  ⚑ {statement.note}"), style="bold yellow")
    return line


def _bracketed(inside: str, room: int | None) -> Text:
    """ " (inside)", cut to ``room`` cells with "…" before the bracket; nothing when not even " (…)" fits."""
    whole = Text(f" ({inside})")
    if room is None or whole.cell_len <= room:
        return whole
    if room < len(" (…)"):
        return Text()
    cut = Text(f" ({inside}")
    cut.truncate(room - 1, overflow="ellipsis")
    return cut.append(")")


def point_line(point: Point) -> Text:
    """ "• One speaker (Chile): stressed …": the subject the report will give it; a named point
    (ctrl+o) says so, its speakers being its subject there ("The representative of Chile")."""
    who = ", ".join(point.speakers) or "no names logged"
    line = Text("  • ", style="dim")
    named = point.named and any(name.strip() for name in point.speakers)
    subject = "Named" if named else point.quantifier or quantifier_for(point.speakers) or "Impersonal"
    line.append(printable(f"{subject} ({who}): "), style="cyan")
    line.append(printable(point.text))
    return line


def counted_line(point: Point, speaker: str) -> Text:
    """A point shown again under a speaker counted on it: the same point, not a second one."""
    line = Text("  + ", style="dim")
    line.append(printable(f"counted for {speaker}: "), style="cyan")
    line.append(printable(point.text), style="dim")
    return line


def presentation_line(presentation: Presentation) -> Text:
    line = Text(f"{presentation.time:%H:%M} " if presentation.time else "      ", style="dim")
    line.append("▸ ", style="dim")
    line.append(printable(f"“{presentation.title}”"), style="italic")
    line.append(" by ")
    line.append(printable(presentation.speaker), style="bold")
    extra = [ROLE_NAMES[presentation.role]] if ROLE_NAMES[presentation.role] else []
    if presentation.on_behalf_of:
        extra.append(f"on behalf of {printable(behalf_wording(presentation.on_behalf_of))}")
    if extra:
        line.append(f" ({', '.join(extra)})")
    return line


def separator_line(meeting: Meeting | None, number: int | None) -> Text:
    if number is None:
        return Text("── points under no statement (no time logged, and none of their speakers spoke) ", style="dim")
    when = f" ({day_month_year(meeting.date)})" if meeting is not None and meeting.date else ""
    return Text(f"── Meeting {number}{when} ", style="dim")


class LogView(ScrollView, can_focus=True):
    """Each entry's line knows its entry (an ``EntryRef``), so a correction knows what it is on; a
    separator line has none, and the cursor passes over it."""

    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Correct", show=False),
    ]
    COMPONENT_CLASSES = {"log-view--cursor"}
    DEFAULT_CSS = """
    LogView > .log-view--cursor { background: $block-cursor-blurred-background; }
    LogView:focus > .log-view--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    """

    class Chosen(Message):
        """Enter or a click on an entry: the screen opens it for correction."""

        def __init__(self, entry: EntryRef) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._order = ItemLog()  # kept from one show to the next: only what a step changed is worked out
        self._style = Style()  # the widget's own, as of the frame being drawn
        self._item: Item | None = None
        self._rows: list[LogRow] = []
        self._meetings: dict[int, Meeting] = {}
        self.highlighted: int | None = None

    @property
    def entries(self) -> list[EntryRef | None]:
        """Each line's entry, None for a separator."""
        return [self._entry_ref(row) for row in self._rows]

    @property
    def highlighted_entry(self) -> EntryRef | None:
        return self._entry_ref(self._rows[self.highlighted]) if self.highlighted is not None else None

    @property
    def highlighted_row(self) -> LogRow | None:
        """The highlighted line: which entry, and for a point shown again, the speaker counted on it."""
        return self._rows[self.highlighted] if self.highlighted is not None else None

    @property
    def rows(self) -> list[LogRow]:
        return self._rows

    def _entry(self, row: LogRow) -> Statement | Point | Presentation | None:
        assert self._item is not None
        if row.kind == STATEMENT:
            return self._item.statements[row.place]
        if row.kind == PRESENTATION:
            return self._item.presentations[row.place]
        return self._item.points[row.place] if row.kind == POINT else None

    def _entry_ref(self, row: LogRow) -> EntryRef | None:
        entry = self._entry(row)
        if entry is None or entry.id is None:
            return None
        if isinstance(entry, Presentation):
            return EntryRef(EntryKind.PRESENTATION, entry.id)
        return EntryRef(EntryKind.STATEMENT if isinstance(entry, Statement) else EntryKind.POINT, entry.id)

    def line_text(self, index: int) -> str:
        """Line ``index`` as the log shows it, in full (the screen crops it to the width)."""
        return self._line(index).plain

    def show(self, item: Item | None, newest: EntryRef | None = None, meetings: Sequence[Meeting] = ()) -> None:
        """The item's entries, with ``newest`` highlighted and in view (the last
        entry when it is not given or not there); ``meetings`` give the separators their dates."""
        self._item = item
        self._rows = self._order.rows(item) if item is not None else []
        if item is not None and item.presentations:
            self._rows = [
                *self._rows,
                LogRow(PRESENTATIONS),
                *(LogRow(PRESENTATION, n) for n in range(len(item.presentations))),
            ]
        self._meetings = {m.number: m for m in meetings}
        set_length(self, Size(self.scrollable_content_region.width, len(self._rows)))
        self.highlighted = self._find(newest)
        self._scroll_to_cursor()
        # Again once laid out: on the first showing (a real terminal, the session read on a thread)
        # the log has no height yet, and the newest entry would stay below the fold.
        self.call_after_refresh(self._scroll_to_cursor)
        self.refresh()

    def _find(self, wanted: EntryRef | None) -> int | None:
        """The line of ``wanted``: the highlighted one if it is that entry (a point shown twice
        keeps the line the note-taker is on), else its last; failing that the last entry's line."""
        if not self._rows:
            return None
        if wanted is not None:
            if (
                self.highlighted is not None
                and self.highlighted < len(self._rows)
                and self._entry_ref(self._rows[self.highlighted]) == wanted
            ):
                return self.highlighted
            for index in range(len(self._rows) - 1, -1, -1):
                if self._entry_ref(self._rows[index]) == wanted:
                    return index
        return self._entry_line(len(self._rows) - 1, -1)

    def _entry_line(self, index: int, step: int) -> int | None:
        """The first line from ``index`` on, going by ``step``, that is an entry (not a separator)."""
        while 0 <= index < len(self._rows):
            if self._rows[index].kind in ENTRIES:
                return index
            index += step
        return None

    def _line(self, index: int, width: int | None = None) -> Text:
        row = self._rows[index]
        entry = self._entry(row)
        if isinstance(entry, Statement):
            return statement_line(entry, width)
        if isinstance(entry, Point):
            return counted_line(entry, row.counted_for) if row.counted_for else point_line(entry)
        if isinstance(entry, Presentation):
            return presentation_line(entry)
        if row.kind == PRESENTATIONS:
            return Text("── presentations heard under the item ", style="dim")
        return separator_line(self._meetings.get(row.meeting) if row.meeting is not None else None, row.meeting)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._style = self.rich_style  # looked up once a frame: the lookup costs more than a line
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self._style
        if index >= len(self._rows):
            return Strip.blank(width, base)
        text = self._line(index, width)
        if self._rows[index].kind not in ENTRIES and text.cell_len < width:
            text.append("─" * (width - text.cell_len), style="dim")
        text.truncate(width, overflow="ellipsis")
        style = base
        if index == self.highlighted:
            style = base + self.get_component_rich_style("log-view--cursor")
            text.stylize(Style(bgcolor=style.bgcolor, color=style.color))
        segments = list(text.render(self.app.console))
        return Strip(segments).extend_cell_length(width, style).apply_style(base)

    def on_resize(self) -> None:
        # The log shrinks while suggestions are open under the speaker box: the highlighted entry
        # (the newest, while logging) stays in view.
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self.highlighted is None:
            return
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        # A separator just above the highlighted line comes into view with it.
        shown = (
            self.highlighted - 1
            if self.highlighted > 0 and self._rows[self.highlighted - 1].kind not in ENTRIES
            else self.highlighted
        )
        if shown < top:
            self.scroll_to(y=shown, animate=False, force=True)
        elif self.highlighted >= top + height:
            self.scroll_to(y=self.highlighted - height + 1, animate=False, force=True)

    def _move_to(self, index: int, step: int = 1) -> None:
        if not self._rows:
            return
        index = max(0, min(len(self._rows) - 1, index))
        found = self._entry_line(index, step)
        if found is None:
            found = self._entry_line(index, -step)
        if found is None:
            return
        self.highlighted = found
        self._scroll_to_cursor()
        self.refresh()

    def action_cursor(self, step: int) -> None:
        self._move_to((self.highlighted or 0) + step if self.highlighted is not None else 0, step)

    def action_page(self, step: int) -> None:
        self._move_to((self.highlighted or 0) + step * max(1, self.scrollable_content_region.height - 1), step)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self._rows) - 1, -1)

    def action_choose(self) -> None:
        entry = self.highlighted_entry
        if entry is not None:
            self.post_message(self.Chosen(entry))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < len(self._rows) and self._rows[index].kind in ENTRIES:
            self._move_to(index)
            self.action_choose()
