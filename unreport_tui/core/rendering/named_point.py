"""Who a named point names, and by what: its speakers are its subject ("The representative of
Brazil stressed …"), each printed by their role. The role comes from the point itself (a speaker
who made no statement on the item: ``roles``), else from the speaker's statement on the item,
else from the name (a State, an organization the data knows). A name none of these resolves
cannot be printed rightly, so it is refused where it comes in (the session file, a correction)."""

from __future__ import annotations

from collections.abc import Callable

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


def group_spoken_for(item: Item, name: str, home: Callable[[], int | None]) -> str:
    """The group ``name`` spoke for when it made the point (as typed; "" for none): a point naming
    it as its subject is then the group's ("The representative of Ecuador, speaking on behalf of
    …"). Every statement of ``name`` on the item for one group, or every one its own, says it;
    when it spoke both ways, the statement the log shows the point under (``home``: its place in
    the item's statements, worked out only then), if it is ``name``'s."""
    me = speaker_identity(name)
    spoke = [s for s in item.statements if speaker_identity(s.speaker) == me]
    if len({_group_identity(s.on_behalf_of) for s in spoke}) == 1:
        return spoke[-1].on_behalf_of.strip()
    place = home() if spoke else None
    under = item.statements[place] if place is not None else None
    return under.on_behalf_of.strip() if under is not None and speaker_identity(under.speaker) == me else ""


def _group_identity(typed: str) -> str:
    """One group however written ("g77", "Group of 77 and China"): its UN name when known; ""
    for none."""
    if not typed.strip():
        return ""
    group = resolve_group(typed)
    return group.name if group else speaker_identity(typed)


def unresolved_speakers(item: Item, point: Point) -> list[str]:
    """The speakers of a named point whose role nothing says (none for a point that is not named)."""
    if not point.named:
        return []
    return [name for name in dict.fromkeys(point.speakers) if name.strip() and speaker_role(item, point, name) is None]
