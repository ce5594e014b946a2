"""A session held in two periods (or more): the Commission on Narcotic Drugs and the Commission on
Crime Prevention and Criminal Justice open each session with a one-day meeting the December before
and meet again, reconvened, the December after. The session file gives the periods besides its
``dates`` (``other_periods``); the title, the held line and the organization chapter print them all,
in order of time, by the grammar of core/dates.py.

Real title lines, through /work/wt/research16/cnd.md and ccpcj.md: E/2019/28 ("Report on the
sixty-second session (7 December 2018 and 14–22 March 2019)"), E/2020/28, E/2018/28, E/2019/30
(CCPCJ); E/2019/28's note on its reconvened session, "to be held on 12 and 13 December 2019"."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.cli import main
from unreport_tui.core.dates import MONTHS, periods_from_to, periods_span
from unreport_tui.core.model import Session, SessionInfo
from unreport_tui.core.session_file.session import parse_session, session_to_toml
from unreport_tui.core.session_file.tables import SessionFileError
from unreport_tui.storage import open_store

from .profile_reading import masthead, printed, session_in

D = dt.date


@pytest.mark.parametrize(
    "profile, body, title, dates, before, printed_title",
    [
        # E/2019/28 (cover)
        ("cnd", "Commission on Narcotic Drugs", "Sixty-second session", ("2019-03-14", "2019-03-22"), "2018-12-07",
         "Report on the sixty-second session (7 December 2018 and 14–22 March 2019)"),
        # E/2020/28 (cover)
        ("cnd", "Commission on Narcotic Drugs", "Sixty-third session", ("2020-03-02", "2020-03-06"), "2019-12-13",
         "Report on the sixty-third session (13 December 2019 and 2–6 March 2020)"),
        # E/2018/28 (cover)
        ("cnd", "Commission on Narcotic Drugs", "Sixty-first session", ("2018-03-12", "2018-03-16"), "2017-12-08",
         "Report on the sixty-first session (8 December 2017 and 12–16 March 2018)"),
        # E/2019/30 (cover)
        ("ccpcj", "Commission on Crime Prevention and Criminal Justice", "Twenty-eighth session",
         ("2019-05-20", "2019-05-24"), "2018-12-07",
         "Report on the twenty-eighth session (7 December 2018 and 20–24 May 2019)"),
    ],
)  # fmt: skip
def test_the_final_reports_title_gives_every_period_of_the_session(profile, body, title, dates, before, printed_title):
    session = session_in(
        profile,
        f'body = "{body}"\ntitle = "{title}"\ndates = [{dates[0]}, {dates[1]}]\n'
        f"other_periods = [[{before}, {before}]]\ndraft = false",
    )
    assert printed_title in masthead(session)


def test_the_drafts_masthead_gives_the_days_it_is_written_at_and_the_final_title_every_period():
    # A session document's masthead gives its own part's city and days (E/CN.15/2011/1: "Twentieth
    # session Vienna, 11-15 April 2011"); the final report's title every period (E/2019/28).
    text = (
        'body = "Commission on Narcotic Drugs"\ntitle = "Sixty-second session"\nvenue = "Vienna"\n'
        "dates = [2019-03-14, 2019-03-22]\nother_periods = [[2018-12-07, 2018-12-07]]\n"
    )
    assert "Commission on Narcotic Drugs\nSixty-second session\nVienna, 14–22 March 2019" in masthead(session_in("cnd", text))
    final = masthead(session_in("cnd", text + "draft = false"))
    assert "Report on the sixty-second session (7 December 2018 and 14–22 March 2019)" in final


def test_the_organization_chapter_says_the_session_was_held_in_each_period():
    session = session_in(
        "cnd",
        'body = "Commission on Narcotic Drugs"\nbody_short = "Commission"\ntitle = "Sixty-second session"\n'
        'venue = "Vienna"\ndates = [2019-03-14, 2019-03-22]\nother_periods = [[2018-12-07, 2018-12-07]]\n'
        "[organization]\n",
    )
    held = next(line for line in printed(session) if "held its sixty-second session" in line)
    assert "in Vienna on 7 December 2018 and from 14 to 22 March 2019" in held


def test_a_session_reconvened_in_the_same_year_gives_the_year_once():
    # The brief's wording of a reconvened session; two days are named as E/2019/28's note names them
    # ("to be held on 12 and 13 December 2019").
    periods = [(D(2023, 3, 14), D(2023, 3, 18)), (D(2023, 12, 8), D(2023, 12, 9))]
    assert periods_from_to(periods) == "from 14 to 18 March and on 8 and 9 December 2023"
    assert periods_span(periods) == "14–18 March and 8–9 December 2023"
    session = session_in(
        "ccpcj",
        'body = "Commission on Crime Prevention and Criminal Justice"\nbody_short = "Commission"\n'
        'title = "Thirty-second session"\nvenue = "Vienna"\ndates = [2023-03-14, 2023-03-18]\n'
        "other_periods = [[2023-12-08, 2023-12-09]]\n[organization]\n",
    )
    assert any("in Vienna from 14 to 18 March and on 8 and 9 December 2023" in line for line in printed(session))


def test_periods_across_months_and_years():
    assert periods_from_to([(D(2022, 12, 31), D(2023, 1, 1)), (D(2023, 3, 1), D(2023, 3, 3))]) == (
        "on 31 December 2022 and 1 January 2023 and from 1 to 3 March 2023"
    )
    assert periods_span([(D(2023, 5, 30), D(2023, 6, 2)), (D(2023, 12, 7), D(2023, 12, 7))]) == (
        "30 May–2 June and 7 December 2023"
    )


def test_two_days_named_across_a_month_and_before_a_later_period_of_the_year():
    assert periods_from_to([(D(2019, 11, 30), D(2019, 12, 1)), (D(2019, 12, 9), D(2019, 12, 11))]) == (
        "on 30 November and 1 December and from 9 to 11 December 2019"
    )
    assert periods_from_to([(D(2019, 12, 12), D(2019, 12, 13)), (D(2019, 12, 16), D(2019, 12, 18))]) == (
        "on 12 and 13 December and from 16 to 18 December 2019"
    )
    # The next period begins in the year this one ends in: its year, given at its end, serves both.
    assert periods_from_to([(D(2019, 12, 1), D(2019, 12, 3)), (D(2019, 12, 30), D(2020, 1, 2))]) == (
        "from 1 to 3 December and from 30 December 2019 to 2 January 2020"
    )


def test_a_session_held_once_is_written_as_it_always_was():
    assert periods_from_to([(D(2023, 12, 8), D(2023, 12, 9))]) == "from 8 to 9 December 2023"
    assert periods_span([(D(2010, 10, 18), D(2010, 10, 22))]) == "18–22 October 2010"


GOOD = '[session]\ntitle = "Sixty-second session"\ndates = [2019-03-14, 2019-03-22]\nother_periods = {}\n'


@pytest.mark.parametrize(
    "periods, expected",
    [
        ("[[2019-03-20, 2019-03-25]]", "overlap neither each other nor the session's dates (2019-03-14 to 2019-03-22 and 2019-03-20 to 2019-03-25 do)"),
        ("[[2018-12-07, 2018-12-07], [2018-12-07, 2018-12-08]]", "overlap neither each other"),
        ("[2018-12-07]", "a list of periods, each [first day, last day] in order"),
        ("[[2018-12-08, 2018-12-07]]", "a list of periods, each [first day, last day] in order"),
        ("[[2018-12-07, 2018-12-08, 2018-12-09]]", "a list of periods, each [first day, last day] in order"),
        ('[["7 December", "8 December"]]', "a list of periods, each [first day, last day] in order"),
    ],
)  # fmt: skip
def test_a_bad_period_is_refused_on_its_line(periods, expected):
    with pytest.raises(SessionFileError) as caught:
        parse_session(GOOD.format(periods))
    assert caught.value.line == 4
    assert str(caught.value).startswith("session.other_periods = ")
    assert expected in str(caught.value)


def test_other_periods_without_the_sessions_dates_are_refused():
    with pytest.raises(SessionFileError, match="the session's dates as well") as caught:
        parse_session('[session]\ntitle = "x"\nother_periods = [[2018-12-07, 2018-12-07]]\n')
    assert caught.value.line == 3


def test_a_bad_period_prints_one_line_and_leaves_no_database(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.format("[[2019-03-22, 2019-03-23]]"), encoding="utf-8")
    db = tmp_path / "db.json"
    assert main(["import", str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"unreport: {bad}:4: session.other_periods = ") and err.count("\n") == 1
    assert not db.exists()


@st.composite
def periods_besides(draw, first: dt.date, last: dt.date) -> tuple[tuple[dt.date, dt.date], ...]:
    """Up to two periods, none overlapping ``first``–``last`` or each other, in order of time."""
    taken: list[tuple[dt.date, dt.date]] = [(first, last)]
    for start, end in draw(st.lists(session_periods(), max_size=2)):
        if all(end < a or b < start for a, b in taken):
            taken.append((start, end))
    return tuple(sorted(taken[1:]))


@st.composite
def session_periods(draw) -> tuple[dt.date, dt.date]:
    """A period as sessions have them: mostly a day to a few weeks, at times one that runs into
    the next month or year; now and then a long one."""
    first = draw(st.dates(D(1945, 1, 1), D(2090, 1, 1)))
    return first, first + dt.timedelta(days=draw(st.integers(0, 3) | st.integers(0, 40) | st.integers(0, 3650)))


@st.composite
def sessions_with_periods(draw) -> Session:
    first, last = draw(session_periods())
    return Session(SessionInfo(title="Session", dates=(first, last), other_periods=draw(periods_besides(first, last))))


@given(sessions_with_periods())
def test_the_periods_come_back_from_the_session_file(session):
    assert parse_session(session_to_toml(session)) == session


@given(sessions_with_periods())
def test_every_period_is_printed_once_in_order(session):
    periods = session.info.periods()
    span = periods_span(periods)
    pieces = re.split(", | and ", span)
    assert len(pieces) == len(periods)
    for (first, last), piece, following in zip(periods, pieces, [*periods[1:], None], strict=True):
        assert piece.startswith((f"{first.day} ", f"{first.day}–"))  # "1 January", "1–2 January"
        shares_the_year = following is not None and first.year == last.year == following[0].year
        assert piece.endswith(f"{last.day} {MONTHS[last.month - 1]}" + ("" if shares_the_year else f" {last.year}"))
    words = periods_from_to(periods)
    assert words.startswith(("on ", "from ")) and words.endswith(str(periods[-1][1].year))


def test_the_periods_come_back_from_the_database(tmp_path):
    session = Session(
        SessionInfo(title="S", dates=(D(2019, 3, 14), D(2019, 3, 22)), other_periods=((D(2018, 12, 7), D(2018, 12, 7)),))
    )
    store = open_store(tmp_path / "n.json")
    store.replace(session)
    store.close()
    assert open_store(tmp_path / "n.json", read_only=True).load().info.other_periods == ((D(2018, 12, 7), D(2018, 12, 7)),)


def test_a_database_written_before_other_periods_opens_as_a_session_held_once(tmp_path):
    session = Session(SessionInfo(title="S", dates=(D(2019, 3, 14), D(2019, 3, 22))))
    store = open_store(tmp_path / "n.json")
    store.replace(session)
    store.close()
    # The record as an older unreport wrote it: no other_periods field.
    path = tmp_path / "n.json"
    text = path.read_text(encoding="utf-8")
    assert '"other_periods": []' in text or '"other_periods":[]' in text
    path.write_text(text.replace('"other_periods": [], ', "").replace('"other_periods":[],', ""), encoding="utf-8")
    assert "other_periods" not in path.read_text(encoding="utf-8")
    assert open_store(path, read_only=True).load() == session


def test_a_title_longer_than_word_keeps_in_its_properties_is_cut_there_not_refused():
    # A session held in three periods with a long title line (or a long title typed) passed Word's
    # 255-character limit on a file's title: python-docx refused the whole export.
    import io

    from docx import Document

    from unreport_tui.exporters import export_session

    title = "Report of the Commission on its reconvened sixty-second session, " + "held in Vienna " * 20
    session = parse_session(
        f'[session]\ntitle = "Sixty-second session"\nsymbol = "E/CN.7/2019/L.1"\nreport_title = "{title.strip()}"\n'
        "dates = [2019-03-14, 2019-03-22]\nother_periods = [[2018-12-07, 2018-12-07], [2019-12-12, 2019-12-13]]\n"
    )
    properties = Document(io.BytesIO(export_session(session, "docx"))).core_properties
    assert len(properties.title) <= 255 and properties.title.endswith("…")
    assert properties.title.startswith("E/CN.7/2019/L.1: Report of the Commission on its reconvened sixty-second session")
