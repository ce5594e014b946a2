"""Where the report prints the name of a State, an organization or a group: as a run of its own
that says whose name it is (``Run.mention``, the name the UN lists it under), so that a format
that can say so (Akoma Ntoso) tags each mention. The words are those the report always printed:
an article stays outside the name ("the <Niger>"), and nothing else changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..countries import behalf_wording, compact, resolve_group
from ..english import with_the
from ..model import Role
from ..names import running_name, short_name
from ..profiles import Profile, fill
from ..quantifier import speaker_identity
from ..rendered import Inline, Run, plain_text


def name_runs(printed: str, key: str) -> list[Inline]:
    """``printed`` ("the Niger") as runs: an article apart, the name a mention of ``key``."""
    if not key.strip() or not printed.strip():
        return [Run(printed)]
    if printed.startswith(("the ", "The ")) and printed[4:].strip():
        return [Run(printed[:4]), Run(printed[4:], mention=key)]
    return [Run(printed, mention=key)]


def running_mention(typed: str) -> list[Inline]:
    """A speaker's name in running text (``running_name``), marked."""
    return name_runs(running_name(typed), short_name(typed))


def listed_mention(typed: str) -> list[Inline]:
    """A name as a list after a colon prints it (``short_name``), marked."""
    name = short_name(typed)
    return name_runs(name, name)


def behalf_mention(typed: str, profile: Profile) -> list[Inline]:
    """What follows "on behalf of" (``behalf_wording``): a group by its own name, marked; by the
    body's name for it where the profile's ``[groups.names]`` has one (for the group's name, one of
    its aliases, or the name as typed)."""
    group = resolve_group(typed)
    key = group.name if group else short_name(typed)
    return name_runs(group_name(typed, profile) or behalf_wording(typed), key)


def group_name(typed: str, profile: Profile) -> str:
    """The body's own name for the group ``typed`` names, "" when its profile gives none."""
    names = {compact(name): printed for name, printed in profile.names("groups", "names").items()}
    if not names:
        return ""
    group = resolve_group(typed)
    for known in (typed, *((group.name, group.behalf, *group.aliases) if group else ())):
        printed = names.get(compact(known))
        if printed:
            return printed.strip()
    return ""


def joined_mentions(parts: Sequence[list[Inline]], last: str = " and ") -> list[Inline]:
    """``join_list`` for names as runs: "A, B and C", no serial comma; ``last`` ", " for a vote list."""
    out: list[Inline] = []
    for index, part in enumerate(parts):
        if index:
            out.append(Run(last if index == len(parts) - 1 else ", "))
        out += part
    return out


def roles_phrase(speakers: Sequence[tuple[str, Role]], profile: Profile) -> list[Inline]:
    """ "the representatives of Chile and the Niger, the observer for the European Union and the
    Chair": the States members first, then the observers, then officials by the title typed (with
    "the"), each name of a State or organization marked; introduced as the profile's ``[roles]``
    says."""
    members = [(name, role) for name, role in speakers if role is Role.MEMBER or _as_member(profile, name, role)]
    representatives = [running_mention(name) for name, _ in members]
    observers = [running_mention(name) for name, role in speakers if role is not Role.OFFICIAL and (name, role) not in members]
    officials: list[list[Inline]] = [[Run(with_the(name))] for name, role in speakers if role is Role.OFFICIAL]
    parts: list[list[Inline]] = []
    if representatives:
        parts.append(introduced(profile, "representative", joined_mentions(representatives), len(representatives)))
    if observers:
        parts.append(introduced(profile, "observer", joined_mentions(observers), len(observers)))
    return joined_mentions(parts + officials)


def introduced(profile: Profile, role: str, names: list[Inline], count: int) -> list[Inline]:
    """``names`` as the role introduces them: "the representatives of Chile and the Niger". The
    profile's ``[roles]`` form ("representative", "representatives", "observer", "observers")."""
    key = role if count == 1 else f"{role}s"
    return fill(profile.form("roles", key), {"names": names}, within=True)


def retexted(content: list[Inline], text: str) -> list[Inline]:
    """``content`` reading ``text``, where ``text`` differs from it only before its first name (an
    opening added, a first letter raised or lowered): the names keep their marks. Anything else
    changed gives one unmarked run, so that the words are always ``text``."""
    first_name = next((i for i, piece in enumerate(content) if isinstance(piece, Run) and piece.mention), len(content))
    rest = content[first_name:]
    rest_text = plain_text(rest)
    if len(rest) == len([p for p in rest if isinstance(p, Run)]) and text.endswith(rest_text):
        head = text[: len(text) - len(rest_text)]
        return [Run(head), *rest] if head else list(rest)
    return [Run(text)]


def with_text(run: Run, text: str) -> Run:
    """``run`` with other words, keeping its style and its mark."""
    return replace(run, text=text)


def as_representative(profile: Profile, name: str) -> str | None:
    """The words after the name of a speaker the body introduces as a representative whatever
    their role (its ``[roles.as_representative]``): "in its capacity as observer", or "" for none;
    None for a speaker it introduces by their role."""
    wanted = speaker_identity(name)
    for typed, words in profile.names("roles", "as_representative").items():
        if speaker_identity(typed) == wanted:
            return words.strip()
    return None


def _as_member(profile: Profile, name: str, role: Role) -> bool:
    return role is not Role.OFFICIAL and as_representative(profile, name) is not None
