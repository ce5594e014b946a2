"""A list file as the systems that make lists export it: read whatever its delimiter, encoding and
quoting, its columns found by their header; anything else refused in one line naming the file."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.countries import all_states
from unreport_tui.core.list_file import MAX_BYTES, Column, ListFileError, column_of, read_list, read_list_file

STATE_NAMES = [s.name for s in all_states()]


@given(
    names=st.lists(st.sampled_from(STATE_NAMES), min_size=1, max_size=12),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    bom=st.booleans(),
    crlf=st.booleans(),
    header=st.sampled_from(["Delegation", "DÉLÉGATION", "country ", "Nombre", "Speaker name"]),
)
def test_any_csv_a_spreadsheet_writes_gives_back_its_names_in_order(names, delimiter, quoting, bom, crlf, header):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(["No.", header, "On behalf of"])
    for number, name in enumerate(names, start=1):
        writer.writerow([number, name, ""])
    data = (codecs.BOM_UTF8 if bom else b"") + out.getvalue().encode("utf-8")
    table = read_list(data, "list.csv")
    assert [row.get(Column.NAME) for row in table.rows] == names
    assert [row.line for row in table.rows] == list(range(2, len(names) + 2))


def test_a_quoted_field_may_hold_the_delimiter_and_a_line_break():
    data = 'Delegation;On behalf of\n"Korea; Republic of";\n"Venezuela\n(Bolivarian Republic of)";\nKenya;"Group of\nAfrican States"\n'
    table = read_list(data.encode(), "x.csv")
    assert [(r.line, r.get(Column.NAME), r.get(Column.ON_BEHALF_OF)) for r in table.rows] == [
        (2, "Korea; Republic of", ""),
        (3, "Venezuela (Bolivarian Republic of)", ""),
        (5, "Kenya", "Group of African States"),
    ]


def test_plain_text_is_one_name_a_line_even_with_commas_in_it():
    table = read_list(b"Egypt, on behalf of the African Group\nKorea, Republic of\n\nState of Palestine\n", "l.txt")
    assert [(r.line, r.get(Column.NAME)) for r in table.rows] == [
        (1, "Egypt, on behalf of the African Group"),
        (2, "Korea, Republic of"),
        (4, "State of Palestine"),  # "State" is a header word, but a name here
    ]
    assert table.how == "plain text, one a line, read as UTF-8"


def test_names_that_each_hold_a_comma_are_one_a_line_not_a_table_without_a_header():
    table = read_list(b"Iran, Islamic Republic of\nKorea, Republic of\nTanzania, United Republic of\n", "l.txt")
    assert [r.get(Column.NAME) for r in table.rows] == [
        "Iran, Islamic Republic of",
        "Korea, Republic of",
        "Tanzania, United Republic of",
    ]


def test_excel_csv_in_windows_1252_is_read_and_said():
    table = read_list("Country;Type\nCôte d'Ivoire;Member State\n".encode("cp1252"), "x.csv")
    assert table.rows[0].get(Column.NAME) == "Côte d'Ivoire"
    assert "Windows-1252" in table.how


def test_utf16_with_its_mark_is_read():
    table = read_list(codecs.BOM_UTF16_LE + "Name\tType\nTürkiye\tmember\n".encode("utf-16-le"), "x.txt")
    assert table.rows[0].get(Column.NAME) == "Türkiye"


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Delegation", Column.NAME),
        ("Name of delegation", Column.NAME),
        ("Pays", Column.NAME),
        ("Speaker type", Column.ROLE),
        ("Catégorie", Column.ROLE),
        ("On behalf of", Column.ON_BEHALF_OF),
        ("Au nom de", Column.ON_BEHALF_OF),
        ("Document symbol", Column.SYMBOL),
        ("Cote", Column.SYMBOL),
        ("Título", Column.TITLE),
        ("Agenda item", Column.ITEM),
        ("#", None),
        ("Inscribed at", None),
    ],
)
def test_columns_are_known_by_the_words_such_systems_use(header, column):
    assert column_of(header) == column


def test_the_delegation_is_the_name_when_a_persons_name_is_beside_it():
    table = read_list(b"Name,Delegation,Type\nMs. A. B.,Kenya,Member State\n", "x.csv")
    assert table.rows[0].get(Column.NAME) == "Kenya"
    assert table.headers[Column.NAME] == "Delegation"


def test_a_country_column_and_an_organization_column_are_one_list_of_names():
    table = read_list(b"Name;Country;Organization;Type\nMs. A;Kenya;;Member State\nMr. B;;Amnesty International;NGO\n", "p.csv")
    assert [r.get(Column.NAME) for r in table.rows] == ["Kenya", "Amnesty International"]


def test_title_lines_above_the_header_are_passed_over():
    table = read_list(b"List of speakers - 5th meeting\n\nNo.;Delegation\n1;Chile\n", "x.csv")
    assert [(r.line, r.get(Column.NAME)) for r in table.rows] == [(4, "Chile")]


def _workbook(rows: list[list[object]], title: str = "Sheet") -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_is_read_from_its_header_row_with_numbers_as_typed():
    data = _workbook([["Speakers"], [], ["Order", "Country", "Speaking for"], [1, "Chile", "GRULAC"], [2, 3.0, None]])
    table = read_list(data, "speakers.xlsx")
    assert [(r.line, r.get(Column.NAME), r.get(Column.ON_BEHALF_OF)) for r in table.rows] == [
        (4, "Chile", ""),
        (5, "3", ""),
    ]
    assert table.how == "Excel workbook, sheet 'Sheet'"


NOT_TEXT = (
    "not a text list (neither UTF-8 nor Windows-1252 text, nor an .xlsx workbook); save it as CSV UTF-8, .xlsx or plain text"
)


def _zip_of(name: str) -> bytes:
    """A zip holding ``name``, the same bytes at every call (a fixed date): the bytes name the test
    case, and the workers of a parallel run must collect the same names."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), "hello")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"\x00\x01\x02binary" * 100, NOT_TEXT),
        (bytes(range(256)) * 4, NOT_TEXT),
        ("Name\nChile\u009b2J\n".encode(), NOT_TEXT),  # a C1 control: an escape to a terminal
        (b"\xef\xbb\xbfName\n\xff\xfe\n", NOT_TEXT),  # marked UTF-8, and not
        ("Name\nChile\n".encode("utf-16-le"), NOT_TEXT),  # UTF-16 without its mark
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
            "an Excel 97-2003 (.xls) file; save it as .xlsx (Excel Workbook) or as CSV UTF-8",
        ),
        (b"%PDF-1.7\n...", "a PDF, not a list; export the list as CSV or .xlsx from the system that made it"),
        (b"PK\x03\x04garbage", "a damaged .xlsx or zip file; open it in Excel and save it again, or export CSV"),
        (_zip_of("notes.txt"), "a zip file, not an .xlsx workbook; save the list as .xlsx (Excel Workbook) or as CSV UTF-8"),
        (
            b"a;b\n1;2\n3;4\n5;6\n",
            'a CSV file with no header row that names its columns; put one above the list: "Name" (or "Delegation", '
            '"Country"), and as needed "On behalf of", "Role" (or "Category", "Type"), "Symbol", "Title"',
        ),
    ],
    ids=[
        "binary",
        "every byte",
        "a C1 control",
        "marked UTF-8 and not",
        "UTF-16 without its mark",
        "xls",
        "pdf",
        "a damaged zip",
        "a zip not a workbook",
        "no header",
    ],
)
def test_what_is_no_list_is_refused_in_one_line_naming_the_file_and_what_to_do(data, said):
    with pytest.raises(ListFileError) as refused:
        read_list(data, "list.csv")
    assert str(refused.value) == f"list.csv: {said}"


