"""The note-taker's log of an agenda item in the order things happened: each statement with the
points made while its speaker had the floor beneath it, and a separator where a meeting starts.
The report is not written in this order (its points are grouped as the report is): this is only
what the log shows, so that a note-taker sees which point belongs to whom.

Where a point goes:

- A point with a time (logged live) goes under the statement whose speaker had the floor when it
  was logged: the latest statement started at or before it (by meeting, then time) by the first of
  its speakers (the one it was logged for); an impersonal point, or one whose speaker has no
  statement started by then (its speaker was corrected), goes under the latest statement started
  by then, whoever made it. A point logged before any statement of the item comes first.
- A point without a time (from a session file) goes under the first statement of the first of its
  speakers who made one (a name typed another way, "USA" for "United States of America", is the
  same speaker); failing that, after everything, under a separator.
- A point counted for other speakers too (ctrl+s, or several speakers in a file) is shown again
  under each of them, marked as counted: under that speaker's first statement after the one the
  point is under, or failing that their last one before it. A speaker with no statement in the
  item, or whose statement the point is under already ("USA" and "United States" on one point),
  gets no such line.
- Under one statement, points keep the order of the item's list of points.

Statements keep their order (the speaking order, as moved by the note-taker).

``ItemLog`` keeps the log of the item last shown and works out only what a step changed when it
can (a point or a speaker logged, a speaker counted on a point, an entry corrected): the log is
drawn again after every step, and an item of thousands of entries must cost no more than one of
ten. Anything else is worked out whole, to the same result (a property test checks it)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from operator import attrgetter, is_not
from typing import Any, NamedTuple

from .model import Item, Point, Statement
from .quantifier import speaker_identity

Moment = tuple[int, dt.time]  # (meeting, time of day): a statement or a point in the order of the sitting

STATEMENT, POINT, MEETING, UNPLACED = "statement", "point", "meeting", "unplaced"


class LogRow(NamedTuple):
    """One line of the log: the statement or point at ``place`` in the item's list, a point shown
    again under a speaker counted on it (``counted_for``), the start of ``meeting``, or the
    separator over the points placed under no statement. (A tuple of indices: the log of a long
    item is worked out after each step, and an entry corrected keeps its place.)"""

    kind: str  # STATEMENT, POINT, MEETING or UNPLACED
    place: int = -1  # the entry's place in the item's statements or points
    meeting: int | None = None
    counted_for: str = ""


_row = tuple.__new__  # a LogRow made without the Python-level __new__ that NamedTuple gives it
_statement_key = attrgetter("speaker", "meeting", "time")  # what a statement's place in the log depends on
_point_key = attrgetter("speakers", "meeting", "time")


def _moment(meeting: int | None, time: dt.time | None) -> Moment | None:
    return None if time is None else (meeting if meeting is not None else -1, time)


class _Statements:
    """The item's statements found by speaker and by when they started."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements
        self._started: list[tuple[Moment, int]] | None = None  # made when first needed: most points have a speaker
        self._by_speaker: dict[str, list[int]] = {}  # by identity: "USA" finds "United States of America"
        for n, statement in enumerate(statements):
            self._by_speaker.setdefault(speaker_identity(statement.speaker), []).append(n)

    def add(self, statement: Statement) -> None:
        """A statement logged after the others."""
        n = len(self.statements) - 1
        assert self.statements[n] is statement
        self._by_speaker.setdefault(speaker_identity(statement.speaker), []).append(n)
        self._started = None

    def of(self, name: str) -> list[int]:
        """The places of ``name``'s statements, in order, however each was typed."""
        return self._by_speaker.get(speaker_identity(name), []) if name else []

    def latest_by(self, places: list[int], at: Moment) -> int | None:
        """Of the statements at ``places``, the one started last at or before ``at``."""
        best: tuple[Moment, int] | None = None
        for n in places:
            started = _moment(self.statements[n].meeting, self.statements[n].time)
            if started is not None and started <= at and (best is None or (started, n) > best):
                best = (started, n)
        return best[1] if best is not None else None

    def latest(self, at: Moment) -> int | None:
        """The statement started last at or before ``at``, whoever made it."""
        if self._started is None:
            self._started = sorted(
                (moment, n) for n, s in enumerate(self.statements) if (moment := _moment(s.meeting, s.time)) is not None
            )
        end = bisect.bisect_right(self._started, at, key=lambda pair: pair[0])
        return self._started[end - 1][1] if end else None

    def home(self, point: Point) -> int | None:
        """The statement a point was made under (see the module's docstring); None: none."""
        names = point.speakers
        if point.time is not None:
            at = (point.meeting if point.meeting is not None else -1, point.time)
            found = self.latest_by(self.of(names[0]), at) if names else None
            return found if found is not None else self.latest(at)
        for name in names:
            places = self.of(name)
            if places:
                return places[0]
        return None

    def counted(self, point: Point, home: int | None, late: set[str] | None = None) -> list[tuple[str, int]]:
        """The other speakers counted on a point and the statement each is shown under: their first
        after ``home``, else their last (then the name goes into ``late``: a statement of theirs
        logged later takes the row). A speaker with no statement, or whose statement the point is
        under already (the one it was logged for, or the same name typed twice), is not shown again."""
        shown = {home}
        found = []
        for name in point.speakers[1:]:
            places = self.of(name)
            if not places or (home is not None and home in places):
                continue
            after = bisect.bisect_right(places, home if home is not None else -1)
            place = places[after] if after < len(places) else places[-1]
            if after == len(places) and late is not None:
                late.update((name, speaker_identity(name)))
            if place not in shown:
                shown.add(place)
                found.append((name, place))
        return found


