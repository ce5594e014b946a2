"""An import says what the file most likely holds by a slip, each imported as typed (the report
prints it so): a speaker's name a letter away from a State's, a group spoken for a letter away
from a group's, a meeting dated outside the session. The demos, as written, have none."""

from __future__ import annotations

import pytest

from unreport_tui.cli import DEMOS, demo_session_text, main

SLIPS = """format = 1
[session]
body = "Conference of the Parties"
body_short = "Conference"
dates = [2010-10-18, 2010-10-22]
[[meetings]]
number = 4
date = 2010-10-19
[[meetings]]
number = 5
date = 2011-10-20
[[items]]
key = "2"
number = "2"
title = "Trafficking in persons"
meetings = [4]
[[items.statements]]
speaker = "Chile"
on_behalf_of = "grulaq"
[[items.statements]]
speaker = "Chille"
role = "ngo"
[[items.points]]
text = "stressed the need for data"
speakers = ["Chile", "Chille"]
"""


def test_an_import_says_each_slip_once_and_imports_it_as_typed(tmp_path, capsys):
    session_file = tmp_path / "slips.toml"
    session_file.write_text(SLIPS, encoding="utf-8")
    assert main(["--db", str(tmp_path / "n.json"), "import", str(session_file)]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Check: ")]
    assert said == [
        "Check: meeting 5 is dated 20 October 2011, after the session's last day, 22 October 2010",
        "Check: 'Chille' (agenda item 2): not a State unreport knows; did you mean Chile?",
        "Check: on behalf of 'grulaq' (agenda item 2): not a group unreport knows; "
        "did you mean the Group of Latin American and Caribbean States?",
    ]


@pytest.mark.parametrize("name", DEMOS)
def test_the_demos_import_with_nothing_to_check(tmp_path, capsys, name):
    session_file = tmp_path / "demo.toml"
    session_file.write_text(demo_session_text(name), encoding="utf-8")
    assert main(["--db", str(tmp_path / "n.json"), "import", str(session_file)]) == 0
    assert "Check:" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "group",
    [
        "G7",
        "Group of 8",
        "LMDC",
        "Like-Minded Developing Countries",
        "a group of States",
        "Group of Asian States",
        "developed countries",
    ],
)
def test_a_group_that_is_another_group_is_not_taken_for_a_slip(tmp_path, capsys, group):
    session_file = tmp_path / "groups.toml"
    session_file.write_text(SLIPS.replace('"grulaq"', f'"{group}"'), encoding="utf-8")
    assert main(["--db", str(tmp_path / "n.json"), "import", str(session_file)]) == 0
    assert "on behalf of" not in capsys.readouterr().err


def test_a_name_a_letter_from_a_state_that_did_not_speak_is_a_name(tmp_path, capsys):
    session_file = tmp_path / "names.toml"
    session_file.write_text(SLIPS.replace('"Chille"', '"Malik"'), encoding="utf-8")  # Mali did not speak
    assert main(["--db", str(tmp_path / "n.json"), "import", str(session_file)]) == 0
    assert "Malik" not in capsys.readouterr().err
