"""A database that cannot be opened: the screen that says why and offers what makes sense, and
what the command does with the choice. The file is left as it is unless a backup is restored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unreport_tui import cli
from unreport_tui.app.app import UnreportApp
from unreport_tui.app.open_problem import OpenProblemApp
from unreport_tui.storage import (
    DatabaseCorrupt,
    DatabaseInUse,
    NewerFormat,
    OpenChoice,
    StoreToOpen,
    backup_dir,
    choices_for,
    keep_copy_before,
    open_store,
)

from .screen import widget_text


@pytest.fixture
def db(demo_db):
    return demo_db


def files_in(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def in_use_error(db) -> DatabaseInUse:
    with pytest.raises(DatabaseInUse) as caught:
        open_store(db)
    return caught.value


def test_the_choices_are_those_that_make_sense(db):
    holder = open_store(db)
    try:
        assert [(c.choice, c.label) for c in choices_for(db, in_use_error(db))] == [
            (OpenChoice.READ_ONLY, "Open it read-only: see the draft and export it, change nothing"),
            (OpenChoice.QUIT, "Quit and leave the file as it is"),
        ]
    finally:
        holder.close()
    shutil.rmtree(backup_dir(db), ignore_errors=True)
    damaged = DatabaseCorrupt("damaged")
    assert [c.choice for c in choices_for(db, damaged)] == [OpenChoice.QUIT]  # no backup
    keep_copy_before(db, "before-test")
    restore, quit_ = choices_for(db, damaged)
    assert (restore.choice, quit_.choice) == (OpenChoice.RESTORE, OpenChoice.QUIT)
    assert restore.label.startswith("Restore the backup of 20") and "kept beside it" in restore.label
    assert [c.choice for c in choices_for(db, NewerFormat("newer"))] == [OpenChoice.QUIT]


async def test_the_screen_says_why_and_enter_takes_the_highlighted_choice(db):
    holder = open_store(db)
    try:
        error = in_use_error(db)
        app = OpenProblemApp(db, str(error), choices_for(db, error))
        async with app.run_test(size=(80, 24)) as pilot:
            message = widget_text(app.query_one("#open-problem-message"))
            # The path is folded where the line ends, wherever that falls in it (the test's folder
            # is longer under `make test`, with a worker's name in it): compared without spaces.
            assert message.replace(" ", "").startswith(f"{db}isinusebyprocess".replace(" ", ""))
            assert "Close unreport there first" in message
            await pilot.press("enter")
        assert app.return_value is OpenChoice.READ_ONLY
    finally:
        holder.close()


async def test_escape_quits_and_markup_in_the_message_is_text(db):
    app = OpenProblemApp(db, "[bold]damaged[/] file", choices_for(db, DatabaseCorrupt("x")))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "[bold]damaged[/] file" in widget_text(app.query_one("#open-problem-message"))
        await pilot.press("escape")
    assert app.return_value is OpenChoice.QUIT


@pytest.fixture
def in_a_terminal(monkeypatch):
    """The command as typed in a terminal, with the user's choice given and the app not run."""
    opened: list[tuple[object, bool]] = []
    monkeypatch.setattr(cli, "_interactive", lambda: True)

    def run_app(store, read_only=False):
        if isinstance(store, StoreToOpen):  # the app would open it, and the CLI hear of the problem
            store = store.open()
        opened.append((store.load(), read_only))
        store.close()
        return 0

    monkeypatch.setattr(cli, "_run_app", run_app)
    return opened


def test_a_locked_database_opens_read_only_when_chosen_and_is_not_touched(db, monkeypatch, in_a_terminal, demo_session):
    monkeypatch.setattr(cli, "ask_how_to_open", lambda *_: OpenChoice.READ_ONLY)
    holder = open_store(db)
    try:
        before = files_in(db.parent)
        assert cli.main(["--db", str(db)]) == 0
        assert in_a_terminal == [(demo_session, True)]
        assert files_in(db.parent) == before
    finally:
        holder.close()


def test_quitting_prints_the_reason_and_leaves_the_file(db, monkeypatch, in_a_terminal, capsys):
    monkeypatch.setattr(cli, "ask_how_to_open", lambda *_: OpenChoice.QUIT)
    holder = open_store(db)
    try:
        before = files_in(db.parent)
        assert cli.main(["--db", str(db)]) == 1
        assert capsys.readouterr().err.startswith(f"unreport: {db} is in use by process")
        assert in_a_terminal == [] and files_in(db.parent) == before
    finally:
        holder.close()


def test_a_damaged_database_with_a_backup_is_restored_when_chosen(db, monkeypatch, in_a_terminal, demo_session, capsys):
    offered = []

    def restore(_path, _error, choices):
        offered.append(choices)
        return OpenChoice.RESTORE

    monkeypatch.setattr(cli, "ask_how_to_open", restore)
    keep_copy_before(db, "before-test")
    db.write_text('{"sessions": {"1": ', "utf-8")
    assert cli.main(["--db", str(db)]) == 0
    assert [c.choice for c in offered[0]] == [OpenChoice.RESTORE, OpenChoice.QUIT]
    assert in_a_terminal == [(demo_session, False)]
    err = capsys.readouterr().err
    assert f"Restored {db} from " in err and "What was there before is kept as " in err
    kept = err.split("What was there before is kept as ")[1].strip().removesuffix(".")
    assert Path(kept).read_text(encoding="utf-8") == '{"sessions": {"1": '


@pytest.mark.usefixtures("in_a_terminal")  # were a screen opened, the test would wait on it
def test_a_damaged_database_without_a_backup_is_one_line_even_in_a_terminal(db, monkeypatch, capsys):
    monkeypatch.setattr(cli, "ask_how_to_open", lambda *_: pytest.fail("nothing to choose: no screen"))
    shutil.rmtree(backup_dir(db), ignore_errors=True)
    db.write_text("not json", "utf-8")
    assert cli.main(["--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read: it is not valid JSON" in err
    assert db.read_text("utf-8") == "not json"


def test_outside_a_terminal_a_locked_database_is_one_line(db, capsys):
    holder = open_store(db)
    try:
        assert cli.main(["--db", str(db)]) == 1  # pytest's stdin is not a terminal
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "open this database read-only (--read-only)" in err
    finally:
        holder.close()


async def test_the_app_opened_read_only_on_a_locked_database_changes_nothing(db, demo_session):
    holder = open_store(db)
    try:
        before = files_in(db.parent)
        app = UnreportApp(open_store(db, read_only=True), read_only=True)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.press(*"chile", "enter")
            await pilot.pause()
            assert "READ-ONLY" in widget_text(app.screen.query_one("#status")), widget_text(app.screen.query_one("#status"))
        assert files_in(db.parent) == before
        assert holder.load() == demo_session
    finally:
        holder.close()
