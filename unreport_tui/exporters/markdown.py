"""Markdown (CommonMark with pipe tables and footnotes), laid out like the reference draft.

One outline: the body's name and the title line are the top headings (``#``), chapters and
annexes ``##``, sections ``###``, subheadings ``####``. A numbered paragraph is a list item
"12. " (a Markdown reader numbers a list on from its first item, and the paragraphs of the
report are numbered on in the same way), so that what follows it (lettered subparagraphs, the
vote, the officers, the agenda) is indented under it and nests in it. The agenda's "1." is
escaped: it is not a paragraph number. Vote, officer and document lists are pipe tables, whose
columns line up both in the raw file and rendered.

Everything the note-taker typed is escaped, so that "*", "_", "<" or "[" in a note print as
themselves instead of becoming Markdown or HTML, and a note that begins "- " or "1. " is not a list.
"""

from __future__ import annotations

import re

from ..core.rendered import (
    AnnexHeading,
    Block,
    FootnoteRef,
    Heading,
    Inline,
    ListKind,
    Paragraph,
    ReportDocument,
    Subparagraph,
    document_cells,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|#])")
# What would begin a list, a heading underline or a rule at the start of a line
_LIST_MARK = re.compile(r"(?m)^([ \t]*)([-+=]|\d+(?=[.)]))")


def escape(text: str) -> str:
    # A carriage return ends a line in Markdown too: as a line feed, it is guarded like one
    return _SPECIAL.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))


def _as_text(text: str) -> str:
    """Markdown that stays one paragraph of text: no line of it starts a list, a rule or a heading."""
    return _LIST_MARK.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdecimal() else "\\" + m.group(2)), text)


def inline_markdown(content: tuple[Inline, ...]) -> str:
    out = []
    for piece in content:
        if isinstance(piece, FootnoteRef):
            out.append(f"[^{piece.number}]")
        elif piece.italic and piece.text.strip():
            out.append(f"*{escape(piece.text)}*")
        else:
            out.append(escape(piece.text))
    return "".join(out)


def masthead_markdown(doc: ReportDocument) -> list[str]:
    m = doc.masthead
    if m is None:
        return []
    parts = []
    corner = [escape(x) for x in (m.symbol, m.distribution, m.issued, m.original) if x]
    if corner:
        parts.append(_as_text("  \n".join(corner)))
    parts.append("---")
    if m.organ:
        parts.append(f"# {_one_line(m.organ)}")
    session = [escape(x) for x in m.session_lines]
    if session:
        parts.append(_as_text("  \n".join(session)))
    parts.append(f"# {_one_line(m.title)}")
    if m.held:
        parts.append(_as_text(escape(m.held)))
    if m.rapporteur:
        parts.append(f"*{escape(m.rapporteur_office)}:* {_as_text(escape(m.rapporteur))}")
    if m.addendum:  # a line of the title block, not a heading beside the chapters
        parts.append("**Addendum**")
    return parts


def heading_markdown(block: Heading | AnnexHeading) -> str:
    """Chapters and annexes ``##``, sections ``###``, subheadings ``####``."""
    level = 1 if isinstance(block, AnnexHeading) else max(block.level, 1)  # a part as a chapter
    return f"{'#' * (min(level, 4) + 1)} {_one_line(block.text)}"


def _one_line(text: str) -> str:
    """A heading's text: a heading is one line in Markdown (what follows a line break would be a paragraph)."""
    return escape(" ".join(text.splitlines()))


def _table(rows: list[tuple[str, ...]], header: tuple[str, ...] = ("", "")) -> list[str]:
    """A pipe table whose first column is padded, so that the others line up in the raw file too
    (the last is not: a long vote list would make every line as long as itself)."""
    rows = [tuple(" ".join(cell.split("\n")) for cell in row) for row in rows]  # a row is one line
    widths = [max(3, *(len(row[n]) for row in [header, *rows])) for n in range(len(header) - 1)]

    def line(row: tuple[str, ...]) -> str:
        cells = [f" {cell:<{width}} " for cell, width in zip(row, widths, strict=False)]
        return "|" + "|".join([*cells, f" {row[-1]} " if row[-1] else " "]) + "|"

    lines = [line(header), "|" + "|".join([*(f" {'-' * width} " for width in widths), " --- "]) + "|"]
    return ["\n".join([*lines, *(line(row) for row in rows)])]


