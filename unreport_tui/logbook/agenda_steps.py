"""The steps on what is prepared: the session data, its meetings, the agenda items and their
documents, and the switch from one item or meeting to another.

Each function reads the session in memory and returns the Step that does it; the logbook runs it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from ..core.model import Document, Item, Meeting
from ..core.profiles.statement_form_choice import statement_form_refused
from .edits import (
    AddDocument,
    AddItem,
    AddMeeting,
    DropDocument,
    DropItem,
    DropMeeting,
    Edit,
    OrderDocuments,
    OrderItems,
    OrderMeetings,
    ReplaceDocument,
    ReplaceItem,
    ReplaceMeeting,
    SessionInMemory,
    SetInfo,
)
from .proposal_edits import DropProposal, ReplaceProposal
from .steps import LogbookError, Step, cursor_to, header, item_at, replaced, require_meetings


def edit_session(memory: SessionInMemory, changes: Mapping[str, object]) -> Step:
    info = memory.session.info
    after = replaced(info, changes)
    if after.profile != info.profile:
        for item in memory.session.items:
            if item.statements_form:  # the session file would refuse it: the chosen form must stay offered
                _require_statement_form(after.profile, item.statements_form, f"agenda item {item.number or item.key}")
    return Step("edited the session data", [SetInfo(info, after)])


def meeting_index(memory: SessionInMemory, number: int) -> int:
    for index, meeting in enumerate(memory.session.meetings):
        if meeting.number == number:
            return index
    raise LogbookError(f"there is no meeting {number}")


def add_meeting(memory: SessionInMemory, meeting: Meeting, index: int | None) -> Step:
    if memory.session.meeting(meeting.number):
        raise LogbookError(f"meeting {meeting.number} is already declared")
    index = len(memory.session.meetings) if index is None else index
    return Step(f"added meeting {meeting.number}", [AddMeeting(index, meeting)])


def edit_meeting(memory: SessionInMemory, number: int, meeting: Meeting) -> Step:
    index = meeting_index(memory, number)
    if meeting.number != number:
        if memory.session.meeting(meeting.number):
            raise LogbookError(f"meeting {meeting.number} is already declared")
        if _meeting_in_use(memory, number):
            raise LogbookError(f"meeting {number} has statements or items; it keeps its number")
    return Step(f"edited meeting {number}", [ReplaceMeeting(index, memory.session.meetings[index], meeting)])


def _meeting_in_use(memory: SessionInMemory, number: int) -> bool:
    return any(number in item.meetings or any(s.meeting == number for s in item.statements) for item in memory.session.items)


def remove_meeting(memory: SessionInMemory, number: int) -> Step:
    index = meeting_index(memory, number)
    if _meeting_in_use(memory, number):
        raise LogbookError(f"meeting {number} has statements or items; move or delete them first")
    edits: list[Edit] = [DropMeeting(index, memory.session.meetings[index])]
    if memory.cursor.meeting == number:
        edits += cursor_to(memory, dataclasses.replace(memory.cursor, meeting=None))
    return Step(f"removed meeting {number}", edits)


def reorder_meetings(memory: SessionInMemory, numbers: list[int]) -> Step:
    before = [m.number for m in memory.session.meetings]
    if sorted(numbers) != sorted(before):
        raise LogbookError("the new order must name each meeting once")
    return Step("reordered the meetings", [OrderMeetings(before, list(numbers))])


def add_item(memory: SessionInMemory, item: Item, index: int | None, ending: list[Edit] | None = None) -> Step:
    """``ending``: given, the new item becomes the current one in the same step (one undo takes
    both back), after these edits, which end the running statement."""
    if not item.key.strip():
        raise LogbookError("an agenda item needs a key")
    if memory.session.item(item.key):
        raise LogbookError(f"another agenda item already has the key {item.key!r}")
    require_meetings(memory, *item.meetings)
    fresh = header(item)  # a new item starts empty; entries are logged into it
    index = len(memory.session.items) if index is None else index
    edits: list[Edit] = [AddItem(index, fresh)]
    if ending is not None and memory.cursor.item:
        edits += ending + cursor_to(memory, dataclasses.replace(memory.cursor, item=fresh.key, statement=None))
        return Step(f"added agenda item {item.number or item.key}, now the current one", edits)
    if not memory.cursor.item:
        edits += cursor_to(memory, dataclasses.replace(memory.cursor, item=fresh.key))
    return Step(f"added agenda item {item.number or item.key}", edits)


def edit_item(memory: SessionInMemory, key: str, changes: Mapping[str, object]) -> Step:
    item = item_at(memory, key)
    own = header(item)
    after = header(replaced(own, changes))
    if not after.key.strip():
        raise LogbookError("an agenda item needs a key")
    if after.key != key and memory.session.item(after.key):
        raise LogbookError(f"another agenda item already has the key {after.key!r}")
    if after.statements_form and after.statements_form != own.statements_form:
        _require_statement_form(memory.session.info.profile, after.statements_form)
    edits: list[Edit] = [ReplaceItem(own, after)]
    if after.key != key:  # its proposals follow it to its new key
        edits += [
            ReplaceProposal(n, p, dataclasses.replace(p, item=after.key))
            for n, p in enumerate(memory.session.proposals)
            if p.item == key
        ]
        if memory.cursor.item == key:
            edits += cursor_to(memory, dataclasses.replace(memory.cursor, item=after.key))
    return Step(f"edited agenda item {after.number or after.key}", edits)


def _require_statement_form(profile: str, name: str, chosen_by: str = "") -> None:
    """An item chooses one of the statement forms its session's profile names, as a session file must."""
    if refused := statement_form_refused(profile, name):
        raise LogbookError(
            f"{chosen_by}: {refused}; empty its statement form first, or choose one the new profile names"
            if chosen_by
            else refused
        )


