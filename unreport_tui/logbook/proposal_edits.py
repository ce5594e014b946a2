"""The reversible edits of what a whole report has beside its items' debates: proposals (draft
resolutions and decisions with their actions) and the organization chapter. Each is replaced
whole, never changed in place, so that the value kept for undo stays as it was."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.model import Organization, Proposal
from .edits import ChangedParts, Edit, SessionInMemory

if TYPE_CHECKING:
    from ..storage import SessionStore


@dataclass
class AddProposal:
    index: int
    proposal: Proposal

    def to_store(self, store: SessionStore) -> None:
        store.add_proposal(self.proposal, self.index)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.session.proposals.insert(self.index, self.proposal)

    def inverse(self) -> Edit:
        return DropProposal(self.index, self.proposal)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.proposal.item]))


@dataclass
class DropProposal:
    index: int
    proposal: Proposal

    def to_store(self, store: SessionStore) -> None:
        store.remove_proposal(self.proposal.key)

    def to_memory(self, memory: SessionInMemory) -> None:
        del memory.session.proposals[self.index]

    def inverse(self) -> Edit:
        return AddProposal(self.index, self.proposal)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.proposal.item]))


@dataclass
class ReplaceProposal:
    index: int
    before: Proposal
    after: Proposal

    def to_store(self, store: SessionStore) -> None:
        store.update_proposal(self.before.key, self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.session.proposals[self.index] = self.after

    def inverse(self) -> Edit:
        return ReplaceProposal(self.index, self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(items=frozenset([self.before.item, self.after.item]))


@dataclass
class SetOrganization:
    before: Organization | None
    after: Organization | None

    def to_store(self, store: SessionStore) -> None:
        store.set_organization(self.after)

    def to_memory(self, memory: SessionInMemory) -> None:
        memory.session.organization = self.after

    def inverse(self) -> Edit:
        return SetOrganization(self.after, self.before)

    def touched(self) -> ChangedParts:
        return ChangedParts(everything=True)  # a chapter after every item, numbered on from them
