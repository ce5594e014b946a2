"""The Word file is one an editor keeps: each kind of block in a named style of its own, chapters
and sections on Word's outline levels, the symbol over pages 2 and after and "2/4" under them,
en-GB, the report's own properties, each annex on a new page, the participants in columns and the
documents under column headings. Read from the file itself (python-docx and its XML parts)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as WordParagraph
from hypothesis import given, settings
from hypothesis import strategies as st

from unreport_tui import cli
from unreport_tui.core.rendered import (
    AnnexHeading,
    Footnote,
    FootnoteRef,
    Heading,
    ListKind,
    Masthead,
    Paragraph,
    ReportDocument,
    Run,
    Subparagraph,
    document_cells,
    document_line,
    plain_text,
)
from unreport_tui.core.session_file.session import load_session_file, parse_session
from unreport_tui.exporters import export_session
from unreport_tui.exporters.word import export_docx

from .hypothesis_budget import examples
from .word_text import word_lines

EVERY_KIND = export_session(load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml"), "docx")
ACTION = export_session(parse_session(cli.demo_session_text("action")), "docx")
assert isinstance(EVERY_KIND, bytes) and isinstance(ACTION, bytes)


def _part(docx: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read(name).decode()


def _paragraphs(docx: bytes) -> list[WordParagraph]:
    """Every paragraph of the body, those in tables included, in order."""
    paragraphs: list[WordParagraph] = []
    for block in Document(io.BytesIO(docx)).iter_inner_content():
        if isinstance(block, Table):
            paragraphs.extend(p for row in block.rows for cell in row.cells for p in cell.paragraphs)
        else:
            paragraphs.append(block)
    return paragraphs


def _style_of(docx: bytes, starts: str) -> str:
    return next(p.style.name for p in _paragraphs(docx) if p.text.startswith(starts))


def _resolved(style, attribute: str):
    """A paragraph format's value as the style and those it is based on give it."""
    while style is not None:
        value = getattr(style.paragraph_format, attribute)
        if value is not None:
            return value
        style = style.base_style
    return None


def test_each_kind_of_block_has_its_own_named_style():
    expected = {
        "United Nations": "UN Masthead Organization",
        "E/CN.15/2023/L.1/Add.3": "UN Masthead Symbol",
        "Commission on Crime Prevention": "UN Masthead Body",
        "Distr.: Limited": "UN Masthead Distribution",
        "Thirty-second session": "UN Masthead Session",
        "Draft report": "UN Masthead Title",
        "Rapporteur:": "UN Masthead Rapporteur",
        "III.\tThematic discussion": "UN Chapter",
        "A.\tOpening and duration": "UN Section",
        "Deliberations": "UN Subheading",
        "1.\tAt its 1st and 2nd meetings": "UN Paragraph",
        "[To be completed]": "UN Unnumbered Paragraph",
        "(a)\tIn operative paragraph 1": "UN Subparagraph",
        "In favour:\t": "UN List",
        "Chair:\t": "UN List",
        "Annex I": "UN Annex Heading",
        "List of participants": "UN Annex Title",
        "States members": "UN Participant Group",
        "Japan": "UN Participant",
        "Symbol": "UN Table Heading",
        "E/CN.15/2023/4": "UN Table Text",
    }
    for starts, style in expected.items():
        assert _style_of(EVERY_KIND, starts) == style, starts
    notes = _part(EVERY_KIND, "word/footnotes.xml")
    word = Document(io.BytesIO(EVERY_KIND))
    note_style = word.styles["footnote text"].style_id
    reference_style = word.styles["footnote reference"].style_id
    assert notes.count(f'<w:pStyle w:val="{note_style}"/>') == notes.count("<w:footnote ")
    body = _part(EVERY_KIND, "word/document.xml")
    assert re.search(rf'<w:rStyle w:val="{reference_style}"/></w:rPr><w:footnoteReference', body)


