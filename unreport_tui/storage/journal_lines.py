"""The journal's line format: ``<crc32 in hex> <json>\\n``, one change (or batch) a line.

A line cut short by a crash has no newline: it was never reported saved and is dropped. A
complete line whose checksum is wrong was written whole and damaged later: that is damage, not an
unfinished write, and is never dropped silently. Only a newline ends a line: a carriage return in
one (a flipped bit, a sync tool's line ending) is damage, not the end of a write. And an end
without a newline is damage, not a write cut short, when no write could have left it: a control
character (the line format escapes them) or a whole line whose newline was changed.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.numbers import in_text
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
    damaged_tail: bytes = b""  # the last lines, written whole but damaged since (bad checksum)
    damaged_line: int = 0  # the number (from 1) of the first of them
    lines: int = 0  # the number of the last line (a write cut short is not one)

    @property
    def damaged_lines(self) -> str:
        """Which lines are damaged, as the user is told: "line 3, the last" or "lines 3 to 4, the last two"."""
        if self.damaged_line == self.lines:
            return f"line {self.lines}, the last"
        return f"lines {self.damaged_line} to {self.lines}, the last {in_text(self.lines - self.damaged_line + 1)}"


def read_journal(path: Path, db: Path, hint: Callable[[], str] = lambda: "") -> JournalReading:
    """The good records of a journal. ``hint`` adds to a DatabaseCorrupt what the user can do."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return JournalReading([], 0)
    return parse_journal(data, path, db, hint)


def parse_journal(data: bytes, path: Path, db: Path, hint: Callable[[], str] = lambda: "") -> JournalReading:
    records: list[dict[str, Any]] = []
    damaged_at: int | None = None  # the byte where the first damaged line starts, and its number
    damaged_line = 0
    start = number = 0
    while (end := data.find(b"\n", start)) >= 0:  # not splitlines: a carriage return ends no line
        number += 1
        record = decode_line(data[start:end])
        if record is None:
            if damaged_at is None:
                damaged_at, damaged_line = start, number
        elif damaged_at is not None:
            # A good line after a damaged one is not a crash during a write but a damaged file.
            raise DatabaseCorrupt(
                f"{path} is damaged at line {damaged_line} (byte {damaged_at}; changes to {db.name} after its "
                f"last compaction); both files have been left as they are.{hint()}"
            )
        else:
            records.append(record)
        start = end + 1
    if start < len(data) and _written_whole(data[start:]):
        number += 1
        if damaged_at is None:
            damaged_at, damaged_line = start, number
        start = len(data)
    damaged = data[damaged_at:start] if damaged_at is not None else b""
    return JournalReading(records, len(data) - start, damaged, damaged_line, number)


def _written_whole(end: bytes) -> bool:
    """An end without a newline that no write cut short can leave: a control character, which a
    line never holds (JSON escapes them; NUL is left out, as a disk can show zeros where a write
    had not reached it), or a whole line whose newline is now another byte."""
    return any(0 < byte < 0x20 for byte in end) or decode_line(end[:-1]) is not None


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
