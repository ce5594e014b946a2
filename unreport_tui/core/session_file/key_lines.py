"""Where in a session file a key stands, so that an error can say "demo.toml:87:".

tomllib gives no positions, so the file is walked again line by line: table headers (``[session]``,
``[[items]]``, ``[[items.statements]]``) are counted the way error messages name them
(``items[2].statements[3]``), and the key is looked for under its table. Keys written in forms
this walk does not follow (quoted, inline tables) simply get no line number; a dotted key
(``vote.against = …``) is found under its table.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-]+)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")  # a dotted key too: vote.against
_INDEXED = re.compile(r"\[\d+\]")


def line_of(text: str, key_path: str) -> int | None:
    """1-based line of ``key_path`` ("items[1].statements[3].role"), or of the table it belongs in
    when the key is absent (for "missing" errors); None when it cannot be told."""
    table, _, key = key_path.rpartition(".")
    counts: dict[str, int] = {}
    current = ""
    table_line: int | None = 1 if table == "" else None
    open_string = ""  # the delimiter of a multi-line string still open, if any
    for number, line in enumerate(text.splitlines(), start=1):
        if open_string:  # lines of a multi-line string are text, whatever they look like
            if open_string in line:
                open_string = ""
            continue
        if match := _ARRAY_HEADER.match(line):
            name = match.group(1)
            counts[name] = counts.get(name, 0) + 1
            for nested in [n for n in counts if n.startswith(name + ".")]:
                del counts[nested]  # a new [[items]] starts its [[items.statements]] from 1 again
            current = _indexed_path(name, counts)
        elif match := _KEY.match(line):
            written = re.sub(r"\s*\.\s*", ".", match.group(1))
            if f"{current}.{written}".lstrip(".") == key_path:
                return number
            if "." in written and table and f"{current}.{written}".lstrip(".").startswith(table + "."):
                table_line = table_line or number  # a dotted key's table ("vote"), for a key missing from it
            open_string = _opens_multiline(line[match.end() :])
            continue
        elif match := _TABLE_HEADER.match(line):
            current = _indexed_path(match.group(1), counts)
        else:
            continue
        if current == table:
            table_line = number
    return table_line


def _opens_multiline(value: str) -> str:
    """The delimiter if ``value`` starts a multi-line string that does not end on this line."""
    value = value.lstrip()
    for delimiter in ('"""', "'''"):
        if value.startswith(delimiter) and delimiter not in value[3:]:
            return delimiter
    return ""


def _indexed_path(name: str, counts: dict[str, int]) -> str:
    parts = name.split(".")
    out = []
    for n in range(1, len(parts) + 1):
        prefix = ".".join(parts[:n])
        out.append(f"{parts[n - 1]}[{counts[prefix]}]" if prefix in counts else parts[n - 1])
    return ".".join(out)


def strip_indexes(key_path: str) -> str:
    return _INDEXED.sub("", key_path)