def list_markdown(run: list[Subparagraph]) -> list[str]:
    """A run of subparagraphs of one kind, as Markdown blocks."""
    kind = run[0].kind
    if kind in (ListKind.VOTE, ListKind.OFFICER):
        # No column headings in the report: an empty header row, which Markdown requires
        return _table([(escape(sub.label), inline_markdown(sub.content)) for sub in run])
    if kind is ListKind.DOCUMENT:
        cells = [(sub.label, *document_cells(sub.content)) for sub in run]
        return _table(
            [(escape(symbol), escape(item), inline_markdown(title)) for symbol, item, title in cells],
            ("Symbol", "Agenda item", "Title"),
        )
    if kind is ListKind.PARTICIPANT:  # a compact list, not a paragraph a name
        return ["\n".join(f"- {_as_text(_labelled(sub))}" for sub in run)]
    # Lettered subparagraphs and the agenda: "(a)", and "1." escaped so that it is not a list
    return [_as_text(_labelled(sub)) for sub in run]


def _labelled(sub: Subparagraph) -> str:
    text = inline_markdown(sub.content)
    return f"{escape(sub.label)} {text}" if sub.label else text


def _runs(blocks: tuple[Block, ...]) -> list[Block | list[Subparagraph]]:
    """The blocks, with each run of subparagraphs of one kind gathered into a list."""
    out: list[Block | list[Subparagraph]] = []
    for block in blocks:
        last = out[-1] if out else None
        if isinstance(block, Subparagraph) and isinstance(last, list) and last[-1].kind is block.kind:
            last.append(block)
        else:
            out.append([block] if isinstance(block, Subparagraph) else block)
    return out


def _indented(text: str, indent: str) -> str:
    return "\n".join(indent + line if line else line for line in text.split("\n"))


def body_markdown(blocks: tuple[Block, ...]) -> list[str]:
    parts: list[str] = []
    under = ""  # the indent that puts a block inside the numbered paragraph before it
    for entry in _runs(blocks):
        if isinstance(entry, list):
            parts += [_indented(part, under) for part in list_markdown(entry)]
            continue
        under = ""
        if isinstance(entry, Heading) and entry.label:  # "Chapter II" over the title: a heading of its own
            parts.append(heading_markdown(Heading(entry.level, entry.label)))
        if isinstance(entry, Heading | AnnexHeading):
            parts.append(heading_markdown(entry))
        if isinstance(entry, Heading) and entry.under:  # "(Agenda item 9 (a))": a line under the heading
            parts.append(_as_text(escape(entry.under)))
        elif isinstance(entry, Paragraph):
            text = _as_text(inline_markdown(entry.content))
            if entry.number is None:
                parts.append(text)
            else:
                under = " " * len(entry.label)
                if not text.strip():  # "12." alone would end its list item before what is nested in it
                    text = "&nbsp;"
                first, _, rest = text.partition("\n")
                # Spaces after "12. " would move where the item's text starts, and the blocks nested
                # under it (indented to that text) would fall out of it; a reader drops them anyway.
                first = first.lstrip(" \t") or "&nbsp;"
                parts.append(entry.label + first + ("\n" + _indented(rest, under) if rest else ""))
    return parts


def export_markdown(doc: ReportDocument) -> str:
    parts = masthead_markdown(doc) + body_markdown(doc.blocks)
    if doc.footnotes:
        parts.append("---")
        parts.extend(f"[^{f.number}]: {_as_text(inline_markdown(f.content))}" for f in doc.footnotes)
    return "\n\n".join(parts) + "\n"
