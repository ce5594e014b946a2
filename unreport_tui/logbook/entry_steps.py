"""The steps on statements and points: logging them, the floor closed, corrections, deletions, moves.

Each function reads the session in memory and returns the Step that does it; the logbook runs it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from ..core.log_order import POINT, STATEMENT, UNPLACED, log_rows
from ..core.model import EntryKind, Item, Point, Role, Statement, StatementKind, default_role
from ..core.quantifier import speaker_identity
from ..core.rendering.named_point import unresolved_speakers
from .edits import AddEntry, CursorToNewStatement, DropEntry, Edit, MoveEntry, ReplaceEntry, ReplaceItem, SessionInMemory
from .steps import (
    LogbookError,
    Step,
    cursor_to,
    find_statement,
    header,
    item_at,
    point_at,
    replaced,
    require_meetings,
    short,
    statement_at,
)

Clock = Callable[[], dt.datetime]


def statement_edits(
    memory: SessionInMemory,
    clock: Clock,
    speaker: str,
    role: Role | None,
    on_behalf_of: str,
    kind: StatementKind,
    text: str,
    meeting: int | None,
    time: dt.time | None,
) -> list[Edit]:
    """The statement added at the current item (its item widened to its meeting), and the cursor
    on it: its speaker becomes the current speaker."""
    speaker = speaker.strip()
    if not speaker:
        raise LogbookError("type a speaker first")
    role = role or default_role(speaker)
    if role is None:
        raise LogbookError(f"{speaker!r} is not a State: say whether it is a signatory, an IGO, an NGO or an official")
    item = item_at(memory)
    meeting = memory.cursor.meeting if meeting is None else meeting
    require_meetings(memory, meeting)
    statement = Statement(
        speaker,
        role,
        kind,
        on_behalf_of.strip(),
        text.strip(),
        meeting=meeting,
        time=time if time is not None else clock().time(),  # to the microsecond: keys in one burst keep their order
    )
    edits: list[Edit] = []
    if meeting is not None and meeting not in item.meetings:
        # The opening paragraph ("At its 4th and 5th meetings …") follows what happened.
        edits.append(ReplaceItem(header(item), header(item, meetings=sorted([*item.meetings, meeting]))))
    add = AddEntry(item.key, len(item.statements), statement)
    edits += [add, CursorToNewStatement(add, memory.cursor)]
    return edits


def ending(memory: SessionInMemory, clock: Clock, running: Statement | None) -> list[Edit]:
    """End the running statement (its speaking time saved), if there is one. It is part of the
    step that ends it (the next speaker, a switch of item or meeting), so that one undo brings
    both back, the clock running again; alone it is the step "floor closed"."""
    if running is None or running.time is None or running.id is None:
        return []
    key, index, _ = statement_at(memory, running.id)
    started = dt.datetime.combine(clock().date(), running.time)
    seconds = int((clock() - started).total_seconds()) % 86400
    return [ReplaceEntry(key, index, running, dataclasses.replace(running, duration=seconds))]


def end_statement(memory: SessionInMemory, clock: Clock, running: Statement | None) -> Step:
    if running is None:
        raise LogbookError("nobody has the floor: the last speaker's time is already saved")
    return Step(f"closed the floor after {running.speaker}", ending(memory, clock, running))


def log_statement(
    memory: SessionInMemory,
    clock: Clock,
    speaker: str,
    role: Role | None,
    on_behalf_of: str,
    kind: StatementKind,
    text: str,
    meeting: int | None,
    time: dt.time | None,
) -> Step:
    edits = statement_edits(memory, clock, speaker, role, on_behalf_of, kind, text, meeting, time)
    return Step(f"logged {speaker.strip()}", edits)


def next_speaker(
    memory: SessionInMemory,
    clock: Clock,
    running: Statement | None,
    speaker: str,
    role: Role | None,
    on_behalf_of: str,
    kind: StatementKind,
    text: str,
) -> Step:
    statement = statement_edits(memory, clock, speaker, role, on_behalf_of, kind, text, None, None)
    if kind is StatementKind.STATEMENT:
        off_the_list(memory, speaker, statement)
    return Step(f"logged {speaker.strip()}", ending(memory, clock, running) + statement)


def off_the_list(memory: SessionInMemory, speaker: str, statement: list[Edit]) -> None:
    """A speaker on the Chair's list who takes the floor leaves it in the step that logs them."""
    item = item_at(memory)
    wanted = speaker_identity(speaker)
    place = next((n for n, entry in enumerate(item.speakers_list) if speaker_identity(entry.speaker) == wanted), None)
    if place is None:
        return
    rest = item.speakers_list[:place] + item.speakers_list[place + 1 :]
    widened = next((e for e in statement if isinstance(e, ReplaceItem)), None)
    if widened is not None:  # the item gains the meeting in the same edit that shortens the list
        widened.after = header(widened.after, speakers_list=rest)
    else:
        statement.insert(0, ReplaceItem(header(item), header(item, speakers_list=rest)))


