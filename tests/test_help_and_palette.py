"""The help screen (f1) and the command palette (ctrl+p) as a note-taker reads them: each key
once, and only what helps take notes."""

from __future__ import annotations

from textual.command import CommandList

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.help import HelpScreen

from .screen import widget_text
from .test_app_opening import until


async def test_the_help_screen_names_each_key_once(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await until(lambda: isinstance(app.screen, HelpScreen), pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = [key for key, _ in app.screen.rows]
        assert len(keys) == len(set(keys)), keys
        assert [key.lower() for key in keys].count("delete") == 1
        words = " ".join(widget_text(text) for text in app.screen.query("#help-dialog Static"))
        assert words.count("delete the highlighted entry") == 1 and words.count("Move up") == 0


async def test_the_palette_before_anything_is_typed_offers_the_note_taker_s_actions_not_textual_s(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        commands = app.screen.query_one(CommandList)

        def offered():
            return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]

        await until(lambda: any("Export the draft" in line for line in offered()), pilot)
        every = "\n".join(offered())
        for textual_s in ("Maximize", "Screenshot", "as soon as possible", "Show help for the focused widget"):
            assert textual_s not in every
        assert "Theme" in every and every.count("Keys") == 1
        for action in (
            "Same point (+1)",
            "Delete the highlighted entry",
            "Move the highlighted entry up",
            "Move the highlighted entry down",
        ):
            assert action in every


async def test_delete_from_the_palette_deletes_the_entry_highlighted_in_the_log(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", *"noted the report", "enter")
        await until(lambda: app.book.current_item.points[-1].text == "noted the report", pilot)
        points = len(app.book.current_item.points)
        app.screen.query_one("#log").focus()
        await pilot.pause()
        await pilot.press("ctrl+p", *"delete the highlighted")
        commands = app.screen.query_one(CommandList)
        await until(lambda: commands.option_count > 0 and "Delete" in str(commands.get_option_at_index(0).prompt), pilot)
        await pilot.press("enter")
        await until(lambda: len(app.book.current_item.points) == points - 1, pilot)
        assert all(p.text != "noted the report" for p in app.book.current_item.points)


async def test_the_palette_on_the_prepare_screen_goes_to_each_section(demo_store):
    """The organization chapter is some thirty boxes down the form: "organ" in the palette, Enter,
    and the cursor is in its first box; before anything is typed, every section is offered."""
    from unreport_tui.app.screens.prepare import SECTIONS, PrepareScreen

    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        await pilot.press("ctrl+p")
        commands = app.screen.query_one(CommandList)

        def offered():
            return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]

        await until(lambda: any("Go to: Officers" in line for line in offered()), pilot)
        assert [line for line in offered() if line.startswith("Go to: ")] == [f"Go to: {name}" for name, _ in SECTIONS]
        await pilot.press(*"organ")
        await until(lambda: bool(offered()) and offered()[0] == "Go to: The organization chapter", pilot)
        await pilot.press("enter")
        await until(lambda: app.focused is not None and app.focused.id == "org_chapter", pilot)
        await pilot.press("ctrl+p", *"chair's list", "enter")
        await until(lambda: app.focused is not None and app.focused.id == "speakers-list", pilot)
