"""Dates as UN reports print them: "on 19 and 20 October 2010", "18–22 October 2010"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import groupby

from .english import join_list

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


def dates_phrase(days: Iterable[dt.date]) -> str:
    """Days grouped by month, then by year: "30 and 31 May and 1 June 2023",
    "31 December 2022 and 2 January 2023". Repeated days (several meetings a day) count once."""
    unique = sorted(set(days))
    by_year: list[tuple[list[str], int]] = []
    for year, in_year in groupby(unique, key=lambda d: d.year):
        month_parts = [
            f"{join_list([str(d.day) for d in in_month])} {month}" for month, in_month in groupby(in_year, key=month_name)
        ]
        by_year.append((month_parts, year))
    return join_list([f"{join_list(months)} {year}" for months, year in by_year])


def span_phrase(first: dt.date, last: dt.date) -> str:
    """A session's span: "18–22 October 2010", "27 February–3 March 2023", "28 December 2022–3 January 2023"."""
    if first == last:
        return day_month_year(first)
    if first.year != last.year:
        return f"{day_month_year(first)}{EN_DASH}{day_month_year(last)}"
    if first.month != last.month:
        return f"{first.day} {month_name(first)}{EN_DASH}{day_month_year(last)}"
    return f"{first.day}{EN_DASH}{day_month_year(last)}"


def from_to_phrase(first: dt.date, last: dt.date) -> str:
    """A session's span in running words: "from 22 to 26 May 2023", "from 27 February to 3 March
    2023", "from 28 December 2022 to 3 January 2023"; "on 6 October 2019" for one day."""
    if first == last:
        return f"on {day_month_year(first)}"
    if first.year != last.year:
        return f"from {day_month_year(first)} to {day_month_year(last)}"
    if first.month != last.month:
        return f"from {first.day} {month_name(first)} to {day_month_year(last)}"
    return f"from {first.day} to {day_month_year(last)}"
