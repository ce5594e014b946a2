"""An item's statement form: whether the profile offers it (``statement_form_refused``, the one
check of the session file, the logbook, the prepare screen and the export), and choosing it in a
form (the prepare screen): the forms the session's profile names in its [statements.chosen]
offered as one types, the name typed refused in one line when the profile does not name it."""

from __future__ import annotations

from ..form_fields import FieldError
from ..speaker_suggestions import Suggestion, SuggestionKind
from .catalogue import load_profile
from .loader import ProfileError


def statement_form_refused(profile: str, name: str) -> str:
    """Why an item may not choose the statement form ``name`` in the profile ``profile`` (one line:
    the profile names no such form, and which it names; or why the profile cannot be used); ""
    when it may, or when ``name`` is "" (the profile's own sentence). The one check of the session
    file, the logbook, the prepare screen and the export."""
    name = name.strip()
    if not name:
        return ""
    try:
        offered = list(load_profile(profile).forms("statements", "chosen"))
    except ProfileError as error:
        return str(error)
    if name in offered:
        return ""
    which = f"the profile {profile}" if profile.strip() else "the default profile"
    names = ", ".join(f'"{n}"' for n in offered) or "none (a profile names them in [statements.chosen])"
    return f'no statement form "{name}" in {which}; it names {names}'


def statement_forms_offered(profile: str) -> list[str]:
    """The names of the forms the profile offers; none when the profile cannot be used (the
    profile box says why)."""
    try:
        return list(load_profile(profile).forms("statements", "chosen"))
    except ProfileError:
        return []


def suggest_statement_forms(profile: str, typed: str, limit: int = 10) -> list[Suggestion]:
    """The offered forms whose name holds what is typed (all of them for nothing typed), those
    that start with it first."""
    wanted = typed.strip().lower()
    names = [n for n in statement_forms_offered(profile) if wanted in n.lower()]
    names.sort(key=lambda n: not n.lower().startswith(wanted))
    return [Suggestion(n, n, SuggestionKind.AS_TYPED) for n in names[:limit]]


def read_statement_form(field: str, text: str, profile: str) -> str:
    """The form typed ("" for the profile's own), or a FieldError naming those it offers."""
    name = text.strip()
    if refused := statement_form_refused(profile, name):
        raise FieldError(field, refused)
    return name
