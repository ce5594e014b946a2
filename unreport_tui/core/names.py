"""A speaker's name as a report prints it: in running text ("the Bolivarian Republic of
Venezuela", "the European Union", "UNODC", "the International Drug Policy Consortium") and in a
list introduced by a colon ("Venezuela (Bolivarian Republic of)", "European Union"). A State or
an intergovernmental organization of the data gets the UN's name however it was typed; any other
name stays as typed, with the article the rule of ``articles`` gives it."""

from __future__ import annotations

from .articles import with_article
from .countries import resolve_state
from .organizations import resolve_organization


def running_name(typed: str) -> str:
    """A speaker's name in running text: a State or a known organization in its UN form with its
    article, any other name as typed with its article (an article typed is kept)."""
    state = resolve_state(typed)
    if state:
        return state.text_name
    organization = resolve_organization(typed)
    if organization:
        return organization.running_name(typed)
    return with_article(typed)


def short_name(typed: str) -> str:
    """The name the UN lists a State or an organization under (sponsor and vote lists, the
    officers' countries, the list of participants); anything else as typed."""
    state = resolve_state(typed)
    if state:
        return state.name
    organization = resolve_organization(typed)
    return organization.name if organization else typed.strip()
