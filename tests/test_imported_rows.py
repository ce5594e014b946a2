"""Each row of an imported list as the preview shows it: what it is taken as, and what it is said
to be ("NGO, as the file says"), or why it is asked ("the file says NGO, but it is a State").
A Chair's list of speakers and a list of participants, with a role or category column or none,
against the speakers already logged."""

from __future__ import annotations

import pytest

from unreport_tui.core.imported_list import Category, ImportedLine, ListKind, read_list, shown
from unreport_tui.core.list_file import read_list as read_file
from unreport_tui.core.model import Role
from unreport_tui.core.quantifier import speaker_identity

LOGGED = {
    speaker_identity("Lawyers without Borders"): ("Lawyers without Borders", Role.NGO),
    speaker_identity("Cuba"): ("Cuba", Role.OBSERVER_STATE),  # an observer of this body
}

SPEAKERS = [
    # (name, on behalf of, role): taken as, said; or None, why it is asked
    ("Chile", "", "", "Chile", "member"),
    ("Egypt", "African Group", "", "Egypt (on behalf of the Group of African States)", "member"),
    ("Egypt", "g77", "Member State", "Egypt (on behalf of the Group of 77 and China)", "member"),
    ("Japan", "", "signatory", "Japan", "signatory"),
    ("Lawyers without Borders", "", "", "Lawyers without Borders", "NGO, spoke already"),
    ("Cuba", "", "", "Cuba", "observer State"),  # as logged before
    ("Cuba", "", "member", "Cuba", "member"),  # the file's role, a State's
    ("Cuba", "", "State", "Cuba", "observer State"),  # "State" only says it is one
    ("Chile", "", "observer", "Chile", "observer State"),  # a Member State not a member of the body
    ("UNODC", "", "observer", "UNODC", "IGO"),
    ("the Secretary-General", "", "official", "the Secretary-General", "official, as the file says"),
    ("Greenpeace", "", "NGO", "Greenpeace", "NGO, as the file says"),
    ("Greenpeace", "g77", "NGO", "Greenpeace (on behalf of the Group of 77 and China)", "NGO, as the file says"),
    ("Greenpeace", "Friends of X", "NGO", None, "not a State nor anyone logged: confirm it and its role"),
    ("Greenpeace", "", "member", None, "not a State nor anyone logged: confirm it and its role"),
    ("Amnesty International", "", "", None, "not a State nor anyone logged: confirm it and its role"),
    ("Kenya", "", "NGO", None, "the file says NGO, but it is a State"),
    ("Kenya", "", "official", None, "the file says official, but it is a State"),
    ("Lawyers without Borders", "", "member", None, "the file says member, but it is no State"),
    ("Lawyers without Borders", "", "State", None, "the file says a State, but it is no State"),
    ("Mexcio", "", "", None, "which one? (or confirm it as typed, with its role)"),
    (
        "Chile",
        "",
        "delegate",
        None,
        "role 'delegate': not one unreport knows (member, signatory, observer State, IGO, NGO, official (or State, observer))",
    ),
    ("", "", "NGO", None, "no name in this row"),
]


@pytest.mark.parametrize(("name", "behalf", "role", "taken", "said"), SPEAKERS, ids=lambda v: str(v))
def test_a_row_of_a_chairs_list(name, behalf, role, taken, said):
    table = read_file(f"Name;On behalf of;Role\n{name};{behalf};{role}\n".encode(), "speakers.csv")
    (line,) = read_list(ListKind.SPEAKERS, table, LOGGED).lines
    assert (shown(line.value) if line.value else None, line.said or line.how) == (taken, said)
    assert line.typed == " | ".join(cell for cell in (name, behalf, role) if cell)  # as a question quotes the row
    assert bool(line.said) is (taken is not None) and bool(line.how) is (taken is None)
    assert (line.choices[-1][1] is None) if taken is None else not line.choices  # "leave it out" closes the choices


def test_a_row_resolved_against_its_role_column_offers_it_as_resolved_first():
    table = read_file(b"Name;Role\nKenya;NGO\n", "speakers.csv")
    (kenya,) = read_list(ListKind.SPEAKERS, table, LOGGED).lines
    assert kenya.choices[0][0] == "Kenya (member)" and kenya.choices[0][1] is not None
    assert kenya.choices[0][1].speaker == "Kenya"


