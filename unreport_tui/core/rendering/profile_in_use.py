"""The profile a session's report is rendered in."""

from __future__ import annotations

from ..model import Session
from ..profiles import Profile, ProfileError, load_profile


def profile_in_use(session: Session) -> Profile:
    """The session's profile; one that cannot be used (its file broken since it was chosen) gives
    the default: the draft goes on, the app says why (``profile_problem``), the exports refuse."""
    try:
        return load_profile(session.info.profile)
    except ProfileError:
        return load_profile()
