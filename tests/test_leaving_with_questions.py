"""Leaving a form that holds typing whose names must first be asked about: ctrl+q on the prepare
screen with a line of the Chair's list no one can resolve, ctrl+q on the proposals screen with a
vote list naming no State or with both an action and a new proposal typed. What is in the
database after each answer: saved only once every question is answered; Esc saves nothing and
stays, with the text as it was typed."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Label, OptionList, TextArea

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.choose_each import ChooseEachDialog
from unreport_tui.app.screens.prepare import PrepareScreen
from unreport_tui.app.screens.proposals import ProposalsScreen
from unreport_tui.app.screens.quit_unsaved import QuitUnsavedDialog

from .builders import listed
from .screen import widget_text
from .test_app import on_disk
from .test_app_opening import until


async def test_ctrl_q_with_a_line_of_the_chairs_list_not_resolved_asks_and_esc_saves_nothing_and_stays(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        await pilot.press(*"chile", "enter", *"zzqx", "ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")  # save and quit: the line is asked about first
        await until(lambda: isinstance(app.screen, ChooseEachDialog), pilot)
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        assert app.is_running
        assert app.screen.query_one("#speakers-list", TextArea).text == "chile\nzzqx"
        assert "was not saved, so this screen stays open" in widget_text(app.screen.query_one("#prepare-error"))
        assert listed(on_disk(demo_store).item("2b")) == []
        await pilot.press("ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, ChooseEachDialog), pilot)
        await pilot.press("enter")  # the first choice taken: the list saved, then the app quits
        await until(lambda: not app.is_running, pilot)
    saved = listed(on_disk(demo_store).item("2b"))
    assert saved == ["Chile", "zzqx"]  # kept as typed: the first choice for a name no one has


async def test_ctrl_q_twice_in_a_burst_asks_once(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        body = app.screen.query_one("#body", Input)
        body.focus()
        await pilot.press("ctrl+u", *"Narcotic")
        app.post_message(events.Key("ctrl+q", None))
        app.post_message(events.Key("ctrl+q", None))
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        for _ in range(5):
            await pilot.pause()
        assert [type(screen) for screen in app.screen_stack].count(QuitUnsavedDialog) == 1
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, PrepareScreen), pilot)
        assert app.is_running and body.value == "Narcotic"


async def test_ctrl_q_with_a_vote_naming_no_state_asks_and_esc_logs_nothing_and_stays(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        await pilot.press(*"Oceans", "enter")
        await until(lambda: len(on_disk(demo_store).proposals) == 1, pilot)
        app.screen.query_one("#action-kind", OptionList).highlighted = 4  # adopted
        app.screen.query_one("#vote_against", Input).value = "Narnia"
        await pilot.press("ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")
        await until(lambda: isinstance(app.screen, ChooseEachDialog), pilot)
        await pilot.press("escape")
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        assert app.is_running
        assert app.screen.query_one("#vote_against", Input).value == "Narnia"
        assert "Nothing was saved" in widget_text(app.screen.query_one("#proposals-error"))
        assert on_disk(demo_store).proposals[0].actions == []


async def test_ctrl_q_with_an_action_and_a_new_proposal_typed_logs_the_action_on_the_proposal_it_was_typed_for(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        await pilot.press(*"Oceans", "enter")
        await until(lambda: len(on_disk(demo_store).proposals) == 1, pilot)
        app.screen.query_one("#action-kind", OptionList).highlighted = 0  # introduced
        app.screen.query_one("#action_speaker", Input).value = "Chile"
        app.screen.query_one("#proposal_title", Input).value = "Women and girls"
        await pilot.press("ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")  # both logged, the action first; then the app quits
        await until(lambda: not app.is_running, pilot)
    proposals = on_disk(demo_store).proposals
    assert [p.title for p in proposals] == ["Oceans", "Women and girls"]
    assert [(a.kind.value, a.speaker) for a in proposals[0].actions] == [("introduced", "Chile")]
    assert proposals[1].actions == []


async def test_ctrl_q_with_a_point_half_typed_on_the_live_screen_asks_and_enter_logs_it(demo_store):
    """A point typed and not yet logged (no Enter) is asked about, never lost: Esc stays with it in
    its box; Enter logs it for the speaker who has the floor, as Enter in the box would, then quits."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"kenya", "enter", *"called for more funding for regional activities and for victims", "ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        asked = " ".join(widget_text(label) for label in app.screen.query(Label))
        assert "Typed and not saved yet: a point (called for more funding for regional ac…)." in asked
        await pilot.press("escape")
        await until(lambda: not isinstance(app.screen, QuitUnsavedDialog), pilot)
        assert app.is_running
        assert app.screen.query_one("#point", Input).value == "called for more funding for regional activities and for victims"
        await pilot.press("ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        await pilot.press("enter")
        await until(lambda: not app.is_running, pilot)
    item = on_disk(demo_store).item("2b")
    assert item.statements[-1].speaker == "Kenya"
    assert (item.points[-1].text, item.points[-1].speakers) == (
        "called for more funding for regional activities and for victims",
        ["Kenya"],
    )


async def test_ctrl_q_with_a_speaker_typed_asks_and_enter_logs_the_name_offered(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"venez", "ctrl+q")
        await until(lambda: isinstance(app.screen, QuitUnsavedDialog), pilot)
        assert "Typed and not saved yet: a speaker (venez)." in " ".join(widget_text(label) for label in app.screen.query(Label))
        await pilot.press("enter")
        await until(lambda: not app.is_running, pilot)
    assert on_disk(demo_store).item("2b").statements[-1].speaker == "Venezuela (Bolivarian Republic of)"
