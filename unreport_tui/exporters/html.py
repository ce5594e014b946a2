"""One self-contained HTML file: the draft laid out as a UN document page, print-ready on A4
(inline CSS, no fonts or scripts fetched from anywhere), footnotes linked both ways.

Printed, it is paged as the secretariat's documents are: page numbers "2/4", the symbol at the
top of every page but the first, a heading never alone at the foot of a page, each annex on a
page of its own. Every indent is a step of one grid (``--hang``), so that headings, paragraphs,
subparagraphs and lists line up with one another.

Everything the note-taker typed is escaped: a speaker named ``<script>`` is text on the page."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from html import escape

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
    label_columns,
    visit,
)

STYLE = """
:root { font-size: 10pt;
        /* The one grid: a number or label stands in a box of this width, and what it numbers hangs after it.
           Wide enough for "100." and for a chapter's "VIII." in its larger type. */
        --hang: 1cm; --chapter-size: 14pt; --section-size: 12pt; }
body { font-family: "Times New Roman", Times, serif; font-size: 1rem; line-height: 1.25; max-width: 170mm;
       margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
@page { size: A4; margin: 20mm 20mm 22mm;
        @bottom-right { content: counter(page) "/" counter(pages); font: 9pt "Times New Roman", Times, serif; } }
@page :left { @bottom-left { content: counter(page) "/" counter(pages); font: 9pt "Times New Roman", Times, serif; }
              @bottom-right { content: none; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }  /* as a UN page 1: no number */
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; } }

/* The masthead: the symbol top right over a thick rule; the body's name large at the left, the
   distribution at the right; a thin rule; then the session, the title and the Rapporteur. */
.masthead { margin-bottom: 1.5em; }
.masthead .symbol { text-align: right; font-size: 14pt; border-bottom: 3px solid #000; padding-bottom: 0.2em;
                    margin: 0; }
