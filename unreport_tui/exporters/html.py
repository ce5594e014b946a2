"""One self-contained HTML file: the draft laid out as a UN document page, print-ready on A4
(inline CSS, no fonts or scripts fetched from anywhere), footnotes linked both ways.

Everything the note-taker typed is escaped: a speaker named ``<script>`` is text on the page."""

from __future__ import annotations

from html import escape

from ..core.rendered import (AnnexHeading, FootnoteRef, Heading, Inline, Paragraph, ReportDocument, Subparagraph, label_columns,
                             visit)

STYLE = """
@page { size: A4; margin: 25mm 20mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 10pt; line-height: 1.25; max-width: 165mm;
       margin: 2em auto; color: #000; }
.masthead { border-bottom: 1px solid #000; margin-bottom: 1.5em; overflow: hidden; }
.masthead .symbol { float: right; text-align: right; font-size: 11pt; }
.masthead .symbol div { font-size: 10pt; }
.masthead .body { font-size: 14pt; font-weight: bold; margin: 0.2em 0; }
.title { font-size: 14pt; font-weight: bold; margin-top: 1em; }
h1, h2, h3 { font-size: 10pt; font-weight: bold; margin: 1.2em 0 0.6em; }
h1 { margin-left: 0; } h2 { margin-left: 1em; } h3 { margin-left: 2em; font-style: italic; }
/* A number or label stands in a box of fixed width, the space after it inside: the text of the
   first line starts where the lines after it hang. */
p.numbered { margin: 0 0 0.6em 2.5em; text-indent: -2.5em; text-align: justify; }
p.numbered .number { display: inline-block; width: 2.5em; text-indent: 0; white-space: pre; }
p.plain { margin: 0 0 0.6em 2.5em; }
p.sub { margin: 0 0 0.4em 4.5em; text-indent: -2em; }
p.sub .label { display: inline-block; width: 2em; text-indent: 0; white-space: pre; }
p.sub.column { margin-left: calc(2.5em + var(--label)); text-indent: calc(0em - var(--label)); }
p.sub.column .label { width: var(--label); }
.footnotes { border-top: 1px solid #000; width: 30%; margin-top: 2em; padding-top: 0.4em; font-size: 9pt; }
.footnotes p { width: 165mm; margin: 0 0 0.3em; }
sup a { text-decoration: none; }
"""


def _inline(content: tuple[Inline, ...]) -> str:
    out = []
    for piece in content:
        if isinstance(piece, FootnoteRef):
            n = piece.number
            out.append(f'<sup id="ref-{n}"><a href="#note-{n}">{n}</a></sup>')
        elif piece.italic and piece.text.strip():
            out.append(f"<i>{escape(piece.text)}</i>")
        else:
            out.append(escape(piece.text))
    return "".join(out)


class _HtmlBlocks:
    def __init__(self, doc: ReportDocument) -> None:
        # each subparagraph's label column, by the block itself: a visitor is given no index
        self.columns = {id(doc.blocks[n]): column for n, column in label_columns(doc.blocks).items()}

    def heading(self, block: Heading) -> str:
        level = min(block.level, 3)
        return f"<h{level}>{escape(block.text)}</h{level}>"

    def annex_heading(self, block: AnnexHeading) -> str:
        return f"<h1>{escape(block.text)}</h1>"

    def paragraph(self, block: Paragraph) -> str:
        if block.number is None:
            return f'<p class="plain">{_inline(block.content)}</p>'
        # An em space, not a collapsible one: "12. " stays apart from its text in every reader and when copied.
        return f'<p class="numbered"><span class="number">{block.number}.\u2003</span>{_inline(block.content)}</p>'

    def subparagraph(self, block: Subparagraph) -> str:
        characters, in_column = self.columns.get(id(block), (0, bool(block.label)))
        if characters <= 4 or not in_column:  # "(a)": the narrow column; a list of names: none
            label = f"{escape(block.label)}\u2003" if block.label else ""
            return f'<p class="sub"><span class="label">{label}</span>{_inline(block.content)}</p>'
        # "In favour:", "Against:", "Abstaining:" line their lists up in a column as wide as the longest
        width = f"{characters * 0.5 + 1:.1f}em"
        return (f'<p class="sub column" style="--label: {width}"><span class="label">{escape(block.label)}\u2003</span>'
                f'{_inline(block.content)}</p>')


def _masthead(doc: ReportDocument) -> str:
    m = doc.masthead
    if m is None:
        return ""
    stacked = "".join(f"<div>{escape(line)}</div>" for line in (m.distribution, m.issued, m.original) if line)
    parts = ['<header class="masthead">']
    if m.symbol or stacked:
        parts.append(f'<div class="symbol">{escape(m.symbol)}{stacked}</div>')
    if m.body:
        parts.append(f'<div class="body">{escape(m.body)}</div>')
    parts += [f"<div>{escape(line)}</div>" for line in (m.session_title, m.venue_dates) if line]
    parts.append(f'<div class="title">{escape(m.title)}</div>')
    if m.rapporteur:
        parts.append(f"<div>Rapporteur: {escape(m.rapporteur)}</div>")
    if m.addendum:
        parts.append('<div class="title">Addendum</div>')
    parts.append("</header>")
    return "\n".join(parts)


def export_html(doc: ReportDocument) -> str:
    title = doc.masthead.symbol or doc.masthead.body if doc.masthead else ""
    blocks = _HtmlBlocks(doc)
    body = [_masthead(doc)] + [visit(block, blocks) for block in doc.blocks]
    if doc.footnotes:
        notes = [f'<p id="note-{f.number}"><a href="#ref-{f.number}">{f.number}</a> {_inline(f.content)}</p>'
                 for f in doc.footnotes]
        body.append('<section class="footnotes">' + "\n".join(notes) + "</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(title or 'Draft report')}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(part for part in body if part) + "\n</body>\n</html>\n")
