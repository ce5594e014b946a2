"""`unreport stats`: speaking time printed as text, Markdown or CSV, and one line with a non-zero
exit for what cannot be done (an item or meeting the session does not have, a database not there
or not readable), the database untouched."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from unreport_tui.cli import main
from unreport_tui.core.model import Item, Meeting, Role, Session, SessionInfo, Statement, StatementKind
from unreport_tui.storage import open_store


def spoke(speaker, seconds, meeting, role=Role.MEMBER, **fields) -> Statement:
    return Statement(speaker, role, meeting=meeting, time=dt.time(10, 0), duration=seconds, **fields)


@pytest.fixture
def db(tmp_path):
    session = Session(
        SessionInfo(body="Commission on Narcotic Drugs", body_short="Commission"),
        [Meeting(1), Meeting(2)],
        [
            Item(
                "3",
                "3",
                "General debate",
                statements=[
                    spoke("Chile", 240, 1, on_behalf_of="Group of Latin American and Caribbean States"),
                    spoke("Kenya", 95, 1),
                    spoke("Chile", 40, 2, kind=StatementKind.REPLY),
                    spoke("=SUM(A1:A9)", None, 2, role=Role.NGO),
                ],
            ),
            Item("4", "4", "Other matters", statements=[spoke("Japan", 60, 2), spoke("Kenya", None, 2)]),
        ],
    )
    path = tmp_path / "notes.json"
    store = open_store(path)
    store.replace(session)
    store.close()
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["stats", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_session_as_text(db, capsys):
    status, out, err = run(capsys, "--db", str(db))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Speaking time: The session (sorted by time)"
    assert lines[1] == (
        "5 statements and 1 reply: 7:15 in all for the 4 timed; time not measured for 2 (imported, or typed later: "
        "counted, never as zero)."
    )
    speakers = lines[lines.index("Speakers") + 2 :]
    assert [line.split()[0] for line in speakers[:4]] == ["Chile", "Kenya", "Japan", "=SUM(A1:A9)"]
    assert speakers[0].split()[1:7] == ["1", "1", "4:40", "2:20", "64%", "████████████████████"]
    assert speakers[1].split()[1:] == ["2", "0", "1:35", "1:35", "22%", "██████▊", "+1", "time", "not", "measured"]
    assert speakers[3].split()[1:] == ["1", "0", "—", "—", "—", "time", "not", "measured"]


def test_a_meeting_an_item_and_the_sort_by_count(db, capsys):
    status, out, _ = run(capsys, "--db", str(db), "--meeting", "2", "--sort", "count")
    assert status == 0
    assert out.startswith("Speaking time: Meeting 2 (sorted by count)\n3 statements and 1 reply: 1:40 in all for the 2 timed;")
    status, out, _ = run(capsys, "--db", str(db), "--item", "4", "--meeting", "2")
    assert status == 0 and out.startswith("Speaking time: Meeting 2, agenda item 4 (sorted by time)\n2 statements: 1:00")


def test_markdown_tables(db, capsys):
    status, out, _ = run(capsys, "--db", str(db), "--format", "md", "--item", "3")
    assert status == 0
    assert out.startswith("## Speaking time: Agenda item 3 (sorted by time)\n")
    assert "| Chile | 1 | 1 | 4:40 | 2:20 | 75% | 0 |" in out
    assert "| =SUM(A1:A9) | 1 | 0 | — | — | — | 1 |" in out
    assert "| Group of Latin American and Caribbean States | 1 | 0 | 4:00 | 4:00 | 64% | 0 |" in out


def test_csv_for_a_spreadsheet(db, capsys):
    status, out, _ = run(capsys, "--db", str(db), "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    speakers = {row["name"]: row for row in rows if row["table"] == "speaker"}
    assert speakers["'=SUM(A1:A9)"]["seconds"] == "" and speakers["'=SUM(A1:A9)"]["not_measured"] == "1"
    assert speakers["Chile"]["seconds"] == "280" and speakers["Chile"]["replies"] == "1"
    roles = {row["name"]: row["statements"] for row in rows if row["table"] == "role"}
    assert roles == {"member": "4", "NGO": "1"}
    assert {row["scope"] for row in rows} == {"The session"}


def test_the_time_limits_set_in_the_app_are_counted(db, capsys):
    from unreport_tui.app.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("[limits]\nmember = 180\n", encoding="utf-8")
    status, out, _ = run(capsys, "--db", str(db), "--format", "csv")
    total = next(row for row in csv.DictReader(io.StringIO(out)) if row["table"] == "total")
    assert status == 0 and total["over_limit"] == "1"  # Chile's 4:00
    status, out, _ = run(capsys, "--db", str(db))
    assert "Time limits: member 3:00;" in out
    settings_path().write_text("[limits\n", encoding="utf-8")  # a settings file that cannot be read: said, no limit
    status, out, err = run(capsys, "--db", str(db))
    assert status == 0 and "No time limit set" in out
    assert err.startswith(f"unreport: {settings_path()} could not be read") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--item", "9"], "no agenda item has the key '9' (the keys: 3, 4)"),
        (["--meeting", "7"], "the session has no meeting 7 (its meetings: 1, 2)"),
    ],
)
def test_an_item_or_a_meeting_the_session_does_not_have_is_one_line(db, capsys, args, said):
    before = db.read_bytes()
    status, out, err = run(capsys, "--db", str(db), *args)
    assert (status, out, err) == (2, "", f"unreport: {db}: {said}\n")
    assert db.read_bytes() == before


def test_a_meeting_that_is_not_a_number_is_one_line(db, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["stats", "--db", str(db), "--meeting", "first"])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'first' is not a meeting number" in err


def test_a_database_not_there_or_not_readable_is_one_line(tmp_path, capsys):
    status, out, err = run(capsys, "--db", str(tmp_path / "none.json"))
    assert status == 1 and out == "" and err.count("\n") == 1 and "no such database" in err
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{ not json", encoding="utf-8")
    status, out, err = run(capsys, "--db", str(damaged))
    assert status == 1 and out == "" and err.startswith(f"unreport: {damaged}") and err.count("\n") == 1
    assert damaged.read_text(encoding="utf-8") == "{ not json"


def test_the_speaker_who_has_the_floor_in_the_open_app_is_counted_with_the_time_so_far(db, capsys):
    # With the app open, the last speaker's statement has no duration until the next is logged:
    # it was printed as "time not measured", where the app's own screen counts the time so far.
    writer = open_store(db)  # as the app holds it: the lock names this process
    try:
        status, out, _ = run(capsys, "--db", str(db), "--item", "4")
    finally:
        writer.close()
    assert status == 0
    assert "Kenya has the floor: the time so far is counted." in out
    assert "not measured" not in out
    status, out, _ = run(capsys, "--db", str(db), "--item", "4")  # the app closed: nobody has the floor
    assert "has the floor" not in out and "time not measured for 1" in out


def test_a_long_name_goes_on_to_the_next_line_and_widens_no_table(tmp_path, capsys):
    """An official's title ("Special Rapporteur on …") padded every line of its table to its
    length: 125 columns, wrapped by a 100-column terminal. Now it goes on under its row."""
    long = "Special Rapporteur on trafficking in persons, especially women and children"
    session = Session(
        SessionInfo(body="Conference", body_short="Conference"),
        [Meeting(1)],
        [Item("2", "2", "Trafficking", statements=[spoke("Chile", 120, 1), spoke(long, 300, 1, role=Role.OFFICIAL)])],
    )
    path = tmp_path / "notes.json"
    store = open_store(path)
    store.replace(session)
    store.close()
    status, out, _ = run(capsys, "--db", str(path))
    assert status == 0
    lines = out.splitlines()
    speakers = lines[lines.index("Speakers") + 1 : lines.index("", lines.index("Speakers"))]
    assert max(len(line) for line in speakers) <= 100
    first = next(n for n, line in enumerate(speakers) if line.startswith("Special Rapporteur"))
    assert speakers[first].split()[-1].startswith("█")  # the figures and the bar on the first line
    under = []  # the lines it goes on to, under its row: indented, nothing but the name
    for line in speakers[first + 1 :]:
        if not line.startswith("  "):
            break
        under.append(line.strip())
    name = speakers[first][: speakers[first].index("  ")]
    assert " ".join([name, *under]) == long  # the name whole, in order
