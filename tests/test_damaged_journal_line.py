"""A journal line written whole and damaged since (a flipped bit, a sync tool) is damage, never
an unfinished write: `check` says PROBLEM and names the line; whatever sets it aside says so and
where the copy is; a damaged line with good ones after it is refused. Only a write cut short by a
crash (never reported saved) is dropped quietly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.cli import main
from unreport_tui.storage import backup_dir, list_backups
from unreport_tui.storage.errors import DatabaseCorrupt
from unreport_tui.storage.journal_lines import encode_line, journal_path, parse_journal

from .storage_helpers import entry, write_then_die


@pytest.fixture
def db(tmp_path, demo_file, capsys) -> Path:
    """The demo session, and three statements logged since by a process that died (line 3 the last)."""
    path = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(path)]) == 0
    write_then_die(path, [entry(101), entry(102), entry(103)])
    capsys.readouterr()
    return path


def _change(line: bytes, damage: str) -> bytes:
    """One whole journal line (with its newline), damaged after it was written."""
    middle = len(line) // 2
    if damage == "a flipped bit":
        return line[:middle] + bytes([line[middle] ^ 0x01]) + line[middle + 1 :]
    if damage == "a carriage return":  # 'M' (0x4d) with one bit flipped, or a sync tool's line ending
        return line[:middle] + b"\r" + line[middle + 1 :]
    if damage == "its newline changed":  # '\n' with one bit flipped: the line seems to have no end
        return line[:-1] + b"\x0b"
    if damage == "its newline a letter":
        return line[:-1] + b"J"
    raise AssertionError(damage)


DAMAGES = ["a flipped bit", "a carriage return", "its newline changed", "its newline a letter"]


def _damage_line(db: Path, number: int, damage: str) -> bytes:
    lines = journal_path(db).read_bytes().splitlines(keepends=True)
    lines[number - 1] = _change(lines[number - 1], damage)
    data = b"".join(lines)
    journal_path(db).write_bytes(data)
    return data


@pytest.mark.parametrize("damage", DAMAGES)
def test_check_says_problem_and_names_the_damaged_last_line(db, capsys, damage):
    data = _damage_line(db, 3, damage)
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    problem = (
        f"PROBLEM: {journal_path(db)}: line 3, the last, was damaged after it was written; the next open keeps "
        f"a copy of the journal in {backup_dir(db)} and goes on without it\n"
    )
    assert problem in out, out
    assert "unfinished write" not in out
    assert journal_path(db).read_bytes() == data  # check changes nothing


def test_check_names_several_damaged_last_lines_in_the_plural(db, capsys):
    _damage_line(db, 2, "a flipped bit")
    data = _damage_line(db, 3, "a carriage return")
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert (
        f"PROBLEM: {journal_path(db)}: lines 2 to 3, the last two, were damaged after they were written; the next "
        f"open keeps a copy of the journal in {backup_dir(db)} and goes on without them\n"
    ) in out, out
    assert journal_path(db).read_bytes() == data


@pytest.mark.parametrize("damage", DAMAGES)
def test_the_command_that_sets_the_damaged_last_line_aside_says_so_and_where_the_copy_is(db, tmp_path, capsys, damage):
    data = _damage_line(db, 3, damage)
    other = tmp_path / "other.toml"
    other.write_text('[session]\ntitle = "Other"\n', encoding="utf-8")
    assert main(["import", str(other), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    kept = [b.path for b in list_backups(db) if b.label == "damaged-journal"]
    assert len(kept) == 1 and kept[0].read_bytes() == data
    assert (
        f"unreport: Line 3, the last, of {journal_path(db).name} was damaged after it was written and "
        f"could not be read; the journal as it was is kept as {kept[0]}.\n"
    ) in err


def test_a_reader_says_what_it_leaves_out_and_changes_nothing(db, capsys):
    _damage_line(db, 2, "a flipped bit")
    _damage_line(db, 3, "a carriage return")
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}
    assert main(["export", "--db", str(db)]) == 0
    printed = capsys.readouterr()
    assert "Statements were made by" in printed.out
    assert printed.err == (
        f"unreport: Lines 2 to 3, the last two, of {journal_path(db).name} were damaged after they "
        f"were written and could not be read; what is shown here is without them; the next open "
        f"that can change the database keeps a copy of the journal in the backups folder.\n"
    )
    assert {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("damage", ["a flipped bit", "a carriage return"])
def test_a_damaged_line_with_good_lines_after_it_is_refused_and_left_alone(db, capsys, damage):
    data = _damage_line(db, 2, damage)
    before = db.read_bytes()
    assert main(["check", "--db", str(db)]) == 1
    assert f"PROBLEM: {journal_path(db)} is damaged at line 2 " in capsys.readouterr().out
    assert main(["export", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"unreport: {journal_path(db)} is damaged at line 2 ") and err.count("\n") == 1
    assert db.read_bytes() == before and journal_path(db).read_bytes() == data


def test_a_write_cut_short_is_still_dropped_quietly(db, capsys):
    with open(journal_path(db), "ab") as journal:
        journal.write(encode_line(4, [["set", "statements", "104", entry(104)]])[:40])
    assert main(["check", "--db", str(db)]) == 0
    assert "bytes of an unfinished write (never reported saved); dropped at the next open" in capsys.readouterr().out


# The rule, for any journal ------------------------------------------------------------------

texts = st.text(max_size=30)  # any text: control characters and line ends are escaped in the line


def _journal(notes: list[str]) -> bytes:
    return b"".join(encode_line(n, [["set", "statements", str(n), {"text": text}]]) for n, text in enumerate(notes, start=1))


@given(st.lists(texts, min_size=1, max_size=4), st.data())
def test_a_write_cut_anywhere_is_an_unfinished_write_never_damage(notes, data):
    journal = _journal(notes)
    cut = data.draw(st.integers(0, len(journal)))
    reading = parse_journal(journal[:cut], Path("n.json.journal"), Path("n.json"))
    assert reading.damaged_tail == b""
    assert [r["seq"] for r in reading.records] == list(range(1, journal[:cut].count(b"\n") + 1))


@given(st.lists(texts, min_size=1, max_size=4), st.data())
def test_a_changed_byte_in_a_whole_line_is_never_dropped_silently(notes, data):
    journal = _journal(notes)
    where = data.draw(st.integers(0, len(journal) - 1))
    byte = data.draw(st.integers(0, 255).filter(lambda b: b != journal[where]))
    changed = journal[:where] + bytes([byte]) + journal[where + 1 :]
    whole = parse_journal(journal, Path("n.json.journal"), Path("n.json")).records
    try:
        reading = parse_journal(changed, Path("n.json.journal"), Path("n.json"))
    except DatabaseCorrupt:
        return  # refused, with the line named
    if reading.records == whole:
        return  # a change that changes nothing read (an 'A' for an 'a' in the checksum)
    assert reading.damaged_tail and reading.torn_bytes == 0
    assert reading.records == whole[: len(reading.records)]
