"""The steps on proposals: draft resolutions and decisions before the body, and what it did with them.

Each function reads the session in memory and returns the Step that does it; the logbook runs it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..core.model import Action, ActionKind, Proposal
from .edits import SessionInMemory
from .proposal_edits import AddProposal, DropProposal, ReplaceProposal
from .steps import LogbookError, Step, item_at, replaced, require_meetings


def proposal_at(memory: SessionInMemory, key: str) -> tuple[int, Proposal]:
    for index, proposal in enumerate(memory.session.proposals):
        if proposal.key == key:
            return index, proposal
    raise LogbookError(f"there is no proposal {key!r}")


def add_proposal(
    memory: SessionInMemory, title: str, kind: str, symbol: str, submitted_by: Sequence[str], on_behalf_of: str
) -> Step:
    item = item_at(memory)
    if not title.strip():
        raise LogbookError("a proposal needs its title")
    taken = {p.key for p in memory.session.proposals}
    key = symbol.strip() or "P1"
    n = 1
    while key in taken:
        n += 1
        key = f"{symbol.strip() or 'P'}{'-' if symbol.strip() else ''}{n}"
    proposal = Proposal(
        key,
        item.key,
        title.strip(),
        kind.strip() or "draft resolution",
        symbol.strip(),
        [name.strip() for name in submitted_by if name.strip()],
        on_behalf_of.strip(),
    )
    return Step(
        f"added the {proposal.kind} {proposal.symbol or proposal.title}", [AddProposal(len(memory.session.proposals), proposal)]
    )


def edit_proposal(memory: SessionInMemory, key: str, changes: Mapping[str, object]) -> Step:
    index, before = proposal_at(memory, key)
    after = replaced(before, changes)
    if not after.title.strip():
        raise LogbookError("a proposal needs its title")
    return Step(f"edited the {after.kind} {after.symbol or after.title}", [ReplaceProposal(index, before, after)])


def remove_proposal(memory: SessionInMemory, key: str) -> Step:
    index, proposal = proposal_at(memory, key)
    return Step(f"removed the {proposal.kind} {proposal.symbol or proposal.title}", [DropProposal(index, proposal)])


def log_action(memory: SessionInMemory, key: str, action: Action) -> Step:
    index, before = proposal_at(memory, key)
    if action.meeting is None and action.kind not in (ActionKind.BEFORE, ActionKind.AFTER):
        action = dataclasses.replace(action, meeting=memory.cursor.meeting)
    require_meetings(memory, action.meeting)
    after = dataclasses.replace(before, actions=[*before.actions, action])
    return Step(f"logged: {action.kind.value} ({before.symbol or before.title})", [ReplaceProposal(index, before, after)])
