"""`unreport import-list`: a list of speakers, of participants or of documents from the file a
system exported, each line shown as it is taken; saved only with --yes and every line resolved;
a bad file gets one line and the database is not changed."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from unreport_tui.cli import main
from unreport_tui.core.model import Attendance, Document, ListEntry, Organization, Role
from unreport_tui.storage import open_store

# Modelled on what a speakers' inscription system exports from Excel ("CSV UTF-8"): a byte order
# mark, semicolons, CRLF, a quoted name holding the delimiter, columns beside the list's own.
E_SPEAKERS_CSV = (
    codecs.BOM_UTF8
    + (
        "No.;Delegation;On behalf of;Speaker type;Level;Inscribed at\r\n"
        "1;Egypt;African Group;Member State;Ambassador;09:12\r\n"
        '2;"Venezuela (Bolivarian Republic of)";;Member State;Minister;09:13\r\n'
        "3;european union;;Observer;;09:20\r\n"
        "4;Amnesty International;;NGO;;09:30\r\n"
        "5;Pakistan;g77;;;09:40\r\n"
        "6;Phillipines;;;;09:41\r\n"
        "7;Japan;;Signatory State;;09:45\r\n"
        "8;Côte d’Ivoire;;Member State;;09:52\r\n"
    ).encode()
)


def _session(db: Path):
    store = open_store(db, read_only=True)
    try:
        return store.load()
    finally:
        store.close()


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_a_speakers_export_is_shown_line_by_line_and_saved_only_with_yes(demo_db, tmp_path, capsys):
    csv_file = _write(tmp_path, "speakers.csv", E_SPEAKERS_CSV)
    before = demo_db.read_bytes()
    assert main(["import-list", "speakers", str(csv_file), "--db", str(demo_db)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"The Chair's list of speakers of agenda item 2 (b) (2b), from {csv_file} (CSV, delimited by ';', read as UTF-8):",
        "   2  ✓ Egypt (on behalf of the Group of African States)  (member)",
        "   3  ✓ Venezuela (Bolivarian Republic of)  (member)",
        "   4  ✓ European Union  (IGO)",
        "   5  ✓ Amnesty International  (NGO, as the file says)",
        "   6  ✓ Pakistan (on behalf of the Group of 77 and China)  (member)",
        "   7  ✓ Philippines  (member)",
        "   8  ✓ Japan  (signatory)",  # as it spoke before
        "   9  ✓ Côte d'Ivoire  (member)",
    ]
    assert err == "8 lines, all resolved; nothing saved yet: add --yes to save them.\n"
    assert demo_db.read_bytes() == before

    assert main(["import-list", "speakers", str(csv_file), "--db", str(demo_db), "--yes"]) == 0
    assert capsys.readouterr().err == "Saved the Chair's list of speakers of agenda item 2 (b) (2b): 8 lines.\n"
    assert _session(demo_db).item("2b").speakers_list == [
        ListEntry("Egypt", "Group of African States"),
        ListEntry("Venezuela (Bolivarian Republic of)"),
        ListEntry("European Union", role=Role.IGO),
        ListEntry("Amnesty International", role=Role.NGO),
        ListEntry("Pakistan", "Group of 77 and China"),
        ListEntry("Philippines"),
        ListEntry("Japan"),  # a signatory already: ctrl+l logs Japan as it spoke
        ListEntry("Côte d'Ivoire"),
    ]


def test_unresolved_lines_are_listed_with_their_closest_names_and_nothing_is_saved_even_with_yes(demo_db, tmp_path, capsys):
    text = _write(tmp_path, "list.txt", "Chile\nAustrai\nEgypt (on behalf of the Fantasy Group)\nGreenpeace\n")
    before = demo_db.read_bytes()
    for yes in ([], ["--yes"]):
        assert main(["import-list", "speakers", str(text), "--db", str(demo_db), *yes]) == 2
        out, err = capsys.readouterr()
        assert "   1  ✓ Chile  (member)" in out
        assert "   2  ? Austrai  which one? (or confirm it as typed, with its role); closest: Australia, Austria" in out
        assert "   3  ? Egypt (on behalf of the Fantasy Group)  on behalf of 'the Fantasy Group': no group or State" in out
        assert "   4  ? Greenpeace  not a State nor anyone logged: confirm it and its role" in out
        assert err.startswith(f"unreport: 3 lines of {text} not resolved (lines 2, 3, 4, marked ?): nothing saved.")
        assert err.count("\n") == 1
        assert demo_db.read_bytes() == before


def test_a_participants_workbook_fills_the_attendance_by_its_category_column(demo_db, tmp_path, capsys):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["List of participants"])
    sheet.append(["Country / Organization", "Participation", "Head of delegation"])
    for row in (
        ["Algeria", "Member State", "Mr. X"],
        ["Turkey", "", "Ms. Y"],
        ["Holy See", "Observer State", ""],
        ["United States", "Observer", ""],
        ["UNODC", "UN entity", ""],
        ["International Drug Policy Consortium", "ONG", ""],
        ["Algeria", "Member State", "again"],
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    workbook = _write(tmp_path, "participants.xlsx", out.getvalue())
    assert main(["import-list", "participants", str(workbook), "--db", str(demo_db), "--yes"]) == 0
    printed, err = capsys.readouterr()
    assert "   4  ✓ Türkiye  (member)" in printed
    assert "   6  ✓ United States of America  (observer State)" in printed
    assert "  left out: line 9: Algeria is in the list already (line 3)" in printed
    assert err == "Saved the list of participants: 6 lines.\n"
    assert _session(demo_db).organization == Organization(
        attendance=Attendance(
            members=["Algeria", "Türkiye"],
            observer_states=["Holy See", "United States of America"],
            igos=["United Nations Office on Drugs and Crime"],
            ngos=["International Drug Policy Consortium"],
        )
    )


def test_a_list_of_ngos_alone_replaces_the_ngos_and_leaves_the_states_be(demo_db, tmp_path, capsys):
    store = open_store(demo_db)
    session = store.load()
    session.organization = Organization(attendance=Attendance(members=["Chile"], ngos=["Old NGO"], listed=True))
    store.replace(session)
    store.close()
    ngos = _write(tmp_path, "ngos.csv", "Organization,Type\nHuman Rights Watch,NGO\nLa Strada International,NGO\n")
    assert main(["import-list", "participants", str(ngos), "--db", str(demo_db), "--yes"]) == 0
    assert capsys.readouterr().err == (
        "Saved the list of participants: 2 lines, in place of the NGOs (1) listed now (the other categories stay).\n"
    )
    assert _session(demo_db).organization.attendance == Attendance(
        members=["Chile"], ngos=["Human Rights Watch", "La Strada International"], listed=True
    )


def test_documents_of_the_item_are_taken_from_a_list_of_every_items_documents(demo_db, tmp_path, capsys):
    listing = _write(
        tmp_path,
        "documents.csv",
        "Symbol,Agenda item,Title\n"
        'CTOC/COP/2010/1,1,"Provisional agenda and annotations"\n'
        'CTOC/COP/2010/6,2 (b),"Activities of the Working Group on Trafficking in Persons"\n'
        'CTOC/COP/2010/7,Item 2 (b),"Report of the Secretariat, on victims"\n',
    )
    assert main(["import-list", "documents", str(listing), "--db", str(demo_db), "--yes"]) == 0
    out, err = capsys.readouterr()
    assert "  left out: 1 row of other agenda items (their agenda item column is not 2 (b))" in out
    assert err.startswith("Saved the documents of agenda item 2 (b) (2b): 2 lines, in place of the ")
    assert _session(demo_db).item("2b").documents == [
        Document("Activities of the Working Group on Trafficking in Persons", "CTOC/COP/2010/6"),
        Document("Report of the Secretariat, on victims", "CTOC/COP/2010/7"),
    ]


def test_a_plain_list_of_documents_splits_symbol_and_title_and_refuses_a_symbol_alone(demo_db, tmp_path, capsys):
    listing = _write(
        tmp_path,
        "documents.txt",
        "CTOC/COP/2010/6 Activities of the Working Group\nReport of the Secretariat (CTOC/COP/2010/7)\nCTOC/COP/2010/8\n",
    )
    assert main(["import-list", "documents", str(listing), "--db", str(demo_db), "--yes"]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines()[1:] == [
        "   1  ✓ CTOC/COP/2010/6  Activities of the Working Group",
        "   2  ✓ CTOC/COP/2010/7  Report of the Secretariat",
        "   3  ? CTOC/COP/2010/8  no title: a document is listed with its title",
    ]
    assert "(give each document its title)" in err


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("garbage.csv", bytes(range(256)) * 40, "not a text list (neither UTF-8 nor Windows-1252 text, nor an .xlsx workbook)"),
        ("huge.txt", b"Kenya\n" * (11 * 1024 * 1024 // 6), "more than 5 MB, far more than a list"),
        ("table.csv", b"a;b\nKenya;1\nChile;2\n", "with no header row that names its columns"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "an Excel 97-2003 (.xls) file; save it as .xlsx"),
        ("empty.csv", b"", "no names in it"),
    ],
    ids=["garbage", "huge", "no-header", "xls", "empty"],
)
def test_a_bad_file_gets_one_line_naming_it_and_the_database_is_unchanged(demo_db, tmp_path, capsys, name, data, said):
    path = _write(tmp_path, name, data)
    before = demo_db.read_bytes()
    assert main(["import-list", "speakers", str(path), "--db", str(demo_db), "--yes"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"unreport: {path}") and said in err and err.count("\n") == 1
    assert demo_db.read_bytes() == before


def test_the_item_must_be_said_when_there_are_several(tmp_path, capsys):
    from unreport_tui.cli import demo_session_text

    session_file = _write(tmp_path, "action.toml", demo_session_text("action"))
    db = tmp_path / "action.json"
    assert main(["import", str(session_file), "--db", str(db)]) == 0
    listing = _write(tmp_path, "l.txt", "Chile\n")
    capsys.readouterr()
    assert main(["import-list", "speakers", str(listing), "--db", str(db)]) == 2
    keys = ", ".join(item.key for item in _session(db).items)
    assert capsys.readouterr().err == f"unreport: which agenda item? give --item KEY (the keys: {keys})\n"
    assert main(["import-list", "speakers", str(listing), "--db", str(db), "--item", "nope"]) == 2
    assert "no agenda item has the key 'nope'" in capsys.readouterr().err
    first = _session(db).items[0].key
    assert main(["import-list", "speakers", str(listing), "--db", str(db), "--item", first, "--yes"]) == 0
    assert _session(db).items[0].speakers_list == [ListEntry("Chile")]
    assert main(["import-list", "participants", str(listing), "--db", str(db), "--item", first]) == 2
    assert "leave out --item" in capsys.readouterr().err


def test_a_missing_database_is_said_and_not_created(tmp_path, capsys):
    listing = _write(tmp_path, "l.txt", "Chile\n")
    assert main(["import-list", "speakers", str(listing), "--db", str(tmp_path / "none.json"), "--yes"]) == 1
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.json").exists()


def test_a_file_that_is_not_the_list_chosen_is_refused_not_read_as_nonsense(demo_db, tmp_path, capsys):
    speakers = _write(tmp_path, "speakers.csv", "Delegation;On behalf of\nEgypt;African Group\n")
    documents = _write(tmp_path, "documents.csv", "Symbol,Title\nCTOC/COP/2010/6,Activities\n")
    before = demo_db.read_bytes()
    assert main(["import-list", "documents", str(speakers), "--db", str(demo_db), "--yes"]) == 2
    assert capsys.readouterr().err == (
        f'unreport: {speakers} has no "Symbol" or "Title" column, so it is no list of documents: choose the list it is '
        "(import-list speakers, participants or documents)\n"
    )
    assert main(["import-list", "participants", str(documents), "--db", str(demo_db), "--yes"]) == 2
    assert "is not the list of participants" in capsys.readouterr().err
    assert demo_db.read_bytes() == before


def test_a_participant_no_lookup_knows_is_offered_as_an_ngo_first_and_a_state_as_a_member_first():
    from unreport_tui.core.imported_list import Category, ListKind, Participant, read_list
    from unreport_tui.core.list_file import read_list as read_file

    imported = read_list(ListKind.PARTICIPANTS, read_file(b"Name;Category\nGreenpeace;\nChile;Delegate\n", "p.csv"))
    greenpeace, chile = imported.unresolved
    assert [label for label, _ in greenpeace.choices] == [
        "Greenpeace, as typed: an NGO",
        "Greenpeace, as typed: an IGO",
        "Greenpeace, as typed: an observer State",
        "Greenpeace, as typed: a member",
        "leave it out of the list",
    ]
    assert chile.how.startswith("category 'Delegate': not one unreport knows")
    assert chile.choices[0] == ("Chile, as listed: a member", Participant(Category.MEMBERS, "Chile"))


def test_the_logbook_saves_an_imported_list_as_one_step_that_one_undo_takes_back(demo_store):
    from unreport_tui.core.imported_list import Category, ListKind, Participant, read_list
    from unreport_tui.core.list_file import read_list as read_file
    from unreport_tui.logbook import Logbook

    book = Logbook(demo_store)
    table = read_file(b"Country;Category\nChile;\nGreenpeace;\nHoly See;observer\n", "p.csv")
    imported = read_list(ListKind.PARTICIPANTS, table)
    assert [line.line for line in imported.unresolved] == [3]
    book.import_list(imported, [Participant(Category.NGOS, "Greenpeace")])
    assert book.session.organization == Organization(
        attendance=Attendance(members=["Chile"], observer_states=["Holy See"], ngos=["Greenpeace"])
    )
    assert book.undo_description == "imported the list of participants (members, observer States, NGOs)"
    book.undo()
    assert book.session.organization is None
    demo_store.close()
    assert _session(demo_store.path).organization is None  # the undo is on the disk too


def test_a_database_another_copy_has_open_is_said_with_where_to_import_instead(demo_db, tmp_path, capsys):
    listing = _write(tmp_path, "l.txt", "Chile\n")
    other = open_store(demo_db)  # the note-taker's app, say
    try:
        assert main(["import-list", "speakers", str(listing), "--db", str(demo_db), "--yes"]) == 1
    finally:
        other.close()
    err = capsys.readouterr().err
    assert err.startswith(f"unreport: {demo_db} is in use by process") and err.count("\n") == 1
    assert err.rstrip().endswith("Or import the list in that copy of the app: f5 (prepare), then ctrl+o.")
    assert _session(demo_db).item("2b").speakers_list == []


def test_a_participant_misspelt_is_offered_its_closest_states_each_in_its_category_first():
    from unreport_tui.core.imported_list import CATEGORY_LABELS, Category, ListKind, Participant, read_list
    from unreport_tui.core.list_file import read_list as read_file

    (austrai,) = read_list(ListKind.PARTICIPANTS, read_file(b"Name;Category\nAustrai;\n", "p.csv")).unresolved
    assert austrai.suggestions == ("Australia", "Austria")
    assert austrai.choices[:3] == (
        ("Australia: a member", Participant(Category.MEMBERS, "Australia")),
        ("Austria: a member", Participant(Category.MEMBERS, "Austria")),
        ("Austrai, as typed: an NGO", Participant(Category.NGOS, "Austrai")),
    )
    # Each category with its article, whichever choice names it ("a observer State" was offered).
    labels = {label.partition(": ")[2] for label, _ in austrai.choices if ": " in label}
    assert labels == {"a member", "an observer State", "an IGO", "an NGO"} and len(CATEGORY_LABELS) == 4
