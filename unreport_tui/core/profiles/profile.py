"""A body profile, loaded and checked: the wording and structural choices of one body's reports."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..rendered import Inline
from .fill import Phrase, fill

DEFAULT_PROFILE = "untoc-cop"


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    description: str
    source: str  # where it was read from: "shipped" or the file's path
    extends: str  # the id or path of the profile it builds on; "" for the default itself
    values: Mapping[str, Mapping[str, Any]]  # section -> key -> value, every setting present
    files: tuple[str, ...] = ()  # the files it was merged from, its own first

    def form(self, section: str, key: str) -> str:
        value = self.values[section][key]
        assert isinstance(value, str), (section, key)
        return value

    def words(self, section: str, key: str) -> str:
        """A form that takes no placeholder (a heading, an office) as the report prints it: its
        "{{" and "}}" are braces, as in every other form."""
        return "".join(literal for literal, _, _, _ in string.Formatter().parse(self.form(section, key)))

    def sentence(self, section: str, key: str, **phrases: Phrase) -> list[Inline]:
        """The form ``section.key`` filled with ``phrases`` (every placeholder it may use)."""
        return fill(self.form(section, key), phrases)

    def flag(self, section: str, key: str) -> bool:
        value = self.values[section][key]
        assert isinstance(value, bool), (section, key)
        return value

    def choice(self, section: str, key: str) -> str:
        return self.form(section, key)

    def names(self, section: str, key: str) -> Mapping[str, str]:
        value = self.values[section][key]
        assert isinstance(value, Mapping), (section, key)
        return value

    def forms(self, section: str, key: str) -> Mapping[str, str]:
        """A table of named forms (``FormsTable``): name -> form."""
        return self.names(section, key)
