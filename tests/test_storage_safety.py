"""Crashes, full disks, a second copy of the app, backups: nothing reported saved is ever lost."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from unreport_tui.cli import demo_session_text, main
from unreport_tui.core.model import Item, Point
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.storage import DatabaseInUse, SaveFailed, SaveState, open_store
from unreport_tui.storage.backups import list_backups
from unreport_tui.storage.journal_lines import journal_path

from .storage_helpers import FlakyDisk, entry, journal_of, open_db

SAVED, NOT_SAVED = SaveState.SAVED, SaveState.NOT_SAVED


# --- a write that fails part-way ------------------------------------------------------------


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_failed_write_keeps_the_file_as_it_was_and_the_entry_in_memory(tmp_path, where):
    path = tmp_path / "n.json"
    disk = FlakyDisk()
    db = open_db(path, **disk.options())
    table = db.table("statements")
    table.insert(entry(1))
    before = journal_path(path).read_bytes()
    storage = db.storage
    if where == "write":
        disk.full = True
    else:
        disk.failing_sync = True

    with pytest.raises(SaveFailed) as caught:
        table.insert(entry(2))
    message = str(caught.value)
    assert message.startswith(f"Could not save to {path}: ")
    assert (
        ("No space left on device" in message and "free some disk space" in message)
        if where == "write"
        else "Input/output error" in message
    )
    assert "kept in memory" in message
    assert journal_path(path).read_bytes() == before  # the half record was cut off again
    assert [d["text"] for d in table.all()] == ["note 1", "note 2"]  # still there for the user
    assert storage.pending == 1

    disk.full = disk.failing_sync = False  # space is freed
    table.insert(entry(3))  # the next change saves the one that failed too
    assert storage.pending == 0
    crash_view = open_db(path, read_only=True)
    assert [d["text"] for d in crash_view.table("statements").all()] == ["note 1", "note 2", "note 3"]
    db.close()


# --- saving in the background ---------------------------------------------------------------


def test_background_saving_reports_each_entry_state(tmp_path):
    path = tmp_path / "n.json"
    states = []
    disk = FlakyDisk()
    db = open_db(
        path, background=True, on_ticket=lambda t: states.append((t.seq, t.state, t.error)), retry_after=0.05, **disk.options()
    )
    storage = db.storage
    table = db.table("statements")

    table.insert(entry(1))
    ticket = storage.last_ticket
    assert ticket.wait(5) and ticket.state == SAVED

    disk.full = True
    table.insert(entry(2))  # returns at once, whatever the disk does
    failed = storage.last_ticket
    deadline = time.monotonic() + 5
    while failed.state != NOT_SAVED and time.monotonic() < deadline:
        time.sleep(0.01)
    assert failed.state == NOT_SAVED and "No space left on device" in failed.error
    assert [d["text"] for d in table.all()] == ["note 1", "note 2"]

    disk.full = False  # the disk has room again: the saver retries by itself
    assert failed.wait(5) and failed.state == SAVED and failed.error == ""
    assert (failed.seq, NOT_SAVED) in [(s, st) for s, st, _ in states]
    assert [d["text"] for d in open_db(path, read_only=True).table("statements").all()] == ["note 1", "note 2"]
    db.close()


# --- one writer at a time -------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from unreport_tui.storage import open_store
    store = open_store(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
""")


@pytest.fixture
def holder(tmp_path):
    path = tmp_path / "n.json"
    store = open_store(path)
    store.replace(parse_session(demo_session_text()))
    store.close()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    yield path, child
    child.kill()
    child.wait()


def test_a_second_copy_is_told_who_has_the_database(holder):
    path, child = holder
    with pytest.raises(DatabaseInUse) as caught:
        open_store(path)
    assert f"is in use by process {child.pid} since " in str(caught.value)
    assert caught.value.pid == child.pid


