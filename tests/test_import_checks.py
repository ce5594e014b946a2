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
