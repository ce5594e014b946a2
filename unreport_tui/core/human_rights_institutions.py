"""National human rights institutions: those the data names (``data/human_rights_institutions.toml``,
where a name can be added without touching code), and whether a name unreport does not know reads
as one ("… Human Rights Commission", "Ombudsman"), so that the role is offered first.

Loaded at the first look-up, like the country data."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from .countries import compact, normalize


@cache
def _data() -> dict[str, object]:
    text = resources.files("unreport_tui.data").joinpath("human_rights_institutions.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _names() -> dict[str, str]:
    """Every form the data knows (a name, an alias), compacted -> the name as listed."""
    found: dict[str, str] = {}
    institutions = _data().get("institutions", [])
    assert isinstance(institutions, list)
    for entry in institutions:
        for form in (entry["name"], *entry.get("aliases", ())):
            found.setdefault(compact(form), entry["name"])
    return found


def resolve_institution(typed: str) -> str | None:
    """The institution a typed name means exactly (its name or an alias, in any case, with or
    without "the"), as the report lists it; None for any other name."""
    return _names().get(compact(typed)) if typed.strip() else None


def reads_as_institution(name: str) -> bool:
    """Whether a name unreport does not know reads as a national human rights institution's: it holds
    words such as "human rights commission" or "ombudsman", and none of a United Nations office's."""
    words, not_words = _data().get("words", []), _data().get("not_words", [])
    assert isinstance(words, list) and isinstance(not_words, list)
    text = normalize(name)
    # Anywhere in the name, inside a word too: "Barnombudsmannen", "Justitieombudsmannen".
    if any(normalize(w) in text for w in not_words):
        return False
    return any(normalize(w) in text for w in words)


def find_institutions(typed: str) -> list[str]:
    """The institutions of the data a few typed letters begin (their name, an alias, or from four
    letters a word of the name), as the report lists them: for the speaker box."""
    query = normalize(typed)
    if not query:
        return []
    found: list[str] = []
    for form, name in ((normalize(f), n) for f, n in _forms()):
        begun = form.startswith(query) or (len(query) >= 4 and f" {query}" in f" {form}")
        if begun and name not in found:
            found.append(name)
    return found


@cache
def _forms() -> tuple[tuple[str, str], ...]:
    institutions = _data().get("institutions", [])
    assert isinstance(institutions, list)
    return tuple((form, entry["name"]) for entry in institutions for form in (entry["name"], *entry.get("aliases", ())))
