"""The edges an adversarial run found (issue 6, "Reliability"), one test each, numbered as there."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from unreport_tui.cli import main
from unreport_tui.core.model import Item, Point, Role, Statement
from unreport_tui.storage import DatabaseInUse, NoSuchEntry, check_database, list_backups, open_store, recovery
from unreport_tui.storage.journal_file import JournalFile
from unreport_tui.storage.journal_lines import journal_path
from unreport_tui.storage.lock import lock_path

from .storage_helpers import entry, journal_of, open_db, write_then_die


def one_line_refusal(capsys, argv, status=2) -> str:
    assert main(argv) == status
    err = capsys.readouterr().err
    assert err.startswith("unreport: ") and err.count("\n") == 1 and "unexpected error" not in err
    return err


@pytest.fixture
def db(tmp_path, demo_file, capsys):
    path = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


# 1 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["a=" + "[" * 2000, "[session]\nfirst_paragraph = 0x" + "f" * 4000, "[session]\nfirst_paragraph = " + "9" * 5000]
)
def test_1_deep_nesting_and_huge_numbers_get_one_line_and_create_nothing(tmp_path, capsys, text):
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    target = tmp_path / "new.json"
    err = one_line_refusal(capsys, ["import", str(bad), "--db", str(target)])
    assert str(bad) in err
    assert not target.exists() and not list_backups(target)


# 2 ------------------------------------------------------------------------------------------


def test_2_a_session_with_only_a_title_imports_and_exports(tmp_path, capsys):
    source = tmp_path / "t.toml"
    source.write_text('[session]\ntitle = "T"\n', encoding="utf-8")
    target = tmp_path / "t.json"
    assert main(["import", str(source), "--db", str(target)]) == 0
    assert main(["export", "--db", str(target)]) == 0
    assert "T\n" in capsys.readouterr().out


# 3 ------------------------------------------------------------------------------------------


def test_3_a_symlinked_database_is_guarded_and_locked_as_the_real_file(db, tmp_path, capsys, demo_file):
    link = tmp_path / "link.json"
    link.symlink_to(db)
    journal_before = journal_path(db).read_bytes()
    # The storage uses the real file's journal, so "link.json.journal" is just a file ...
    assert main(["export", "--db", str(link), "-f", "txt", "-o", str(tmp_path / "link.json.journal")]) == 0
    capsys.readouterr()
    # ... and the real journal is guarded, whichever name the database was given by.
    one_line_refusal(capsys, ["export", "--db", str(link), "-f", "txt", "-o", str(journal_path(db))])
    assert journal_path(db).read_bytes() == journal_before
    holder = open_store(db)
    try:
        assert main(["import", str(demo_file), "--db", str(link)]) == 1
        assert "is in use by process" in capsys.readouterr().err
        assert link.is_symlink()
    finally:
        holder.close()


# 4 ------------------------------------------------------------------------------------------


def test_4_an_empty_db_path_is_refused(capsys):
    err = one_line_refusal(capsys, ["export", "--db", ""], status=1)
    assert "give the path of the database file" in err


def test_4_output_onto_a_device_a_folder_or_through_a_symlink(db, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_refusal(capsys, ["export", "--db", str(db), "-f", "txt", "-o", str(fifo)])
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert "is a folder" in one_line_refusal(capsys, ["export", "--db", str(db), "-f", "txt", "-o", str(tmp_path)])
    backups = tmp_path / "notes.json.backups"  # a folder whose name ends as no format does: still a folder
    backups.mkdir(exist_ok=True)
    assert "is a folder" in one_line_refusal(capsys, ["export", "--db", str(db), "-o", str(backups)])
    said = one_line_refusal(capsys, ["export", "--db", str(db), "-f", "docx", "-o", str(tmp_path)])
    assert said.endswith(f"such as {tmp_path / 'report.docx'}\n")  # a name the command takes with -f docx
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]

    real = tmp_path / "report.txt"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.txt"
    link.symlink_to(real)
    assert main(["export", "--db", str(db), "-o", str(link)]) == 0
    assert link.is_symlink() and "Statements were made" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.txt"
    assert main(["export", "--db", str(db), "-o", str(fresh)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


# 5 ------------------------------------------------------------------------------------------


def test_5_a_reader_never_sees_a_state_that_never_existed(tmp_path, monkeypatch):
    """The writer compacts between the reader's read of the snapshot and of the journal."""
    path = tmp_path / "n.json"
    writer = open_db(path, compact_at_bytes=1 << 30)
    for n in range(5):
        writer.table("statements").insert(entry(n))
    real_read_journal = recovery.read_journal  # type: ignore[attr-defined]  # the name recovery calls
    raced: list[object] = []

    def read_journal_after_a_compaction(*args, **kwargs):
        if not raced:
            raced.append(True)
            writer.storage.compact()  # the snapshot is replaced and the journal emptied, right now
        return real_read_journal(*args, **kwargs)

    monkeypatch.setattr(recovery, "read_journal", read_journal_after_a_compaction)
    reader = open_db(path, read_only=True)
    assert raced and len(reader.table("statements")) == 5
    writer.close()


