"""The live screen's parts as a note-taker meets them: a correction typed in its form is saved as
the form reads it (names as a list, yes/no boxes as yes or no, a group typed short as the UN's
name), and leaving the prepare or the proposals screen puts the cursor back in the speaker box with
the session shown as it was left. And the app's code reaches the app through its type: a test
holds it to that, so that a misspelt attribute is a type error, not a silent default."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.entry_ref import EntryKind
from unreport_tui.app.screens.edit_entry import EditEntryDialog
from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.app.screens.proposals import ProposalsScreen
from unreport_tui.app.widgets.draft_view import DraftView
from unreport_tui.app.widgets.log_view import LogView

from .screen import screen_as
from .test_app import on_disk
from .test_app_opening import until

APP = Path(__file__).parent.parent / "unreport_tui" / "app"


async def _correct(app, pilot, kind: EntryKind) -> EditEntryDialog:
    """The correction form of the entry of ``kind`` logged last, open."""
    log = app.screen.query_one("#log", LogView)
    log.focus()
    await pilot.pause()
    newest = max((entry for entry in log.entries if entry is not None and entry.kind is kind), key=lambda e: e.id)
    log.highlighted = log.entries.index(newest)
    await pilot.press("enter")
    await until(lambda: isinstance(app.screen, EditEntryDialog), pilot)
    return app.screen


async def test_a_point_corrected_keeps_its_speakers_as_names_and_its_yes_no_boxes_as_yes_or_no(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the first", "enter")
        dialog = await _correct(app, pilot, EntryKind.POINT)
        dialog.query_one("#edit-speakers", Input).value = "Kenya;  ; Peru;"
        dialog.query_one("#edit-named", Input).value = " Yes "
        dialog.query_one("#edit-join", Input).value = " no"  # a word other than yes or no is refused (test_correcting_an_entry)
        dialog.query_one("#edit-text").focus()
        await pilot.press("enter")
        await until(lambda: demo_store.load().item("2b").points[-1].speakers != ["Kenya"], pilot)
        point = on_disk(demo_store).item("2b").points[-1]
        assert (point.text, point.speakers, point.named, point.join) == ("noted the first", ["Kenya", "Peru"], True, False)


async def test_a_statement_corrected_to_speak_for_a_group_typed_short_is_saved_with_the_groups_name(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", "enter")  # logged; an empty point: back to the speaker box
        dialog = await _correct(app, pilot, EntryKind.STATEMENT)
        dialog.query_one("#edit-on_behalf_of", Input).value = "g77"
        dialog.query_one("#edit-note", Input).value = "check the group"
        dialog.query_one("#edit-note").focus()
        await pilot.press("enter")
        await until(lambda: demo_store.load().item("2b").statements[-1].note, pilot)
        statement = on_disk(demo_store).item("2b").statements[-1]
        assert (statement.speaker, statement.on_behalf_of, statement.note) == (
            "Chile",
            "Group of 77 and China",
            "check the group",
        )


async def test_escape_on_a_correction_changes_nothing(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the first", "enter")
        before = on_disk(demo_store).item("2b")
        dialog = await _correct(app, pilot, EntryKind.POINT)
        dialog.query_one("#edit-text", Input).value = "not this"
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, LiveScreen), pilot)
        assert on_disk(demo_store).item("2b") == before


async def test_leaving_the_prepare_and_the_proposals_screens_goes_back_to_logging(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        live = app.screen
        for opens, leaves, screen in (
            ("f5", "f5", PrepareScreen),
            ("f8", "escape", ProposalsScreen),
            ("f8", "f8", ProposalsScreen),
        ):
            await pilot.press(opens)
            await until(lambda screen=screen: isinstance(app.screen, screen), pilot)
            await pilot.press(leaves)
            await until(lambda: app.screen is live and app.focused is live.query_one("#speaker"), pilot)
        await pilot.press(*"chile", "enter")  # the cursor is where logging goes on
        await until(lambda: on_disk(demo_store).item("2b").statements[-1].speaker == "Chile", pilot)


async def test_a_session_changed_on_the_prepare_screen_is_in_the_draft_once_back(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        app.screen.query_one("#item_number", Input).value = "9"
        app.screen.query_one("#item_title", Input).value = "Closing of the session"
        app.screen.query_one("#item_number").focus()
        await pilot.press("enter")  # the new item becomes the current one
        await until(lambda: screen_as(app, PrepareScreen).book.cursor.item != "2b", pilot)
        await pilot.press("f5")
        await until(
            lambda: (
                isinstance(app.screen, LiveScreen)
                and "“Closing of the session”" in app.screen.query_one("#draft-pane", DraftView).text
            ),
            pilot,
        )
        assert app.focused is app.screen.query_one("#speaker")


def test_the_app_reaches_the_app_through_its_type_and_names_entries_by_reference():
    """No ``getattr(self.app, …)`` with a default that hides a misspelt attribute, no
    ``type: ignore[attr-defined]``, and no entry named by a "statement:12" string."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"getattr\([a-z_.]*app\b|attr-defined|[\"'](statement|point):", line):
                found.append(f"{path.relative_to(APP)}:{number}: {line.strip()}")
    assert found == []


def _scrolls_over_its_whole_length(view, length: int) -> None:
    """What a note-taker sees of a long view: its scrollbar sized for ``length`` lines, and the
    last of them reachable (not beyond)."""
    assert view.virtual_size.height == length
    assert view.vertical_scrollbar.window_virtual_size == length
    assert view.max_scroll_y == length - view.scrollable_content_region.height
    assert 0 <= view.scroll_y <= view.max_scroll_y


async def test_the_log_and_the_draft_scroll_over_their_whole_length_as_they_grow_and_shrink(demo_store):
    # Their length changes without a layout of the screen when both scroll before and after
    # (scroll_length.py): the scrollbar and the scroll position are then theirs to keep right.
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LiveScreen)
        log, draft = screen.query_one(LogView), screen.query_one(DraftView)
        await until(lambda: screen.ready and not screen.draft_pending and draft.text, pilot)
        assert len(log.rows) > log.scrollable_content_region.height  # both scroll: the case of scroll_length.py
        assert len(draft.text.splitlines()) > draft.scrollable_content_region.height
        await pilot.press(*"kenya", "enter")
        for n in range(3):
            await pilot.press(*f"noted point {n}", "enter")
            await pilot.pause()
            _scrolls_over_its_whole_length(log, len(log.rows))
            top = log.scroll_offset.y
            assert log.highlighted is not None and top <= log.highlighted < top + log.scrollable_content_region.height
        await until(lambda: not screen.draft_pending and "noted point 2" in draft.text, pilot)
        _scrolls_over_its_whole_length(draft, len(draft.text.splitlines()))
        draft.scroll_end(animate=False)
        await pilot.pause()
        before = draft.virtual_size.height
        for _ in range(4):
            await pilot.press("ctrl+z")
        await until(lambda: not screen.draft_pending and "noted point 0" not in draft.text, pilot)
        assert draft.virtual_size.height < before  # shorter: scrolled at most to its new end
        _scrolls_over_its_whole_length(draft, len(draft.text.splitlines()))
        _scrolls_over_its_whole_length(log, len(log.rows))


async def test_a_speaker_undone_puts_the_cursor_in_the_speaker_box_and_redone_back_in_the_point_box(demo_store):
    # The cursor stayed in the point box: the right speaker, typed next, went in as a point.
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await until(lambda: isinstance(screen, LiveScreen) and screen.ready, pilot)
        speaker, point = screen.query_one("#speaker", Input), screen.query_one("#point", Input)
        await pilot.press(*"peru", "enter", "enter", *"chile", "enter")  # Peru's clock stopped by Chile's
        assert app.focused is point
        await pilot.press("ctrl+z", *"kenya", "enter")  # the undo gives Peru the floor again
        await pilot.pause()
        assert [s.speaker for s in on_disk(demo_store).item("2b").statements][-1:] == ["Kenya"]
        assert app.focused is point and on_disk(demo_store).item("2b").points[-1].text != "kenya"
        await pilot.press("ctrl+z")
        assert app.focused is speaker
        await pilot.press("ctrl+y")
        assert app.focused is point
        await pilot.press(*"stressed", "ctrl+z")  # something typed: the cursor stays with it
        assert app.focused is point and point.value == "stressed"
