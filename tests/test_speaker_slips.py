"""A name typed with a slip in the speaker box is logged as the State the box offers first, at
Enter, so that the point typed right after it goes into the point box; a slip as close to two
States as "austrai" to Australia and Austria is said, with the other, so that a wrong one is
mended at once. What is logged after each key, and what is said."""

from __future__ import annotations

import pytest

from unreport_tui.app.app import UnreportApp
from unreport_tui.core.list_lines import slip_for

from .screen import live_screen
from .test_app import on_disk
from .test_app_opening import until


def said(app: UnreportApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def test_a_slip_between_two_states_typed_in_a_burst_logs_the_first_offered_and_says_the_other(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        statements = len(on_disk(demo_store).item("2b").statements)
        await pilot.press(*"austrai", "enter", *"stressed the need for data", "enter")
        await until(lambda: len(on_disk(demo_store).item("2b").statements) == statements + 1, pilot)
        item = on_disk(demo_store).item("2b")
        speaker = item.statements[-1].speaker
        assert speaker in ("Australia", "Austria")
        await until(lambda: on_disk(demo_store).item("2b").points[-1].text == "stressed the need for data", pilot)
        assert on_disk(demo_store).item("2b").points[-1].speakers == [speaker]  # the point under it, not in the speaker box
        other = "Austria" if speaker == "Australia" else "Australia"
        assert any(f"“austrai” was logged as {speaker}, but it is as close to {other}" in line for line in said(app))


async def test_a_slip_near_one_state_is_logged_without_a_word(demo_store):
    app = UnreportApp(demo_store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await until(lambda: live_screen(app).ready, pilot)
        await pilot.press(*"phillipines", "enter")
        await until(lambda: on_disk(demo_store).item("2b").statements[-1].speaker == "Philippines", pilot)
        assert not any("was logged as" in line for line in said(app))


@pytest.mark.parametrize(
    ("typed", "could_be"),
    [
        ("austrai", ["Australia", "Austria"]),
        ("slovania", ["Slovakia", "Slovenia"]),
        ("austira", ["Austria"]),  # nearer one by far
        ("phillipines", ["Philippines"]),  # spelt as it sounds
        ("mexcio", ["Mexico"]),  # two letters swapped
        ("kazakstan", ["Kazakhstan"]),
        ("austria", []),  # a State's name
        ("austr", []),  # letters that begin two names: the box shows which it offers first
        ("form", []),  # begins a former name: no slip
        ("stressed the need for data", []),
    ],
)
def test_what_a_slip_could_be(typed, could_be):
    assert [state.name for state in slip_for(typed)] == could_be
