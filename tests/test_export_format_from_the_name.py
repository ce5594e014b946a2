"""`unreport export -o FILE` writes the format the file's name says, as the app's export dialog
does: report.akn is Akoma Ntoso, not plain text in a file that claims to be XML."""

from __future__ import annotations

import io
import zipfile

import pytest

from unreport_tui.cli import main
from unreport_tui.exporters import FORMATS


@pytest.fixture
def db(tmp_path, demo_file, capsys):
    path = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def _is(format: str, db, data: bytes) -> bool:
    """The file holds what the export of that format gives (a Word file: one, by its parts)."""
    from unreport_tui.exporters import export_session
    from unreport_tui.storage import open_store

    if format == "docx":
        return data.startswith(b"PK") and "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    store = open_store(db, read_only=True)
    try:
        expected = export_session(store.load(), format)
    finally:
        store.close()
    assert isinstance(expected, str)
    return data == expected.encode("utf-8")


@pytest.mark.parametrize("format", FORMATS)
def test_without_f_the_extension_says_the_format(db, tmp_path, capsys, format):
    target = tmp_path / f"report.{format}"
    assert main(["export", "--db", str(db), "-o", str(target)]) == 0
    assert _is(format, db, target.read_bytes())
    assert capsys.readouterr().err == f"Wrote {target}\n"


def test_an_extension_in_capitals_says_the_format_too(db, tmp_path):
    target = tmp_path / "REPORT.HTML"
    assert main(["export", "--db", str(db), "-o", str(target)]) == 0
    assert _is("html", db, target.read_bytes())


@pytest.mark.parametrize(("name", "said"), [("report.pdf", ".pdf names no format"), ("report", "no extension names its format")])
def test_a_name_that_says_no_format_without_f_is_refused_in_one_line(db, tmp_path, capsys, name, said):
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "--db", str(db), "-o", str(out / name)]) == 2
    assert capsys.readouterr().err == (
        f"unreport: {out / name}: {said}; end the name with .md, .txt, .html, .akn, .docx or .toml, or give the format with -f\n"
    )
    assert list(out.iterdir()) == []


def test_f_says_the_format_of_a_name_that_says_none(db, tmp_path):
    target = tmp_path / "report.xml"
    assert main(["export", "--db", str(db), "-f", "akn", "-o", str(target)]) == 0
    assert _is("akn", db, target.read_bytes())


def test_f_that_contradicts_the_extension_is_refused_and_nothing_is_written(db, tmp_path, capsys):
    target = tmp_path / "report.txt"
    assert main(["export", "--db", str(db), "-f", "html", "-o", str(target)]) == 2
    assert capsys.readouterr().err == (
        "unreport: -f html, but report.txt is named as a txt file; drop -f, or name the file report.html\n"
    )
    assert not target.exists()


def test_f_that_agrees_with_the_extension_writes_it(db, tmp_path):
    target = tmp_path / "report.md"
    assert main(["export", "--db", str(db), "-f", "md", "-o", str(target)]) == 0
    assert _is("md", db, target.read_bytes())


def test_to_standard_output_without_f_is_plain_text_as_before(db, capsys):
    assert main(["export", "--db", str(db)]) == 0
    assert _is("txt", db, capsys.readouterr().out.encode())
