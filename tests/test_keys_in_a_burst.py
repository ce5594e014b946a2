"""Keys that arrive together (typed while the app is busy for a moment, or sent by tmux) go where
they would have gone had the note-taker typed slowly: nothing logged twice, nothing lost, no
letter in the wrong box."""

from __future__ import annotations

import time

from textual import events
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.live import LiveScreen
from unreport_tui.core.model import Role, StatementKind

from .pilot_typing import letter_key
from .screen import live_screen
from .test_app import on_disk
from .test_app_opening import HeldBack, until

NAMED = {
    "enter": "\r",
    "space": " ",
    "ctrl+n": None,
    "ctrl+r": None,
    "f10": None,
    "right": None,
    "ctrl+o": None,
    "f6": None,
    "backspace": "\x7f",
    "down": None,
    "ctrl+j": "\n",
}


def burst(app, *typed: str) -> None:
    """Every key of ``typed`` (a word is its letters; "enter", "ctrl+n"… a key) put in the app's
    queue at once, before it has handled the first: as a terminal hands over keys typed ahead."""
    for part in typed:
        if part in NAMED:
            app.post_message(events.Key(part, NAMED[part]))
            continue
        for letter in part:
            app.post_message(letter_key(letter))


async def settled(app, pilot, statements: int, points: int) -> None:
    """Until the burst is carried out (as many statements and points as it should log, or a while),
    and a few turns more: anything logged twice shows."""
    item = app.book.current_item
    deadline = time.monotonic() + 20  # generous: only a test that fails waits it out
    while not (len(item.statements) >= statements and len(item.points) >= points) and time.monotonic() < deadline:
        await pilot.pause(0.01)
    for _ in range(5):
        await pilot.pause()


def logged_since(app, statements: int, points: int) -> tuple[list[str], list[tuple[str, list[str]]]]:
    item = app.book.current_item
    return ([s.speaker for s in item.statements[statements:]], [(p.text, p.speakers) for p in item.points[points:]])


async def test_two_speakers_and_their_points_typed_in_one_burst_are_logged_once_each_in_order(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        item = app.book.current_item
        s0, p0 = len(item.statements), len(item.points)
        burst(app, "chile", "enter", "stressed X", "enter", "enter", "kenya", "enter", "called for Y", "enter")
        await settled(app, pilot, s0 + 2, p0 + 2)
        assert logged_since(app, s0, p0) == (["Chile", "Kenya"], [("stressed X", ["Chile"]), ("called for Y", ["Kenya"])])
        assert app.focused.id == "point" and app.focused.value == ""
        assert app.screen.query_one("#speaker", Input).value == ""
        saved = on_disk(demo_store).item(item.key)
        assert [p.text for p in saved.points[p0:]] == ["stressed X", "called for Y"]


async def test_the_reported_burst_enter_kenya_enter_in_the_point_box(demo_store):
    """The defect as found: after a point box's Enter, the letters behind it went into the point
    box and the point was logged twice."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"chile", "enter")
        await until(lambda: app.focused.id == "point", pilot)
        item = app.book.current_item
        s0, p0 = len(item.statements), len(item.points)
        burst(app, "enter", "kenya", "enter")
        await settled(app, pilot, s0 + 1, p0)
        assert logged_since(app, s0, p0) == (["Kenya"], [])
        assert app.focused.id == "point" and app.focused.value == ""


async def test_a_burst_with_a_group_the_suggestions_and_the_point_keys(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        item = app.book.current_item
        s0, p0 = len(item.statements), len(item.points)
        burst(
            app,
            "g77",
            "enter",
            "south africa",
            "enter",
            "noted A",
            "ctrl+n",
            "stressed B",
            "ctrl+o",
            "and C",
            "f6",
            "enter",
            "enter",
            "united",
            "down",
            "enter",
            "noted Dx",
            "backspace",
            "enter",
        )
        await settled(app, pilot, s0 + 2, p0 + 4)
        speakers, points = logged_since(app, s0, p0)
        assert speakers == ["South Africa", "United Arab Emirates"]
        assert item.statements[s0].on_behalf_of == "Group of 77 and China"
        assert points == [
            ("noted A", []),
            ("stressed B", ["South Africa"]),
            ("and C", ["South Africa"]),
            ("noted D", ["United Arab Emirates"]),
        ]  # ctrl+n: impersonal, no speaker
        assert item.points[p0 + 1].named and item.points[p0 + 2].join  # f6 then Enter: a speaker's point, joined
        assert not item.points[p0 + 2].named
        assert app.focused.id == "point" and app.focused.value == ""  # where the last Enter left the cursor


async def test_a_burst_typed_while_the_session_is_read_waits_for_it(demo_db):
    to_open = HeldBack(demo_db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.focused is not None, pilot)
        burst(app, "croatia", "enter")
        await until(lambda: app.focused.id == "point", pilot)  # on, as it will be once Croatia is logged
        assert app.screen.query_one("#speaker", Input).value == "" and not live_screen(app).ready
        to_open.go.set()
        await until(lambda: live_screen(app).ready and app.focused.id == "point", pilot)
        item = app.book.current_item
        s0, p0 = len(item.statements) - 1, len(item.points)
        burst(app, "noted X", "enter", "enter", "kenya", "ctrl+j", "stressed Y", "ctrl+j")
        await settled(app, pilot, s0 + 2, p0 + 2)
        assert logged_since(app, s0, p0) == (["Croatia", "Kenya"], [("noted X", ["Croatia"]), ("stressed Y", ["Kenya"])])
        await app.action_quit()


async def test_a_whole_burst_typed_before_the_session_is_read_is_logged_once_it_is(demo_db):
    """The cursor goes on as the keys say while the session is read; each Enter is carried out,
    in order, once it is there, and nothing typed after one is wiped by it."""
    to_open = HeldBack(demo_db)
    app = UnreportApp(to_open)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.focused is not None, pilot)
        burst(app, "croatia", "enter", "noted X", "enter", "enter", "kenya", "enter", "stressed Y", "enter", "enter", "chi")
        await until(lambda: app.screen.query_one("#speaker", Input).value == "chi", pilot)
        assert not live_screen(app).ready
        to_open.go.set()
        await until(lambda: live_screen(app).ready, pilot)
        item = app.book.current_item
        s0, p0 = len(item.statements) - 2, len(item.points) - 2
        await settled(app, pilot, s0 + 2, p0 + 2)
        assert logged_since(app, s0, p0) == (["Croatia", "Kenya"], [("noted X", ["Croatia"]), ("stressed Y", ["Kenya"])])
        assert app.focused.id == "speaker" and app.focused.value == "chi"
        await app.action_quit()


def test_the_textual_internals_the_live_screen_takes_keys_with_are_there():
    """LiveScreen.take_input runs the bindings as Textual does, with its own method, and keeps
    the cursor shown while typing as the box does: a Textual that renames them fails here."""
    import inspect

    from textual.app import App
    from textual.widgets import Input

    assert list(inspect.signature(App._check_bindings).parameters) == ["self", "key", "priority"]
    assert "self._restart_blink()" in inspect.getsource(Input._on_key)
    assert "forward_target._forward_event(event)" in inspect.getsource(App.on_event)


async def test_a_burst_typed_while_the_log_has_the_cursor_goes_to_the_box_in_order(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"chile", "enter")
        await until(lambda: app.focused.id == "point", pilot)
        item = app.book.current_item
        p0 = len(item.points)
        app.screen.set_focus(app.screen.query_one("#log"))
        await until(lambda: app.focused.id == "log", pilot)
        burst(app, "noted the report of the Secretariat", "enter")
        await settled(app, pilot, 0, p0 + 1)
        assert logged_since(app, len(item.statements), p0)[1] == [("noted the report of the Secretariat", ["Chile"])]


async def test_f6_pressed_in_the_speaker_box_then_a_point_typed_at_once_is_a_joined_point(demo_store):
    """f6 moves the cursor to the point box at once: the point typed behind it is the current
    speaker's, joined, not a new speaker named "stressed B"."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"chile", "enter", *"called for A", "enter", "enter")
        await until(lambda: app.focused.id == "speaker", pilot)
        item = app.book.current_item
        s0, p0 = len(item.statements), len(item.points)
        burst(app, "f6", "stressed B", "enter")
        await settled(app, pilot, s0, p0 + 1)
        assert logged_since(app, s0, p0) == ([], [("stressed B", ["Chile"])])
        assert item.points[-1].join


async def test_an_impersonal_point_in_a_burst_stays_under_the_speaker_who_had_the_floor(demo_store):
    # Found by a newcomer: in one burst every entry was logged in the same second, and the point
    # made while Brazil had the floor was shown (and ordered) under Kenya, logged after it.
    from unreport_tui.core.log_order import statements_under

    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and live_screen(app).ready, pilot)
        item = app.book.current_item
        statements, points = len(item.statements), len(item.points)
        burst(app, "Brazil", "enter", "It was noted that X", "ctrl+n", "enter", "Kenya", "enter", "noted Y", "enter", "enter")
        await settled(app, pilot, statements + 2, points + 2)
        item = app.book.current_item
        assert [s.speaker for s in item.statements[-2:]] == ["Brazil", "Kenya"]
        under = statements_under(item)
        assert item.statements[under[-2]].speaker == "Brazil"  # "It was noted that X"
        assert item.statements[under[-1]].speaker == "Kenya"  # "noted Y"


async def test_a_right_of_reply_typed_in_a_burst_is_logged_by_the_name_offered(demo_store):
    # "mexic" ctrl+r in one burst logged "mexic" as an NGO replying: the suggestions were a key behind.
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.screen.ready, pilot)
        statements = len(app.book.current_item.statements)
        burst(app, "mexic", "ctrl+r", "enter", "cuba", "ctrl+r")
        await settled(app, pilot, statements + 2, 0)
        replies = [(s.speaker, s.role, s.kind) for s in app.book.current_item.statements[statements:]]
        assert replies == [("Mexico", Role.MEMBER, StatementKind.REPLY), ("Cuba", Role.MEMBER, StatementKind.REPLY)]


async def test_a_presentation_typed_in_a_burst_is_by_the_name_offered(demo_store):
    from unreport_tui.app.screens.entry_dialogs import PresentationDialog

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: isinstance(app.screen, LiveScreen) and app.screen.ready, pilot)
        burst(app, "japa", "f10")
        await until(lambda: isinstance(app.screen, PresentationDialog), pilot)
        assert app.screen.query_one("#edit-speaker", Input).value == "Japan"


async def test_f2_twice_after_a_burst_gives_the_cursor_back_to_the_box_it_was_in(demo_store):
    # The newcomer's walk: "peru", Enter, Enter, "chad", Enter typed in one go, then f2, f2 and a
    # point: the point went into the speaker box (the boxes' focus events came in out of order).
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        item = app.book.current_item
        s0, p0 = len(item.statements), len(item.points)
        burst(app, "peru", "enter", "enter", "chad", "enter")
        await settled(app, pilot, s0 + 2, p0)
        assert app.focused is not None and app.focused.id == "point"
        for _ in range(2):
            await pilot.press("f2")
            await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert (app.screen.query_one("#point", Input).value, app.screen.query_one("#speaker", Input).value) == ("w", "")
