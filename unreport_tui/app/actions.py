"""Every key of the app, once: its id (the name a user gives it in ``[keymap]``), the action it
runs, its label (the footer's and the help screen's), its name in the command palette, its place
in the live screen's footer, its default key and the screen it belongs to.

Each screen's ``BINDINGS``, the footer's order, the palette, the help screen and the keys named
in messages come from here, so that a key chosen in ``settings.toml`` (``undo = "f11"``) is the
key shown and taken everywhere. Textual applies the keymap to the bindings (by their ids);
``key_for`` gives the key in force, to name it in a sentence.

To add a key: one ``Action`` below (on its screen, with an ``action_…`` method there of the same
name), and a row in the README's table of keys (a test holds the two together)."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from textual._context import active_app
from textual.binding import Binding, BindingType
from textual.keys import Keys


class On(Enum):
    """Where a key is taken: the screen whose bindings hold it."""

    APP = "app"  # any screen
    UNDOABLE = "undoable"  # every screen whose changes go through the logbook (live, prepare, proposals)
    LIVE = "live"
    PREPARE = "prepare"
    PROPOSALS = "proposals"
    HELP = "help"
    STATISTICS = "statistics"


@dataclass(frozen=True)
class Action:
    id: str  # the name in [keymap]; "" for a key that cannot be changed (Esc)
    action: str  # the screen's action_… method, with its parameters
    key: str  # the default key(s), as Textual writes them
    label: str  # the footer's and the help screen's words
    on: On
    palette: str = ""  # its name in the command palette ("": not there; {id}: the key in force)
    footer: int = 0  # its place in the live screen's footer, from 1 (0: not there, only in the help screen)
    show: bool = False  # in Textual's footer (the prepare and proposals screens)
    priority: bool = False


ACTIONS: tuple[Action, ...] = (
    Action("quit", "quit", "ctrl+q", "Quit", On.APP, priority=True, show=True),
    Action("newline-enter", "newline_enter", "ctrl+j", "Enter", On.APP),
    # The live screen, in the order of its footer and help screen. The help screen's key, undo and
    # redo are the same keys on every screen that changes the session (On.UNDOABLE: the live, prepare
    # and proposals screens), listed here for that order.
    Action("help", "help", "f1", "All keys", On.UNDOABLE, "Keys: every key of the live screen", footer=1),
    Action("draft", "toggle_draft", "f2", "Draft", On.LIVE, "Show or hide the draft", footer=2),
    Action(
        "next-from-list",
        "next_from_list",
        "ctrl+l",
        "Next on the list",
        On.LIVE,
        "Log the next speaker on the Chair's list",
        footer=3,
    ),
    Action(
        "same-point",
        "same_point",
        "ctrl+s",
        "Same point (+1)",
        On.LIVE,
        "Same point (+1): the current speaker made the logged point like the one typed",
        footer=4,
    ),
    Action("reply", "reply", "ctrl+r", "Right of reply", On.LIVE, "Log the typed speaker as a right of reply", footer=5),
    Action("behalf", "behalf", "ctrl+b", "On behalf of", On.LIVE, "On behalf of a group (the current statement)", footer=6),
    Action("role", "next_role", "ctrl+t", "Role", On.LIVE, "Change the role of the current statement", footer=7),
    Action(
        "impersonal",
        "impersonal",
        "ctrl+n",
        "Impersonal point",
        On.LIVE,
        "Log the typed point as impersonal (It was noted that …)",
        footer=8,
    ),
    Action("undo", "undo", "ctrl+z", "Undo", On.UNDOABLE, "Undo the last change", footer=9, show=True),
    Action("redo", "redo", "ctrl+y", "Redo", On.UNDOABLE, "Redo what was undone", show=True),
    Action(
        "export",
        "export",
        "f4",
        "Export",
        On.LIVE,
        "Export the draft (txt, md, html, akn, docx) or the session file (toml)",
        footer=10,
    ),
    Action(
        "named-point",
        "named_point",
        "ctrl+o",
        "Named point",
        On.LIVE,
        "Log the typed point with its speaker named (The representative of … stressed …)",
    ),
    Action(
        "join",
        "join_point",
        "f6",
        "Join the next point",
        On.LIVE,
        "Join the next point logged to the paragraph before (then Enter, {impersonal} or {named-point})",
    ),
    Action("heading", "heading", "f7", "Heading", On.LIVE, "A heading over the next point"),
    Action(
        "presentation",
        "presentation",
        "f10",
        "Presentation",
        On.LIVE,
        "Log a presentation by the typed speaker (its title is asked for)",
    ),
    Action("whole", "toggle_whole", "f3", "Whole report", On.LIVE, "Draft of the whole report / of the current item"),
    Action("prepare", "prepare", "f5", "Prepare", On.LIVE, "Prepare: session data, meetings, agenda items, documents"),
    Action(
        "chairs-list",
        "chairs_list",
        "f9",
        "Chair's list of speakers",
        On.LIVE,
        "The Chair's list of speakers of the current item (paste or type it)",
    ),
    Action(
        "proposals",
        "proposals",
        "f8",
        "Proposals",
        On.LIVE,
        "Action on proposals: draft resolutions and decisions, revisions, votes",
    ),
    Action(
        "delete-entry",
        "delete_entry",
        "delete",
        "Delete",
        On.LIVE,
        "Delete the highlighted entry of the log ({undo} brings it back)",
    ),
    Action("move-up", "move_entry(-1)", "shift+up", "Move up", On.LIVE, "Move the highlighted entry up"),
    Action("move-down", "move_entry(1)", "shift+down", "Move down", On.LIVE, "Move the highlighted entry down"),
    Action(
        "floor-closed",
        "floor_closed",
        "ctrl+f",
        "Floor closed",
        On.LIVE,
        "Floor closed: the current speaker's time ends now and is saved",
    ),
    Action(
        "statistics",
        "statistics",
        "ctrl+g",
        "Speaking time",
        On.LIVE,
        "Speaking time: statements and time by speaker, group and role, with bars",
    ),
    # The key that opens the prepare screen goes back from it; the Chair's list's key goes to the
    # list, and from it back (saving the list).
    Action("prepare", "live", "f5", "Live screen", On.PREPARE, show=True),
    Action("save-list", "save_list", "ctrl+s", "Save the list of speakers", On.PREPARE, show=True),
    Action("chairs-list", "chairs_list", "f9", "The Chair's list; from it, the live screen", On.PREPARE),
    Action("import-list", "import_list", "ctrl+o", "Import a list", On.PREPARE, show=True),
    # The key that opens the proposals goes back from them, as Esc does.
    Action("proposals", "back", "f8", "Live screen", On.PROPOSALS, show=True),
    Action("", "back", "escape", "Live screen", On.PROPOSALS),
    # The speaking-time screen: its scope and order, one key each; the key that opened it, or Esc, goes back.
    Action("statistics-meeting", "scope('meeting')", "m", "Meeting", On.STATISTICS, show=True),
    Action("statistics-item", "scope('item')", "i", "Item", On.STATISTICS, show=True),
    Action("statistics-session", "scope('session')", "s", "Session", On.STATISTICS, show=True),
    Action("statistics-by-time", "sort('time')", "t", "By time", On.STATISTICS, show=True),
    Action("statistics-by-count", "sort('count')", "c", "By count", On.STATISTICS, show=True),
    Action("statistics", "close", "ctrl+g", "Live screen", On.STATISTICS, show=True),
    Action("", "close", "escape", "Live screen", On.STATISTICS),
    # The help screen closes with the key that opened it, or Esc.
    Action("", "dismiss", "escape", "Close", On.HELP),
    Action("help", "dismiss", "f1", "Close", On.HELP),
)

# Ids a keymap may hold from before undo and redo were one key on every screen: read as the id
# they became.
RETIRED_IDS = {"prepare-undo": "undo", "proposals-undo": "undo", "prepare-redo": "redo", "proposals-redo": "redo"}


def bindings(on: On) -> list[BindingType]:
    """The ``BINDINGS`` of a screen (or of the app)."""
    return [
        Binding(
            action.key,
            action.action,
            action.label,
            show=action.show or action.footer > 0,
            priority=action.priority,
            id=action.id or None,
        )
        for action in ACTIONS
        if action.on is on
    ]


def on_screen(*places: On) -> list[Action]:
    """The actions of a screen, in the order of the list above (the help screen's order)."""
    return [action for action in ACTIONS if action.on in places]


def footer_rank(action: str) -> int:
    """The place of a live screen action in its footer (0: not in it)."""
    return next((a.footer for a in ACTIONS if a.action == action and a.on in (On.LIVE, On.UNDOABLE)), 0)


def footer_order(action: str) -> tuple[bool, int]:
    """Where a key goes in a screen's footer: the screen's keys in the order above, the app's last."""
    return next(((a.on is On.APP, index) for index, a in enumerate(ACTIONS) if a.action == action), (True, len(ACTIONS)))


def remappable() -> list[str]:
    """Every id a user may give a key to in ``[keymap]``."""
    return list(dict.fromkeys(action.id for action in ACTIONS if action.id))


def unknown_ids(chosen: Mapping[str, str]) -> list[str]:
    """The ids in a user's ``[keymap]`` that are no key's."""
    return [action_id for action_id in chosen if action_id not in remappable() and action_id not in RETIRED_IDS]


def meant_id(unknown: str) -> str | None:
    """The id a slip in ``[keymap]`` most likely meant ("floorclosed": "floor-closed"), if one is close."""
    import difflib

    ids = remappable()
    by_letters = {action_id.replace("-", "").replace("_", ""): action_id for action_id in ids}
    folded = unknown.lower().replace("-", "").replace("_", "").replace(" ", "")
    if folded in by_letters:
        return by_letters[folded]
    close = difflib.get_close_matches(unknown.lower(), ids, n=1, cutoff=0.75)
    return close[0] if close else None


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
# Textual's names of keys ("f12", "home", "pageup", "space") and of the characters it names in words
# ("question_mark", "full_stop"), as a binding or a [keymap] may write them.
_KEY_NAMES = frozenset(
    {key.value.split("+")[-1] for key in Keys if not key.value.startswith("<")}
    | {unicodedata.name(c).lower().replace(" ", "_").replace("-", "_") for c in string.punctuation}
)


def key_name_known(key: str) -> bool:
    """Whether ``key`` names a key Textual can bind: modifiers, then one character or a key's name
    ("ctrl+z", "f12", "shift+tab", "?", "question_mark"); "ctrl+banana" names none."""
    *modifiers, base = key.strip().split("+")
    if not base or any(m.lower() not in _MODIFIERS for m in modifiers):
        return False
    return (len(base) == 1 and base.isprintable()) or base.lower() in _KEY_NAMES


def unknown_keys(chosen: Mapping[str, str]) -> dict[str, list[str]]:
    """The key names in a user's ``[keymap]`` that name no key, by id (a slip such as "ctrl+banana"
    left the action with no key that works, unsaid)."""
    found = {action_id: [k for k in _keys(keys) if not key_name_known(k)] for action_id, keys in chosen.items()}
    return {action_id: bad for action_id, bad in found.items() if bad}


def keymap_in_force(chosen: Mapping[str, str]) -> dict[str, str]:
    """The user's ``[keymap]`` with the ids it may hold from before read as they are now (an id
    written both ways: the one of today wins), and without the key names that name no key: an id
    left with none keeps its own keys."""
    keymap = {RETIRED_IDS[old]: keys for old, keys in chosen.items() if old in RETIRED_IDS}
    keymap.update({action_id: keys for action_id, keys in chosen.items() if action_id not in RETIRED_IDS})
    known = {action_id: ",".join(k for k in _keys(keys) if key_name_known(k)) for action_id, keys in keymap.items()}
    return {action_id: keys for action_id, keys in known.items() if keys}


@runtime_checkable
class HasKeymap(Protocol):
    """An app that says which keys are in force (the unreport app: the settings' keymap)."""

    @property
    def keymap(self) -> Mapping[str, str]: ...


_UNDOABLE_SCREENS = {On.UNDOABLE, On.LIVE, On.PREPARE, On.PROPOSALS}


def _same_screen(one: On, other: On) -> bool:
    """Whether two actions' keys are taken on one screen (where a key can run only one of them)."""
    return one is other or On.APP in (one, other) or (On.UNDOABLE in (one, other) and {one, other} <= _UNDOABLE_SCREENS)


def _keys(keys: str) -> list[str]:
    return [key.strip() for key in keys.split(",") if key.strip()]


def taken_away(keymap: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """The actions a user's ``[keymap]`` left without a key, by id: (the key, the id that took it).
    A key chosen for one action is that action's alone on its screen (Textual takes it from the one
    it was the default of), so "undo = f2" leaves the draft without f2."""
    lost: dict[str, tuple[str, str]] = {}
    for action in ACTIONS:
        if not action.id or action.id in keymap:
            continue
        kept, taker = _keys(action.key), ("", "")
        for other in ACTIONS:
            if other.id in keymap and other.id != action.id and _same_screen(action.on, other.on):
                for key in _keys(keymap[other.id]):
                    if key in kept:
                        kept.remove(key)
                        taker = (key, other.id)
        if not kept and taker[1]:  # on this screen (an id may have a key on several)
            lost.setdefault(action.id, taker)
    return lost


NO_KEY = "no key"  # how a sentence, the help screen and the palette name the key of an action left without one


def key_for(action_id: str, keymap: Mapping[str, str] | None = None) -> str:
    """The key that runs ``action_id``, as it is named in a sentence ("ctrl+z", or the user's own
    key): from ``keymap``, or else the running app's."""
    if keymap is None:
        try:
            app = active_app.get()
        except LookupError:  # no app running (a sentence made outside one): the default key
            app = None
        keymap = app.keymap if isinstance(app, HasKeymap) else {}
    default = next((action.key for action in ACTIONS if action.id == action_id), None)
    if default is None:
        raise KeyError(f"no action has the id {action_id!r}")
    if action_id in keymap:
        return _keys(keymap[action_id])[0] if _keys(keymap[action_id]) else default.split(",")[0].strip()
    kept = [
        key
        for key in _keys(default)
        if not any(
            key in _keys(keys)
            for other, keys in keymap.items()
            if other != action_id and _same_screen(_on(action_id), _on(other))
        )
    ]
    return kept[0] if kept else NO_KEY


def _on(action_id: str) -> On:
    return next((action.on for action in ACTIONS if action.id == action_id), On.APP)


def with_keys(text: str, keymap: Mapping[str, str] | None = None) -> str:
    """``text`` with each ``{id}`` replaced by its key in force ("Enter, {impersonal} or {named-point}")."""
    return re.sub(r"\{([a-z-]+)\}", lambda found: key_for(found.group(1), keymap), text)
