"""A TinyDB storage that never loses a logged note and whose writes cost the same at any size.

Design. The database is two files:

- ``notes.json``, the *snapshot*: an ordinary TinyDB JSON document (plus a small ``_unreport``
  entry with the format number and the last journal sequence number it contains). It is only
  ever replaced whole, by writing a temporary file, fsync, rename and fsync of the folder, so it
  is always either the old or the new version, and can be opened, copied and mailed.
- ``notes.json.journal``, the *journal*: one line per change since the snapshot, appended and
  fsync'd before the call that made the change returns (``journal_lines.py`` has the format).
  Each line carries a sequence number, so lines already in the snapshot are skipped.

Logging a statement therefore costs one small append and one fsync whatever the size of the
database. The journal is folded into the snapshot (*compaction*) when the app closes, when it is
opened after a crash, when it grows past the snapshot's size, and for each rolling backup.

Reading is done from memory: the whole database is loaded at open, as TinyDB always does.

This module ties the parts together: memory and the pending changes, with the lock
(``lock.py``), the journal file (``journal_file.py``), reading after a crash (``recovery.py``),
compaction (``compaction.py``), backups (``backup_schedule.py``) and the saver thread
(``background.py``) each in their own module.
"""

from __future__ import annotations

import errno
import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tinydb.storages import Storage

from ..core.english import upper_first
from .backup_schedule import BackupSchedule
from .backups import keep_copy
from .compaction import remove_stale_snapshots, write_snapshot
from .errors import ReadOnlyDatabase, SaveFailed, StorageError, UnsavableText
from .formats import CURRENT_FORMAT, Tables, encode_snapshot
from .journal_file import JournalFile
from .journal_lines import JournalReading, Op, apply_ops, decode_line, encode_line, journal_path
from .lock import DatabaseLock
from .recovery import files_state, load_tables
from .save_state import SaveState, SaveTicket

__all__ = ["JournalStorage", "journal_path"]


