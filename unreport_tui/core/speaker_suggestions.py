"""What the speaker box and the "on behalf of" box offer for a few typed letters.

Speakers already logged in the session come first (the same delegations take the floor again
and again), then States from the country data, ranked by ``countries.find_states``; for "on
behalf of", the speaking groups first, then States. What matches nothing is kept as typed: an
NGO, an official or an organization is whatever the note-taker types.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .countries import Group, all_groups, find_states, normalize, resolve_state
from .quantifier import speaker_identity
from .names import short_name

PREFIX_SCORE = 140.0  # find_states scores a name or a word of it that begins with the letters at 140 or more


@dataclass(frozen=True)
class Suggestion:
    value: str  # what is logged: the State's UN name, the group's name, or a name logged before
    label: str  # what the list shows
    why: str = ""  # "logged", "State", "observer State", "group", "as typed"


def suggest_speakers(typed: str, logged: Iterable[str] = (), limit: int = 6) -> list[Suggestion]:
    """Ranked suggestions for the speaker box; the first is what Enter logs."""
    query = normalize(typed)
    if not query:
        return []
    out: list[Suggestion] = []
    seen: set[str] = set()

    def add(value: str, label: str, why: str) -> None:
        key = speaker_identity(value)
        if key not in seen and len(out) < limit:
            seen.add(key)
            out.append(Suggestion(value, label, why))

    states = find_states(typed, limit=limit)
    exact = resolve_state(typed)
    if exact is not None:  # a name typed in full is what was meant, whoever spoke before
        add(exact.name, exact.name, "State" if exact.member else "observer State")
    # Only what the letters begin (a name or a word of it), not a typo's near miss, puts a
    # speaker who spoke already before the States: "austria" must not offer Australia first.
    begun = {speaker_identity(m.state.name) for m in states if m.score >= PREFIX_SCORE}
    for name in recent_speakers(logged):
        words = normalize(name).split()
        if speaker_identity(name) in begun or any(word.startswith(query) for word in words) \
                or normalize(name).startswith(query):
            value = short_name(name)  # a State by the name the UN lists it under, however it was typed
            add(value, f"{value}  (spoke already)", "logged")
    for match in states:
        add(match.state.name, match.state.name, "State" if match.state.member else "observer State")
    if not out or normalize(out[0].value) != query:
        add(typed.strip(), f"{typed.strip()}  (as typed)", "as typed")
    return out


def recent_speakers(logged: Iterable[str]) -> list[str]:
    """Each speaker once, the most recent first. (Reversed, it is a short ``logged`` that a screen
    may keep between changes: it gives the same suggestions as the whole session, which is then
    not walked at every key.)"""
    seen: set[str] = set()
    recent: list[str] = []
    for name in reversed(list(logged)):
        key = speaker_identity(name)
        if key not in seen:
            seen.add(key)
            recent.append(name)
    return recent


def find_groups(typed: str) -> list[Group]:
    """Groups whose name, wording or any alias starts with (or has a word starting with) the letters."""
    query = normalize(typed)
    if not query:
        return []
    compact_query = query.replace(" ", "")
    found: list[tuple[int, Group]] = []
    for group in all_groups():
        names = [normalize(n) for n in (group.name, group.behalf, *group.aliases)]
        if any(n.replace(" ", "").startswith(compact_query) for n in names):
            found.append((0, group))
        elif any(word.startswith(query) for n in names for word in n.split()):
            found.append((1, group))
    return [group for _, group in sorted(found, key=lambda pair: pair[0])]


def suggest_behalf(typed: str, limit: int = 6) -> list[Suggestion]:
    """Ranked suggestions for "on behalf of": groups, then States, then the text as typed."""
    out = [Suggestion(g.name, g.name, "group") for g in find_groups(typed)][:limit]
    for match in find_states(typed, limit=limit):
        if len(out) < limit:
            out.append(Suggestion(match.state.name, match.state.name, "State"))
    if typed.strip() and (not out or normalize(out[0].value) != normalize(typed)) and len(out) < limit:
        out.append(Suggestion(typed.strip(), f"{typed.strip()}  (as typed)", "as typed"))
    return out
