"""The database file's format versions, and how an older one is brought up to date.

Format 1 is TinyDB's own JSON file (what `JSONStorage` writes): tables at the top level and
nothing else. Format 2 adds an ``_unreport`` entry with the format number and the sequence
number of the last journal record the file already contains (see journal.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import DatabaseCorrupt, NewerFormat

CURRENT_FORMAT = 2
META_KEY = "_unreport"

Tables = dict[str, dict[str, Any]]


class Snapshot:
    def __init__(self, tables: Tables, format: int, seq: int) -> None:
        self.tables = tables
        self.format = format
        self.seq = seq


def parse_snapshot(path: Path, raw: bytes, hint: Callable[[], str] = lambda: "") -> Snapshot:
    """The tables in a database file; DatabaseCorrupt or NewerFormat if it cannot be used.

    ``hint`` adds to the message what the user can do (it looks for backups, so only on failure)."""
    if not raw or raw.isspace():
        return Snapshot({}, CURRENT_FORMAT, 0)
    try:
        data = json.loads(raw)
    # RecursionError: lists or tables nested deeper than Python reads, which no database of ours is
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise DatabaseCorrupt(f"{path} cannot be read: it is not valid JSON ({error}).{hint()}") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise DatabaseCorrupt(f"{path} cannot be read: it is JSON but not an unreport database.{hint()}")
    meta = data.pop(META_KEY, None)
    if meta is None:
        return Snapshot(data, 1, 0)
    version = meta.get("format")
    if not isinstance(version, int):
        raise DatabaseCorrupt(f"{path} cannot be read: its format number is missing.{hint()}")
    if version > CURRENT_FORMAT:
        raise NewerFormat(
            f"{path} was written by a newer unreport (database format {version}; this one reads up to "
            f"{CURRENT_FORMAT}). Update unreport to open it; the file has not been changed."
        )
    seq = meta.get("seq", 0)
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise DatabaseCorrupt(f"{path} cannot be read: its sequence number {seq!r} is not a whole number.{hint()}")
    return Snapshot(data, version, seq)


def encode_snapshot(tables: Tables, seq: int) -> bytes:
    body = {META_KEY: {"format": CURRENT_FORMAT, "seq": seq}, **tables}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
