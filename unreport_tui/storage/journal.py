"""A TinyDB storage that never loses a logged note and whose writes cost the same at any size.

Design. The database is two files:

- ``notes.json``, the *snapshot*: an ordinary TinyDB JSON document (plus a small ``_unreport``
  entry with the format number and the last journal sequence number it contains). It is only
  ever replaced whole, by writing a temporary file, fsync, rename and fsync of the folder, so it
  is always either the old or the new version, and can be opened, copied and mailed.
- ``notes.json.journal``, the *journal*: one line per change since the snapshot, appended and
  fsync'd before the call that made the change returns. A line is ``<crc32> <json>``; a line cut
  short by a crash has no newline or a wrong checksum, and is dropped (it was never reported
  saved). Each line carries a sequence number, so lines already in the snapshot are skipped.

Logging a statement therefore costs one small append and one fsync whatever the size of the
database. The journal is folded into the snapshot (*compaction*) when the app closes, when it is
opened after a crash, when it grows past the snapshot's size, and for each rolling backup.

Reading is done from memory: the whole database is loaded at open, as TinyDB always does.
"""

from __future__ import annotations

import errno
import json
import os
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from ..core.atomic_write import write_atomically
from .backups import BackupInBackground, keep_copy, recovery_hint
from .errors import DatabaseCorrupt, ReadOnlyDatabase, SaveFailed
from .formats import CURRENT_FORMAT, Tables, encode_snapshot, parse_snapshot
from .lock import DatabaseLock

Op = list[Any]  # ["set", table, id, doc] | ["del", table, id] | ["clear", table] | ["replace", tables]


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + ".journal")


# --- the state of one saved change, for a UI that saves in the background -------------------

SAVED, SAVING, NOT_SAVED = "saved", "saving", "not saved"


@dataclass
class SaveTicket:
    seq: int
    state: str = SAVING
    error: str = ""
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    def wait(self, timeout: float | None = None) -> bool:
        """Until saved (True) or the timeout passes (False)."""
        return self._done.wait(timeout)


# --- reading the journal --------------------------------------------------------------------

