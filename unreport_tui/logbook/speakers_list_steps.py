"""The steps on the Chair's list of speakers: setting it, and logging who is next on it.

Each function reads the session in memory and returns the Step that does it; the logbook runs it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..core.list_lines import roles_to_confirm
from ..core.model import ListEntry, Role, Statement, StatementKind, default_role
from ..core.quantifier import speaker_identity
from .edits import ReplaceItem, SessionInMemory
from .entry_steps import Clock, ending, off_the_list, statement_edits
from .steps import LogbookError, Step, header, item_at


def set_speakers_list(memory: SessionInMemory, entries: Sequence[ListEntry | str]) -> Step:
    item = item_at(memory)
    cleaned = [
        dataclasses.replace(e, speaker=e.speaker.strip(), on_behalf_of=e.on_behalf_of.strip())
        if isinstance(e, ListEntry)
        else ListEntry(e.strip())
        for e in entries
        if (e.speaker if isinstance(e, ListEntry) else e).strip()
    ]
    return Step(
        f"set the list of speakers of item {item.number}", [ReplaceItem(header(item), header(item, speakers_list=cleaned))]
    )


def next_from_list(memory: SessionInMemory, clock: Clock, running: Statement | None) -> Step:
    item = item_at(memory)
    if not item.speakers_list:
        raise LogbookError("the list of speakers is empty: add names on the prepare screen (f5)")
    first = item.speakers_list[0]
    statement = statement_edits(
        memory,
        clock,
        first.speaker,
        first.role or role_for(memory, first.speaker),
        first.on_behalf_of,
        StatementKind.STATEMENT,
        "",
        None,
        None,
    )
    off_the_list(memory, first.speaker, statement)
    return Step(f"logged {first.speaker} from the list", ending(memory, clock, running) + statement)


def role_for(memory: SessionInMemory, speaker: str) -> Role:
    """The role to log ``speaker`` with: the one they had when last logged (a signatory stays a
    signatory, an official an official), else a State's own, else NGO (a national human rights
    institution for a name that reads as one) until the note-taker says otherwise. The same
    speaker however typed ("USA", "United States of America")."""
    wanted = speaker_identity(speaker)
    for item in reversed(memory.session.items):
        for statement in reversed(item.statements):
            if speaker_identity(statement.speaker) == wanted:
                return statement.role
    return default_role(speaker) or roles_to_confirm(speaker)[0]
