"""Dates as UN reports print them: "on 19 and 20 October 2010", "18–22 October 2010"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from itertools import groupby

from .english import consecutive_runs, join_list

EN_DASH = "\u2013"
# Spelled out here rather than with strftime("%B"), which follows the machine's locale.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_name(day: dt.date) -> str:
    return MONTHS[day.month - 1]


def day_month_year(day: dt.date) -> str:
    return f"{day.day} {month_name(day)} {day.year}"


def outside_the_session(day: dt.date, periods: Sequence[tuple[dt.date, dt.date]]) -> str:
    """Where a meeting's date falls against the session's ``periods`` (SessionInfo.periods()),
    when outside them ("after the session's last day, 19 October 2012"); "" inside them, or when
    the session's dates are not known."""
    if not periods or any(first <= day <= last for first, last in periods):
        return ""
    first, last = periods[0][0], periods[-1][1]
    if day < first:
        return f"before the session's first day, {day_month_year(first)}"
    if day > last:
        return f"after the session's last day, {day_month_year(last)}"
    return "between the session's periods"


@dataclass(frozen=True)
class DatesStyle:
    """How a body writes the days of its meetings (its profile's ``[dates]``); the default is the
    Conference's: "on 30 and 31 May and 1 June 2023"."""

    ranges: bool = False  # three or more days running as a range: "from 10 to 14, 17, 20 and 21 March 1997"
    and_in_every_month: bool = True  # False: "26, 27, 28 February and 1, 2, 7 and 9 March" (only the last month has "and")
    on_each_month: bool = False  # "on 9 October and on 4 and 12 November 2022"


def dates_phrase(days: Iterable[dt.date], style: DatesStyle = DatesStyle(), years_given: Set[int] = frozenset()) -> str:
    """Days grouped by month, then by year: "30 and 31 May and 1 June 2023",
    "31 December 2022 and 2 January 2023". Repeated days (several meetings a day) count once.
    A year in ``years_given`` (the chapter has given it) is left out: "10 and 11 March"."""
    return _days(days, style, years_given, with_preposition=False)


def on_dates(days: Iterable[dt.date], style: DatesStyle = DatesStyle(), years_given: Set[int] = frozenset()) -> str:
    """``dates_phrase`` with its preposition: "on 5 and 6 October 2004", "from 5 to 7 October
    2004" (a range opens with "from"), "on 9 October and on 4 and 12 November" (``on_each_month``)."""
    return _days(days, style, years_given, with_preposition=True)


def _days(days: Iterable[dt.date], style: DatesStyle, years_given: Set[int], with_preposition: bool) -> str:
    unique = sorted(set(days))
    last_month = (unique[-1].year, unique[-1].month) if unique else None
    by_year: list[tuple[list[str], int]] = []
    for year, in_year in groupby(unique, key=lambda d: d.year):
        month_parts: list[str] = []
        for (_, month), in_month in groupby(in_year, key=lambda d: (d.year, d.month)):
            listed = list(in_month)
            tokens, opens_with_range = _day_tokens([d.day for d in listed], style.ranges)
            last = (year, month) == last_month
            joined = join_list(tokens) if style.and_in_every_month or last else ", ".join(tokens)
            part = f"{joined} {month_name(listed[0])}"
            if with_preposition and (style.on_each_month or not month_parts and not by_year):
                part = f"{'from' if opens_with_range else 'on'} {part}"
            month_parts.append(part)
        by_year.append((month_parts, year))
    return join_list([join_list(months) + ("" if year in years_given else f" {year}") for months, year in by_year])


def _day_tokens(days: list[int], ranges: bool) -> tuple[list[str], bool]:
    """The days of one month as they are listed ("10 to 14", "17"), and whether a range opens them."""
    tokens: list[str] = []
    opens_with_range = False
    for run in consecutive_runs(days):
        if ranges and len(run) >= 3:
            opens_with_range = opens_with_range or not tokens
            tokens.append(f"{run[0]} to {run[-1]}")
        else:
            tokens.extend(str(d) for d in run)
    return tokens, opens_with_range


def span_phrase(first: dt.date, last: dt.date, year: bool = True) -> str:
    """A session's span: "18–22 October 2010", "27 February–3 March 2023", "28 December 2022–3 January 2023".
    ``year`` False: without its last year ("14–18 March", a later period of the same year gives it)."""
    end = day_month_year(last) if year else f"{last.day} {month_name(last)}"
    if first == last:
        return end
    if first.year != last.year:
        return f"{day_month_year(first)}{EN_DASH}{end}"
    if first.month != last.month:
        return f"{first.day} {month_name(first)}{EN_DASH}{end}"
    return f"{first.day}{EN_DASH}{end}"


def from_to_phrase(first: dt.date, last: dt.date, year: bool = True) -> str:
    """A session's span in running words: "from 22 to 26 May 2023", "from 27 February to 3 March
    2023", "from 28 December 2022 to 3 January 2023"; "on 6 October 2019" for one day."""
    end = day_month_year(last) if year else f"{last.day} {month_name(last)}"
    if first == last:
        return f"on {end}"
    if first.year != last.year:
        return f"from {day_month_year(first)} to {end}"
    if first.month != last.month:
        return f"from {first.day} {month_name(first)} to {end}"
    return f"from {first.day} to {end}"


Period = tuple[dt.date, dt.date]


def periods_span(periods: Sequence[Period]) -> str:
    """A session held in several periods, as a title gives it: "7 December 2018 and 14–22 March
    2019" (E/2019/28); the year once where the periods share it: "14–18 March and 8–9 December 2023"."""
    return join_list([span_phrase(*p, year=_year_after(periods, i)) for i, p in enumerate(periods)])


def periods_from_to(periods: Sequence[Period]) -> str:
    """The same in running words: "on 7 December 2018 and from 14 to 22 March 2019", "from 14 to 18
    March and on 8 and 9 December 2023"."""
    if len(periods) == 1:  # a session of two days held once is "from 8 to 9 December", as it always was
        return from_to_phrase(*periods[0])
    return join_list([_period_in_words(*p, year=_year_after(periods, i)) for i, p in enumerate(periods)])


def _period_in_words(first: dt.date, last: dt.date, year: bool) -> str:
    """Two days are named, not spanned: "to be held on 12 and 13 December 2019" (E/2019/28, its note
    on the reconvened session)."""
    if (last - first).days != 1:
        return from_to_phrase(first, last, year)
    end = day_month_year(last) if year else f"{last.day} {month_name(last)}"
    if first.year != last.year:
        return f"on {day_month_year(first)} and {end}"
    return f"on {first.day} and {end}" if first.month == last.month else f"on {first.day} {month_name(first)} and {end}"


def overlapping(periods: Iterable[Period]) -> tuple[Period, Period] | None:
    """Two periods of a session that share a day, the earlier first; None when none do."""
    taken = sorted(periods)
    return next(((a, b) for a, b in zip(taken, taken[1:], strict=False) if b[0] <= a[1]), None)


def _year_after(periods: Sequence[Period], index: int) -> bool:
    """Whether period ``index`` gives its year: it does unless the next period, in the same year,
    gives it for both."""
    if index + 1 >= len(periods):
        return True
    first, last = periods[index]
    return not (first.year == last.year == periods[index + 1][0].year)
