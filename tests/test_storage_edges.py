"""Storage paths that only a failing disk, a dead process or a mistake take."""

from __future__ import annotations

import errno
import os
import threading
import time

import pytest

from unreport_tui.cli import demo_session_text, main
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.storage import SaveFailed, SaveState, check_database, list_backups, open_store
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
    with pytest.raises(RuntimeError), db.storage.batch():
        db.table("statements").insert(entry(3))
        raise RuntimeError("the import failed half-way")
    assert [d["text"] for d in db.table("statements").all()] == ["note 1", "note 2"]
    disk.full = False
    db.close()
    assert [d["text"] for d in open_db(tmp_path / "n.json", read_only=True).table("statements").all()] == ["note 1", "note 2"]


def until(condition, timeout: float = 5.0) -> bool:
    """A deadline on a condition, never a fixed wait."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_the_saver_retries_a_disk_that_refuses_until_it_takes_the_write():
    calls = []
    healed = threading.Event()

    def flush():
        calls.append(time.monotonic())
        if len(calls) < 3:
            raise OSError(errno.EIO, "disk driver hiccup")
        healed.set()

    saver = BackgroundSaver(flush, "test.json", retry_after=0.01, max_retry_after=0.05)
    saver.wake()
    assert healed.wait(5)
    saver.stop()
    assert saver.last_error is None and len(calls) >= 3


def test_a_disk_that_refuses_is_said_in_words_and_tried_again_on_a_timer():
    failed = threading.Event()

    def flush():
        failed.set()
        raise OSError(errno.EIO, "disk driver hiccup")

    saver = BackgroundSaver(flush, "test.json", retry_after=10, max_retry_after=10)
    saver.wake()
    assert failed.wait(5)
    assert until(lambda: saver.last_error is not None)
    assert str(saver.last_error) == "Could not save to test.json: [Errno 5] disk driver hiccup"
    assert saver.last_error.error.errno == errno.EIO  # the disk's own error kept, for what to do about it
    assert saver.retry_in == 10
    saver.stop()


def test_a_save_failure_said_by_the_storage_is_passed_on_as_it_is_said():
    said = SaveFailed("Could not save to n.json: the disk is full (free some space)", OSError(errno.ENOSPC, "full"))
    failed = threading.Event()

    def flush():
        failed.set()
        raise said

    saver = BackgroundSaver(flush, "test.json", retry_after=10, max_retry_after=10)
    saver.wake()
    assert failed.wait(5)
    assert until(lambda: saver.last_error is not None)
    assert saver.last_error is said
    saver.stop()


def test_a_defect_in_saving_is_a_crash_report_and_said_once_not_retried_as_if_the_disk_were_full(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    told = []
    calls = []

    def flush():
        calls.append(1)
        raise TypeError("'NoneType' object is not subscriptable")

    saver = BackgroundSaver(
        flush, "test.json", retry_after=0.001, max_retry_after=0.001, on_defect=lambda error, report: told.append((error, report))
    )
    saver.wake()
    assert until(lambda: told)
    assert saver.retry_in is None  # not on a timer: a wait mends no defect; the next change tries again
    error, report = told[0]
    assert isinstance(error, TypeError)
    assert str(saver.last_error) == (
        "Could not save to test.json: unreport failed while saving (TypeError: 'NoneType' object is not subscriptable)"
    )
    assert report.parent == tmp_path / "state" / "unreport" / "log"
    written = report.read_text(encoding="utf-8")
    assert "Traceback" in written and "TypeError: 'NoneType' object is not subscriptable" in written
    saver.wake()  # the next change: tried again, and said again, but the same report
    assert until(lambda: len(told) == 2)
    assert told[1][1] == report and len(list(report.parent.iterdir())) == 1
    saver.stop()


class DefectiveWrite:
    """The journal's write with a defect in it (not a disk that refuses): a TypeError, until mended."""

    def __init__(self) -> None:
        self.broken = True

    def __call__(self, fd: int, data) -> int:
        if self.broken:
            os.write(fd, bytes(data[: len(data) // 2]))  # half a line on disk before it fails
            raise TypeError("a defect in the writer")
        return os.write(fd, data)


def _a_change_the_writer_fails_on(tmp_path):
    """A database whose writer has a defect, and the ticket of a change it failed to save."""
    write = DefectiveWrite()
    db = open_db(tmp_path / "n.json", background=True, retry_after=0.001, write=write)
    db.table("statements").insert(entry(1))
    ticket = db.storage.last_ticket
    assert until(lambda: ticket.state is SaveState.NOT_SAVED)
    return write, db, ticket


def test_a_defect_while_saving_marks_the_change_not_saved_naming_the_crash_report(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    write, db, ticket = _a_change_the_writer_fails_on(tmp_path)
    report = next((tmp_path / "state" / "unreport" / "log").iterdir())
    assert ticket.error == (
        f"Could not save to {tmp_path / 'n.json'}: unreport failed while saving (TypeError: a defect in the writer), "
        f"a fault in unreport, not in the disk; details for a bug report are in {report}. 1 change kept in memory, "
        f"not yet on disk; export the report to keep a copy, and they are tried again with the next change."
    )
    assert "TypeError: a defect in the writer" in report.read_text(encoding="utf-8")
    write.broken = False  # mended (a defect that depended on the moment): the next change saves both
    db.table("statements").insert(entry(2))
    assert db.storage.last_ticket.wait(5) and ticket.state is SaveState.SAVED
    db.close()
    assert [d["text"] for d in open_db(tmp_path / "n.json", read_only=True).table("statements").all()] == [
        "note 1",
        "note 2",
    ]  # the half line the defect left was cut back off


def test_a_defect_while_saving_is_said_even_when_no_crash_report_can_be_written(tmp_path, monkeypatch):
    (tmp_path / "state").write_text("a file where the folder of logs would go", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    write, db, ticket = _a_change_the_writer_fails_on(tmp_path)
    assert ticket.error == (
        f"Could not save to {tmp_path / 'n.json'}: unreport failed while saving (TypeError: a defect in the writer), "
        "a fault in unreport, not in the disk; no crash report could be written. 1 change kept in memory, "
        "not yet on disk; export the report to keep a copy, and they are tried again with the next change."
    )
    write.broken = False
    db.close()


def test_a_defect_after_everything_was_saved_is_said_as_housekeeping_naming_the_crash_report(tmp_path, monkeypatch):
    """Not a change lost: the note is on disk; folding the journal failed on a defect after it."""
    from unreport_tui.storage.compaction import write_snapshot

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    db = open_db(tmp_path / "n.json", background=True, retry_after=0.001, compact_at_bytes=0)

    def defective_snapshot(*_args):
        raise TypeError("a defect in compaction")

    monkeypatch.setattr("unreport_tui.storage.journal.write_snapshot", defective_snapshot)
    db.table("statements").insert(entry(1))
    ticket = db.storage.last_ticket
    assert ticket.wait(5) and ticket.state is SaveState.SAVED
    assert until(lambda: db.storage.housekeeping_error)
    report = next((tmp_path / "state" / "unreport" / "log").iterdir())
    assert db.storage.housekeeping_error == (
        f"unreport failed after saving (TypeError: a defect in compaction); details for a bug report are in {report}"
    )
    monkeypatch.setattr("unreport_tui.storage.journal.write_snapshot", write_snapshot)  # closing folds the journal
    db.close()
    assert [d["text"] for d in open_db(tmp_path / "n.json", read_only=True).table("statements").all()] == ["note 1"]


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

    def fake_app(store, scratch=False, **_modes):
        seen["session"] = store.load()
        seen["path"] = store.path
        seen["scratch"] = scratch  # the app offers exports elsewhere than the folder that goes
        store.close()
        return 0

    monkeypatch.setattr(cli, "_run_app", fake_app)
    monkeypatch.setenv("UNREPORT_DB", str(tmp_path / "mine.json"))
    assert main(["demo"]) == 0
    assert seen["session"] == parse_session(demo_session_text())
    assert not seen["path"].exists() and not (tmp_path / "mine.json").exists()  # a scratch copy, gone after
    assert seen["scratch"]


def test_restore_keeps_the_file_and_the_journal_it_replaces(tmp_path, demo_file, capsys):
    path = tmp_path / "n.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    write_then_die(path, [entry(9)])  # a crash left a change in the journal
    assert main(["restore", "--db", str(path)]) == 0
    labels = {b.label for b in list_backups(path)}
    assert {"before-restore", "before-restore-journal"} <= labels
    out = capsys.readouterr().out
    assert out.count("What was there before is kept as") == 2


def test_the_default_database_is_in_the_user_data_folder(monkeypatch, tmp_path):
    from unreport_tui.storage import StorageError, database_path

    monkeypatch.delenv("UNREPORT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert database_path() == (tmp_path / "data" / "unreport" / "unreport.json").resolve()
    monkeypatch.setenv("UNREPORT_DB", str(tmp_path / "env.json"))
    assert database_path() == (tmp_path / "env.json").resolve()
    assert database_path(str(tmp_path / "given.json")) == (tmp_path / "given.json").resolve()
    with pytest.raises(StorageError) as caught:
        database_path(" ")
    assert str(caught.value) == "--db '': give the path of the database file, or leave --db out to use the default"
    with pytest.raises(StorageError) as caught:
        database_path(str(tmp_path))
    assert str(caught.value) == f"{tmp_path} is a folder; give the path of a database file, such as {tmp_path / 'unreport.json'}"


def test_the_newest_good_backup_is_found_behind_a_damaged_one(tmp_path):
    from unreport_tui.storage.backups import latest_good_backup, recovery_hint

    path = tmp_path / "n.json"
    assert recovery_hint(path) == " No good backup was found next to it."
    store = open_store(path)
    store.replace(parse_session(demo_session_text()))
    store.close()
    good = list_backups(path)[0]
    time.sleep(0.01)
    damaged = keep_copy(path, path)
    damaged.write_bytes(b"{ torn")
    assert list_backups(path)[0].path == damaged
    assert latest_good_backup(path).path == good.path
    assert recovery_hint(path) == (
        f" The most recent good backup is {good.path} ({good.taken:%Y-%m-%d %H:%M}); "
        f"`unreport restore --db {path}` brings it back."
    )


def test_a_defect_in_reading_backups_is_not_said_as_no_good_backup(tmp_path, monkeypatch):
    import unreport_tui.storage.backups as backups

    path = tmp_path / "n.json"
    store = open_store(path)
    store.replace(parse_session(demo_session_text()))
    store.close()

    def defective(*_):
        raise TypeError("a defect in the reader")

    monkeypatch.setattr(backups, "parse_snapshot", defective)
    with pytest.raises(TypeError, match="a defect in the reader"):  # a crash report where it is caught, not words
        backups.recovery_hint(path)


def test_a_backup_with_a_damaged_sequence_number_is_passed_over_and_a_database_with_one_is_named_damaged(tmp_path):
    from unreport_tui.storage import DatabaseCorrupt
    from unreport_tui.storage.backups import latest_good_backup

    path = tmp_path / "n.json"
    store = open_store(path)
    store.replace(parse_session(demo_session_text()))
    store.close()
    good = list_backups(path)[0]
    time.sleep(0.01)  # a later time stamp, in the backup's name
    damaged = keep_copy(path, path)
    damaged.write_bytes(b'{"_unreport": {"format": 2, "seq": "twelve"}, "session": {}}')
    assert latest_good_backup(path).path == good.path
    path.write_bytes(damaged.read_bytes())
    with pytest.raises(DatabaseCorrupt) as caught:
        open_store(path)
    assert str(caught.value).startswith(
        f"{path} cannot be read: its sequence number 'twelve' is not a whole number. The most recent good backup is {good.path}"
    )
    assert path.read_bytes() == damaged.read_bytes()  # left as it is


def test_an_empty_file_is_not_worth_a_copy(tmp_path):
    empty = tmp_path / "n.json"
    empty.write_bytes(b"")
    assert keep_copy(empty, empty) is None and keep_copy(tmp_path / "none.json", empty) is None


def test_what_check_says_of_a_good_database(tmp_path):
    path = tmp_path / "n.json"
    store = open_store(path)
    store.replace(parse_session(demo_session_text()))
    store.close()
    backup = list_backups(path)[0]
    health = check_database(path)
    assert health.ok and health.lines == [
        f"{path}: readable, format 2 (1 agenda item(s), 22 statement(s), 16 point(s))",
        f"backups: 1; most recent good one: {backup.path} ({backup.taken:%Y-%m-%d %H:%M})",
    ]
    assert check_database(tmp_path / "none.json").lines == [
        f"PROBLEM: {tmp_path / 'none.json'} does not exist",
        "backups: none yet",
    ]


def test_check_names_the_process_that_has_the_database(tmp_path):
    path = tmp_path / "n.json"
    store = open_store(path)
    try:
        lines = check_database(path).lines
        assert any(line.startswith(f"in use by process {os.getpid()} since ") for line in lines)
    finally:
        store.close()


def test_check_of_a_format_1_file_and_of_a_file_with_only_bad_backups(tmp_path):
    import json

    path = tmp_path / "n.json"
    path.write_text(json.dumps({"items": {"1": {"key": "1", "position": 0}}}), encoding="utf-8")
    lines = check_database(path).lines
    assert lines[1] == "format 1 will be brought up to 2 at the next open (a copy is kept)"
    backup_dir(path).mkdir()
    (backup_dir(path) / "n-20260101-101010-000000.json").write_bytes(b"{ torn")
    path.write_bytes(b"{ torn too")
    health = check_database(path)
    assert not health.ok and health.lines[-1] == "backups: 1, none of them good"


@pytest.mark.parametrize(
    "count, errno_name, said",
    [
        (
            1,
            "ENOSPC",
            "1 change kept in memory, not yet on disk; free some disk space: it is saved as soon as the disk takes it "
            "(tried again every few seconds, and at the next change).",
        ),
        (
            2,
            "EIO",
            "2 changes kept in memory, not yet on disk; check the disk: it is saved as soon as the disk takes it "
            "(tried again every few seconds, and at the next change).",
        ),
    ],
)
def test_a_failed_save_says_how_many_changes_wait_and_what_to_do(tmp_path, count, errno_name, said):
    import errno

    disk = FlakyDisk()
    db = open_db(tmp_path / "n.json", **disk.options())
    if errno_name == "ENOSPC":
        disk.full = True
    else:
        disk.failing_sync = True
    messages = []
    for n in range(count):
        with pytest.raises(SaveFailed) as caught:
            db.table("statements").insert(entry(n))
        messages.append(str(caught.value))
    reason = os.strerror(getattr(errno, errno_name))
    assert messages[-1] == f"Could not save to {tmp_path / 'n.json'}: {reason}. {said[0].upper()}{said[1:]}"
    disk.full = disk.failing_sync = False
    db.close()


def test_discarding_what_could_not_be_saved(tmp_path):
    from unreport_tui.storage import SaveState
    from unreport_tui.storage.session_store import TinyDBSessionStore

    disk = FlakyDisk()
    store = TinyDBSessionStore(tmp_path / "n.json", **disk.options())
    store.replace(parse_session(demo_session_text()))
    disk.full = True
    with pytest.raises(SaveFailed):
        store.update_info(parse_session(demo_session_text()).info.__class__(title="Lost"))
    ticket = store.last_save
    store.discard_unsaved()
    assert (ticket.state, ticket.error) == (SaveState.NOT_SAVED, "discarded")
    assert store.load() == parse_session(demo_session_text())
    disk.full = False
    store.close()
    assert open_store(tmp_path / "n.json", read_only=True).load() == parse_session(demo_session_text())


def test_a_lock_whose_file_says_nothing_of_its_holder(tmp_path):
    import subprocess
    import sys
    import textwrap

    from unreport_tui.storage import DatabaseInUse

    path = tmp_path / "n.json"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
        import sys
        from pathlib import Path
        from unreport_tui.storage import open_store
        store = open_store(Path(sys.argv[1]))
        print("ready", flush=True)
        sys.stdin.readline()
    """),
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        lock_path(path).write_text("garbage", encoding="utf-8")
        with pytest.raises(DatabaseInUse) as caught:
            open_store(path)
        assert str(caught.value).startswith(f"{path} is in use by another process since an unknown time.")
        assert caught.value.pid is None
    finally:
        child.kill()
        child.wait()


def _disk_full(*_: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_write_that_fails_leaves_the_file_as_it_was_and_no_temporary_beside_it(tmp_path, monkeypatch):
    from unreport_tui.storage.atomic_write import write_atomically

    path = tmp_path / "d.json"
    path.write_bytes(b"as it was")
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(path, b"new")
    monkeypatch.undo()
    assert path.read_bytes() == b"as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]


def test_a_backup_copy_that_fails_leaves_no_half_copy_among_the_backups(tmp_path, monkeypatch):
    db = tmp_path / "n.json"
    db.write_text('{"statements": {}}', encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(OSError, match="No space left"):
        keep_copy(db, db)
    monkeypatch.undo()
    assert list(backup_dir(db).iterdir()) == []
    assert list_backups(db) == []


def test_files_in_the_backups_folder_that_are_not_backups_are_passed_over(tmp_path):
    db = tmp_path / "n.json"
    db.write_text('{"statements": {}}', encoding="utf-8")
    kept = keep_copy(db, db)
    for stranger in ("n-not a date.json", "n-20261201.json", "other-20261201-101010.json", "n-x.txt"):
        (backup_dir(db) / stranger).write_text("{}", encoding="utf-8")
    assert [b.path for b in list_backups(db)] == [kept]


def test_a_backup_that_cannot_start_at_open_is_said_and_the_database_opens(tmp_path, monkeypatch):
    from unreport_tui.storage import backup_schedule

    path = tmp_path / "n.json"
    db = open_db(path, backup_every=0)
    db.table("statements").insert(entry(1))
    db.close()

    def no_file_handles(*_: object, **__: object) -> None:
        raise OSError(errno.EMFILE, "Too many open files")

    monkeypatch.setattr(backup_schedule, "BackupInBackground", no_file_handles)
    db = open_db(path, backup_every=0)
    assert db.storage.housekeeping_error == "no backup could be made at open: [Errno 24] Too many open files"
    assert [d["text"] for d in db.table("statements").all()] == ["note 1"]
    db.close()


def test_a_change_half_written_and_not_cut_back_is_cut_before_the_next_one(tmp_path, monkeypatch):
    from unreport_tui.storage.journal_file import JournalFile

    path = tmp_path / "n.json.journal"
    writes = []

    def half_then_fail(fd: int, view: memoryview) -> int:
        writes.append(bytes(view))
        if len(writes) == 1:  # the disk takes three bytes of the first change, then fails
            os.write(fd, view[:3])
            raise OSError(errno.EIO, "Input/output error")
        return os.write(fd, view)

    journal = JournalFile(path, half_then_fail)
    monkeypatch.setattr(os, "ftruncate", _disk_full)  # and cannot be cut back at once
    with pytest.raises(OSError, match="Input/output"):
        journal.append(b'{"seq": 1}\n')
    monkeypatch.undo()
    assert path.read_bytes() == b'{"s'
    journal.append(b'{"seq": 2}\n')
    assert path.read_bytes() == b'{"seq": 2}\n'
    journal.close()


def test_a_journal_that_could_not_be_emptied_is_emptied_before_the_next_change(tmp_path, monkeypatch):
    from unreport_tui.storage.journal_file import JournalFile

    path = tmp_path / "n.json.journal"
    journal = JournalFile(path)
    journal.append(b'{"seq": 1}\n')
    monkeypatch.setattr(os, "ftruncate", _disk_full)
    journal.empty()  # after a compaction: the line left is older than the snapshot
    monkeypatch.undo()
    assert path.read_bytes() == b'{"seq": 1}\n'
    journal.append(b'{"seq": 2}\n')
    assert path.read_bytes() == b'{"seq": 2}\n'
    journal.close()