.masthead .issuing { display: flex; flex-wrap: wrap; justify-content: space-between; column-gap: 2em;
                     border-bottom: 1px solid #000; padding: 0.6em 0; }
.masthead h1.body { font-size: 14pt; font-weight: bold; margin: 0; max-width: 60%; }
.masthead .distribution { margin: 0; text-align: left; white-space: nowrap; }
.masthead .distribution p { margin: 0; }
.masthead .distribution p.original { margin-top: 0.8em; }
.masthead .session { margin: 0.6em 0 0; }
.masthead .session p { margin: 0; }
.masthead .session p:first-child { font-weight: bold; }
.masthead h1.title { font-size: var(--chapter-size); font-weight: bold; margin: 1.4em 0 0.4em var(--hang); }
.masthead p.rapporteur, .masthead p.addendum { margin: 0 0 0.4em var(--hang); }
.masthead p.addendum { font-size: var(--chapter-size); font-weight: bold; margin-top: 1em; }

/* Headings: a wrapped heading hangs after its numeral or letter; chapters larger than sections.
   None is left alone at the foot of a page, nor split across two. */
.chapter, .section, .subheading, h1.annex, h2.annex {
             font-weight: bold; font-size: 1rem; margin: 1.2em 0 0.6em;
             padding-left: var(--hang); text-indent: calc(0px - var(--hang));
             break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
.chapter, h1.annex, h2.annex { font-size: var(--chapter-size); }
.section { font-size: var(--section-size); }
.subheading { margin-left: var(--hang); }
.numeral { display: inline-block; min-width: var(--hang); text-indent: 0; white-space: pre; }
/* An annex begins on a page of its own, its title under "Annex I" */
section.annex { break-before: page; page-break-before: always; }
h1.annex, h2.annex { margin-top: 0; }
.annex + .section { margin-top: 0.4em; }

/* A number or label stands in a box of fixed width, the space after it inside: the text of the
   first line starts where the lines after it hang. */
p { orphans: 2; widows: 2; }
p.numbered { margin: 0 0 0.6em var(--hang); text-indent: calc(0px - var(--hang)); text-align: justify; }
p.numbered .number { display: inline-block; min-width: var(--hang); text-indent: 0; white-space: pre; }
p.plain { margin: 0 0 0.6em var(--hang); text-align: justify; }
p.sub { margin: 0 0 0.4em calc(2 * var(--hang)); text-indent: calc(0px - var(--hang)); text-align: justify;
        break-inside: avoid; page-break-inside: avoid; }
p.sub + p.numbered, p.sub + p.plain { margin-top: 0.6em; }
p.sub .label { display: inline-block; min-width: var(--hang); text-indent: 0; white-space: pre; }
/* "In favour:", "Against:", "Abstaining:" (and "Chair:", "Vice-Chairs:") line their lists up in a
   column as wide as the longest label, from the text's edge */
p.sub.column { margin-left: calc(var(--hang) + var(--label)); text-indent: calc(0px - var(--label)); text-align: left; }
p.sub.column .label { min-width: var(--label); }
/* A paragraph that introduces a list stays on the page of the list's first line (the list itself may break) */
p:not(.sub):has(+ p.sub), p:not(.sub):has(+ ol), p:not(.sub):has(+ ul), p:not(.sub):has(+ table) {
    break-after: avoid; page-break-after: avoid; }

/* The agenda: its own numbers (not paragraph numbers), sub-items under their item */
ol.agenda, ol.agenda ol { list-style: none; margin: 0 0 0.6em; padding: 0 0 0 calc(2 * var(--hang)); }
ol.agenda ol { margin: 0.3em 0 0; padding-left: var(--hang); }
ol.agenda li { text-indent: calc(0px - var(--hang)); margin-bottom: 0.3em; break-inside: avoid; page-break-inside: avoid; }
ol.agenda li li { margin-bottom: 0.2em; }
ol.agenda .label { display: inline-block; min-width: var(--hang); text-indent: 0; white-space: pre; }

/* The participants: names in columns, a name that wraps hanging */
ul.participants { list-style: none; columns: 3 13em; column-gap: 1.5em; margin: 0 0 0.8em; padding: 0 0 0 calc(2 * var(--hang)); }
ul.participants li { padding-left: 1em; text-indent: -1em; break-inside: avoid; page-break-inside: avoid; }

/* The documents: a table with its column headings, repeated on each page it runs over */
table.documents { border-collapse: collapse; margin: 0 0 0.8em var(--hang); width: calc(100% - var(--hang)); }
table.documents th { font-weight: normal; font-style: italic; text-align: left; white-space: nowrap;
                     border-bottom: 1px solid #000; padding: 0 1em 0.2em 0; }
table.documents td { vertical-align: top; padding: 0.3em 1em 0 0; }
table.documents td.symbol { white-space: nowrap; }
table.documents tr { break-inside: avoid; page-break-inside: avoid; }

/* The notes: a short rule, then each note with its number raised, the text on the grid */
.footnotes { margin-top: 2em; font-size: 9pt; }
.footnotes::before { content: ""; display: block; width: 30%; border-top: 1px solid #000; margin-bottom: 0.4em; }
.footnotes p { margin: 0 0 0.3em; padding-left: var(--hang); }
.footnotes p .mark { display: inline-block; width: var(--hang); margin-left: calc(0px - var(--hang)); text-align: right;
                     padding-right: 0.3em; box-sizing: border-box; }
sup { font-size: 75%; line-height: 0; vertical-align: baseline; position: relative; top: -0.45em; }
sup a, .mark a { text-decoration: none; }
/* Said to a screen reader, not printed: the page shows a rule over its notes, as the UN's do */
.unseen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* On a phone, justified lines would open gaps between the words */
@media screen and (max-width: 40em) { p.numbered, p.plain, p.sub { text-align: left; } }
"""

# "IV. Review …", "B. Protocol …": the chapter's numeral or the section's letter the core put first
_NUMBERED_HEADING = re.compile(r"((?:[IVXLCDM]+|[A-Z])\.) (.+)", re.DOTALL)
_HEADING_KINDS = {0: "part", 1: "chapter", 2: "section", 3: "subheading"}
# "Item 2 (b): Title", as the core writes a document's agenda item
# Lists of their own kind in HTML: each run of them is one element, not one element a line
_LISTS = (ListKind.AGENDA, ListKind.PARTICIPANT, ListKind.DOCUMENT)


def _inline(content: Sequence[Inline]) -> str:
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


def _css_string(text: str) -> str:
    """``text`` as a CSS string: every character but letters, digits and a few signs as an escape,
    so that no symbol can end the string or the style sheet."""
    return '"' + "".join(c if c.isalnum() or c in " ./-" else f"\\{ord(c):x} " for c in text) + '"'


def _page_style(symbol: str) -> str:
    """The symbol at the top of every page but the first, on the outer side, as UN documents have it."""
    if not symbol.strip():
        return ""
    quoted = _css_string(symbol.strip())
    font = 'font: 9pt "Times New Roman", Times, serif'
    return (
        f"@page :right {{ @top-right {{ content: {quoted}; {font}; }} }}\n"
        f"@page :left {{ @top-left {{ content: {quoted}; {font}; }} }}\n"
        "@page :first { @top-right { content: none; } @top-left { content: none; } }\n"
    )


class _HtmlBlocks:
    def __init__(self, doc: ReportDocument) -> None:
        # each subparagraph's label column, by the block itself: a visitor is given no index
        self.columns = {id(doc.blocks[n]): column for n, column in label_columns(doc.blocks).items()}
        self.annexes = 0
        # the level of a chapter's tag: under the masthead's h1s (the body, the title), else the top
        self.top = 2 if doc.masthead else 1
        self.depth = self.top - 1  # the level of the last heading's tag

    def heading(self, block: Heading) -> str:
        # The tag follows the outline (the title is the h1; a subheading straight under a chapter is
        # an h3, not an h4 with no h3 before it); the class says what kind of heading it is.
        level = max(block.level, 1)  # a part is tagged as a chapter is
        self.depth = min(self.top + min(level, 3) - 1, self.depth + 1)
        tag, kind = f"h{self.depth}", _HEADING_KINDS[min(block.level, 3)]
        numbered = _NUMBERED_HEADING.fullmatch(block.text) if 0 < block.level < 3 else None
        above = f'<span class="label">{escape(block.label)}</span><br>' if block.label else ""
        under = f'<br><span class="under">{escape(block.under)}</span>' if block.under else ""
        if numbered is None:
            return f'<{tag} class="{kind}">{above}{escape(block.text)}{under}</{tag}>'
        return (
            f'<{tag} class="{kind}">{above}<span class="numeral">{escape(numbered[1])} </span>'
            f"{escape(numbered[2])}{under}</{tag}>"
        )

    def annex_heading(self, block: AnnexHeading) -> str:
        self.annexes += 1
        self.depth = self.top
        return f'<h{self.top} class="annex" id="annex-{self.annexes}">{escape(block.text)}</h{self.top}>'

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
        return (
            f'<p class="sub column" style="--label: {width}"><span class="label">{escape(block.label)}\u2003</span>'
            f"{_inline(block.content)}</p>"
        )


def _agenda(lines: Sequence[Subparagraph]) -> str:
    """The agenda as an ordered list of its own: its numbers are the items', given as the core wrote
    them ("1.", "3 (a)"); the sub-items "(a)", "(b)" of an item in a list of their own under it."""
    items: list[tuple[Subparagraph, list[Subparagraph]]] = []
    for line in lines:
        if line.label.startswith("(") and items:
            items[-1][1].append(line)
        else:
            items.append((line, []))

    def entry(line: Subparagraph) -> str:
        return f'<span class="label">{escape(line.label)}\u2003</span>{_inline(line.content)}'

    out = ['<ol class="agenda">']
    for item, subs in items:
        number = item.label.rstrip(".")
        value = f' value="{number}"' if number.isdecimal() else ""
        nested = "".join(['\n<ol class="sub-items">', *(f"\n<li>{entry(sub)}</li>" for sub in subs), "\n</ol>"]) if subs else ""
        out.append(f"<li{value}>{entry(item)}{nested}</li>")
    out.append("</ol>")
    return "\n".join(out)


def _participants(names: Sequence[Subparagraph]) -> str:
    """The names of a list of participants, set in columns (a long list is not a page of one name a line)."""
    return "\n".join(['<ul class="participants">', *(f"<li>{_inline(name.content)}</li>" for name in names), "</ul>"])


def _documents(documents: Sequence[Subparagraph]) -> str:
    """The documents before the session, a table with its column headings."""
    rows = []
    for document in documents:
        item, title = document_cells(document.content)
        rows.append(
            f'<tr><td class="symbol">{escape(document.label)}</td> <td class="item">{escape(item)}</td> '
            f"<td>{_inline(title)}</td></tr>"
        )
    return "\n".join(
        [
            '<table class="documents">',
            '<thead><tr><th scope="col">Symbol</th> <th scope="col">Agenda item</th> <th scope="col">Title</th></tr></thead>',
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
        ]
    )


def _runs(blocks: Sequence[Block]) -> Iterator[tuple[ListKind | None, list[Block]]]:
    """The blocks in order, each run of an agenda, a list of participants or of documents together."""
    run: list[Block] = []
    kind: ListKind | None = None
    for block in blocks:
        this = block.kind if isinstance(block, Subparagraph) and block.kind in _LISTS else None
        if run and (this is None or this != kind):
            yield kind, run
            run = []
        if this is None:
            yield None, [block]
        else:
            kind = this
            run.append(block)
    if run:
        yield kind, run


def _notes(doc: ReportDocument) -> str:
    if not doc.footnotes:
        return ""
    notes = [
        f'<p id="note-{f.number}"><span class="mark"><a href="#ref-{f.number}"><sup>{f.number}</sup></a> </span>'
        f"{_inline(f.content)}</p>"
        for f in doc.footnotes
    ]
    return "\n".join(
        ['<section class="footnotes" aria-labelledby="notes">', '<h2 class="unseen" id="notes">Notes</h2>', *notes, "</section>"]
    )


def _body(doc: ReportDocument) -> list[str]:
    """The blocks, each annex a section of its own (a new page when printed); the notes of the
    report after its text, before the annexes."""
    blocks = _HtmlBlocks(doc)
    out: list[str] = []
    in_annex = notes_placed = False
    for kind, run in _runs(doc.blocks):
        block = run[0]
        ends_annex = isinstance(block, AnnexHeading) or (isinstance(block, Heading) and block.level == 1)
        if in_annex and ends_annex:
            out.append("</section>")
            in_annex = False
        if isinstance(block, AnnexHeading):
            if not notes_placed:
                out.append(_notes(doc))
                notes_placed = True
            out.append(f'<section class="annex" aria-labelledby="annex-{blocks.annexes + 1}">')
            in_annex = True
        subparagraphs = [b for b in run if isinstance(b, Subparagraph)]
        if kind is ListKind.AGENDA:
            out.append(_agenda(subparagraphs))
        elif kind is ListKind.PARTICIPANT:
            out.append(_participants(subparagraphs))
        elif kind is ListKind.DOCUMENT:
            out.append(_documents(subparagraphs))
        else:
            out.append(visit(block, blocks))
    if in_annex:
        out.append("</section>")
    if not notes_placed:
        out.append(_notes(doc))
    return out


def _masthead(doc: ReportDocument) -> str:
    m = doc.masthead
    if m is None:
        return ""
    parts = ['<header class="masthead">']
    if m.symbol:
        parts.append(f'<p class="symbol">{escape(m.symbol)}</p>')
    distribution = [f"<p>{escape(line)}</p>" for line in (m.distribution, m.issued) if line]
    if m.original:
        distribution.append(f'<p class="original">{escape(m.original)}</p>')
    if m.organ or distribution:
        parts.append('<div class="issuing">')
        parts.append(f'<h1 class="body">{escape(m.organ)}</h1>' if m.organ else "<div></div>")
        if distribution:
            parts += ['<div class="distribution">', *distribution, "</div>"]
        parts.append("</div>")
    session = [f"<p>{escape(line)}</p>" for line in m.session_lines]
    if session:
        parts += ['<div class="session">', *session, "</div>"]
    parts.append(f'<h1 class="title">{escape(m.title)}</h1>')
    if m.held:
        parts.append(f'<p class="rapporteur held">{escape(m.held)}</p>')  # set as the rapporteur's line
    if m.rapporteur:
        parts.append(f'<p class="rapporteur">{escape(m.rapporteur_line)}</p>')
    if m.addendum:
        parts.append('<p class="addendum">Addendum</p>')
    parts.append("</header>")
    return "\n".join(parts)


def export_html(doc: ReportDocument) -> str:
    title = doc.masthead.symbol or doc.masthead.body if doc.masthead else ""
    style = STYLE + (_page_style(doc.masthead.symbol) if doc.masthead else "")
    body = [_masthead(doc), *_body(doc)]
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title or 'Draft report')}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )
