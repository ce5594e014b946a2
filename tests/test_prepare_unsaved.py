"""What is typed on the prepare and proposals screens and not saved yet is never lost: ctrl+q
asks before it quits (Enter saves it through the section's own Enter, then quits; Esc stays),
and an undo refills only the boxes that hold what was saved."""

from __future__ import annotations

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.app.screens.proposals import ProposalsScreen

from .test_app import on_disk
from .test_app_opening import until


async def test_ctrl_q_with_a_body_typed_and_not_saved_keeps_it(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PrepareScreen)
        body = app.screen.query_one("#body", Input)
        body.focus()
        await pilot.press("ctrl+u", *"Commission on Narcotic Drugs")  # no Enter
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running  # asked, not gone
        await pilot.press("escape")  # stays: the text still there
        await pilot.pause()
        assert app.is_running and body.value == "Commission on Narcotic Drugs"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("enter")  # saves it, then quits
        await until(lambda: not app.is_running, pilot)
    assert on_disk(demo_store).info.body == "Commission on Narcotic Drugs"


async def test_ctrl_q_with_a_refused_value_stays_with_the_field_marked(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        box = app.screen.query_one("#org_officers_meeting", Input)
        box.focus()
        await pilot.press("ctrl+u", *"first")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and box.value == "first" and box.has_class("refused") and app.focused is box


async def test_an_undo_keeps_what_was_typed_and_not_saved(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#org_chapter").focus()
        await pilot.press("ctrl+u", *"I", "enter")  # a change to undo
        await pilot.pause()
        body = screen.query_one("#body", Input)
        body.focus()
        await pilot.press("ctrl+u", *"Commission on Narcotic Drugs")  # typed, not saved
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.query_one("#org_chapter", Input).value == (
            on_disk(demo_store).organization.chapter if on_disk(demo_store).organization else ""
        )
        assert body.value == "Commission on Narcotic Drugs"
        assert on_disk(demo_store).info.body == demo_session.info.body


async def test_ctrl_q_on_the_proposals_screen_with_a_title_typed_keeps_it(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ProposalsScreen)
        await pilot.press(*"Women and girls")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#proposal_title", Input).value == "Women and girls"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("enter")  # logs it, then quits
        await until(lambda: not app.is_running, pilot)
    assert "Women and girls" in [p.title for p in on_disk(demo_store).proposals]


async def test_ctrl_q_right_after_a_burst_of_letters_still_asks(demo_store):
    from textual import events

    from .test_keys_in_a_burst import burst

    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        body = app.screen.query_one("#body", Input)
        body.focus()
        await pilot.press("ctrl+u")
        burst(app, "Narcotic")  # as tmux or a fast typist hands them over: the letters not in the box yet
        app.post_message(events.Key("ctrl+q", None))
        await until(lambda: body.value == "Narcotic", pilot)
        for _ in range(5):
            await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and body.value == "Narcotic"


async def test_ctrl_q_with_lines_in_the_chairs_list_saves_them_through_ctrl_s(demo_store, demo_session):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, PrepareScreen) and app.focused.id == "speakers-list"
        await pilot.press("ctrl+end", "enter", *"Kenya")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("enter")
        await until(lambda: not app.is_running, pilot)
    assert "Kenya" in [entry.speaker for entry in on_disk(demo_store).item(demo_session.items[-1].key).speakers_list]
