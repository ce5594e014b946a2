"""The named styles of the Word file: the look of each kind of block is on its style, so that an
editor restyles a level at once, and a paragraph pasted from another document takes the look of
the style it is given.

The styles build on each other: "UN Body Text" holds the font, the language and the single line
spacing; headings, lists, the masthead and the tables are based on it. The chapter, section and
subheading styles carry Word's outline levels 1 to 3 (the annex heading level 1), so that the
Navigation Pane shows the report's outline and a table of contents can be built from it. The
footnote styles are Word's own built-in ones ("footnote text", "footnote reference"), so that a
footnote an editor adds looks like the others."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.styles import styleId_from_name
from docx.shared import Mm, Pt

FONT = "Times New Roman"
LANGUAGE = "en-GB"  # UN spelling: "favour", "programme"; Word's speller checks against it
HANG = Mm(10)  # numbered paragraphs: the number stands in this margin, the text hangs from it
TEXT_WIDTH = Mm(160)  # A4 less margins of 25 mm

BODY = "UN Body Text"
MASTHEAD = "UN Masthead"
MASTHEAD_ORGANIZATION = "UN Masthead Organization"  # "United Nations", top left
MASTHEAD_SYMBOL = "UN Masthead Symbol"
MASTHEAD_BODY = "UN Masthead Body"  # the body's name, large, at the left
MASTHEAD_DISTRIBUTION = "UN Masthead Distribution"  # "Distr.: Limited", the date, "Original: English"
MASTHEAD_SESSION = "UN Masthead Session"  # "Fifty-first session", the venue and dates
MASTHEAD_TITLE = "UN Masthead Title"  # "Draft report", "Addendum"
MASTHEAD_RAPPORTEUR = "UN Masthead Rapporteur"
HEADING = "UN Heading"
CHAPTER = "UN Chapter"
SECTION = "UN Section"
SUBHEADING = "UN Subheading"
ANNEX_HEADING = "UN Annex Heading"
ANNEX_TITLE = "UN Annex Title"  # "List of participants", under "Annex I"
PARTICIPANT_GROUP = "UN Participant Group"  # "States members", over its names in the list of participants
PARAGRAPH = "UN Paragraph"
UNNUMBERED = "UN Unnumbered Paragraph"  # "[To be completed]": where a numbered paragraph's text stands
SUBPARAGRAPH = "UN Subparagraph"  # (a), (b) under their paragraph
LIST = "UN List"  # "In favour:", "Chair:", the agenda's "1.": a label column, then the text
PARTICIPANT = "UN Participant"  # one name, in a column of the list of participants
TABLE_HEADING = "UN Table Heading"
TABLE_TEXT = "UN Table Text"
RUNNING_HEADER = "UN Running Header"  # the symbol, on pages 2 and after
RUNNING_FOOTER = "UN Running Footer"  # "2/4"
FOOTNOTE_TEXT = "footnote text"
FOOTNOTE_REFERENCE = "footnote reference"


def define_styles(word: Any) -> None:
    """The document's defaults (font, size, en-GB, single spacing) and every style the exporter uses."""
    _defaults(word)
    styles = word.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)

    def paragraph(
        name: str,
        base: str,
        *,
        size: float | None = None,
        bold: bool | None = None,
        italic: bool | None = None,
        before: float | None = None,
        after: float | None = None,
        align: WD_ALIGN_PARAGRAPH | None = None,
        left: int = 0,
        hang: int = 0,
        keep_with_next: bool = False,
        outline: int | None = None,
        builtin: bool = False,
    ) -> Any:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=builtin)
        style.base_style = styles[base]
        style.quick_style = True
        font = style.font
        if size is not None:
            font.size = Pt(size)
        font.bold, font.italic = bold, italic
        form = style.paragraph_format
        if before is not None:
            form.space_before = Pt(before)
        if after is not None:
            form.space_after = Pt(after)
        if align is not None:
            form.alignment = align
        if left or hang:
            form.left_indent, form.first_line_indent = left, -hang
        if hang:
            form.tab_stops.add_tab_stop(left)
        if keep_with_next:
            form.keep_with_next = form.keep_together = True
        if outline is not None:
            _outline_level(style, outline)
        return style

    body = paragraph(BODY, "Normal", size=10, after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    body.font.name = FONT
    body.paragraph_format.line_spacing = 1.0
    body.paragraph_format.widow_control = True
    _language(body)

    paragraph(MASTHEAD, BODY, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    paragraph(MASTHEAD_ORGANIZATION, MASTHEAD, size=12)
    paragraph(MASTHEAD_SYMBOL, MASTHEAD, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    paragraph(MASTHEAD_BODY, MASTHEAD, size=16, bold=True, before=3, after=3)
    paragraph(MASTHEAD_DISTRIBUTION, MASTHEAD)
    paragraph(MASTHEAD_SESSION, MASTHEAD, bold=True)
    paragraph(MASTHEAD_TITLE, MASTHEAD, size=14, bold=True, before=12, after=6, keep_with_next=True)
    paragraph(MASTHEAD_RAPPORTEUR, MASTHEAD, after=12)

    # A heading's numeral ("III.", "A.") stands before a tab, and a wrapped line hangs after it.
    paragraph(HEADING, BODY, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, keep_with_next=True)
    paragraph(CHAPTER, HEADING, size=14, before=12, after=12, hang=HANG, left=HANG, outline=0)
    paragraph(SECTION, HEADING, size=12, before=6, after=6, left=2 * HANG, hang=HANG, outline=1)
    paragraph(SUBHEADING, HEADING, before=3, after=6, left=HANG, outline=2)
    annex = paragraph(ANNEX_HEADING, HEADING, size=14, after=12, outline=0)
    annex.paragraph_format.page_break_before = True
    paragraph(ANNEX_TITLE, HEADING, size=14, after=12, left=HANG, outline=1)
    paragraph(PARTICIPANT_GROUP, HEADING, before=6, after=3, left=HANG, outline=2)

    paragraph(PARAGRAPH, BODY, left=HANG, hang=HANG)
    paragraph(UNNUMBERED, BODY, left=HANG)
    paragraph(SUBPARAGRAPH, BODY, left=2 * HANG, hang=HANG)
    paragraph(LIST, BODY, left=2 * HANG, hang=HANG)
    paragraph(PARTICIPANT, BODY, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, left=Mm(4), hang=Mm(4))
    paragraph(TABLE_HEADING, BODY, size=9, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=2, after=4)
    paragraph(TABLE_TEXT, BODY, align=WD_ALIGN_PARAGRAPH.LEFT, before=2, after=2)

    header = paragraph(RUNNING_HEADER, BODY, size=9, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=12)
    _border(header, "bottom", 4)
    paragraph(RUNNING_FOOTER, BODY, size=9, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)

    paragraph(FOOTNOTE_TEXT, BODY, size=9, align=WD_ALIGN_PARAGRAPH.LEFT, after=2, left=HANG, hang=Mm(4), builtin=True)
    reference = styles.add_style(FOOTNOTE_REFERENCE, WD_STYLE_TYPE.CHARACTER, builtin=True)
    reference.base_style = styles["Default Paragraph Font"]
    reference.font.superscript = True


def style_id(name: str) -> str:
    """The id python-docx gave the style of that name when it was defined ("UN Body Text":
    "UNBodyText")."""
    return str(styleId_from_name(name))  # type: ignore[no-untyped-call]  # python-docx has no annotation here


def styled(paragraph: Any, name: str) -> Any:
    """``paragraph`` in the style ``name``. Set by its id: python-docx looks a style up by its
    name through the whole style sheet, every time (most of the export's time)."""
    paragraph._p.style = style_id(name)
    return paragraph


def _defaults(word: Any) -> None:
    """Times New Roman 10 pt, en-GB, single spacing and no space after, for everything, whatever
    its style (the library's template had Calibri, en-US and 1.15 lines)."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        word.styles.element.remove(defaults)
    word.styles.element.insert(
        0,
        parse_xml(
            f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>"
            f'<w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
            f'<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )


def _language(style: Any) -> None:
    rpr = style.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}"/>'))


def _outline_level(style: Any, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))
    _order(ppr)


def _border(style: Any, side: str, eighths: int) -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{eighths}" w:space="1" w:color="auto"/></w:pBdr>')
    )
    _order(ppr)


# The order the schema gives the children of a paragraph's properties: Word refuses others.
_PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)


def _order(ppr: Any) -> None:
    children = sorted(ppr, key=lambda child: _PPR_ORDER.index(child.tag.split("}")[1]))
    for child in children:
        ppr.append(child)
