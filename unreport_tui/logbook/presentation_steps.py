"""The steps on presentations: logging one (a title, by a speaker, at the current item and
meeting), correcting and deleting it. Like statements' steps, each reads the session in memory
and returns the Step that does it; the logbook runs it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from ..core.model import EntryKind, Presentation, Role, default_role
from .edits import AddEntry, DropEntry, Edit, MoveEntry, ReplaceEntry, ReplaceItem, SessionInMemory
from .steps import LogbookError, Step, header, item_at, replaced, require_meetings, short

Clock = Callable[[], dt.datetime]


def _role(speaker: str, role: Role | None) -> Role:
    role = role or default_role(speaker)
    if role is None:
        raise LogbookError(f"{speaker!r} is not a State: say whether it is a signatory, an IGO, an NGO or an official")
    return role


def log_presentation(
    memory: SessionInMemory,
    clock: Clock,
    title: str,
    speaker: str,
    role: Role | None,
    on_behalf_of: str,
    meeting: int | None,
    time: dt.time | None,
) -> Step:
    """The presentation added at the end of the current item's, given now at the current meeting
    (the item widened to that meeting, as a statement widens it)."""
    title, speaker = title.strip(), speaker.strip()
    if not speaker:
        raise LogbookError("type who gave the presentation first")
    if not title:
        raise LogbookError("type the presentation's title")
    item = item_at(memory)
    meeting = memory.cursor.meeting if meeting is None else meeting
    require_meetings(memory, meeting)
    presentation = Presentation(
        title,
        speaker,
        _role(speaker, role),
        on_behalf_of.strip(),
        meeting=meeting,
        time=time if time is not None else clock().time(),  # to the microsecond: keys in one burst keep their order
    )
    edits: list[Edit] = []
    if meeting is not None and meeting not in item.meetings:
        edits.append(ReplaceItem(header(item), header(item, meetings=sorted([*item.meetings, meeting]))))
    edits.append(AddEntry(item.key, len(item.presentations), presentation))
    return Step(f"logged a presentation by {speaker}: {short(title)}", edits)


def find_presentation(memory: SessionInMemory, presentation_id: int | None) -> tuple[str, int, Presentation] | None:
    for item in memory.session.items:
        for index, presentation in enumerate(item.presentations):
            if presentation.id == presentation_id:
                return item.key, index, presentation
    return None


def presentation_at(memory: SessionInMemory, presentation_id: int) -> tuple[str, int, Presentation]:
    found = find_presentation(memory, presentation_id)
    if found is None:
        raise LogbookError(f"there is no presentation with id {presentation_id}; it may have been deleted")
    return found


def edit_presentation(memory: SessionInMemory, presentation_id: int, changes: Mapping[str, object]) -> Step:
    key, index, before = presentation_at(memory, presentation_id)
    after = replaced(before, changes)
    if not after.speaker.strip():
        raise LogbookError("a presentation needs who gave it")
    if not after.title.strip():
        raise LogbookError("a presentation needs its title")
    edits: list[Edit] = [ReplaceEntry(key, index, before, after)]
    item = item_at(memory, key)
    if after.meeting is not None and after.meeting not in item.meetings:
        require_meetings(memory, after.meeting)
        edits.insert(0, ReplaceItem(header(item), header(item, meetings=sorted([*item.meetings, after.meeting]))))
    return Step(f"edited the presentation {short(after.title)}", edits)


def delete_presentation(memory: SessionInMemory, presentation_id: int) -> Step:
    key, index, presentation = presentation_at(memory, presentation_id)
    return Step(f"deleted the presentation {short(presentation.title)}", [DropEntry(key, index, presentation)])


def move_presentation(memory: SessionInMemory, presentation_id: int, index: int) -> Step:
    key, from_index, presentation = presentation_at(memory, presentation_id)
    if not 0 <= index < len(item_at(memory, key).presentations):
        raise LogbookError(f"there is no place {index + 1} to move the presentation to")
    if index == from_index:
        raise LogbookError("the presentation is already there")
    edit = MoveEntry(EntryKind.PRESENTATION, presentation_id, key, from_index, key, index)
    return Step(f"moved the presentation {short(presentation.title)}", [edit])
