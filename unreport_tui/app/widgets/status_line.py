"""One line that is always in view: the meeting, the agenda item, who is speaking and for how
long, the time, and whether everything typed is on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from ...core.dates import day_month_year
from ...core.model import Item, Role
from ...core.rendered import printable
from ...storage import SaveState

if TYPE_CHECKING:
    from ...logbook import Logbook
    from ...storage import SessionStore


def _clock(seconds: int) -> str:
    minutes, seconds = divmod(max(seconds, 0), 60)
    return f"{minutes}:{seconds:02d}"


def save_state_text(store: SessionStore, read_only: bool) -> Text:
    if read_only:  # a read-only copy shows what the writing copy saves, as it saves it
        if store.follow_error:
            return Text("READ-ONLY, not following", style="bold white on red")
        return Text("READ-ONLY, following", style="bold yellow")
    ticket = store.last_save
    if ticket is None or ticket.state is SaveState.SAVED:
        text = Text("Saved", style="green")
    elif ticket.state is SaveState.SAVING:
        text = Text("Saving…", style="yellow")
    else:
        # The database's name is in the title bar: the line keeps the reason and what to do.
        reason = ticket.error.removeprefix(f"Could not save to {store.path}: ")
        return Text(f"NOT SAVED: {reason}", style="bold white on red")
    if store.housekeeping_error:
        # Saved, but a backup or folding the journal in failed: each message says which.
        text.append(f" ({store.housekeeping_error})", style="yellow")
    return text


WIDE, NARROW = "  ·  ", " · "
SHORTEST_NAME = 6  # letters a name keeps, with its "…", however narrow the screen


@dataclass(frozen=True)
class Fit:
    """How much of the line is spelled out; each step of ``GIVING_WAY`` gives up one more thing."""

    date: bool = True  # the meeting's date
    sep: str = WIDE
    everyday: bool = False  # names as said in the room: "Venezuela", "UK" (see ``everyday_name``)
    seconds: bool = True  # the clock's seconds
    count: bool = True  # how many more are on the Chair's list, "(+3)"
    name_room: int | None = None  # letters left to the speaker's name
    next_room: int | None = None  # letters left to the next speaker's name


# What gives way, in turn, on a narrow screen: who speaks, for how long, and who is next are
# the last to be shortened, and are never left out.
GIVING_WAY = (
    Fit(),
    Fit(date=False),
    Fit(date=False, sep=NARROW),
    Fit(date=False, sep=NARROW, everyday=True),
    Fit(date=False, sep=NARROW, everyday=True, seconds=False),
    Fit(date=False, sep=NARROW, everyday=True, seconds=False, count=False),
)


def everyday_name(name: str) -> str:
    """A State's name as it is said in the room: its UN short name without what is in brackets
    ("Venezuela (Bolivarian Republic of)": "Venezuela"), else its abbreviation ("UK", "USA", "DRC");
    any other name as it is."""
    from ...core.countries import resolve_state

    state = resolve_state(name)
    if state is None or state.name != name:
        return name
    if " (" in name:
        return name.split(" (")[0]
    return next((alias for alias in state.aliases if alias.isupper() and alias.isalpha()), name)


def _shortened(name: str, fit: Fit, room: int | None) -> str:
    """``name`` as ``fit`` has it, in ``room`` letters at most, the last one "…" when it had to be cut."""
    if fit.everyday:
        name = everyday_name(name)
    if room is None or len(name) <= room:
        return name
    return name[: max(1, room - 1)].rstrip() + "…"


def _next_on_the_list(item: Item) -> str:
    """The first on the Chair's list as the status line names them: "Egypt for the African Group"."""
    first = item.speakers_list[0]
    return printable(first.speaker + (f" for {first.on_behalf_of}" if first.on_behalf_of else ""))


