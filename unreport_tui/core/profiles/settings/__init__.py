"""Every section a body profile may have, in the order ``unreport profiles show`` prints them.
Each module declares one area of the report; adding a setting is adding it there and to the
default profile (``data/profiles/untoc-cop.toml``), which must set every one."""

from __future__ import annotations

from ..spec import Section
from . import headings, masthead, opening, statements, style

SECTIONS: dict[str, Section] = {
    s.name: s
    for s in (
        style.SECTION,
        masthead.SECTION,
        headings.SECTION,
        opening.SECTION,
        statements.SECTION,
    )
}
