"""What a note-taker types in a form's boxes, read into values: dates, meeting numbers, yes or no,
a choice of a closed set, and lists of names ("Chile; Peru"). Each reader refuses a value it
cannot use with a FieldError that names the box and says what to type; each has its writer, the
text a box shows for a value, so that a saved value shows as it will be read again.

The screens read their boxes with these (no Textual in here): the rules are tested on their own."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import ParamSpec, TypeVar

from .model import Allocation
from .session_file.tables import LARGEST_NUMBER

_Choice = TypeVar("_Choice", bound=StrEnum)
_Default = TypeVar("_Default")
_Read = TypeVar("_Read")
_Args = ParamSpec("_Args")

MEETING_NUMBERS = range(1, LARGEST_NUMBER + 1)  # as the session file takes them


class FieldError(ValueError):
    """A value refused where it was typed; the message says what was expected."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    @property
    def each(self) -> tuple[FieldError, ...]:
        """Every box refused: this one."""
        return (self,)


class FieldErrors(FieldError):
    """Several boxes of one section refused at once, in the form's order. As a FieldError it is
    the first of them, the box the cursor goes to."""

    def __init__(self, refused: Sequence[FieldError]) -> None:
        super().__init__(refused[0].field, str(refused[0]))
        self.refused = tuple(refused)

    @property
    def each(self) -> tuple[FieldError, ...]:
        return self.refused


class Reading:
    """A section's boxes read one by one, each refusal kept rather than the first stopping the
    rest: a note-taker who filled in a section and pressed Enter sees every box to mend at once,
    not one per Enter. ``done`` raises what was refused; the checks across boxes ("the last day
    comes before the first day") come after it, as they need every box read."""

    def __init__(self) -> None:
        self.refused: list[FieldError] = []

    def __call__(self, read: Callable[_Args, _Read], /, *args: _Args.args, **kwargs: _Args.kwargs) -> _Read | None:
        try:
            return read(*args, **kwargs)
        except FieldError as refused:
            self.refused.append(refused)
            return None

    def done(self) -> None:
        if len(self.refused) == 1:
            raise self.refused[0]
        if self.refused:
            raise FieldErrors(self.refused)


def read_day(field: str, text: str) -> dt.date | None:
    """A date typed as 2010-10-19; None when the box is empty."""
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(field, f"{text.strip()!r} is not a date: type it as 2010-10-19 (year-month-day)") from None


def show_day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def read_meeting_number(field: str, text: str) -> int:
    try:
        number = int(text.strip())
    except ValueError:
        raise FieldError(field, f"{text.strip()!r} is not a meeting number: type a whole number such as 4") from None
    if number not in MEETING_NUMBERS:
        raise FieldError(field, "a meeting number is a whole number from 1 to 1,000,000")
    return number


def read_meeting_number_or_none(field: str, text: str) -> int | None:
    """A meeting number, or None when the box is empty (the meeting is not said)."""
    return read_meeting_number(field, text) if text.strip() else None


def show_number(number: int | None) -> str:
    return "" if number is None else str(number)


def read_yes_no(field: str, text: str, default: bool | None, blank: str = "the session") -> bool | None:
    """yes or no, in any case; ``default`` when the box is empty (None: as ``blank`` says)."""
    answer = text.strip().lower()
    if answer in ("yes", "no"):
        return answer == "yes"
    if not answer:
        return default
    raise FieldError(field, f"{text.strip()!r}: type one of yes, no" + _or_nothing(default, blank))


