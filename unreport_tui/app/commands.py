"""The command palette (ctrl+p): every action under a plain name, and each agenda item and
meeting to switch to; on the prepare screen, each section of its form to go to."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..core.model import Role
from .actions import On, key_for, on_screen, with_keys
from .palette_matcher import PaletteMatcher
from .screens.live import ROLE_CYCLE, LiveScreen
from .typed_app import unreport_app

# The palette's actions, by name ({id}: the key in force), in the order the live screen lists them.
ACTIONS = [(action.palette, action.action) for action in on_screen(On.LIVE, On.UNDOABLE) if action.palette]
KEYS = {action.action: action.id for action in on_screen(On.LIVE, On.UNDOABLE)}


LIMITS = (0, 2, 3, 5, 7, 10)  # minutes; 0: none
ROLE_NAMES = {
    Role.MEMBER: "States (members)",
    Role.SIGNATORY: "signatory States",
    Role.OBSERVER_STATE: "observer States",
    Role.IGO: "IGOs",
    Role.NGO: "NGOs",
    Role.OFFICIAL: "officials",
    Role.NHRI: "national human rights institutions",
}


def set_limit(screen: LiveScreen, role: Role, minutes: int) -> None:
    """A speaking-time limit for a role, remembered; the status line says when a speaker passes it."""
    app = unreport_app(screen)
    settings = app.settings
    if minutes:
        settings.limits[role] = minutes * 60
    else:
        settings.limits.pop(role, None)
    app.save_settings()
    screen.notify(
        f"Time limit for {ROLE_NAMES[role]}: {minutes} minutes." if minutes else f"No time limit for {ROLE_NAMES[role]}.",
        markup=False,
    )
    screen.refresh_status()


def _offered(screen: LiveScreen) -> list[tuple[str, str]]:
    """The actions the palette offers on ``screen`` (a read-only copy: only those that look), by
    name with the keys in force, and the action."""
    return [(with_keys(name), action) for name, action in ACTIONS if not screen.read_only or action in screen.looking]


class _Matching(Provider):
    """A palette provider that matches with unreport's matcher."""

    def matcher(self, user_input: str, case_sensitive: bool = False) -> PaletteMatcher:
        """Textual's matcher takes minutes on a long query against an item's long title."""
        return PaletteMatcher(user_input, match_style=self.match_style, case_sensitive=case_sensitive)


class LiveCommands(_Matching):
    async def discover(self) -> Hits:
        """Before anything is typed: every action, in the order of the help screen."""
        screen = self.screen
        if not isinstance(screen, LiveScreen) or not screen.ready:
            return
        for name, action in _offered(screen):
            yield DiscoveryHit(Content(name), partial(screen.run_action, action), text=name, help=f"key: {key_for(KEYS[action])}")
        app = unreport_app(screen)
        for name, title in app.demos.items():  # only in a demo: the other demos
            yield DiscoveryHit(Content(title), partial(app.open_demo, name), text=title)

    async def search(self, query: str) -> Hits:
        screen = self.screen
        if not isinstance(screen, LiveScreen) or not screen.ready:
            return
        matcher = self.matcher(query)
        for name, action in _offered(screen):
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(screen.run_action, action),
                    text=name,
                    help=f"key: {key_for(KEYS[action])}",
                )
        for role in ROLE_CYCLE if not unreport_app(screen).served else ():  # a viewer's browser sets no limit
            for minutes in LIMITS:
                name = (
                    f"Time limit for {ROLE_NAMES[role]}: {minutes} minutes"
                    if minutes
                    else f"No time limit for {ROLE_NAMES[role]}"
                )
                score = matcher.match(name)
                if score > 0:
                    yield Hit(score, matcher.highlight(name), partial(set_limit, screen, role, minutes))
        app = unreport_app(screen)
        for name, title in app.demos.items():  # only in a demo: the other demos
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(app.open_demo, name), text=title)
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


class PrepareCommands(_Matching):
    """The prepare screen's sections, by name: "Go to: The organization chapter"."""

    def _sections(self) -> list[tuple[str, Callable[[], None]]]:
        # Imported here: the prepare screen (and the logbook it imports) is not loaded before the
        # first frame (tests/test_first_frame_imports.py).
        from .screens.prepare import SECTIONS, PrepareScreen

        screen = self.screen
        if not isinstance(screen, PrepareScreen):
            return []
        return [(f"Go to: {section}", partial(screen.go_to, box)) for section, box in SECTIONS]

    async def discover(self) -> Hits:
        for name, go in self._sections():
            yield DiscoveryHit(Content(name), go, text=name)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, go in self._sections():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), go, text=name)
