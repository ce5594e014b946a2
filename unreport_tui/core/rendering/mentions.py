"""Where the report prints the name of a State, an organization or a group: as a run of its own
that says whose name it is (``Run.mention``, the name the UN lists it under), so that a format
that can say so (Akoma Ntoso) tags each mention. The words are those the report always printed:
an article stays outside the name ("the <Niger>"), and nothing else changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..countries import behalf_wording, resolve_group
from ..model import Role
from ..names import running_name, short_name
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


def behalf_mention(typed: str) -> list[Inline]:
    """What follows "on behalf of" (``behalf_wording``): a group by its own name, marked."""
    group = resolve_group(typed)
    return name_runs(behalf_wording(typed), group.name if group else short_name(typed))


def joined_mentions(parts: Sequence[list[Inline]], last: str = " and ") -> list[Inline]:
    """``join_list`` for names as runs: "A, B and C", no serial comma; ``last`` ", " for a vote list."""
    out: list[Inline] = []
    for index, part in enumerate(parts):
        if index:
            out.append(Run(last if index == len(parts) - 1 else ", "))
        out += part
    return out


def roles_phrase(speakers: Sequence[tuple[str, Role]]) -> list[Inline]:
    """ "the representatives of Chile and the Niger, the observer for the European Union and the
    Chair": the States members first, then the observers, then officials by the title typed (with
    "the"), each name of a State or organization marked."""
    representatives = [running_mention(name) for name, role in speakers if role is Role.MEMBER]
    observers = [running_mention(name) for name, role in speakers if role not in (Role.MEMBER, Role.OFFICIAL)]
    officials: list[list[Inline]] = [
        [Run(name if name.lower().startswith("the ") else f"the {name}")] for name, role in speakers if role is Role.OFFICIAL
    ]
    parts: list[list[Inline]] = []
    if representatives:
        lead = "the representatives of " if len(representatives) > 1 else "the representative of "
        parts.append([Run(lead), *joined_mentions(representatives)])
    if observers:
        parts.append([Run("the observers for " if len(observers) > 1 else "the observer for "), *joined_mentions(observers)])
    return joined_mentions(parts + officials)


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