def test_the_look_is_on_the_styles_not_on_the_text():
    """No run carries a font, a size or bold of its own: an editor restyles a level at once.
    Italics typed in a note stay on their words."""
    body = _part(EVERY_KIND, "word/document.xml")
    for properties in re.findall(r"<w:rPr>(.*?)</w:rPr>", body):
        assert re.fullmatch(r"(<w:rStyle [^>]*/>|<w:i/>)*", properties), properties
    word = Document(io.BytesIO(EVERY_KIND))
    for style in word.styles:
        if style.name.startswith("UN ") and style.name != "UN Body Text":
            chain = []
            while style is not None:
                chain.append(style.name)
                style = style.base_style
            assert "UN Body Text" in chain, chain


def test_chapters_and_sections_are_outline_levels_and_chapters_are_larger():
    word = Document(io.BytesIO(EVERY_KIND))

    def outline(name: str) -> str | None:
        level = word.styles[name].element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        return None if level is None else level.get(qn("w:val"))

    assert (outline("UN Chapter"), outline("UN Section"), outline("UN Subheading")) == ("0", "1", "2")
    assert outline("UN Annex Heading") == "0" and outline("UN Annex Title") == "1"
    sizes = [word.styles[name].font.size.pt for name in ("UN Chapter", "UN Section", "UN Body Text")]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 3, sizes


def test_a_wrapped_heading_hangs_after_its_numeral():
    word = Document(io.BytesIO(EVERY_KIND))
    for name in ("UN Chapter", "UN Section"):
        form = word.styles[name].paragraph_format
        numeral_at = form.left_indent + form.first_line_indent
        assert form.first_line_indent < 0 and numeral_at >= 0, name  # the first line starts left of the text
        assert [stop.position for stop in form.tab_stops] == [form.left_indent], name  # the tab after the numeral
    assert "III.\tThematic discussion" in [p.text for p in word.paragraphs]


