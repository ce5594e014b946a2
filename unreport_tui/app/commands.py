"""The command palette (ctrl+p): every action under a plain name, and each agenda item and
meeting to switch to."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

ACTIONS = [
    ("Undo the last change", "undo"),
    ("Redo what was undone", "redo"),
    ("Log the typed speaker as a right of reply", "reply"),
    ("On behalf of a group (the current statement)", "behalf"),
    ("Change the role of the current statement", "next_role"),
    ("Log the typed point as impersonal (It was noted that …)", "impersonal"),
    ("Show or hide the draft", "toggle_draft"),
    ("Draft of the whole report / of the current item", "toggle_whole"),
    ("Export the draft (txt, md) or the session file (toml)", "export"),
    ("Prepare: session data, meetings, agenda items, documents", "prepare"),
]


class LiveCommands(Provider):
    async def search(self, query: str) -> Hits:
        from .screens.live import LiveScreen

        screen = self.screen
        if not isinstance(screen, LiveScreen):
            return
        matcher = self.matcher(query)
        for name, action in ACTIONS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(screen.run_action, action), help=f"action: {action}")
        book = screen.book
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
