"""`unreport` on a database it cannot open, outside a terminal (a script, a pipe): the one line
and the exit status, never the app's escape codes before them; the database left as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from unreport_tui.storage import open_store


def _in_use(db):
    return open_store(db)  # held by this process while the command runs


def _damaged(db):
    db.write_bytes(b'{"statements": {"1": {"speaker": "Chi')


def _not_unreport(db):
    db.write_text('["a list, not tables"]', encoding="utf-8")


def _newer_format(db):
    data = json.loads(db.read_text(encoding="utf-8"))
    data["_unreport"]["format"] = 99
    db.write_text(json.dumps(data), encoding="utf-8")


def _field_missing(db):
    data = json.loads(db.read_text(encoding="utf-8"))
    next(iter(data["statements"].values())).pop("position")
    db.write_text(json.dumps(data), encoding="utf-8")


PROBLEMS = {
    "in use": (_in_use, "is in use by process"),
    "damaged": (_damaged, "it is not valid JSON"),
    "not an unreport file": (_not_unreport, "not an unreport database"),
    "a newer format": (_newer_format, "was written by a newer unreport"),
    "a field missing": (_field_missing, ".position: missing"),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["", "--read-only"])
@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_database_that_cannot_be_opened_gets_one_line_in_a_pipe(demo_db, tmp_path, problem, read_only):
    damage, said = PROBLEMS[problem]
    if read_only and problem == "in use":
        pytest.skip("a database in use opens read-only")
    holder = damage(demo_db)
    before = {p.name: p.read_bytes() for p in demo_db.parent.iterdir() if p.is_file() and not p.name.endswith(".lock")}
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TERM": "xterm-256color",
    }
    env.pop("UNREPORT_DB", None)
    try:
        named = ["--read-only", f"--db={demo_db}"] if read_only else ["--db", str(demo_db)]  # both forms
        result = subprocess.run(
            [sys.executable, "-m", "unreport_tui", *named], stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=120
        )
    finally:
        if holder is not None:
            holder.close()
    output = result.stdout + result.stderr
    assert b"\x1b" not in output
    assert result.stdout == b""
    line = result.stderr.decode("utf-8")
    assert line.startswith(f"unreport: {demo_db}") and line.count("\n") == 1 and said in line
    assert result.returncode == 1
    if holder is None:
        after = {p.name: p.read_bytes() for p in demo_db.parent.iterdir() if p.is_file() and not p.name.endswith(".lock")}
        assert after == before  # nothing written, nothing kept aside
    assert not (tmp_path / "data").exists()  # the default database was never created
