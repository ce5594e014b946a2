"""The step that saves a list imported from a file: the Chair's list of speakers of an item, the
list of participants, or an item's documents, as one step (one undo brings back what was there).

The list was read and resolved by the core (``core.imported_list``), shown, and what the
note-taker chose for each line not resolved is given here with it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..core.imported_list import CATEGORY_LABELS, ImportedList, ListKind, Participant, Value, attendance_from, chosen
from ..core.model import Document, ListEntry, Organization
from .edits import ReplaceItem, SessionInMemory
from .proposal_edits import SetOrganization
from .steps import LogbookError, Step, header, item_at


def import_list(memory: SessionInMemory, imported: ImportedList, answers: Sequence[Value | None], item_key: str) -> Step:
    """``answers``: one for each line not resolved, in order (None leaves it out); ``item_key``:
    the item a list of speakers or documents is for ("" for the participants)."""
    values = chosen(imported, answers)
    if imported.kind is ListKind.PARTICIPANTS:
        participants = [v for v in values if isinstance(v, Participant)]
        if not participants:
            raise LogbookError("the list of participants has no one on it: nothing to save")
        before = memory.session.organization
        attendance, categories = attendance_from(participants, before.attendance if before else None)
        after = dataclasses.replace(before or Organization(), attendance=attendance)
        what = ", ".join(CATEGORY_LABELS[c] + "s" for c in categories)
        return Step(f"imported the list of participants ({what})", [SetOrganization(before, after)])
    item = item_at(memory, item_key)
    if imported.kind is ListKind.SPEAKERS:
        entries = [v for v in values if isinstance(v, ListEntry)]
        if not entries:
            raise LogbookError("the list of speakers has no one on it: nothing to save")
        return Step(
            f"imported the list of speakers of item {item.number}",
            [ReplaceItem(header(item), header(item, speakers_list=entries))],
        )
    documents = [v for v in values if isinstance(v, Document)]
    if not documents:
        raise LogbookError("the file lists no document: nothing to save")
    return Step(f"imported the documents of item {item.number}", [ReplaceItem(header(item), header(item, documents=documents))])
