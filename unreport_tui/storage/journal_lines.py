"""The journal's line format: ``<crc32 in hex> <json>\\n``, one change (or batch) a line.

A line cut short by a crash has no newline: it was never reported saved and is dropped. A
complete line whose checksum is wrong was written whole and damaged later: that is damage, not an
unfinished write, and is never dropped silently.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DatabaseCorrupt

Op = list[Any]  # ["set", table, id, doc] | ["del", table, id] | ["clear", table] | ["replace", tables]
Tables = dict[str, dict[str, Any]]


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + ".journal")


def encode_line(seq: int, ops: list[Op]) -> bytes:
    """Raises UnicodeEncodeError for text that is not valid Unicode (a lone surrogate)."""
    payload = json.dumps({"seq": seq, "ops": ops}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


def decode_line(line: bytes) -> dict[str, Any] | None:
    """The record on one journal line (without its newline), or None if the line is damaged."""
    if len(line) < 10 or line[8:9] != b" ":
        return None
    payload = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(payload):
            return None
        record = json.loads(payload)
    except ValueError:
        return None
    if not (isinstance(record, dict) and isinstance(record.get("seq"), int) and isinstance(record.get("ops"), list)):
        return None
    return record


@dataclass
class JournalReading:
    records: list[dict[str, Any]]
    torn_bytes: int  # bytes after the last good line, with no newline: a write cut short by a crash
    damaged_tail: bytes = b""  # a last line written whole but damaged since (bad checksum)


def read_journal(path: Path, db: Path, hint: Callable[[], str] = lambda: "") -> JournalReading:
    """The good records of a journal. ``hint`` adds to a DatabaseCorrupt what the user can do."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return JournalReading([], 0)
    return parse_journal(data, path, db, hint)


def parse_journal(data: bytes, path: Path, db: Path, hint: Callable[[], str] = lambda: "") -> JournalReading:
    records: list[dict[str, Any]] = []
    damaged_at: int | None = None
    complete = 0  # end of the last line that has its newline
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break  # only the last piece lacks a newline: the unfinished write
        start, complete = complete, complete + len(line)
        record = decode_line(line[:-1])
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
    damaged = data[damaged_at:complete] if damaged_at is not None else b""
    return JournalReading(records, len(data) - complete, damaged)


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
            raise DatabaseCorrupt(f"unknown journal operation {kind!r}")
