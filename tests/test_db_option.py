"""`--db PATH` and `--db=PATH`, before or after the command's name: every command acts on the
database named, and the default database is never created or touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unreport_tui.cli import demo_session_text, main
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.storage import database_path, open_store


@pytest.fixture
def default_db(tmp_path, monkeypatch) -> Path:
    """Where the default database is for this test (the user's data folder, moved to tmp)."""
    monkeypatch.delenv("UNREPORT_DB", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = database_path(None)
    assert path.is_relative_to(tmp_path / "data")
    return path


def _store(path: Path, demo: str) -> Path:
    store = open_store(path)
    store.replace(parse_session(demo_session_text(demo)))
    store.close()  # a backup is taken at close: `restore` has one to bring back
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# Each command, its arguments, and what it prints when it acted on the database named (the
# trafficking demo; the default database, when there is one, holds the other demo).
COMMANDS = {
    "import": (lambda _named, file: ["import", str(file)], lambda named: f"into {named}: 1 agenda item"),
    "export": (lambda _named, _file: ["export"], lambda _named: "trafficking in persons"),
    "preview": (lambda _named, _file: ["preview", "--item", "2b"], lambda _named: "trafficking in persons"),
    "check": (lambda _named, _file: ["check"], lambda named: f"{named}: readable, format"),
    "stats": (lambda _named, _file: ["stats"], lambda _named: "22 statements; time not measured for any of them"),
    "backups": (lambda _named, _file: ["backups"], lambda named: f"Backups of {named}, newest first"),
    "restore": (lambda _named, _file: ["restore"], lambda named: f"Restored {named} from"),
    "merge": (
        lambda named, _file: ["merge", str(named.with_name("a.json")), str(named.with_name("b.json"))],
        lambda named: f"Merged 2 databases into {named}",
    ),
}
FORMS = {
    "--db PATH before": lambda command, db: ["--db", str(db), *command],
    "--db=PATH before": lambda command, db: [f"--db={db}", *command],
    "--db PATH after": lambda command, db: [*command, "--db", str(db)],
    "--db=PATH after": lambda command, db: [*command, f"--db={db}"],
}


@pytest.mark.parametrize("default_exists", [False, True], ids=["no default database", "a default database"])
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_acts_on_the_database_named_and_never_on_the_default(
    tmp_path, default_db, demo_file, capsys, monkeypatch, name, form, default_exists
):
    monkeypatch.setenv("COLUMNS", "200")  # preview: the sentence looked for on one line
    data = tmp_path / "data"
    if default_exists:
        _store(default_db, "action")
    before = _files(data) if data.exists() else {}
    named = tmp_path / "meeting" / "meeting.json"
    named.parent.mkdir()
    if name == "merge":  # the named database is the new one: the inputs are two note-takers'
        _store(named.with_name("a.json"), "trafficking")
        shutil.copy(named.with_name("a.json"), named.with_name("b.json"))
    elif name != "import":
        _store(named, "trafficking")
    arguments, acted_on = COMMANDS[name]
    capsys.readouterr()

    status = main(FORMS[form](arguments(named, demo_file), named))

    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert acted_on(named) in printed.out + printed.err
    assert (_files(data) if data.exists() else {}) == before  # not created, not changed, no lock, no backup


def test_the_demo_refuses_a_database_rather_than_ignore_it(tmp_path, default_db, capsys, monkeypatch):
    import unreport_tui.cli as cli

    def no_app(*_):
        raise AssertionError("the demo was opened")

    monkeypatch.setattr(cli, "_run_app", no_app)  # were it opened, the test would wait on a screen
    named = tmp_path / "meeting.json"
    assert main(["--db", str(named), "demo"]) == 2
    assert capsys.readouterr().err == (
        f"unreport: demo opens a scratch copy of a demo session and takes no --db; to open {named}: unreport --db {named}\n"
    )
    assert not named.exists() and not default_db.parent.exists()


def test_a_database_path_that_loops_back_on_itself_gets_one_line(tmp_path, capsys):
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    assert main(["--db", str(tmp_path / "a.json"), "check"]) == 1
    assert capsys.readouterr().err == (
        f"unreport: {tmp_path / 'a.json'} is a symbolic link that leads back to itself; give the path of the database file\n"
    )
