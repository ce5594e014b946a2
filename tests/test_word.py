"""The Word export: a .docx that opens as a UN draft report, says what every other format says,
with real footnotes and the user's text as typed."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

from unreport_tui import cli
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters import export_session

from .builders import point, said, session_with


@pytest.fixture
def demo_docx() -> bytes:
    out = export_session(parse_session(cli.demo_session_text()), "docx")
    assert isinstance(out, bytes)
    return out


def test_the_paragraphs_carry_their_numbers_and_say_what_the_text_export_says(demo_docx):
    word = Document(io.BytesIO(demo_docx))
    paragraphs = [p.text for p in word.paragraphs]
    text = export_session(parse_session(cli.demo_session_text()), "txt")
    numbered = [line for line in text.splitlines() if line[:1].isdigit() and ". " in line[:5]]
    for line in numbered:
        number, sentence = line.split(". ", 1)
        assert f"{number}.\t{sentence.replace('¹', '')}" in paragraphs, line  # the number is text, then a tab
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert word.styles["Normal"].font.name == "Times New Roman" and word.styles["Normal"].font.size.pt == 10
    symbol = word.tables[0].rows[0].cells[-1].paragraphs[0]  # the masthead's first row
    assert symbol.text == "CTOC/COP/2010/L.1/Add.2" and symbol.style.name == "UN Masthead Symbol"
    assert symbol.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT  # the symbol stands at the right


def test_footnotes_are_word_footnotes(demo_docx):
    with zipfile.ZipFile(io.BytesIO(demo_docx)) as package:
        names = package.namelist()
        assert "word/footnotes.xml" in names
        types = package.read("[Content_Types].xml").decode()
        relations = package.read("word/_rels/document.xml.rels").decode()
        notes = package.read("word/footnotes.xml").decode()
        body = package.read("word/document.xml").decode()
    assert 'PartName="/word/footnotes.xml"' in types and "footnotes+xml" in types
    assert "relationships/footnotes" in relations
    assert 'w:id="-1"' in notes and 'w:id="0"' in notes  # the separators Word expects
    assert 'w:id="1"' in notes and "Treaty Series" in notes
    assert '<w:footnoteReference w:id="1"/>' in body
    assert "Treaty Series" not in body  # not text at the end of the document


def test_user_text_is_as_typed_in_word():
    session = session_with([said("<script>&amp;", "ngo")], [point("noted ]]> and [bold]x[/]", "<script>&amp;")])
    word = Document(io.BytesIO(export_session(session, "docx")))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "The observer for <script>&amp; made a statement." in text
    assert "One speaker noted ]]> and [bold]x[/]." in text


def test_a_word_file_is_written_to_a_file_not_printed(tmp_path, capsys, demo_file):
    db = tmp_path / "db.json"
    assert cli.main(["import", str(demo_file), "--db", str(db)]) == 0
    capsys.readouterr()
    assert cli.main(["export", "--db", str(db), "-f", "docx"]) == 2
    assert "write it to a file with -o report.docx" in capsys.readouterr().err
    assert cli.main(["export", "--db", str(db), "-f", "docx", "-o", str(tmp_path / "r.docx")]) == 0
    assert zipfile.is_zipfile(tmp_path / "r.docx")


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed here")
def test_libreoffice_opens_it_and_prints_it(tmp_path, demo_docx):
    source = tmp_path / "draft.docx"
    source.write_bytes(demo_docx)
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (tmp_path / "draft.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_characters_xml_cannot_hold_are_dropped_not_fatal():
    session = session_with([said("Chile")], [point("a \uffff pasted \ufffe character\x07", "Chile")])
    word = Document(io.BytesIO(export_session(session, "docx")))
    assert "One speaker a  pasted  character." in [p.text.split("\t", 1)[-1] for p in word.paragraphs]


def test_the_lists_with_labels_line_up_in_one_column():
    """The vote lists and the officers stand in one column after their labels ("In favour:",
    "Against:", "Abstaining:"), wide enough for the longest; a second Vice-Chair, unlabelled,
    stands in it too. A letter label ("(a)") keeps the narrow column."""
    session = parse_session(cli.demo_session_text("action"))
    word = Document(io.BytesIO(export_session(session, "docx")))
    by_start = {p.text.split("\t")[0]: p for p in word.paragraphs if "\t" in p.text}

    def column(label: str) -> tuple[int, int, list[int]]:
        paragraph = by_start[label]  # its own indents, else its style's
        f = paragraph.paragraph_format if paragraph.paragraph_format.left_indent is not None else paragraph.style.paragraph_format
        return f.left_indent, -f.first_line_indent, [t.position for t in f.tab_stops if t.alignment != WD_TAB_ALIGNMENT.CLEAR]

    lists = [column(label) for label in ("In favour:", "Against:", "Abstaining:")]
    assert lists[0] == lists[1] == lists[2]
    left, width, stops = lists[0]
    assert stops == [left] and width > column("(a)")[1]
    officers = [p for p in word.paragraphs if p.text.startswith(("Vice-Chairs:\t", "\tDubravka"))]
    assert officers[0].style.name == officers[1].style.name == "UN List"
    assert len(officers) == 2 and officers[0].paragraph_format.left_indent == officers[1].paragraph_format.left_indent
