"""Reading a session file's TOML tables key by key: every refusal names the key, where it is,
and what was expected (``SessionFileError``). Used by the session file and its proposals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .key_lines import strip_indexes

if TYPE_CHECKING:
    from ..model import Session


# The largest meeting (or other) number taken: a bound keeps a typo of many digits out of the report.
LARGEST_NUMBER = 1_000_000


class SessionFileError(ValueError):
    """A session file that cannot be used; the message is one line meant for the user.

    ``key_path`` names the key at fault ("items[1].statements[3].role"); ``line`` is where it
    stands in the file, when that can be told."""

    def __init__(self, message: str, key_path: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.key_path = key_path
        self.line = line


class NotASessionFile(SessionFileError):
    """A file that is no session file at all: not text in UTF-8, or not TOML (a report, a database)."""


def describe(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, int) and abs(value) > 10**12:
        return "a number too large"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


_Choice = TypeVar("_Choice", bound=StrEnum)
_Default = TypeVar("_Default")


class TableReader:
    """Walks the parsed TOML, keeping the path of the key being read for error messages."""

    def __init__(self, table: dict[str, Any], where: str, allowed: set[str]) -> None:
        self.table = table
        self.where = where
        for key in table:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                raise SessionFileError(f"{self.at(key)}: unknown key; expected one of {expected}", self.at(key))

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, expected: str) -> SessionFileError:
        return SessionFileError(f"{self.at(key)} = {describe(self.table[key])}: expected {expected}", self.at(key))

    def missing(self, key: str, expected: str) -> SessionFileError:
        return SessionFileError(f"{self.at(key)}: missing; expected {expected}", self.at(key))

    def text(self, key: str, required: bool = False) -> str:
        if key not in self.table:
            if required:
                raise self.missing(key, "text in quotes")
            return ""
        value = self.table[key]
        if not isinstance(value, str):
            raise self.fail(key, "text in quotes")
        if required and not value.strip():
            raise self.fail(key, "some text, not an empty string")
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "true or false")
        return value

    def integer(self, key: str, default: int | None = None, minimum: int = 1, maximum: int = LARGEST_NUMBER) -> int:
        """Meeting numbers, paragraph numbers, seconds: a bound keeps a typo of thousands of digits out."""
        expected = f"a whole number from {minimum} to {maximum:,}"
        if key not in self.table:
            if default is None:
                raise self.missing(key, expected)
            return default
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
            raise self.fail(key, expected)
        return value

    def meeting(self, key: str, session: Session) -> int | None:
        """A meeting number that ``session``'s [[meetings]] declare; None when the key is absent."""
        if key not in self.table:
            return None
        number = self.integer(key)
        if not session.meeting(number):
            raise SessionFileError(
                f"{self.at(key)} = {number}: meeting {number} is not declared; add a [[meetings]] entry with number = {number}",
                self.at(key),
            )
        return number

    def time(self, key: str) -> dt.time | None:
        if key not in self.table:
            return None
        value = self.table[key]
        if not isinstance(value, dt.time):
            raise self.fail(key, "a time of day such as 10:32:05, without quotes")
        return value

    def date(self, key: str) -> dt.date | None:
        if key not in self.table:
            return None
        value = self.table[key]
        if not is_date(value):
            raise self.fail(key, "a date such as 2010-10-19, without quotes")
        return cast(dt.date, value)

    def choice(self, key: str, enum: type[_Choice], default: _Default) -> _Choice | _Default:
        """One of ``enum``'s values (the only place they are listed); ``default`` when absent."""
        if key not in self.table:
            return default
        value = self.table[key]
        options = [e.value for e in enum]
        if value not in options:
            raise self.fail(key, "one of " + ", ".join(options))
        return enum(value)

    def list_of(self, key: str, check: Callable[[Any], bool], expected: str) -> list[Any]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(check(v) for v in value):
            raise self.fail(key, expected)
        return list(value)

    def tables(self, key: str) -> list[tuple[str, dict[str, Any]]]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            table_name = strip_indexes(self.at(key))  # "items[1].statements" -> "items.statements"
            raise self.fail(key, f"[[{table_name}]] tables")
        return [(f"{self.at(key)}[{n}]", v) for n, v in enumerate(value, start=1)]


def is_date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
