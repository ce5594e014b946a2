"""A name typed with a slip in the speaker box: one State nearest is logged at Enter
("phillipines": the Philippines), but a slip as close to two States as "austrai" to Australia and
Austria is logged as neither until the note-taker chooses, as the Chair's list asks. What is
logged after each key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.widgets.completing_input import CompletingInput
from unreport_tui.core.countries import find_states, resolve_state
from unreport_tui.core.list_lines import CLEAR_LEAD, SLIP, states_as_close

from .screen import live_screen
from .test_app import on_disk
from .test_app_opening import until


def speakers_logged(store) -> list[str]:
    return [statement.speaker for statement in on_disk(store).item("2b").statements]


def said(app: UnreportApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def test_a_slip_as_close_to_two_states_is_logged_as_neither_until_one_is_chosen(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        before = speakers_logged(demo_store)
        await pilot.press(*"austrai", "enter")
        await until(lambda: any("could be Australia or Austria" in notice for notice in said(app)), pilot)
        assert speakers_logged(demo_store) == before
        assert live_screen(app).query_one("#speaker", Input).value == "austrai"  # kept, to choose from
        await pilot.press("ctrl+r")  # a right of reply waits for the choice too
        await pilot.pause()
        assert speakers_logged(demo_store) == before
        await pilot.press("down", "enter")
        await until(lambda: len(speakers_logged(demo_store)) == len(before) + 1, pilot)
        assert speakers_logged(demo_store)[-1] == "Australia"


async def test_a_slip_near_one_state_and_letters_that_begin_names_are_logged_at_enter(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        before = speakers_logged(demo_store)
        await pilot.press(*"phillipines", "enter", "enter", *"austr")
        await pilot.pause()
        offered = live_screen(app).query_one("#speaker-box", CompletingInput).suggestions[0].value
        await pilot.press("enter")  # letters that begin two names: the first offered, which the list shows
        await until(lambda: len(speakers_logged(demo_store)) == len(before) + 2, pilot)
        assert speakers_logged(demo_store)[-2:] == ["Philippines", offered] and offered in ("Australia", "Austria")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=12))
def test_the_box_waits_only_for_a_slip_between_states_nearly_as_close(typed):
    between = states_as_close(typed)
    if not between:
        return
    matches = find_states(typed, limit=3)
    assert resolve_state(typed) is None and matches[0].score <= SLIP  # a slip, not a name or its start
    assert len(between) >= 2 and between == [m.state.name for m in matches[: len(between)]]
    assert all(m.score > matches[0].score - CLEAR_LEAD for m in matches[: len(between)])
