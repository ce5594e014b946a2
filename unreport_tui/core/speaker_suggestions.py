"""What the speaker box and the "on behalf of" box offer for a few typed letters.

Speakers already logged in the session come first (the same delegations take the floor again
and again), then States from the country data, ranked by ``countries.find_states``, then the
intergovernmental organizations of ``organizations`` (IGOs), then the groups that speak through
one State ("g77": the next speaker logged speaks on its behalf); a State, an organization or a
group named in full (or by its acronym) comes before all of them, in that order ("eu": the
European Union as a speaker, then the group). For "on behalf of", the speaking groups first,
then States, then organizations. What matches nothing is kept as typed: an NGO or an official
is whatever the note-taker types.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .countries import Group
    from .organizations import Organization

# The country data is loaded at the first key typed, not when the app starts.

PREFIX_SCORE = 140.0  # find_states scores a name or a word of it that begins with the letters at 140 or more


class SuggestionKind(StrEnum):
    """Why a name is offered: what the note-taker picks it as."""

    LOGGED = "logged"  # a speaker who spoke already
    STATE = "State"  # a member State
    OBSERVER_STATE = "observer State"
    IGO = "IGO"  # an intergovernmental organization of the data: logged with that role
    NHRI = "NHRI"  # a national human rights institution of the data: logged with that role
    GROUP = "group"  # in the speaker box not a speaker: the group the next speaker speaks for
    AS_TYPED = "as typed"


@dataclass(frozen=True)
class Suggestion:
    value: str  # what is logged: the State's UN name, the group's name, or a name logged before
    label: str  # what the list shows
    why: SuggestionKind


def _state_kind(member: bool) -> SuggestionKind:
    return SuggestionKind.STATE if member else SuggestionKind.OBSERVER_STATE


def suggest_speakers(typed: str, logged: Iterable[str] = (), limit: int = 6) -> list[Suggestion]:
    """Ranked suggestions for the speaker box; the first is what Enter logs."""
    from .countries import find_states, normalize, resolve_group, resolve_state
    from .human_rights_institutions import find_institutions, resolve_institution
    from .names import short_name
    from .organizations import find_organizations, resolve_organization
    from .quantifier import speaker_identity

    query = normalize(typed)
    if not query:
        return []
    out: list[Suggestion] = []
    seen: set[tuple[bool, str]] = set()

    def add(value: str, label: str, why: SuggestionKind) -> None:
        key = (why is SuggestionKind.GROUP, speaker_identity(value))
        if key not in seen and len(out) < limit:
            seen.add(key)
            out.append(Suggestion(value, label, why))

    def add_group(group: Group) -> None:
        add(group.name, f"on behalf of: {group.name}  (then type who speaks)", SuggestionKind.GROUP)

    states = find_states(typed, limit=limit)
    exact = resolve_state(typed)
    if exact is not None:  # a name typed in full is what was meant, whoever spoke before
        add(exact.name, exact.name, _state_kind(exact.member))
    organization = resolve_organization(typed) if exact is None else None
    if organization is not None:  # "eu", "unodc": the organization as a speaker, before the group
        value = organization.logged_name(typed)
        add(value, _igo_label(organization, value), SuggestionKind.IGO)
    institution = resolve_institution(typed) if exact is None else None
    if institution is not None:  # "ganhri": the institution by its name
        add(institution, f"{institution}  (NHRI)", SuggestionKind.NHRI)
    named_group = resolve_group(typed)
    if named_group is not None and exact is None:  # "g77", "eu", "grulac": the group, before any near miss
        add_group(named_group)
    organizations = find_organizations(typed, limit=limit)
    # Only what the letters begin (a name or a word of it), not a typo's near miss, puts a
    # speaker who spoke already before the States: "austria" must not offer Australia first.
    begun = {speaker_identity(m.state.name) for m in states if m.score >= PREFIX_SCORE}
    begun |= {speaker_identity(m.organization.name) for m in organizations}
    for name in recent_speakers(logged):
        words = normalize(name).split()
        if speaker_identity(name) in begun or any(word.startswith(query) for word in words) or normalize(name).startswith(query):
            # A State by the name the UN lists it under, however it was typed; anyone else as the
            # note-taker last wrote it (a name corrected once is offered corrected).
            value = short_name(name) if resolve_state(name) else name.strip()
            add(value, f"{value}  (spoke already)", SuggestionKind.LOGGED)
    for match in states:
        add(match.state.name, match.state.name, _state_kind(match.state.member))
    groups = find_groups(typed)[:2]
    institutions = find_institutions(typed)[:1]
    # the groups, an institution and the text as typed keep their places
    room = max(2, limit - len(out) - len(groups) - len(institutions) - 1)
    for found in organizations[:room]:
        add(found.value, _igo_label(found.organization, found.value), SuggestionKind.IGO)
    for name in institutions if len(out) < limit - len(groups) - 1 else ():
        add(name, f"{name}  (NHRI)", SuggestionKind.NHRI)
    for group in groups:
        add_group(group)
    if not out or normalize(out[0].value) != query:
        add(typed.strip(), f"{typed.strip()}  (as typed)", SuggestionKind.AS_TYPED)
    return out


def _igo_label(organization: Organization, value: str) -> str:
    """ "European Union  (IGO)", "UNODC  (IGO: United Nations Office on Drugs and Crime)"."""
    return f"{value}  (IGO)" if value == organization.name else f"{value}  (IGO: {organization.name})"


def recent_speakers(logged: Iterable[str]) -> list[str]:
    """Each speaker once, the most recent first. (Reversed, it is a short ``logged`` that a screen
    may keep between changes: it gives the same suggestions as the whole session, which is then
    not walked at every key.)"""
    from .quantifier import speaker_identity

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
    from .countries import all_groups, normalize

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


def suggest_states(typed: str, limit: int = 6) -> list[Suggestion]:
    """States only (who attended, an officer's country): ranked, then the text as typed."""
    from .countries import find_states

    out = [Suggestion(m.state.name, m.state.name, _state_kind(m.state.member)) for m in find_states(typed, limit=limit)]
    return _then_as_typed(out, typed, limit)


def _then_as_typed(out: list[Suggestion], typed: str, limit: int) -> list[Suggestion]:
    """``out``, then the text as typed, unless it is what ``out`` offers first (or there is no room)."""
    from .countries import normalize

    if typed.strip() and (not out or normalize(out[0].value) != normalize(typed)) and len(out) < limit:
        out.append(Suggestion(typed.strip(), f"{typed.strip()}  (as typed)", SuggestionKind.AS_TYPED))
    return out


def suggest_behalf(typed: str, limit: int = 6) -> list[Suggestion]:
    """Ranked suggestions for "on behalf of": groups, then States, then organizations, then the text as typed."""
    from .countries import find_states
    from .organizations import find_organizations

    out = [Suggestion(g.name, g.name, SuggestionKind.GROUP) for g in find_groups(typed)][:limit]
    for match in find_states(typed, limit=limit):
        if len(out) < limit:
            out.append(Suggestion(match.state.name, match.state.name, SuggestionKind.STATE))
    for found in find_organizations(typed, limit=limit):
        if len(out) < limit - 1 and found.value not in (s.value for s in out):
            out.append(Suggestion(found.value, found.value, SuggestionKind.IGO))
    return _then_as_typed(out, typed, limit)
