"""Keys chosen in ``[keymap]`` (settings.toml) are the keys in force everywhere: the footer, the
help screen, the palette, the messages, and every screen that undoes; and the README's table of
keys says what the app does."""

from __future__ import annotations

import re
from pathlib import Path

from textual.command import CommandList
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp

from .screen import footer_text, widget_text
from .test_app import on_disk
from .test_app_opening import until

README = Path(__file__).parent.parent / "README.md"


def keymap(text: str) -> None:
    from unreport_tui.app.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(f"[keymap]\n{text}\n", encoding="utf-8")


def said(app) -> str:
    return " ".join(str(n.message) for n in app._notifications)


async def test_keys_chosen_in_the_keymap_are_shown_and_taken_on_every_screen(demo_store, demo_session):
    keymap('help = "f12"\nundo = "f11"')
    app = UnreportApp(demo_store)
    async with app.run_test(size=(200, 40)) as pilot:
        # The footer: the keys chosen, in the footer's own order (undo after the impersonal point).
        footer = footer_text(app)
        assert footer.startswith("f12 All keys")
        assert footer.index("Impersonal point") < footer.index("f11 Undo") < footer.index("Export")
        # A message names the key in force.
        await pilot.press(*"Zorblax Foundation", "enter")
        await until(lambda: "unreport knows" in said(app), pilot)
        assert "f11 takes it back" in said(app) and "ctrl+z" not in said(app)
        await pilot.press("f11")  # undone on the live screen
        await pilot.pause()
        assert on_disk(demo_store) == demo_session
        # The help screen: opened and closed by the key chosen, listing the keys in force.
        await pilot.press("f12")
        await pilot.pause()
        from unreport_tui.app.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        keys = " ".join(widget_text(text) for text in app.screen.query("#help-dialog Static"))
        assert "f12 All keys" in keys and "f11 Undo" in keys
        assert "ctrl+z" not in keys and not re.search(r"\bf1 ", keys)
        await pilot.press("f12")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        # The prepare screen undoes with the same key, and says so.
        await pilot.press("f5")
        await pilot.pause()
        assert "f11 undoes" in widget_text(app.screen.query_one("#prepare-intro"))
        footer = footer_text(app)
        assert footer.startswith("f12 All keys f11 Undo ^y Redo f5 Live screen")  # in the footer's own order
        # Its own keys are listed by the help screen's key, with those of its boxes.
        assert listed_by(await help_screen(app, pilot, "f12"), "f11", "f9", "ctrl+o", "text, Enter", "Tab, shift+Tab")
        await pilot.press("f12")
        await pilot.pause()
        venue = app.screen.query_one("#venue", Input)
        venue.focus()
        venue.value = "Geneva"
        await pilot.press("enter")
        await pilot.pause()
        assert on_disk(demo_store).info.venue == "Geneva"
        await pilot.press("f11")
        await pilot.pause()
        assert on_disk(demo_store).info.venue == demo_session.info.venue
        await pilot.press("f5")
        await pilot.pause()
        # The proposals screen too.
        await pilot.press("f8")
        await pilot.pause()
        assert "f11 undoes" in widget_text(app.screen.query_one("#proposals-intro"))
        assert footer_text(app).startswith("f12 All keys f11 Undo ^y Redo")
        keys = await help_screen(app, pilot, "f12")
        assert listed_by(keys, "f11", "f8", "Esc", "a name, Enter") and "f5" not in keys
        assert keys["f8"] == keys["Esc"] == "Live screen"


async def help_screen(app, pilot, key: str) -> dict[str, str]:
    """The help screen opened by ``key``: what each key it lists does, the first row of each key."""
    from unreport_tui.app.screens.help import HelpScreen

    await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    keys: dict[str, str] = {}
    for row_keys, what in app.screen.rows:
        keys.setdefault(row_keys, what)
    return keys


def listed_by(keys: dict[str, str], *wanted: str) -> bool:
    """Each of ``wanted`` is listed, and no default key the keymap replaced (f1, ctrl+z)."""
    missing = [key for key in wanted if key not in keys]
    assert not missing, f"not listed: {missing} in {sorted(keys)}"
    assert "f1" not in keys and "ctrl+z" not in keys
    return True


async def test_the_palette_offers_unreports_commands_before_anything_is_typed(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        commands = app.screen.query_one(CommandList)

        def offered():
            return " ".join(str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count))

        await until(lambda: "Undo the last change" in offered(), pilot)
        assert "Action on proposals" in offered() and "Export the draft" in offered()