PARTICIPANTS = [
    # (name, category): taken as, said; or None, why it is asked
    ("Chile", "Member State", "Chile", "member"),
    ("Holy See", "", "Holy See", "observer State"),
    ("Cuba", "", "Cuba", "member"),  # a participant's category is the State's, whatever its role when it spoke
    ("Japan", "Signatory", "Japan", "observer State"),
    ("UNODC", "", "United Nations Office on Drugs and Crime", "IGO"),  # an organization in full, as the annex lists it
    ("European Union", "", "European Union", "IGO"),
    ("Lawyers without Borders", "", "Lawyers without Borders", "NGO"),  # as logged
    ("Greenpeace", "NGO", "Greenpeace", "NGO, as the file says"),
    ("Greenpeace", "", None, "not a State nor an organization unreport knows: choose what it is"),
    ("Kenya", "NGO", None, "the file says NGO, but it is a State"),
    ("Lawyers without Borders", "Member State", None, "the file says member, but it is no State"),
    ("UNODC", "Member State", None, "the file says member, but it is no State"),
    ("the Secretary-General", "official", None, "an official is not in the list of participants"),
    ("Lawyers without Borders", "State", None, "the file says a State, but it is no State"),
    ("Chile", "State", "Chile", "member"),  # "State" only says it is one
    ("Holy See", "State", "Holy See", "observer State"),
    (
        "Chile",
        "Delegate",
        None,
        "category 'Delegate': not one unreport knows (member, observer State, IGO, NGO, or State, observer)",
    ),
    ("", "NGO", None, "no name in this row"),
]


@pytest.mark.parametrize(("name", "category", "taken", "said"), PARTICIPANTS, ids=lambda v: str(v))
def test_a_row_of_a_list_of_participants(name, category, taken, said):
    table = read_file(f"Name;Category\n{name};{category}\n".encode(), "participants.csv")
    (line,) = read_list(ListKind.PARTICIPANTS, table, LOGGED).lines
    assert (shown(line.value) if line.value else None, line.said or line.how) == (taken, said)
    assert line.typed == " | ".join(cell for cell in (name, category) if cell)


@pytest.mark.parametrize(
    ("row", "role"),
    [
        ("Chile;;", None),  # the role is the lookup's, as it will be when logged
        ("Japan;;signatory", Role.SIGNATORY),
        ("Chile;;observer", Role.OBSERVER_STATE),
        ("Cuba;;member", Role.MEMBER),
        ("Greenpeace;;NGO", Role.NGO),
        ("the Secretary-General;;official", Role.OFFICIAL),
    ],
)
def test_a_speaker_taken_from_a_row_keeps_the_role_the_file_gives(row, role):
    line = _the_line(ListKind.SPEAKERS, f"Name;On behalf of;Role\n{row}\n")
    assert line.value is not None and line.value.role is role


@pytest.mark.parametrize(
    ("row", "category"),
    [
        ("Chile;Observer State", Category.OBSERVER_STATES),
        ("Holy See;", Category.OBSERVER_STATES),
        ("Chile;", Category.MEMBERS),
        ("Greenpeace;NGO", Category.NGOS),
        ("UNODC;", Category.IGOS),
        ("Lawyers without Borders;", Category.NGOS),
    ],
)
def test_a_participant_taken_from_a_row_is_in_the_category_the_file_or_the_lookup_gives(row, category):
    line = _the_line(ListKind.PARTICIPANTS, f"Name;Category\n{row}\n")
    assert line.value is not None and line.value.category is category


def _the_line(kind: ListKind, text: str) -> ImportedLine:
    """The one line a list of one row is read as."""
    (line,) = read_list(kind, read_file(text.encode(), "list.csv"), LOGGED).lines
    return line


def test_a_participant_logged_as_an_official_is_asked_even_without_a_category():
    logged = {speaker_identity("the Secretary-General"): ("the Secretary-General", Role.OFFICIAL)}
    table = read_file(b"Name;Category\nthe Secretary-General;\n", "participants.csv")
    (line,) = read_list(ListKind.PARTICIPANTS, table, logged).lines
    assert (line.value, line.how) == (None, "an official is not in the list of participants")


def test_a_participant_named_twice_is_listed_once_and_the_other_rows_said():
    table = read_file(
        b"Name;Category\nChile;Member State\nChile;\nUNODC;\nUnited Nations Office on Drugs and Crime;IGO\n", "p.csv"
    )
    imported = read_list(ListKind.PARTICIPANTS, table, LOGGED)
    assert [shown(line.value) for line in imported.lines if line.value] == ["Chile", "United Nations Office on Drugs and Crime"]
    assert imported.left_out == [
        "line 3: Chile is in the list already (line 2)",
        "line 5: United Nations Office on Drugs and Crime is in the list already (line 4)",
    ]


@pytest.mark.parametrize(
    "written", ["2 (b)", "Item 2 (b)", "Items 2 (b)", "Agenda item 2 (b)", "Point 2 (b)", "Tema del programa 2 (b)", "No. 2 (b)"]
)
def test_a_documents_row_of_the_item_is_taken_however_its_item_is_written(written):
    table = read_file(f"Symbol;Agenda item;Title\nA/1;{written};Ours\nA/2;2 (c);Another item's\n".encode(), "d.csv")
    imported = read_list(ListKind.DOCUMENTS, table, item_number="2 (b)")
    assert [shown(line.value) for line in imported.lines if line.value] == ["A/1  Ours"]
    assert imported.left_out == ["1 row of other agenda items (their agenda item column is not 2 (b))"]
