"""The speaking-time screen (ctrl+g): what it shows after statements are logged, its order and
scope keys, "time not measured" for statements without a time, and that it follows the meeting
while it is open (the speaker's clock, and a read-only copy following the writer)."""

from __future__ import annotations

import datetime as dt

from unreport_tui.app.app import UnreportApp
from unreport_tui.app.screens.statistics import StatisticsScreen
from unreport_tui.app.widgets.statistics_view import StatisticsView
from unreport_tui.storage import open_store

from .screen import screen_as, widget_text
from .test_app_opening import until


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2010, 10, 20, 10, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def passes(self, seconds: int) -> None:
        self.now += dt.timedelta(seconds=seconds)


def rows(app) -> dict[str, list[str]]:
    """The speakers' table: each row's figures, by name (the floor's mark taken off)."""
    lines = screen_as(app, StatisticsScreen).query_one(StatisticsView).lines
    table = lines[2 : lines.index("", 2)]
    return {line[:15].removeprefix("▶ ").strip(): line[15:].split() for line in table if not line.startswith("Total")}


def order(app) -> list[str]:
    return list(rows(app))


def title(app) -> str:
    return widget_text(app.screen.query_one("#statistics-title"))


async def log_speakers(pilot, clock: Clock, *spoken: tuple[str, int]) -> None:
    """Each speaker logged, then the clock runs for them: the next one logged ends their time."""
    from textual.widgets import Input

    for name, seconds in spoken:
        pilot.app.screen.query_one("#speaker", Input).value = name  # as typed (each letter typed would only cost time)
        await pilot.press("enter")
        clock.passes(seconds)
        await pilot.press("enter")  # an empty point: back to the speaker box


async def test_the_screen_shows_who_spoke_how_long_sorted_by_time_or_count_for_the_meeting_item_or_session(demo_store, tmp_path):
    clock = Clock()
    app = UnreportApp(demo_store, clock=clock, settings_file=tmp_path / "settings.toml")
    app.settings.limits = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await log_speakers(pilot, clock, ("chile", 200), ("kenya", 65), ("kenya", 70), ("japan", 30))
        await pilot.press("ctrl+g")
        await until(lambda: isinstance(app.screen, StatisticsScreen), pilot)
        # The current meeting, by time: the figures, a bar, the speaker with the floor counted so far.
        assert "Speaking time: Meeting 5 · sorted by time" in title(app)
        assert "4 statements, all timed: 6:05 in all." in title(app)
        assert "▶ Japan has the floor: the time so far is counted." in title(app)
        assert order(app) == ["Chile", "Kenya", "Japan"]
        assert rows(app)["Kenya"][:5] == ["2", "0", "2:15", "1:08", "37%"]
        assert rows(app)["Chile"][:5] == ["1", "0", "3:20", "3:20", "55%"]
        assert rows(app)["Japan"][:5] == ["1", "0", "0:30", "0:30", "8%"]
        assert rows(app)["Chile"][5].startswith("█")
        # The clock runs: Japan's time so far is counted again, without a key.
        clock.passes(200)
        await until(lambda: rows(app)["Japan"][2] == "3:50", pilot)
        assert order(app) == ["Japan", "Chile", "Kenya"]
        # By count.
        await pilot.press("c")
        assert "sorted by count" in title(app)
        assert order(app) == ["Kenya", "Japan", "Chile"]
        # The item: the statements imported with the demo, which have no time, are counted and said so.
        await pilot.press("t", "i")
        assert title(app).startswith("Speaking time: Agenda item 2 (b) · sorted by time")
        assert "time not measured for 22 (imported, or typed later: counted, never as zero)" in title(app)
        chile = rows(app)["Chile"]
        assert chile[:6] == ["3", "0", "3:20", "3:20", "35%", "2"]  # 2 of its 3 without a time
        argentina = next(
            line for line in screen_as(app, StatisticsScreen).query_one(StatisticsView).lines if line.startswith("Argentina")
        )
        assert argentina.split()[1:] == ["1", "0", "—", "—", "—", "1", "time", "not", "measured"]
        assert "0:00" not in " ".join(screen_as(app, StatisticsScreen).query_one(StatisticsView).lines)
        # The session (one item in the demo: the same statements), shown from its head however far
        # the last table was scrolled, then back to the live screen.
        view = screen_as(app, StatisticsScreen).query_one(StatisticsView)
        await pilot.press("end")
        await until(lambda: view.scroll_y > 0, pilot)
        await pilot.press("s")
        assert title(app).startswith("Speaking time: The session")
        await until(lambda: view.scroll_y == 0, pilot)
        await pilot.press("escape")
        await until(lambda: not isinstance(app.screen, StatisticsScreen), pilot)


