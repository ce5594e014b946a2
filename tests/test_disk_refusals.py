"""A disk that refuses a write (full, read-only): one line that names the file the user asked
for, not the temporary file beside it, says that nothing was written there and what to do; the
file as it was."""

from __future__ import annotations

import errno
import os

import pytest

from unreport_tui.cli import main


@pytest.mark.parametrize(
    ("failing", "code", "advice"),
    [
        ("fsync", errno.ENOSPC, "No space left on device; nothing was written there: free some space"),
        (
            "mkstemp",
            errno.EROFS,
            "Read-only file system; nothing was written there: run the command again with a file in a folder",
        ),
    ],
)
def test_an_export_the_disk_refuses_names_the_file_and_what_to_do(demo_db, tmp_path, capsys, monkeypatch, failing, code, advice):
    target = tmp_path / "draft.txt"
    target.write_text("the draft as it was", encoding="utf-8")

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code), str(tmp_path / ".draft.txt.abc123.tmp"))

    if failing == "fsync":
        real_fsync = os.fsync
        monkeypatch.setattr(os, "fsync", lambda fd: refuse() if os.fstat(fd).st_size else real_fsync(fd))
    else:
        monkeypatch.setattr("tempfile.mkstemp", refuse)
    assert main(["--db", str(demo_db), "export", "-o", str(target)]) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and said.startswith(f"unreport: {target}: ") and advice in said
    assert ".tmp" not in said
    assert target.read_text(encoding="utf-8") == "the draft as it was"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".draft")] == []


def test_a_database_in_a_folder_that_cannot_be_written_says_it_can_still_be_read(demo_db, demo_file, capsys, monkeypatch):
    real_open = os.open

    def read_only_folder(path, flags, *args, **kwargs):
        if str(path).endswith(".lock") and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    before = demo_db.read_bytes()
    monkeypatch.setattr(os, "open", read_only_folder)
    assert main(["--db", str(demo_db), "import", str(demo_file)]) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "Read-only file system; the database's folder cannot be written to" in said
    assert "`unreport --read-only`, `export`, `preview` and `stats` read it" in said
    assert demo_db.read_bytes() == before


def test_a_refusal_that_names_no_file_says_nothing_was_written(capsys, monkeypatch, demo_db, tmp_path):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # no file name, as some writes raise it

    monkeypatch.setattr("unreport_tui.cli.cmd_export", full)
    assert main(["--db", str(demo_db), "export", "-o", str(tmp_path / "x.txt")]) == 1
    said = capsys.readouterr().err
    assert (
        said
        == "unreport: No space left on device; nothing was written: free some space on that disk, then run the command again\n"
    )


def test_permission_denied_on_a_lock_gets_no_advice_about_a_read_only_folder():
    from unreport_tui.cli import _what_to_do

    assert _what_to_do(OSError(errno.EACCES, os.strerror(errno.EACCES), "/x/notes.json.lock")) == ""
    assert "can still be read" not in _what_to_do(OSError(errno.EACCES, "", "/x/notes.json.journal"))