def remove_item(memory: SessionInMemory, key: str) -> Step:
    item = item_at(memory, key)
    index = memory.session.items.index(item)
    # Its proposals go with it, the last first so that each index is right when undone.
    edits: list[Edit] = [DropProposal(n, p) for n, p in reversed(list(enumerate(memory.session.proposals))) if p.item == key]
    edits.append(DropItem(index, item.copy()))
    if memory.cursor.item == key:
        others = [i.key for i in memory.session.items if i.key != key]
        after = others[min(index, len(others) - 1)] if others else ""
        edits += cursor_to(memory, dataclasses.replace(memory.cursor, item=after, statement=None))
    return Step(f"removed agenda item {item.number or item.key}", edits)


def reorder_items(memory: SessionInMemory, keys: list[str]) -> Step:
    before = [i.key for i in memory.session.items]
    if sorted(keys) != sorted(before):
        raise LogbookError("the new order must name each agenda item once")
    return Step("reordered the agenda items", [OrderItems(before, list(keys))])


def add_document(memory: SessionInMemory, item_key: str, document: Document, index: int | None) -> Step:
    item = item_at(memory, item_key)
    if not document.title.strip():
        raise LogbookError("a document needs a title")
    index = len(item.documents) if index is None else index
    return Step(f"added a document to item {item.number}", [AddDocument(item_key, index, document)])


def _document_index(item: Item, index: int) -> int:
    if not 0 <= index < len(item.documents):
        raise LogbookError(f"agenda item {item.key!r} has no document number {index + 1}")
    return index


def edit_document(memory: SessionInMemory, item_key: str, index: int, document: Document) -> Step:
    item = item_at(memory, item_key)
    _document_index(item, index)
    return Step("edited a document", [ReplaceDocument(item_key, index, item.documents[index], document)])


def remove_document(memory: SessionInMemory, item_key: str, index: int) -> Step:
    item = item_at(memory, item_key)
    _document_index(item, index)
    return Step("removed a document", [DropDocument(item_key, index, item.documents[index])])


def reorder_documents(memory: SessionInMemory, item_key: str, order: list[int]) -> Step:
    item = item_at(memory, item_key)
    if sorted(order) != list(range(len(item.documents))):
        raise LogbookError("the new order must name each document once")
    return Step("reordered the documents", [OrderDocuments(item_key, list(order))])


def switch_item(memory: SessionInMemory, key: str, ending: list[Edit]) -> Step:
    """``ending``: the edits that end the running statement, part of the same step."""
    item = item_at(memory, key)
    last = item.statements[-1].id if item.statements else None
    edits = cursor_to(memory, dataclasses.replace(memory.cursor, item=key, statement=last))
    if not edits:
        raise LogbookError(f"agenda item {item.number or key} is already the current one")
    return Step(f"switched to agenda item {item.number or key}", ending + edits)


def switch_meeting(memory: SessionInMemory, number: int, ending: list[Edit]) -> Step:
    meeting_index(memory, number)
    edits = cursor_to(memory, dataclasses.replace(memory.cursor, meeting=number))
    if not edits:
        raise LogbookError(f"meeting {number} is already the current one")
    return Step(f"switched to meeting {number}", ending + edits)
