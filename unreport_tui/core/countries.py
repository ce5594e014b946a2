"""Member States, observer States and speaking groups, with the names the UN prints.

The data lives in ``unreport_tui/data`` so that a name can be corrected without touching code.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein


@dataclass(frozen=True)
class State:
    name: str  # UN short name as listed: "Venezuela (Bolivarian Republic of)"
    text_name: str  # running text, with its article: "the Bolivarian Republic of Venezuela"
    member: bool  # False for the non-member observer States
    aliases: tuple[str, ...] = field(default=())
    # Names in other languages and former names ("Nederland", "Camerun", "Zaire"): found typed in
    # full, and by a few letters only after the English names (lest "guinea" offer "Guinea Ecuatorial").
    other_names: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Group:
    name: str
    behalf: str  # what follows "on behalf of"
    aliases: tuple[str, ...] = ()


_SAINT = re.compile(r"\bst\.?\s")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


# Kept: the same texts are folded again and again (on each key typed in the point box, every point
# already logged on the item is compared with it; each name of the reference data on each lookup).
@lru_cache(maxsize=16_384)
def normalize(typed: str) -> str:
    """Fold a typed name to a key: no accents, no case, no punctuation, no leading article."""
    if typed.isascii():  # nothing to decompose, no accent to drop
        plain = typed.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", typed)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("&", " and ").replace("'", "").replace("\u2019", "")
    plain = _SAINT.sub("saint ", plain)
    plain = _NOT_WORD.sub(" ", plain).strip()
    if plain.startswith("the "):
        plain = plain[4:]
    return plain


_SOUNDS = ((re.compile(r"ph"), "f"), (re.compile(r"y"), "i"), (re.compile(r"([a-z])\1+"), r"\1"))


def sounds_like(typed: str) -> str:
    """A key that forgives how a name sounds rather than how it is spelt: "Lybia" and "Libya",
    "Phillipines" and "Philippines" share it (ph/f, y/i, doubled letters)."""
    key = normalize(typed)
    for pattern, replacement in _SOUNDS:
        key = pattern.sub(replacement, key)
    return key


def compact(typed: str) -> str:
    """The key for exact look-ups: spacing does not matter either ("cote d ivoire", "Côte d'Ivoire")."""
    return normalize(typed).replace(" ", "")


@cache
def all_states() -> tuple[State, ...]:
    text = resources.files("unreport_tui.data").joinpath("states.tsv").read_text("utf-8")
    states = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, text_name, status, aliases, *other = line.split("\t")
        states.append(
            State(
                name=name,
                text_name=text_name or name,
                member=status != "observer",
                aliases=tuple(a for a in aliases.split(";") if a),
                other_names=tuple(a for a in "".join(other).split(";") if a),
            )
        )
    return tuple(states)


@cache
def all_groups() -> tuple[Group, ...]:
    raw = tomllib.loads(resources.files("unreport_tui.data").joinpath("groups.toml").read_text("utf-8"))
    return tuple(Group(g["name"], g["behalf"], tuple(g.get("aliases", ()))) for g in raw["group"])


@cache
def _state_keys() -> dict[str, State]:
    """Normalized names and aliases (with their spaces, for prefix and word matching) -> State."""
    keys: dict[str, State] = {}
    for state in all_states():
        for typed in (state.name, state.text_name, *state.aliases, *state.other_names):
            keys.setdefault(normalize(typed), state)
    return keys


@cache
def _other_language_keys() -> frozenset[str]:
    english = {normalize(typed) for state in all_states() for typed in (state.name, state.text_name, *state.aliases)}
    return frozenset(normalize(typed) for state in all_states() for typed in state.other_names) - english


@cache
def _official_keys() -> frozenset[str]:
    return frozenset(normalize(typed) for state in all_states() for typed in (state.name, state.text_name))


@cache
def _state_compact_keys() -> dict[str, State]:
    return {key.replace(" ", ""): state for key, state in _state_keys().items()}


@cache
def _sound_keys() -> dict[str, tuple[State, str]]:
    """Sound-alike keys of every name and alias -> (State, the normalized name it came from)."""
    keys: dict[str, tuple[State, str]] = {}
    for key, state in _state_keys().items():
        keys.setdefault(sounds_like(key), (state, key))
    return keys


@cache
def _group_keys() -> dict[str, Group]:
    keys: dict[str, Group] = {}
    for group in all_groups():
        for typed in (group.name, group.behalf, *group.aliases):
            keys.setdefault(compact(typed), group)
    return keys


@lru_cache(maxsize=8192)
def resolve_state(typed: str) -> State | None:
    """The State a typed name means exactly (any alias, any case or accents, or in ISO 3166's
    order, "Korea, Republic of"), else None."""
    keys = _state_compact_keys()
    found = keys.get(compact(typed))
    if found is None and (turned := in_running_order(typed)) is not None:
        found = keys.get(compact(turned))
    return found


# A name with its qualifier after it, as ISO 3166 and the registration systems that follow it list
# States: "Korea, Republic of", "Tanzania, United Republic of", "Congo, The Democratic Republic of
# the", "Niger (the)", "Korea (the Republic of)".
_QUALIFIER_AFTER = re.compile(r"^\s*(?P<name>[^,()]+?)\s*(?:,\s*(?P<after>[^,()]+?)|\(\s*(?P<inside>[^()]+?)\s*\))\s*$")


def in_running_order(typed: str) -> str | None:
    """ "Korea, Republic of" -> "Republic of Korea", "Niger (the)" -> "the Niger"; None when the
    name has no qualifier after it. Only a lookup's second try: the UN's own names with a
    qualifier in brackets ("Bolivia (Plurinational State of)") are found as they are."""
    found = _QUALIFIER_AFTER.match(typed)
    if found is None:
        return None
    return f"{found['after'] or found['inside']} {found['name']}"


def resolve_group(typed: str) -> Group | None:
    return _group_keys().get(compact(typed))


def behalf_wording(typed: str) -> str:
    """What to print after "on behalf of" for a typed group, else as a speaker's name in running
    text: a State or an organization by the UN's name, any other name with the article the rule
    gives it ("the Landlocked Developing Countries Group")."""
    from .names import running_name  # names builds on this module

    group = resolve_group(typed)
    if group:
        return group.behalf
    return running_name(typed)


@dataclass(frozen=True)
class StateMatch:
    state: State
    matched: str  # the name or alias that matched
    score: float


def find_states(typed: str, limit: int = 8) -> list[StateMatch]:
    """Ranked States for a few typed letters: exact names first, then prefixes, then fuzzy matches.

    Cheap enough to call on every keystroke (a few hundred short strings through rapidfuzz).
    """
    query = normalize(typed)
    if not query:
        return []
    keys = _state_keys()
    ranked: dict[State, StateMatch] = {}

    def offer(state: State, matched: str, score: float) -> None:
        best = ranked.get(state)
        if best is None or score > best.score:
            ranked[state] = StateMatch(state, matched, score)

    official, other_language = _official_keys(), _other_language_keys()
    if (turned := in_running_order(typed)) is not None and (state := resolve_state(typed)) is not None:
        offer(state, normalize(turned), 300.0)  # "Korea, Republic of": the name, in ISO 3166's order
    for key, state in keys.items():
        # The UN's own names rank above what people call a State ("sa": Samoa before El Salvador).
        bonus = 10.0 if key in official else 0.0
        if key == query:
            offer(state, key, 300.0)
        elif key in other_language:  # "deutsch": Germany, but after any English name so begun
            if len(query) >= 4 and key.startswith(query):  # "chi" is Chile or China, not Chipre
                offer(state, key, 130.0 - len(key) / 100)
        elif key.startswith(query):
            offer(state, key, 190.0 + bonus - len(key) / 100)
        elif any(word.startswith(query) for word in key.split()):
            offer(state, key, 140.0 + bonus - len(key) / 100)
    if len(query) >= 4 and len(ranked) < limit:
        # Typos ("venezeula", "kazakstan"); short queries are left to prefixes, where fuzz is
        # noise. A whole-string ratio, not a partial one: "russia" must not find "usa" inside it.
        for key, score, _ in process.extract(query, list(keys), scorer=fuzz.QRatio, limit=limit, score_cutoff=85):
            offer(keys[key], key, float(score))
        if len(query) >= 5:  # two letters swapped ("mexcio"): one edit, where the ratio counts two
            found = process.extract(
                query, list(keys), scorer=DamerauLevenshtein.normalized_similarity, limit=limit, score_cutoff=0.8
            )
            for key, similarity, _ in found:
                offer(keys[key], key, 80.0 + 4 * float(similarity))  # under the ratio's matches
        # Spelt as it sounds ("Lybia", "Phillipines"): the same sound-alike key, or its beginning.
        sound = sounds_like(query)
        for key, (state, name) in _sound_keys().items() if len(sound) >= 4 else ():
            if key.startswith(sound):
                offer(state, name, 120.0 if key == sound else 100.0)
    ordered = sorted(ranked.values(), key=lambda m: (-m.score, m.state.name))
    return ordered[:limit]