# 6 ------------------------------------------------------------------------------------------


def test_6_deleting_the_lock_file_does_not_let_a_second_writer_in(db):
    first = open_store(db)
    lock_path(db).unlink()
    with pytest.raises(DatabaseInUse):
        open_store(db)
    first.close()


# 7 ------------------------------------------------------------------------------------------


def test_7_a_kill_in_the_middle_of_restore_leaves_the_backup_not_a_mixture(db, monkeypatch):
    from unreport_tui.storage import restore as restore_module

    backup = list_backups(db)[0]
    backed_up = open_store(backup.path, read_only=True).load()
    write_then_die(db, [entry(100)])  # changes made after the backup, in the journal of a process that died

    def killed(_path):
        raise KeyboardInterrupt  # the kill lands after the file is replaced, before the journal is emptied

    monkeypatch.setattr(restore_module, "_empty_in_place", killed)
    with pytest.raises(KeyboardInterrupt):
        restore_module.restore_backup(db, backup.path)
    assert journal_path(db).read_bytes()  # the old journal is still there
    assert open_store(db, read_only=True).load() == backed_up


def test_7_a_restore_leaves_the_backup_and_an_empty_journal_others_may_write(db):
    from unreport_tui.storage.restore import restore_backup

    backup = list_backups(db)[0]
    backed_up = open_store(backup.path, read_only=True).load()
    write_then_die(db, [entry(100)])
    journal_path(db).unlink()  # a journal that is not there is made, empty, as one there is emptied
    restore_backup(db, backup.path)
    assert journal_path(db).read_bytes() == b""
    assert journal_path(db).stat().st_mode & 0o777 == 0o600 & ~_umask()  # the owner's, as the database
    assert open_store(db, read_only=True).load() == backed_up


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# 8 ------------------------------------------------------------------------------------------


def test_8_an_import_on_a_full_disk_says_the_database_is_as_it_was(db, tmp_path, capsys, monkeypatch):
    import errno

    before = open_store(db, read_only=True).load()

    def full(*_):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    other = tmp_path / "other.toml"
    other.write_text('[session]\ntitle = "Other"\n', encoding="utf-8")
    monkeypatch.setattr(JournalFile, "append", full)
    err = one_line_refusal(capsys, ["import", str(other), "--db", str(db)], status=1)
    assert "No space left on device" in err and "The database is as it was" in err
    assert "saved as soon as the disk takes it" not in err
    monkeypatch.undo()
    assert open_store(db, read_only=True).load() == before


# 9 ------------------------------------------------------------------------------------------


