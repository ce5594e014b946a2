"""One session with every kind of entry (officials, States, signatories, observer States, IGOs,
NGOs, replies, joined and named points, footnotes, empty items, an action chapter with an oral
revision and a recorded vote, the organization chapter) says the same in every format."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from unreport_tui.core.session_file.session import load_session_file
from unreport_tui.exporters import FORMATS, export_session

from .html_page import page_words
from .word_text import footnote_texts, word_lines

SESSION = load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml")
TEXT = export_session(SESSION, "txt")
assert isinstance(TEXT, str)
# Each line of the text export, without its footnote marks: what every format must say.
# (The rule above the footnotes is each format's own.)
LINES = [line.replace("¹", "") for line in TEXT.splitlines() if line.strip() and line.strip() != "__________"]


def _words(text: str) -> str:
    return " ".join(text.split())


def _shown(format: str) -> str:
    """What a reader of the format sees, as plain words."""
    out = export_session(SESSION, format)
    if isinstance(out, bytes):  # the body's paragraphs and tables, then the footnotes (Word's own part)
        body = "\n".join(word_lines(out))
        return _words(html.unescape(body + "\n" + "".join(footnote_texts(out))))
    if format == "akn":  # the XML's text, the footnotes (inline authorialNotes) after the rest
        import xml.etree.ElementTree as ET

        root = ET.fromstring(out)
        notes = root.findall(".//{*}authorialNote")
        note_text = [" ".join("".join(n.itertext()).split()) for n in notes]
        for parent in list(root.iter()):
            for note in [c for c in parent if c in notes]:
                index = list(parent).index(note)
                tail = note.tail or ""
                parent.remove(note)
                if index > 0:  # its tail joins the text after the element before it
                    before = parent[index - 1]
                    before.tail = (before.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
        return _words("".join(root.itertext()) + " " + " ".join(note_text))
    if format == "html":  # a row of the documents table read as the line it sets out in columns
        return page_words(out, marks=False)
    if format == "md":
        out = re.sub(r"\[\^\d+\]", "", out)
        # a row of the documents table read as the line it sets out in columns: "symbol Item 4: title"
        out = re.sub(r"^\| (\S+) +\| (\S[^|]*?) +\| ", r"| \1 | Item \2: ", out, flags=re.MULTILINE)
        out = re.sub(r"(?<!\\)\|", " ", out).replace("\\", "").replace("*", "")  # table cells: their words
    return _words(out)


@pytest.mark.parametrize("format", [f for f in FORMATS if f not in ("toml", "txt")])  # txt is the yardstick
def test_every_line_of_the_report_is_in_every_format(format):
    shown = _shown(format).replace("\t", " ")
    for line in LINES:
        assert _words(line.replace("*", "")) in shown, (format, line)


def test_the_session_file_round_trips_and_the_report_has_each_construct():
    from unreport_tui.core.session_file.session import parse_session

    assert parse_session(export_session(SESSION, "toml")) == SESSION
    for construct in (
        "The Director of the Division for Treaty Affairs made an introductory statement.",
        "the Sudan, as the concerned country.",
        "The observer for the signatory State Japan",
        "The observer for the Holy See",
        "The observer for Amnesty International",
        "made a statement in exercise of the right of reply",
        "Two speakers stressed the need for data.¹ One speaker added",
        "In closing, the representative of Pakistan, speaking on behalf of the Group of 77 and China, thanked the",
        "<script>alert(1)</script> & ]]> stay as typed",
        "orally revised the draft resolution as follows:",
        "by a recorded vote of 4 to 1",
        "Abstaining: None.",
        "[To be completed]",
        "B. Election of officers",
        "Chair: Carolina Fernández (Uruguay)",
        "Annex II",
        "¹ See Treaty Series, vol. 2237.",
    ):
        assert construct in TEXT, construct


def test_an_item_the_organization_chapter_reports_is_refused_alone_with_what_to_do_not_an_empty_file():
    from unreport_tui import cli
    from unreport_tui.core.session_file.session import parse_session
    from unreport_tui.exporters import ExportError

    action = parse_session(cli.demo_session_text("action"))
    with pytest.raises(ExportError, match="organization chapter reports it; export the whole report"):
        export_session(action, "txt", "1")
