"""A session in a profile of its own, named by its file's path: the session file that export
writes names that file as the reader finds it (from the session file's folder), so that the two
can be moved, or sent to a colleague, together."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unreport_tui.cli import main
from unreport_tui.core.profiles.catalogue import locate, ref_from
from unreport_tui.core.session_file.session import load_session_file

PROFILE = '[statements]\nmembers = "Statements were heard from {speakers}."\n'
SESSION = """[session]
body = "Conference of the Parties"
profile = "{profile}"

[[meetings]]
number = 4
date = 2026-10-12

[[items]]
key = "2"
number = "2"
title = "Review"
meetings = [4]

[[items.statements]]
speaker = "Chile"
meeting = 4

[[items.statements]]
speaker = "Peru"
meeting = 4
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def profile_line(session_file: Path) -> str:
    return next(line for line in session_file.read_text(encoding="utf-8").splitlines() if line.startswith("profile = "))


@pytest.fixture
def db(tmp_path, capsys):
    """A database (in a folder of its own) holding a session whose profile is proj/profiles/body.toml."""
    write(tmp_path / "proj" / "profiles" / "body.toml", PROFILE)
    source = write(tmp_path / "proj" / "session.toml", SESSION.format(profile="profiles/body.toml"))
    path = tmp_path / "db" / "notes.json"
    path.parent.mkdir()
    assert main(["import", str(source), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_a_session_file_exported_beside_its_profile_folder_still_finds_it_once_moved(db, tmp_path, capsys):
    exported = tmp_path / "proj" / "exported.toml"
    assert main(["export", "--db", str(db), "-o", str(exported)]) == 0
    assert profile_line(exported) == 'profile = "profiles/body.toml"'
    moved = Path(shutil.move(tmp_path / "proj", tmp_path / "sent to a colleague"))
    again = tmp_path / "db" / "again.json"
    assert main(["import", str(moved / "exported.toml"), "--db", str(again)]) == 0
    assert main(["export", "--db", str(again)]) == 0
    assert "2. Statements were heard from Chile and Peru." in capsys.readouterr().out
    assert load_session_file(moved / "exported.toml").info.profile == str((moved / "profiles" / "body.toml").resolve())


def test_a_profile_beside_the_session_file_is_named_by_its_file_name(tmp_path):
    write(tmp_path / "proj" / "body.toml", PROFILE)
    source = write(tmp_path / "proj" / "session.toml", SESSION.format(profile="body.toml"))
    db = tmp_path / "notes.json"
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "proj" / "copy.toml")]) == 0
    assert profile_line(tmp_path / "proj" / "copy.toml") == 'profile = "body.toml"'


def test_a_profile_outside_the_session_files_folder_keeps_its_full_path(db, tmp_path):
    exported = tmp_path / "elsewhere" / "exported.toml"
    exported.parent.mkdir()
    assert main(["export", "--db", str(db), "-o", str(exported)]) == 0
    full = (tmp_path / "proj" / "profiles" / "body.toml").resolve()
    assert profile_line(exported) == f'profile = "{full}"'
    assert load_session_file(exported).info.profile == str(full)


def test_printed_to_standard_output_the_profile_has_its_full_path(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "-f", "toml"]) == 0
    full = (tmp_path / "proj" / "profiles" / "body.toml").resolve()
    assert f'profile = "{full}"' in capsys.readouterr().out.splitlines()


def test_a_profile_id_is_written_as_an_id(tmp_path):
    assert ref_from("cnd", tmp_path) == "cnd"


@pytest.mark.parametrize(
    "where",
    ["body.toml", "profiles/body.toml", "a/b/c/body.toml", "body.profile", "profiles/body", "../body.toml", "x/../y.toml"],
)
def test_what_is_written_finds_the_same_file_from_the_session_files_folder(tmp_path, where):
    folder = tmp_path / "proj"
    profile = write(folder / where, PROFILE).resolve()
    written = ref_from(str(profile), folder)
    assert locate(written, folder)[0] == profile
    assert not Path(written).is_absolute() or not profile.is_relative_to(folder.resolve())