def test_9_a_damaged_last_line_is_kept_aside_and_said(tmp_path):
    path = tmp_path / "n.json"
    write_then_die(path, [entry(1), entry(2)])
    data = bytearray(journal_path(path).read_bytes())
    last_start = data.rstrip(b"\n").rfind(b"\n") + 1
    data[last_start + 20] ^= 0x01  # one letter flipped: the line is whole, its checksum wrong
    journal_path(path).write_bytes(bytes(data))
    assert any("damaged" in line for line in check_database(path).lines)
    store = open_store(path)
    try:
        assert any("damaged" in w and "kept as" in w for w in store.warnings)
        kept = [b for b in list_backups(path) if b.label == "damaged-journal"]
        assert kept and kept[0].path.read_bytes() == bytes(data)
    finally:
        store.close()


def test_9_a_torn_last_line_is_still_dropped_quietly(tmp_path):
    path = tmp_path / "n.json"
    write_then_die(path, [entry(1)])
    with open(journal_path(path), "ab") as journal:
        journal.write(b'1234abcd {"seq":2,"ops":[["set"')  # no newline: a write cut short
    store = open_store(path)
    assert store.warnings == []
    store.close()


# 10 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage, named",
    [
        (lambda doc: doc.pop("position"), ".position: missing"),
        (lambda doc: doc.update(role="delegate"), ".role = 'delegate': expected one of member"),
        (lambda doc: doc.update(speaker=7), ".speaker = 7: expected text"),
    ],
)
def test_10_a_record_with_a_bad_field_is_named_by_check_export_and_open(db, capsys, damage, named):
    import json

    data = json.loads(db.read_text(encoding="utf-8"))
    first = next(iter(data["statements"].values()))
    damage(first)
    db.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()
    assert main(["check", "--db", str(db)]) == 1
    assert named in capsys.readouterr().out
    assert named in one_line_refusal(capsys, ["export", "--db", str(db)], status=1)
    assert named in one_line_refusal(capsys, ["--db", str(db)], status=1)
    assert db.read_bytes() == before


# 11 -----------------------------------------------------------------------------------------


def test_11_an_emptied_database_with_backups_is_not_taken_for_a_new_one(db, capsys):
    db.write_bytes(b"")
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "is empty, but backups of it exist" in out and "unreport restore" in out
    err = one_line_refusal(capsys, ["export", "--db", str(db)], status=1)
    assert "most recent good backup" in err
    assert db.read_bytes() == b""


# 12 -----------------------------------------------------------------------------------------


def test_12_a_copy_is_kept_at_close_even_after_a_compaction_emptied_the_journal(tmp_path, demo_session):
    path = tmp_path / "n.json"
    store = open_store(path)
    journal_of(store).compact_at_bytes = 1  # every write compacts
    store.replace(demo_session)
    assert journal_path(path).read_bytes() == b""
    store.close()
    backups = [b for b in list_backups(path) if not b.label]
    assert backups and open_store(backups[0].path, read_only=True).load() == demo_session


# 13 (the store refuses text that cannot be saved: test_session_store.py) and smaller ones -----


def test_a_temporary_snapshot_left_by_a_kill_is_removed_at_open(db):
    stale = db.parent / f".{db.name}.abc123.tmp"
    stale.write_bytes(b"x" * 1000)
    open_store(db).close()
    assert not stale.exists()


def test_labelled_copies_are_pruned_too(db, demo_file, monkeypatch):
    monkeypatch.setenv("UNREPORT_KEEP_BACKUPS", "2")
    for _ in range(4):
        assert main(["import", str(demo_file), "--db", str(db)]) == 0
    assert len([b for b in list_backups(db) if b.label == "before-import"]) == 2


def test_restore_of_a_backup_that_is_not_there_or_into_a_folder_that_is_not_says_which_and_how_to_find_one(db, tmp_path, capsys):
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}
    gone = tmp_path / "gone.json"
    assert main(["restore", str(gone), "--db", str(db)]) == 1
    assert f"unreport: {gone}: no such backup; `unreport backups --db {db}` lists them" in capsys.readouterr().err
    backup = next(iter(list_backups(db))).path
    nowhere = tmp_path / "no folder" / "notes.json"
    assert main(["restore", str(backup), "--db", str(nowhere)]) == 1
    assert f"unreport: {nowhere.parent}: no such folder" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()} == before and not nowhere.parent.exists()


def test_a_refused_restore_of_a_missing_database_leaves_nothing(tmp_path, capsys):
    missing = tmp_path / "none.json"
    assert main(["restore", "--db", str(missing)]) == 1
    assert "no good backup" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_check_says_when_the_backups_folder_is_a_file(db, capsys):
    import shutil

    shutil.rmtree(db.with_name(db.name + ".backups"))
    db.with_name(db.name + ".backups").write_text("oops", encoding="utf-8")
    assert main(["check", "--db", str(db)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().out


def test_a_fifo_as_the_import_file_is_refused_at_once(tmp_path, capsys):
    fifo = tmp_path / "session.toml"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_refusal(capsys, ["import", str(fifo), "--db", str(tmp_path / "n.json")])


def test_a_byte_order_mark_is_accepted(tmp_path, demo_file):
    with_bom = tmp_path / "bom.toml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + demo_file.read_bytes())
    assert main(["import", str(with_bom), "--db", str(tmp_path / "n.json")]) == 0


def test_escape_and_bell_never_reach_the_terminal(tmp_path, capsys):
    source = tmp_path / "s.toml"
    source.write_text(
        '[session]\ntitle = "T\\u001b[31mred\\u0007"\n[[items]]\nkey = "1"\nnumber = "1"\n'
        'title = "Item \\u001b]0;owned\\u0007"\n',
        encoding="utf-8",
    )
    assert main(["import", str(source), "--db", str(tmp_path / "n.json")]) == 0
    capsys.readouterr()
    for format in ("txt", "md"):
        assert main(["export", "--db", str(tmp_path / "n.json"), "--format", format]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "red" in out


def test_the_store_refuses_a_point_or_statement_under_an_item_that_does_not_exist(tmp_path):
    store = open_store(tmp_path / "n.json")
    store.add_item(Item("1", "1", "One"))
    with pytest.raises(NoSuchEntry):
        store.add_point("2", Point("x"))
    with pytest.raises(NoSuchEntry):
        store.add_statement("2", Statement("Chile", Role.MEMBER))
    store.close()


def test_the_cli_runs_without_a_traceback_on_a_bad_db_folder(tmp_path, capsys):
    err = one_line_refusal(capsys, ["export", "--db", str(tmp_path)], status=1)
    assert "is a folder" in err


def test_subprocess_entry_point_prints_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "unreport_tui", "export", "--db", str(tmp_path / "x.json")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "no such database" in result.stderr


@pytest.mark.parametrize(
    "table, damage, said",
    [
        ("session", lambda d: d.update(body=5), "session.body = 5: expected text"),
        (
            "session",
            lambda d: d.update(distribution="Secret"),
            "session.distribution = 'Secret': expected one of General, Limited, Restricted",
        ),
        (
            "session",
            lambda d: d.update(issued="yesterday"),
            "session.issued = 'yesterday': expected a date such as 2010-10-19 or null",
        ),
        (
            "session",
            lambda d: d.update(dates=["2010-10-18"]),
            "session.dates = ['2010-10-18']: expected [first day, last day] or null",
        ),
        ("session", lambda d: d.update(addendum="yes"), "session.addendum = 'yes': expected true or false"),
        ("session", lambda d: d.update(first_paragraph=0), "session.first_paragraph = 0: expected a whole number of at least 1"),
        ("session", lambda d: d.update(meetings="x"), "session.meetings = 'x': expected a list of meetings"),
        (
            "session",
            lambda d: d["meetings"][0].pop("number"),
            "session.meetings[0].number: missing; expected a whole number of at least 1",
        ),
        ("items", lambda d: d["documents"][0].pop("title"), ".documents[0].title: missing; expected text"),
        ("items", lambda d: d.update(meetings=["4"]), ".meetings = ['4']: expected a list of meeting numbers"),
        ("items", lambda d: d.update(position="first"), ".position = 'first': expected a number"),
        ("items", lambda d: d.update(documents=7), ".documents = 7: expected a list of documents"),
        # A summary style the report does not know ("Several delegatess") is refused, as the session file refuses it.
        (
            "session",
            lambda d: d.update(speaker_noun="delegates"),
            "session.speaker_noun = 'delegates': expected one of speaker, delegate, delegation, participant",
        ),
        ("items", lambda d: d.update(quantifiers="figures"), ".quantifiers = 'figures': expected one of words, numbers"),
        ("items", lambda d: d.update(order=7), ".order = 7: expected one of grouped, logged"),
        ("statements", lambda d: d.update(time="25:00"), ".time = '25:00': expected a time such as 10:32:05 or null"),
        ("statements", lambda d: d.update(duration=-1), ".duration = -1: expected a whole number of at least 0"),
        ("statements", lambda d: d.update(meeting=0), ".meeting = 0: expected a whole number of at least 1"),
        ("statements", lambda d: d.update(kind="speech"), ".kind = 'speech': expected one of statement, reply"),
        ("points", lambda d: d.update(speakers="Chile"), ".speakers = 'Chile': expected a list of names"),
        ("points", lambda d: d.update(join="no"), ".join = 'no': expected true or false"),
        ("points", lambda d: d.update(text=None), ".text = None: expected text"),
        (
            "points",
            lambda d: d.update(roles={"UNCTAD": "boss"}),
            ".roles = {'UNCTAD': 'boss'}: expected a table of names "
            "and roles, each one of member, signatory, observer_state, igo, ngo, official, nhri",
        ),
    ],
)
def test_every_field_of_a_stored_document_is_checked(db, table, damage, said):
    import json

    from unreport_tui.storage import DatabaseCorrupt

    data = json.loads(db.read_text(encoding="utf-8"))
    damage(next(iter(data[table].values())))
    db.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DatabaseCorrupt) as caught:
        open_store(db, read_only=True)
    message = str(caught.value)
    assert message.startswith(f"{db}: ") and said in message
    assert message.endswith(
        f"; the file has been left as it is (see `unreport check --db {db}` and `unreport backups --db {db}`)"
    )


@pytest.mark.parametrize(
    "table, damage, said",
    [
        ("statements", lambda t: t.update({"abc": t.pop(next(iter(t)))}), "statements: document id 'abc' is not a number"),
        ("statements", lambda t: t.update({"²": t.pop(next(iter(t)))}), "statements: document id '²' is not a number"),
        ("items", lambda t: t.update({"١": t.pop(next(iter(t)))}), "items: document id '١' is not a number"),
        ("points", lambda t: t.update({next(iter(t)): [1, 2]}), ": expected a JSON object"),
        ("statements", lambda t: t.update({next(iter(t)): [1, 2]}), ": expected a JSON object"),
        (
            "items",
            lambda t: next(iter(t.values())).update(allocation={"meeting": 3}),
            "allocation.date: missing; expected a date",
        ),
        ("_unreport", lambda t: t.pop("format"), "its format number is missing"),
    ],
)
def test_stored_documents_with_bad_ids_or_shapes(db, table, damage, said):
    import json

    from unreport_tui.storage import DatabaseCorrupt

    data = json.loads(db.read_text(encoding="utf-8"))
    damage(data[table])
    db.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DatabaseCorrupt, match=said.replace("(", r"\(").replace("[", r"\[")):
        open_store(db, read_only=True)


def test_a_database_from_before_live_logging_still_opens(db):
    """Statements stored before they had a meeting, a time and a duration."""
    import json

    data = json.loads(db.read_text(encoding="utf-8"))
    for statement in data["statements"].values():
        for key in ("meeting", "time", "duration"):
            statement.pop(key, None)
    db.write_text(json.dumps(data), encoding="utf-8")
    statements = open_store(db, read_only=True).load().items[0].statements
    assert statements and all((s.meeting, s.time, s.duration) == (None, None, None) for s in statements)
