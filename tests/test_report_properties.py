"""Rules that hold for every session the session file accepts, checked with Hypothesis."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from unreport_tui.core.model import Role, StatementKind
from unreport_tui.core.names import running_name
from unreport_tui.core.rendered import FootnoteRef, Paragraph, Subparagraph, plain_text, printable
from unreport_tui.core.rendering.report import render_report
from unreport_tui.exporters.terminal import report_renderable
from unreport_tui.exporters.text import export_text, inline_text

from .builders import said, session_with
from .hypothesis_budget import examples
from .test_session_file import sessions

STATES = ["Chile", "USA", "Niger", "Venezuela", "Netherlands", "Türkiye", "Ivory Coast", "Laos", "Gambia", "Kenya"]


@settings(max_examples=examples(150), deadline=None)
@given(sessions())
def test_every_accepted_session_renders_in_every_format(session):
    document = render_report(session)
    numbers = [b.number for b in document.blocks if isinstance(b, Paragraph) and b.number is not None]
    first = session.info.first_paragraph
    assert numbers == list(range(first, first + len(numbers)))
    plain = export_text(document)
    for block in document.blocks:  # every paragraph, with its number, is in the text as rendered
        if isinstance(block, Paragraph):
            assert block.label + inline_text(block.content) in plain
    assert plain.count("\n\n") >= len(document.blocks) - 1
    screen = Console(width=10_000, record=True, file=io.StringIO())
    screen.print(report_renderable(document))
    shown = " ".join(screen.export_text().split())  # the terminal expands tabs; wrapping aside, the words
    for block in document.blocks:
        if isinstance(block, Paragraph) and block.content:
            assert " ".join(printable(block.label + inline_text(block.content)).split()) in shown
    for item in session.items:
        alone = document.for_item(item.key)
        assert alone.blocks == tuple(b for b in document.blocks if b.item_key == item.key)
        refs = {
            i.number
            for b in alone.blocks
            if isinstance(b, Paragraph | Subparagraph)
            for i in b.content
            if isinstance(i, FootnoteRef)
        }
        assert {f.number for f in alone.footnotes} == refs


@given(st.lists(st.sampled_from(STATES), min_size=1, max_size=12))
def test_every_state_that_spoke_is_listed_in_order_with_its_un_name(speakers):
    paragraph = [
        b for b in render_report(session_with(statements=[said(s) for s in speakers])).blocks if isinstance(b, Paragraph)
    ][1]  # after the item's opening
    text = plain_text(paragraph.content)
    positions = []
    start = 0
    for speaker in dict.fromkeys(speakers):  # a State that spoke twice is named once, where it first spoke
        name = running_name(speaker)
        found = text.find(name, start)
        assert found != -1, f"{name} missing after position {start} in {text!r}"
        positions.append(found)
        start = found + len(name)
    assert text.endswith(".") and ", and " not in text


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Chile", "Kenya", "Japan", "Holy See", "IOM", "Amnesty"]),
            st.sampled_from(list(Role)),
            st.sampled_from(list(StatementKind)),
        ),
        max_size=10,
    )
)
def test_also_exactly_when_someone_spoke_before(statements):
    built = [said(name, role.value, kind=kind) for name, role, kind in statements]
    speeches = [s for s in built if s.kind is StatementKind.STATEMENT]
    state_roles = {Role.MEMBER, Role.SIGNATORY, Role.OBSERVER_STATE, Role.IGO}
    paragraphs = [
        plain_text(b.content) for b in render_report(session_with(statements=built)).blocks if isinstance(b, Paragraph)
    ][1:]  # after the item's opening
    officials = sum(1 for s in built if s.role is Role.OFFICIAL)
    rest = paragraphs[officials:]
    if any(s.role in state_roles for s in speeches):
        sentences = rest.pop(0).split(". ")
        assert " also " not in sentences[0]  # nobody spoke before the first sentence
        assert all(" also made" in later for later in sentences[1:])
    if any(s.role is Role.NGO for s in speeches):
        ngo = rest.pop(0)
        assert (" also made" in ngo) == any(s.role in state_roles for s in speeches)


@given(
    st.lists(
        st.one_of(
            st.builds(lambda label: Subparagraph(label, ()), st.sampled_from(["", "(a)", "In favour:", "E/CN.6/2007/CRP.10"])),
            st.just(Paragraph(1, ())),
        ),
        max_size=12,
    )
)
def test_each_subparagraph_stands_in_the_column_of_its_run(blocks):
    from unreport_tui.core.rendered import label_columns

    columns = label_columns(blocks)
    assert set(columns) == {i for i, b in enumerate(blocks) if isinstance(b, Subparagraph)}
    runs: list[list[int]] = []
    for i, b in enumerate(blocks):
        if isinstance(b, Subparagraph):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        width = max(3, *(len(blocks[i].label) for i in run))
        assert {columns[i][0] for i in run} == {width}
        for n, i in enumerate(run):
            assert columns[i][1] == any(blocks[j].label for j in run[: n + 1])
