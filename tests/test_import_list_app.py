"""Importing a list from a file on the prepare screen (ctrl+o): which list, the file, each line as
it is taken; Enter saves (asking about each line marked ?), Esc saves nothing; one undo brings
back what was there. Driven as a user would, with Pilot; what counts is what is on the disk."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label, OptionList, Static, TextArea

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.choose_each import ChooseEachDialog
from unreport_tui.app.screens.import_list import ImportListDialog
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.core.model import Attendance, ListEntry, Role
from unreport_tui.storage import open_store

from .screen import widget_text
from .test_app import on_disk
from .test_app_opening import until


@pytest.fixture
def demo_store(tmp_path, demo_session):
    store = open_store(tmp_path / "notes" / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)
    yield store
    store.close()


async def _open_dialog(app, pilot) -> ImportListDialog:
    await pilot.press("f5")
    await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
    await pilot.press("ctrl+o")
    await until(lambda: isinstance(app.screen, ImportListDialog), pilot)
    return app.screen


async def _read(app, pilot, dialog: ImportListDialog, path) -> None:
    box = dialog.query_one("#import-path", Input)
    assert app.focused is box  # the cursor is in the file's name at once
    box.value = str(path)
    await pilot.press("enter")
    await until(lambda: dialog.imported is not None or "unreport" in widget_text(dialog.query_one("#import-said")), pilot)


async def test_a_list_with_a_line_not_resolved_is_asked_about_then_saved_as_one_undoable_step(demo_store, tmp_path):
    listing = tmp_path / "speakers.csv"
    listing.write_text("Delegation;On behalf of;Type\nEgypt;African Group;\nAustrai;;\nGreenpeace;;NGO\n", encoding="utf-8")
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_dialog(app, pilot)
        await _read(app, pilot, dialog, listing)
        preview = str(dialog.query_one("#import-preview", Static).content).splitlines()
        assert "   2  ✓ Egypt (on behalf of the Group of African States)  (member)" in preview
        assert preview[1].startswith("   3  ? Austrai  which one?") and preview[1].endswith("closest: Australia, Austria")
        assert "   4  ✓ Greenpeace  (NGO, as the file says)" in preview
        assert "The Chair's list of speakers of item 2 (b), from speakers.csv" in widget_text(dialog.query_one("#import-said"))
        assert on_disk(demo_store).item("2b").speakers_list == []  # shown, nothing saved
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, ChooseEachDialog), pilot)
        await pilot.press("down", "down", "enter")  # the second closest: Austria (two as close: none chosen at first)
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        assert on_disk(demo_store).item("2b").speakers_list == [
            ListEntry("Egypt", "Group of African States"),
            ListEntry("Austria"),
            ListEntry("Greenpeace", role=Role.NGO),
        ]
        assert "Egypt (on behalf of the Group of African States)" in app.screen.query_one("#speakers-list", TextArea).text
        await pilot.press("ctrl+z")  # one step: the list there before comes back whole
        await pilot.pause()
        assert on_disk(demo_store).item("2b").speakers_list == []


async def test_esc_in_the_preview_or_in_its_questions_saves_nothing(demo_store, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text("Chile\nZzqx\n", encoding="utf-8")
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_dialog(app, pilot)
        await _read(app, pilot, dialog, listing)
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, ChooseEachDialog), pilot)
        await pilot.press("escape")  # the question: back to the preview, nothing saved
        await until(lambda: app.screen is dialog, pilot)
        assert "Nothing saved" in widget_text(dialog.query_one("#import-keys", Label))
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        assert on_disk(demo_store).item("2b").speakers_list == []
        assert not app.screen.query_one("#prepare-error", Label).render().plain  # no error either


async def test_the_participants_are_chosen_with_the_arrows_and_fill_the_attendance(demo_store, tmp_path):
    listing = tmp_path / "participants.csv"
    listing.write_text(
        "Country,Category\nAlgeria,Member State\nHoly See,Observer State\nEuropean Union,IGO\nLa Strada International,NGO\n",
        encoding="utf-8",
    )
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_dialog(app, pilot)
        await pilot.press("down")  # the cursor stays in the file's name; the list below it moves
        assert dialog.query_one(OptionList).highlighted == 1
        await _read(app, pilot, dialog, listing)
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        assert on_disk(demo_store).organization.attendance == Attendance(
            members=["Algeria"], observer_states=["Holy See"], igos=["European Union"], ngos=["La Strada International"]
        )
        assert app.screen.query_one("#org_members", Input).value == "Algeria"  # the box shows it


async def test_a_bad_file_is_said_in_the_dialog_and_nothing_changes(demo_store, tmp_path):
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 8)
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_dialog(app, pilot)
        box = dialog.query_one("#import-path", Input)
        box.value = str(garbage)
        await pilot.press("enter")
        said = dialog.query_one("#import-said", Label)
        await until(lambda: "not a text list" in widget_text(said), pilot)
        assert widget_text(said).startswith(str(garbage))
        assert app.screen is dialog and dialog.imported is None  # the name can be corrected at once
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
    assert on_disk(demo_store).item("2b").speakers_list == []


def test_a_file_name_is_completed_with_the_list_files_first(tmp_path):
    import asyncio

    from unreport_tui.app.screens.import_list import FileNameSuggester

    (tmp_path / "speakers.csv").write_text("Chile\n", encoding="utf-8")
    (tmp_path / "speakers-notes.docx").write_bytes(b"")
    (tmp_path / "sessions").mkdir()
    suggest = FileNameSuggester(tmp_path).get_suggestion
    assert asyncio.run(suggest(f"{tmp_path}/spe")) == f"{tmp_path}/speakers.csv"
    assert asyncio.run(suggest("spe")) == "speakers.csv"  # a name alone: in the folder offered
    assert asyncio.run(suggest(f"{tmp_path}/ses")) == f"{tmp_path}/sessions/"
    assert asyncio.run(suggest(f"{tmp_path}/speakers.csv")) is None
    assert asyncio.run(suggest(f"{tmp_path}/nothing/he")) is None


async def test_a_file_name_completed_by_the_right_arrow_in_a_burst_is_the_one_read(demo_store, tmp_path):
    # "spe" → Enter in one burst: → came before the completion shown greyed, did nothing, and
    # Enter read "spe" ("no such file") while the box showed speakers.csv.
    from .test_keys_in_a_burst import burst

    (tmp_path / "speakers.csv").write_text("Delegation\nEgypt\n", encoding="utf-8")
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open_dialog(app, pilot)
        box = dialog.query_one("#import-path", Input)
        box.value = f"{tmp_path}/"
        box.select_all()  # as the dialog opens: → only ends the selection, it adds no name
        await pilot.press("right")
        assert box.value == f"{tmp_path}/" and box.cursor_position == len(box.value)
        burst(app, "spe", "right", "enter")
        await until(lambda: dialog.imported is not None or "unreport" in widget_text(dialog.query_one("#import-said")), pilot)
        assert box.value == f"{tmp_path}/speakers.csv"
        assert "from speakers.csv" in widget_text(dialog.query_one("#import-said"))
