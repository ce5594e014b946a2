"""A list file as the systems that make lists export it (a list of speakers, of participants, of
documents): CSV with any common delimiter, an Excel workbook (.xlsx), or plain text with one name
a line. Its columns are found by their header, in the words such systems use ("Delegation", "On
behalf of", "Type"; "Symbol", "Title"), in English, French or Spanish, whatever their case or
accents.

A file that cannot be read as a list is refused in one line that names it and says what to do;
nothing here changes anything. What each row means is for ``imported_list``."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .rendered import printable

# A list of speakers or participants is a few hundred rows: a few hundred kilobytes even as a
# workbook. Past this the file is not such a list (or holds far more than the list), and reading
# it would only make the note-taker wait.
MAX_BYTES = 5 * 1024 * 1024
LONGEST_LINE = 5_000  # characters: a row of a list of speakers, participants or documents
# An .xlsx is compressed XML: a small file can unpack into gigabytes. Past this it is refused too.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 5000
# A header is looked for in the first rows: an export often has a title line or two above it.
HEADER_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t", "|")


class ListFileError(ValueError):
    """The file cannot be read as a list: one line, naming the file, saying what to do."""


class Column(StrEnum):
    """The columns a list is read by; any other column is left out."""

    NAME = "name"  # the delegation, State or organization
    ON_BEHALF_OF = "on behalf of"
    ROLE = "role"  # role, category, type: member, observer State, IGO, NGO …
    SYMBOL = "symbol"
    TITLE = "title"
    ITEM = "agenda item"  # a list of documents of several items


def folded(text: str) -> str:
    """A header (or a word in a cell) as compared: no accents, no case, words only ("Délégation :" -> "delegation")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


# The words of each column's header, folded. A header is recognized when it is one of these, or
# else when one of them is a run of its words ("Name of delegation", "Document symbol"). Checked in
# this order, so that "Speaker type" is a role and "Document title" a title, not a name.
_HEADERS: tuple[tuple[Column, tuple[str, ...]], ...] = (
    (Column.ON_BEHALF_OF, ("on behalf of", "behalf", "on behalf", "speaking on behalf of", "au nom de", "en nombre de")),
    (Column.ITEM, ("agenda item", "item", "point de l ordre du jour", "tema del programa")),
    (Column.SYMBOL, ("symbol", "document symbol", "symbole", "cote", "signatura", "simbolo")),
    (Column.TITLE, ("title", "document title", "subject", "titre", "titulo")),
    (
        Column.ROLE,
        (
            "role",
            "category",
            "type",
            "status",
            "participation",
            "capacity",
            "categorie",
            "statut",
            "qualite",
            "categoria",
            "tipo",
            "condicion",
        ),
    ),
    (
        Column.NAME,
        (
            "delegation",
            "country",
            "state",
            "member state",
            "organization",
            "organisation",
            "entity",
            "speaker",
            "name",
            "participant",
            "delegacion",
            "pays",
            "etat",
            "orateur",
            "intervenant",
            "nom",
            "pais",
            "estado",
            "orador",
            "nombre",
            "entidad",
        ),
    ),
)
# Headers of a person's particulars, which hold no delegation's name ("Head of delegation").
_PERSON = (
    "head of",
    "head",
    "representative",
    "first name",
    "last name",
    "family name",
    "given name",
    "surname",
    "salutation",
    "chef de",
    "prenom",
    "jefe de",
    "apellido",
    "email",
    "e mail",
)
# When two columns could be the name, the one that names a delegation wins: "Name" beside
# "Delegation" is a person's name, and a list is of delegations.
_NAME_PREFERENCE = (
    "delegation",
    "delegacion",
    "country",
    "pays",
    "pais",
    "state",
    "etat",
    "estado",
    "organization",
    "organisation",
    "entity",
    "entidad",
)


def column_of(header: str, exactly: bool = False) -> Column | None:
    """The column a header names, or None ("#", "Time", "Remarks"). ``exactly``: only a header
    that is one of the words (a line of plain text may be "State of Palestine")."""
    key = folded(header)
    if not key:
        return None
    for column, words in _HEADERS:
        if key in words:
            return column
    if exactly or _is_a_name(header):  # "State of Palestine", "World Health Organization": data
        return None
    padded = f" {key} "
    if any(f" {w} " in padded for w in _PERSON):
        return None
    for column, words in _HEADERS:
        if any(f" {w} " in padded for w in words):
            return column
    return None


def _is_a_name(text: str) -> bool:
    from .countries import resolve_state
    from .organizations import resolve_organization

    return resolve_state(text) is not None or resolve_organization(text) is not None


def _name_rank(header: str) -> int:
    padded = f" {folded(header)} "
    return next((n for n, w in enumerate(_NAME_PREFERENCE) if f" {w} " in padded), len(_NAME_PREFERENCE))


