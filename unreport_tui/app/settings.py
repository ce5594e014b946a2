"""What the app remembers between runs: the theme, the speaking-time limits per role, the folder
and format last exported to, and keys the user chose for an action (``[keymap]``, by binding id: ``undo = "ctrl+u"``). Kept in
``settings.toml`` in the user's config folder; a file that cannot be read is left alone and the
defaults are used (the app says so), never a reason not to start."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w
from platformdirs import user_config_path

from ..core.model import Role
from ..storage import StorageError


def settings_path() -> Path:
    return user_config_path("unreport", appauthor=False) / "settings.toml"


@dataclass
class Settings:
    theme: str = ""
    limits: dict[Role, int] = field(default_factory=dict)  # seconds a statement may take, by role
    keymap: dict[str, str] = field(default_factory=dict)  # binding id -> keys, e.g. undo = "ctrl+u"
    export_folder: str = ""  # where the last export went: the next one is offered there
    export_format: str = ""  # the format of the last export ("docx"): the next one is offered in it
    problem: str = ""  # why the file could not be used, if it could not

    def limit_for(self, role: Role) -> int | None:
        return self.limits.get(role)


def load_settings(path: Path) -> Settings:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Settings(problem=f"{path} could not be read ({error}); the defaults are used")
    theme = raw.get("theme", "")
    limits: dict[Role, int] = {}
    for role, seconds in (raw.get("limits") or {}).items():
        if role in {r.value for r in Role} and isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0:
            limits[Role(role)] = seconds
    keymap = {k: v for k, v in (raw.get("keymap") or {}).items() if isinstance(k, str) and isinstance(v, str)}
    export_folder = raw.get("export_folder", "")
    export_format = raw.get("export_format", "")
    return Settings(
        theme=theme if isinstance(theme, str) else "",
        limits=limits,
        keymap=keymap,
        export_folder=export_folder if isinstance(export_folder, str) else "",
        export_format=export_format if isinstance(export_format, str) else "",
    )


def save_settings(settings: Settings, path: Path, db: Path) -> str:
    """Write the settings; returns why not, or "" when written."""
    data = {
        "theme": settings.theme,
        "limits": {role.value: seconds for role, seconds in settings.limits.items()},
        "keymap": settings.keymap,
        "export_folder": settings.export_folder,
        "export_format": settings.export_format,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        from ..storage import write_export

        write_export(path, tomli_w.dumps(data), db)
    except (OSError, StorageError) as error:
        return f"the settings could not be saved: {error}"
    return ""