def test_a_file_of_exactly_the_largest_size_a_list_may_have_is_read(tmp_path, monkeypatch):
    from unreport_tui.core import list_file

    monkeypatch.setattr(list_file, "MAX_BYTES", 1024 * 1024)  # the rule at 1 MB: some 3,500 names of 300 bytes
    path = tmp_path / "big.txt"
    line = b"Chile " + b"x" * 292 + b"\n"
    body = b"Name\n" + line * ((1024 * 1024 - 5) // len(line))
    path.write_bytes(body + b" " * (1024 * 1024 - len(body)))
    assert len(read_list_file(path).rows) == (1024 * 1024 - 5) // len(line)
    path.write_bytes(body + b" " * (1024 * 1024 - len(body) + 1))
    with pytest.raises(ListFileError) as refused:
        read_list_file(path)
    assert str(refused.value) == (
        f"{path}: more than 1 MB, far more than a list; export only the list (its names, and their group, role or symbol and title)"
    )


def test_a_workbook_with_no_header_row_and_an_ods_are_refused():
    with pytest.raises(ListFileError, match="no header row"):
        read_list(_workbook([["Kenya", "x"], ["Chile", "y"]]), "l.xlsx")
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(ListFileError, match=r"OpenDocument spreadsheet \(.ods\); save the list as .xlsx"):
        read_list(ods.getvalue(), "l.ods")


def test_a_zip_that_unpacks_into_far_more_than_a_list_is_refused_unopened():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    assert len(bomb.getvalue()) < MAX_BYTES
    with pytest.raises(ListFileError, match="far larger than a list unpacked"):
        read_list(bomb.getvalue(), "big.xlsx")


def test_ten_megabytes_of_anything_are_refused_without_being_read_whole(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Name\n" + b"Kenya\n" * (10 * 1024 * 1024 // 6))
    with pytest.raises(ListFileError, match=r"huge.csv: more than 5 MB, far more than a list"):
        read_list_file(path)


def test_a_workbook_cell_with_an_escaped_control_character_reaches_no_terminal():
    # openpyxl writes no control character, but a workbook may hold one escaped: "_x001B_".
    made = zipfile.ZipFile(io.BytesIO(_workbook([["Delegation"], ["ChileESCAPE[2J"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member in made.infolist():
            archive.writestr(member, made.read(member).replace(b"ESCAPE", b"_x001B_"))
    name = read_list(out.getvalue(), "l.xlsx").rows[0].get(Column.NAME)
    assert name.startswith("Chile") and "\x1b" not in name


def test_a_line_longer_than_any_list_has_is_refused_in_one_line(tmp_path):
    # A line over the csv module's field limit (131,072 characters) crashed the reader (csv.Error),
    # and with it the app's import dialog (found by the review).
    path = tmp_path / "notes.txt"
    path.write_text("a" * 140_000 + "\nKenya\n", encoding="utf-8")
    with pytest.raises(ListFileError, match=r"^.*notes\.txt: line 1 is 140,000 characters long"):
        read_list_file(path)
    path.write_text("Name;Role\n" + "b" * 4_000 + ";NGO\n", encoding="utf-8")
    assert [row.get(Column.NAME) for row in read_list_file(path).rows] == ["b" * 4_000]


def test_a_pipe_is_refused_rather_than_waited_on(tmp_path):
    import os

    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    with pytest.raises(ListFileError, match="not a file"):
        read_list_file(fifo)


@pytest.mark.parametrize(
    ("data", "how", "headers", "rows"),
    [
        (  # a header line over one name a line: the header is no name, and a name's spaces are closed up
            b"Delegation\nChile\n  Peru   del  Sur \n",
            "plain text, one a line, read as UTF-8",
            {Column.NAME: "Delegation"},
            [(2, {Column.NAME: "Chile"}), (3, {Column.NAME: "Peru del Sur"})],
        ),
        (
            b"Symbol\nA/CONF.234/5\n",
            "plain text, one a line, read as UTF-8",
            {Column.SYMBOL: "Symbol"},
            [(2, {Column.SYMBOL: "A/CONF.234/5"})],
        ),
        (  # no header: every line a name, the first too
            b"Chile\nPeru\n",
            "plain text, one a line, read as UTF-8",
            {},
            [(1, {Column.NAME: "Chile"}), (2, {Column.NAME: "Peru"})],
        ),
        (
            b"Name\tRole\nChile\tmember\n",
            "CSV, delimited by tab, read as UTF-8",
            {Column.NAME: "Name", Column.ROLE: "Role"},
            [(2, {Column.NAME: "Chile", Column.ROLE: "member"})],
        ),
    ],
)
def test_how_a_list_was_read_its_headers_and_rows(data, how, headers, rows):
    read = read_list(data, "list.txt")
    assert (read.how, read.headers, [(row.line, row.values) for row in read.rows]) == (how, headers, rows)


def test_a_table_without_a_header_is_refused_unless_it_may_be_names_with_commas():
    with pytest.raises(ListFileError) as caught:
        read_list(b"Chile;member\nPeru;member\nKenya;member\n", "speakers.csv")
    assert str(caught.value).startswith("speakers.csv: a CSV file with no header row that names its columns; put one")
    names = read_list(b"Korea, Republic of\nTanzania, United Republic of\n", "speakers.csv")
    assert [row.values[Column.NAME] for row in names.rows] == ["Korea, Republic of", "Tanzania, United Republic of"]


def test_a_file_of_more_lines_than_a_list_holds_is_refused_in_one_line():
    at_most = b"Name\n" + b"Chile\n" * 5009  # a header looked for in the first ten lines, then 5,000 names
    assert len(read_list(at_most, "long.txt").rows) == 5009
    with pytest.raises(ListFileError) as caught:
        read_list(at_most + b"Peru\n", "long.txt")
    assert str(caught.value) == "long.txt: 5011 lines, more than a list holds (5000); export only the list"


def test_a_path_that_is_no_list_file_is_said_in_one_line(tmp_path):
    cases = {tmp_path / "missing.csv": "no such file", tmp_path: "a folder, not a list file; give a .csv, .xlsx or .txt file"}
    for path, said in cases.items():
        with pytest.raises(ListFileError) as refused:
            read_list_file(path)
        assert str(refused.value) == f"{path}: {said}"


def test_a_workbook_of_more_rows_than_a_list_holds_is_refused_in_one_line():
    rows = [["Delegation"], *([["Chile"]] * 5001)]
    with pytest.raises(ListFileError) as refused:
        read_list(_workbook(rows), "long.xlsx")
    assert str(refused.value).startswith("long.xlsx: ") and "more than a list holds (5000); export only the list" in str(
        refused.value
    )
    assert len(read_list(_workbook(rows[:-1]), "long.xlsx").rows) == 5000
    with pytest.raises(ListFileError) as refused:
        read_list(_workbook([["Kenya", "x"], ["Chile", "y"]]), "plain.xlsx")
    assert str(refused.value).startswith("plain.xlsx: a workbook with no header row that names its columns")


def test_a_list_file_that_cannot_be_read_says_why(tmp_path, monkeypatch):
    path = tmp_path / "speakers.csv"
    path.write_text("Chile\n", encoding="utf-8")

    def refused(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "open", refused)
    with pytest.raises(ListFileError) as caught:
        read_list_file(path)
    assert str(caught.value) == f"{path}: cannot be read (Permission denied)"


def test_a_file_of_lines_longer_than_any_list_has_is_no_list():
    with pytest.raises(ListFileError) as caught:
        read_list(("x" * 6000 + "\nChile\n").encode(), "minutes.txt")
    assert str(caught.value) == (
        "minutes.txt: line 1 is 6,000 characters long, which no list of names has; "
        "give the file the system exported the list in (.csv, .xlsx or one name a line)"
    )
