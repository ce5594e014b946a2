"""Speaking-time statistics: the rules (totals add up, shares of the floor add up to all the time
measured, a time not measured is never counted as time) and the tables printed from them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.model import Item, Meeting, Role, Session, Statement, StatementKind
from unreport_tui.core.speaking_time import (
    ScopeError,
    SortBy,
    Speaking,
    Tally,
    clock,
    ordered,
    percentages,
    speaking_time,
)
from unreport_tui.exporters.speaking_time import as_csv, as_markdown, as_text

SPEAKERS = ["Chile", "Kenya", "Japan", "European Union", "Amnesty International", "Secretary of the Commission"]
ROLES = {
    "Chile": Role.MEMBER,
    "Kenya": Role.MEMBER,
    "Japan": Role.SIGNATORY,
    "European Union": Role.IGO,
    "Amnesty International": Role.NGO,
    "Secretary of the Commission": Role.OFFICIAL,
}


def spoke(speaker, seconds=None, meeting=1, kind=StatementKind.STATEMENT, behalf="", role=None) -> Statement:
    return Statement(
        speaker,
        role or ROLES.get(speaker, Role.MEMBER),
        kind=kind,
        on_behalf_of=behalf,
        meeting=meeting,
        time=dt.time(10, 0),
        duration=seconds,
    )


def session_of(*items: list[Statement], meetings=(1, 2)) -> Session:
    return Session(
        meetings=[Meeting(n) for n in meetings],
        items=[Item(str(k + 1), str(k + 1), f"Item {k + 1}", statements=list(s)) for k, s in enumerate(items)],
    )


statements = st.lists(
    st.builds(
        spoke,
        st.sampled_from(SPEAKERS),
        st.one_of(st.none(), st.integers(0, 1800)),
        st.sampled_from([1, 2]),
        st.sampled_from(list(StatementKind)),
        st.sampled_from(["", "Group of 77 and China", "European Union"]),
    ),
    max_size=40,
)
limits = st.dictionaries(st.sampled_from(list(Role)), st.integers(1, 600), max_size=3)


@given(statements, statements, limits)
def test_every_table_adds_up_to_the_total_and_unmeasured_time_is_never_time(first, second, limit):
    session = session_of(first, second)
    stats = speaking_time(session, limits=limit)
    everything = first + second
    measured = [s.duration for s in everything if s.duration is not None]
    total = stats.total
    assert total.count == len(everything)
    assert total.replies == sum(s.kind is StatementKind.REPLY for s in everything)
    assert total.timed == len(measured) and total.seconds == sum(measured)
    assert total.not_measured == sum(s.duration is None for s in everything)
    assert total.over_limit == sum(
        1 for s in everything if s.duration is not None and s.role in limit and s.duration > limit[s.role]
    )
    for table in (stats.speakers, stats.roles):
        for field in ("statements", "replies", "timed", "seconds", "over_limit"):
            assert sum(getattr(t, field) for t in table) == getattr(total, field), field
    groups = [s for s in everything if s.on_behalf_of]
    assert sum(t.count for t in stats.groups) == len(groups)
    for tally in [*stats.speakers, *stats.groups, *stats.roles, total]:
        # An average is of the measured statements only; none measured: no average, no time.
        if tally.timed:
            assert tally.average == pytest.approx(tally.seconds / tally.timed)
        else:
            assert tally.average is None and tally.seconds == 0


@given(statements, statements)
def test_the_shares_of_the_floor_add_up_to_all_the_time_measured(first, second):
    stats = speaking_time(session_of(first, second))
    if stats.total.seconds == 0:
        assert all(stats.share(t) is None for t in stats.speakers)
        return
    for table in (stats.speakers, stats.roles):
        assert sum(stats.share(t) or 0.0 for t in table) == pytest.approx(1.0)
        assert sum(percentages([stats.share(t) or 0.0 for t in table])) == 100


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=30))
def test_printed_percentages_add_up_to_exactly_100_and_are_each_within_one_of_the_share(seconds):
    total = sum(seconds)
    printed = percentages([s / total for s in seconds] if total else [0.0] * len(seconds))
    if total == 0:
        assert printed == [0] * len(seconds)
        return
    assert sum(printed) == 100
    assert all(abs(p - s / total * 100) < 1 for p, s in zip(printed, seconds, strict=True))


@given(statements)
def test_adding_a_statement_whose_time_was_not_measured_changes_no_time_nor_share(logged):
    before = speaking_time(session_of(logged))
    after = speaking_time(session_of([*logged, spoke("Chile", None)]))
    assert after.total.seconds == before.total.seconds and after.total.timed == before.total.timed
    assert after.total.count == before.total.count + 1
    chile_before = next((t for t in before.speakers if t.name == "Chile"), None)
    chile = next(t for t in after.speakers if t.name == "Chile")
    assert chile.not_measured == (chile_before.not_measured if chile_before else 0) + 1
    assert chile.seconds == (chile_before.seconds if chile_before else 0)
    assert chile.average == (chile_before.average if chile_before else None)


def test_a_meeting_an_item_and_both_count_only_their_statements():
    first = [spoke("Chile", 120, meeting=1), spoke("Kenya", 60, meeting=2)]
    second = [spoke("Chile", 30, meeting=2), spoke("Japan", None, meeting=2)]
    session = session_of(first, second)
    meeting = speaking_time(session, meeting=2)
    assert meeting.title == "Meeting 2"
    assert {t.name: (t.count, t.seconds) for t in meeting.speakers} == {"Kenya": (1, 60), "Chile": (1, 30), "Japan": (1, 0)}
    item = speaking_time(session, item="1")
    assert item.title == "Agenda item 1" and item.total.seconds == 180
    both = speaking_time(session, item="2", meeting=2)
    assert both.title == "Meeting 2, agenda item 2" and both.total.count == 2 and both.total.not_measured == 1
    assert speaking_time(session).title == "The session" and speaking_time(session).total.count == 4


def test_a_meeting_not_held_and_an_item_not_there_are_refused_in_words():
    session = session_of([spoke("Chile", 10, meeting=3)], meetings=(1, 2))
    assert speaking_time(session, meeting=3).total.count == 1  # logged at it: held, though not declared
    with pytest.raises(ScopeError, match=r"^the session has no meeting 7 \(its meetings: 1, 2, 3\)$"):
        speaking_time(session, meeting=7)
    with pytest.raises(ScopeError, match=r"^no agenda item has the key '9' \(the keys: 1\)$"):
        speaking_time(session, item="9")


def test_two_spellings_of_a_state_are_one_speaker_under_its_un_name():
    stats = speaking_time(
        session_of([spoke("Russia", 60), spoke("Russian Federation", 30), spoke("USA", 10), spoke("Zorblax Foundation", 5)])
    )
    assert {t.name: t.count for t in stats.speakers} == {
        "Russian Federation": 2,
        "United States of America": 1,
        "Zorblax Foundation": 1,
    }


def test_the_running_statement_counts_with_its_time_so_far_and_passes_its_limit():
    running = spoke("Kenya", None)
    stats = speaking_time(session_of([spoke("Chile", 200), running]), limits={Role.MEMBER: 180}, speaking=Speaking(running, 190))
    kenya = next(t for t in stats.speakers if t.name == "Kenya")
    assert kenya.speaking and kenya.seconds == 190 and kenya.not_measured == 0 and kenya.over_limit == 1
    assert stats.speaking_now == "Kenya" and stats.total.over_limit == 2


def test_sorted_by_time_or_by_count():
    stats = speaking_time(session_of([spoke("Chile", 300), spoke("Kenya", 60), spoke("Kenya", 60), spoke("Japan", None)]))
    assert [t.name for t in ordered(stats.speakers, SortBy.TIME)] == ["Chile", "Kenya", "Japan"]
    assert [t.name for t in ordered(stats.speakers, SortBy.COUNT)] == ["Kenya", "Chile", "Japan"]


def example() -> Session:
    return session_of(
        [
            spoke("Chile", 185, behalf="Group of Latin American and Caribbean States"),
            spoke("Chile", 35, kind=StatementKind.REPLY),
            spoke("Kenya", 100),
            spoke("Japan", None),
            spoke("Secretary of the Commission", 300),
        ]
    )


def test_the_text_says_time_not_measured_never_zero_and_draws_bars():
    text = as_text(speaking_time(example(), limits={Role.MEMBER: 180}))
    lines = text.splitlines()
    assert lines[:3] == [
        "Speaking time: The session (sorted by time)",
        "4 statements and 1 reply: 10:20 in all for the 4 timed; time not measured for 1 (imported, or typed "
        "later: counted, never as zero).",
        "Time limits: member 3:00; “over limit” counts the statements that ran longer.",
    ]
    row = {line.split("  ")[0].strip(): line for line in lines}
    assert row["Secretary of the Commission"].split() == [
        "Secretary",
        "of",
        "the",
        "Commission",
        "1",
        "0",
        "5:00",
        "5:00",
        "0",
        "48%",
        "████████████████████",
    ]
    assert row["Chile"].split()[1:] == ["1", "1", "3:40", "1:50", "1", "36%", "██████████████▋"]
    assert row["Japan"].split()[1:] == ["1", "0", "—", "—", "—", "—", "time", "not", "measured"]
    assert "0:00" not in text
    groups = text.splitlines()[text.splitlines().index("Groups spoken for") :]
    first = next(n for n, line in enumerate(groups) if line.startswith("Group of Latin American and "))
    assert groups[first].split()[5:8] == ["1", "0", "3:05"]  # a long name goes on under its row
    assert groups[first + 1].strip() == "Caribbean States"


def test_markdown_escapes_names_and_keeps_one_row_per_speaker():
    session = session_of([spoke("*Bold* | Coalition", 60, role=Role.NGO), spoke("Kenya", None)])
    md = as_markdown(speaking_time(session))
    assert "| \\*Bold\\* \\| Coalition | 1 | 0 | 1:00 | 1:00 | 100% | 0 |" in md
    assert "| Kenya | 1 | 0 | — | — | — | 1 |" in md


def test_csv_is_data_a_name_never_becomes_a_formula_and_an_unmeasured_time_is_an_empty_cell():
    import csv
    import io

    session = session_of(
        [spoke('=HYPERLINK("http://x","y")', 60, role=Role.NGO), spoke("+1 Coalition", None, role=Role.NGO), spoke("Kenya", 30)]
    )
    rows = list(csv.DictReader(io.StringIO(as_csv(speaking_time(session)))))
    names = {row["name"]: row for row in rows if row["table"] == "speaker"}
    assert set(names) == {'\'=HYPERLINK("http://x","y")', "'+1 Coalition", "Kenya"}
    assert names["'+1 Coalition"]["seconds"] == "" and names["'+1 Coalition"]["not_measured"] == "1"
    assert names["Kenya"]["seconds"] == "30" and names["Kenya"]["share_percent"] == "33.3"
    total = next(row for row in rows if row["table"] == "total")
    assert (total["statements"], total["timed"], total["seconds"]) == ("3", "2", "90")


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(None, ""), (0, "0:00"), (59.6, "1:00"), (245, "4:05"), (3599, "59:59"), (3600, "1:00:00"), (3723, "1:02:03")],
)
def test_a_speaking_time_reads_as_a_clock_with_hours_from_the_first_hour(seconds, shown):
    assert clock(seconds) == shown


def test_rows_tied_on_the_measure_sorted_by_go_by_the_other_then_by_name():
    tallies = [
        Tally("b", statements=2, seconds=60),
        Tally("a", statements=1, seconds=60),
        Tally("C", statements=1, seconds=60),
        Tally("d", statements=3, seconds=10),
    ]
    assert [t.name for t in ordered(tallies, SortBy.TIME)] == ["b", "a", "C", "d"]
    assert [t.name for t in ordered(tallies, SortBy.COUNT)] == ["d", "b", "a", "C"]


def test_shares_of_nothing_are_zeros_and_a_lone_share_is_the_whole():
    assert percentages([]) == [] and percentages([0.0, 0.0]) == [0, 0]
    assert percentages([1.0]) == [100] and percentages([0.0, 1.0]) == [0, 100]


def test_the_running_statement_is_found_by_its_id_as_the_store_gives_it_back():
    import dataclasses

    chile, kenya = dataclasses.replace(spoke("Chile", 30), id=1), dataclasses.replace(spoke("Kenya", None, behalf="g77"), id=2)
    # The screen holds its own copy of the statement running: the same id, not the same object.
    stats = speaking_time(session_of([chile, kenya]), speaking=Speaking(dataclasses.replace(kenya), 40))
    rows = {t.name: t for t in [*stats.speakers, *stats.groups, *stats.roles]}
    assert [name for name, t in rows.items() if t.speaking] == ["Kenya", "Group of 77 and China", "member"]
    assert rows["Kenya"].seconds == 40 and rows["Chile"].seconds == 30
    assert stats.total.speaking and stats.speaking_now == "Kenya"


def test_nobody_is_speaking_when_no_statement_runs():
    stats = speaking_time(session_of([spoke("Chile", 30, behalf="g77")]))
    assert not any(t.speaking for t in [*stats.speakers, *stats.groups, *stats.roles, stats.total])


def test_a_statement_that_takes_exactly_its_limit_is_not_over_it():
    stats = speaking_time(session_of([spoke("Chile", 180), spoke("Kenya", 181)]), limits={Role.MEMBER: 180})
    assert {t.name: t.over_limit for t in stats.speakers} == {"Chile": 0, "Kenya": 1}


def test_an_organization_is_one_row_under_its_name_however_typed():
    stats = speaking_time(session_of([spoke("unodc", 10, role=Role.IGO), spoke("UNODC", 5, role=Role.IGO)]))
    assert [(t.name, t.count) for t in stats.speakers] == [("United Nations Office on Drugs and Crime", 2)]


def test_a_scope_asked_of_an_empty_session_says_there_is_none_yet():
    with pytest.raises(ScopeError, match=r"^the session has no meeting 1 \(its meetings: none yet\)$"):
        speaking_time(Session(), meeting=1)
    with pytest.raises(ScopeError, match=r"^no agenda item has the key '1' \(the keys: none\)$"):
        speaking_time(Session(), item="1")


def test_two_spellings_of_a_group_are_one_row_under_its_name():
    stats = speaking_time(
        session_of(
            [spoke("Peru", 10, behalf="Group of 77 and China"), spoke("Kenya", 5, behalf="g77"), spoke("Chile", 1, behalf="Peru")]
        )
    )
    assert [(t.name, t.count, t.seconds) for t in stats.groups] == [("Group of 77 and China", 2, 15), ("Peru", 1, 1)]
