"""The draft as the terminal shows it (the live screen's draft and ``unreport preview``), read as
plain lines: what a note-taker sees on a terminal with no colours and no bold."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from unreport_tui.core.model import Officer
from unreport_tui.core.rendered import AnnexHeading, Heading, ListKind, Paragraph, ReportDocument, Run, Subparagraph, plain_text
from unreport_tui.core.rendering.report import render_report
from unreport_tui.core.session_file.session import load_session_file
from unreport_tui.exporters.terminal import report_pieces, report_renderable

from .hypothesis_budget import examples

FIXTURE = Path(__file__).parent / "fixtures" / "every-kind.toml"


def shown(document: ReportDocument, width: int = 60) -> list[str]:
    """The draft's lines as a terminal without colours or bold shows them."""
    console = Console(width=width, file=io.StringIO(), color_system=None, record=True)
    console.print(report_renderable(document))
    return [line.rstrip() for line in console.export_text().splitlines()]


def with_officers(*officers: tuple[str, str, str]) -> ReportDocument:
    session = load_session_file(FIXTURE)
    assert session.organization is not None
    session.organization.officers = [Officer(*o) for o in officers]
    return render_report(session)


def column_of(lines: list[str], text: str) -> int:
    [line] = [line for line in lines if text in line]
    return line.index(text)


def test_the_officers_line_up_a_second_vice_chair_under_the_first():
    lines = shown(
        with_officers(
            ("Chair", "Carolina Fernández", "Uruguay"),
            ("Vice-Chair", "Ali Khan", "Pakistan"),
            ("Vice-Chair", "Jan de Vries", "Chile"),
            ("Rapporteur", "Mei Chen", ""),
        )
    )
    names = {column_of(lines, name) for name in ("Carolina Fernández", "Ali Khan", "Jan de Vries", "Mei Chen")}
    assert len(names) == 1  # one column for the names, after the longest label
    assert column_of(lines, "Chair:") == column_of(lines, "Vice-Chairs:") == column_of(lines, "Rapporteur:  Mei")
    start = lines.index(next(line for line in lines if "Chair:" in line))
    assert [line.strip() for line in lines[start : start + 4]] == [  # one a line, as a list of names is printed
        "Chair:       Carolina Fernández (Uruguay)",
        "Vice-Chairs: Ali Khan (Pakistan)",
        "Jan de Vries (Chile)",
        "Rapporteur:  Mei Chen",
    ]


def test_the_vote_lists_line_up_and_wrap_under_their_names():
    lines = shown(render_report(load_session_file(FIXTURE)), width=50)
    assert column_of(lines, "Côte d'Ivoire") == column_of(lines, "Japan.") == column_of(lines, "None.")
    following = lines[lines.index(next(line for line in lines if "In favour:" in line)) + 1]
    assert following.index(following.strip()) == column_of(lines, "Japan.")  # a wrapped list stays in its column


def test_to_be_completed_stands_where_the_text_of_the_paragraphs_starts():
    lines = shown(render_report(load_session_file(FIXTURE)))
    assert column_of(lines, "[To be completed]") == column_of(lines, "The Commission considered agenda item 5") == 5
    assert any(line.startswith("13.  The Commission considered agenda item 5") for line in lines)


def test_each_level_of_the_outline_shows_without_bold():
    lines = shown(render_report(load_session_file(FIXTURE)))
    chapter = lines.index("IV. Other matters")
    assert lines[chapter + 1] == "─" * len("IV. Other matters")  # a chapter has its rule
    section = lines.index("B. Election of officers")  # a section is flush, without a rule
    assert not lines[section + 1].strip()
    assert "     Deliberations" in lines  # a subheading is indented like the text
    [annex] = [line for line in lines if "Annex II" in line]
    assert annex.startswith("═") and annex.endswith("═") and len(annex) == 60  # an annex stands between rules


def test_a_label_wider_than_half_the_screen_does_not_squeeze_the_text():
    document = ReportDocument(
        None, (Subparagraph("E/CN.15/2023/CRP.10/Add.1/Rev.2", (Run("Item 4: a note"),), "", ListKind.DOCUMENT),)
    )
    lines = shown(document, width=40)
    assert "Item 4: a note" in " ".join(lines) and all(len(line) <= 40 for line in lines)


def test_a_change_of_label_redraws_the_lines_of_its_list():
    """The draft keeps what it drew for a piece that did not change; the column of a list depends
    on its longest label, so the pieces of the list carry it and are drawn anew when it changes."""
    before = report_pieces(with_officers(("Chair", "A", ""), ("Rapporteur", "B", "")))
    after = report_pieces(with_officers(("Chair", "A", ""), ("First Vice-Chair", "B", "")))
    chair = [p for p in before if isinstance(p.content, Subparagraph) and p.content.label == "Chair:"]
    assert chair and chair[0] not in after


blocks = st.one_of(
    st.builds(lambda n, text: Paragraph(n, (Run(text),)), st.none() | st.integers(1, 2000), st.text(max_size=200)),
    st.builds(lambda level, text: Heading(level, text), st.integers(1, 3), st.text(max_size=80)),
    st.builds(AnnexHeading, st.text(max_size=20)),
    st.builds(
        lambda label, text, kind: Subparagraph(label, (Run(text),), "", kind),
        st.sampled_from(["", "(a)", "1.", "In favour:", "Vice-Chairs:", "E/CN.15/2023/CRP.10"]),
        st.text(max_size=120),
        st.sampled_from(list(ListKind)),
    ),
)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(blocks, max_size=8), st.integers(1, 120))
@example([AnnexHeading("\U00020000\r0")], 6)  # an annex's name once cut by its rule in a narrow pane
def test_at_any_width_every_word_is_shown_and_no_line_is_too_long(content, width):
    document = ReportDocument(None, tuple(content))
    lines = shown(document, width)
    assert all(cell_len(line) <= width for line in lines)
    words = " ".join(" ".join(lines).split())
    for block in content:
        text = block.text if isinstance(block, Heading | AnnexHeading) else plain_text(block.content)
        for word in text.split():
            if word.isprintable() and word.isascii() and len(word) < width // 3:
                assert word in words
