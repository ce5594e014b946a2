"""The command line as a user meets it: what it prints, what it writes, how it fails."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from unreport_tui.cli import main


@pytest.fixture
def db(tmp_path, demo_file, capsys):
    path = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    assert "1 agenda item, 22 statements, 16 points" in capsys.readouterr().err
    return path


def test_export_markdown_escapes_nothing_it_should_not(db, capsys):
    assert main(["export", "--db", str(db), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert "# Conference of the Parties" in out
    assert "### Deliberations" in out
    assert "Crime,[^1] and the adoption of legislation." in out
    assert "[^1]: United Nations, *Treaty Series*, vol. 2237, No. 39574." in out
    assert "7. A number of speakers referred to trafficking" in out


def test_export_one_item_keeps_its_numbers(db, capsys):
    assert main(["export", "--db", str(db), "--format", "txt", "--item", "2b"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("IV. Review of the implementation")
    assert "Distr.:" not in out
    assert "\n\n13. Some speakers highlighted the role of UNODC" in out


def test_export_unknown_item(db, capsys):
    assert main(["export", "--db", str(db), "--item", "9z"]) == 2
    assert capsys.readouterr().err == "unreport: no agenda item has the key '9z' (the keys: 2b)\n"  # as preview and stats say it


def test_export_to_a_file(db, tmp_path):
    target = tmp_path / "draft.md"
    assert main(["export", "--db", str(db), "--format", "md", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("CTOC/COP/2010/L.1/Add.2")
    assert list(tmp_path.glob(".draft.md.*")) == []  # no temporary file left behind


def test_export_from_a_missing_database(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "none.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("unreport: ") and "no such database" in err and "unreport import" in err
    assert f"or in the app: `unreport --db {tmp_path / 'none.json'}`" in err


def test_export_to_a_folder_that_does_not_exist(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "no" / "such" / "x.txt")]) == 2
    assert capsys.readouterr().err == f"unreport: {tmp_path / 'no' / 'such'}: no such folder\n"


def test_db_from_environment(tmp_path, demo_file, monkeypatch):
    monkeypatch.setenv("UNREPORT_DB", str(tmp_path / "env.json"))
    assert main(["import", str(demo_file)]) == 0
    assert (tmp_path / "env.json").exists()


def test_the_installed_command_fails_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[session]\nissued = 'yesterday'\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "unreport_tui", "import", str(bad), "--db", str(tmp_path / "d.json")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f'unreport: {bad}:2: session.issued = "yesterday": expected a date such as 2010-10-19, without quotes\n'
    )


def test_a_mistyped_command_gets_one_line(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "pdf"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("unreport: argument --format/-f: invalid choice: 'pdf'") and "unreport export --help" in err


@pytest.mark.parametrize("suffix", ["", ".journal", ".backups/x.txt"])
def test_an_export_never_overwrites_the_database(db, capsys, suffix):
    before = db.read_bytes()
    target = str(db) + suffix
    assert main(["export", "--db", str(db), "-f", "txt", "-o", target]) == 2
    assert "is part of the database" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_bug_gets_one_line_and_a_report_not_a_traceback(db, capsys, monkeypatch, tmp_path):
    import unreport_tui.cli as cli

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(cli, "export_session", lambda *_, **__: 1 / 0)
    assert main(["export", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("unreport: unexpected error (ZeroDivisionError: division by zero).")
    report = Path(err.rsplit("details for a bug report are in ", 1)[1].strip())
    assert "ZeroDivisionError" in report.read_text(encoding="utf-8")


def test_preview_prints_the_draft_with_hanging_numbers_plain_when_not_a_terminal(tmp_path, capsys, monkeypatch):
    from unreport_tui.cli import demo_session_text

    source = tmp_path / "action.toml"
    source.write_text(demo_session_text("action"), encoding="utf-8")
    db = tmp_path / "db.json"
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["preview", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "\x1b[" not in out and all(line == line.rstrip() for line in lines)  # plain: no colours, no padding
    start = lines.index("7.   At the same meeting, the representative of Thailand introduced the draft")
    assert lines[start + 1] == "     resolution."  # the text hangs from its number
    assert "     (a) In the fourth preambular paragraph, the words “deeply concerned” were" in lines
    assert "         replaced by “concerned”;" in lines  # and a subparagraph from its letter
    assert "     Against:    Israel, United States of America." in lines  # the vote lists line up
    assert "     Abstaining: Canada, Germany, Japan." in lines
    assert "                 Cuba, Ghana, India, Indonesia, Malaysia, Mexico, Pakistan," in lines


def test_preview_of_one_item_and_of_an_unknown_one(tmp_path, capsys, demo_file):
    db = tmp_path / "db.json"
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["preview", "--db", str(db), "--item", "2b"]) == 0
    assert "Statements were made by the representatives of Chile" in capsys.readouterr().out.replace("\n", " ")
    assert main(["preview", "--db", str(db), "--item", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no agenda item has the key 'nope' (the keys: 2b)" in err


@pytest.mark.parametrize("argv", [["demo", "--db", "{db}"], ["demo", "action", "--db", "{db}"], ["--db", "{db}", "demo"]])
def test_demo_given_a_database_says_in_one_line_it_never_opens_one_and_how_to(tmp_path, capsys, argv):
    path = tmp_path / "mine.json"
    assert main([part.format(db=path) for part in argv]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "invalid choice" not in said
    assert f"unreport --db {path}" in said
    assert not path.exists()  # nothing opened, nothing written


def test_an_unknown_demo_is_named_with_the_demos_the_readme_gives(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["demo", "votes"])
    assert exited.value.code == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "'votes'" in said
    assert "`unreport demo`" in said and "`unreport demo action`" in said and "trafficking" not in said


def test_an_import_says_the_proposals_and_the_organization_chapter_it_brought(tmp_path, capsys):
    """The whole-report demo holds proposals and the chapter: the import says so, not only the entries."""
    from unreport_tui.cli import demo_session_text

    path = tmp_path / "action.toml"
    path.write_text(demo_session_text("action"), encoding="utf-8")
    assert main(["import", str(path), "--db", str(tmp_path / "action.json")]) == 0
    said = capsys.readouterr().err
    assert said.endswith(": 3 agenda items, 6 statements, 2 points, 3 proposals, the organization chapter.\n"), said


def test_a_report_given_to_import_is_refused_saying_what_import_reads(tmp_path, capsys):
    report = tmp_path / "draft.md"
    report.write_text("# Draft report\n\n1. Statements were made by the representatives of Chile.\n", encoding="utf-8")
    assert main(["import", str(report), "--db", str(tmp_path / "new.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"unreport: {report}:") and err.count("\n") == 1
    assert "not valid TOML" in err and "this reads a session file (.toml)" in err
    assert not (tmp_path / "new.json").exists()
    word = tmp_path / "draft.docx"  # a Word report: not even text
    word.write_bytes(b"PK\x03\x04\xff\xfe binary")
    assert main(["import", str(word), "--db", str(tmp_path / "new.json")]) == 2
    assert "this reads a session file (.toml)" in capsys.readouterr().err


def test_output_no_longer_read_ends_quietly(tmp_path):
    """`unreport profiles | head -1`: what reads the output may stop before it ends (here at once,
    before unreport writes anything); that is no error to print, as for any command of a shell."""
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"{shlex.quote(sys.executable)} -m unreport_tui profiles | true"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert result.stderr == ""
    assert result.returncode == 141  # as a shell reports a command stopped by SIGPIPE


def test_export_never_writes_over_another_unreport_database(demo_db, demo_file, tmp_path, capsys):
    other = tmp_path / "colleague.json"
    assert main(["--db", str(other), "import", str(demo_file)]) == 0
    before = other.read_bytes()
    assert main(["--db", str(demo_db), "export", "-f", "toml", "-o", str(other)]) == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said == f"unreport: {other} is an unreport database (another's notes); choose another file to write the report to"
    assert other.read_bytes() == before


def test_a_pager_that_cannot_be_run_is_said_and_the_draft_printed_without_it(monkeypatch, capsys, tmp_path):
    from unreport_tui.cli import _pager_there

    monkeypatch.delenv("MANPAGER", raising=False)
    monkeypatch.setenv("PAGER", "/nonexistent/pager -R")
    assert not _pager_there()
    assert capsys.readouterr().err == (
        "unreport: PAGER=/nonexistent/pager -R: no such program; the draft is printed without a pager\n"
    )
    monkeypatch.setenv("PAGER", "cat")
    assert _pager_there()
    monkeypatch.setenv("PAGER", "LESS=-R cat")  # as the shell runs it: cat, with LESS set
    assert _pager_there()
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "mypager").write_text("#!/bin/sh\ncat\n", encoding="utf-8")
    (tmp_path / "bin" / "mypager").chmod(0o755)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PAGER", "~/bin/mypager")
    assert _pager_there()
    monkeypatch.setenv("PAGER", "$HOME/bin/mypager -R")
    assert _pager_there()
    monkeypatch.delenv("PAGER")
    assert _pager_there()  # none named: pydoc finds one, or prints the draft itself


def test_export_never_writes_over_a_database_of_an_older_format_either(demo_db, tmp_path, capsys):
    older = tmp_path / "older.json"
    older.write_text('{"_default": {}}', encoding="utf-8")  # format 1 had no mark
    (tmp_path / "older.json.journal").write_bytes(b"")
    assert main(["--db", str(demo_db), "export", "-f", "txt", "-o", str(older)]) == 2
    assert "is an unreport database" in capsys.readouterr().err
    assert older.read_text(encoding="utf-8") == '{"_default": {}}'


def test_export_to_links_that_loop_gets_one_line(demo_db, tmp_path, capsys):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert main(["--db", str(demo_db), "export", "-o", str(tmp_path / "a.txt")]) == 2
    assert capsys.readouterr().err == (
        f"unreport: {tmp_path / 'a.txt'} is a symbolic link that leads back to itself; choose another file\n"
    )
