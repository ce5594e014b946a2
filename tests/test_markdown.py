"""The Markdown export, read back by a CommonMark parser: numbering kept, typed text never markup."""

from __future__ import annotations

from markdown_it import MarkdownIt

from unreport_tui.core.report import render_report
from unreport_tui.exporters.markdown import export_markdown

from .builders import point, said, session_with


def html(session) -> str:
    return MarkdownIt("commonmark").enable("table").render(export_markdown(render_report(session)))


def test_paragraph_numbers_survive_as_list_starts(demo_session):
    out = MarkdownIt("commonmark").render(export_markdown(render_report(demo_session)))
    assert '<ol start="7">' in out
    assert "<em>Rapporteur:</em> Elizabeth Verville" in out


def test_typed_markup_is_printed_not_interpreted():
    session = session_with(statements=[said("<b>Acme</b> & [Co](http://x) _under_ #1", "ngo")],
                           points=[point("noted `code` and <script>alert(1)</script> and 2 * 3 * 4", "Chile")])
    out = html(session)
    assert "<script>" not in out and "<b>" not in out and "<a " not in out and "<em>under</em>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;b&gt;Acme&lt;/b&gt; &amp; [Co](http://x) _under_ #1" in out
    assert "2 * 3 * 4" in out and "`code`" in out


def test_italics_and_footnotes_are_markdown():
    session = session_with(statements=[said("Chile")], points=[point("cited the *Treaty Series*^[A note.]", "Chile")])
    text = export_markdown(render_report(session))
    assert "One speaker cited the *Treaty Series*.[^1]" in text
    assert text.rstrip().endswith("[^1]: A note.")
