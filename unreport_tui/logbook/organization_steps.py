"""The steps on the organization chapter: its data and its officers.

Each function reads the session in memory and returns the Step that does it; the logbook runs it."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.model import Officer, Organization
from .edits import SessionInMemory
from .proposal_edits import SetOrganization
from .steps import LogbookError, Step, replaced, require_meetings


def edit_organization(memory: SessionInMemory, changes: Mapping[str, object]) -> Step:
    """A chapter is started by the first change."""
    before = memory.session.organization
    after = replaced(before or Organization(), changes)
    admitted_at = after.observers_admitted.meeting if after.observers_admitted else None
    require_meetings(memory, after.officers_meeting, after.agenda_meeting, admitted_at)
    return Step("edited the organization chapter", [SetOrganization(before, after)])


def add_officer(memory: SessionInMemory, office: str, name: str, country: str) -> Step:
    if not office.strip() or not name.strip():
        raise LogbookError("an officer needs an office (Chair, Vice-Chair, Rapporteur) and a name")
    organization = memory.session.organization
    officers = [*(organization.officers if organization else []), Officer(office.strip(), name.strip(), country.strip())]
    return edit_organization(memory, {"officers": officers})