def statements_under(item: Item) -> list[int | None]:
    """For each of the item's points, the place of the statement the log shows it under (the rules
    are in the module's docstring); None: none (logged before any statement, or whose speakers made
    none). The report's order "as logged" puts a point without a time after that statement."""
    statements = _Statements(item.statements)
    return [statements.home(point) for point in item.points]


def log_rows(item: Item) -> list[LogRow]:
    """The item's log, in the order things happened (the rules are in the module's docstring)."""
    return ItemLog().rows(item)


class ItemLog:
    """The log of the item last given, kept to work out the next one from what changed. Entries
    are replaced, never changed in place (the logbook's rule): an entry that is the same object
    as before is unchanged, and only the others are looked at."""

    def __init__(self) -> None:
        self._key: str | None = None
        self._statements: list[Statement] = []  # as they were when the rows were worked out
        self._points: list[Point] = []
        self._rows: list[LogRow] = []
        self._tail = 0  # rows at the end that are the points placed under no statement, and their separator
        self._meeting: int | None = None  # the meeting of the last separator before the tail
        self._names: set[str] = set()  # every name on a point, as typed and as its identity
        self._latest_point: Moment | None = None  # the latest time a point was logged at
        self._index: _Statements | None = None  # the statements of the rows, by speaker and time
        self._late: set[str] = set()  # speakers counted on a point made after their last statement

    def rows(self, item: Item) -> list[LogRow]:
        if item.key != self._key or not self._step(item):
            self._whole(item)
        self._statements, self._points = list(item.statements), list(item.points)
        return self._rows

    def _step(self, item: Item) -> bool:
        """The rows brought up to date from what changed, when it is one of the steps taken while
        people speak; False for anything else (the rows are then worked out whole)."""
        statements = _changed(self._statements, item.statements, _statement_key)
        points = _changed(self._points, item.points, _point_key)
        if statements is None or points is None or statements or len(points) > 1:
            return False
        added_statements = len(item.statements) - len(self._statements)
        added_points = len(item.points) - len(self._points)
        if points:
            return not added_statements and not added_points and self._speaker_counted(item, points[0])
        if added_statements:
            return not added_points and added_statements == 1 and self._statement_added(item)
        return not added_points or self._points_added(item)

    # what one step changes -------------------------------------------------------------------

    def _at_the_end(self, rows: list[LogRow]) -> None:
        """``rows`` after the last statement's, before the points placed under none."""
        end = len(self._rows) - self._tail
        self._rows[end:end] = rows

    def _points_added(self, item: Item) -> bool:
        """Points logged (at the end of the list) under the last statement: their rows go last."""
        if not item.statements:
            return False
        statements = self._statements_index(item)
        last = len(item.statements) - 1
        rows: list[LogRow] = []
        for index in range(len(self._points), len(item.points)):
            point = item.points[index]
            if statements.home(point) != last or statements.counted(point, last):
                return False
            rows.append(_row(LogRow, (POINT, index, None, "")))
        for point in item.points[len(self._points) :]:
            self._remember(point)
        self._at_the_end(rows)
        return True

    def _speaker_counted(self, item: Item, index: int) -> bool:
        """One speaker counted on one point (ctrl+s): a row under the last statement, if any."""
        point, before = item.points[index], self._points[index].speakers
        if (
            (point.meeting, point.time) != (self._points[index].meeting, self._points[index].time)
            or not before
            or point.speakers[:-1] != before
            or not item.statements
        ):
            return False
        statements = self._statements_index(item)
        if point.time is None and not any(statements.of(name) for name in before):
            return False  # the speaker added may be where the point goes
        home = statements.home(point)
        counted = statements.counted(point, home, self._late)
        if len(counted) > len(statements.counted(self._points[index], home)):
            name, place = counted[-1]  # the speaker added is shown again, under this statement
            if place != len(item.statements) - 1:
                return False
            at = len(self._rows) - self._tail  # among the last statement's points, in the order of the list
            while at > 0 and self._rows[at - 1].kind == POINT and self._rows[at - 1].place > index:
                at -= 1
            self._rows.insert(at, _row(LogRow, (POINT, index, None, name)))
        self._remember(point)
        return True

    def _statement_added(self, item: Item) -> bool:
        """A speaker logged at the end of the list, after every point: nothing logged before moves
        under them, unless a point names them and this is their first statement (points from a
        file go under it), or counts them after their last one (the row moves to this one)."""
        old = len(self._statements)
        statement = item.statements[old]
        started = _moment(statement.meeting, statement.time)
        if not old or started is None or (self._latest_point is not None and self._latest_point >= started):
            return False
        statements = self._statements_index(item)
        names = {statement.speaker, speaker_identity(statement.speaker)}
        if names & (self._late if statements.of(statement.speaker) else self._names):
            return False
        rows = []
        if statement.meeting is not None and statement.meeting != self._meeting:
            self._meeting = statement.meeting
            rows.append(_row(LogRow, (MEETING, -1, statement.meeting, "")))
        rows.append(_row(LogRow, (STATEMENT, old, statement.meeting, "")))
        self._at_the_end(rows)
        statements.add(statement)
        return True

    def _statements_index(self, item: Item) -> _Statements:
        """The statements by speaker and time, kept while none is added, moved or corrected."""
        if self._index is None:
            self._index = _Statements(self._statements)
        self._index.statements = item.statements  # the same places; a statement may have been replaced
        return self._index

    def _remember(self, point: Point) -> None:
        """What a statement logged later must know of the points: their names and latest time."""
        for name in point.speakers:
            self._names.add(name)
            self._names.add(speaker_identity(name))
        moment = _moment(point.meeting, point.time)
        if moment is not None and (self._latest_point is None or moment > self._latest_point):
            self._latest_point = moment

    # the whole log -------------------------------------------------------------------------------

    def _whole(self, item: Item) -> None:
        statements = self._index = _Statements(item.statements)
        under: dict[int, list[LogRow]] = {}
        first: list[LogRow] = []  # logged before any statement
        last: list[LogRow] = []  # placed under none
        self._names, self._latest_point, self._late = set(), None, set()
        for index, point in enumerate(item.points):
            self._remember(point)
            home = statements.home(point)
            if home is not None:
                under.setdefault(home, []).append(_row(LogRow, (POINT, index, None, "")))
            elif point.time is not None:
                first.append(_row(LogRow, (POINT, index, point.meeting, "")))
            else:
                last.append(_row(LogRow, (POINT, index, None, "")))
            if len(point.speakers) > 1:
                for name, place in statements.counted(point, home, self._late):
                    under.setdefault(place, []).append(_row(LogRow, (POINT, index, None, name)))
        rows: list[LogRow] = []
        append = rows.append
        meeting: int | None = None
        for row in first:
            if row.meeting is not None and row.meeting != meeting:
                meeting = row.meeting
                append(_row(LogRow, (MEETING, -1, meeting, "")))
            append(row)
        for n, statement in enumerate(item.statements):
            if statement.meeting != meeting and statement.meeting is not None:
                meeting = statement.meeting
                append(_row(LogRow, (MEETING, -1, meeting, "")))
            append(_row(LogRow, (STATEMENT, n, statement.meeting, "")))
            if n in under:
                rows += under[n]
        self._tail = 0
        if last and item.statements:
            append(_row(LogRow, (UNPLACED, -1, None, "")))
            self._tail = 1
        self._tail += len(last)
        rows += last
        self._key, self._rows, self._meeting = item.key, rows, meeting


def _changed(before: list[Any], now: list[Any], key: Callable[[object], object]) -> list[int] | None:
    """Where ``now`` differs from ``before`` in what places an entry (``key``), among the entries it
    had; None when it has fewer. Entries that are the same objects are skipped without a look."""
    if len(now) < len(before):
        return None
    replaced = list(map(is_not, before, now))  # as long as ``before``
    changed = []
    at = 0
    for _ in range(replaced.count(True)):
        at = replaced.index(True, at) + 1
        if key(before[at - 1]) != key(now[at - 1]):
            changed.append(at - 1)
    return changed
