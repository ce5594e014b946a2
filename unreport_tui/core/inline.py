"""The two bits of markup a note-taker may type: ``^[footnote text]`` and ``*italics*``.

Everything else typed is text: no HTML, no Rich markup. A backslash makes the next character literal.
"""

from __future__ import annotations

from functools import lru_cache

from .rendered import FootnoteRef, Inline, Run, merge_runs


class FootnoteCollector:
    """Numbers footnotes in order of appearance across the whole document; ``before`` is how many
    came before (when one agenda item is rendered on its own)."""

    def __init__(self, before: int = 0) -> None:
        self.before = before
        self.notes: list[tuple[Inline, ...]] = []

    def add(self, content: tuple[Inline, ...]) -> FootnoteRef:
        self.notes.append(content)
        return FootnoteRef(self.before + len(self.notes))


def _closing_bracket(text: str, start: int) -> int:
    """Index of the "]" that closes the footnote opened just before ``start``, or -1."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return -1


def parse_inline(text: str, footnotes: FootnoteCollector | None = None) -> list[Inline]:
    if footnotes is None or "^[" not in text:
        # Without a footnote the result depends on the text alone: the draft is rendered again
        # after every logged entry, and parsing every point again each time is most of that work.
        return list(_parse_without_footnotes(text))
    return _parse(text, footnotes)


@lru_cache(maxsize=1 << 16)
def _parse_without_footnotes(text: str) -> tuple[Inline, ...]:
    return tuple(_parse(text, None))


def _parse(text: str, footnotes: FootnoteCollector | None) -> list[Inline]:
    out: list[Inline] = []
    buf: list[str] = []
    italic = False

    def flush() -> None:
        if buf:
            out.append(Run("".join(buf), italic))
            buf.clear()

    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            buf.append(text[i + 1])
            i += 2
            continue
        if c == "^" and footnotes is not None and text.startswith("^[", i):
            end = _closing_bracket(text, i + 2)
            if end != -1:
                flush()
                note = parse_inline(text[i + 2 : end].strip(), None)
                out.append(footnotes.add(tuple(note)))
                i = end + 1
                continue
        if c == "*" and (_closes(buf) if italic else _opens(text, i)):
            flush()
            italic = not italic
            i += 1
            continue
        buf.append(c)
        i += 1
    flush()
    return merge_runs(out)


def _opens(text: str, i: int) -> bool:
    """An asterisk opens italics only as in "*Treaty Series*", not in "2 * 3"."""
    if i + 1 >= len(text) or text[i + 1].isspace():
        return False
    j = text.find("*", i + 2)  # "**" is two asterisks, not an empty italic
    while j != -1:
        if not text[j - 1].isspace():
            return True
        j = text.find("*", j + 1)
    return False


def _closes(buf: list[str]) -> bool:
    return bool(buf) and not buf[-1].isspace()
