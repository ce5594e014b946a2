import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.dates import dates_phrase, span_phrase

D = dt.date


def test_one_day_for_several_meetings():
    assert dates_phrase([D(2025, 3, 11), D(2025, 3, 11)]) == "11 March 2025"


def test_days_in_one_month():
    assert dates_phrase([D(2023, 3, 14), D(2023, 3, 15), D(2023, 3, 16)]) == "14, 15 and 16 March 2023"


def test_days_grouped_by_month():
    assert dates_phrase([D(2023, 2, 28), D(2023, 3, 1)]) == "28 February and 1 March 2023"
    assert dates_phrase([D(2023, 5, 30), D(2023, 5, 31), D(2023, 6, 1)]) == "30 and 31 May and 1 June 2023"


def test_days_across_years():
    assert dates_phrase([D(2022, 12, 31), D(2023, 1, 2)]) == "31 December 2022 and 2 January 2023"


def test_session_spans_use_an_en_dash():
    assert span_phrase(D(2010, 10, 18), D(2010, 10, 22)) == "18\u201322 October 2010"
    assert span_phrase(D(2023, 2, 27), D(2023, 3, 3)) == "27 February\u20133 March 2023"
    assert span_phrase(D(2022, 12, 28), D(2023, 1, 3)) == "28 December 2022\u20133 January 2023"
    assert span_phrase(D(2010, 10, 18), D(2010, 10, 18)) == "18 October 2010"


@given(st.lists(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 1, 1)), min_size=1, max_size=8))
def test_every_day_is_named_once_and_every_year_printed(days):
    phrase = dates_phrase(days)
    for year in {d.year for d in days}:
        assert phrase.count(str(year)) >= 1
    assert phrase.count(" and ") >= (1 if len(set(days)) > 1 else 0)