async def test_a_time_limit_passed_is_counted_and_the_groups_and_roles_have_their_tables(demo_store, tmp_path):
    from unreport_tui.core.model import Role

    clock = Clock()
    app = UnreportApp(demo_store, clock=clock, settings_file=tmp_path / "settings.toml")
    app.settings.limits = {Role.MEMBER: 180}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"g77", "enter")
        await log_speakers(pilot, clock, ("pakistan", 0))  # on behalf of the Group of 77 and China
        clock.passes(240)
        await log_speakers(pilot, clock, ("kenya", 100))
        await pilot.press("ctrl+f")  # floor closed: Kenya's time ends
        await pilot.press("ctrl+g")
        await until(lambda: isinstance(app.screen, StatisticsScreen), pilot)
        assert "Time limits: member 3:00;" in title(app)
        assert rows(app)["Pakistan"][:6] == ["1", "0", "4:00", "4:00", "1", "71%"]  # over the limit once
        assert rows(app)["Kenya"][:6] == ["1", "0", "1:40", "1:40", "0", "29%"]
        lines = screen_as(app, StatisticsScreen).query_one(StatisticsView).lines
        groups = lines[lines.index("Groups spoken for") :]
        assert groups[2].startswith("Group of 77 and China") and groups[2].split()[5:9] == ["1", "0", "4:00", "4:00"]
        roles = lines[lines.index("Roles") :]
        assert roles[2].split()[:5] == ["member", "2", "0", "5:40", "2:50"]


async def test_the_screen_follows_the_writer_in_a_read_only_copy(tmp_path, demo_session):
    from unreport_tui.logbook import Logbook

    writer = open_store(tmp_path / "n.json", background=True)
    writer.replace(demo_session)
    assert writer.last_save.wait(5)
    clock = Clock()
    book = Logbook(writer, clock=clock)
    app = UnreportApp(
        open_store(tmp_path / "n.json", read_only=True),
        read_only=True,
        clock=clock,
        settings_file=tmp_path / "settings.toml",
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await until(lambda: app.book is not None, pilot)
        await pilot.press("ctrl+g")  # a key that only looks: the read-only copy has it
        await until(lambda: isinstance(app.screen, StatisticsScreen), pilot)
        assert "No statement yet." in title(app)
        book.next_speaker("Kenya")
        clock.passes(90)
        book.next_speaker("Peru")
        assert writer.last_save.wait(5)
        await until(lambda: "Kenya" in rows(app) and "Peru" in rows(app), pilot)
        assert rows(app)["Kenya"][:5] == ["1", "0", "1:30", "1:30", "100%"]
        assert "▶ Peru has the floor" in title(app)
        # The floor closed: nobody's clock runs, and the writer's change alone brings the screen up to date.
        clock.passes(30)
        book.end_statement()
        assert writer.last_save.wait(5)
        await until(lambda: "has the floor" not in title(app), pilot)
        assert rows(app)["Peru"][:5] == ["1", "0", "0:30", "0:30", "25%"]
        assert "READ-ONLY, following" in widget_text(app.screen.query_one("#status"))
        await pilot.press(*"zz", "escape")  # letters change nothing; Esc goes back to the log
        await until(lambda: not isinstance(app.screen, StatisticsScreen), pilot)
    writer.close()


async def test_a_long_name_is_shown_whole_at_100_columns_with_its_bar_beside_it(demo_store, tmp_path):
    """The names take the room they need, as far as each bar keeps a dozen columns: at 100
    columns "Venezuela (Bolivarian Republic of)" was cut to "Venezuela (Bolivarian Republic…"."""
    clock = Clock()
    app = UnreportApp(demo_store, clock=clock, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await log_speakers(pilot, clock, ("venezuela", 200), ("bolivia", 65), ("chile", 30))
        await pilot.press("ctrl+g")
        await until(lambda: isinstance(app.screen, StatisticsScreen), pilot)
        await pilot.pause()
        shown = widget_text(app.screen.query_one(StatisticsView))
        assert "Venezuela (Bolivarian Republic of)" in shown and "Bolivia (Plurinational State of)" in shown
        assert "█" * 12 in shown  # the longest time's bar, a dozen columns at least
