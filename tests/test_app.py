"""The app, driven as a user would with Textual's Pilot."""

from __future__ import annotations

import asyncio
import re
import time

import pytest
from textual.command import CommandList
from textual.widgets import Input, OptionList, Select, Static, TextArea

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.entry_ref import EntryKind
from unreport_tui.app.widgets.completing_input import CompletingInput
from unreport_tui.app.widgets.draft_view import DraftView
from unreport_tui.app.widgets.log_view import LogView
from unreport_tui.app.widgets.status_line import StatusLine
from unreport_tui.storage import open_store

from .builders import listed
from .screen import footer, footer_text, live_screen, widget_text
from .storage_helpers import journal_of


def on_disk(store):
    """What the database holds once every change is saved, as another process would read it."""
    if store.last_save is not None:
        assert store.last_save.wait(5)
    return open_store(store.path, read_only=True).load()


async def draft_text(app) -> str:
    """The draft as shown, once the changes made so far are in it (a generous deadline: a busy
    machine running many tests at once draws it many times slower than a quiet one)."""
    deadline = time.monotonic() + 20
    while getattr(app.screen, "draft_pending", False) and time.monotonic() < deadline:
        await asyncio.sleep(0.025)
    return re.sub(r"\s+", " ", app.screen.query_one("#draft-pane").text).strip()


async def test_the_live_screen_opens_ready_for_the_next_speaker(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.focused.id == "speaker"
        status = widget_text(app.screen.query_one("#status", StatusLine))
        assert "Meeting 5 (20 October 2010)" in status and "Item 2 (b)" in status and "Saved" in status
        assert "Statements were made by the representatives of Chile" in await draft_text(app)


async def test_type_a_speaker_enter_type_a_point_enter(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"venez", "enter")
        assert app.focused.id == "point"
        await pilot.press(*"stressed the need for data", "enter")
        await pilot.pause()
        item = on_disk(demo_store).item("2b")
        assert item.statements[-1].speaker == "Venezuela (Bolivarian Republic of)"
        assert item.statements[-1].meeting == 5 and item.statements[-1].time is not None
        assert item.points[-1].text == "stressed the need for data"
        assert item.points[-1].speakers == ["Venezuela (Bolivarian Republic of)"]
        assert "One speaker stressed the need for data." in await draft_text(app)
        await pilot.press("enter")  # an empty Enter in the point box: back to the speaker box
        assert app.focused.id == "speaker"


async def test_the_highlighted_suggestion_is_what_enter_logs(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"united")
        await pilot.pause()
        box = app.screen.query_one("#speaker-box", CompletingInput)
        assert [s.value for s in box.suggestions][:2] == ["United States of America", "United Arab Emirates"]
        await pilot.press("down", "enter")  # the USA spoke already, so it comes first; down takes the next
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "United Arab Emirates"


async def test_undo_and_redo_reach_the_database(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted X", "enter")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points == demo_session.item("2b").points
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert on_disk(demo_store) == demo_session
        await pilot.press("ctrl+y", "ctrl+y")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-1].text == "noted X"


async def test_reply_role_and_on_behalf_of_are_one_key_each(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"china", "ctrl+r")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].kind.value == "reply"
        await pilot.press("shift+tab", *"chile", "enter", "ctrl+b")
        await pilot.pause()
        await pilot.press(*"g77", "enter")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].on_behalf_of == "Group of 77 and China"
        await pilot.press("shift+tab", *"Acme Foundation", "enter")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].role.value == "ngo"  # not a State: an NGO first
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].role.value == "official"


async def test_a_point_without_a_speaker_is_refused_with_a_message(tmp_path):
    from unreport_tui.core.model import Item, Session, SessionInfo

    store = open_store(tmp_path / "n.json", background=True)
    store.replace(Session(SessionInfo(title="T"), [], [Item("1", "1", "Opening")]))
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab", *"stressed X", "enter")
        await pilot.pause()
        assert on_disk(store).item("1").points == []
        assert app.focused.id == "point" and app.screen.query_one("#point", Input).value == "stressed X"  # nothing lost
        await pilot.press("ctrl+n")  # impersonal: it was noted that …
        await pilot.pause()
        assert on_disk(store).item("1").points[0].speakers == []
    store.close()


async def test_typed_brackets_are_not_read_as_markup(tmp_path, demo_session):
    demo_session.items[0].points[0].text = "noted [bold]the[/bold] [link=x]point[/link]"
    store = open_store(tmp_path / "m.json")
    store.replace(demo_session)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press(*"[b]Chile[/b]", "enter")
        await pilot.pause()
        assert "[bold]the[/bold] [link=x]point[/link]" in await draft_text(app)
        log = app.screen.query_one("#log", LogView)
        assert log.line_text(log.highlighted).endswith("[b]Chile[/b] (NGO)")
    store.close()


def still_app(store) -> UnreportApp:
    """The app with a stopped clock, for screenshots that do not change from one run to the next."""
    import datetime as dt

    return UnreportApp(store, clock=lambda: dt.datetime(2010, 10, 20, 10, 32, 5))


async def _type_chile(pilot) -> None:
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False
    await pilot.press(*"chi")
    await draft_text(pilot.app)  # the first draft is drawn
    await pilot.pause()


def test_the_live_screen_wide(snap_compare, demo_store):
    assert snap_compare(still_app(demo_store), terminal_size=(120, 40), run_before=_type_chile)


def test_the_live_screen_at_80_by_24(snap_compare, demo_store):
    assert snap_compare(still_app(demo_store), terminal_size=(80, 24), run_before=_type_chile)


async def test_prepare_a_session_from_nothing_then_log(tmp_path):
    import datetime as dt

    store = open_store(tmp_path / "new.json", background=True)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        assert "Prepare the session" in widget_text(app.screen.query_one("#prepare-intro"))
        await pilot.press(*"Commission on Crime Prevention", "tab", *"Commission", "tab", *"Thirty-fourth session")
        await pilot.press("tab", *"Vienna", "tab", *"2025-05-12", "tab", *"12 May")  # not a date
        await pilot.press("enter")
        await pilot.pause()
        assert "'12 May' is not a date" in str(app.screen.query_one("#prepare-error").render())
        assert app.focused.id == "last_day"
        # Saved, the session data is followed by its meetings: the cursor is there, for the keys
        # typed right after the Enter too.
        await pilot.press("ctrl+u", *"2025-05-16", "enter", *"3", "tab", *"2025-05-14", "enter")
        await pilot.press(*"4", "enter")
        await pilot.press(*"four", "enter")  # not a number: refused, nothing added
        await pilot.pause()
        assert "'four' is not a meeting number" in str(app.screen.query_one("#prepare-error").render())
        await pilot.press("ctrl+u")  # the refused value cleared: left, it would be asked about on leaving
        app.screen.query_one("#item_number").focus()
        await pilot.press(*"5", "tab", *"Thematic discussion", "enter")
        await pilot.pause()
        app.screen.query_one("#document_title").focus()
        await pilot.press(*"Note by the Secretariat", "tab", *"E/CN.15/2025/5", "enter")
        await pilot.pause()
        await pilot.press("f5")  # to the live screen
        await pilot.pause()
        await pilot.press(*"chile", "enter", *"stressed the need for data", "enter")
        await pilot.pause()
        session = on_disk(store)
        assert session.info.title == "Thirty-fourth session"
        assert session.info.dates == (dt.date(2025, 5, 12), dt.date(2025, 5, 16))
        assert [m.number for m in session.meetings] == [3, 4]
        item = session.item("5")
        assert item.documents[0].symbol == "E/CN.15/2025/5"
        assert item.statements[0].speaker == "Chile" and item.statements[0].meeting == 3
        assert "At its 3rd meeting, on 14 May 2025, the Commission considered agenda item 5" in await draft_text(app)
    store.close()


