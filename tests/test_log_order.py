"""The log in the order things happened: each point under the statement whose speaker had the
floor when it was logged, a point counted for another speaker under that speaker too, a separator
at each meeting; and the log worked out step by step is the one worked out whole."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from unreport_tui.core.log_order import MEETING, POINT, STATEMENT, UNPLACED, ItemLog, log_rows
from unreport_tui.core.model import Item, Point, Role, Statement
from unreport_tui.core.quantifier import speaker_identity

from .hypothesis_budget import examples


def at(clock: str) -> dt.time:
    return dt.time.fromisoformat(clock)


def said(speaker: str, clock: str, meeting: int | None = 5) -> Statement:
    return Statement(speaker, Role.MEMBER, meeting=meeting, time=at(clock))


def point(text: str, *speakers: str, clock: str | None = None, meeting: int | None = 5) -> Point:
    return Point(text, list(speakers), meeting=meeting if clock else None, time=at(clock) if clock else None)


def lines(item: Item) -> list[str]:
    """The log as words: "Chile", "  stressed X", "  + Peru: stressed X", "-- 5"."""
    shown = []
    for row in log_rows(item):
        if row.kind == MEETING:
            shown.append(f"-- {row.meeting}")
        elif row.kind == UNPLACED:
            shown.append("-- not placed")
        elif row.kind == STATEMENT:
            shown.append(item.statements[row.place].speaker)
        else:
            text = item.points[row.place].text
            shown.append(f"  + {row.counted_for}: {text}" if row.counted_for else f"  {text}")
    return shown


def test_each_point_is_under_the_speaker_who_had_the_floor_and_counted_speakers_too():
    item = Item(
        "2b",
        "2 (b)",
        "Trafficking",
        statements=[said("Chile", "10:00:00"), said("Peru", "10:05:00"), said("Chile", "10:10:00")],
        points=[
            point("stressed data", "Chile", "Peru", clock="10:02:00"),
            point("it was noted", clock="10:06:00"),
            point("called for more", "Peru", clock="10:07:30"),
            point("welcomed the report", "Chile", clock="10:12:00"),
        ],
    )
    assert lines(item) == [
        "-- 5",
        "Chile",
        "  stressed data",
        "Peru",
        "  + Peru: stressed data",
        "  it was noted",
        "  called for more",
        "Chile",
        "  welcomed the report",
    ]


def test_a_separator_at_each_meeting():
    item = Item(
        "2b",
        "2 (b)",
        "Trafficking",
        statements=[said("Chile", "15:00:00", 4), said("Peru", "10:00:00", 5), said("Kenya", "10:05:00", 5)],
        points=[point("noted A", "Chile", clock="15:01:00", meeting=4), point("noted B", "Peru", clock="10:01:00", meeting=5)],
    )
    assert lines(item) == ["-- 4", "Chile", "  noted A", "-- 5", "Peru", "  noted B", "Kenya"]


def test_points_from_a_file_go_under_their_speaker_however_typed_or_at_the_end():
    """Points without a time (a session file) are placed by their speakers; those whose speakers
    made no statement come last, under a separator."""
    item = Item(
        "2b",
        "2 (b)",
        "Trafficking",
        statements=[said("United States of America", "10:00:00"), said("Chile", "10:05:00"), said("Chile", "10:09:00")],
        points=[point("stressed data", "Chile", "USA"), point("noted gaps", "Norway"), point("welcomed it", "Norway", "Chile")],
    )
    assert lines(item) == [
        "-- 5",
        "United States of America",
        "  + USA: stressed data",
        "Chile",
        "  stressed data",
        "  welcomed it",
        "Chile",
        "-- not placed",
        "  noted gaps",
    ]


def test_a_point_logged_before_any_speaker_comes_first():
    item = Item(
        "2b",
        "2 (b)",
        "Trafficking",
        statements=[said("Chile", "10:05:00")],
        points=[point("it was noted", clock="10:01:00"), point("stressed", "Chile", clock="10:06:00")],
    )
    assert lines(item) == ["-- 5", "  it was noted", "Chile", "  stressed"]


def test_a_point_corrected_to_another_speaker_stays_where_it_was_logged():
    """Its time says who had the floor; the names on it are what the note-taker corrected."""
    item = Item(
        "2b",
        "2 (b)",
        "Trafficking",
        statements=[said("Chile", "10:00:00"), said("Peru", "10:05:00")],
        points=[point("stressed", "Kenya", clock="10:06:00")],
    )
    assert lines(item) == ["-- 5", "Chile", "Peru", "  stressed"]


# --- a sitting, step by step ------------------------------------------------------------------

SPEAKERS = ["Chile", "Peru", "USA", "United States", "Niger"]

live_step = st.one_of(  # what happens most, while people speak
    st.tuples(st.just("speaker"), st.sampled_from(SPEAKERS)),
    st.tuples(st.just("point"), st.booleans()),  # True: impersonal
    st.tuples(st.just("count"), st.integers(0, 50)),
)
step = st.one_of(
    live_step,
    live_step,
    st.tuples(st.just("edit"), st.integers(0, 50)),
    st.tuples(st.just("delete point"), st.integers(0, 50)),
    st.tuples(st.just("delete statement"), st.integers(0, 50)),
    st.tuples(st.just("move statement"), st.integers(0, 50)),
    st.tuples(st.just("meeting"), st.just(0)),
    st.tuples(st.just("file point"), st.sampled_from(SPEAKERS + ["Kenya"])),
    # The next step at the same moment as the one before (a burst; times typed to the minute).
    st.tuples(st.just("at once"), st.just(0)),
)


def sit(steps, after_each=None):
    """Carry out ``steps`` on an item as the logbook does (entries replaced, never changed in
    place), the clock moving a minute a step; ``after_each(item, floor)`` after each."""
    item = Item("2b", "2 (b)", "Trafficking")
    clock, meeting, floor = dt.datetime(2010, 10, 20, 10, 0), 5, None  # floor: the current statement
    held = False
    for serial, (kind, value) in enumerate(steps):
        if not held:
            clock += dt.timedelta(minutes=1)
        held = kind == "at once"
        now = clock.time()
        if kind == "speaker":
            if floor is not None and floor in item.statements:
                where = item.statements.index(floor)
                item.statements[where] = dataclasses.replace(floor, duration=60)
            floor = Statement(value, Role.MEMBER, meeting=meeting, time=now, note=f"s{serial}")
            item.statements.append(floor)
        elif kind == "point" and (value or floor is not None):
            speakers = [] if value else [floor.speaker]
            item.points.append(Point(f"p{serial}", speakers, meeting=meeting, time=now, lead=floor.note if floor else ""))
        elif kind == "file point":
            item.points.append(Point(f"p{serial}", [value]))
        elif kind == "count" and item.points and floor is not None:
            n = value % len(item.points)
            if floor.speaker not in item.points[n].speakers:
                item.points[n] = dataclasses.replace(item.points[n], speakers=[*item.points[n].speakers, floor.speaker])
        elif kind == "edit" and item.points:
            n = value % len(item.points)
            item.points[n] = dataclasses.replace(item.points[n], text=f"edited {serial}")
        elif kind == "delete point" and item.points:
            del item.points[value % len(item.points)]
        elif kind == "delete statement" and item.statements:
            del item.statements[value % len(item.statements)]
        elif kind == "move statement" and len(item.statements) > 1:
            n = value % (len(item.statements) - 1)
            item.statements[n], item.statements[n + 1] = item.statements[n + 1], item.statements[n]
        elif kind == "meeting":
            meeting += 1
        if after_each is not None:
            after_each(item, floor)
    return item


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(step, max_size=40))
def test_the_log_worked_out_step_by_step_is_the_log_worked_out_whole(steps):
    kept = ItemLog()
    sit(steps, lambda item, _floor: _same(kept.rows(item), log_rows(item)))


def _same(stepwise, whole):
    assert stepwise == whole


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(step.filter(lambda s: s[0] not in ("delete statement", "move statement", "file point")), max_size=40))
@example([("speaker", "USA"), ("speaker", "Chile"), ("point", True), ("speaker", "USA"), ("count", 0)])
@example([("point", True), ("speaker", "Chile"), ("count", 0)])
def test_a_point_logged_live_is_under_the_statement_that_had_the_floor(steps):
    """The logged point's ``lead`` holds, for this test only, the serial of the statement that
    had the floor when it was logged; its counted speakers are under a statement of theirs. A point
    with speakers is under a statement of its first speaker (whose point it is, also when that
    speaker was counted on it after it was logged impersonal: the log cannot tell the two apart),
    or where it was logged when they had not spoken before it."""
    item = sit(steps)
    above: Statement | None = None
    for row in log_rows(item):
        if row.kind == STATEMENT:
            above = item.statements[row.place]
        elif row.kind == POINT:
            logged = item.points[row.place]
            if row.counted_for:
                assert above is not None and above.speaker == row.counted_for
            elif logged.speakers:  # its first speaker's, even one counted after it was logged impersonal,
                # or, when they had not spoken yet, where it was logged
                theirs = above is not None and speaker_identity(above.speaker) == speaker_identity(logged.speakers[0])
                assert theirs or (above.note if above is not None else "") == logged.lead
            elif logged.lead:
                assert above is not None and above.note == logged.lead
            else:  # impersonal, before any speaker
                assert above is None


def test_the_steps_taken_while_people_speak_do_not_work_the_log_out_whole(monkeypatch):
    """The log is drawn again after every step: a speaker, a point or a +1 on a long item costs
    what it costs on a short one (the rows worked out whole are the same: see above)."""
    item = sit([("speaker", SPEAKERS[n % 5]) if n % 2 else ("point", False) for n in range(400)])
    kept = ItemLog()
    kept.rows(item)
    whole = []
    monkeypatch.setattr(ItemLog, "_whole", lambda _self, item: whole.append(item))
    floor = item.statements[-1]
    item.statements[-1] = dataclasses.replace(floor, duration=60)  # the next speaker ends it in the same step
    item.statements.append(Statement("Kenya", Role.MEMBER, meeting=5, time=at("18:00:00")))
    kept.rows(item)
    item.points.append(Point("called for more", ["Kenya"], meeting=5, time=at("18:01:00")))
    kept.rows(item)
    item.points[3] = dataclasses.replace(item.points[3], speakers=[*item.points[3].speakers, "Kenya"])  # ctrl+s
    rows = kept.rows(item)
    item.points[5] = dataclasses.replace(item.points[5], text="corrected")
    assert kept.rows(item) is rows and whole == []
    monkeypatch.undo()
    assert rows == log_rows(item)
    assert [(r.kind, r.place, r.counted_for) for r in rows[-3:]] == [
        (STATEMENT, len(item.statements) - 1, ""),
        (POINT, 3, "Kenya"),
        (POINT, len(item.points) - 1, ""),
    ]