def encode_line(seq: int, ops: list[Op]) -> bytes:
    payload = json.dumps({"seq": seq, "ops": ops}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


def decode_line(line: bytes) -> dict[str, Any] | None:
    """The record on one journal line, or None if the line is damaged."""
    if len(line) < 10 or line[8:9] != b" ":
        return None
    payload = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(payload):
            return None
        record = json.loads(payload)
    except ValueError:
        return None
    return record if isinstance(record, dict) and "seq" in record and "ops" in record else None


@dataclass
class JournalReading:
    records: list[dict[str, Any]]
    torn_bytes: int  # bytes after the last good line: a write cut short by a crash


def read_journal(path: Path, db: Path, hint: Callable[[], str] = lambda: "") -> JournalReading:
    """The good records of a journal. ``hint`` adds to a DatabaseCorrupt what the user can do."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return JournalReading([], 0)
    records: list[dict[str, Any]] = []
    good = 0
    damaged_at: int | None = None
    position = 0
    for line in data.splitlines(keepends=True):
        start, position = position, position + len(line)
        record = decode_line(line.rstrip(b"\n")) if line.endswith(b"\n") else None
        if record is None:
            damaged_at = start if damaged_at is None else damaged_at
            continue
        if damaged_at is not None:
            # A good line after a damaged one is not a crash during a write but a damaged file.
            raise DatabaseCorrupt(
                f"{path} is damaged at byte {damaged_at} (changes to {db.name} after its last "
                f"compaction); both files have been left as they are.{hint()}"
            )
        records.append(record)
        good = position
    return JournalReading(records, len(data) - good)


def apply_ops(tables: Tables, ops: list[Op]) -> None:
    for op in ops:
        kind = op[0]
        if kind == "set":
            tables.setdefault(op[1], {})[op[2]] = op[3]
        elif kind == "del":
            tables.get(op[1], {}).pop(op[2], None)
        elif kind == "clear":
            tables[op[1]] = {}
        elif kind == "replace":
            tables.clear()
            tables.update(op[1])
        else:
            raise ValueError(f"unknown journal operation {kind!r}")


def load_tables(db: Path) -> tuple[Tables, int, int, JournalReading]:
    """Snapshot plus journal, as of the last completed write: (tables, format, seq, journal)."""
    try:
        raw = db.read_bytes()
    except FileNotFoundError:
        raw = b""
    snapshot = parse_snapshot(db, raw, lambda: recovery_hint(db))
    journal = read_journal(journal_path(db), db, lambda: recovery_hint(db))
    seq = snapshot.seq
    for record in journal.records:
        if record["seq"] > seq:
            apply_ops(snapshot.tables, record["ops"])
            seq = record["seq"]
    return snapshot.tables, snapshot.format, seq, journal


# --- the storage ----------------------------------------------------------------------------

class JournalStorage(Storage):
    """TinyDB storage: see the module's docstring. Use it with ``JournalledTinyDB``."""

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        background: bool = False,
        backup_every: float = 300.0,
        keep_backups: int = 20,
        compact_at_bytes: int = 1 << 20,
        on_ticket: Callable[[SaveTicket], None] | None = None,  # called on the saving thread
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.backup_every = backup_every
        self.keep_backups = keep_backups
        self.compact_at_bytes = compact_at_bytes
        self.on_ticket = on_ticket
        self.mem_lock = threading.RLock()  # guards the tables in memory and the pending list
        self._io_lock = threading.RLock()  # one writer of the files at a time
        self._pending: list[tuple[bytes, SaveTicket]] = []
        self._batch: list[Op] | None = None
        self._journal_fd: int | None = None
        self._journal_bytes = 0
        self._journal_dirty = False  # a failed write could not be cut back: cut before the next one
        self._snapshot_bytes = 0
        self._last_backup = time.monotonic()
        self._lock: DatabaseLock | None = None
        self._saver = None
        self._backup: BackupInBackground | None = None
        # Seams for tests that simulate a full disk or a failing device.
        self._write = os.write
        self._sync = os.fsync
        self.migrated_from: int | None = None
        self.recovered_torn_bytes = 0
        self.housekeeping_error = ""
        self.last_ticket: SaveTicket | None = None

        if read_only:
            if not self.path.exists():
                raise FileNotFoundError(errno.ENOENT, "no such database", str(self.path))
            self._tables, _, self._seq, _ = load_tables(self.path)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = DatabaseLock(self.path).acquire()
        try:
            self._open_for_writing()
        except BaseException:
            self._lock.release()
            raise
        if background:
            from .background import BackgroundSaver

            self._saver = BackgroundSaver(self)

    def _open_for_writing(self) -> None:
        tables, version, seq, journal = load_tables(self.path)
        self._tables, self._seq = tables, seq
        if version < CURRENT_FORMAT and self.path.exists():
            keep_copy(self.path, self.path, label=f"format-{version}", keep=self.keep_backups)
            self.migrated_from = version
        self.recovered_torn_bytes = journal.torn_bytes
        self._journal_fd = os.open(journal_path(self.path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._journal_bytes = os.fstat(self._journal_fd).st_size
        if version < CURRENT_FORMAT or journal.records or journal.torn_bytes or not self.path.exists():
            # Fold the journal into a new snapshot and empty it: a torn line left at its end
            # would otherwise run into the next record appended.
            self.compact()
        self._snapshot_bytes = self.path.stat().st_size
        try:
            self._take_backup()
        except OSError as error:
            self.housekeeping_error = f"no backup could be made at open: {error}"

    # TinyDB's Storage interface ----------------------------------------------------------

    def read(self) -> Tables:
        return self._tables  # the live tables: JournalledTable records every change it makes

    def write(self, data: Tables) -> None:
        """A whole-database write (TinyDB's drop_tables and drop_table use it): one journal record."""
        self.refuse_if_read_only()
        copy = json.loads(json.dumps(data))
        with self.mem_lock:
            self._tables.clear()
            self._tables.update(copy)
            self.record([["replace", copy]])
        self.after_change()

    def close(self) -> None:
        """Save what is pending, fold the journal in, take a backup, let go of the lock.

        If the pending changes cannot be written, SaveFailed is raised and the database stays
        open, so that the caller can tell the user, who can free space and close again."""
        if self.read_only or self._lock is None:
            return
        if self._saver is not None:
            self._saver.stop()
            self._saver = None
        self.flush()
        try:
            if self._journal_bytes:
                try:
                    self.compact()
                    self._take_backup()  # the state the user leaves the meeting with
                except (OSError, SaveFailed) as error:
                    # Everything is in the journal already; the next open folds it in.
                    self.housekeeping_error = str(error)
        finally:
            if self._backup is not None:
                self._backup.join()
            if self._journal_fd is not None:
                os.close(self._journal_fd)
                self._journal_fd = None
            self._lock.release()
            self._lock = None

    # recording changes -------------------------------------------------------------------

    def refuse_if_read_only(self) -> None:
        """Called before memory is changed, so that a read-only copy never differs from the disk."""
        if self.read_only:
            raise ReadOnlyDatabase(f"{self.path} is open read-only; nothing can be changed.")

    def record(self, ops: list[Op]) -> SaveTicket | None:
        """Queue a change already made in memory. Call with ``mem_lock`` held."""
        if self._batch is not None:
            self._batch.extend(ops)
            return None
        self._seq += 1
        ticket = SaveTicket(self._seq)
        self._pending.append((encode_line(self._seq, ops), ticket))
        self.last_ticket = ticket
        return ticket

    def after_change(self) -> None:
        """Save now (durable call) or hand over to the background saver."""
        if self._batch is not None:
            return
        if self._saver is not None:
            self._saver.wake()
        else:
            self.flush()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes saved as one journal record: all of them survive a crash, or none."""
        with self.mem_lock:
            self._batch = []
            try:
                yield
            except BaseException:
                self._batch = None
                self._undo_unsaved_batch()
                raise
            ops, self._batch = self._batch, None
            if ops:
                self.record(ops)
        self.after_change()

    def _undo_unsaved_batch(self) -> None:
        """Memory back to what is on disk plus what is still waiting to be written."""
        tables, _, seq, _ = load_tables(self.path)
        for line, _ticket in self._pending:
            record = decode_line(line.rstrip(b"\n"))
            if record and record["seq"] > seq:
                apply_ops(tables, record["ops"])
                seq = record["seq"]
        self._tables.clear()
        self._tables.update(tables)

    @property
    def pending(self) -> int:
        with self.mem_lock:
            return len(self._pending)

    # writing -----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write and fsync every pending change; SaveFailed (and all kept pending) if the disk refuses."""
        with self._io_lock:
            with self.mem_lock:
                batch = list(self._pending)
            if not batch:
                return
            try:
                if self._journal_dirty:
                    self._cut_journal(self._journal_bytes)
                self._append(b"".join(line for line, _ in batch))
            except OSError as error:
                message = self._failure_message(error, len(batch))
                for _, ticket in batch:
                    self._set_state(ticket, NOT_SAVED, message)
                raise SaveFailed(message, error) from None
            with self.mem_lock:
                del self._pending[: len(batch)]
            for _, ticket in batch:
                self._set_state(ticket, SAVED)
            self._housekeeping()

    def _append(self, data: bytes) -> None:
        assert self._journal_fd is not None
        start = self._journal_bytes
        try:
            view = memoryview(data)
            while view:
                written = self._write(self._journal_fd, view)
                view = view[written:]
            self._sync(self._journal_fd)
        except OSError:
            try:
                self._cut_journal(start)
            except OSError:
                self._journal_dirty = True
            raise
        self._journal_bytes = start + len(data)

    def _cut_journal(self, length: int) -> None:
        """Cut a half-written record off the journal so that the file is as it was before."""
        assert self._journal_fd is not None
        os.ftruncate(self._journal_fd, length)
        os.fsync(self._journal_fd)
        self._journal_dirty = False

    def _failure_message(self, error: OSError, count: int) -> str:
        reason = os.strerror(error.errno) if error.errno else str(error)
        what = "1 change" if count == 1 else f"{count} changes"
        advice = "free some disk space" if error.errno == errno.ENOSPC else "check the disk"
        return (f"Could not save to {self.path}: {reason}. {what.capitalize()} kept in memory, not yet on disk; "
                f"{advice} and it will be saved with the next change.")

    def _set_state(self, ticket: SaveTicket, state: str, error: str = "") -> None:
        ticket.state, ticket.error = state, error
        if state == SAVED:
            ticket._done.set()
        if self.on_ticket is not None:
            self.on_ticket(ticket)

    def _housekeeping(self) -> None:
        """Compaction and rolling backups, after a write has already succeeded: their failure
        must not be reported as a lost note, so it is kept in ``housekeeping_error`` (for the app
        to show) and the work is tried again after the next write."""
        due_backup = time.monotonic() - self._last_backup >= self.backup_every
        if not (due_backup or self._journal_bytes > max(self.compact_at_bytes, self._snapshot_bytes)):
            return
        self.housekeeping_error = ""
        try:
            self.compact()
            if due_backup:
                self._take_backup()
        except (OSError, SaveFailed) as error:
            self.housekeeping_error = str(error)

    def _take_backup(self) -> None:
        if not any(self._tables.values()):
            return  # nothing worth a copy yet
        if self._backup is not None:
            self._backup.join()
            if self._backup.error:
                self.housekeeping_error = f"the last backup failed: {self._backup.error}"
        self._backup = BackupInBackground(self.path, self.keep_backups)
        self._last_backup = time.monotonic()

    def compact(self) -> None:
        """Fold the journal (and anything still pending) into a new snapshot, then empty the journal."""
        with self._io_lock:
            with self.mem_lock:
                data = encode_snapshot(self._tables, self._seq)
                folded = list(self._pending)
            try:
                write_atomically(self.path, data)
            except OSError as error:
                raise SaveFailed(self._failure_message(error, len(folded)), error) from None
            self._snapshot_bytes = len(data)
            with self.mem_lock:
                del self._pending[: len(folded)]
            for _, ticket in folded:
                self._set_state(ticket, SAVED)
            # A crash before this cut leaves old records behind: their sequence numbers are
            # below the snapshot's, so they are skipped at the next open.
            self._journal_bytes = 0
            if self._journal_fd is not None:
                try:
                    self._cut_journal(0)
                except OSError:
                    self._journal_dirty = True
