"""How the report says when something happened: "At its 11th meeting, on 7 March 2007, ",
"At the same meeting, ", "on 5 and 6 October 2004". One place, read by the item's narrated events,
the action taken and the organization chapter, so that a body's profile (``[narration]``,
``[dates]``) changes them all at once.

The year "once per chapter": ``years`` is the set of years the chapter has already given, kept by
the ParagraphWriter and handed from item to item in the report's ``Numbering`` (so an item
rendered again from the cache starts from the same years)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence, Set

from ..dates import DatesStyle, on_dates
from ..english import meetings_phrase
from ..model import Session
from ..profiles import Profile
from ..profiles.settings.dates import NEVER, ONCE_PER_CHAPTER


def considered_meetings(profile: Profile, numbers: Sequence[int]) -> str:
    """ "1st to 3rd meetings", or one by one ("1st, 2nd and 3rd meetings") as the profile says."""
    return meetings_phrase(numbers, ranges=profile.flag("opening", "meeting_ranges"))


def dates_style(profile: Profile) -> DatesStyle:
    return DatesStyle(
        ranges=profile.flag("dates", "ranges"),
        and_in_every_month=profile.flag("dates", "and_in_every_month"),
        on_each_month=profile.flag("dates", "on_each_month"),
    )


def days_phrase(profile: Profile, days: Iterable[dt.date], years: set[int] | None = None) -> str:
    """ "on 5 and 6 October 2004", "from 5 to 7 October 2004", as the profile writes dates.
    ``years``: the years the chapter has given (left out once per chapter, and added to);
    None: every year written (unless the profile writes none)."""
    days = list(days)
    year = profile.choice("dates", "year")
    left_out: Set[int] = frozenset()
    if year == NEVER:
        left_out = {d.year for d in days}
    elif year == ONCE_PER_CHAPTER and years is not None:
        left_out = years
    phrase = on_dates(days, dates_style(profile), left_out)
    if years is not None:
        years.update(d.year for d in days)
    return phrase


def at_meeting(profile: Profile, session: Session, number: int, *, body_subject: bool, years: set[int] | None = None) -> str:
    """ "At its 11th meeting, on 7 March 2007, " when the body is the sentence's subject (or "At the",
    as the profile says); "At the 9th meeting, …" when a speaker is."""
    lead = profile.choice("narration", "body_at_meeting") if body_subject else "At the"
    held = session.meeting(number)
    dated = f", {days_phrase(profile, [held.date], years)}" if held and held.date else ""
    return f"{lead} {meetings_phrase([number])}{dated}, "


def at_same_meeting(again: bool = False) -> str:
    """The next sentence at the meeting just named: "At the same meeting, ", then "Also at the same meeting, "."""
    return "Also at the same meeting, " if again else "At the same meeting, "
