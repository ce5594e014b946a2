"""The body as the report's sentences name it: "the Conference", "the Commission"."""

from __future__ import annotations

from ..english import with_the
from ..model import Session


def body_short(session: Session) -> str:
    """The body's short name with its article (its full name when it has no short one): the one
    rule of the report's chapters and of its statements paragraphs."""
    name = session.info.body_short or session.info.body or "meeting"
    return with_the(name)


def body_in_full(session: Session) -> str:
    """The body's name as the session gives it, with its article ("the Commission on Population and
    Development"); its short name when it has no full one. The forms that name the body in full
    ({body_in_full}) all take it from here."""
    full = session.info.body.strip()
    if not full:
        return body_short(session)
    return with_the(full)