def test_import_into_a_database_in_use_says_so(holder, demo_file, capsys):
    path, child = holder
    assert main(["import", str(demo_file), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"unreport: {path} is in use by process {child.pid} since") and err.count("\n") == 1


def test_the_second_copy_can_read(holder, capsys):
    path, _ = holder
    reader = open_store(path, read_only=True)
    assert reader.load().items[0].key == "2b"
    assert main(["export", "--db", str(path), "--format", "txt"]) == 0
    assert "Statements were made by" in capsys.readouterr().out


def test_a_lock_left_by_a_process_that_died_is_taken_over(holder):
    path, child = holder
    child.send_signal(signal.SIGKILL)
    child.wait()
    store = open_store(path)
    assert journal_of(store).took_over_from == child.pid
    assert store.load().items[0].key == "2b"
    store.close()


# --- a crash at any moment ------------------------------------------------------------------


def test_sigkill_at_random_moments_loses_nothing_reported_saved(tmp_path):
    """200 kills of a process logging as fast as it can (half of them saving in the background),
    at random moments: in a write, a compaction, a backup. After each, the database opens cleanly
    and holds every id the process had reported saved."""
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash_loop", str(tmp_path), "--kills", "200", "--seed", "20261128"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["failures"] == []
    assert outcome["kills"] == 200
    assert outcome["checked"] >= 800  # each child is killed after 0 to 10 saved ids: 5 a kill on average


# --- backups --------------------------------------------------------------------------------


def test_backups_are_rolling_and_bounded(tmp_path):
    path = tmp_path / "n.json"
    db = open_db(path, backup_every=0, keep_backups=3)
    for n in range(8):
        db.table("statements").insert(entry(n))
    db.close()
    rolling = [b for b in list_backups(path) if not b.label]
    assert len(rolling) == 3
    newest = open_db(rolling[0].path, read_only=True)
    assert len(newest.table("statements")) == 8


def test_a_rolling_backup_of_what_the_newest_holds_already_is_not_taken(tmp_path):
    """Commands run one after another, or the app opened and closed without a change, copied the
    same bytes again and again: each copy pushed an older, different backup out of those kept."""
    from unreport_tui.storage.backups import BackupInBackground

    path = tmp_path / "n.json"
    path.write_text('{"statements": {"1": {"speaker": "Chile"}}}', encoding="utf-8")
    for _ in range(3):
        copy = BackupInBackground(path, keep=3)
        copy.join()
        assert copy.error is None
    assert len([b for b in list_backups(path) if not b.label]) == 1
    path.write_text('{"statements": {"1": {"speaker": "Chile"}, "2": {"speaker": "Peru"}}}', encoding="utf-8")
    BackupInBackground(path, keep=3).join()
    newest = [b for b in list_backups(path) if not b.label]
    assert len(newest) == 2 and newest[0].path.read_bytes() == path.read_bytes()
    same_size = path.read_bytes().replace(b"Peru", b"Cuba")  # the same length, other bytes: copied
    path.write_bytes(same_size)
    BackupInBackground(path, keep=3).join()
    assert [b.path.read_bytes() for b in list_backups(path) if not b.label][0] == same_size


def test_a_newest_backup_that_cannot_be_read_never_stops_a_backup(tmp_path, monkeypatch):
    """Compared with a backup that cannot be read (a disk error, its rights), the copy is taken
    all the same, as before any comparison was made."""
    import builtins

    from unreport_tui.storage import backups
    from unreport_tui.storage.backups import BackupInBackground

    path = tmp_path / "n.json"
    path.write_text('{"statements": {}}', encoding="utf-8")
    BackupInBackground(path, keep=5).join()
    (newest,) = list_backups(path)

    def refusing(file, *args, **kwargs):
        if Path(file) == newest.path:
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(backups, "open", refusing, raising=False)
    copy = BackupInBackground(path, keep=5)
    copy.join()
    assert copy.error is None and len(list_backups(path)) == 2


def test_backups_list_and_restore_from_the_command_line(tmp_path, demo_file, capsys):
    path = tmp_path / "n.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    path.write_bytes(b"{ not json")  # the file is damaged
    capsys.readouterr()

    assert main(["export", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "cannot be read" in err and "most recent good backup" in err and "unreport restore" in err
    assert path.read_bytes() == b"{ not json"  # untouched

    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM:" in out and "unreport restore --db" in out

    assert main(["backups", "--db", str(path)]) == 0
    assert str(list_backups(path)[0].path) in capsys.readouterr().out

    assert main(["restore", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Restored {path} from ")
    assert open_store(path, read_only=True).load() == parse_session(demo_session_text())
    damaged_copy = [b for b in list_backups(path) if b.label == "before-restore"]
    assert damaged_copy and damaged_copy[0].path.read_bytes() == b"{ not json"
    assert main(["check", "--db", str(path)]) == 0


def test_restore_refuses_while_the_database_is_in_use(holder, capsys):
    path, child = holder
    assert main(["restore", "--db", str(path)]) == 1
    assert f"in use by process {child.pid}" in capsys.readouterr().err


def test_restore_of_a_damaged_backup_changes_nothing(tmp_path, demo_file, capsys):
    path = tmp_path / "n.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    before = path.read_bytes()
    assert main(["restore", str(bad), "--db", str(path)]) == 1
    assert "Choose another backup; nothing was changed." in capsys.readouterr().err
    assert path.read_bytes() == before


def test_backup_interval_and_count_from_the_environment(tmp_path, demo_file, monkeypatch, capsys):
    monkeypatch.setenv("UNREPORT_BACKUP_MINUTES", "0")
    monkeypatch.setenv("UNREPORT_KEEP_BACKUPS", "2")
    store = open_store(tmp_path / "n.json")
    store.add_item(Item("1", "1", "Item"))
    for n in range(5):
        store.add_point("1", Point(f"point {n}"))
    store.close()
    assert len([b for b in list_backups(tmp_path / "n.json") if not b.label]) == 2
    monkeypatch.setenv("UNREPORT_KEEP_BACKUPS", "none")
    assert main(["check", "--db", str(tmp_path / "n.json")]) == 0  # check reads no settings
    assert main(["export", "--db", str(tmp_path / "n.json")]) == 0  # nor does a read-only export
    capsys.readouterr()
    assert main(["import", str(demo_file), "--db", str(tmp_path / "n.json")]) == 1
    assert "UNREPORT_KEEP_BACKUPS='none': expected a number of at least 1" in capsys.readouterr().err


def test_close_on_a_full_disk_keeps_the_database_open_until_it_can_save(tmp_path):
    path = tmp_path / "n.json"
    disk = FlakyDisk()
    db = open_db(path, **disk.options())
    disk.full = True
    with pytest.raises(SaveFailed):
        db.table("statements").insert(entry(1))
    with pytest.raises(SaveFailed):
        db.storage.close()  # nothing may be dropped on the way out
    with pytest.raises(DatabaseInUse):
        open_store(path)  # still ours
    disk.full = False
    db.storage.close()
    assert [d["text"] for d in open_db(path, read_only=True).table("statements").all()] == ["note 1"]


def test_a_close_refused_for_a_full_disk_keeps_saving_in_the_background(tmp_path):
    disk = FlakyDisk()
    db = open_db(tmp_path / "n.json", background=True, retry_after=0.05, **disk.options())
    disk.full = True
    db.table("statements").insert(entry(1))
    with pytest.raises(SaveFailed):
        db.storage.close()
    disk.full = False  # space is freed: no other change needed for the saver to catch up
    assert db.storage.last_ticket.wait(5)
    db.storage.close()
    assert [d["text"] for d in open_db(tmp_path / "n.json", read_only=True).table("statements").all()] == ["note 1"]
