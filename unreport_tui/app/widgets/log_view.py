"""What was logged for the current agenda item: statements with their time and speaking time,
then the points with who made them. Text the note-taker typed is shown as it was typed.

One line per entry, and only the lines on screen are drawn: an item of thousands of entries
costs no more to show after each logged entry than an item of ten (an ``OptionList`` measured
every option again, which made logging slower the longer the meeting went on)."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.model import Item, Point, Role, Statement, StatementKind
from ...core.quantifier import quantifier_for
from ...core.rendered import printable

ROLE_NAMES = {Role.MEMBER: "", Role.SIGNATORY: "signatory", Role.OBSERVER_STATE: "observer State",
              Role.IGO: "IGO", Role.NGO: "NGO", Role.OFFICIAL: "official"}


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, seconds = divmod(seconds, 60)
    return f" {minutes}:{seconds:02d}"


def statement_line(statement: Statement) -> Text:
    line = Text(f"{statement.time:%H:%M} " if statement.time else "      ", style="dim")
    line.append(printable(statement.speaker), style="bold")
    extra = [ROLE_NAMES[statement.role]] if ROLE_NAMES[statement.role] else []
    if statement.on_behalf_of:
        extra.append(f"on behalf of {printable(statement.on_behalf_of)}")
    if statement.kind is StatementKind.REPLY:
        extra.append("right of reply")
    if extra:
        line.append(f" ({', '.join(extra)})")
    line.append(_duration(statement.duration), style="dim")
    if statement.note:
        line.append(printable(f"  ⚑ {statement.note}"), style="bold yellow")
    return line


def point_line(point: Point) -> Text:
    who = ", ".join(point.speakers) or "no names logged"
    line = Text("  • ", style="dim")
    subject = point.quantifier or quantifier_for(point.speakers) or "Impersonal"
    line.append(printable(f"{subject} ({who}): "), style="cyan")
    line.append(printable(point.text))
    return line


class LogView(ScrollView, can_focus=True):
    """Entry ids are "statement:<id>" and "point:<id>", so a correction knows what it is on."""

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

        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ids: list[str] = []
        self._entries: list[Statement | Point] = []
        self.highlighted: int | None = None

    @property
    def entry_ids(self) -> list[str]:
        return list(self._ids)

    @property
    def highlighted_id(self) -> str | None:
        return self._ids[self.highlighted] if self.highlighted is not None else None

    def line_text(self, index: int) -> str:
        """Entry ``index`` as the log shows it, in full (the screen crops it to the width)."""
        return self._line(index).plain

    def show(self, item: Item | None, newest: str = "") -> None:
        """The item's entries, with ``newest`` ("statement:12") highlighted and in view (the last
        entry when it is not given or not there)."""
        statements = item.statements if item is not None else []
        points = item.points if item is not None else []
        self._entries = [*statements, *points]
        self._ids = [f"statement:{s.id}" for s in statements] + [f"point:{p.id}" for p in points]
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._ids))
        if not self._ids:
            self.highlighted = None
        else:
            try:
                self.highlighted = self._ids.index(newest) if newest else len(self._ids) - 1
            except ValueError:
                self.highlighted = len(self._ids) - 1
        self._scroll_to_cursor()
        self.refresh()

    def _line(self, index: int) -> Text:
        entry = self._entries[index]
        return statement_line(entry) if isinstance(entry, Statement) else point_line(entry)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._entries):
            return Strip.blank(width, base)
        text = self._line(index)
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
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._ids))
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self.highlighted is None:
            return
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if self.highlighted < top:
            self.scroll_to(y=self.highlighted, animate=False, force=True)
        elif self.highlighted >= top + height:
            self.scroll_to(y=self.highlighted - height + 1, animate=False, force=True)

    def _move_to(self, index: int) -> None:
        if not self._ids:
            return
        self.highlighted = max(0, min(len(self._ids) - 1, index))
        self._scroll_to_cursor()
        self.refresh()

    def action_cursor(self, step: int) -> None:
        self._move_to((self.highlighted or 0) + step if self.highlighted is not None else 0)

    def action_page(self, step: int) -> None:
        self._move_to((self.highlighted or 0) + step * max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self._ids) - 1)

    def action_choose(self) -> None:
        if self.highlighted_id is not None:
            self.post_message(self.Chosen(self.highlighted_id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < len(self._ids):
            self._move_to(index)
            self.action_choose()
