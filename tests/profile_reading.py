"""Reading a session in a shipped body profile as the reader of its report would: the masthead's
lines and the report's lines (a heading's lines each on their own, a paragraph with its number),
for the tests of the shipped profiles (test_profile_commissions.py, test_profile_hrc.py)."""

from __future__ import annotations

from pathlib import Path

from unreport_tui.core.model import Session
from unreport_tui.core.rendered import AnnexHeading, Heading, Paragraph, plain_text
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters.text import masthead_lines

FIXTURES = Path(__file__).parent / "fixtures" / "profiles"


def session_in(profile: str, text: str) -> Session:
    """A session file's ``text`` (without its profile) read in the shipped profile ``profile``."""
    return parse_session(f'[session]\nprofile = "{profile}"\n{text}')


def fixture(name: str) -> Session:
    """A session file of ``tests/fixtures/profiles/`` (it names its profile itself)."""
    path = FIXTURES / name
    return parse_session(path.read_text(encoding="utf-8"), path.parent)


def masthead(session: Session) -> list[str]:
    return masthead_lines(render_report(session))


def printed(session: Session) -> list[str]:
    """The report's lines: each line of a heading ("Chapter II" above its title), each paragraph
    with its number ("2. The Commission …"), each subparagraph with its letter ("(a) …")."""
    lines: list[str] = []
    for block in render_report(session).blocks:
        if isinstance(block, Heading):
            lines.extend(block.lines)
        elif isinstance(block, AnnexHeading):
            lines.append(block.text)
        elif isinstance(block, Paragraph):
            lines.append(block.label + plain_text(block.content))
        else:
            lines.append(f"{block.label} {plain_text(block.content)}")
    return lines


def meetings(days: dict[int, str]) -> str:
    """[[meetings]] tables: number -> date ("1998-02-23")."""
    return "".join(f"[[meetings]]\nnumber = {n}\ndate = {day}\n" for n, day in days.items())
