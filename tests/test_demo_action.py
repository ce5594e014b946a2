"""The second bundled demo: a whole report with discussion, action on proposals and the
organization chapter, as `unreport demo action` opens it and every format writes it."""

from __future__ import annotations

import pytest

from unreport_tui import cli
from unreport_tui.core.session_file import parse_session
from unreport_tui.exporters import FORMATS, export_session


@pytest.fixture
def report():
    return parse_session(cli.demo_session_text("action"))


def test_the_demo_writes_an_action_chapter_with_a_recorded_vote(report):
    text = export_session(report, "txt", None)
    for sentence in (
        "Also at the same meeting, the representative of Thailand orally revised the draft resolution as follows:",
        "(a) In the fourth preambular paragraph, the words “deeply concerned” were replaced by “concerned”;",
        "Also at the same meeting, the Commission adopted the draft resolution, as orally revised, without a vote "
        "(see chap. I, sect. D, resolution 51/3).",
        "Also at the same meeting, the Commission adopted the draft resolution by a recorded vote of 15 to 2, "
        "with 3 abstentions (see chap. I, sect. B).",
        "The voting was as follows:",
        "Against: Israel, United States of America.",
        "After the adoption of the draft resolution, statements in explanation of vote were made by the "
        "representatives of Germany and Japan.",
        "The Commission held its fifty-first session in New York from 26 February to 9 March 2007. It held six meetings.",
        "Vice-Chairs: Tebatso Future Baleseng (Botswana)",
        "The documents before the Commission at its fifty-first session are listed in annex II.",
    ):
        assert sentence in text, sentence


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_writes_the_whole_demo(report, format):
    out = export_session(report, format, None)
    if isinstance(out, bytes):  # a Word file: its paragraphs
        import io

        from docx import Document

        out = "\n".join(p.text for p in Document(io.BytesIO(out)).paragraphs)
    assert "Situation of and assistance to Palestinian women" in out
    if format != "toml":
        assert "The voting was as follows:" in out
    else:
        assert parse_session(out) == report


def test_unreport_demo_action_opens_that_session(monkeypatch, report):
    opened = []

    def run_app(store, read_only=False):
        opened.append(store.load())
        store.close()
        return 0

    monkeypatch.setattr(cli, "_run_app", run_app)
    assert cli.main(["demo", "action"]) == 0
    assert opened == [report]
