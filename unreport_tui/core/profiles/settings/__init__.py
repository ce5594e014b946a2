"""Every section a body profile may have, in the order ``unreport profiles show`` prints them.
Each module declares one area of the report; adding a setting is adding it there and to the
default profile (``data/profiles/untoc-cop.toml``), which must set every one."""

from __future__ import annotations

from ..spec import Section
from . import action, dates, groups, headings, masthead, narration, opening, organization, presentations, roles, statements, style

SECTIONS: dict[str, Section] = {
    s.name: s
    for s in (
        masthead.SECTION,
        headings.SECTION,
        style.SECTION,
        opening.SECTION,
        statements.SECTION,
        roles.SECTION,
        groups.SECTION,
        presentations.SECTION,
        action.SECTION,
        narration.SECTION,
        dates.SECTION,
        organization.SECTION,
    )
}
