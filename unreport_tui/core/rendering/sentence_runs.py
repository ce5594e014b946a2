"""A sentence's runs finished as a sentence: a full stop at its end, a capital at its start. The
report's paragraphs and the statements' sentences both close and open their sentences so."""

from __future__ import annotations

from ..english import finish_sentence, upper_first
from ..rendered import FootnoteRef, Inline, Run
from .mentions import with_text


def full_stop(content: list[Inline]) -> list[Inline]:
    """Full stop at the end of the last words, before any trailing footnote marks."""
    tail: list[Inline] = []
    body = list(content)
    while body and isinstance(body[-1], FootnoteRef):
        tail.insert(0, body.pop())
    if body and isinstance(body[-1], Run):
        last = body[-1]
        finished = finish_sentence(last.text)
        if last.mention and finished.startswith(last.text.rstrip()):  # "… and Chile": the stop is not the name's
            body[-1] = with_text(last, last.text.rstrip())
            body.append(Run(finished[len(last.text.rstrip()) :]))
        elif last.italic and finished != last.text.rstrip():
            body[-1] = Run(last.text.rstrip(), True)
            body.append(Run("."))  # the full stop after a title is not part of the title
        else:
            body[-1] = Run(finished, last.italic)
    return body + tail


def capital_first(content: list[Inline]) -> list[Inline]:
    if content and isinstance(content[0], Run):
        return [with_text(content[0], upper_first(content[0].text)), *content[1:]]
    return content
