"""Filling a profile's sentence form with the phrases the core built.

The form is the profile's text, parsed by ``string.Formatter`` (the loader has checked its
placeholders); the phrases are runs the core built from what the note-taker typed, with their
mentions and footnotes. They are put in as they are: a phrase is never parsed as a form, so a "{"
typed in a title is a brace in the report, and nothing a profile says can run.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..english import upper_first
from ..rendered import Inline, Run, merge_runs

Phrase = str | Sequence[Inline]

_SENTENCE_END = re.compile(r"[.!?]\u201d?\s+$|^$")


def fill(template: str, phrases: Mapping[str, Phrase], within: bool = False) -> list[Inline]:
    """``template``'s words with each placeholder replaced by its phrase. A phrase that opens a
    sentence (at the start, or after a full stop) gets a capital: "{body} considered" ->
    "The Commission considered". ``within``: the form is a phrase inside a sentence ("{speaker}
    (on behalf of {group})" in a list of names), so its start opens nothing: "Chile and the Niger
    (on behalf of …)", never "The Niger"."""
    out: list[Inline] = []
    written = " " if within else ""
    for literal, name, _, _ in string.Formatter().parse(template):
        if literal.startswith(".") and written.endswith("."):  # "… A. B." then the form's full stop: one stop
            literal = literal[1:]
        if literal:
            out.append(Run(literal))
            written += literal
        if name is None:
            continue
        phrase = phrases[name]
        runs: list[Inline] = [Run(phrase)] if isinstance(phrase, str) else list(phrase)
        if runs and isinstance(runs[0], Run) and _SENTENCE_END.search(written):
            runs[0] = replace(runs[0], text=upper_first(runs[0].text))
        out.extend(runs)
        written += "".join(r.text for r in runs if isinstance(r, Run)) or name  # an empty phrase still ends the start
    return merge_runs([r for r in out if not (isinstance(r, Run) and not r.text)])


def placeholders(template: str) -> set[str]:
    """The placeholders a form uses ("{{" and "}}" are braces, not placeholders)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
