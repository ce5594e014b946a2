"""The plain-text export keeps one paragraph a line; its lists line up as on the printed page."""

from __future__ import annotations

from unreport_tui import cli
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.exporters import export_session


def test_vote_and_officer_lists_start_in_one_column_and_letters_stay_as_they_were():
    lines = export_session(parse_session(cli.demo_session_text("action")), "txt", None).splitlines()
    assert "Against:    Israel, United States of America." in lines
    assert "Abstaining: Canada, Germany, Japan." in lines
    assert any(line.startswith("In favour:  Algeria, ") for line in lines)
    assert "Chair:       Carmen María Gallardo Hernández (El Salvador)" in lines
    assert "Vice-Chairs: Tebatso Future Baleseng (Botswana)" in lines
    assert "             Dubravka Šimonović (Croatia)" in lines  # the second Vice-Chair, under the first
    assert "(a) In the fourth preambular paragraph, the words “deeply concerned” were replaced by “concerned”;" in lines
    assert "Algeria" in lines  # a name in the list of participants, as it is, without a space before it
