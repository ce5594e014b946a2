"""The prepare screen's box for a session's other periods ("Also met"): typed, saved with Enter
(shown as it is read again); a bad or overlapping period refused in one line under the box, nothing
saved. The rules of the box are core/form_fields.py's, tested here on their own too."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.app.app import UnreportApp
from unreport_tui.core.form_fields import FieldError, read_periods, read_vote_counts, show_periods
from unreport_tui.storage import open_store

from .test_app import on_disk
from .test_prepare_session_data import open_prepare, refused, type_and_save

D = dt.date


@pytest.fixture
def store(tmp_path, demo_session):
    store = open_store(tmp_path / "notes" / "demo.json", background=True)
    store.replace(demo_session)
    assert store.last_save is None or store.last_save.wait(5)
    yield store
    store.close()


def test_vote_counts_as_a_box_of_names_leaves_them_after_enter():
    assert read_vote_counts("49; ", "", "2;") == (49, 0, 2)
    assert read_vote_counts("Chile; Peru", "", "") is None
    with pytest.raises(FieldError, match="'49; Chile': type the counts of a vote in all three boxes"):
        read_vote_counts("49; Chile", "", "")


def test_a_day_alone_or_a_first_and_a_last_day():
    assert read_periods("p", "2019-12-12 to 2019-12-13;  2018-12-07 ;") == (
        (D(2018, 12, 7), D(2018, 12, 7)),
        (D(2019, 12, 12), D(2019, 12, 13)),
    )
    assert read_periods("p", "  ") == ()


@pytest.mark.parametrize(
    "typed, says",
    [
        ("7 December 2018", "is not a date"),
        ("2019-12-13 to 2019-12-12", "the last day comes before the first day"),
        ("2019-12-12 to 2019-12-13 to 2019-12-14", "type a day, or a first and a last day"),
        ("2019-12-12 to ", "type a day, or a first and a last day"),
    ],
)
def test_a_period_that_cannot_be_read_is_refused(typed, says):
    with pytest.raises(FieldError, match=says):
        read_periods("other_periods", typed)


days = st.dates(D(1945, 1, 1), D(2100, 1, 1))


@given(st.lists(st.tuples(days, days).map(lambda p: tuple(sorted(p))), max_size=4))
def test_periods_shown_read_back(periods):
    assert read_periods("p", show_periods(sorted(periods))) == tuple(sorted(periods))


async def test_the_other_periods_are_saved_and_an_overlapping_one_refused(store):
    # One app run for both (a Pilot run of the demo takes a second or two).
    before = on_disk(store).info
    app = UnreportApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_prepare(app, pilot)
        await type_and_save(
            screen, pilot, {"first_day": "2019-03-14", "last_day": "2019-03-22", "other_periods": "2019-03-20 to 2019-03-25"}
        )
        assert refused(screen, "other_periods") == (
            "2019-03-20 to 2019-03-25 overlaps 2019-03-14 to 2019-03-22: give each day once"
        )
        assert on_disk(store).info == before
        await type_and_save(screen, pilot, {"other_periods": "2019-12-12 to 2019-12-13; 2018-12-07"})
        info = on_disk(store).info
        assert info.dates == (D(2019, 3, 14), D(2019, 3, 22))
        assert info.other_periods == ((D(2018, 12, 7), D(2018, 12, 7)), (D(2019, 12, 12), D(2019, 12, 13)))
