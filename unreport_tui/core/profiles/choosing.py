"""Choosing a session's body profile in a form (the prepare screen): the profiles offered as one
types, each with its line, and the value typed read as the session file reads it (an id, or a
profile file's path), refused in one line when the profile cannot be used."""

from __future__ import annotations

from ..form_fields import FieldError
from ..speaker_suggestions import Suggestion, SuggestionKind
from .catalogue import ProfileEntry, is_path, list_profiles, load_profile
from .loader import ProfileError
from .profile import DEFAULT_PROFILE


def profile_line(entry: ProfileEntry) -> str:
    """ "cnd  Commission on Narcotic Drugs", or what is wrong with it: one line in a box a third of
    a small screen wide (`unreport profiles` gives each description in full)."""
    # What is wrong is said under the box once it is chosen: here it would take half a small screen.
    return f"{entry.id}  {'cannot be used (choose it to see why)' if entry.problem else entry.name}"


def suggest_profiles(typed: str, limit: int = 10) -> list[Suggestion]:
    """The profiles whose id or name holds what is typed (all of them for nothing typed), ids
    that start with it first; a path as typed last."""
    wanted = typed.strip().lower()
    entries = [e for e in list_profiles() if wanted in e.id.lower() or wanted in e.name.lower()]
    entries.sort(key=lambda e: not e.id.lower().startswith(wanted))
    out = [Suggestion(e.id, profile_line(e), SuggestionKind.AS_TYPED) for e in entries[:limit]]
    if wanted and is_path(typed.strip()):
        out.append(Suggestion(typed.strip(), f"{typed.strip()}  (a profile file)", SuggestionKind.AS_TYPED))
    return out


def read_profile(field: str, text: str) -> str:
    """The profile typed: "" (the default), an id, or a profile file's full path; a FieldError
    with the profile's one-line problem when it cannot be used."""
    ref = text.strip()
    if ref in ("", DEFAULT_PROFILE):
        return ref
    try:
        profile = load_profile(ref)
    except ProfileError as error:
        raise FieldError(field, str(error)) from None
    return profile.source if is_path(ref) else ref


def profile_problem(ref: str) -> str:
    """What is wrong with the profile ``ref`` (one line), "" when it can be used."""
    try:
        load_profile(ref)
    except ProfileError as error:
        return str(error)
    return ""


def profile_about(ref: str) -> str:
    """The line shown under the box: the profile's name and description, or what is wrong with it,
    or "" when it names none yet (being typed)."""
    ref = ref.strip()
    if not ref:
        ref = DEFAULT_PROFILE
    elif not is_path(ref) and ref not in {e.id for e in list_profiles()}:
        return ""
    try:
        profile = load_profile(ref)
    except ProfileError as error:
        return f"cannot be used: {error}"
    return " — ".join(part for part in (profile.name, profile.description) if part)