def readme_keys() -> list[tuple[list[str], list[str]]]:
    """Each row of the README's table of keys that names an id: (its keys, its ids)."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| key |", text.index("## Keys")) :]
    table = table[: table.index("\n\n")]
    rows = []
    for line in table.splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        keys, ids = cells[0], cells[1]
        if not ids:
            continue
        written = [key.replace("↑", "up").replace("↓", "down").lower() for key in re.findall(r"`([^`]+)`", keys)]
        rows.append((written, [i.strip("` ") for i in ids.split("/")]))
    return rows


def test_the_readmes_table_of_keys_says_what_each_key_is():
    from unreport_tui.app.actions import ACTIONS, remappable

    defaults = {action.id: action.key for action in ACTIONS if action.id}
    listed = set()
    for keys, ids in readme_keys():
        assert len(keys) == len(ids), (keys, ids)
        for key, action_id in zip(keys, ids, strict=True):
            assert action_id in defaults, f"{action_id}: no such key in the app"
            assert defaults[action_id].split(",")[0] == key, f"{action_id}: the app says {defaults[action_id]}"
            listed.add(action_id)
    shown = {action.id for action in ACTIONS if action.id and (action.palette or action.footer)}
    assert shown <= listed, f"not in the README's table: {sorted(shown - listed)}"
    assert listed <= set(remappable())


def test_every_key_runs_an_action_of_its_screen_and_every_key_named_is_one_of_the_apps():
    from unreport_tui.app.actions import ACTIONS, On, with_keys
    from unreport_tui.app.commands import ACTIONS as PALETTE
    from unreport_tui.app.screens.help import BOX_KEYS, READ_ONLY_KEYS, HelpScreen
    from unreport_tui.app.screens.live import LiveScreen
    from unreport_tui.app.screens.prepare import INTRO, PrepareScreen
    from unreport_tui.app.screens.proposals import ProposalsScreen
    from unreport_tui.app.screens.statistics import StatisticsScreen
    from unreport_tui.app.screens.undoable import UndoableScreen
    from unreport_tui.app.widgets.draft_view import CHAPTER_REPORTS_IT

    screens = {
        On.APP: UnreportApp,
        On.UNDOABLE: UndoableScreen,
        On.LIVE: LiveScreen,
        On.PREPARE: PrepareScreen,
        On.PROPOSALS: ProposalsScreen,
        On.HELP: HelpScreen,
        On.STATISTICS: StatisticsScreen,
    }
    for action in ACTIONS:
        assert callable(getattr(screens[action.on], f"action_{action.action.split('(')[0]}", None)), action
    for text in [name for name, _ in PALETTE] + [k + w for k, w in BOX_KEYS + READ_ONLY_KEYS] + [CHAPTER_REPORTS_IT, INTRO]:
        assert "{" not in with_keys(text), text  # an id that is no key's would raise KeyError


def test_a_keymap_written_with_the_ids_undo_had_on_each_screen_still_works():
    from unreport_tui.app.actions import keymap_in_force

    assert keymap_in_force({"prepare-undo": "f11", "proposals-redo": "f10", "help": "f12"}) == {
        "undo": "f11",
        "redo": "f10",
        "help": "f12",
    }
    assert keymap_in_force({"prepare-undo": "f11", "undo": "ctrl+u"}) == {"undo": "ctrl+u"}  # today's id wins


async def test_an_id_in_the_keymap_that_is_no_keys_is_said_at_start(demo_store):
    keymap('undoo = "f11"\nhelp = "f12"\nfloorclosed = "f4"\nzzz = "f3"')
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: "undoo" in said(app), pilot)
        # help is one: not named; a slip gets the id it most likely meant
        assert (
            "[keymap] undoo (did you mean undo?), floorclosed (did you mean floor-closed?), zzz: "
            "no key of unreport has these ids, so they change nothing." in said(app)
        )
        await pilot.press("f12")  # the others are taken
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_a_key_name_in_the_keymap_that_names_no_key_is_said_and_the_action_keeps_its_own(demo_store):
    keymap('undo = "ctrl+banana"\nhelp = "f12"')
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: "ctrl+banana" in said(app), pilot)
        assert '[keymap] undo = "ctrl+banana": ctrl+banana names no key, so it changes nothing' in said(app)
        await pilot.press("f12")  # the other key chosen is taken
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        keys = " ".join(widget_text(text) for text in app.screen.query("#help-dialog Static"))
        assert "ctrl+banana" not in keys and "ctrl+z" in keys


async def test_a_key_chosen_that_another_action_had_is_said_and_that_action_is_shown_with_no_key(demo_store):
    keymap('undo = "f2"')
    app = UnreportApp(demo_store)
    async with app.run_test(size=(200, 40)) as pilot:
        await until(lambda: "takes f2" in said(app), pilot)
        assert '[keymap] undo = "f2" takes f2 from draft, which now has no key' in said(app)
        await pilot.press("f1")
        await pilot.pause()
        keys = " ".join(widget_text(text) for text in app.screen.query("#help-dialog Static"))
        assert "f2 Undo" in keys and "f2 Draft" not in keys and "no key Draft" in keys


def test_only_the_actions_a_keymap_leaves_without_a_key_are_taken_away():
    from unreport_tui.app.actions import NO_KEY, key_for, taken_away

    assert taken_away({"undo": "f2"}) == {"draft": ("f2", "undo")}
    assert key_for("draft", {"undo": "f2"}) == NO_KEY and key_for("undo", {"undo": "f2"}) == "f2"
    assert taken_away({"undo": "f11", "help": "f12"}) == {}
    assert taken_away({"undo": "f2", "draft": "f12"}) == {}  # the draft was given a key of its own
    assert taken_away({"draft": "f9"}) == {"chairs-list": ("f9", "draft")}  # on the live screen, not the prepare one
    assert key_for("draft", {"undo": "f2", "draft": "f6"}) == "f6"
