"""What a body profile may say: sections of named settings, each a sentence form, a choice or a
table of names. The core declares them (``settings/``); the loader checks a profile against them,
so that a profile can only ever fill sentences the grammar builds, never run anything."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Form:
    """A sentence form: text with named placeholders (``{speakers}``) that the core fills with the
    phrases it builds. ``fields``: the placeholders it may use; ``required``: those it must use
    (the core has something to print there: a list of speakers left out would be lost)."""

    doc: str
    fields: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    # Wordings the grammar would contradict: (a regular expression, the one-line reason the loader
    # gives). "on {dates}" would print "on from 5 to 7 October": the phrase brings its preposition.
    refused: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Choice:
    """A structural choice: one of ``values`` (text), or true/false when ``values`` is empty."""

    doc: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Names:
    """A table of names: the name as typed or known (a group's) -> the body's own form of it.
    ``blank``: a name may map to nothing ("" : the name is in the table, with no words of its own)."""

    doc: str
    blank: bool = False


@dataclass(frozen=True)
class FormsTable:
    """A table of sentence forms the profile names itself, among which one thing chooses (an item's
    ``statements_form``): each may use ``fields`` and must use exactly one of ``one_of`` (the list
    it prints, of which there are ways to say, and the grammar builds the one it names)."""

    doc: str
    fields: frozenset[str] = frozenset()
    one_of: frozenset[str] = frozenset()


Setting = Form | Choice | Names | FormsTable


@dataclass(frozen=True)
class Section:
    """A ``[table]`` of a profile file: ``name`` is its header, ``settings`` its keys."""

    name: str
    doc: str
    settings: Mapping[str, Setting] = field(default_factory=dict)


def form(doc: str, *fields: str, required: tuple[str, ...] | None = None) -> Form:
    """A Form offering ``fields``, all of them required unless ``required`` names fewer."""
    return Form(doc, frozenset(fields), frozenset(fields if required is None else required))