@dataclass(frozen=True)
class ListRow:
    """One row of the list: where it is in the file, and its values by column ("" when empty)."""

    line: int  # the file's line (text) or the sheet's row (workbook), from 1
    values: dict[Column, str]

    def get(self, column: Column) -> str:
        return self.values.get(column, "")


@dataclass(frozen=True)
class ListFile:
    """A list file as read: its rows in order, the columns found (by their header as written),
    and what the note-taker should know of how it was read."""

    rows: list[ListRow]
    headers: dict[Column, str]  # the column -> its header in the file; empty for plain text
    how: str  # "CSV, delimited by ';', read as UTF-8"


def read_list_file(path: Path) -> ListFile:
    """The file's list; ListFileError (one line naming the file) when it is not one."""
    if path.exists() and not path.is_dir() and not path.is_file():  # a pipe or a device: a read could wait forever
        raise ListFileError(f"{path}: not a file (a pipe or a device); give a .csv, .xlsx or .txt file")
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ListFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ListFileError(f"{path}: a folder, not a list file; give a .csv, .xlsx or .txt file") from None
    except OSError as error:
        raise ListFileError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise ListFileError(
            f"{path}: more than {MAX_BYTES // (1024 * 1024)} MB, far more than a list; "
            "export only the list (its names, and their group, role or symbol and title)"
        )
    return read_list(data, str(path))