def crash_through_the_command(tmp_path, monkeypatch, capsys, failure) -> tuple[str, str, str]:
    """Run `unreport --db …` headless with ``failure`` in place of opening the session; returns
    what was printed on stdout, on stderr, and the crash report."""
    import unreport_tui.cli as cli

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    class HeadlessApp(UnreportApp):
        def run(self, **kwargs):
            return super().run(headless=True, **kwargs)

    monkeypatch.setattr(UnreportApp, "open_session", failure)
    monkeypatch.setattr("unreport_tui.app.app.UnreportApp", HeadlessApp)
    assert cli.main(["--db", str(tmp_path / "n.json")]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err and captured.err.count("\n") == 1
    report = captured.err.rsplit("are in ", 1)[1].strip()
    return captured.out, captured.err, open(report, encoding="utf-8").read()


def test_an_error_in_the_app_is_one_line_and_a_report(tmp_path, monkeypatch, capsys):
    def broken(*_):
        raise ValueError("boom")

    _, err, report = crash_through_the_command(tmp_path, monkeypatch, capsys, broken)
    assert err.startswith("unreport: unexpected error (ValueError: boom). Nothing was lost")
    assert "ValueError: boom" in report


def test_a_panic_is_one_line_and_a_report_too(tmp_path, monkeypatch, capsys):
    def panicking(self, *_):
        self.panic("the screen could not be drawn")

    out, err, report = crash_through_the_command(tmp_path, monkeypatch, capsys, panicking)
    assert err.startswith("unreport: unexpected error") and "the screen could not be drawn" not in out
    assert "the screen could not be drawn" in report


def test_canary_the_private_hooks_we_override_still_exist():
    """If a Textual or TinyDB upgrade renames these, our overrides would silently stop working:
    tracebacks would reach the screen, or every write would rewrite the whole database."""
    import inspect

    from textual.app import App
    from tinydb.table import Table

    assert "_print_error_renderables" in App.__dict__ and "_exit_renderables" in inspect.getsource(App.panic)
    assert "self._print_error_renderables()" in inspect.getsource(App)
    assert "_update_table" in Table.__dict__
    assert "self._update_table(" in inspect.getsource(Table.insert)
    assert list(inspect.signature(Table._update_table).parameters) == ["self", "updater"]


async def test_a_point_like_one_logged_is_offered_and_ctrl_s_counts_the_speaker_on_it(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"japan", "enter", *"the need to exchange good practices and data")  # not counted on it yet
        await pilot.pause()
        similar = app.screen.query_one("#similar", Static)
        assert similar.display and "emphasized the need to exchange good practices" in widget_text(similar)
        await pilot.press("ctrl+s")
        await pilot.pause()
        points = on_disk(demo_store).item("2b").points
        same = [p for p in points if p.text.startswith("emphasized the need to exchange good practices")][0]
        assert same.speakers[-1] == "Japan" and len(points) == 16  # counted, not logged again
        assert app.screen.query_one("#point", Input).value == ""
        await pilot.press("enter", *"germany", "enter", *"the need to exchange good practices and data", "ctrl+s")
        await pilot.pause()
        points = on_disk(demo_store).item("2b").points
        same = [p for p in points if p.text.startswith("emphasized the need to exchange good practices")][0]
        assert same.speakers.count("Germany") == 1 and len(points) == 16  # on it already: not counted twice
        assert app.screen.query_one("#point", Input).value == "the need to exchange good practices and data"  # kept


async def test_corrections_on_the_log_delete_move_and_edit(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the first", "enter", *"noted the typo", "enter")
        await pilot.pause()
        log = app.screen.query_one("#log", LogView)
        log.focus()
        await pilot.pause()
        assert log.highlighted_entry.kind is EntryKind.POINT
        await pilot.press("enter")  # correct it
        await pilot.pause()
        await pilot.press("ctrl+u", *"noted the fix", "enter")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-1].text == "noted the fix"
        await pilot.press("shift+up")  # one place up, among Kenya's points
        await pilot.pause()
        assert [p.text for p in on_disk(demo_store).item("2b").points[-2:]] == ["noted the fix", "noted the first"]
        assert re.match(r"\d\d:\d\d Kenya", log.line_text(log.highlighted - 1))
        await pilot.press("shift+up")  # the first under Kenya: it stays (a point moves under its statement)
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-2].text == "noted the fix"
        await pilot.press("delete")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[:-1] == demo_session.item("2b").points
        await pilot.press("ctrl+z")  # nothing is lost by a wrong key
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-2].text == "noted the fix"


async def test_the_correction_dialog_completes_names_and_its_role_follows_the_speaker_until_chosen(demo_store):
    from unreport_tui.core.model import Role

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:

        async def correct_the_last_statement() -> None:
            app.screen.query_one("#point").focus()
            await pilot.press("enter")  # an empty point: back to the speaker box, the log is next
            log = app.screen.query_one("#log", LogView)
            log.focus()
            await pilot.pause()
            log.highlighted = max(n for n, entry in enumerate(log.entries) if entry and entry.kind is EntryKind.STATEMENT)
            await pilot.press("enter")
            await pilot.pause()
            assert "Enter saves" in widget_text(app.screen.query_one("#edit-keys"))

        await pilot.press(*"chile", "enter")
        await pilot.pause()
        await correct_the_last_statement()
        assert app.screen.query_one("#edit-role", Select).value == "member"
        await pilot.press("ctrl+u", *"holy")
        await pilot.pause()
        assert app.screen.query_one("#edit-role", Select).value == "observer_state"  # the role follows the new name
        await pilot.press("enter")  # the highlighted name goes in, and the correction is saved
        await pilot.pause()
        last = on_disk(demo_store).item("2b").statements[-1]
        assert (last.speaker, last.role) == ("Holy See", Role.OBSERVER_STATE)
        await correct_the_last_statement()
        app.screen.query_one("#edit-on_behalf_of").focus()
        await pilot.press(*"african", "enter")
        await pilot.pause()
        last = on_disk(demo_store).item("2b").statements[-1]
        assert last.on_behalf_of == "Group of African States"
        await correct_the_last_statement()
        app.screen.query_one("#edit-role", Select).value = "signatory"  # chosen by the note-taker ...
        await pilot.pause()
        app.screen.query_one("#edit-speaker").focus()
        await pilot.press("ctrl+u", *"japan")
        await pilot.pause()
        assert app.screen.query_one("#edit-role", Select).value == "signatory"  # ... stays, whatever the name
        await pilot.press("escape")  # the suggestions close
        await pilot.press("escape")  # the dialog closes: nothing changes
        await pilot.pause()
        last = on_disk(demo_store).item("2b").statements[-1]
        assert (last.speaker, last.role) == ("Holy See", Role.OBSERVER_STATE)


