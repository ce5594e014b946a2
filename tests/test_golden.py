"""The demo session renders the reference draft (shared/reference), sentence for sentence."""

from __future__ import annotations

import re

from unreport_tui.cli import main
from unreport_tui.core.rendering.report import render_report
from unreport_tui.exporters.text import export_text, footnote_mark

from .conftest import FIXTURES

# The corrections the foundation issue asks for: the plural after two meetings, and the en dash of a
# span; and the reference's own slip in an acronym, which the demo (what a newcomer sees first) does
# not repeat.
CORRECTIONS = {
    "At its 4th and 5th meeting,": "At its 4th and 5th meetings,",
    "Vienna, 18-22 October 2010": "Vienna, 18\u201322 October 2010",
    "Division for Operations of UNDOC": "Division for Operations of UNODC",
}


def seed_paragraphs() -> list[str]:
    """The seed's paragraphs as plain text, Markdown removed, the footnote moved to the end."""
    lines: list[str] = []
    footnotes: list[str] = []
    for raw in (FIXTURES / "cop5-seed.md").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line == "---":
            continue
        line = re.sub(r"^#+\s*", "", line).replace("**", "").replace("*", "")
        is_footnote = line.startswith("<sup>")
        line = re.sub(r"<sup>(\d+)</sup>", lambda m: footnote_mark(int(m.group(1))), line)
        for wrong, right in CORRECTIONS.items():
            line = line.replace(wrong, right)
        (footnotes if is_footnote else lines).append(line)
    return lines + footnotes


def rendered_paragraphs(text: str) -> list[str]:
    paragraphs = []
    for block in text.split("\n\n"):
        for line in block.splitlines():
            if line and line not in ("CTOC/COP/2010/L.1/Add.2", "__________"):
                paragraphs.append(line)
    return paragraphs


def sentences(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.;:])\s+(?=[A-Z(])", paragraph)


def test_demo_session_renders_the_seed_sentence_for_sentence(demo_session):
    rendered = rendered_paragraphs(export_text(render_report(demo_session)))
    expected = seed_paragraphs()
    assert len(rendered) == len(expected)
    for ours, theirs in zip(rendered, expected, strict=True):
        assert sentences(ours) == sentences(theirs)


def test_import_then_export_txt_prints_the_seed(tmp_path, demo_file, capsys):
    db = tmp_path / "notes.json"
    assert main(["import", str(demo_file), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "txt"]) == 0
    out = capsys.readouterr().out
    assert rendered_paragraphs(out) == seed_paragraphs()
    assert out.startswith("CTOC/COP/2010/L.1/Add.2\n")
