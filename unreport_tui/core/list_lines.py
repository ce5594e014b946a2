"""A line of the Chair's list, or a name in a vote or sponsor list, resolved as the speaker box
resolves what is typed: a State by its UN name however it was spelt ("Phillipines", "usa",
"Nederland"), a speaker who spoke already as logged, a known organization as an IGO, and "X on
behalf of Y" or "X (Y)" with Y a group or a State. What cannot be resolved is never given a role
silently: it comes back with the closest names, for the note-taker to choose or confirm.

A group is written in a line as the session's profile names it ("Egypt (on behalf of the African
Group)" in the Trade and Development Board's, "… of the Group of African States" in the default),
and the body's own name for a group, typed, is that group.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .countries import State, behalf_wording, compact, find_states, resolve_group, resolve_state
from .english import a_or_an
from .human_rights_institutions import resolve_institution
from .model import ListEntry, Role, Session
from .names import short_name
from .organizations import resolve_organization
from .profiles import Profile
from .quantifier import speaker_identity
from .rendering.mentions import group_name
from .speaker_suggestions import find_groups

# Below this a near miss is no name at all (the fuzzy lookup's own cutoff).
CLOSE = 85.0
# A near miss is taken only when nothing else comes this close to it: "Phillipines" is the
# Philippines, "Austrai" is Austria or Australia and is asked.
CLEAR_LEAD = 15.0
# find_states scores a slip (a typo, a name spelt as it sounds) at this or less; above it, letters
# that begin a name, in English or another language.
SLIP = 120.0

_ON_BEHALF = re.compile(r"^(?P<speaker>.+?)[\s,;:]+on behalf of\s+(?P<behalf>.+)$", re.IGNORECASE)
_BRACKETS = re.compile(r"^(?P<speaker>.+?)\s*\(\s*(?:on behalf of\s+)?(?P<behalf>[^()]+?)\s*\)$", re.IGNORECASE)


@dataclass(frozen=True)
class Resolution:
    """What a typed line means: ``entry`` when it is resolved, else None with the closest names."""

    typed: str
    entry: ListEntry | None
    how: str = ""  # resolved: "State", "observer State", "spoke already", "IGO", "as listed"; else what is wrong
    suggestions: tuple[str, ...] = ()  # closest whole lines to put instead, best first
    # Unresolved: what confirming it keeps (the speaker as typed, or resolved when only the group
    # was not), with the role the note-taker then chooses.
    as_typed: ListEntry | None = None


def known_organization(typed: str) -> str | None:
    """The name to save for a known intergovernmental organization typed, else None."""
    organization = resolve_organization(typed)
    return organization.logged_name(typed) if organization is not None else None


def confident_state(typed: str) -> State | None:
    """The State a typed name means: exactly, or a near miss that nothing else comes close to
    (as the speaker box's first suggestion, but never a guess between two States)."""
    exact = resolve_state(typed)
    if exact is not None:
        return exact
    matches = find_states(typed, limit=3)
    if not matches or matches[0].score < CLOSE:
        return None
    if len(matches) > 1 and matches[1].score > matches[0].score - CLEAR_LEAD:
        return None
    return matches[0].state


def slip_for(typed: str) -> list[State]:
    """The States a name typed with a slip could be, best first: one when no other comes within
    CLEAR_LEAD of it ("phillipines": the Philippines), several when others do ("austrai":
    Australia and Austria); none for a State's name, for letters that begin one (the speaker box
    shows which it offers first as they are typed), and for what is near none."""
    if resolve_state(typed) is not None:
        return []
    matches = find_states(typed, limit=3)
    if not matches or matches[0].score > SLIP:
        return []
    return [match.state for match in matches if match.score > matches[0].score - CLEAR_LEAD]


def closest_states(typed: str, limit: int = 3) -> list[str]:
    return [m.state.name for m in find_states(typed, limit=limit)]


def logged_speakers(session: Session) -> dict[str, tuple[str, Role]]:
    """Each speaker logged in the session (by identity) -> (the name as logged, its last role)."""
    logged: dict[str, tuple[str, Role]] = {}
    for item in session.items:
        for statement in item.statements:
            logged[speaker_identity(statement.speaker)] = (statement.speaker, statement.role)
    return logged


def group_wording(group: str, profile: Profile | None) -> str:
    """A group as a line of the list names it after "on behalf of": as the profile does where it
    names it ("the African Group"), else as the report always did ("the Group of African States");
    no profile: the default's, which names none of its own."""
    return (group_name(group, profile) if profile is not None else "") or behalf_wording(group)


def entry_line(entry: ListEntry, profile: Profile | None = None) -> str:
    """A list entry as a line of the list, which resolves back to it: "Egypt (on behalf of the
    Group of African States)", the group as the session's ``profile`` names it."""
    if not entry.on_behalf_of:
        return entry.speaker
    return f"{entry.speaker} (on behalf of {group_wording(entry.on_behalf_of, profile)})"


def _speaker(text: str, logged: Mapping[str, tuple[str, Role]], near: bool = True) -> tuple[ListEntry, str] | None:
    """Who a typed speaker is: exactly, then (``near``) a near miss that nothing else comes close to."""
    state = resolve_state(text)
    if state is not None:
        return ListEntry(state.name), "State" if state.member else "observer State"
    organization = known_organization(text)
    if organization is not None:
        return ListEntry(organization, role=Role.IGO), "IGO"
    institution = resolve_institution(text)
    if institution is not None:
        return ListEntry(institution, role=Role.NHRI), "NHRI"
    spoke = logged.get(speaker_identity(text))
    if spoke is not None:
        return ListEntry(spoke[0]), "spoke already"
    state = confident_state(text) if near else None
    if state is not None:
        return ListEntry(state.name), "State" if state.member else "observer State"
    return None


def role_of(name: str, logged: Mapping[str, tuple[str, Role]] | None = None) -> Role | None:
    """The role a speaker's name gives: a State's own, an IGO for a known organization, the role
    a speaker logged before had; None for a name that gives none (the note-taker says)."""
    from .model import default_role

    own = default_role(name)
    if own is not None:
        return own
    if known_organization(name) is not None:
        return Role.IGO
    spoke = (logged or {}).get(speaker_identity(name))
    return spoke[1] if spoke else None


def listed_role(entry: ListEntry, logged: Mapping[str, tuple[str, Role]]) -> Role:
    """The role ctrl+l logs an entry of the list with (as ``Logbook.role_for``): its own, else the
    one the speaker had when last logged, else a State's, else NGO."""
    from .model import default_role

    if entry.role is not None:
        return entry.role
    spoke = logged.get(speaker_identity(entry.speaker))
    return spoke[1] if spoke else default_role(entry.speaker) or roles_to_confirm(entry.speaker)[0]


def _named_by_the_profile(text: str, profile: Profile | None) -> str | None:
    """The group the body's own name for it means ("the African Group", "Group D"), as a statement
    holds it (the name the profile gives it under)."""
    if profile is None:
        return None
    wanted = compact(text)  # (a key without the article: "the African Group" is "African Group")
    for name, printed in profile.names("groups", "names").items():
        if wanted and compact(printed) == wanted:
            group = resolve_group(name)
            return group.name if group is not None else name.strip()
    return None


def resolve_behalf(text: str, profile: Profile | None = None) -> str | None:
    """The group or State a typed "on behalf of" means, as a statement holds it: the body's own
    name for a group (its ``profile``'s) too."""
    named = _named_by_the_profile(text, profile)
    if named is not None:
        return named
    group = resolve_group(text)
    if group is not None:
        return group.name
    state = resolve_state(text)
    if state is not None:
        return state.name
    groups = find_groups(text)
    if len(groups) == 1:  # "african": the Group of African States
        return groups[0].name
    state = confident_state(text)
    return state.name if state is not None else None


def _behalf_suggestions(text: str) -> list[str]:
    return [g.name for g in find_groups(text)][:3] + closest_states(text)


def resolve_line(
    typed: str,
    logged: Mapping[str, tuple[str, Role]] | None = None,
    kept: Mapping[str, ListEntry] | None = None,
    profile: Profile | None = None,
) -> Resolution:
    """One line of the Chair's list. ``logged``: the speakers logged so far (``logged_speakers``);
    ``kept``: the lines of the list as saved before (``entry_line``), which keep their entry and
    the role the note-taker chose for it; ``profile``: the session's, whose names of groups a line
    may use and the lines offered use."""
    logged = logged or {}
    text = " ".join(typed.split())
    if kept and text in kept:
        return Resolution(typed, kept[text], "as listed")
    # Exactly a name first ("Venezuela (Bolivarian Republic of)"), and only then a near miss,
    # after the group is split off: "Papua New Guinea (WEOG)" is close to Papua New Guinea.
    whole = _speaker(text, logged, near=False)
    if whole is not None:
        return Resolution(typed, whole[0], whole[1])
    split = _ON_BEHALF.match(text) or _BRACKETS.match(text)
    speaker_text, behalf_text = (split["speaker"].strip(), split["behalf"].strip()) if split else (text, "")
    speaker = _speaker(speaker_text, logged) if split else None
    behalf = resolve_behalf(behalf_text, profile) if split else None
    if speaker is not None and behalf is not None:
        return Resolution(typed, ListEntry(speaker[0].speaker, behalf, speaker[0].role), speaker[1])
    whole = _speaker(text, logged)
    if whole is not None:
        return Resolution(typed, whole[0], whole[1])
    if speaker is not None:
        lines = tuple(entry_line(ListEntry(speaker[0].speaker, b), profile) for b in _behalf_suggestions(behalf_text))
        return Resolution(
            typed,
            None,
            f"on behalf of {behalf_text!r}: no group or State of that name",
            lines,
            ListEntry(speaker[0].speaker, behalf_text),
        )
    if split is not None:
        closest = (
            tuple(entry_line(ListEntry(name, behalf), profile) for name in closest_states(speaker_text))
            if behalf is not None
            else ()
        )
        return Resolution(
            typed,
            None,
            "not a State nor anyone logged: confirm it and its role",
            closest,
            ListEntry(speaker_text, behalf or behalf_text),
        )
    group = resolve_group(text)
    if group is not None:
        return Resolution(
            typed,
            None,
            f"{group.name}: a group speaks through a State; type who speaks for it: "
            + entry_line(ListEntry("Egypt", group.name), profile),
            (),
            ListEntry(text),
        )
    states = closest_states(text)
    closest = tuple(
        dict.fromkeys(
            states + [name for name, _ in logged.values() if _starts_alike(name, text) and short_name(name) not in states][:2]
        )
    )
    why = (
        "which one? (or confirm it as typed, with its role)"
        if closest
        else "not a State nor anyone logged: confirm it and its role"
    )
    return Resolution(typed, None, why, closest, ListEntry(text))


def _starts_alike(name: str, typed: str) -> bool:
    """A speaker logged whose name the line may mean: begun by it ("Lawyers" for "Lawyers without
    Borders"), or alike as a whole ("Lawyers w/o Borders", "Amnesty Intl"). Not a name that only
    shares a first word: "Global Coalition of Widget Makers" is not "the Global Alliance against
    Traffic in Women", which the question then offered first."""
    from rapidfuzz import fuzz

    from .countries import normalize

    logged, line = normalize(name), normalize(typed)
    if not line:
        return False
    if logged.startswith(line):
        return True
    # Alike as a whole, begun alike, and with the same figures: "Oxfam International" is not
    # "Plan International", nor "Article 18" "Article 19".
    return (
        logged[:4] == line[:4]
        and [c for c in logged if c.isdigit()] == [c for c in line if c.isdigit()]
        and fuzz.ratio(logged, line) >= 70
    )


def resolve_state_name(typed: str) -> Resolution:
    """A name in a vote or sponsor list: a State by its UN name (typos and other languages
    forgiven, never a guess between two), else unresolved with the closest States."""
    state = confident_state(typed)
    if state is not None:
        return Resolution(typed, ListEntry(state.name), "State" if state.member else "observer State")
    organization = known_organization(typed)
    if organization is not None:
        return Resolution(typed, ListEntry(organization, role=Role.IGO), "IGO")
    institution = resolve_institution(typed)
    if institution is not None:
        return Resolution(typed, ListEntry(institution, role=Role.NHRI), "NHRI")
    return Resolution(typed, None, "not a State", tuple(closest_states(typed)), ListEntry(" ".join(typed.split())))


# The roles offered for a name no lookup knows, the likeliest first.
ROLES_TO_CONFIRM = (Role.NGO, Role.IGO, Role.OFFICIAL, Role.NHRI, Role.OBSERVER_STATE, Role.SIGNATORY, Role.MEMBER)
STATE_ROLES = (Role.MEMBER, Role.SIGNATORY, Role.OBSERVER_STATE)


def roles_to_confirm(name: str) -> tuple[Role, ...]:
    """The roles offered for a name no lookup knows, the likeliest first: a national human rights
    institution first for a name that reads as one ("… Human Rights Commission", "Ombudsman")."""
    from .human_rights_institutions import reads_as_institution

    if reads_as_institution(name):
        return (Role.NHRI, *(r for r in ROLES_TO_CONFIRM if r is not Role.NHRI))
    return ROLES_TO_CONFIRM


def choices(
    resolution: Resolution, logged: Mapping[str, tuple[str, Role]] | None = None, profile: Profile | None = None
) -> list[tuple[str, ListEntry]]:
    """What the note-taker can make of a line not resolved: each closest name (resolved), then the
    line as typed with each role (a State's own first), as (what the choice says, the entry);
    groups as the session's ``profile`` names them."""
    from .model import ROLE_LABELS, default_role

    out: list[tuple[str, ListEntry]] = []
    for line in resolution.suggestions:
        entry = resolve_line(line, logged, profile=profile).entry
        if entry is not None and entry not in (e for _, e in out):
            out.append((line, entry))
    kept = resolution.as_typed or ListEntry(" ".join(resolution.typed.split()))
    own = default_role(kept.speaker)
    # A State keeps a State's roles; anyone else may be anything.
    roles = (own, *(r for r in STATE_ROLES if r is not own)) if own else roles_to_confirm(kept.speaker)
    for role in roles:
        label = ROLE_LABELS[role]
        out.append(
            (
                f"{entry_line(kept, profile)}, as typed: {a_or_an(label)} {label}",
                dataclasses.replace(kept, role=role),
            )
        )
    return out
