"""One line that is always in view: the meeting, the agenda item, who is speaking and for how
long, the time, and whether everything typed is on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from ...core.dates import day_month_year
from ...core.model import Role
from ...core.rendered import printable
from ...storage import SaveState

if TYPE_CHECKING:
    from ...logbook import Logbook
    from ...storage import SessionStore


def _clock(seconds: int) -> str:
    minutes, seconds = divmod(max(seconds, 0), 60)
    return f"{minutes}:{seconds:02d}"


def save_state_text(store: SessionStore, read_only: bool) -> Text:
    if read_only:
        return Text("READ-ONLY", style="bold yellow")
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
        text.append(f" (backup: {store.housekeeping_error})", style="yellow")
    return text


WIDE, NARROW = "  ·  ", " · "


class StatusLine(Static):
    def show(self, book: Logbook, store: SessionStore, read_only: bool, now: dt.datetime,
             limits: Mapping[Role, int]) -> None:
        # The clock and the save state stand at the right end and are never cut off. On a narrow
        # screen what gives way first is the meeting's date, then the room between the parts,
        # then the Chair's next speaker, then the letters of a long speaker's name: who speaks
        # and for how long stay in view.
        saved = save_state_text(store, read_only)
        width = self.content_region.width
        line = Text()
        for with_date, sep, with_next in ((True, WIDE, True), (False, WIDE, True), (False, NARROW, True),
                                          (False, NARROW, False)):
            right = self._right(saved, now, sep)
            line = self._left(book, saved, now, limits, with_date, sep, with_next)
            if width <= 0 or line.cell_len + right.cell_len <= width:
                break
        current = book.current_statement
        overflow = line.cell_len + right.cell_len - width
        if width > 0 and overflow > 0 and current is not None:
            name_room = max(8, len(current.speaker) - overflow)
            line = self._left(book, saved, now, limits, False, NARROW, False, name_room)
        if width > 0 and line.cell_len + right.cell_len > width:
            line.truncate(max(1, width - right.cell_len), overflow="ellipsis")
        line.append_text(right)
        self.update(line, layout=False)  # one line, always: no need to lay the screen out again

    @staticmethod
    def _right(saved: Text, now: dt.datetime, sep: str) -> Text:
        right = Text(f"{sep}{now:%H:%M:%S}")
        if not saved.plain.startswith("NOT SAVED"):
            right.append(sep)
            right.append_text(saved)
        return right

    def _left(self, book: Logbook, saved: Text, now: dt.datetime, limits: Mapping[Role, int],
              with_date: bool, sep: str, with_next: bool, name_room: int | None = None) -> Text:
        session = book.session
        cursor = book.cursor
        parts = Text()
        if saved.plain.startswith("NOT SAVED"):
            parts.append_text(saved)  # first, and in full, so that a narrow screen never cuts it off
            parts.append(sep)
        meeting = session.meeting(cursor.meeting) if cursor.meeting is not None else None
        if meeting is not None:
            when = f" ({day_month_year(meeting.date)})" if meeting.date and with_date else ""
            parts.append(f"Meeting {meeting.number}{when}", style="bold")
        else:
            parts.append("No meeting", style="dim")
        parts.append(sep)
        item = book.current_item
        parts.append(printable(f"Item {item.number}") if item else "No agenda item", style="bold")
        current = book.current_statement
        if current is not None:
            parts.append(sep)
            name = printable(current.speaker)
            if name_room is not None and len(name) > name_room:
                name = name[: max(1, name_room - 1)].rstrip() + "…"
            parts.append(name)
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
        if with_next and item is not None and item.speakers_list:
            more = f" (+{len(item.speakers_list) - 1})" if len(item.speakers_list) > 1 else ""
            parts.append(f"{sep}next: ")
            parts.append(printable(item.speakers_list[0]) + more, style="magenta")
        return parts
