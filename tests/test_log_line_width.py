"""A statement's line in the log, in the room the log has: the speaking time stays in view."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from unreport_tui.app.widgets.log_view import statement_line
from unreport_tui.core.model import Role, Statement, StatementKind

GROUPS = ["", "European Union", "Group of 77 and China", "Group of Latin American and Caribbean States", "Non-Aligned Movement"]


def cells(text: str) -> int:
    return Text(text).cell_len


@given(
    speaker=st.sampled_from(["Chile", "Pakistan", "the Bolivarian Republic of Venezuela", "Ombudsman of Peru", "中国"]),
    role=st.sampled_from([Role.MEMBER, Role.OBSERVER_STATE, Role.NHRI]),
    group=st.sampled_from(GROUPS),
    reply=st.booleans(),
    capacity=st.sampled_from(["", "as the concerned country"]),
    seconds=st.integers(0, 99 * 60),
    note=st.sampled_from(["", "likely the same statement as the one at 10:01:00 in b.json"]),
    width=st.integers(10, 160),
)
def test_the_speaking_time_shows_whatever_the_room_and_the_brackets_give_way(
    speaker, role, group, reply, capacity, seconds, note, width
):
    kind = StatementKind.REPLY if reply else StatementKind.STATEMENT
    said = Statement(
        speaker, role, on_behalf_of=group, kind=kind, capacity=capacity, time=dt.time(10, 32), duration=seconds, note=note
    )
    full, fitted = statement_line(said).plain, statement_line(said, width).plain
    minutes, rest = divmod(seconds, 60)
    duration = f" {minutes}:{rest:02d}"
    flag = f"  ⚑ {note}" if note else ""  # after the time: the screen cuts it at the edge as it comes
    head = f"10:32 {speaker}"
    assert full.startswith(head) and full.endswith(duration + flag)
    full, fitted = full.removesuffix(flag), fitted.removesuffix(flag)
    if cells(full) <= width:
        assert fitted == full  # room enough for all before the note: nothing cut
    elif cells(head) + cells(" (…)") + cells(duration) <= width:
        assert cells(fitted) <= width and fitted.startswith(head + " (") and fitted.endswith("…)" + duration)
        assert fitted.removesuffix("…)" + duration).rstrip() in full  # what is left of the brackets is their beginning
    else:  # not even " (…)": the brackets go, the time stays after the name (the screen cuts what is left)
        assert fitted == head + duration