async def test_the_log_shows_each_speaker_with_the_points_made_while_they_had_the_floor(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter", *"noted the rise in trafficking", "enter", "enter")
        await pilot.press(*"peru", "enter", *"called for data", "enter")
        await pilot.pause()
        log = app.screen.query_one("#log", LogView)
        shown = [log.line_text(n) for n in range(len(log.entries))]
        kenya = next(n for n, line in enumerate(shown) if re.match(r"\d\d:\d\d Kenya\b", line))
        assert shown[kenya + 1].endswith("(Kenya): noted the rise in trafficking")
        assert re.match(r"\d\d:\d\d Peru$", shown[kenya + 2]) and shown[kenya + 3].endswith("(Peru): called for data")
        assert shown[kenya - 1] == "── Meeting 5 (20 October 2010) "  # the demo's statements have no meeting
        assert log.highlighted == kenya + 3  # the newest entry

        # A speaker counted on a point (ctrl+s): the point shows under them too, marked.
        await pilot.press(*"noted the rise in trafficking")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert log.line_text(kenya + 3) == "  + counted for Peru: noted the rise in trafficking"  # the list's order
        log.focus()
        await pilot.pause()
        assert log.highlighted == kenya + 3
        await pilot.press("delete")  # on that line: Peru was counted by mistake, not the point deleted
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-2].speakers == ["Kenya"]
        assert log.line_text(kenya + 3).endswith("(Peru): called for data")


async def test_export_from_the_app_writes_what_the_command_line_writes(demo_store, tmp_path):
    from unreport_tui.exporters import export_session

    app = UnreportApp(demo_store)
    target = tmp_path / "out.md"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input)
        path.value = str(target)  # .md: Markdown
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == export_session(on_disk(demo_store), "md", "2b")
        await pilot.press("f4")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(demo_store.path)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "is part of the database" in str(app.screen.query_one("#export-error").render())


async def test_read_only_shows_it_and_changes_nothing(tmp_path, demo_session):
    store = open_store(tmp_path / "n.json")
    store.replace(demo_session)
    store.close()
    reader = open_store(tmp_path / "n.json", read_only=True)
    app = UnreportApp(reader, read_only=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        assert "READ-ONLY" in widget_text(app.screen.query_one("#status"))
        assert "READ-ONLY: following n.json" in widget_text(app.screen.query_one("#read-only"))
        await pilot.press(*"kenya", "enter")
        await pilot.pause()
        # No box offered it: nothing typed, nothing refused (the screen said it was read-only).
        assert app.screen.query_one("#speaker", Input).value == "" and app.screen.query_one("#speaker", Input).region.area == 0
        assert not app.screen.query("Toast")
        await pilot.press("f2")  # the draft is beside the log (120 columns): f2 gives it the cursor
        assert app.focused.id == "draft-pane"
    assert open_store(tmp_path / "n.json", read_only=True).load() == demo_session


async def test_a_read_only_copy_offers_no_box_to_type_in_and_keeps_the_keys_that_look(tmp_path, demo_session):
    from textual.widgets import Input

    from unreport_tui.app.screens.help import HelpScreen

    from .test_app_opening import until

    writer = open_store(tmp_path / "n.json", background=True)
    writer.replace(demo_session)
    assert writer.last_save.wait(5)
    before = on_disk(writer)
    app = UnreportApp(open_store(tmp_path / "n.json", read_only=True), read_only=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await until(lambda: "READ-ONLY, following" in widget_text(screen.query_one("#status")), pilot)
        assert "READ-ONLY: following n.json" in widget_text(screen.query_one("#read-only"))
        await pilot.press(*"chile", "enter", *"stressed the need", "enter", "ctrl+z", "enter")
        await pilot.pause()
        # No speaker or point box, no suggestions, nothing typed anywhere, no refusal to read.
        assert all(box.region.area == 0 and not box.value for box in screen.query(Input))
        assert not any(widget.region.area for widget in screen.query("CompletingInput, OptionList"))
        assert not [n for n in app._notifications if n.severity == "error"]
        assert app.focused.id == "log"
        keys = footer_text(app)
        assert "Draft" in keys and "Undo" not in keys and "Next on the list" not in keys
        await pilot.press("f2")  # the draft in the log's place (80 columns), with the cursor
        assert screen.query_one("#draft-pane", DraftView).display and app.focused.id == "draft-pane"
        assert "Chile" in await draft_text(app)
        await pilot.press("f3")
        assert live_screen(app).whole and "Chile" in await draft_text(app)
        await pilot.press("f2")
        assert app.focused.id == "log"
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        keys = " ".join(widget_text(text) for text in app.screen.query("#help-dialog Static"))
        assert "Whole report" in keys and "Undo" not in keys and "Right of reply" not in keys
        assert "speaker box" not in keys and "move through the log" in keys
        await pilot.press("escape", "ctrl+p", *"the")  # the palette offers what looks, not what changes
        palette = app.screen
        commands = palette.query_one(CommandList)

        def every():
            return " ".join(str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count))

        await until(lambda: "Export the draft" in every(), pilot)
        offered = every()
        assert "Undo" not in offered and "Switch to" not in offered and "Log the" not in offered
    writer.close()
    assert on_disk(open_store(tmp_path / "n.json", read_only=True)) == before


async def test_a_read_only_copy_follows_the_writer_as_it_saves(tmp_path, demo_session):
    import datetime as dt

    from unreport_tui.logbook import Logbook
    from unreport_tui.storage import DatabaseInUse

    from .test_app_opening import until

    writer = open_store(tmp_path / "n.json", background=True)
    writer.replace(demo_session)
    assert writer.last_save.wait(5)
    now = dt.datetime(2010, 10, 20, 10, 40, 0)
    book = Logbook(writer, clock=lambda: now)
    app = UnreportApp(
        open_store(tmp_path / "n.json", read_only=True), read_only=True, clock=lambda: now + dt.timedelta(seconds=75)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        status = lambda: widget_text(app.screen.query_one("#status", StatusLine))  # noqa: E731
        await until(lambda: "READ-ONLY, following" in status(), pilot)
        book.next_speaker("Kenya")
        book.log_point("stressed the need for data")
        assert writer.last_save.wait(5)
        await until(lambda: "Kenya speaking 1:15" in status(), pilot)  # the timer counts the new speaker
        log = app.screen.query_one("#log", LogView)
        assert log.line_text(log.highlighted).endswith("stressed the need for data")
        journal_of(writer).compact()  # the writer folds its journal in: the file is replaced by rename
        book.next_speaker("Peru")
        assert writer.last_save.wait(5)
        await until(lambda: "Peru speaking" in status(), pilot)
        assert app.book.current_item.statements[-1].speaker == "Peru"
        with pytest.raises(DatabaseInUse):  # the writer still holds its lock: the reader never took it
            open_store(tmp_path / "n.json")
        book.log_point("noted the follower")  # and it is never kept waiting
        assert writer.last_save.wait(5)
        await until(lambda: "noted the follower" in log.line_text(log.highlighted), pilot)
        # The writer killed (its files unchanged, its process gone): the speaker's clock stops here too.
        app.store.writer_is_open = lambda: False  # type: ignore[method-assign]  # this one store's writer, gone
        await until(lambda: "Peru speaking" not in status() and "Peru" in status(), pilot)
    writer.close()
    assert open_store(tmp_path / "n.json", read_only=True).load().items[-1].points[-1].text == "noted the follower"


async def test_a_read_only_copy_that_the_disk_refuses_says_so_and_goes_on(tmp_path, demo_session):
    """A reading refused by the system (a permission changed, an I/O error) is a notice, and the next
    look tries again: never a crash report on the secretary's screen."""
    from .test_app_opening import until

    writer = open_store(tmp_path / "n.json", background=True)
    writer.replace(demo_session)
    assert writer.last_save.wait(5)
    reader = open_store(tmp_path / "n.json", read_only=True)
    refused = {"now": True}
    follow = reader.follow

    def follow_or_refuse() -> bool:
        if refused["now"]:
            raise PermissionError(13, "Permission denied")
        return follow()

    reader.follow = follow_or_refuse  # type: ignore[method-assign]  # this one reader refuses
    app = UnreportApp(reader, read_only=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until(lambda: any("Permission denied" in str(n.message) for n in app._notifications), pilot)
        assert app.is_running
        refused["now"] = False
        assert app.book is not None
        Logbook = type(app.book)
        Logbook(writer).next_speaker("Kenya")
        assert writer.last_save.wait(5)
        await until(lambda: app.book.current_statement is not None and app.book.current_statement.speaker == "Kenya", pilot)
    writer.close()


async def test_esc_in_a_box_of_the_correction_dialog_cancels_the_dialog_and_never_empties_the_box(demo_store):
    from unreport_tui.app.screens.edit_entry import EditEntryDialog

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", "enter")  # logged; an empty point: back to the speaker box
        log = app.screen.query_one("#log", LogView)
        log.focus()
        await pilot.pause()
        log.highlighted = max(n for n, entry in enumerate(log.entries) if entry and entry.kind is EntryKind.STATEMENT)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EditEntryDialog)
        app.screen.query_one("#edit-speaker").focus()
        await pilot.pause()
        assert app.screen.query_one("#edit-speaker", Input).value == "Chile"
        await pilot.press("escape")  # no suggestions open: the dialog is cancelled, the name is not emptied
        await pilot.pause()
        assert not isinstance(app.screen, EditEntryDialog)
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "Chile"


async def test_the_log_opens_scrolled_to_its_newest_entry_on_a_small_screen(demo_store):
    from .test_app_opening import until

    book_entry = demo_store.load().item("2b")
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: app.book is not None, pilot)
        await pilot.pause()
        log = app.screen.query_one("#log", LogView)
        assert len(log.rows) > log.scrollable_content_region.height  # more than fits: it has to scroll
        assert book_entry.statements  # the demo has entries
        top, height = log.scroll_offset.y, log.scrollable_content_region.height
        assert top <= log.highlighted < top + height


async def test_a_speaker_nobody_knows_is_logged_with_its_role_said_at_once(demo_store):
    """A point typed in the speaker box after one Enter too many becomes a speaker: never silently."""
    from .test_app_opening import until

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press(*"chile", "enter")
        await pilot.pause()
        assert not any("unreport knows" in str(n.message) for n in app._notifications)  # a State: nothing to say
        await pilot.press("enter", *"documented abuses in detention", "enter")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications if "unreport knows" in str(n.message)]
        assert said == [
            "documented abuses in detention: not a State or an organization unreport knows, logged as "
            "NGO. ctrl+t changes the role; ctrl+z takes it back."
        ]
        shown = list(app._notifications)  # compared by what is new: the one above may have timed out by now
        statements = len(app.book.current_item.statements)
        await pilot.press("enter", *"lawyers without borders", "enter")  # an NGO that spoke already: known
        await until(lambda: len(app.book.current_item.statements) == statements + 1 and app.focused.id == "point", pilot)
        assert [n for n in app._notifications if n not in shown and "unreport knows" in str(n.message)] == []


