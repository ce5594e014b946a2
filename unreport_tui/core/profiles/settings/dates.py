"""How the body writes the days of its meetings: "on 19 and 20 October 2010", "from 5 to 7 October
2004", "on 9 October and on 4 and 12 November", the year once per chapter. The grammar is
``core/dates.py``; the profile only chooses."""

from __future__ import annotations

from ..spec import Choice, Section

EVERY_DATE = "every date"
ONCE_PER_CHAPTER = "once per chapter"
NEVER = "never"

SECTION = Section(
    "dates",
    "How the days of meetings are written.",
    {
        "ranges": Choice('Three or more days running as a range: "from 10 to 14, 17, 20 and 21 March 1997".'),
        "and_in_every_month": Choice(
            'Each month\'s days end with "and": "26 and 27 February and 1 and 2 March"; false: only the last month\'s '
            '("26, 27, 28 February and 1, 2, 7 and 9 March").'
        ),
        "on_each_month": Choice('"on" before each month: "on 9 October and on 4 and 12 November 2022".'),
        "year": Choice(
            'The year in every date, once per chapter ("At the 1st meeting, on 23 February, …" once the chapter '
            "has given 1998), or never (the session's dates under the title give it: \"on 26, 27, 28 February and "
            '1, 2, 7 and 9 March", E/2007/27).',
            (EVERY_DATE, ONCE_PER_CHAPTER, NEVER),
        ),
    },
)
