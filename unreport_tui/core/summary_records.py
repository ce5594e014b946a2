"""Summary records cited as the General Assembly's Main Committees cite them: "A/C.3/77/SR.4 and 9",
each series' first symbol in full and the records after it by their number alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english import join_list

_NUMBERED = re.compile(r"^(?P<series>.*\.)(?P<number>\d+)$")  # "A/C.3/77/SR." and "4"


def summary_records_phrase(symbols: Sequence[str]) -> str:
    """ "A/C.3/77/SR.4 and 9", "A/C.3/77/SR.4, 9 and 11"; a symbol of another series is written in
    full ("A/C.3/77/SR.4 and A/C.3/76/SR.2"), as is one not numbered after a full stop."""
    parts: list[str] = []
    series = None
    for symbol in (s.strip() for s in symbols if s.strip()):
        numbered = _NUMBERED.match(symbol)
        if numbered and numbered.group("series") == series:
            parts.append(numbered.group("number"))
        else:
            parts.append(symbol)
            series = numbered.group("series") if numbered else None
    return join_list(parts)
