"""Reading the statements and points of a database: the quick reader for a document as unreport
writes it and the field-by-field reader must agree on every document, so that the speed of
opening a long session never changes what is read or which damage is named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.model import (
    Action,
    ActionKind,
    Attendance,
    CountedVote,
    ObserversAdmitted,
    Officer,
    Organization,
    Point,
    Proposal,
    Role,
    Statement,
    StatementKind,
)
from unreport_tui.storage import DatabaseCorrupt
from unreport_tui.storage.records import (
    _point_as_written,
    _point_by_fields,
    _statement_as_written,
    _statement_by_fields,
    point_record,
    session_from_tables,
    statement_record,
)

DB = Path("n.json")
NAMES = st.sampled_from(["Chile", "Venezuela (Bolivarian Republic of)", "", "Côte d’Ivoire", "[bold]x[/]"])
TIMES = st.one_of(st.none(), st.times().map(lambda t: t.replace(tzinfo=None)))
MEETINGS = st.one_of(st.none(), st.integers(1, 400))
POSITIONS = st.one_of(st.integers(0, 10_000), st.floats(-1e6, 1e6, allow_nan=False))

statements = st.builds(
    Statement,
    NAMES,
    st.sampled_from(list(Role)),
    st.sampled_from(list(StatementKind)),
    NAMES,
    NAMES,
    MEETINGS,
    TIMES,
    st.one_of(st.none(), st.integers(0, 10_000)),
    NAMES,
    NAMES,
)
points = st.builds(
    Point, NAMES, st.lists(NAMES, max_size=3), NAMES, NAMES, st.booleans(), st.booleans(), NAMES, st.just({}), MEETINGS, TIMES
)

# What a hand-edited or damaged document may hold in a field.
ODD_VALUES = [
    None,
    True,
    False,
    -2,
    -1,
    0,
    1,
    3,
    2.5,
    float("nan"),
    "",
    "x",
    "member",
    "official",
    "reply",
    "statement",
    "10:32:05",
    "25:00",
    "2b",
    [],
    ["Chile"],
    [1],
    {},
    {"Chile": "member"},
    {"Chile": "x"},
]
ODD = st.sampled_from(ODD_VALUES)
GONE = object()  # the field taken out


@given(statements, POSITIONS)
def test_a_statement_as_unreport_writes_it_is_read_back_the_quick_way(statement, position):
    statement.id = 12
    read = _statement_as_written("12", statement_record("2b", statement, position))
    assert read is not None
    item, where, back = read
    assert (item, where, back, back.id) == ("2b", position, statement, 12)


@given(points, POSITIONS)
def test_a_point_as_unreport_writes_it_is_read_back_the_quick_way(point, position):
    point.id = 7
    read = _point_as_written("7", point_record("2b", point, position))
    assert read is not None
    item, where, back = read
    assert (item, where, back, back.id) == ("2b", position, point, 7)


def _damaged(record: dict, data: st.DataObject) -> dict:
    """``record`` with some fields taken out, some given odd values, and maybe a field of no use."""
    changed = dict(record)
    for key in data.draw(st.lists(st.sampled_from([*record, "note", "extra"]), max_size=3, unique=True)):
        if data.draw(st.booleans()):
            changed.pop(key, None)
        else:
            changed[key] = data.draw(ODD)
    return changed


def _each_field_damaged(record: dict):
    """``record`` with one field taken out or given an odd value, for every field and every value."""
    for key in [*record, "note", "extra"]:
        for value in [GONE, *ODD_VALUES]:
            changed = dict(record)
            if value is GONE:
                changed.pop(key, None)
            else:
                changed[key] = value
            yield changed


def _agree(quick, by_fields, doc_id: str, raw: dict) -> None:
    read = quick(doc_id, raw)
    if read is None:
        return  # the field-by-field reader alone reads it (or names what is wrong)
    try:
        expected = by_fields(DB, doc_id, raw)
    except DatabaseCorrupt as error:
        pytest.fail(f"the quick reader took a document the checks refuse: {raw!r} ({error})")
    assert read == expected and read[2].id == expected[2].id


@given(statements, POSITIONS, st.data())
def test_the_quick_reader_of_statements_takes_only_what_the_checks_take_and_reads_it_the_same(statement, position, data):
    record = statement_record("2b", statement, position)
    for damaged in [*_each_field_damaged(record), _damaged(record, data)]:
        _agree(_statement_as_written, _statement_by_fields, "3", damaged)


@given(points, POSITIONS, st.data())
def test_the_quick_reader_of_points_takes_only_what_the_checks_take_and_reads_it_the_same(point, position, data):
    record = point_record("2b", point, position)
    for damaged in [*_each_field_damaged(record), _damaged(record, data)]:
        _agree(_point_as_written, _point_by_fields, "3", damaged)


def test_a_point_with_roles_is_read_by_the_field_by_field_reader():
    point = Point(
        "stressed the mandate",
        ["Secretary-General of UNCTAD"],
        roles={"Secretary-General of UNCTAD": Role.OFFICIAL},
        time=dt.time(10, 5),
    )
    record = point_record("2b", point, 1.0)
    assert _point_as_written("4", record) is None
    assert _point_by_fields(DB, "4", record)[2] == point


def test_an_organization_stored_by_an_older_unreport_reads_with_what_it_did_not_store_unset():
    def read(stored: dict) -> Organization | None:
        return session_from_tables(DB, {"organization": {"1": stored}}).organization

    assert read({}) == Organization()
    assert read(
        {
            "officers": [{"office": "Chair", "name": "Ms. A"}],
            "chair": {"name": "Ms. B"},
            "attendance": {"members": ["Chile"]},
            "observers_admitted": {"states": ["Peru"]},
        }
    ) == Organization(
        officers=[Officer("Chair", "Ms. A", "")],
        attendance=Attendance(["Chile"], [], [], [], False),
        chair=Officer("", "Ms. B", ""),
        observers_admitted=ObserversAdmitted(None, ["Peru"]),
    )


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        ({"officers": "x"}, "organization.officers = 'x': expected a list of officers"),
        ({"officers": [{"name": "A"}]}, "organization.officers[0].office: missing; expected text"),
        ({"attendance": [1]}, "organization.attendance = [1]: expected the lists of who attended, or null"),
        ({"attendance": {"members": "x"}}, "organization.attendance.members = 'x': expected a list of names"),
        ({"observers_admitted": 3}, "organization.observers_admitted = 3: expected the observers admitted, or null"),
        (
            {"observers_admitted": {"meeting": 0}},
            "organization.observers_admitted.meeting = 0: expected a whole number of at least 1",
        ),
        ({"chair": "x"}, "organization.chair = 'x': expected a name with its country and office, or null"),
        ({"opened_by": {"office": "President"}}, "organization.opened_by.name: missing; expected text"),
    ],
)
def test_a_bad_field_of_the_stored_organization_is_named_with_what_it_should_be(stored, said):
    with pytest.raises(DatabaseCorrupt) as refused:
        session_from_tables(DB, {"organization": {"1": stored}})
    assert str(refused.value) == (
        f"n.json: {said}; the file has been left as it is (see `unreport check --db n.json` and `unreport backups --db n.json`)"
    )


ITEM_3 = {"items": {"1": {"key": "3", "number": "3", "title": "Women", "position": 0}}}
L3 = {"key": "L3", "item": "3", "title": "Women", "position": 0}


def test_a_proposal_stored_by_an_older_unreport_reads_with_what_it_did_not_store_unset():
    def read(stored: dict) -> list[Proposal]:
        return session_from_tables(DB, {**ITEM_3, "proposals": {"1": stored}}).proposals

    assert read(L3) == [Proposal("L3", "3", "Women")]
    assert read({**L3, "actions": [{"kind": "adopted"}]}) == [Proposal("L3", "3", "Women", actions=[Action(ActionKind.ADOPTED)])]
    counted = {"kind": "adopted", "vote": {"in_favour": 49, "against": 0, "abstaining": 0}}
    assert read({**L3, "actions": [counted]})[0].actions[0].vote == CountedVote(49, 0, 0)


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        ({"actions": "x"}, "proposals 1.actions = 'x': expected a list of actions"),
        (
            {"actions": [{"kind": "adopted", "vote": "maybe"}]},
            'proposals 1.actions[0].vote = \'maybe\': expected "consensus", "without a vote" or the lists of a recorded vote',
        ),
        (
            {"actions": [{"kind": "adopted", "meeting": 0}]},
            "proposals 1.actions[0].meeting = 0: expected a whole number of at least 1",
        ),
        (
            {"actions": [{"kind": "adopted", "vote": {"in_favour": -1, "against": 0, "abstaining": 0}}]},
            "proposals 1.actions[0].vote.in_favour = -1: expected a whole number of at least 0",
        ),
    ],
)
def test_a_bad_field_of_a_stored_proposal_is_named_with_what_it_should_be(stored, said):
    with pytest.raises(DatabaseCorrupt) as refused:
        session_from_tables(DB, {**ITEM_3, "proposals": {"1": {**L3, **stored}}})
    assert str(refused.value) == (
        f"n.json: {said}; the file has been left as it is (see `unreport check --db n.json` and `unreport backups --db n.json`)"
    )
