"""Intergovernmental organizations, with the names the UN prints: the UN system's funds,
programmes, specialized agencies, offices and related organizations, and the regional and other
intergovernmental organizations (``unreport_tui/data/organizations.toml``, where a name can be
corrected without touching code).

Loaded at the first look-up, like the country data, not when the app starts.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .countries import compact, normalize


@dataclass(frozen=True)
class Organization:
    name: str  # as listed: "United Nations Office on Drugs and Crime"
    text: str  # running text, with its article: "the United Nations Office on Drugs and Crime"
    acronym: str = ""  # "UNODC"
    acronym_in_text: bool = False  # the report prints the acronym when it was typed (UN-system entities)
    aliases: tuple[str, ...] = ()

    def running_name(self, typed: str) -> str:
        """How the report names it where ``typed`` was logged: "UNODC" typed stays "UNODC" (a UN
        entity written as an acronym takes no article), anything else is the name in full."""
        if self.acronym_in_text and self.acronym and compact(typed) == compact(self.acronym):
            return self.acronym
        return self.text

    def logged_name(self, typed: str) -> str:
        """What is logged for it where ``typed`` was typed: the acronym of a UN entity when that is
        what was typed ("UNODC", as the report prints it), else its name as listed."""
        return self.acronym if self.running_name(typed) == self.acronym else self.name


@cache
def all_organizations() -> tuple[Organization, ...]:
    raw = tomllib.loads(resources.files("unreport_tui.data").joinpath("organizations.toml").read_text("utf-8"))
    found = []
    for section, in_text in (("un_system", True), ("intergovernmental", False)):
        for entry in raw.get(section, ()):
            found.append(
                Organization(
                    name=entry["name"],
                    text=entry.get("text") or f"the {entry['name']}",
                    acronym=entry.get("acronym", ""),
                    acronym_in_text=entry.get("acronym_in_text", in_text),
                    aliases=tuple(entry.get("aliases", ())),
                )
            )
    return tuple(found)


def forms(organization: Organization) -> tuple[str, ...]:
    """Every way of naming it that the data knows: its name, its running-text name, its acronym, its aliases."""
    return tuple(f for f in (organization.name, organization.text, organization.acronym, *organization.aliases) if f)


@cache
def _keys() -> dict[str, Organization]:
    keys: dict[str, Organization] = {}
    for organization in all_organizations():
        for form in forms(organization):
            keys.setdefault(compact(form), organization)
    return keys


@lru_cache(maxsize=8192)
def resolve_organization(typed: str) -> Organization | None:
    """The organization a typed name means exactly (its name, acronym or an alias, in any case,
    with or without "the"), else None."""
    return _keys().get(compact(typed))


@dataclass(frozen=True)
class OrganizationMatch:
    organization: Organization
    value: str  # what to log: the acronym of a UN entity when that is what was typed, else the name
    score: float


@cache
def _search_keys() -> tuple[tuple[Organization, tuple[tuple[str, str, str, str, bool], ...]], ...]:
    """Each organization with its forms: (form, normalized, without spaces, with a space before
    each word, whether it is a one-word short form), worked out once."""

    def keys(o: Organization, form: str) -> tuple[str, str, str, str, bool]:
        key = normalize(form)
        return form, key, key.replace(" ", ""), " " + key, form in (o.acronym, *o.aliases) and " " not in form

    return tuple((o, tuple(keys(o, form) for form in forms(o))) for o in all_organizations())


def find_organizations(typed: str, limit: int = 8) -> list[OrganizationMatch]:
    """Organizations for a few typed letters: a name, acronym or alias typed in full first, then
    those an acronym or a name begins with, then from four letters those a word of a name begins
    with. Cheap enough for every keystroke."""
    query = normalize(typed)
    if not query:
        return []
    squeezed, word_start = query.replace(" ", ""), " " + query
    ranked: dict[Organization, OrganizationMatch] = {}
    for organization, keys in _search_keys():
        best = 0.0
        value = organization.name
        for form, key, key_squeezed, spaced, is_acronym in keys:
            if key_squeezed == squeezed:
                score = 300.0
            elif (is_acronym and key.startswith(squeezed)) or key.startswith(query):
                score = 190.0 - len(key) / 100
            elif len(squeezed) >= 4 and word_start in spaced:  # a word of it begins with the letters ("health"),
                # from four: "chi" is Chile or China, not the United Nations Children's Fund
                score = 140.0 - len(key) / 100
            else:
                continue
            if score > best:
                best = score
                in_text = form == organization.acronym and organization.acronym_in_text
                value = organization.acronym if in_text else organization.name
        if best:
            ranked[organization] = OrganizationMatch(organization, value, best)
    ordered = sorted(ranked.values(), key=lambda m: (-m.score, m.organization.name))
    return ordered[:limit]
