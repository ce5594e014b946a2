"""Storage paths that only a failing disk, a dead process or a mistake take."""

from __future__ import annotations

import os
import threading
import time

import pytest

from unreport_tui.cli import demo_session_text, main
from unreport_tui.core.session_file import parse_session
from unreport_tui.storage import SaveFailed, check_database, list_backups, open_store
from unreport_tui.storage.background import BackgroundSaver
from unreport_tui.storage.backups import backup_dir, keep_copy
from unreport_tui.storage.lock import lock_path

from .storage_helpers import FlakyDisk, entry, open_db, write_then_die


def test_a_backup_that_cannot_be_made_is_said_and_nothing_is_lost(tmp_path):
    path = tmp_path / "n.json"
    db = open_db(path, backup_every=0)
    db.table("statements").insert(entry(1))
    db.close()
    for backup in list_backups(path):
        backup.path.unlink()
    backup_dir(path).rmdir()
    backup_dir(path).write_text("in the way", encoding="utf-8")
    db = open_db(path, backup_every=0)
    db.table("statements").insert(entry(2))  # saved; the backup after it fails, and says so
    assert db.storage.housekeeping_error.startswith("the last backup failed: ")
    db.close()
    assert [d["text"] for d in open_db(path, read_only=True).table("statements").all()] == ["note 1", "note 2"]


def test_a_batch_that_fails_keeps_what_an_earlier_failed_write_left_pending(tmp_path):
    disk = FlakyDisk()
    db = open_db(tmp_path / "n.json", **disk.options())
    db.table("statements").insert(entry(1))
    disk.full = True
    with pytest.raises(SaveFailed):
        db.table("statements").insert(entry(2))  # pending: in memory, not on disk
    with pytest.raises(RuntimeError):
        with db.storage.batch():
            db.table("statements").insert(entry(3))
            raise RuntimeError("the import failed half-way")
    assert [d["text"] for d in db.table("statements").all()] == ["note 1", "note 2"]
    disk.full = False
    db.close()
    assert [d["text"] for d in open_db(tmp_path / "n.json", read_only=True).table("statements").all()] == [
        "note 1", "note 2"]


def test_the_saver_survives_an_unexpected_error_and_retries():
    calls = []
    healed = threading.Event()

    def flush():
        calls.append(time.monotonic())
        if len(calls) < 3:
            raise RuntimeError("disk driver hiccup")
        healed.set()

    saver = BackgroundSaver(flush, "test.json", retry_after=0.01, max_retry_after=0.05)
    saver.wake()
    assert healed.wait(5)
    saver.stop()
    assert saver.last_error is None and len(calls) >= 3


def test_the_saver_reports_an_unexpected_error_in_words():
    failed = threading.Event()

    def flush():
        failed.set()
        raise RuntimeError("disk driver hiccup")

    saver = BackgroundSaver(flush, "test.json", retry_after=10, max_retry_after=10)
    saver.wake()
    assert failed.wait(5)
    deadline = time.monotonic() + 5
    while saver.last_error is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert str(saver.last_error) == "Could not save to test.json: disk driver hiccup"
    saver.stop()


def test_check_tells_of_changes_not_yet_folded_and_of_an_unfinished_write(tmp_path):
    path = tmp_path / "n.json"
    write_then_die(path, [entry(1), entry(2)])
    assert "journal: 2 change(s) not yet folded into the file" in "\n".join(check_database(path).lines)
    with open(path.with_name(path.name + ".journal"), "ab") as journal:
        journal.write(b"0000 {")
    lines = "\n".join(check_database(path).lines)
    assert "journal: 6 bytes of an unfinished write (never reported saved); dropped at the next open" in lines
    assert check_database(path).ok


def test_closing_empties_the_lock_file(tmp_path):
    store = open_store(tmp_path / "n.json")
    assert b'"pid"' in lock_path(tmp_path / "n.json").read_bytes()
    store.close()
    assert lock_path(tmp_path / "n.json").read_bytes() == b""


def test_read_only_on_a_missing_database_is_one_line(tmp_path, capsys):
    assert main(["--read-only", "--db", str(tmp_path / "none.json")]) == 1
    assert capsys.readouterr().err == f"unreport: {tmp_path / 'none.json'}: no such database\n"
    assert not (tmp_path / "none.json").exists()


def test_a_temporary_backup_copy_left_by_a_crash_is_pruned_after_an_hour(tmp_path):
    path = tmp_path / "n.json"
    store = open_store(path)
    store.replace(parse_session(demo_session_text()))
    store.close()
    folder = backup_dir(path)
    old, recent = folder / ".tmp-n-old.json", folder / ".tmp-n-recent.json"
    old.write_bytes(b"half")
    recent.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    keep_copy(path, path, label="manual")
    assert not old.exists() and recent.exists()


def test_the_demo_opens_on_a_scratch_copy_of_the_demo_session(monkeypatch, tmp_path):
    import unreport_tui.cli as cli

    seen = {}

    def fake_app(store):
        seen["session"] = store.load()
        seen["path"] = store.path
        store.close()
        return 0

    monkeypatch.setattr(cli, "_run_app", fake_app)
    monkeypatch.setenv("UNREPORT_DB", str(tmp_path / "mine.json"))
    assert main(["demo"]) == 0
    assert seen["session"] == parse_session(demo_session_text())
    assert not seen["path"].exists() and not (tmp_path / "mine.json").exists()  # a scratch copy, gone after


def test_restore_keeps_the_file_and_the_journal_it_replaces(tmp_path, demo_file, capsys):
    path = tmp_path / "n.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    write_then_die(path, [entry(9)])  # a crash left a change in the journal
    assert main(["restore", "--db", str(path)]) == 0
    labels = {b.label for b in list_backups(path)}
    assert {"before-restore", "before-restore-journal"} <= labels
    out = capsys.readouterr().out
    assert out.count("What was there before is kept as") == 2
