"""The Markdown export, read back by a CommonMark parser: numbering kept, typed text never markup."""

from __future__ import annotations

from markdown_it import MarkdownIt

from unreport_tui.core.rendering.report import render_report
from unreport_tui.exporters.markdown import export_markdown

from .builders import point, said, session_with


def html(session) -> str:
    return MarkdownIt("commonmark").enable("table").render(export_markdown(render_report(session)))


def test_paragraph_numbers_survive_as_list_starts(demo_session):
    out = MarkdownIt("commonmark").render(export_markdown(render_report(demo_session)))
    assert '<ol start="7">' in out
    assert "<em>Rapporteur:</em> Elizabeth Verville" in out


def test_typed_markup_is_printed_not_interpreted():
    session = session_with(
        statements=[said("<b>Acme</b> & [Co](http://x) _under_ #1", "ngo")],
        points=[point("noted `code` and <script>alert(1)</script> and 2 * 3 * 4", "Chile")],
    )
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


# --- the outline, the numbers and the lists, as a Markdown reader sees them -------------------

from pathlib import Path  # noqa: E402

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from unreport_tui.core.rendered import AnnexHeading, Heading, ListKind, Paragraph, ReportDocument, Run, Subparagraph  # noqa: E402
from unreport_tui.core.session_file.session import load_session_file  # noqa: E402

from .hypothesis_budget import examples  # noqa: E402
from .test_session_file import sessions  # noqa: E402

