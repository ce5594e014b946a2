"""Who made statements on an item."""

from __future__ import annotations

from ..spec import Section, form

SECTION = Section(
    "statements",
    "The sentences that say who made statements.",
    {
        "member": form("One representative of a member State made a statement.", "speakers"),
        "members": form("Representatives of several member States made statements.", "speakers"),
    },
)
