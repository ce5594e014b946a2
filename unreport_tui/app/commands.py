"""The command palette (ctrl+p): every action under a plain name, and each agenda item and
meeting to switch to."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from ..core.model import Role
from .screens.live import LOOKING, ROLE_CYCLE, LiveScreen

ACTIONS = [
    ("Keys: every key of the live screen", "help"),
    ("Undo the last change", "undo"),
    ("Redo what was undone", "redo"),
    ("Log the typed speaker as a right of reply", "reply"),
    ("Log the next speaker on the Chair's list", "next_from_list"),
    ("Floor closed: the current speaker's time ends now and is saved", "floor_closed"),
    ("On behalf of a group (the current statement)", "behalf"),
    ("Change the role of the current statement", "next_role"),
    ("Log the typed point as impersonal (It was noted that …)", "impersonal"),
    ("Log the typed point with its speaker named (The representative of … stressed …)", "named_point"),
    ("Join the next point logged to the paragraph before (then Enter, ctrl+n or ctrl+o)", "join_point"),
    ("A heading over the next point", "heading"),
    ("Show or hide the draft", "toggle_draft"),
    ("Draft of the whole report / of the current item", "toggle_whole"),
    ("Export the draft (txt, md, html, akn, docx) or the session file (toml)", "export"),
    ("Prepare: session data, meetings, agenda items, documents", "prepare"),
    ("The Chair's list of speakers of the current item (paste or type it)", "chairs_list"),
    ("Action on proposals: draft resolutions and decisions, revisions, votes", "proposals"),
]


LIMITS = (0, 2, 3, 5, 7, 10)  # minutes; 0: none
ROLE_NAMES = {Role.MEMBER: "States (members)", Role.SIGNATORY: "signatory States", Role.OBSERVER_STATE: "observer States",
              Role.IGO: "IGOs", Role.NGO: "NGOs", Role.OFFICIAL: "officials"}


def set_limit(screen: LiveScreen, role: Role, minutes: int) -> None:
    """A speaking-time limit for a role, remembered; the status line says when a speaker passes it."""
    settings = screen.app.settings  # type: ignore[attr-defined]
    if minutes:
        settings.limits[role] = minutes * 60
    else:
        settings.limits.pop(role, None)
    screen.app.save_settings()  # type: ignore[attr-defined]
    screen.notify(f"Time limit for {ROLE_NAMES[role]}: {minutes} minutes." if minutes
                  else f"No time limit for {ROLE_NAMES[role]}.", markup=False)
    screen.refresh_status()


class LiveCommands(Provider):
    async def search(self, query: str) -> Hits:
        screen = self.screen
        if not isinstance(screen, LiveScreen) or not screen.ready:
            return
        matcher = self.matcher(query)
        for name, action in ACTIONS:
            if screen.read_only and action not in LOOKING:  # a read-only copy offers only what looks
                continue
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(screen.run_action, action), help=f"action: {action}")
        for role in ROLE_CYCLE:
            for minutes in LIMITS:
                name = (f"Time limit for {ROLE_NAMES[role]}: {minutes} minutes" if minutes
                        else f"No time limit for {ROLE_NAMES[role]}")
                score = matcher.match(name)
                if score > 0:
                    yield Hit(score, matcher.highlight(name), partial(set_limit, screen, role, minutes))
        book = screen.book
        if screen.read_only:  # switching moves the writer's current item or meeting: not this copy's to do
            return
        for item in book.session.items:
            name = f"Switch to agenda item {item.number}: {item.title}"
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(screen.switch_item, item.key))
        for meeting in book.session.meetings:
            name = f"Switch to meeting {meeting.number}"
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(screen.switch_meeting, meeting.number))