def _filled(tables: Tables) -> Tables:
    """The tables that hold something: a snapshot keeps an empty table that the journal never named."""
    return {name: table for name, table in tables.items() if table}


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
        write: Callable[[int, memoryview], int] = os.write,  # seams for tests of a full or failing disk
        fsync: Callable[[int], None] = os.fsync,
        validate: Callable[[Tables], object] = lambda _: None,  # raises StorageError for bad content
        retry_after: float = 1.0,  # the background saver's first wait before it tries a failed write again
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.keep_backups = keep_backups
        self.compact_at_bytes = compact_at_bytes
        self.on_ticket = on_ticket
        self.mem_lock = threading.RLock()  # guards the tables in memory and the pending list
        self._io_lock = threading.RLock()  # one writer of the files at a time
        self._pending: list[tuple[bytes, SaveTicket]] = []
        self._batch: list[Op] | None = None
        self._journal: JournalFile | None = None
        self._snapshot_bytes = 0
        self._lock: DatabaseLock | None = None
        self._saver = None
        self.backups = BackupSchedule(self.path, backup_every, keep_backups)
        self.migrated_from: int | None = None
        self.recovered_torn_bytes = 0
        self.warnings: list[str] = []  # what the user should hear about at open (a damaged journal line kept aside)
        self.housekeeping_error = ""
        self.last_ticket: SaveTicket | None = None

        self._validate = validate
        self._followed: object = None  # the files as a read-only copy last read them (see follow)
        if read_only:
            if not self.path.exists():
                raise FileNotFoundError(errno.ENOENT, "no such database", str(self.path))
            self._followed = files_state(self.path)  # before reading: a change made meanwhile is read next time
            recovered = load_tables(self.path)
            validate(recovered.tables)
            self._tables, self._seq = recovered.tables, recovered.seq
            if recovered.journal.damaged_tail:  # a reader changes nothing, but what it shows lacks them
                self.warnings.append(_damage_said(recovered.journal, self.path, None))
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = DatabaseLock(self.path).acquire()
        try:
            self._open_for_writing(write, fsync, validate)
        except BaseException:
            if self._journal is not None:
                self._journal.close()
            self._lock.release()
            raise
        if background:
            from .background import BackgroundSaver

            self._saver = BackgroundSaver(
                self.flush, str(self.path), retry_after=retry_after, on_defect=self._saving_failed_on_a_defect
            )

    def _open_for_writing(
        self, write: Callable[[int, memoryview], int], fsync: Callable[[int], None], validate: Callable[[Tables], object]
    ) -> None:
        remove_stale_snapshots(self.path)
        recovered = load_tables(self.path)
        validate(recovered.tables)
        self._tables, self._seq = recovered.tables, recovered.seq
        version, journal = recovered.format, recovered.journal
        if version < CURRENT_FORMAT and self.path.exists():
            keep_copy(self.path, self.path, label=f"format-{version}", keep=self.keep_backups)
            self.migrated_from = version
        if journal.damaged_tail:
            kept = keep_copy(journal_path(self.path), self.path, label="damaged-journal", keep=self.keep_backups)
            self.warnings.append(_damage_said(journal, self.path, kept))
        self.recovered_torn_bytes = journal.torn_bytes
        self._journal = JournalFile(journal_path(self.path), write, fsync)
        if version < CURRENT_FORMAT or journal.records or journal.torn_bytes or journal.damaged_tail or not self.path.exists():
            # Fold the journal into a new snapshot and empty it: a torn line left at its end
            # would otherwise run into the next record appended.
            self.compact()
        self._snapshot_bytes = self.path.stat().st_size
        if any(self._tables.values()):
            try:
                self.backups.take()
            except OSError as error:
                self.housekeeping_error = f"no backup could be made at open: {error}"

    @property
    def took_over_from(self) -> int | None:
        """The pid named in a lock left by a process that had died, if this open took it over."""
        return self._lock.took_over_from if self._lock is not None else None

    @property
    def seq(self) -> int:
        """The number of the last change record: a different number means the tables changed."""
        return self._seq

    def follow(self) -> bool:
        """A read-only copy: the tables as the writing copy has saved them since the last call;
        True if they changed. When neither file changed this is two stats and nothing more.

        It never takes the lock and never writes, so the writer never waits for it. A journal line
        still being written has no newline yet and is left for the next call; a compaction that
        replaces the snapshot meanwhile makes the reading start again (``load_tables``).
        StorageError or OSError if the files cannot be read as they are now: the tables stay as
        they were."""
        if not self.read_only:
            return False  # a writer's tables are what is on disk, and more
        seen = files_state(self.path)
        if seen == self._followed:
            return False
        recovered = load_tables(self.path)
        self._validate(recovered.tables)
        with self.mem_lock:
            changed = recovered.seq != self._seq or _filled(recovered.tables) != _filled(self._tables)
            self._tables, self._seq = recovered.tables, recovered.seq  # swapped whole: a reader holds one or the other
        self._followed = seen
        return changed

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
        # First the write that may fail, with the saver still there to retry it: a close refused
        # for a full disk leaves the database exactly as open as before.
        self.flush()
        if self._saver is not None:
            self._saver.stop()
            self._saver = None
        self.flush()  # what came in while the saver stopped
        try:
            if self._journal is not None and self._journal.size:
                self.compact()
            if self.backups.changed:
                self.backups.take()  # the state the user leaves the meeting with
        except (OSError, SaveFailed) as error:
            # Everything is in the journal already; the next open folds it in.
            self.housekeeping_error = f"the journal was not folded in, nor a backup taken: {error}; nothing is lost"
        finally:
            self.backups.join()
            if self._journal is not None:
                self._journal.close()
                self._journal = None
            self._lock.release()
            self._lock = None

    def discard_unsaved(self) -> None:
        """Forget changes that could not be written (an import that failed on a full disk), so that
        the database stays exactly as it is on disk."""
        with self._io_lock, self.mem_lock:
            for _, ticket in self._pending:
                self._settle(ticket, SaveState.NOT_SAVED, "discarded")
            self._pending.clear()
            self._reload_from_disk()

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
        try:
            line = encode_line(self._seq + 1, ops)
        except UnicodeEncodeError as error:
            # Memory has the change already (TinyDB made it): put memory back as it was.
            self._reload_from_disk()
            raise UnsavableText(
                f"This text cannot be saved: it holds a character that is not valid text "
                f"({error.object[error.start : error.end]!a}); nothing was changed. Retype it."
            ) from None
        self._seq += 1
        ticket = SaveTicket(self._seq)
        self._pending.append((line, ticket))
        self.last_ticket = ticket
        self.backups.note_change()
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
            if self._batch is not None:  # inside another batch: its changes join that one
                yield
                return
            self._batch = []
            try:
                yield
            except BaseException:
                self._batch = None
                self._reload_from_disk()
                raise
            ops, self._batch = self._batch, None
            if ops:
                self.record(ops)  # text that cannot be saved puts memory back as it was
        self.after_change()

    def _reload_from_disk(self) -> None:
        """Memory back to what is on disk plus what is still waiting to be written."""
        recovered = load_tables(self.path)
        tables, seq = recovered.tables, recovered.seq
        for line, _ticket in self._pending:
            record = decode_line(line.rstrip(b"\n"))
            if record and record["seq"] > seq:
                apply_ops(tables, record["ops"])
                seq = record["seq"]
        self._tables.clear()
        self._tables.update(tables)
        self._seq = max(self._seq, seq)

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
            if self._journal is None:
                raise StorageError(f"{self.path} is closed")
            try:
                self._journal.append(b"".join(line for line, _ in batch))
            except OSError as error:
                message = self._failure_message(error, len(batch))
                for _, ticket in batch:
                    self._settle(ticket, SaveState.NOT_SAVED, message)
                raise SaveFailed(message, error) from None
            with self.mem_lock:
                del self._pending[: len(batch)]
            for _, ticket in batch:
                self._settle(ticket, SaveState.SAVED)
            self._housekeeping()

    def _failure_message(self, error: OSError, count: int) -> str:
        reason = os.strerror(error.errno) if error.errno else str(error)
        what = "1 change" if count == 1 else f"{count} changes"
        advice = "free some disk space" if error.errno == errno.ENOSPC else "check the disk"
        return (
            f"Could not save to {self.path}: {reason}. {what.capitalize()} kept in memory, not yet on disk; "
            f"{advice}: it is saved as soon as the disk takes it (tried again every few seconds, and at the next change)."
        )

    def _saving_failed_on_a_defect(self, error: Exception, report: Path | None) -> None:
        """The saver met a defect of unreport, not a refusal of the disk: the changes still waiting
        are marked not saved, with words that say so (the status line shows them); a defect after
        everything was written (compaction, a backup) is said as housekeeping is."""
        details = f"details for a bug report are in {report}" if report is not None else "no crash report could be written"
        with self.mem_lock:
            waiting = [ticket for _, ticket in self._pending]
        if not waiting:
            self.housekeeping_error = f"unreport failed after saving ({type(error).__name__}: {error}); {details}"
            return
        what = "1 change" if len(waiting) == 1 else f"{len(waiting)} changes"
        message = (
            f"Could not save to {self.path}: unreport failed while saving ({type(error).__name__}: {error}), "
            f"a fault in unreport, not in the disk; {details}. {what.capitalize()} kept in memory, not yet "
            f"on disk; export the report to keep a copy, and they are tried again with the next change."
        )
        for ticket in waiting:
            self._settle(ticket, SaveState.NOT_SAVED, message)

    def _settle(self, ticket: SaveTicket, state: SaveState, error: str = "") -> None:
        ticket.settle(state, error)
        if self.on_ticket is not None:
            self.on_ticket(ticket)

    def _housekeeping(self) -> None:
        """Compaction and rolling backups, after a write has already succeeded: their failure
        must not be reported as a lost note, so it is kept in ``housekeeping_error`` (for the app
        to show) and the work is tried again after the next write."""
        assert self._journal is not None
        due_backup = self.backups.due()
        if not (due_backup or self._journal.size > max(self.compact_at_bytes, self._snapshot_bytes)):
            return
        self.housekeeping_error = ""
        try:
            self.compact()
            if due_backup:
                self.backups.take()
        except (OSError, SaveFailed) as error:
            self.housekeeping_error = str(error)
        if self.backups.error:
            self.housekeeping_error = self.backups.error

    def compact(self) -> None:
        """Fold the journal (and anything still pending) into a new snapshot, then empty the journal."""
        with self._io_lock:
            with self.mem_lock:
                data = encode_snapshot(self._tables, self._seq)
                folded = list(self._pending)
            try:
                self._snapshot_bytes = write_snapshot(self.path, data)
            except OSError as error:
                raise SaveFailed(self._failure_message(error, len(folded)), error) from None
            with self.mem_lock:
                del self._pending[: len(folded)]
            for _, ticket in folded:
                self._settle(ticket, SaveState.SAVED)
            # A crash before this cut leaves old records behind: their sequence numbers are
            # below the snapshot's, so they are skipped at the next open.
            if self._journal is not None:
                self._journal.empty()


def _damage_said(journal: JournalReading, db: Path, kept: Path | None) -> str:
    """The damaged last lines of a journal as the user is told of them: kept aside by the writer
    that opened the database, or left out by a reader, which changes nothing."""
    one = journal.damaged_line == journal.lines
    where = journal.damaged_lines
    then = (
        f"the journal as it was is kept as {kept}"
        if kept
        else f"what is shown here is without {'it' if one else 'them'}; the next open that can change the "
        f"database keeps a copy of the journal in the backups folder"
    )
    return (
        f"{upper_first(where)}, of {journal_path(db).name} {'was' if one else 'were'} damaged after "
        f"{'it was' if one else 'they were'} written and could not be read; {then}."
    )
