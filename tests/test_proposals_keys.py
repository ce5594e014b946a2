"""The proposals screen by keys alone: after an action is logged on a proposal, the cursor is in
the list of actions, for what happens to it next (introduced, then adopted)."""

from __future__ import annotations

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.proposals import ProposalsScreen

from .test_app import on_disk
from .test_app_opening import until


async def test_after_an_action_is_logged_the_cursor_is_in_the_list_of_actions_for_the_next(demo_store):
    """Introduced, then adopted by a show of hands: keys only, no Tab back up the form."""
    app = UnreportApp(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await until(lambda: isinstance(app.screen, ProposalsScreen), pilot)
        await pilot.press(*"Oceans", "enter", "enter", *"chile", "enter")  # added; introduced by Chile
        await until(lambda: len(on_disk(demo_store).proposals[0].actions) == 1, pilot)
        assert app.focused is app.screen.query_one("#action-kind")
        await pilot.press(*["down"] * 4, "enter")  # adopted
        app.screen.query_one("#vote_for", Input).focus()
        await pilot.press(*"49", "enter", *"0", "enter", *"2", "enter")
        await until(lambda: len(on_disk(demo_store).proposals[0].actions) == 2, pilot)
        assert [a.kind.value for a in on_disk(demo_store).proposals[0].actions] == ["introduced", "adopted"]
        assert app.focused is app.screen.query_one("#action-kind")