def edit_statement(memory: SessionInMemory, statement_id: int, changes: Mapping[str, object]) -> Step:
    key, index, before = statement_at(memory, statement_id)
    after = replaced(before, changes)
    if not after.speaker.strip():
        raise LogbookError("a statement needs a speaker")
    edits: list[Edit] = [ReplaceEntry(key, index, before, after)]
    item = item_at(memory, key)
    edits += _points_renamed(item, index, after)
    edits += _spelling_everywhere(memory, before, after)
    if after.meeting is not None and after.meeting not in item.meetings:
        require_meetings(memory, after.meeting)
        edits.insert(0, ReplaceItem(header(item), header(item, meetings=sorted([*item.meetings, after.meeting]))))
    return Step(f"edited the statement of {after.speaker}", edits)


def _points_renamed(item: Item, place: int, after: Statement) -> list[Edit]:
    """A speaker corrected (logged as Croatia, it was Czechia): the points logged under the
    wrong name go to the right one. When no other statement of the item has the wrong name,
    every such point (all were this speaker's); else those logged live that the log shows under
    this statement (made while it had the floor, or counted for its speaker then), not those of
    the wrong name's own statements."""
    before = item.statements[place]
    old, new = speaker_identity(before.speaker), after.speaker.strip()
    if old == speaker_identity(new):
        return []
    if any(n != place and speaker_identity(s.speaker) == old for n, s in enumerate(item.statements)):
        # Only points logged live: one from a file, with no time, is shown under the name's first
        # statement whichever it was made in, so nothing says it was this one's.
        taken = {n for n in _shown_under(item, place) if item.points[n].time is not None}
    else:
        taken = set(range(len(item.points)))
    edits: list[Edit] = []
    for index, point in enumerate(item.points):
        if index in taken and any(speaker_identity(name) == old for name in point.speakers):
            speakers: list[str] = []
            for name in point.speakers:
                name = new if speaker_identity(name) == old else name
                if speaker_identity(name) not in map(speaker_identity, speakers):
                    speakers.append(name)
            roles = {new if speaker_identity(name) == old else name: role for name, role in point.roles.items()}
            edits.append(ReplaceEntry(item.key, index, point, dataclasses.replace(point, speakers=speakers, roles=roles)))
    return edits


def _shown_under(item: Item, place: int) -> set[int]:
    """The points the log shows under the statement at ``place``: made while it had the floor, or
    counted for its speaker then (a point shown again under it, marked as counted)."""
    shown: set[int] = set()
    under: int | None = None
    for row in log_rows(item):
        if row.kind == STATEMENT:
            under = row.place
        elif row.kind == POINT and under == place:
            shown.add(row.place)
        elif row.kind == UNPLACED:
            under = None
    return shown


def _spelling_everywhere(memory: SessionInMemory, before: Statement, after: Statement) -> list[Edit]:
    """A speaker's name written another way, the same speaker ("Elders" made "the Elders"):
    the correction is remembered for that speaker in the whole session, in every statement
    and every point that names them, so that the report writes them one way and the speaker
    box offers the corrected name."""
    old, new = before.speaker.strip(), after.speaker.strip()
    if old == new or speaker_identity(old) != speaker_identity(new):
        return []
    edits: list[Edit] = []
    for item in memory.session.items:
        for index, statement in enumerate(item.statements):
            if (
                statement.id != before.id
                and statement.speaker.strip() != new
                and speaker_identity(statement.speaker) == speaker_identity(new)
            ):
                edits.append(ReplaceEntry(item.key, index, statement, dataclasses.replace(statement, speaker=new)))
        for index, point in enumerate(item.points):
            speakers = [new if speaker_identity(name) == speaker_identity(new) else name for name in point.speakers]
            if speakers != point.speakers:
                edits.append(ReplaceEntry(item.key, index, point, dataclasses.replace(point, speakers=speakers)))
    return edits


def delete_statement(memory: SessionInMemory, statement_id: int) -> Step:
    key, index, statement = statement_at(memory, statement_id)
    edits: list[Edit] = [DropEntry(key, index, statement), *_roles_kept(memory, key, statement)]
    if memory.cursor.statement == statement_id:
        edits += cursor_to(memory, dataclasses.replace(memory.cursor, statement=None))
    return Step(f"deleted the statement of {statement.speaker}", edits)