async def test_a_full_disk_while_logging_is_shown_and_nothing_is_lost(tmp_path, demo_session):
    from unreport_tui.storage.session_store import TinyDBSessionStore

    from .storage_helpers import FlakyDisk
    from .test_app_opening import until

    disk = FlakyDisk()
    store = TinyDBSessionStore(tmp_path / "n.json", background=True, retry_after=0.05, **disk.options())
    store.replace(demo_session)
    assert store.last_save.wait(5)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        disk.full = True
        await pilot.press(*"kenya", "enter", *"noted the disk", "enter")
        await until(lambda: "NOT SAVED" in widget_text(app.screen.query_one("#status")), pilot)
        assert "No space left on device" in widget_text(app.screen.query_one("#status"))
        assert app.book.current_item.points[-1].text == "noted the disk"  # kept in memory, on screen
        await pilot.press("ctrl+q")  # quitting now would drop it: refused, with what to do
        await pilot.pause()
        assert app.is_running
        disk.full = False  # space is freed: the saver catches up by itself
        assert store.last_save.wait(20)  # its retries back off, to 15 s at most, the longer the disk was full
        await until(lambda: "Saved" in widget_text(app.screen.query_one("#status")), pilot)
        await pilot.press("ctrl+q")
    assert open_store(tmp_path / "n.json", read_only=True).load().item("2b").points[-1].text == "noted the disk"


async def test_a_speaker_over_the_time_limit_of_their_role_is_shown(demo_store):
    import datetime as dt

    from unreport_tui.app.commands import set_limit
    from unreport_tui.app.settings import load_settings, settings_path
    from unreport_tui.core.model import Role

    now = [dt.datetime(2010, 10, 20, 10, 0, 0)]
    app = UnreportApp(demo_store, clock=lambda: now[0])
    async with app.run_test(size=(120, 40)) as pilot:
        set_limit(live_screen(app), Role.MEMBER, 3)
        await pilot.press(*"kenya", "enter")
        now[0] += dt.timedelta(seconds=170)
        live_screen(app).refresh_status()
        assert "over" not in widget_text(app.screen.query_one("#status"))
        now[0] += dt.timedelta(seconds=20)
        live_screen(app).refresh_status()
        assert "Kenya speaking 3:10 over 3:00" in widget_text(app.screen.query_one("#status"))
    assert load_settings(settings_path()).limits == {Role.MEMBER: 180}


