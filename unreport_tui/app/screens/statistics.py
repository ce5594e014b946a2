"""Speaking time, for the Chair and the secretary of the meeting: who has spoken, how often and for
how long, at the current meeting, under the current agenda item or in the whole session, by speaker,
group spoken for and role, with bars; sorted by time or by count.

It follows the meeting as it goes: the live screen tells it of every change (a statement logged, a
correction, or in a read-only copy the writer's changes as they are followed), and while a speaker
has the floor their time so far counts and is drawn again every second."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header, Static

from ...core.speaking_time import Identities, Scope, ScopeError, SortBy, SpeakingTime, speaking_time
from ...exporters.speaking_time import limits_line, summary_line
from ..actions import On, bindings
from ..typed_app import unreport_app
from ..widgets.keys_footer import ActionsFooter
from ..widgets.statistics_view import StatisticsView
from ..widgets.status_line import StatusLine

if TYPE_CHECKING:
    from .live import LiveScreen

TICK = 1.0  # seconds between two countings while a speaker has the floor (the clock the status line shows)


class StatisticsScreen(Screen[None]):
    BINDINGS = bindings(On.STATISTICS)

    def __init__(self, live: LiveScreen) -> None:
        super().__init__()
        self.live = live  # whose logbook it counts: in a read-only copy, the one the last reading made
        self.scope = Scope.MEETING
        self.by = SortBy.TIME
        self.stats: SpeakingTime | None = None
        self._identities = Identities()  # each spelling looked up once, not at every counting

    def compose(self) -> ComposeResult:
        yield Header()
        yield StatusLine(id="status")
        yield Static(id="statistics-title", markup=False)
        yield StatisticsView(id="statistics")
        yield ActionsFooter()

    def on_mount(self) -> None:
        self.query_one(StatisticsView).focus()
        self.session_changed()
        self._status()
        self.set_interval(TICK, self._tick)

    def _tick(self) -> None:
        """Every second: the status line's clock, and the speaker's time so far counted again."""
        if self.live.ready and self.live.book.running_statement is not None:
            self.session_changed()
        self._status()

    def _status(self) -> None:
        if not self.live.ready:
            return
        book = self.live.book
        self.query_one(StatusLine).show(book, book.store, self.live.read_only, book.clock(), unreport_app(self).settings.limits)

    def _where(self) -> tuple[str | None, int | None, str]:
        """The item and the meeting counted (None: all), and why not the scope asked for."""
        cursor = self.live.book.cursor
        if self.scope is Scope.MEETING:
            if cursor.meeting is None:
                return None, None, "No meeting yet: the whole session is shown."
            return None, cursor.meeting, ""
        if self.scope is Scope.ITEM:
            if not cursor.item:
                return None, None, "No agenda item yet: the whole session is shown."
            return cursor.item, None, ""
        return None, None, ""

    def session_changed(self) -> None:
        """Count again, and show it (the live screen calls this after every change)."""
        if not self.live.ready:
            return
        book = self.live.book
        limits = unreport_app(self).settings.limits
        item, meeting, note = self._where()
        running = book.speaking(book.clock())
        try:
            stats = speaking_time(book.session, item, meeting, limits, running, self._identities)
        except ScopeError as error:  # the writer removed it meanwhile: the session, and why
            stats = speaking_time(book.session, None, None, limits, running, self._identities)
            note = f"{str(error)[:1].upper()}{str(error)[1:]}: the whole session is shown."
        self.stats = stats
        title = Text(f"Speaking time: {stats.title}", style="bold")
        title.append(f" · sorted by {self.by.value}", style="dim")
        lines = [summary_line(stats), limits_line(stats)]
        if note:
            lines.insert(0, note)
        if stats.speaking_now:
            lines.append(f"▶ {stats.speaking_now} has the floor: the time so far is counted.")
        title.append("\n" + "\n".join(lines))
        self.query_one("#statistics-title", Static).update(title)
        self.query_one(StatisticsView).show(stats, self.by)

    def action_scope(self, scope: str) -> None:
        self.scope = Scope(scope)
        self._shown_from_the_top()

    def action_sort(self, by: str) -> None:
        self.by = SortBy(by)
        self._shown_from_the_top()

    def _shown_from_the_top(self) -> None:
        """Another table (a scope or an order chosen): from its head, not where the last one was
        scrolled to (its header row and first speakers were off the screen)."""
        self.session_changed()
        self.query_one(StatisticsView).scroll_home(animate=False)

    def action_close(self) -> None:
        self.dismiss()
