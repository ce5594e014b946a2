"""What a session file holds that is valid but most likely a slip, to say after an import: a
speaker's name a letter away from a State's ("Chille"), a group spoken for a letter away from a
group's ("grulaq"), a meeting dated outside the session. Each is printed as typed, so the report
would say "Two speakers stressed …" for Chile and "Chille", or "on behalf of grulaq", with no one
told; the Chair's list and the app's boxes ask about the same slips."""

from __future__ import annotations

from collections.abc import Iterator

from ..countries import all_groups, normalize, resolve_group, resolve_state
from ..dates import day_month_year, outside_the_session
from ..list_lines import slip_for
from ..model import Session, default_role


def what_to_check(session: Session) -> list[str]:
    """One line for each slip, in the order of the file; each name once."""
    return list(dict.fromkeys(_slips(session)))


def _slips(session: Session) -> Iterator[str]:
    periods = session.info.periods()
    for meeting in session.meetings:
        if meeting.date is not None and (outside := outside_the_session(meeting.date, periods)):
            yield f"meeting {meeting.number} is dated {day_month_year(meeting.date)}, {outside}"
    # A name a letter away from a State is taken for a slip only when that State spoke in the
    # session ("Chille" beside Chile): a person or an organization may well be named "Malik" or
    # "Angela" at a session where neither Mali nor Angola spoke.
    spoke = {state.name for item in session.items for s in item.statements if (state := resolve_state(s.speaker))}
    for item in session.items:
        where = f"agenda item {item.number or item.key}"
        names = [s.speaker for s in item.statements] + [name for point in item.points for name in point.speakers]
        for name in dict.fromkeys(names):
            if default_role(name) is None and (could_be := [s.name for s in slip_for(name) if s.name in spoke]):
                yield f"{name!r} ({where}): not a State unreport knows; did you mean {' or '.join(could_be)}?"
        for statement in item.statements:
            group = statement.on_behalf_of
            if group and (meant := _group_slipped(group)):
                yield f"on behalf of {group!r} ({where}): not a group unreport knows; did you mean the {meant}?"


def _group_slipped(typed: str) -> str | None:
    """The group a name spoken for most likely meant, when it is no group nor State itself: one
    letter away (left out, added, changed or two swapped: "grulaq"), with the same figures, both of
    five letters at least (an acronym a letter away is another group's: "LMDC", "LDC"). A ratio of
    likeness took "G7" for the Group of 77 and "Like-Minded Developing Countries" for the
    Landlocked ones: groups whose names differ by a word are other groups."""
    from rapidfuzz.distance import DamerauLevenshtein

    if resolve_group(typed) is not None or resolve_state(typed) is not None:
        return None
    folded = normalize(typed)
    if sum(character.isalpha() for character in folded) < 5:
        return None
    for group in all_groups():
        for name in (group.name, group.behalf, *group.aliases):
            other = normalize(name)
            figures_alike = [c for c in other if c.isdigit()] == [c for c in folded if c.isdigit()]
            long_enough = sum(character.isalpha() for character in other) >= 5
            if figures_alike and long_enough and DamerauLevenshtein.distance(folded, other) == 1:
                return group.name
    return None
