"""A profile as ``unreport profiles show`` prints it: every setting as merged, each with what it
is and the file that set it, as a TOML file a user can copy from (a key copied into their own
profile overrides it there)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from .loader import fields_list, parse_profile
from .profile import Profile
from .settings import SECTIONS
from .spec import Choice, Form, Setting


def set_by(profile: Profile) -> dict[tuple[str, str], list[str]]:
    """(section, key) -> the files that set it, the one whose value shows first (a table of names
    gathers the names of every file that sets it)."""
    found: dict[tuple[str, str], list[str]] = {}
    for file in profile.files:  # its own first, the default last
        _, sections = parse_profile(Path(file).read_text("utf-8"), file)
        for section, table in sections.items():
            for key in table:
                found.setdefault((section, key), []).append(file)
    return found


def _what_it_takes(setting: Setting) -> str:
    if isinstance(setting, Form):
        return f"placeholders: {fields_list(setting.fields)}"
    if isinstance(setting, Choice):
        return f"one of {', '.join(setting.values)}" if setting.values else "true or false"
    return 'a table: "name as typed" = "the body\'s name"'


def _toml(value: Any) -> str:
    return tomli_w.dumps({"v": value}).strip().removeprefix("v = ")


def _value(key: str, value: Any) -> str:
    if isinstance(value, Mapping):  # a table of names, inline: it stays under its own key
        names = ", ".join(f"{_toml(k)} = {_toml(v)}" for k, v in value.items())
        return f"{key} = {{ {names} }}" if names else f"{key} = {{}}"
    return f"{key} = {_toml(value)}"


def show_profile(profile: Profile) -> str:
    """The profile's every section and key, as merged, with comments saying what each is and which
    file set it."""
    origins = set_by(profile)
    files = [Path(f) for f in profile.files]
    names = {str(f): f.name for f in files}
    lines = [f"# {profile.id}: {profile.name}"]
    if profile.description:
        lines.append(f"# {profile.description}")
    lines.append(f"# read from {files[0]}")
    for file in files[1:]:
        lines.append(f"# which extends {file}")
    # A profile of one's own starts with this table (the loader needs it); keys below set only what
    # differs. Shown as this profile's own, so that a copy of this file is a profile that loads.
    lines += [
        "",
        "# Who the profile is: your own takes a name of its own and extends this one by its id",
        f"# (extends = {_toml(profile.id)}), then sets only the keys below that differ.",
        "[profile]",
        f"name = {_toml(profile.name)}",
    ]
    if profile.description:
        lines.append(f"description = {_toml(profile.description)}")
    if profile.extends:
        lines.append(f"extends = {_toml(profile.extends)}")
    for name, section in SECTIONS.items():
        lines += ["", f"# {section.doc}", f"[{name}]"]
        for key, setting in section.settings.items():
            by = ", ".join(names[f] for f in origins.get((name, key), [])) or "?"
            lines.append(f"# {setting.doc} ({_what_it_takes(setting)})")
            lines.append(f"{_value(key, profile.values[name][key])}  # set in {by}")
    return "\n".join(lines) + "\n"