def show_yes_no(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def read_choice(
    field: str, text: str, choices: type[_Choice], default: _Default, blank: str = "the session"
) -> _Choice | _Default:
    """One of a closed set's values (``choices``, the one place they are listed), in any case;
    ``default`` when the box is empty (None: as ``blank`` says: the session, or the profile)."""
    typed = text.strip().lower()
    if not typed:
        return default
    for choice in choices:
        if choice.value == typed:
            return choice
    raise FieldError(field, f"{text.strip()!r}: type one of " + ", ".join(c.value for c in choices) + _or_nothing(default, blank))


def _or_nothing(default: object, blank: str) -> str:
    return f" (or nothing: as {blank})" if default is None else ""


def show_choice(choice: StrEnum | None) -> str:
    return "" if choice is None else str(choice)  # a StrEnum is its value


PERIODS_EXAMPLE = "2018-12-07; 2019-12-12 to 2019-12-13"


def read_periods(field: str, text: str) -> tuple[tuple[dt.date, dt.date], ...]:
    """A session's other periods, separated by ";": a day alone ("2018-12-07") or a first and a
    last day ("2019-12-12 to 2019-12-13"); in order of time."""
    periods = []
    for part in _parts(text, ";"):
        days = [day.strip() for day in re.split(r"\bto\b", part)]
        if len(days) > 2:
            raise FieldError(field, f"{part!r}: type a day, or a first and a last day: {PERIODS_EXAMPLE}")
        first, last = (read_day(field, day) for day in (days[0], days[-1]))
        if first is None or last is None:
            raise FieldError(field, f"{part!r}: type a day, or a first and a last day: {PERIODS_EXAMPLE}")
        if first > last:
            raise FieldError(field, f"{part!r}: the last day comes before the first day")
        periods.append((first, last))
    return tuple(sorted(periods))


def show_periods(periods: Iterable[tuple[dt.date, dt.date]]) -> str:
    return "; ".join(
        first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}" for first, last in periods
    )


def read_vote_counts(in_favour: str, against: str, abstaining: str) -> tuple[int, int, int] | None:
    """A vote by a show of hands typed as its counts in the three vote boxes ("49", "", "2": an
    empty box counts none; "49; ", as a box of names leaves it after Enter, is a count too); None
    when the boxes hold names (a recorded vote) or nothing."""
    boxes = {"vote_for": _parts(in_favour, ";"), "vote_against": _parts(against, ";"), "vote_abstaining": _parts(abstaining, ";")}
    if not any(part.isdecimal() for parts in boxes.values() for part in parts):
        return None
    for box, parts in boxes.items():
        if len(parts) > 1 or parts and not parts[0].isdecimal():
            typed = "; ".join(parts)
            raise FieldError(
                box, f"{typed!r}: type the counts of a vote in all three boxes (49, 0, 2), or the names in all three"
            )
    if not boxes["vote_for"]:
        raise FieldError("vote_for", "type the number of votes in favour too (49)")
    counts = [int(parts[0]) if parts else 0 for parts in boxes.values()]
    return counts[0], counts[1], counts[2]


def read_names(text: str) -> list[str]:
    """ "Canada; Colombia;; Mexico" -> the names, in order (the renderer prints each as the UN does)."""
    return _parts(text, ";")


def show_names(names: Iterable[str]) -> str:
    return "; ".join(names)


def read_revisions(text: str) -> list[str]:
    """The oral revisions of a draft, separated by | (a revision may hold a ";")."""
    return _parts(text, "|")


def _parts(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


ALLOCATION_EXAMPLE = "2, 2022-09-16, seventy-seventh"


def read_allocation(field: str, text: str) -> Allocation | None:
    """The General Assembly's allocation of an item, on one line as a secretariat officer reads it
    off the plenary's record: "2, 2022-09-16, seventy-seventh" (its plenary meeting, that meeting's
    date, the Assembly's session in words); None when the box is empty."""
    if not text.strip():
        return None
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 3 or not all(parts):
        raise FieldError(
            field, f"{text.strip()!r}: type the plenary meeting, its date and the session in words: {ALLOCATION_EXAMPLE}"
        )
    number, day, session = parts
    try:
        meeting = read_meeting_number(field, number)
    except FieldError as refused:
        raise FieldError(field, f"the plenary meeting: {refused} (as in {ALLOCATION_EXAMPLE})") from None
    date = read_day(field, day)
    assert date is not None  # the part is not empty
    # The session is printed in words ("of its seventy-seventh session"): a figure would print "77".
    if any(ch.isdigit() for ch in session):
        raise FieldError(field, f"{session!r}: type the session in words, such as seventy-seventh")
    return Allocation(meeting, date, session)


def show_allocation(allocation: Allocation | None) -> str:
    if allocation is None:
        return ""
    return f"{allocation.meeting}, {allocation.date.isoformat()}, {allocation.session}"