class StatusLine(Static):
    _shown: tuple[Logbook, SessionStore, bool, dt.datetime, Mapping[Role, int]] | None = None

    def on_resize(self) -> None:
        # The line is fitted to the width it had when shown: a width known only later (the first
        # layout) or changed must fit it again, or its right end (the save state) would be cut.
        if self._shown is not None:
            self.show(*self._shown)

    def show(self, book: Logbook, store: SessionStore, read_only: bool, now: dt.datetime, limits: Mapping[Role, int]) -> None:
        self._shown = (book, store, read_only, now, limits)
        # The clock and the save state stand at the right end and are never cut off; what gives
        # way before is in GIVING_WAY, then the letters of the speaker's name and of the next one's.
        saved = save_state_text(store, read_only)
        width = self.content_region.width
        line, right = Text(), Text()
        for fit in GIVING_WAY:
            right = self._right(saved, now, fit)
            line = self._left(book, saved, now, limits, fit)
            if width <= 0 or line.cell_len + right.cell_len <= width:
                break
        current, item = book.current_statement, book.current_item
        names = (
            printable(current.speaker) if current is not None else "",
            _next_on_the_list(item) if item is not None and item.speakers_list else "",
        )
        for which, name in enumerate(names):
            overflow = line.cell_len + right.cell_len - width
            if width > 0 and overflow > 0 and name:
                room = max(SHORTEST_NAME, len(_shortened(name, fit, None)) - overflow)
                fit = replace(fit, name_room=room) if which == 0 else replace(fit, next_room=room)
                line = self._left(book, saved, now, limits, fit)
        if width > 0 and line.cell_len + right.cell_len > width:
            line.truncate(max(1, width - right.cell_len), overflow="ellipsis")
        line.append_text(right)
        self.update(line, layout=False)  # one line, always: no need to lay the screen out again

    @staticmethod
    def _right(saved: Text, now: dt.datetime, fit: Fit) -> Text:
        right = Text(f"{fit.sep}{now:%H:%M:%S}" if fit.seconds else f"{fit.sep}{now:%H:%M}")
        if not saved.plain.startswith("NOT SAVED"):
            right.append(fit.sep)
            right.append_text(saved)
        return right

    def _left(self, book: Logbook, saved: Text, now: dt.datetime, limits: Mapping[Role, int], fit: Fit) -> Text:
        sep = fit.sep
        session = book.session
        cursor = book.cursor
        parts = Text()
        if saved.plain.startswith("NOT SAVED"):
            parts.append_text(saved)  # first, and in full, so that a narrow screen never cuts it off
            parts.append(sep)
        meeting = session.meeting(cursor.meeting) if cursor.meeting is not None else None
        if meeting is not None:
            when = f" ({day_month_year(meeting.date)})" if meeting.date and fit.date else ""
            parts.append(f"Meeting {meeting.number}{when}", style="bold")
        else:
            parts.append("No meeting", style="dim")
        parts.append(sep)
        item = book.current_item
        parts.append(printable(f"Item {item.number}") if item else "No agenda item", style="bold")
        current = book.current_statement
        if current is not None:
            parts.append(sep)
            parts.append(_shortened(printable(current.speaker), fit, fit.name_room))
            if current.duration is not None:
                parts.append(f" spoke {_clock(current.duration)}", style="dim")
            elif current is book.running_statement and current.time is not None:
                # Only a statement started in this sitting runs: one left without a duration by
                # an earlier one shows no time rather than the hours the app was closed.
                started = dt.datetime.combine(now.date(), current.time)
                seconds = int((now - started).total_seconds()) % 86400
                parts.append(f" speaking {_clock(seconds)}", style="cyan")
                limit = limits.get(current.role)
                if limit is not None and seconds > limit:
                    parts.append(f" over {_clock(limit)}", style="bold white on dark_orange3")
        if item is not None and item.speakers_list:
            more = f" (+{len(item.speakers_list) - 1})" if len(item.speakers_list) > 1 and fit.count else ""
            parts.append(f"{sep}next: ")
            parts.append(_shortened(_next_on_the_list(item), fit, fit.next_room) + more, style="magenta")
        return parts
