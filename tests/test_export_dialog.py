"""The export dialog (f4) as a note-taker meets it: it says what it exports (the current item or the
whole report), switches between the two, and offers the format chosen last time."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.export_dialog import ExportDialog
from unreport_tui.app.screens.live import LiveScreen

from .screen import widget_text
from .test_app_opening import until

MASTHEAD = "Conference of the Parties"  # the whole report's first line; an item's draft has none


async def open_export(app, pilot) -> None:
    await pilot.press("f4")
    await until(lambda: isinstance(app.screen, ExportDialog), pilot)


def what_is_exported(app) -> str:
    return widget_text(app.screen.query_one("#export-scope"))


async def write(app, pilot, path: Path) -> None:
    app.screen.query_one("#export-path").value = str(path)
    await pilot.press("enter")
    await until(lambda: isinstance(app.screen, LiveScreen), pilot)


async def test_the_export_dialog_says_it_exports_the_current_item_and_f3_switches_to_the_whole_report(demo_store, tmp_path):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        item = app.book.current_item
        await open_export(app, pilot)
        assert what_is_exported(app).startswith(f"Current item: {item.number}, no masthead · f3: whole report")
        assert widget_text(app.screen.query_one("#export-title")) == item.title
        await write(app, pilot, tmp_path / "item.md")
        assert MASTHEAD not in (tmp_path / "item.md").read_text(encoding="utf-8")
        await open_export(app, pilot)
        await pilot.press("f3")
        assert what_is_exported(app).startswith("Whole report")
        await write(app, pilot, tmp_path / "whole.md")
        assert MASTHEAD in (tmp_path / "whole.md").read_text(encoding="utf-8")
        await open_export(app, pilot)  # the next export offers what the last one wrote
        assert what_is_exported(app).startswith("Whole report")
        await pilot.press("f3")  # switched to the item, then a session file: it holds everything, no choice is kept
        await write(app, pilot, tmp_path / "session.toml")
        await open_export(app, pilot)
        await write(app, pilot, tmp_path / "again.md")
        assert MASTHEAD in (tmp_path / "again.md").read_text(encoding="utf-8")
        await pilot.press("f3", "f3")  # the draft's own switch, there and back: exports follow the draft again
        await open_export(app, pilot)
        assert what_is_exported(app).startswith(f"Current item: {item.number}")
        await pilot.press("escape")
        await pilot.press("f3")  # the draft of the whole report: the dialog says so, and f3 goes back
        await open_export(app, pilot)
        assert what_is_exported(app).startswith("Whole report")
        await pilot.press("f3")
        assert what_is_exported(app).startswith(f"Current item: {item.number}")


async def test_the_export_dialog_offers_the_format_chosen_last_time_even_after_a_restart(demo_store, tmp_path):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export(app, pilot)
        await write(app, pilot, tmp_path / "for-the-editors.docx")
        assert (tmp_path / "for-the-editors.docx").exists()
        await open_export(app, pilot)
        assert app.screen.query_one("#export-path", Input).value.endswith(".docx")
        assert app.screen.query_one("#export-format", OptionList).highlighted_option.id == "docx"
    again = UnreportApp(demo_store)
    async with again.run_test(size=(80, 24)) as pilot:
        await open_export(again, pilot)
        assert again.screen.query_one("#export-path", Input).value == str(tmp_path / f"{demo_store.path.stem}-draft.docx")


def _line(widget, y: int = 0) -> str:
    """What a line of the widget shows on the screen."""
    return widget.render_line(y).text


async def test_at_80_by_24_the_dialogs_lines_are_whole_and_a_long_title_is_cut_with_an_ellipsis(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        item = app.book.current_item
        assert len(item.title) > 200  # the demo's: three lines at this width
        await open_export(app, pilot)
        await pilot.pause()
        dialog = app.screen.query_one("#export-dialog")
        assert dialog.region.bottom <= 24
        scope = app.screen.query_one("#export-scope")
        shown = " ".join(_line(scope, y).strip() for y in range(scope.region.height))
        assert dialog.content_region.contains_region(scope.region), shown
        assert shown == f"Current item: {item.number}, no masthead · f3: whole report"
        title = app.screen.query_one("#export-title")
        assert dialog.content_region.contains_region(title.region)
        assert title.region.height == 1
        assert _line(title).rstrip().endswith("…") and item.title.startswith(_line(title).rstrip()[:-1])
        await pilot.press("f3")
        await pilot.pause()
        assert _line(scope).strip() == f"Whole report · f3: only item {item.number}"
        assert not title.display


async def test_a_name_whose_extension_names_no_format_is_refused_and_nothing_written(demo_store, tmp_path):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await open_export(app, pilot)
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "report.pdf")
        await pilot.press("enter")
        await until(lambda: "names no format" in widget_text(app.screen.query_one("#export-error")), pilot)
        assert widget_text(app.screen.query_one("#export-error")).startswith(
            "report.pdf: .pdf names no format; end the name with .md, .txt, .html, .akn, .docx or .toml; or leave it off"
        )
        assert isinstance(app.screen, ExportDialog) and not (tmp_path / "report.pdf").exists()
        await write(app, pilot, tmp_path / "report")  # no extension: the format highlighted
        assert (tmp_path / "report").read_text(encoding="utf-8")
