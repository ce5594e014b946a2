"""Who a named point names, and by what: its speakers are its subject ("The representative of
Brazil stressed …"), each printed by their role. The role comes from the point itself (a speaker
who made no statement on the item: ``roles``), else from the speaker's statement on the item,
else from the name (a State, an organization the data knows). A name none of these resolves
cannot be printed rightly, so it is refused where it comes in (the session file, a correction)."""

from __future__ import annotations

from ..countries import resolve_group
from ..model import Item, Point, Role, default_role
from ..quantifier import speaker_identity


def speaker_role(item: Item, point: Point, name: str) -> Role | None:
    """The role ``name`` is printed by as the subject of ``point``; None when nothing says it."""
    me = speaker_identity(name)
    given = next((role for typed, role in point.roles.items() if speaker_identity(typed) == me), None)
    if given is not None:
        return given
    # The last statement says it, as the role may have been corrected on a later one.
    spoke = [s.role for s in item.statements if speaker_identity(s.speaker) == me]
    return spoke[-1] if spoke else default_role(name)


def group_spoken_for(item: Item, name: str) -> str:
    """The group ``name`` spoke for in every one of its statements on ``item``, as typed ("" when
    any statement was its own, or for another group, or it made none): a point naming it as its
    subject is then the group's ("The representative of Ecuador, speaking on behalf of …")."""
    me = speaker_identity(name)
    groups = [s.on_behalf_of.strip() for s in item.statements if speaker_identity(s.speaker) == me]
    if not groups or not all(groups) or len({_group_identity(group) for group in groups}) != 1:
        return ""
    return groups[-1]


def _group_identity(typed: str) -> str:
    """One group however written ("g77", "Group of 77 and China"): its UN name when known."""
    group = resolve_group(typed)
    return group.name if group else speaker_identity(typed)


def unresolved_speakers(item: Item, point: Point) -> list[str]:
    """The speakers of a named point whose role nothing says (none for a point that is not named)."""
    if not point.named:
        return []
    return [name for name in dict.fromkeys(point.speakers) if name.strip() and speaker_role(item, point, name) is None]
