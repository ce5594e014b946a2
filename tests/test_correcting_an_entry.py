"""The correction dialog, as a note-taker uses it: the text being corrected is never lost to the
first key typed."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.entry_ref import EntryKind
from unreport_tui.app.screens.edit_entry import EditEntryDialog
from unreport_tui.app.widgets.completing_input import recased
from unreport_tui.app.widgets.log_view import LogView

from .test_app import on_disk
from .test_app_opening import until


async def open_the_correction_of_the_last(app, pilot, kind: EntryKind) -> None:
    log = app.screen.query_one("#log")
    log.focus()
    await pilot.pause()
    assert log.highlighted_entry.kind is kind  # the newest entry, as the log opens on it
    await pilot.press("enter")
    await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)


async def test_typing_in_the_correction_of_a_point_adds_to_its_text_at_the_end(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the report", "enter")
        await until(lambda: app.book.current_item.points[-1].text == "noted the report", pilot)
        await open_the_correction_of_the_last(app, pilot, EntryKind.POINT)
        box = app.screen.query_one("#edit-text", Input)
        assert box.selection.is_empty and box.cursor_position == len("noted the report")
        await pilot.press(*" of the Secretariat", "tab", *"; Chile", "enter", "enter")  # the name completed, then saved
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        point = on_disk(demo_store).item("2b").points[-1]
        assert (point.text, point.speakers) == ("noted the report of the Secretariat", ["Kenya", "Chile"])


async def test_typing_in_the_correction_of_a_statement_adds_to_the_speaker_s_name(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", "enter")
        await until(lambda: app.focused.id == "speaker", pilot)
        await open_the_correction_of_the_last(app, pilot, EntryKind.STATEMENT)
        box = app.screen.query_one("#edit-speaker", Input)
        assert box.selection.is_empty and box.cursor_position == len("Chile")
        await pilot.press(*" Islands")
        assert box.value == "Chile Islands"  # added to the name, not put in its place
        await pilot.press("escape", "escape")  # the suggestions close, then the dialog: nothing changes
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "Chile"


async def test_a_yes_or_no_typed_wrong_is_refused_in_the_dialog_and_changes_nothing(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the report", "enter")
        await until(lambda: app.book.current_item.points[-1].text == "noted the report", pilot)
        before = on_disk(demo_store).item("2b").points[-1]
        await open_the_correction_of_the_last(app, pilot, EntryKind.POINT)
        named = app.screen.query_one("#edit-named", Input)
        named.value = "yse"  # a slip: once read as "no", which moves the point into another paragraph
        named.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EditEntryDialog)
        assert "'yse': type one of yes, no" in str(app.screen.query_one("#edit-error").render())
        assert app.screen.focused is named
        assert on_disk(demo_store).item("2b").points[-1] == before
        named.value = "yes"
        await pilot.press("enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        assert on_disk(demo_store).item("2b").points[-1].named is True


async def test_a_name_logged_in_small_letters_is_corrected_to_its_capitals_by_typing_them(demo_store):
    """A speaker typed fast in small letters is printed so ("the observer for amnesty international"):
    typing the name again with its capitals in the correction saves them, although the name logged
    is offered first, spelt as it was."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"amnesty international", "enter", "enter")
        await until(lambda: app.focused.id == "speaker", pilot)
        await open_the_correction_of_the_last(app, pilot, EntryKind.STATEMENT)
        await pilot.press("ctrl+u", *"Amnesty International", "enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "Amnesty International"
        # In the speaker box, a name typed in small letters is still the one logged, as it was spelt.
        await pilot.press(*"chile", "enter", "enter", *"amnesty international", "enter", "enter")
        await until(lambda: len(on_disk(demo_store).item("2b").statements) >= 2, pilot)
        await until(lambda: on_disk(demo_store).item("2b").statements[-1].speaker != "Chile", pilot)
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "Amnesty International"


@pytest.mark.parametrize(
    ("typed", "offered", "taken"),
    [
        ("Amnesty International", "amnesty international", "Amnesty International"),  # capitals added
        ("Amnesty international", "amnesty international", "Amnesty international"),
        ("amnesty international", "Amnesty International", "Amnesty International"),  # typed fast: as logged
        ("CHILE", "Chile", "Chile"),  # all in capitals (caps lock): as logged
        ("Chile", "Chile", "Chile"),
        ("Chilean", "chile", "chile"),  # another name: the one highlighted
    ],
)
def test_the_name_typed_is_taken_over_the_one_offered_only_when_it_adds_capitals(typed, offered, taken):
    assert (typed if recased(typed, offered) else offered) == taken


async def test_after_a_speaker_is_corrected_the_log_stays_on_their_statement(demo_store):
    """Correcting a speaker renames the points logged under them too; the highlight stays on the
    statement corrected, so that the next Enter opens it again, not the correction of a point."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"croatia", "enter", *"noted the report", "enter", *"stressed the need for data", "enter", "enter")
        await until(lambda: app.focused.id == "speaker", pilot)
        log = app.screen.query_one("#log", LogView)
        log.focus()
        await pilot.press("up", "up")
        await pilot.pause()
        assert log.highlighted_entry.kind is EntryKind.STATEMENT
        corrected = log.highlighted_entry
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
        await pilot.press("ctrl+u", *"czechia", "enter")
        await until(lambda: not isinstance(app.screen, EditEntryDialog), pilot)
        await until(lambda: on_disk(demo_store).item("2b").statements[-1].speaker == "Czechia", pilot)
        assert on_disk(demo_store).item("2b").points[-1].speakers == ["Czechia"]
        assert log.highlighted_entry == corrected