EVERY_KIND = render_report(load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml"))


def tokens(markdown: str):
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of each heading, in order."""
    found = tokens(markdown)
    return [(int(t.tag[1]), found[n + 1].content.replace("\\", "")) for n, t in enumerate(found) if t.type == "heading_open"]


def printed_numbers(markdown: str) -> list[int]:
    """The number a Markdown reader shows before each item of each ordered list, in order."""
    numbers: list[int] = []
    start = 0
    for t in tokens(markdown):
        if t.type == "ordered_list_open":
            start = int(t.attrGet("start") or 1)
        elif t.type == "list_item_open" and t.markup in (".", ")"):
            numbers.append(start)
            start += 1
    return numbers


def rows(markdown: str) -> list[tuple[int, list[str]]]:
    """Each row of each table as (the depth of lists it is in, its cells' text)."""
    out: list[tuple[int, list[str]]] = []
    depth = 0
    cell = False
    for t in tokens(markdown):
        depth += {"list_item_open": 1, "list_item_close": -1}.get(t.type, 0)
        if t.type == "tr_open":
            out.append((depth, []))
        cell = t.type in ("td_open", "th_open") or (cell and t.type == "inline")
        if cell and t.type == "inline":
            out[-1][1].append(t.content.replace("\\", ""))
    return out


def test_the_outline_puts_the_body_and_title_above_chapters_and_annexes_above_their_lists():
    out = export_markdown(EVERY_KIND)
    expected = [(1, "Commission on Crime Prevention and Criminal Justice"), (1, "Draft report")]
    for block in EVERY_KIND.blocks:
        if isinstance(block, AnnexHeading):
            expected.append((2, block.text))
        elif isinstance(block, Heading):
            expected.append((block.level + 1, block.text))
    assert headings(out) == expected
    assert (2, "III. Thematic discussion") in expected and (2, "Annex II") in expected
    assert (3, "B. Election of officers") in expected and (4, "Deliberations") in expected
    assert "Thirty-second session" not in [text for _, text in headings(out)]  # a line under the body, not a heading


def test_vote_officer_and_document_lists_are_tables_nested_where_they_belong():
    found = rows(export_markdown(EVERY_KIND))
    assert (1, ["In favour:", "Côte d'Ivoire, Mexico, Peru, Venezuela (Bolivarian Republic of)."]) in found
    assert (1, ["Against:", "Japan."]) in found and (1, ["Abstaining:", "None."]) in found
    assert (1, ["Chair:", "Carolina Fernández (Uruguay)"]) in found  # under paragraph 15
    assert (0, ["Symbol", "Agenda item", "Title"]) in found  # the documents annex, with its column headings
    assert (0, ["E/CN.15/2023/4", "4", "Note by the Secretariat"]) in found


def test_the_columns_line_up_in_the_raw_file_too():
    out = export_markdown(EVERY_KIND)
    table = [line for line in out.splitlines() if line.startswith("    |")][:5]  # the vote, under paragraph 12
    assert "Abstaining:" in table[-1]
    assert len({line.index("|", 5) for line in table}) == 1  # the lists start in one column


def officers_session():
    from unreport_tui.core.model import Officer, Organization

    session = load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml")
    session.organization = Organization(
        officers=[
            Officer("Chair", "Carolina Fernández", "Uruguay"),
            Officer("Vice-Chair", "Ali Khan", "Pakistan"),
            Officer("Vice-Chair", "Jan de Vries", "Chile"),
        ]
    )
    return session


def test_a_second_vice_chair_stands_in_the_column_of_the_first():
    found = [cells for _, cells in rows(export_markdown(render_report(officers_session())))]
    assert ["Vice-Chairs:", "Ali Khan (Pakistan)"] in found
    assert ["", "Jan de Vries (Chile)"] in found


def test_lettered_subparagraphs_and_the_agenda_nest_in_their_paragraph_and_keep_its_numbers():
    out = export_markdown(EVERY_KIND)
    html_out = MarkdownIt("commonmark").enable("table").render(out)
    assert (
        "<li>\n<p>At the same meeting, the representative of Mexico orally revised the draft resolution as follows:</p>\n"
        "<p>(a) In operative paragraph 1, “urges” was replaced by “encourages”;</p>\n"
        "<p>(b) Operative paragraph 3 was deleted.</p>\n</li>"
    ) in html_out
    assert "<p>1. Election of officers.</p>\n<p>4. Thematic discussion" in html_out  # agenda lines, not a list
    numbers = [b.number for b in EVERY_KIND.blocks if isinstance(b, Paragraph) and b.number is not None]
    assert printed_numbers(out) == numbers  # the agenda's "1." is not a paragraph number


@settings(max_examples=examples(100), deadline=None)
@given(sessions())
def test_a_markdown_reader_numbers_every_paragraph_as_printed(session):
    document = render_report(session)
    out = export_markdown(document)
    numbers = [b.number for b in document.blocks if isinstance(b, Paragraph) and b.number is not None]
    assert printed_numbers(out) == numbers
    levels = [level for level, _ in headings(out)]
    body = bool(document.masthead and document.masthead.body)
    assert levels[: 1 + body] == [1] * (1 + body) and levels.count(1) == 1 + body  # the body's name and the title line


kinds = st.sampled_from(list(ListKind))
typed = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
labels = st.sampled_from(["", "(a)", "1.", "2 (b)", "In favour:", "Vice-Chairs:", "E/CN.15/2023/4"])


@st.composite
def documents(draw) -> ReportDocument:
    """Any sequence of blocks, the paragraphs numbered on from any number as the renderer does."""
    blocks: list = []
    number = draw(st.integers(1, 999))
    for choice in draw(
        st.lists(st.sampled_from(["chapter", "section", "sub", "annex", "paragraph", "plain", "list"]), max_size=12)
    ):
        if choice == "paragraph":
            blocks.append(Paragraph(number, (Run(draw(typed)),)))
            number += 1
        elif choice == "plain":
            blocks.append(Paragraph(None, (Run(draw(typed)),)))
        elif choice == "list":
            kind = draw(kinds)
            blocks += [Subparagraph(draw(labels), (Run(draw(typed)),), "", kind) for _ in range(draw(st.integers(1, 3)))]
        elif choice == "annex":
            blocks.append(AnnexHeading(draw(typed)))
        else:
            blocks.append(Heading({"chapter": 1, "section": 2, "sub": 3}[choice], draw(typed)))
    return ReportDocument(None, tuple(blocks))


@settings(max_examples=examples(300), deadline=None)
@given(documents())
# A paragraph's text that opens with a space once pushed its nested vote table out of it.
@example(ReportDocument(None, (Paragraph(10, (Run(" 0"),)), Subparagraph("", (Run(""),), kind=ListKind.VOTE))))
def test_whatever_is_typed_the_numbers_headings_and_rows_stay_as_printed(document):
    out = export_markdown(document)
    numbers = [b.number for b in document.blocks if isinstance(b, Paragraph) and b.number is not None]
    assert printed_numbers(out) == numbers
    expected = [
        (2 if isinstance(b, AnnexHeading) else b.level + 1) for b in document.blocks if isinstance(b, Heading | AnnexHeading)
    ]
    assert [level for level, _ in headings(out)] == expected
    table_rows = sum(
        1
        for b in document.blocks
        if isinstance(b, Subparagraph) and b.kind in (ListKind.VOTE, ListKind.OFFICER, ListKind.DOCUMENT)
    )
    runs_with_header = sum(
        1
        for n, b in enumerate(document.blocks)
        if isinstance(b, Subparagraph)
        and b.kind in (ListKind.VOTE, ListKind.OFFICER, ListKind.DOCUMENT)
        and not (n and isinstance(document.blocks[n - 1], Subparagraph) and document.blocks[n - 1].kind is b.kind)
    )
    assert len(rows(out)) == table_rows + runs_with_header