def read_list(data: bytes, name: str) -> ListFile:
    """A list from a file's bytes; ``name`` names the file in what is said."""
    if data.startswith(b"PK\x03\x04"):
        return _read_workbook(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ListFileError(f"{name}: an Excel 97-2003 (.xls) file; save it as .xlsx (Excel Workbook) or as CSV UTF-8")
    if data.startswith(b"%PDF"):
        raise ListFileError(f"{name}: a PDF, not a list; export the list as CSV or .xlsx from the system that made it")
    text, encoding = _decode(data, name)
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > LONGEST_LINE:  # a name, its group and its role fit in far less: this is no list
        number = next(n for n, line in enumerate(text.splitlines(), start=1) if len(line) == longest)
        raise ListFileError(
            f"{name}: line {number} is {longest:,} characters long, which no list of names has; "
            "give the file the system exported the list in (.csv, .xlsx or one name a line)"
        )
    return _read_text(text, encoding, name)


# Byte order marks first: a file that has one says its encoding.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252 (not UTF-8)"}
# Control characters no list holds (tab, line feed, carriage return and form feed aside; C1 too,
# which a terminal may take as an escape): a file with any is not text, whatever it decodes as.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (or UTF-16 with its mark), else Windows-1252,
    which Excel writes its "CSV (Comma delimited)" in; anything else is refused."""
    refusal = (
        f"{name}: not a text list (neither UTF-8 nor Windows-1252 text, nor an .xlsx workbook); "
        "save it as CSV UTF-8, .xlsx or plain text"
    )
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise ListFileError(refusal) from None
            break
    else:
        if b"\x00" in data:  # UTF-16 without its mark, or a binary file
            raise ListFileError(refusal)
        for encoding in ("utf-8", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ListFileError(refusal)
    if _CONTROL.search(text):
        raise ListFileError(refusal)
    return text, encoding


def _header_at(rows: Sequence[Sequence[str]]) -> tuple[int, dict[Column, list[int]]] | None:
    """The first row (of the first few) that names a column a list is read by: its index, and
    each column's places in it, the one to read first first. A list may have several columns for
    the name ("Country" and "Organization", one filled a row): the next is read where one is empty."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[Column, list[int]] = {}
        for place, header in enumerate(row):
            column = column_of(header)
            if column is not None and (column is Column.NAME or column not in found):
                found.setdefault(column, []).append(place)
        if Column.NAME in found:  # the delegation's column before a person's name
            found[Column.NAME].sort(key=lambda place: _name_rank(row[place]))
        # A header names the names (or, for documents, a symbol or a title): a row that only has
        # a "Type" in it is a title line or data.
        if found.keys() & {Column.NAME, Column.SYMBOL, Column.TITLE}:
            return index, found
    return None


def _table(rows: list[tuple[int, list[str]]], name: str, how: str) -> ListFile | None:
    cells = [row for _, row in rows]
    header = _header_at(cells)
    if header is None:
        return None
    index, places = header
    out = []
    for line, row in rows[index + 1 :]:
        values = {
            column: next((text for text in (" ".join(row[p].split()) for p in at if p < len(row)) if text), "")
            for column, at in places.items()
        }
        if any(values.values()):
            out.append(ListRow(line, values))
    if len(out) > MAX_ROWS:
        raise ListFileError(f"{name}: {len(out)} rows, more than a list holds ({MAX_ROWS}); export only the list")
    return ListFile(out, {column: cells[index][at[0]].strip() for column, at in places.items()}, how)


def _no_header(name: str, what: str) -> ListFileError:
    return ListFileError(
        f"{name}: {what} with no header row that names its columns; put one above the list: "
        '"Name" (or "Delegation", "Country"), and as needed "On behalf of", "Role" (or "Category", "Type"), '
        '"Symbol", "Title"'
    )


def _delimiter(lines: Iterable[str]) -> str | None:
    """The delimiter of a CSV: the one of ``DELIMITERS`` that splits the lines into the same
    number of fields (at least two) most often, outside quotes; None for plain text."""
    lines = [line for line in lines if line.strip()][:50]
    best: tuple[int, str] | None = None
    for delimiter in DELIMITERS:
        counts = [_fields_in(line, delimiter) for line in lines]
        if not counts or max(counts) < 2:
            continue
        most = max(set(counts), key=counts.count)
        agreeing = counts.count(most) if most >= 2 else 0
        if agreeing and (best is None or agreeing > best[0]):
            best = (agreeing, delimiter)
    return best[1] if best else None


def _fields_in(line: str, delimiter: str) -> int:
    """How many fields ``delimiter`` splits the line into; 1 for a line the csv module will not
    split (a field longer than its limit: a file that is no list, refused further on)."""
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:
        return 1


def _read_text(text: str, encoding: str, name: str) -> ListFile:
    read_as = f"read as {_ENCODING_NAMES[encoding]}"
    lines = text.splitlines()
    if len(lines) > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise ListFileError(f"{name}: {len(lines)} lines, more than a list holds ({MAX_ROWS}); export only the list")
    delimiter = _delimiter(lines)
    if delimiter is not None:
        shown = "tab" if delimiter == "\t" else repr(delimiter)
        rows = _csv_rows(text, delimiter, name)
        table = _table(rows, name, f"CSV, delimited by {shown}, {read_as}")
        if table is not None:
            return table
        # Most lines split alike: a table without a header, which cannot be read by guessing. Not
        # by commas, though: a name may hold one ("Korea, Republic of"), so such a file is read as
        # one name a line, where a line that is no name shows marked ? (never saved unasked).
        if delimiter != "," and _consistent(rows):
            raise _no_header(name, "a CSV file")
    # One name a line (a line may hold a comma: "Korea, Republic of"); a header line is left out.
    rows = [(n, [line]) for n, line in enumerate(lines, start=1) if line.strip()]
    column = column_of(rows[0][1][0], exactly=True) if rows else None
    if column is not None and column in (Column.NAME, Column.SYMBOL, Column.TITLE):
        first = rows[0][1][0]
        body = [ListRow(n, {column: " ".join(cells[0].split())}) for n, cells in rows[1:]]
        return ListFile(body, {column: first.strip()}, f"plain text, one a line, {read_as}")
    body = [ListRow(n, {Column.NAME: " ".join(cells[0].split())}) for n, cells in rows]
    return ListFile(body, {}, f"plain text, one a line, {read_as}")


def _consistent(rows: list[tuple[int, list[str]]]) -> bool:
    counts = [len(row) for _, row in rows]
    return bool(counts) and min(counts) >= 2 and counts.count(max(set(counts), key=counts.count)) >= 0.8 * len(counts)


def _csv_rows(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                # the line a row starts on (a quoted field may span lines)
                rows.append((reader.line_num - sum(cell.count("\n") for cell in row), row))
    except csv.Error as error:
        raise ListFileError(
            f"{name}: line {reader.line_num}: not CSV as it should be ({error}); save it again as CSV UTF-8"
        ) from None
    return rows


def _read_workbook(data: bytes, name: str) -> ListFile:
    """The first sheet that has a header row of a list (an export may put a cover sheet first)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ListFileError(f"{name}: a damaged .xlsx or zip file; open it in Excel and save it again, or export CSV") from None
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        what = "an OpenDocument spreadsheet (.ods)" if "content.xml" in names else "a zip file, not an .xlsx workbook"
        raise ListFileError(f"{name}: {what}; save the list as .xlsx (Excel Workbook) or as CSV UTF-8")
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise ListFileError(f"{name}: a workbook far larger than a list unpacked; export only the list, as CSV or .xlsx")
    import openpyxl  # only when a workbook is read: the app's first frame does not wait for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged workbook; each is one line
        raise ListFileError(
            f"{name}: a damaged .xlsx workbook ({type(error).__name__}); open it in Excel and save it again, or export CSV"
        ) from None
    try:
        for sheet in book.worksheets:
            rows: list[tuple[int, list[str]]] = []
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise ListFileError(f"{name}: more rows than a list holds ({MAX_ROWS}); export only the list")
                cells = [_cell_text(value) for value in row]
                if any(cells):
                    rows.append((number, cells))
            table = _table(rows, name, f"Excel workbook, sheet {sheet.title!r}")
            if table is not None:
                return table
    finally:
        book.close()
    raise _no_header(name, "a workbook")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():  # a number typed in a cell: "3", not "3.0"
        return str(int(value))
    # A cell may hold an escaped control character (_x001B_): never one that reaches a terminal.
    return printable(str(value)).strip()