async def test_the_floor_closed_key_ends_the_speakers_time(demo_store):
    import datetime as dt

    now = [dt.datetime(2010, 10, 20, 10, 0, 0)]
    app = UnreportApp(demo_store, clock=lambda: now[0])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter")
        now[0] += dt.timedelta(seconds=75)
        await pilot.press("ctrl+f")
        assert on_disk(demo_store).item("2b").statements[-1].duration == 75
        now[0] += dt.timedelta(seconds=600)
        live_screen(app).refresh_status()
        status = widget_text(app.screen.query_one("#status", StatusLine))
        assert "Kenya spoke 1:15" in status and "speaking" not in status


async def test_closing_the_app_saves_the_last_speakers_time_and_reopening_runs_no_clock(tmp_path, demo_session):
    import datetime as dt

    from unreport_tui.logbook import Logbook

    path = tmp_path / "d.json"
    store = open_store(path, background=True)
    store.replace(demo_session)
    now = [dt.datetime(2010, 10, 20, 10, 0, 0)]
    app = UnreportApp(store, clock=lambda: now[0])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter")
        now[0] += dt.timedelta(seconds=200)
        await pilot.press("ctrl+q")
    assert open_store(path, read_only=True).load().item("2b").statements[-1].duration == 200

    # A sitting that ended without closing the floor (the app was killed): after lunch the
    # statement is not still "speaking".
    store = open_store(path)
    Logbook(store, lambda: now[0]).next_speaker("Peru")
    now[0] += dt.timedelta(hours=2)
    app = UnreportApp(store, clock=lambda: now[0])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        status = widget_text(app.screen.query_one("#status", StatusLine))
        assert "Peru" in status and "speaking" not in status and "spoke" not in status
    store.close()


async def test_on_a_narrow_screen_a_long_name_gives_way_before_the_speakers_time(demo_store):
    import datetime as dt

    from unreport_tui.app.commands import set_limit
    from unreport_tui.core.model import Role

    now = [dt.datetime(2010, 10, 20, 10, 0, 0)]
    app = UnreportApp(demo_store, clock=lambda: now[0])
    async with app.run_test(size=(80, 24)) as pilot:
        set_limit(live_screen(app), Role.MEMBER, 3)
        await pilot.press(*"united kingdom", "enter")
        now[0] += dt.timedelta(seconds=190)
        live_screen(app).refresh_status()
        status = widget_text(app.screen.query_one("#status", StatusLine))
        assert len(status) <= 80
        assert "· UK speaking" in status and "Ireland" not in status  # the name as said in the room
        assert status.rstrip().endswith("speaking 3:10 over 3:00 · 10:03:10 · Saved")
        assert "Meeting 5 · Item 2 (b)" in status


async def test_on_a_narrow_screen_who_is_next_stays_and_long_names_are_shortened(demo_store):
    import datetime as dt

    from unreport_tui.core.model import ListEntry

    item = demo_store.load().item("2b")
    item.speakers_list = [ListEntry("United Kingdom of Great Britain and Northern Ireland"), ListEntry("Kenya")]
    demo_store.update_item("2b", item)
    assert demo_store.last_save.wait(5)
    shown = {}
    for width in (80, 100, 120):
        app = UnreportApp(demo_store, clock=lambda: dt.datetime(2010, 10, 20, 10, 0, 0))
        async with app.run_test(size=(width, 24)) as pilot:
            await pilot.press(*"venezuela", "enter")  # a speaker logged now: the clock runs
            await pilot.pause()
            live_screen(app).refresh_status()
            status = shown[width] = widget_text(app.screen.query_one("#status", StatusLine))
            assert len(status) <= width
            assert re.search(
                r"Meeting 5.* · Item 2 \(b\) · Venez.* speaking 0:00 · next: (UK|United K).* · 10:00(:00)? · Saved$", status
            ), status
    # the names as said in the room, before any is cut: "Venezuela", "UK"
    assert "· Venezuela speaking 0:00 · next: UK ·" in shown[80]
    assert shown[120].endswith("· Venezuela speaking 0:00 · next: UK (+1) · 10:00:00 · Saved")


async def test_f2_on_a_narrow_screen_puts_the_draft_under_the_boxes_and_no_letter_is_lost(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("f2")
        await pilot.pause()
        draft, log = screen.query_one("#draft-pane", DraftView), screen.query_one("#log", LogView)
        assert app.focused is draft and draft.region.height > 5 and not log.display  # the draft in the log's place
        for box in ("#speaker", "#point"):
            assert screen.region.contains_region(screen.query_one(box).region)  # the boxes stay in view
        assert screen.query_one("#speaker").region.height == 1
        await pilot.press(*"chile")  # typed while the draft has the cursor: into the box, suggestions and all
        await pilot.pause()
        assert app.focused.id == "speaker" and screen.query_one("#speaker", Input).value == "chile"
        await pilot.press("enter")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].speaker == "Chile"
        assert draft.display and app.focused.id == "point"
        await pilot.press("f2")  # the log back, the cursor where it was
        await pilot.pause()
        assert log.display and not draft.display and app.focused.id == "point"
        await pilot.press("f2", *"noted the draft", "enter")  # the cursor goes back to the box it came from
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-1].text == "noted the draft"


async def test_letters_typed_while_the_draft_or_the_log_has_the_cursor_go_into_the_box(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f2", *"kenya")
        await pilot.pause()
        assert app.focused.id == "speaker" and app.screen.query_one("#speaker", Input).value == "kenya"
        await pilot.press("enter", "tab")  # Tab from the point box to the log
        await pilot.pause()
        assert app.focused.id == "log"
        await pilot.press(*"noted it", "enter")
        await pilot.pause()
        item = on_disk(demo_store).item("2b")
        assert item.statements[-1].speaker == "Kenya" and item.points[-1].text == "noted it"


async def test_the_footer_shows_whole_keys_the_most_used_first(demo_store):
    from .test_footer_keys import assert_whole_keys_then_the_palette

    for width in (80, 120):
        app = UnreportApp(demo_store)
        async with app.run_test(size=(width, 24)) as pilot:
            await pilot.pause()
            assert [key.key for key in footer(app).shown()][:3] == ["f1", "f2", "ctrl+l"]
            assert_whole_keys_then_the_palette(app, width)


async def test_the_theme_is_remembered(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    again = UnreportApp(demo_store)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


def test_a_settings_file_that_cannot_be_read_is_left_alone(tmp_path):
    from unreport_tui.app.settings import load_settings

    bad = tmp_path / "settings.toml"
    bad.write_text("theme = [", encoding="utf-8")
    settings = load_settings(bad)
    assert settings.theme == "" and settings.limits == {} and "could not be read" in settings.problem
    assert bad.read_text(encoding="utf-8") == "theme = ["


async def test_a_key_chosen_in_the_settings_replaces_the_default(demo_store, demo_session):
    from unreport_tui.app.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('[keymap]\nundo = "f9"\n', encoding="utf-8")
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kenya", "enter")
        await pilot.press("f9")
        await pilot.pause()
        assert on_disk(demo_store) == demo_session


async def test_a_speaker_logged_again_keeps_the_role_they_had(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"Global Alliance against", "enter")  # an NGO in the demo session
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].role.value == "ngo"
        await pilot.press("enter", *"japan", "enter")  # a signatory State in the demo session
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].role.value == "signatory"


