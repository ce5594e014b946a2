"""Reading a body profile file: a TOML file of sections (``settings/``), each key checked.

Every refusal is one line naming the file, the line, the key and what was expected (the
placeholders a form may use), as a session file's are. A profile ``extends`` another (by id or
path) and sets only what differs; one that says nothing extends the default. A form that leaves out
a placeholder the core has to print (a list of speakers) is refused here, not at export time.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..session_file.key_lines import line_of
from .profile import DEFAULT_PROFILE, Profile
from .settings import SECTIONS
from .spec import Choice, Form, FormsTable, Names, Setting

_META = {"name", "description", "extends"}
# Placeholders whose phrase brings its own article ("the Commission"): "the {body}" would print it twice.
_WITH_ARTICLE = frozenset({"body"})
_ARTICLE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
LARGEST_PROFILE = 1_000_000  # bytes: a profile is a page of text, never this


class ProfileError(ValueError):
    """A profile that cannot be used; the message is one line meant for the user."""


def fields_list(fields: frozenset[str]) -> str:
    return ", ".join(f"{{{f}}}" for f in sorted(fields)) or "none"


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source

    def fail(self, key_path: str, reason: str) -> ProfileError:
        line = line_of(self.text, key_path) if key_path else None
        where = f"{self.source}:{line}" if line else self.source
        return ProfileError(f"{where}: {key_path}: {reason}" if key_path else f"{where}: {reason}")


def parse_profile(text: str, source: str) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """The ``[profile]`` table (name, description, extends) and the sections, every key checked;
    raises ProfileError. ``source`` names the file in messages."""
    reader = _Reader(text.removeprefix("\ufeff"), source)
    try:
        raw = tomllib.loads(reader.text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{source}: not valid TOML: {error}") from None
    except (RecursionError, ValueError) as error:
        raise ProfileError(f"{source}: not valid TOML: {error}") from None
    meta: dict[str, str] = {}
    sections: dict[str, dict[str, Any]] = {}
    for name, table in raw.items():
        if name == "profile":
            if not isinstance(table, dict):
                raise reader.fail(name, "expected a [profile] table")
            for key, value in table.items():
                if key not in _META:
                    raise reader.fail(f"profile.{key}", f"unknown key; expected one of {', '.join(sorted(_META))}")
                if not isinstance(value, str) or not value.strip():
                    raise reader.fail(f"profile.{key}", "expected text in quotes")
                if not value.isprintable():  # it is one line of `unreport profiles`, and a comment of `show`
                    raise reader.fail(f"profile.{key}", "expected one line of text, without line breaks or control characters")
                meta[key] = value.strip()
            continue
        section = SECTIONS.get(name)
        if section is None:
            expected = ", ".join(["profile", *SECTIONS])
            raise reader.fail(name, f"unknown section; expected one of {expected}")
        if not isinstance(table, dict):
            raise reader.fail(name, f"expected a [{name}] table")
        checked: dict[str, Any] = {}
        for key, value in table.items():
            setting = section.settings.get(key)
            if setting is None:
                raise reader.fail(f"{name}.{key}", f"unknown key; expected one of {', '.join(section.settings)}")
            checked[key] = _check(reader, f"{name}.{key}", setting, value)
        sections[name] = checked
    return meta, sections


def _check(reader: _Reader, key_path: str, setting: Setting, value: Any) -> Any:
    if isinstance(setting, FormsTable):
        return _check_forms(reader, key_path, setting, value)
    if isinstance(setting, Form):
        if not isinstance(value, str):
            raise reader.fail(key_path, "expected text in quotes")
        try:
            parsed = list(string.Formatter().parse(value))
            parts = [(name, spec, conv) for _, name, spec, conv in parsed if name is not None]
        except ValueError as error:
            raise reader.fail(key_path, f"{error}; write {{{{ or }}}} for a brace itself") from None
        for name, spec, conversion in parts:
            if name not in setting.fields:
                shown = "{}" if name == "" else f"{{{name}}}"
                raise reader.fail(key_path, f"placeholder {shown} is not offered here; it may use {fields_list(setting.fields)}")
            if spec or conversion:
                raise reader.fail(key_path, f'placeholder {{{name}}} takes no format (":…" or "!…"); write it as {{{name}}}')
        for literal, field, _, _ in parsed:
            if field in _WITH_ARTICLE and _ARTICLE_BEFORE.search(literal):
                raise reader.fail(
                    key_path, f'{{{field}}} brings its article ("the Commission"): write {{{field}}}, not the {{{field}}}'
                )
        missing = setting.required - {name for name, _, _ in parts}
        if missing:
            raise reader.fail(key_path, f"missing placeholder {fields_list(frozenset(missing))}; the report has it to print")
        for pattern, reason in setting.refused:
            if re.search(pattern, value):
                raise reader.fail(key_path, reason)
        return value
    if isinstance(setting, Choice):
        if not setting.values:
            if not isinstance(value, bool):
                raise reader.fail(key_path, "expected true or false")
            return value
        if value not in setting.values:
            raise reader.fail(key_path, f"expected one of {', '.join(setting.values)}")
        return value
    assert isinstance(setting, Names)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k.strip() and isinstance(v, str) and (v.strip() or setting.blank) for k, v in value.items()
    ):
        raise reader.fail(key_path, 'expected a table of names: "Name as typed" = "the body\'s name"')
    return dict(value)


def _check_forms(reader: _Reader, key_path: str, setting: FormsTable, value: Any) -> dict[str, str]:
    """A table of named forms: each checked as a form, each printing exactly one of the lists
    ``one_of`` names (none would lose the list; two would print it twice)."""
    if not isinstance(value, dict):
        raise reader.fail(key_path, 'expected a table of forms: name = "text with placeholders"')
    lists = fields_list(setting.one_of).replace(", ", " or ")
    for name, text in value.items():
        at = f"{key_path}.{name}"
        _check(reader, at, Form(setting.doc, setting.fields), text)
        used = [field for _, field, _, _ in string.Formatter().parse(text) if field in setting.one_of]
        if len(used) != 1:
            raise reader.fail(at, f"expected exactly one of {lists}: the list of who made statements, printed once")
    return dict(value)


Locate = Callable[[str, Path | None], tuple[Path, str]]


def build_profile(ref: str, locate: Locate, relative_to: Path | None = None) -> Profile:
    """The profile ``ref`` (an id or a path) with everything it extends merged under it; raises
    ProfileError. ``locate`` finds a file for a reference: (path, id)."""
    chain: list[tuple[Path, str, dict[str, str], dict[str, dict[str, Any]]]] = []
    seen: list[Path] = []
    current: str | None = ref
    here = relative_to
    while current is not None:
        try:
            path, profile_id = locate(current, here)
            if path in seen:
                names = " -> ".join(p.stem for p in [*seen, path])
                raise ProfileError(f"{seen[-1]}: profile.extends: profiles extend each other in a circle ({names})")
            meta, sections = parse_profile(_read(path), str(path))
        except ProfileError as error:
            if not seen or str(error).startswith(f"{seen[-1]}:"):
                raise
            # The profile at fault is named by another's extends: say which, and where.
            raise ProfileError(f'{seen[-1]}: profile.extends = "{current}": {error}') from None
        seen.append(path)
        chain.append((path, profile_id, meta, sections))
        here = path.parent
        # A profile that names nothing to extend builds on the default, which builds on nothing.
        current = meta.get("extends") or (None if profile_id == DEFAULT_PROFILE else DEFAULT_PROFILE)
    values: dict[str, dict[str, Any]] = {}
    for _, _, _, sections in reversed(chain):
        for name, table in sections.items():
            merged = values.setdefault(name, {})
            for key, value in table.items():
                if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
                    merged[key] = {**merged[key], **value}  # a table of names adds to the one it extends
                else:
                    merged[key] = value
    root = chain[-1][0]
    for name, section in SECTIONS.items():
        for key in section.settings:
            if key not in values.get(name, {}):
                raise ProfileError(f"{root}: {name}.{key}: missing; the profile that all others extend must set every key")
    path, profile_id, meta, _ = chain[0]
    return Profile(
        id=profile_id,
        name=meta.get("name", profile_id),
        description=meta.get("description", ""),
        source=str(path),
        extends=meta.get("extends", "" if profile_id == DEFAULT_PROFILE else DEFAULT_PROFILE),
        values=values,
        files=tuple(str(p) for p, _, _, _ in chain),
    )


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > LARGEST_PROFILE:
            raise ProfileError(f"{path}: too large for a profile ({path.stat().st_size:,} bytes)")
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except OSError as error:
        raise ProfileError(f"{path}: cannot be read: {error.strerror or error}") from None
