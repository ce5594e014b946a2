"""Markdown (CommonMark with footnotes), laid out like the reference draft.

Everything the note-taker typed is escaped, so that "*", "_", "<" or "[" in a note print as
themselves instead of becoming Markdown or HTML.
"""

from __future__ import annotations

import re

from ..core.rendered import AnnexHeading, FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph, visit

_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|#])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


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
    if m.symbol:
        parts.append(escape(m.symbol))
    if m.body:
        parts.append(f"# {escape(m.body)}")
    parts.append("  \n".join(escape(x) for x in (m.distribution, m.issued) if x))
    if m.original:
        parts.append(escape(m.original))
    parts.append("---")
    if m.session_title:
        parts.append(f"## {escape(m.session_title)}")
    if m.venue_dates:
        parts.append(escape(m.venue_dates))
    parts.append(f"### {m.title}")
    if m.rapporteur:
        parts.append(f"*Rapporteur:* {escape(m.rapporteur)}")
    if m.addendum:
        parts.append("### Addendum")
    return parts


class _MarkdownBlocks:
    def heading(self, block: Heading) -> str:
        return f"{'#' * (block.level + 1)} {escape(block.text)}"

    def annex_heading(self, block: AnnexHeading) -> str:
        return f"## {escape(block.text)}"

    def paragraph(self, block: Paragraph) -> str:
        return block.label + inline_markdown(block.content)

    def subparagraph(self, block: Subparagraph) -> str:
        return f"{block.label} {inline_markdown(block.content)}"


def export_markdown(doc: ReportDocument) -> str:
    parts = masthead_markdown(doc)
    parts += [visit(block, _MarkdownBlocks()) for block in doc.blocks]
    if doc.footnotes:
        parts.append("---")
        parts.extend(f"[^{f.number}]: {inline_markdown(f.content)}" for f in doc.footnotes)
    return "\n\n".join(parts) + "\n"
