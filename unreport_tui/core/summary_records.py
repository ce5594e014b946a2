"""Summary records cited as the General Assembly's Main Committees cite them: "A/C.3/77/SR.4 and 9",
each series' first symbol in full and the records after it by their number alone; three or more
running as a range ("A/C.3/58/SR.37-55, 57, 58 and 61", A/58/508)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english import join_list

_NUMBERED = re.compile(r"^(?P<series>.*\.)(?P<number>\d+(?:-\d+)?)$")  # "A/C.3/77/SR." and "4" (or "15-18")


def summary_records_phrase(symbols: Sequence[str]) -> str:
    """ "A/C.3/77/SR.4 and 9", "A/C.2/62/SR.2-6"; a symbol of another series is written in full
    ("A/C.3/77/SR.4 and A/C.3/76/SR.2"), as is one not numbered after a full stop."""
    groups: list[tuple[str | None, list[str]]] = []  # a series and its records' numbers, as typed
    for symbol in (s.strip() for s in symbols if s.strip()):
        numbered = _NUMBERED.match(symbol)
        if numbered is None:
            groups.append((None, [symbol]))
        elif groups and groups[-1][0] == numbered.group("series"):
            groups[-1][1].append(numbered.group("number"))
        else:
            groups.append((numbered.group("series"), [numbered.group("number")]))
    parts: list[str] = []
    for series, numbers in groups:
        shown = _ranges(numbers) if series is not None else numbers
        parts += [f"{series or ''}{shown[0]}", *shown[1:]]
    return join_list(parts)


def _ranges(numbers: list[str]) -> list[str]:
    """ "37", "38", "39", "57", "58" -> "37-39", "57", "58": three or more running as a range."""
    runs: list[list[str]] = []
    for number in numbers:
        last = runs[-1][-1] if runs else ""
        if number.isdigit() and last.isdigit() and int(number) == int(last) + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [part for run in runs for part in ([f"{run[0]}-{run[-1]}"] if len(run) >= 3 else run)]