def test_single_line_spacing_and_lists_justified_like_paragraphs():
    styles = _part(EVERY_KIND, "word/styles.xml")
    defaults = re.search(r"<w:docDefaults>.*</w:docDefaults>", styles, re.DOTALL)
    assert defaults and 'w:line="240" w:lineRule="auto"' in defaults[0]
    word = Document(io.BytesIO(EVERY_KIND))
    assert word.styles["UN Body Text"].paragraph_format.line_spacing == 1.0
    for name in ("UN Paragraph", "UN Subparagraph", "UN List"):
        assert _resolved(word.styles[name], "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY, name


def test_the_symbol_heads_pages_two_and_after_and_the_footer_numbers_them_of_the_total():
    word = Document(io.BytesIO(EVERY_KIND))
    section = word.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == "" and section.first_page_footer.paragraphs[0].text == ""
    assert section.header.paragraphs[0].text == "E/CN.15/2023/L.1/Add.3"  # odd pages, at the right
    assert section.even_page_header.paragraphs[0].text == "E/CN.15/2023/L.1/Add.3"  # even pages, at the left
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert section.even_page_header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert word.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        xml = footer._element.xml
        assert re.search(r'w:instr=" PAGE ".*</w:fldSimple>.*<w:t>/</w:t>.*w:instr=" NUMPAGES "', xml, re.DOTALL)


def test_the_language_is_british_english_and_the_spelling_is_not_marked_checked():
    styles = _part(EVERY_KIND, "word/styles.xml")
    defaults = re.search(r"<w:docDefaults>.*</w:docDefaults>", styles, re.DOTALL)
    assert defaults and '<w:lang w:val="en-GB"' in defaults[0]
    assert "en-US" not in defaults[0]
    body_text = re.search(r'<w:style [^>]*w:styleId="UNBodyText".*?</w:style>', styles, re.DOTALL)
    assert body_text and '<w:lang w:val="en-GB"' in body_text[0]
    assert "proofState" not in _part(EVERY_KIND, "word/settings.xml")
    assert Document(io.BytesIO(EVERY_KIND)).core_properties.language == "en-GB"


def test_the_properties_are_the_reports_and_nothing_is_left_from_the_library():
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    out = export_session(parse_session(cli.demo_session_text()), "docx")
    assert isinstance(out, bytes)
    properties = Document(io.BytesIO(out)).core_properties
    assert properties.title == "CTOC/COP/2010/L.1/Add.2: Draft report, Addendum"
    assert properties.subject == (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime, Fifth session"
    )
    assert properties.author == "" and properties.last_modified_by == "" and properties.comments == ""
    for moment in (properties.created, properties.modified):
        assert before <= moment.replace(tzinfo=dt.UTC) <= dt.datetime.now(dt.UTC)
    with zipfile.ZipFile(io.BytesIO(out)) as package:
        everything = "".join(
            package.read(name).decode("utf-8", "replace") for name in package.namelist() if name.startswith("docProps/")
        )
        assert not any(
            name.endswith(".jpeg") or name.startswith("customXml/") or "stylesWithEffects" in name for name in package.namelist()
        )  # the template's thumbnail, bibliography, second style sheet
    for left_over in ("python-docx", "2013-12-23", "Microsoft Macintosh Word"):
        assert left_over not in everything, left_over


def test_each_annex_starts_on_a_new_page():
    word = Document(io.BytesIO(ACTION))
    annexes = [p for p in word.paragraphs if p.text.startswith("Annex ")]
    assert [p.text for p in annexes] == ["Annex I", "Annex II"]
    assert all(p.style.name == "UN Annex Heading" for p in annexes)
    assert word.styles["UN Annex Heading"].paragraph_format.page_break_before
    others = [p for p in word.paragraphs if not p.text.startswith("Annex ")]
    assert not any(_resolved(p.style, "page_break_before") for p in others)


def test_the_participants_are_set_in_columns_not_one_name_a_line():
    word = Document(io.BytesIO(ACTION))
    states = next(t for t in word.tables if t.cell(0, 0).text == "Algeria")
    assert len(states.columns) == 3 and len(states.rows) == 8  # 22 States members, down then across
    assert [states.cell(row, 0).text for row in range(3)] == ["Algeria", "Bolivia (Plurinational State of)", "Botswana"]
    assert states.cell(0, 1).text == "El Salvador"
    lines = word_lines(ACTION)
    assert "Holy See Israel State of Palestine United States of America" not in lines  # a short group: one row
    assert "Holy See State of Palestine" in lines


def test_the_documents_annex_is_a_table_under_column_headings():
    word = Document(io.BytesIO(ACTION))
    table = word.tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Symbol", "Agenda item", "Title"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated over each page
    assert [c.text for c in table.rows[1].cells] == [
        "E/CN.6/2007/1",
        "2",
        "Provisional agenda, annotations and proposed organization of work",
    ]
    assert len(table.rows) == 4


def test_the_masthead_has_its_rules_and_the_bodys_name_at_the_left():
    word = Document(io.BytesIO(EVERY_KIND))
    masthead = word.tables[0]
    top = [c.text for c in masthead.rows[0].cells]
    assert top[0] == "United Nations" and top[-1] == "E/CN.15/2023/L.1/Add.3"
    second = [c.text for c in masthead.rows[1].cells]
    assert second[0] == "Commission on Crime Prevention and Criminal Justice"
    assert second[-1] == "Distr.: Limited\n25 May 2023\nOriginal: English"
    rules = re.findall(r'<w:bottom w:val="single" w:sz="(\d+)"', masthead._tbl.xml)
    assert set(rules) == {"4", "18"}  # a thin rule under the symbol, a thick one under the body's name


def test_footnotes_are_indented_with_a_superscript_number():
    word = Document(io.BytesIO(EVERY_KIND))
    note = word.styles["footnote text"].paragraph_format
    assert note.left_indent > 0 and note.first_line_indent < 0
    assert word.styles["footnote reference"].font.superscript
    assert "<w:footnoteRef/></w:r><w:r><w:tab/></w:r>" in _part(EVERY_KIND, "word/footnotes.xml")


# Not codec="utf-8": the same characters (utf-8 leaves out only the surrogates), and Hypothesis finds a
# codec's characters by encoding all 1.1 million, 2 s in each worker of a fresh clone.
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
_CONTENT = st.lists(st.one_of(st.builds(Run, _TEXT, st.booleans()), st.just(FootnoteRef(1))), max_size=4).map(tuple)
_BLOCK = st.one_of(
    st.builds(Heading, st.integers(1, 3), _TEXT),
    st.builds(AnnexHeading, _TEXT),
    st.builds(Paragraph, st.one_of(st.none(), st.integers(1, 200)), _CONTENT),
    st.builds(
        Subparagraph, st.sampled_from(["", "(a)", "In favour:", "E/CN.6/2007/1", "1."]), _CONTENT, kind=st.sampled_from(ListKind)
    ),
)
_MASTHEAD = st.builds(Masthead, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, st.booleans())


@settings(max_examples=examples(40), deadline=None)
@given(st.one_of(st.none(), _MASTHEAD), st.lists(_BLOCK, max_size=12))
def test_any_report_exports_to_a_file_whose_every_paragraph_has_a_named_style(masthead, blocks):
    out = export_docx(ReportDocument(masthead, tuple(blocks), (Footnote(1, (Run("A note."),)),)))
    word = Document(io.BytesIO(out))
    normal = word.styles["Normal"].style_id
    for name in ("word/document.xml", "word/footnotes.xml"):
        xml = _part(out, name)
        paragraphs = re.findall(r"<w:p(?: [^>]*)?>(.*?)</w:p>", xml, re.DOTALL)
        for paragraph in paragraphs:
            style = re.match(r'<w:pPr><w:pStyle w:val="([^"]+)"/>', paragraph)
            assert style and style[1] != normal, (name, paragraph[:200])


@pytest.mark.skipif(
    shutil.which("libreoffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and pdftotext are not both installed here",
)
def test_printed_the_pages_after_the_first_carry_the_symbol_and_their_number_of_the_total(tmp_path):
    source = tmp_path / "draft.docx"
    source.write_bytes(ACTION)
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "draft.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = [page.split("\n") for page in text.split("\f") if page.strip()]
    assert len(pages) == 4
    first = [line.strip() for line in pages[0] if line.strip()]
    assert first[0].startswith("United Nations") and first[0].endswith("E/CN.6/2007/L.6")
    assert not any(re.fullmatch(r"\d+/\d+", line) for line in first)  # no number on page 1
    for number, page in enumerate(pages[1:], start=2):
        lines = [line.strip() for line in page if line.strip()]
        assert lines[0] == "E/CN.6/2007/L.6" and lines[-1] == f"{number}/4", (number, lines[0], lines[-1])
    for page, annex in ((pages[2], "Annex I"), (pages[3], "Annex II")):  # each annex at the top of its page
        assert [line.strip() for line in page if line.strip()][1] == annex


def test_a_document_of_a_sub_item_has_its_item_in_its_column_and_a_title_of_no_item_stays_whole():
    doc = ReportDocument(
        None,
        (
            Subparagraph("A/1", document_line("", "Item 4: a title of no item"), kind=ListKind.DOCUMENT),
            Subparagraph("A/2", document_line("2 (b)", "Item 3: said so"), kind=ListKind.DOCUMENT),
        ),
    )
    table = Document(io.BytesIO(export_docx(doc))).tables[-1]
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == [
        ["A/1", "", "Item 4: a title of no item"],
        ["A/2", "2 (b)", "Item 3: said so"],
    ]


@given(st.text(st.characters(blacklist_categories=["Cs"]), min_size=1), st.text(st.characters(blacklist_categories=["Cs"])))
def test_a_document_line_gives_back_its_item_and_title(number, title):
    item, rest = document_cells(document_line(number, title))
    assert (item, plain_text(rest)) == (number, title)
