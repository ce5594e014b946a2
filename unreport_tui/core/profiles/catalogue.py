"""Where profiles are found: shipped with unreport (``data/profiles/``), in the user's config
folder (``profiles/``, which takes precedence, so that a secretariat can mend a shipped one), or at
a path. Loaded profiles are kept while their files are unchanged: the draft asks on every render."""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from platformdirs import user_config_path

from .loader import ProfileError, build_profile
from .profile import DEFAULT_PROFILE, Profile

_SUFFIX = ".toml"


@functools.cache  # the installed package does not move while it runs
def shipped_profiles_dir() -> Path:
    return Path(str(resources.files("unreport_tui.data") / "profiles"))


def user_profiles_dir() -> Path:
    return user_config_path("unreport", appauthor=False) / "profiles"


def is_path(ref: str) -> bool:
    """A reference written as a file ("cnd-2025.toml", "../profiles/x.toml"), not an id."""
    return ref.endswith(_SUFFIX) or "/" in ref or "\\" in ref


def locate(ref: str, relative_to: Path | None = None) -> tuple[Path, str]:
    """(file, id) for ``ref``: a path (relative to ``relative_to``, the folder of the file that
    names it), else an id looked up in the user's folder, then among the shipped ones."""
    ref = ref.strip()
    if is_path(ref):
        path = Path(ref).expanduser()
        if not path.is_absolute() and relative_to is not None:
            path = relative_to / path
        if not path.is_file():
            raise ProfileError(
                f"{path}: no such profile file; give the path of a .toml profile, or an id from `unreport profiles`"
            )
        return path.resolve(), path.stem
    for folder in (user_profiles_dir(), shipped_profiles_dir()):
        path = folder / f"{ref}{_SUFFIX}"
        if path.is_file():
            return path, ref
    # The ids there are, by their files alone: loading them to list them could come back here
    # (a profile of the user's that extends an id that does not exist).
    known = ", ".join(profile_ids())
    raise ProfileError(f'no profile "{ref}"; `unreport profiles` lists them ({known}), or give the path of a .toml file')


def ref_from(ref: str, folder: Path) -> str:
    """``ref`` as a file in ``folder`` names it so that ``locate(…, folder)`` finds the same
    profile: a profile file beside or under the folder by its path from there ("cnd-2025.toml",
    "profiles/cnd-2025.toml"), so that the two can be moved or sent on together; any other (an id,
    a file elsewhere) as it is."""
    if not is_path(ref):
        return ref
    path = Path(ref).expanduser()
    try:
        relative = path.resolve().relative_to(folder.resolve())
    except ValueError:  # elsewhere: only the full path still finds it from another folder
        return ref
    written = relative.as_posix()
    # A file named without .toml would be read back as an id, not a path.
    return written if is_path(written) else f"./{written}"


@dataclass(frozen=True)
class ProfileEntry:
    """A profile as a list shows it: its id, a line on it, where it is; ``problem`` when it cannot be used."""

    id: str
    name: str
    description: str
    source: str
    problem: str = ""


def profile_ids() -> list[str]:
    """Every profile's id, the default first, without reading any of them."""
    ids = {
        p.stem for folder in (shipped_profiles_dir(), user_profiles_dir()) if folder.is_dir() for p in folder.glob(f"*{_SUFFIX}")
    }
    return sorted(ids, key=lambda i: (i != DEFAULT_PROFILE, i))


def list_profiles() -> list[ProfileEntry]:
    """Every profile by id, the user's first where one shadows a shipped one, in id order."""
    entries: dict[str, ProfileEntry] = {}
    for folder, source in ((shipped_profiles_dir(), "shipped"), (user_profiles_dir(), "yours")):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{_SUFFIX}")):
            try:
                profile = load_profile(path.stem)
                entries[path.stem] = ProfileEntry(path.stem, profile.name, profile.description, source)
            except ProfileError as error:
                entries[path.stem] = ProfileEntry(path.stem, path.stem, "", source, str(error))
    return sorted(entries.values(), key=lambda e: (e.id != DEFAULT_PROFILE, e.id))


_lock = threading.Lock()
_loaded: dict[tuple[str, str], tuple[tuple[tuple[str, int, int], ...], Profile]] = {}


def load_profile(ref: str = "", relative_to: Path | None = None) -> Profile:
    """The profile ``ref`` ("" for the default), merged with those it extends; raises ProfileError.
    Read again only when one of its files changed."""
    ref = ref.strip() or DEFAULT_PROFILE
    key = (ref, str(relative_to or ""))
    with _lock:
        kept = _loaded.get(key)
    # Kept while its files are unchanged and the id still finds the same file (one of the user's
    # may since have been put in the place of a shipped one).
    if kept is not None and _unchanged(kept[0]) and str(locate(ref, relative_to)[0]) == kept[1].source:
        return kept[1]
    profile = build_profile(ref, locate, relative_to)
    stamps = _stamps(profile)
    with _lock:
        _loaded[key] = (stamps, profile)
    return profile


def _stamps(profile: Profile) -> tuple[tuple[str, int, int], ...]:
    paths = [Path(p) for p in profile.files]
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), -1, -1))
    return tuple(stamps)


def _unchanged(stamps: tuple[tuple[str, int, int], ...]) -> bool:
    for path, mtime, size in stamps:
        try:
            stat = Path(path).stat()
        except OSError:
            return False
        if (stat.st_mtime_ns, stat.st_size) != (mtime, size):
            return False
    return True
