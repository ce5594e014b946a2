"""Merging several note-takers' databases of one session."""

from __future__ import annotations

import datetime as dt

import pytest

from unreport_tui.cli import main
from unreport_tui.core.merge import MergeConflict, merge_sessions
from unreport_tui.storage import open_store

from .builders import paragraphs, point, said, session_with

T = dt.time


def taker(statements, points=(), **info):
    info.setdefault("title", "Fifth session")
    return session_with(statements, points, meetings=[4, 5], **info)


def test_entries_are_ordered_by_meeting_and_time_and_likely_duplicates_are_reported_and_kept():
    first = taker([said("Chile", meeting=4, time=T(10, 0)), said("Peru", meeting=5, time=T(15, 0))],
                  [point("stressed the need for data", "Chile", meeting=4, time=T(10, 2))])
    second = taker([said("Croatia", meeting=4, time=T(10, 5)), said("chile", meeting=4, time=T(10, 1))],
                   [point("welcomed the report", "Croatia", meeting=4, time=T(10, 6))])
    merged = merge_sessions([("a.json", first), ("b.json", second)])
    item = merged.session.items[0]
    assert [(s.speaker, s.time) for s in item.statements] == [
        ("Chile", T(10, 0)), ("chile", T(10, 1)), ("Croatia", T(10, 5)), ("Peru", T(15, 0))]
    assert [p.text for p in item.points] == ["stressed the need for data", "welcomed the report"]
    assert merged.duplicates == [
        "likely the same statement twice: Chile in item 1 at meeting 4, 10:00:00 in a.json and 10:01:00 in b.json "
        "(both kept, each marked with a note in the log)"]
    # each of the two is marked, naming the other; the others are not
    assert [s.note for s in item.statements] == [
        "likely the same statement as the one at 10:01:00 in b.json",
        "likely the same statement as the one at 10:00:00 in a.json", "", ""]
    # both kept, so Chile is listed twice until the note-taker deletes one: hence the report
    assert "Statements were made by the representatives of Chile, Chile, Croatia and Peru." in paragraphs(merged.session)[1]


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


def test_the_command_writes_a_new_database_and_never_touches_the_inputs(tmp_path, capsys):
    paths = []
    for name, statements in (("a.json", [said("Chile", meeting=4, time=T(10, 0))]),
                             ("b.json", [said("Chile", meeting=4, time=T(10, 1))])):
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
    assert [s.note for s in statements] == ["likely the same statement as the one at 10:01:00 in b.json",
                                            "likely the same statement as the one at 10:00:00 in a.json"]
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
    merged = merge_sessions([(name, taker([said("Chile", meeting=4, time=T(10, minute))]))
                             for name, minute in (("a.json", 0), ("b.json", 1), ("c.json", 1))])
    notes = [s.note for s in merged.session.items[0].statements]
    assert notes[0] == ("likely the same statement as the one at 10:01:00 in b.json; "
                        "likely the same statement as the one at 10:01:00 in c.json")
    assert len(merged.duplicates) == 3


def test_a_statements_note_is_shown_in_the_log_and_never_in_the_report():
    from unreport_tui.app.widgets.log_view import statement_line

    merged = merge_sessions([("a.json", taker([said("Chile", meeting=4, time=T(10, 0))])),
                             ("b.json", taker([said("Chile", meeting=4, time=T(10, 1))]))])
    first = merged.session.items[0].statements[0]
    assert "⚑ likely the same statement as the one at 10:01:00 in b.json" in statement_line(first).plain
    assert not any("likely" in p for p in paragraphs(merged.session))