def _roles_kept(memory: SessionInMemory, key: str, statement: Statement) -> list[Edit]:
    """A named point whose speaker's last statement on the item goes keeps the role that
    statement gave it (``point.roles``): nothing else would say how to name an official or an
    organization the data does not know ("The observer for Secretary of the Commission")."""
    item = item_at(memory, key)
    me = speaker_identity(statement.speaker)
    if any(s.id != statement.id and speaker_identity(s.speaker) == me for s in item.statements):
        return []
    edits: list[Edit] = []
    for index, point in enumerate(item.points):
        typed = next((name for name in point.speakers if speaker_identity(name) == me), None)
        if not point.named or typed is None or any(speaker_identity(name) == me for name in point.roles):
            continue
        roles = {**point.roles, typed: statement.role}
        edits.append(ReplaceEntry(key, index, point, dataclasses.replace(point, roles=roles)))
    return edits


def current_statement(memory: SessionInMemory) -> Statement | None:
    found = find_statement(memory, memory.cursor.statement) if memory.cursor.statement is not None else None
    return found[2] if found else None


def log_point(
    memory: SessionInMemory, clock: Clock, text: str, impersonal: bool, heading: str, join: bool, quantifier: str, named: bool
) -> Step:
    text = text.strip()
    if not text:
        raise LogbookError("type the point first")
    item = item_at(memory)
    speakers: list[str] = []
    if not impersonal:
        current = current_statement(memory)
        if current is None:
            raise LogbookError("no current speaker: log a speaker first, or make the point impersonal")
        speakers = [current.speaker]
    point = Point(
        text,
        speakers,
        quantifier.strip(),
        heading.strip(),
        join,
        named=named and not impersonal,
        meeting=memory.cursor.meeting,
        time=clock().time(),  # to the microsecond: a point and the statements around it in one burst
    )
    return Step(f"logged a point: {short(text)}", [AddEntry(item.key, len(item.points), point)])


def add_speaker_to_point(memory: SessionInMemory, point_id: int, speaker: str | None) -> Step:
    key, index, point = point_at(memory, point_id)
    if speaker is None:
        current = current_statement(memory)
        if current is None:
            raise LogbookError("no current speaker to add to the point")
        speaker = current.speaker
    if speaker_identity(speaker) in {speaker_identity(s) for s in point.speakers}:
        # Counted twice, one speaker would read as two ("Two speakers" for one delegation).
        raise LogbookError(f"{speaker.strip()} is already counted on that point: nothing changed")
    after = dataclasses.replace(point, speakers=[*point.speakers, speaker])
    return Step(f"added {speaker} to a point", [ReplaceEntry(key, index, point, after)])


def uncount_speaker(memory: SessionInMemory, point_id: int, speaker: str) -> Step:
    key, index, point = point_at(memory, point_id)
    if speaker not in point.speakers[1:]:
        raise LogbookError(f"{speaker} is not counted on this point")
    speakers = list(point.speakers)
    del speakers[speakers.index(speaker, 1)]
    return Step(
        f"took {speaker} off a point: {short(point.text)}",
        [ReplaceEntry(key, index, point, dataclasses.replace(point, speakers=speakers))],
    )


def edit_point(memory: SessionInMemory, point_id: int, changes: Mapping[str, object]) -> Step:
    key, index, before = point_at(memory, point_id)
    after = replaced(before, changes)
    if not after.text.strip():
        raise LogbookError("a point needs some text")
    # The role given for a speaker taken off the point goes with them (the session file refuses a stray one).
    speakers = {speaker_identity(name) for name in after.speakers}
    after.roles = {name: role for name, role in after.roles.items() if speaker_identity(name) in speakers}
    for name in unresolved_speakers(item_at(memory, key), after):
        # The report could only guess how to name them ("The observer for …" whatever they are).
        raise LogbookError(
            f"{name.strip()} made no statement on this item and is not a State: log their "
            "statement first, or make the point not named"
        )
    return Step(f"edited a point: {short(after.text)}", [ReplaceEntry(key, index, before, after)])


def delete_point(memory: SessionInMemory, point_id: int) -> Step:
    key, index, point = point_at(memory, point_id)
    return Step(f"deleted a point: {short(point.text)}", [DropEntry(key, index, point)])


def move_entry(memory: SessionInMemory, kind: EntryKind, entry_id: int, item_key: str, index: int) -> Step:
    key, from_index, _ = statement_at(memory, entry_id) if kind is EntryKind.STATEMENT else point_at(memory, entry_id)
    target = item_at(memory, item_key)
    size = len(target.statements if kind is EntryKind.STATEMENT else target.points) - (1 if key == item_key else 0)
    if not 0 <= index <= size:
        raise LogbookError(f"there is no place {index + 1} to move the {kind} to")
    if key == item_key and index == from_index:
        raise LogbookError(f"the {kind} is already there")
    return Step(f"moved a {kind}", [MoveEntry(kind, entry_id, key, from_index, item_key, index)])