async def test_the_chairs_list_pasted_on_the_prepare_screen_then_ctrl_l(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        area = app.screen.query_one("#speakers-list", TextArea)
        area.text = "usa\nLawyers without Borders\n\nkenya\n"
        area.focus()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert listed(on_disk(demo_store).item("2b")) == ["United States of America", "Lawyers without Borders", "Kenya"]
        await pilot.press("f5")
        await pilot.pause()
        assert "next: United States of America (+2)" in widget_text(app.screen.query_one("#status"))
        await pilot.press("ctrl+l")
        await pilot.pause()
        item = on_disk(demo_store).item("2b")
        assert item.statements[-1].speaker == "United States of America"
        assert listed(item) == ["Lawyers without Borders", "Kenya"] and app.focused.id == "point"


async def test_the_chairs_list_shows_each_line_resolved_and_asks_for_those_it_cannot(demo_store):
    from unreport_tui.core.model import ListEntry, Role

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        area = app.screen.query_one("#speakers-list", TextArea)
        area.text = "Phillipines\nEgypt on behalf of the Group of African States\nPakistan (g77)\nGreenpeace\nKirghizia\n"
        await pilot.pause()
        preview = widget_text(app.screen.query_one("#speakers-preview"))
        assert "✓ Philippines" in preview and "✓ Pakistan (on behalf of the Group of 77 and China)" in preview
        assert "? Greenpeace" in preview and "✓ Kyrgyzstan" in preview
        area.focus()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Greenpeace" in widget_text(app.screen.query_one("#choose-heading"))
        assert listed(on_disk(demo_store).item("2b")) == []  # nothing saved before it is answered
        await pilot.press("escape")  # back to the list: still nothing saved, the text as typed
        await pilot.pause()
        assert listed(on_disk(demo_store).item("2b")) == [] and "Greenpeace" in area.text
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("down", "enter")  # NGO is offered first, then IGO
        await pilot.pause()
        assert on_disk(demo_store).item("2b").speakers_list == [
            ListEntry("Philippines"),
            ListEntry("Egypt", "Group of African States"),
            ListEntry("Pakistan", "Group of 77 and China"),
            ListEntry("Greenpeace", role=Role.IGO),
            ListEntry("Kyrgyzstan"),
        ]
        await pilot.press("f5")
        await pilot.pause()
        for _ in range(4):
            await pilot.press("ctrl+l")
            await pilot.pause()
        statements = on_disk(demo_store).item("2b").statements
        assert [(s.speaker, s.on_behalf_of, s.role) for s in statements[-3:]] == [
            ("Egypt", "Group of African States", Role.MEMBER),
            ("Pakistan", "Group of 77 and China", Role.MEMBER),
            ("Greenpeace", "", Role.IGO),
        ]


async def test_a_heading_and_a_joined_point_are_one_key_each(tmp_path):
    from unreport_tui.core.model import Item, Session, SessionInfo

    from .test_app_opening import until

    store = open_store(tmp_path / "n.json", background=True)
    store.replace(Session(SessionInfo(body_short="Commission"), [], [Item("1", "1", "Debate")]))
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", "f7")
        await pilot.pause()
        await pilot.press("enter")  # "Deliberations", as offered
        await pilot.pause()
        await pilot.press(*"stressed X", "enter", *"also stressed Z", "f6", "enter")
        await until(lambda: len(app.book.current_item.points) == 2, pilot)
        points = on_disk(store).item("1").points
        assert [(p.heading, p.join) for p in points] == [("Deliberations", False), ("", True)]
        draft = await draft_text(app)
        assert "Deliberations 3. One speaker stressed X. The same speaker also stressed Z." in draft
    store.close()


async def test_f6_joins_the_next_point_whatever_key_logs_it(tmp_path):
    from unreport_tui.core.model import Item, Session, SessionInfo

    from .test_app_opening import until

    store = open_store(tmp_path / "n.json", background=True)
    store.replace(Session(SessionInfo(body_short="Commission"), [], [Item("1", "1", "Debate")]))
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", *"called for X", "enter")
        await pilot.press("f6")  # before or after typing: the key that logs the point says its kind
        await pilot.pause()
        assert "joined to the paragraph before" in widget_text(app.screen.query_one("#point-label"))
        await pilot.press(*"It was also noted that Y", "ctrl+n")
        await pilot.press(*"also stressed Z", "f6", "ctrl+o")
        await pilot.press("f6", "f6", *"urged W", "enter")  # f6 again: not joined after all
        await until(lambda: len(app.book.current_item.points) == 4, pilot)
        assert "joined" not in widget_text(app.screen.query_one("#point-label"))
        points = on_disk(store).item("1").points
        assert [(p.speakers, p.named, p.join) for p in points] == [
            (["Chile"], False, False),
            ([], False, True),
            (["Chile"], True, True),
            (["Chile"], False, False),
        ]
        assert (
            "3. One speaker called for X. It was also noted that Y. The representative of Chile also stressed Z. "
            "4. One speaker urged W."
        ) in await draft_text(app)
    store.close()


async def test_f1_lists_every_key_of_the_live_screen(demo_store):
    from unreport_tui.app.screens.help import BOX_KEYS
    from unreport_tui.app.screens.live import LiveScreen

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        shown = " ".join(widget_text(w) for w in app.screen.query("Static"))
        said_in_a_box_row = {found for keys, _ in BOX_KEYS for found in re.findall(r"{([a-z-]+)}", keys)}
        for binding in LiveScreen.BINDINGS:
            assert binding.description in shown or binding.id in said_in_a_box_row
        assert "ctrl+l" in shown and "shift+↑" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)


async def test_the_help_screen_wraps_within_a_narrow_screen_and_scrolls(demo_store):
    from unreport_tui.app.actions import with_keys
    from unreport_tui.app.screens.help import BOX_KEYS
    from unreport_tui.app.screens.live import LiveScreen

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        dialog = app.screen.query_one("#help-dialog")
        assert app.screen.region.contains_region(dialog.region)  # its right edge on screen
        assert dialog.max_scroll_x == 0 and dialog.max_scroll_y > 0  # wrapped, not cut; scrolled, with a scrollbar
        assert dialog.show_vertical_scrollbar
        words = " ".join(widget_text(w) for w in app.screen.query("Static")).split()
        said_in_a_box_row = {found for keys, _ in BOX_KEYS for found in re.findall(r"{([a-z-]+)}", keys)}  # once, there
        for what in [b.description for b in LiveScreen.BINDINGS if b.id not in said_in_a_box_row] + [
            with_keys(what) for _, what in BOX_KEYS
        ]:
            assert all(word in words for word in what.split()), what


