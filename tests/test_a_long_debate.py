"""A long debate: 300 speakers and 300 points, every one in the database and the draft, in order.

The 300 entries go through the logbook and a store saving in the background, as the app sends
them; the screen is proved on a slice: the last speakers of the 300 typed into the live screen
of a session that already holds the others. (Typing all 300 through Pilot proves nothing more
and took four minutes: the app's cost per entry is measured in benchmarks/bench_app.py.)"""

from __future__ import annotations

from textual.widgets import Input

from unreport_tui.app.app import UnreportApp
from unreport_tui.core.countries import all_states
from unreport_tui.core.model import Item, Meeting, Session, SessionInfo
from unreport_tui.core.rendering.report import ReportRenderer, render_report
from unreport_tui.logbook import Logbook
from unreport_tui.storage import open_store

from .test_app import draft_text, on_disk

ENTRIES = 300
TYPED = 4  # the last speakers of the 300, typed through the screen

NAMES = [s.name for s in all_states() if s.member]


def speaker(n: int) -> str:
    return NAMES[n % len(NAMES)]


def one_item_session() -> Session:
    return Session(SessionInfo(body_short="Commission"), [Meeting(1)], [Item("1", "1", "General debate")])


def logged(store, first: int, last: int, renderer: ReportRenderer | None = None) -> None:
    """Speakers ``first`` to ``last - 1`` and a point each, step by step as the live screen logs
    them; with a renderer, the draft drawn after each step as the screen draws it (only what
    the step changed)."""
    book = Logbook(store)
    for n in range(first, last):
        change = book.next_speaker(speaker(n))
        assert not change.not_saved
        change = book.log_point(f"point number {n}")
        assert not change.not_saved
        if renderer is not None:
            renderer.item(book.session.snapshot(), "1", set(change.items))


def assert_all_in_order(session: Session) -> None:
    item = session.item("1")
    assert [s.speaker for s in item.statements] == [speaker(n) for n in range(ENTRIES)]
    assert [(p.text, p.speakers) for p in item.points] == [(f"point number {n}", [speaker(n)]) for n in range(ENTRIES)]


def test_300_statements_and_300_points_through_the_logbook_are_saved_and_drafted_in_order(tmp_path):
    store = open_store(tmp_path / "long.json", background=True)
    store.replace(one_item_session())
    renderer = ReportRenderer()
    logged(store, 0, ENTRIES, renderer)
    assert_all_in_order(on_disk(store))
    session = Logbook(store).session
    drawn = renderer.item(session.snapshot(), "1")  # the draft as the screen keeps it, step after step
    assert drawn == ReportRenderer().item(session, "1")  # is the draft drawn from nothing
    assert "point number 299" in export_of(session)
    store.close()
    assert_all_in_order(open_store(tmp_path / "long.json", read_only=True).load())


def export_of(session: Session) -> str:
    from unreport_tui.exporters.text import export_text

    return export_text(render_report(session))


async def test_the_last_of_300_speakers_typed_through_the_screen_join_the_others_in_order(tmp_path):
    store = open_store(tmp_path / "long.json", background=True)
    store.replace(one_item_session())
    logged(store, 0, ENTRIES - TYPED)
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        speaker_box, point_box = app.screen.query_one("#speaker", Input), app.screen.query_one("#point", Input)
        for n in range(ENTRIES - TYPED, ENTRIES):
            speaker_box.value = speaker(n)
            await pilot.press("enter")
            point_box.value = f"point number {n}"
            await pilot.press("enter", "enter")  # the point, then an empty Enter: back to the speaker box
        await pilot.pause()
        assert_all_in_order(on_disk(store))
        assert "point number 299" in await draft_text(app)
    store.close()
