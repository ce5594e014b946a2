"""The notes are the note-taker's alone: the database, its journal (the notes of the running
session), its lock and its backups are made readable by their owner only, whatever the umask
lets through (a shared machine in a conference room)."""

from __future__ import annotations

import os
import stat

from unreport_tui.storage import backup_dir, list_backups, open_store
from unreport_tui.storage.backups import keep_copy


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_database_and_every_file_beside_it_are_the_owners_alone(tmp_path, demo_session):
    before = os.umask(0o022)  # the usual umask, which leaves new files readable by all
    try:
        db = tmp_path / "notes.json"
        store = open_store(db)
        store.replace(demo_session)
        beside = {path.name: mode(path) for path in tmp_path.iterdir() if path.is_file()}
        keep_copy(db, db)
        store.close()
    finally:
        os.umask(before)
    assert mode(db) == 0o600
    assert beside and all(bits == 0o600 for bits in beside.values()), beside  # the journal, the lock
    assert {"notes.json.journal", "notes.json.lock"} <= set(beside)
    assert mode(backup_dir(db)) == 0o700
    backups = list_backups(db)
    assert backups and all(mode(backup.path) == 0o600 for backup in backups)


def test_files_made_readable_by_all_before_are_made_private_when_opened(tmp_path, demo_session):
    db = tmp_path / "notes.json"
    store = open_store(db)
    store.replace(demo_session)
    keep_copy(db, db)
    store.close()
    for beside in (tmp_path / "notes.json.journal", tmp_path / "notes.json.lock"):
        beside.touch()
        beside.chmod(0o644)  # as an unreport before this one left them
    backup_dir(db).chmod(0o755)
    store = open_store(db)
    store.replace(demo_session)
    keep_copy(db, db)
    store.close()
    assert mode(tmp_path / "notes.json.journal") == 0o600 and mode(tmp_path / "notes.json.lock") == 0o600
    assert mode(backup_dir(db)) == 0o700
