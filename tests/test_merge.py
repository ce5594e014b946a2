"""Merging several note-takers' databases of one session."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from unreport_tui.cli import main
from unreport_tui.core.merge import MergeConflict, merge_sessions
from unreport_tui.core.model import Distribution, SpeakerNoun
from unreport_tui.storage import open_store

from .builders import paragraphs, point, said, session_with

T = dt.time


def taker(statements, points=(), **info):
    info.setdefault("title", "Fifth session")
    return session_with(statements, points, meetings=[4, 5], **info)


def test_entries_are_ordered_by_meeting_and_time_and_likely_duplicates_are_reported_and_kept():
    first = taker(
        [said("Chile", meeting=4, time=T(10, 0)), said("Peru", meeting=5, time=T(15, 0))],
        [point("stressed the need for data", "Chile", meeting=4, time=T(10, 2))],
    )
    second = taker(
        [said("Croatia", meeting=4, time=T(10, 5)), said("chile", meeting=4, time=T(10, 1))],
        [point("welcomed the report", "Croatia", meeting=4, time=T(10, 6))],
    )
    merged = merge_sessions([("a.json", first), ("b.json", second)])
    item = merged.session.items[0]
    assert [(s.speaker, s.time) for s in item.statements] == [
        ("Chile", T(10, 0)),
        ("chile", T(10, 1)),
        ("Croatia", T(10, 5)),
        ("Peru", T(15, 0)),
    ]
    assert [p.text for p in item.points] == ["stressed the need for data", "welcomed the report"]
    assert merged.duplicates == [
        "likely the same statement twice: Chile in item 1 at meeting 4, 10:00:00 in a.json and 10:01:00 in b.json "
        "(both kept, each marked with a note in the log)"
    ]
    # each of the two is marked, naming the other; the others are not
    assert [s.note for s in item.statements] == [
        "likely the same statement as the one at 10:01:00 in b.json",
        "likely the same statement as the one at 10:00:00 in a.json",
        "",
        "",
    ]
    # both kept in the log until the note-taker deletes one; the report names a delegation once
    assert "Statements were made by the representatives of Chile, Croatia and Peru." in paragraphs(merged.session)[1]


def test_two_minutes_apart_or_more_is_two_statements():
    first = taker([said("Chile", meeting=4, time=T(10, 0))])
    second = taker([said("Chile", meeting=4, time=T(10, 2))])
    assert merge_sessions([("a.json", first), ("b.json", second)]).duplicates == []


def test_conflicting_session_data_stops_the_merge_naming_both_values():
    with pytest.raises(MergeConflict, match=r"session.title is 'Fifth session' in a.json but 'Sixth session' in b.json"):
        merge_sessions([("a.json", taker([])), ("b.json", taker([], title="Sixth session"))])
    # what one note-taker left empty is not a conflict
    merged = merge_sessions([("a.json", taker([], venue="Vienna")), ("b.json", taker([]))])
    assert merged.session.info.venue == "Vienna"


def test_a_long_value_in_a_conflict_is_cut_to_one_line():
    long = "Fifth session of the Conference " + "x" * 100
    with pytest.raises(MergeConflict) as caught:
        merge_sessions([("a.json", taker([])), ("b.json", taker([], title=long))])
    shown = str(caught.value).split(" but ", 1)[1].split(" in b.json", 1)[0]
    assert shown == repr(long)[:79] + "…" and len(shown) == 80
    edge = "y" * 78  # its quotes make 80: shown whole
    with pytest.raises(MergeConflict) as caught:
        merge_sessions([("a.json", taker([])), ("b.json", taker([], title=edge))])
    assert f"but {edge!r} in b.json" in str(caught.value)


def test_the_command_writes_a_new_database_and_never_touches_the_inputs(tmp_path, capsys):
    paths = []
    for name, statements in (
        ("a.json", [said("Chile", meeting=4, time=T(10, 0))]),
        ("b.json", [said("Chile", meeting=4, time=T(10, 1))]),
    ):
        store = open_store(tmp_path / name)
        store.replace(taker(statements))
        store.close()
        paths.append(tmp_path / name)
    before = {p: p.read_bytes() for p in paths}
    out = tmp_path / "merged.json"
    assert main(["merge", *map(str, paths), "--db", str(out)]) == 0
    err = capsys.readouterr().err
    assert "likely the same statement twice: Chile" in err and f"Merged 2 databases into {out}" in err
    assert {p: p.read_bytes() for p in paths} == before
    statements = open_store(out, read_only=True).load().items[0].statements
    assert [s.note for s in statements] == [
        "likely the same statement as the one at 10:01:00 in b.json",
        "likely the same statement as the one at 10:00:00 in a.json",
    ]
    assert main(["merge", *map(str, paths), "--db", str(out)]) == 2  # never over a session
    assert "already holds a session" in capsys.readouterr().err
    assert main(["merge", str(paths[0]), "--db", str(paths[0])]) == 2
    assert "is one of the inputs" in capsys.readouterr().err


def test_a_conflict_from_the_command_is_one_line_and_writes_nothing(tmp_path, capsys):
    for name, title in (("a.json", "Fifth session"), ("b.json", "Sixth session")):
        store = open_store(tmp_path / name)
        store.replace(taker([], title=title))
        store.close()
    out = tmp_path / "merged.json"
    assert main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--db", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not merge: session.title is 'Fifth session'" in err
    assert not out.exists()


def test_three_note_takers_of_one_statement_mark_it_with_each_other():
    merged = merge_sessions(
        [
            (name, taker([said("Chile", meeting=4, time=T(10, minute))]))
            for name, minute in (("a.json", 0), ("b.json", 1), ("c.json", 1))
        ]
    )
    notes = [s.note for s in merged.session.items[0].statements]
    assert notes[0] == (
        "likely the same statement as the one at 10:01:00 in b.json; likely the same statement as the one at 10:01:00 in c.json"
    )
    assert len(merged.duplicates) == 3


def test_a_statements_note_is_shown_in_the_log_and_never_in_the_report():
    from unreport_tui.app.widgets.log_view import statement_line

    merged = merge_sessions(
        [
            ("a.json", taker([said("Chile", meeting=4, time=T(10, 0))])),
            ("b.json", taker([said("Chile", meeting=4, time=T(10, 1))])),
        ]
    )
    first = merged.session.items[0].statements[0]
    assert "⚑ likely the same statement as the one at 10:01:00 in b.json" in statement_line(first).plain
    assert not any("likely" in p for p in paragraphs(merged.session))


def test_the_conflict_message_says_what_to_do():
    with pytest.raises(MergeConflict) as caught:
        merge_sessions([("a.json", taker([], title="A")), ("b.json", taker([], title="B"))])
    assert str(caught.value) == (
        "session.title is 'A' in a.json but 'B' in b.json; make them agree in one of the files, then merge again"
    )


def test_a_conflict_names_a_choice_as_the_session_file_writes_it():
    """Not as Python shows it ("<SpeakerNoun.DELEGATE: 'delegate'>")."""
    first, second = taker([]), taker([])
    first.items[0].speaker_noun, second.items[0].speaker_noun = SpeakerNoun.DELEGATE, SpeakerNoun.PARTICIPANT
    with pytest.raises(MergeConflict, match="^item 1: its speaker_noun is 'delegate' in a.json but 'participant' in b.json;"):
        merge_sessions([("a.json", first), ("b.json", second)])
    first, second = taker([]), taker([])
    first.info.distribution, second.info.distribution = Distribution.GENERAL, Distribution.RESTRICTED
    with pytest.raises(MergeConflict, match="^session.distribution is 'General' in a.json but 'Restricted' in b.json;"):
        merge_sessions([("a.json", first), ("b.json", second)])


def test_a_meetings_date_comes_from_whoever_gave_it_and_two_dates_stop_the_merge():
    first = session_with([], meetings=[4], days={4: None})
    second = session_with([], meetings=[4, 5], days={4: dt.date(2010, 10, 19), 5: dt.date(2010, 10, 20)})
    merged = merge_sessions([("a.json", first), ("b.json", second)]).session
    assert [(m.number, m.date) for m in merged.meetings] == [(4, dt.date(2010, 10, 19)), (5, dt.date(2010, 10, 20))]
    other = session_with([], meetings=[4], days={4: dt.date(2010, 10, 21)})
    with pytest.raises(MergeConflict, match=r"^the date of meeting 4 is 2010-10-19 in b.json but 2010-10-21 in c.json; "):
        merge_sessions([("a.json", first), ("b.json", second), ("c.json", other)])


def test_an_items_documents_are_each_kept_once_and_its_own_style_from_whoever_set_it():
    from unreport_tui.core.model import Document

    first = taker([], documents=[Document("Report", "A/1"), Document("Note", "A/2")])
    second = taker([], documents=[Document("Note", "A/2"), Document("Annex", "A/3")])
    first.items[0].dialogue, second.items[0].narrate, second.items[0].order = True, False, "logged"
    item = merge_sessions([("a.json", first), ("b.json", second)]).session.items[0]
    assert [d.symbol for d in item.documents] == ["A/1", "A/2", "A/3"]
    assert (item.dialogue, item.narrate, item.order) == (True, False, "logged")
    second.items[0].dialogue = False
    with pytest.raises(MergeConflict, match="^item 1: its dialogue setting is True in a.json but False in b.json"):
        merge_sessions([("a.json", first), ("b.json", second)])
    second.items[0].dialogue, first.items[0].narrate = None, True
    with pytest.raises(MergeConflict, match="^item 1: its narrate setting is True in a.json but False in b.json"):
        merge_sessions([("a.json", first), ("b.json", second)])


def test_what_has_no_meeting_or_time_keeps_its_place_after_what_has():
    first = taker(
        [said("Chile"), said("Peru", meeting=5, time=T(9, 0))],
        [point("noted A", "Chile"), point("noted B", "Peru", meeting=5, time=T(9, 1))],
    )
    second = taker(
        [said("Croatia", meeting=4, time=T(16, 0)), said("Kenya", meeting=5)],
        [point("noted C", "Croatia", meeting=4, time=T(16, 1))],
    )
    item = merge_sessions([("a.json", first), ("b.json", second)]).session.items[0]
    assert [s.speaker for s in item.statements] == ["Croatia", "Peru", "Kenya", "Chile"]
    assert [p.text for p in item.points] == ["noted C", "noted B", "noted A"]
    assert all(s.id is None for s in item.statements) and all(p.id is None for p in item.points)


@pytest.mark.parametrize(
    "a, b, same",
    [
        (T(10, 0, 50), T(10, 1, 10), True),
        (T(10, 59, 30), T(11, 0, 40), True),
        (T(10, 0, 10), T(10, 1, 59), True),
        (T(10, 0, 0), T(10, 2, 0), False),
        (T(9, 59, 0), T(10, 1, 0), False),
        (T(10, 1, 0), T(11, 1, 0), False),
        (T(10, 0, 59), T(10, 2, 0), True),  # 61 seconds, though its seconds go down
        (T(10, 59, 1), T(11, 1, 0), True),  # 119 seconds across the hour
    ],
)
def test_two_minutes_is_measured_across_minutes_and_hours(a, b, same):
    merged = merge_sessions(
        [("a.json", taker([said("Chile", meeting=4, time=a)])), ("b.json", taker([said("Chile", meeting=4, time=b)]))]
    )
    assert bool(merged.duplicates) == same


def test_a_duplicate_without_a_meeting_and_an_item_without_a_number_are_still_named():
    first = taker([said("Chile", time=T(10, 0))])
    second = taker([said("Chile", time=T(10, 1))])
    first.items[0].number = second.items[0].number = ""
    assert merge_sessions([("a.json", first), ("b.json", second)]).duplicates == [
        "likely the same statement twice: Chile in item 1, 10:00:00 in a.json and 10:01:00 in b.json "
        "(both kept, each marked with a note in the log)"
    ]


def test_proposals_and_the_organization_chapter_come_from_whoever_logged_them():
    from unreport_tui.core.model import Organization, Proposal

    first, second = taker([]), taker([])
    first.proposals = [Proposal("P1", "1", "Oceans")]
    second.proposals = [Proposal("P2", "1", "Forests"), Proposal("P1", "1", "Oceans")]
    second.organization = Organization(chapter="V. Organization of the session")
    merged = merge_sessions([("a.json", first), ("b.json", second)]).session
    assert [p.key for p in merged.proposals] == ["P1", "P2"]
    assert merged.organization == Organization(chapter="V. Organization of the session")
    second.proposals[1] = Proposal("P1", "1", "Seas")
    with pytest.raises(MergeConflict) as caught:
        merge_sessions([("a.json", first), ("b.json", second)])
    assert str(caught.value).startswith("proposal P1: its title is 'Oceans' in a.json but 'Seas' in b.json; make them")
    second.proposals[1] = Proposal("P1", "1", "Oceans")
    first.organization = Organization(chapter="IV. Organization")
    with pytest.raises(
        MergeConflict,
        match=r"^the organization chapter: its chapter is 'IV. Organization' in a.json "
        r"but 'V. Organization of the session' in c.json; ",
    ):
        merge_sessions([("a.json", first), ("b.json", taker([])), ("c.json", second)])


def test_every_field_of_an_item_comes_through_a_merge():
    # statements_form, general_exchange and part were dropped by a merge (each is new data of the
    # body profiles): every field of Item is set here, and a field added to Item and not to this
    # test fails it, so that the merge is looked at too.
    from unreport_tui.core.model import (
        Allocation,
        Counting,
        Debate,
        Document,
        Item,
        ListEntry,
        Presentation,
        Role,
        Session,
        SessionInfo,
        SummaryOrder,
    )

    values = {
        "key": "4",
        "number": "4",
        "title": "Review",
        "chapter": "II. Review",
        "section": "A. General",
        "meetings": [2, 3],
        "documents": [Document("Note by the Secretariat", "E/CN.7/2025/3")],
        "speakers_list": [ListEntry("Kenya")],
        "speaker_noun": SpeakerNoun.DELEGATE,
        "quantifiers": Counting.NUMBERS,
        "dialogue": True,
        "order": SummaryOrder.LOGGED,
        "narrate": True,
        "mandate": "General Assembly resolution 76/76",
        "allocation": Allocation(2, dt.date(2022, 9, 16), "seventy-seventh"),
        "summary_records": ["A/C.3/77/SR.4"],
        "statements_form": "opening",
        "general_exchange": True,
        "presentations": [Presentation("Space weather", "Japan", Role.MEMBER, meeting=2)],
        "part": "Part two: Summary of proceedings",
        "debate": Debate.GENERAL,
    }
    entries = {"statements", "points"}
    assert set(values) | entries == {f.name for f in dataclasses.fields(Item)}, "a field of Item is not tried here"
    item = Item(**values)
    merged = merge_sessions([("a.json", Session(SessionInfo(), [], [item])), ("b.json", Session(SessionInfo(), [], [item]))])
    assert {name: getattr(merged.session.items[0], name) for name in values} == values


def test_what_one_note_taker_left_unset_the_other_sets_without_a_conflict():
    from unreport_tui.core.model import Item, Session

    unset = Session(items=[Item("4", "", "")])
    set_ = Session(items=[Item("4", "4", "Review", summary_records=["A/C.3/77/SR.4"], general_exchange=True)])
    for inputs in ([("a.json", unset), ("b.json", set_)], [("a.json", set_), ("b.json", unset)]):
        (item,) = merge_sessions(inputs).session.items
        assert (item.number, item.title, item.summary_records, item.general_exchange) == ("4", "Review", ["A/C.3/77/SR.4"], True)
    (item,) = merge_sessions([("a.json", unset), ("b.json", unset)]).session.items
    assert (item.number, item.title, item.summary_records, item.general_exchange) == ("", "", [], False)


def test_an_input_that_is_no_database_gets_one_line_and_nothing_is_made(tmp_path, demo_db, capsys):

    out = tmp_path / "merged.json"
    assert main(["--db", str(out), "merge", str(demo_db), str(tmp_path / "nonex.json")]) == 1
    assert (
        capsys.readouterr().err
        == f"unreport: {tmp_path / 'nonex.json'}: no such database to merge; give the note-takers' database files\n"
    )
    session_file = tmp_path / "colleague.toml"
    session_file.write_text("[session]\n", encoding="utf-8")
    assert main(["--db", str(out), "merge", str(demo_db), str(session_file)]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"unreport: {session_file} is a session file, not a database: import it first")
    assert f"--db {tmp_path / 'colleague.json'}`" in said
    (tmp_path / "colleague.json").write_bytes(demo_db.read_bytes())  # a database of that name
    assert main(["--db", str(out), "merge", str(demo_db), str(session_file)]) == 2
    assert f"--db {tmp_path / 'colleague-imported.json'}`" in capsys.readouterr().err  # never over it
    assert not out.exists()
