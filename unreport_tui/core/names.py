"""A speaker's name as a report prints it: in running text ("the Bolivarian Republic of
Venezuela") and in a list introduced by a colon ("Venezuela (Bolivarian Republic of)"). A State
gets the UN's name however it was typed; anyone else stays as typed."""

from __future__ import annotations

from .countries import resolve_state


def running_name(typed: str) -> str:
    """A speaker's name in running text: a State gets its UN form and article, anything else stays as typed."""
    state = resolve_state(typed)
    return state.text_name if state else typed.strip()


def short_name(typed: str) -> str:
    """The name the UN lists a State under (sponsor and vote lists, the officers' countries)."""
    state = resolve_state(typed)
    return state.name if state else typed.strip()
