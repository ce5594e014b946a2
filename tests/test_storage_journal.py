"""The journalled storage: what is saved stays saved, whatever happens to the files."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from unreport_tui.storage.backups import list_backups
from unreport_tui.storage.errors import DatabaseCorrupt, NewerFormat, ReadOnlyDatabase
from unreport_tui.storage.journal_lines import journal_path

from .hypothesis_budget import examples
from .storage_helpers import entry, open_db, write_then_die


def test_a_logged_entry_is_on_disk_when_insert_returns(tmp_path):
    db = open_db(tmp_path / "n.json")
    doc_id = db.table("statements").insert(entry(1))
    # Not closed: what is on disk now is what a crash would leave.
    journal = journal_path(tmp_path / "n.json").read_bytes()
    assert journal.count(b"\n") == 1 and b'"note 1"' in journal
    reader = open_db(tmp_path / "n.json", read_only=True)
    assert reader.table("statements").get(doc_id=doc_id)["text"] == "note 1"
    db.close()


def test_after_close_the_database_is_one_json_file(tmp_path):
    path = tmp_path / "n.json"
    db = open_db(path)
    db.table("statements").insert_multiple(entry(n) for n in range(3))
    db.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["_unreport"] == {"format": 2, "seq": 1}
    assert len(data["statements"]) == 3
    assert journal_path(path).read_bytes() == b""


def test_an_import_is_one_journal_record(tmp_path):
    db = open_db(tmp_path / "n.json")
    with db.storage.batch():
        db.drop_tables()
        db.table("items").insert({"key": "1"})
        db.table("statements").insert_multiple(entry(n) for n in range(50))
    assert journal_path(tmp_path / "n.json").read_bytes().count(b"\n") == 1
    db.close()


def test_a_failed_batch_leaves_memory_as_on_disk(tmp_path):
    db = open_db(tmp_path / "n.json")
    db.table("statements").insert(entry(1))
    with pytest.raises(RuntimeError), db.storage.batch():
        db.table("statements").insert(entry(2))
        raise RuntimeError("boom")
    assert [d["text"] for d in db.table("statements").all()] == ["note 1"]
    db.close()


def test_a_write_cut_short_by_a_crash_is_dropped(tmp_path):
    path = tmp_path / "n.json"
    write_then_die(path, [entry(1)])
    with open(journal_path(path), "ab") as journal:
        journal.write(b'1234abcd {"seq":2,"ops":[["set","statements","2",{"te')  # half a line
    again = open_db(path)
    assert [d["text"] for d in again.table("statements").all()] == ["note 1"]
    assert again.storage.recovered_torn_bytes > 0
    assert journal_path(path).read_bytes() == b""  # folded into the snapshot at open
    again.close()


def test_a_damaged_journal_line_before_good_ones_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "n.json"
    first = open_db(path)
    first.table("items").insert({"key": "1"})
    first.close()  # a backup is taken at close
    write_then_die(path, [entry(n) for n in range(3)])
    lines = journal_path(path).read_bytes().splitlines(keepends=True)
    damaged = lines[0] + lines[1].replace(b"note 1", b"nota 1") + lines[2]
    journal_path(path).write_bytes(damaged)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        open_db(path)
    assert f"{journal_path(path)} is damaged" in str(caught.value)
    assert "most recent good backup" in str(caught.value)
    assert path.read_bytes() == before and journal_path(path).read_bytes() == damaged


def test_a_database_file_that_does_not_parse_is_never_overwritten(tmp_path):
    path = tmp_path / "n.json"
    db = open_db(path)
    db.table("statements").insert(entry(1))
    db.close()
    open_db(path).close()  # a backup is taken at each open
    path.write_bytes(b'{"_unreport": {"format": 2, "seq": 1}, "statements": {"1": {"te')
    with pytest.raises(DatabaseCorrupt) as caught:
        open_db(path)
    message = str(caught.value)
    assert message.startswith(f"{path} cannot be read: it is not valid JSON")
    assert str(list_backups(path)[0].path) in message
    assert path.read_bytes().endswith(b'{"te')


def test_a_newer_format_is_refused(tmp_path):
    path = tmp_path / "n.json"
    path.write_text('{"_unreport": {"format": 9, "seq": 0}}', encoding="utf-8")
    with pytest.raises(NewerFormat) as caught:
        open_db(path)
    assert "newer unreport (database format 9; this one reads up to 2)" in str(caught.value)
    assert path.read_text(encoding="utf-8") == '{"_unreport": {"format": 9, "seq": 0}}'


def test_a_stock_tinydb_file_is_migrated_and_the_original_kept(tmp_path):
    path = tmp_path / "old.json"
    stock = TinyDB(path, storage=JSONStorage)
    stock.table("statements").insert(entry(7))
    stock.close()
    original = path.read_bytes()
    db = open_db(path)
    assert db.storage.migrated_from == 1
    assert db.table("statements").all()[0]["text"] == "note 7"
    db.close()
    assert json.loads(path.read_bytes())["_unreport"]["format"] == 2
    kept = [b for b in list_backups(path) if b.label == "format-1"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == original


def test_read_only_refuses_changes_and_changes_nothing(tmp_path):
    path = tmp_path / "n.json"
    writer = open_db(path)
    writer.table("statements").insert(entry(1))
    reader = open_db(path, read_only=True)
    with pytest.raises(ReadOnlyDatabase):
        reader.table("statements").insert(entry(2))
    assert len(reader.table("statements")) == 1
    writer.close()


operations = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(0, 1000)),
        st.tuples(st.just("update"), st.integers(0, 30), st.text(max_size=8)),
        st.tuples(st.just("update_where"), st.integers(0, 1000), st.text(max_size=8)),
        st.tuples(st.just("remove"), st.integers(0, 30)),
        st.tuples(st.just("truncate")),
        st.tuples(st.just("reopen")),
    ),
    max_size=40,
)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations)
def test_the_journal_replays_to_exactly_what_was_in_memory(tmp_path_factory, ops):
    from tinydb import Query

    path = tmp_path_factory.mktemp("ops") / "n.json"
    db = open_db(path, compact_at_bytes=600)
    table = db.table("t")
    for op in ops:
        if op[0] == "insert":
            table.insert({"n": op[1], "s": ""})
        elif op[0] == "update":
            table.update({"s": op[2]}, doc_ids=[op[1]])
        elif op[0] == "update_where":
            table.update({"s": op[2]}, Query().n < op[1])
        elif op[0] == "remove":
            table.remove(doc_ids=[op[1]])
        elif op[0] == "truncate":
            table.truncate()
        else:
            db.close()
            db = open_db(path, compact_at_bytes=600)
            table = db.table("t")
    in_memory = {d.doc_id: dict(d) for d in table.all()}
    reader = open_db(path, read_only=True)  # what a crash right now would leave
    assert {d.doc_id: dict(d) for d in reader.table("t").all()} == in_memory
    db.close()
    assert {d.doc_id: dict(d) for d in open_db(path, read_only=True).table("t").all()} == in_memory


def test_statements_deleted_all_at_once_stay_deleted_after_a_crash(tmp_path):
    path = tmp_path / "n.json"
    db = open_db(path, backup_every=0)
    db.table("statements").insert_multiple([entry(1), entry(2)])
    db.close()  # the rows in the snapshot
    db = open_db(path, backup_every=10**6)  # no backup due: no compaction, the changes stay in the journal
    db.table("statements").truncate()
    db.table("statements").insert(entry(3))  # takes the first id again
    db.storage.flush()
    # As a restart after a crash reads it: the snapshot, then the journal replayed over it.
    assert [d["text"] for d in open_db(path, read_only=True).table("statements").all()] == ["note 3"]
    db.close()
    assert [d["text"] for d in open_db(path, read_only=True).table("statements").all()] == ["note 3"]