async def test_the_draft_shows_the_paragraph_the_last_key_changed(demo_store):
    """A point goes at the end of the item's draft, a speaker into the statements paragraph at its
    top: either way, what changed is on screen without scrolling."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        draft = app.screen.query_one("#draft-pane", DraftView)
        await draft_text(app)  # the first draft, scrolled to its end
        await pilot.press(*"malta", "enter")
        await draft_text(app)
        await pilot.pause()
        on_screen = widget_text(draft)
        assert "Malta" in on_screen and "Statements were made by" in on_screen
        await pilot.press(*"underlined the plight of migrant workers", "enter")
        await draft_text(app)
        await pilot.pause()
        on_screen = widget_text(draft)
        assert "One speaker underlined the plight of migrant" in on_screen
        assert "Statements were made by" not in on_screen  # the draft moved down to the new paragraph
        await pilot.press("f2")  # the draft has the keyboard: it scrolls with the arrow keys
        await pilot.press("home")
        await pilot.pause()
        assert widget_text(draft).startswith("│ │ IV. Review of the implementation of the United")


async def test_action_on_a_proposal_logged_from_the_app_with_a_recorded_vote(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        # In a box of several names, Enter puts the name being typed in; Enter after the last adds.
        await pilot.press(*"Women and girls", "tab", *"E/CN.6/2010/L.3", "tab", "tab", *"Chile; Peru", "enter")
        assert app.screen.query_one("#proposal_submitted", Input).value == "Chile; Peru; "
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused.id == "action-kind"
        await pilot.press("enter")  # introduced (the first)
        await pilot.press(*"chile", "enter")
        await pilot.pause()
        kinds = app.screen.query_one("#action-kind", OptionList)
        kinds.highlighted = 4  # adopted
        app.screen.query_one("#vote_for", Input).value = "Chile; Peru; venezuela"
        app.screen.query_one("#vote_against", Input).value = "USA"
        app.screen.query_one("#vote_abstaining").focus()
        await pilot.press("enter")
        await pilot.pause()
        (proposal,) = on_disk(demo_store).proposals
        assert (proposal.symbol, proposal.submitted_by) == ("E/CN.6/2010/L.3", ["Chile", "Peru"])
        assert [a.kind.value for a in proposal.actions] == ["introduced", "adopted"]
        assert proposal.actions[1].vote.in_favour == ["Chile", "Peru", "Venezuela (Bolivarian Republic of)"]
        assert proposal.actions[1].vote.against == ["United States of America"]
        await pilot.press("ctrl+z")  # the adoption undone
        await pilot.pause()
        assert [a.kind.value for a in on_disk(demo_store).proposals[0].actions] == ["introduced"]
        await pilot.press("ctrl+y", "f8")
        await pilot.pause()
        draft = await draft_text(app)
        assert (
            "the Conference had before it a draft resolution entitled “Women and girls” (E/CN.6/2010/L.3), "
            "submitted by Chile and Peru."
        ) in draft
        assert "adopted the draft resolution by a recorded vote of 3 to 1, with no abstentions" in draft
        assert "In favour: Chile, Peru, Venezuela (Bolivarian Republic of)." in draft


async def test_names_on_the_proposals_screen_are_completed_as_in_the_speaker_box(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press(*"Oceans", "tab", "tab", "tab", *"thai", "enter", *"phillipines", "enter")
        assert app.screen.query_one("#proposal_submitted", Input).value == "Thailand; Philippines; "
        await pilot.press("tab", *"g77", "enter")  # one name: Enter takes it and adds the proposal
        await pilot.pause()
        (proposal,) = on_disk(demo_store).proposals
        assert proposal.submitted_by == ["Thailand", "Philippines"]
        assert "Group of 77" in proposal.on_behalf_of
        app.screen.query_one("#action-kind", OptionList).highlighted = 4  # adopted
        app.screen.query_one("#vote_for").focus()
        await pilot.press(*"venez", "enter", *"bolivia", "enter", "enter")
        await pilot.pause()
        vote = on_disk(demo_store).proposals[0].actions[-1].vote
        assert len(vote.in_favour) == 2 and vote.against == []
        await pilot.press("f8")
        draft = await draft_text(app)
        assert "In favour: Bolivia (Plurinational State of), Venezuela (Bolivarian Republic of)." in draft
        assert "submitted by Thailand and the Philippines (on behalf of" in draft


async def test_tab_out_of_a_box_for_one_name_takes_the_highlighted_name_and_goes_to_the_next_box(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        app.screen.query_one("#proposal_behalf").focus()
        await pilot.press(*"g77", "tab")
        await pilot.pause()
        assert app.screen.query_one("#proposal_behalf", Input).value == "Group of 77 and China"
        assert app.focused.id == "action-kind"  # the next box, not the suggestions


async def test_names_pasted_into_a_vote_list_are_shown_resolved_and_those_no_state_has_are_asked(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press(*"Oceans", "enter")
        await pilot.pause()
        app.screen.query_one("#action-kind", OptionList).highlighted = 4  # adopted
        app.screen.query_one("#vote_for", Input).value = "Phillipines; Deutschland; Austrai"
        app.screen.query_one("#vote_against", Input).value = "Narnia"
        await pilot.pause()
        check = widget_text(app.screen.query_one("#action-names-check"))
        assert "In favour (3): Philippines, Germany, ? Austrai (closest: Australia, Austria)" in check
        assert "? Narnia" in check
        app.screen.query_one("#vote_abstaining").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert on_disk(demo_store).proposals[0].actions == []  # asked first: nothing saved yet
        await pilot.press("down", "down", "enter")  # Austria, the second closest (two as close: none chosen at first)
        await pilot.pause()
        choices = widget_text(app.screen.query_one("#choose-list", OptionList))
        assert "Narnia, as typed" in choices
        await pilot.press("end", "enter")  # kept as typed, since the note-taker says so
        await pilot.pause()
        vote = on_disk(demo_store).proposals[0].actions[-1].vote
        assert (vote.in_favour, vote.against) == (["Philippines", "Germany", "Austria"], ["Narnia"])


async def test_the_current_items_own_style_is_set_on_the_prepare_screen(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#item_quantifiers", Input).value = "figures"
        screen.query_one("#item_quantifiers").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "'figures': type one of words, numbers (or nothing: as the session)" in widget_text(
            screen.query_one("#prepare-error")
        )
        assert on_disk(demo_store) == demo_session  # refused: nothing changed
        screen.query_one("#item_quantifiers", Input).value = ""
        screen.query_one("#item_speaker_noun", Input).value = "Delegation"
        await pilot.press("enter")
        await pilot.pause()
        item = on_disk(demo_store).item("2b")
        assert (item.speaker_noun, item.quantifiers, item.narrate) == ("delegation", None, None)  # None: as the session
        assert on_disk(demo_store).info == demo_session.info  # the session's own style is as it was
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").speaker_noun is None
        assert screen.query_one("#item_speaker_noun", Input).value == ""
        await pilot.press("ctrl+y", "f5")
        assert "A number of delegations referred to trafficking in persons" in await draft_text(app)


async def test_a_group_typed_in_the_speaker_box_goes_to_the_next_speaker_logged(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        count = len(on_disk(demo_store).item("2b").statements)
        await pilot.press(*"g77", "enter")
        await pilot.pause()
        assert len(on_disk(demo_store).item("2b").statements) == count  # a group is not a speaker
        speaker = app.screen.query_one("#speaker", Input)
        assert app.focused is speaker and speaker.value == ""
        assert "on behalf of the Group of 77 and China" in speaker.placeholder
        label = app.screen.query_one("#speaker-label")
        await pilot.press(*"pak")  # the placeholder has gone: the label still says who is awaited
        await pilot.pause()
        assert widget_text(label) == "Speaker, on behalf of the Group of 77 and China (Esc: nobody)"
        await pilot.press("enter", *"stressed the need for technical assistance", "enter", "enter")
        await pilot.press(*"peru", "enter")
        await pilot.pause()
        logged = on_disk(demo_store).item("2b").statements
        assert [(s.speaker, s.on_behalf_of) for s in logged[-2:]] == [("Pakistan", "Group of 77 and China"), ("Peru", "")]
        assert widget_text(label) == "Speaker"
        await pilot.press("enter", *"eu", "enter", "escape", *"chile", "enter")  # Esc: nobody speaks for it
        await pilot.pause()
        assert on_disk(demo_store).item("2b").statements[-1].on_behalf_of == ""
        assert widget_text(label) == "Speaker"
        assert "Pakistan (on behalf of the Group of 77 and China)" in await draft_text(app)


async def test_a_speaker_or_group_typed_in_the_point_box_is_logged_and_said_to_be_a_name(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press(*"egypt", "enter", *"g77", "enter")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-1].text == "g77"  # logged, as typed: nothing is lost
        said = [n.message for n in app._notifications]
        assert any("'g77' was logged as a point, but it names the Group of 77 and China" in m for m in said)
        await pilot.press(*"niger", "enter", *"stressed the need for data", "enter")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("'niger' was logged as a point, but it names the Niger" in m for m in said)
        assert not any("stressed the need for data" in m for m in said)  # a point is just logged
        await pilot.press(*"eu", "enter")  # as the speaker box offers it first: the Union itself
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("'eu' was logged as a point, but it names the European Union:" in m for m in said)
        await pilot.press(*"phillipines", "enter", *"austrai", "enter", *"and", "enter", *"form", "enter")  # slips; words
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("'phillipines' was logged as a point, but it names the Philippines" in m for m in said)
        assert any("'austrai' was logged as a point, but it names Australia or Austria" in m for m in said)
        assert not any("'and'" in m or "'form'" in m for m in said)  # letters that begin a name are no slip


async def test_ctrl_o_logs_a_point_with_its_speaker_named(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"brazil", "enter", *"stressed the need for data", "ctrl+o")
        await pilot.pause()
        assert on_disk(demo_store).item("2b").points[-1].named
        assert "The representative of Brazil stressed the need for data." in await draft_text(app)
        log = app.screen.query_one(LogView)  # the log says it is named, not "One speaker (Brazil)"
        assert log.line_text(log.highlighted).endswith("• Named (Brazil): stressed the need for data")


async def test_the_organization_chapter_prepared_in_the_app(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#org_chapter", Input).value = "V. Organization of the session"
        screen.query_one("#org_officers_meeting", Input).value = "4"
        screen.query_one("#org_members", Input).value = "Chile; usa; Peru"
        screen.query_one("#org_chapter").focus()
        await pilot.press("enter")
        await pilot.pause()
        screen.query_one("#officer_office", Input).value = "Chair"
        screen.query_one("#officer_name", Input).value = "Ana López"
        screen.query_one("#officer_country", Input).value = "venezuela"
        screen.query_one("#officer_name").focus()
        await pilot.press("enter")
        await pilot.pause()
        screen.query_one("#org_agenda_meeting", Input).value = "99"
        screen.query_one("#org_agenda_meeting").focus()
        await pilot.press("enter")  # no such meeting: refused, nothing changed
        await pilot.pause()
        organization = on_disk(demo_store).organization
        assert organization.chapter == "V. Organization of the session" and organization.officers_meeting == 4
        assert organization.attendance.members == ["Chile", "usa", "Peru"] and organization.agenda_meeting is None
        assert [(o.office, o.name, o.country) for o in organization.officers] == [("Chair", "Ana López", "venezuela")]
        assert "meeting 99 is not declared" in widget_text(screen.query_one("#prepare-error"))
        screen.query_one("#org_agenda_meeting", Input).value = ""  # left, it would be asked about on leaving
        await pilot.press("ctrl+z")  # the officer undone
        await pilot.pause()
        assert on_disk(demo_store).organization.officers == []
        await pilot.press("ctrl+y", "f5")
        await pilot.pause()
        await pilot.press("f3")
        draft = await draft_text(app)
        assert "At its 4th meeting, on 19 October 2010, the Conference elected the following officers:" in draft
        assert "Chair: Ana López (Venezuela (Bolivarian Republic of))" in draft
        assert "The session was attended by representatives of three States members of the Conference." in draft


async def test_states_on_the_prepare_screen_are_completed_as_in_the_speaker_box(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        assert not any(box.options.display for box in screen.query(CompletingInput))  # filled in, not typed
        screen.query_one("#officer_office", Input).value = "Chair"
        screen.query_one("#officer_name", Input).value = "Ana López"
        screen.query_one("#officer_country").focus()
        await pilot.press(*"urug", "enter")  # one State: Enter takes it and adds the officer
        await pilot.pause()
        screen.query_one("#org_members").focus()
        await pilot.press(*"chi", "enter", *"phillipines", "enter", "enter")  # several: Enter after the last saves
        await pilot.pause()
        organization = on_disk(demo_store).organization
        assert [(o.name, o.country) for o in organization.officers] == [("Ana López", "Uruguay")]
        assert organization.attendance.members == ["Chile", "Philippines"]


async def test_the_summary_style_is_set_on_the_prepare_screen_and_the_rest_is_kept(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 50), notifications=True) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#speaker_noun", Input).value = "delegates"
        screen.query_one("#speaker_noun").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "'delegates': type one of speaker, delegate, delegation, participant" in widget_text(
            screen.query_one("#prepare-error")
        )
        assert on_disk(demo_store).info == demo_session.info  # refused: nothing changed
        screen.query_one("#speaker_noun", Input).value = "delegate"
        screen.query_one("#narrate", Input).value = "yes"
        await pilot.press("enter")
        await pilot.pause()
        info = on_disk(demo_store).info
        # quantifiers left empty: as the session's profile says
        assert (info.speaker_noun, info.narrate, info.quantifiers) == ("delegate", True, None)
        assert (info.addendum, info.distribution, info.original) == (
            demo_session.info.addendum,
            demo_session.info.distribution,
            demo_session.info.original,
        )
        await pilot.press("f5")
        assert "A number of delegates referred to trafficking in persons" in await draft_text(app)


def test_every_key_of_the_live_screen_that_acts_on_the_session_is_in_the_palette():
    """The palette lists every action by name (README), those that need a point typed or an entry
    highlighted in the log too (the palette gives the cursor back before the action runs)."""
    from unreport_tui.app.commands import ACTIONS
    from unreport_tui.app.screens.live import LiveScreen

    in_the_palette = {action for _, action in ACTIONS}
    assert {b.action for b in LiveScreen.BINDINGS} <= in_the_palette
