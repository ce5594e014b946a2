"""Small builders so that each rule test states only what it is about."""

from __future__ import annotations

import datetime as dt

from unreport_tui.core.model import (
    Document,
    Item,
    Meeting,
    Point,
    Role,
    Session,
    SessionInfo,
    Statement,
    StatementKind,
    default_role,
)
from unreport_tui.core.rendered import AnnexHeading, Heading, Paragraph, Subparagraph, plain_text, visit
from unreport_tui.core.rendering.report import render_report


def said(speaker: str, role: str | None = None, **fields) -> Statement:
    resolved = Role(role) if role else default_role(speaker)
    assert resolved is not None, f"give a role for {speaker}"
    return Statement(speaker, resolved, **fields)


def replied(speaker: str, role: str | None = None) -> Statement:
    return said(speaker, role, kind=StatementKind.REPLY)


def session_with(statements=(), points=(), meetings=(), documents=(), days=None, **info) -> Session:
    days = days or {}
    info.setdefault("body_short", "Conference")
    return Session(
        info=SessionInfo(**info),
        meetings=[Meeting(n, days.get(n, dt.date(2010, 10, 19))) for n in meetings],
        items=[
            Item(
                "1",
                "1",
                "Title",
                meetings=list(meetings),
                documents=list(documents),
                statements=list(statements),
                points=list(points),
            )
        ],
    )


def paragraphs(session: Session) -> list[str]:
    """Rendered paragraphs as text, numbered ones with their number."""
    return [visit(block, _PlainBlocks()) for block in render_report(session).blocks]


def discussion(session: Session) -> list[str]:
    """The paragraphs after the opening of a one-item session ("… considered agenda item 1, entitled
    “Title”."), numbered as rendered: for the rules of what follows it."""
    return paragraphs(session)[1:]


class _PlainBlocks:
    def heading(self, block: Heading) -> str:
        return f"# {block.text}"

    def annex_heading(self, block: AnnexHeading) -> str:
        return f"# {block.text}"

    def paragraph(self, block: Paragraph) -> str:
        return block.label + plain_text(block.content)

    def subparagraph(self, block: Subparagraph) -> str:
        return f"{block.label} {plain_text(block.content)}"


def point(text: str, *speakers: str, **fields) -> Point:
    return Point(text, list(speakers), **fields)


__all__ = ["Document", "discussion", "listed", "paragraphs", "point", "replied", "said", "session_with"]


def listed(item: Item) -> list[str]:
    """Who is on an item's Chair's list, by name, in order."""
    return [entry.speaker for entry in item.speakers_list]
