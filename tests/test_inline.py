"""What a note-taker may type inside a text: ``^[footnote]``, ``*italics*`` and backslash escapes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unreport_tui.core.inline import FootnoteCollector, parse_inline
from unreport_tui.core.rendered import FootnoteRef, Run

from .builders import Document, paragraphs, session_with


def test_a_backslash_makes_the_next_character_literal():
    assert parse_inline(r"2 \* 3 and \^[not a note] and a \\ backslash", FootnoteCollector()) == [
        Run("2 * 3 and ^[not a note] and a \\ backslash")
    ]
    assert parse_inline(r"\*not italic\*") == [Run("*not italic*")]
    assert parse_inline("ends with a backslash \\") == [Run("ends with a backslash \\")]


def test_a_footnote_may_hold_brackets_and_escaped_brackets():
    notes = FootnoteCollector()
    out = parse_inline(r"Text^[See [the annex] and \] here.] after", notes)
    assert out == [Run("Text"), FootnoteRef(1), Run(" after")]
    assert notes.notes == [(Run("See [the annex] and ] here."),)]


def test_an_unclosed_footnote_is_text():
    notes = FootnoteCollector()
    assert parse_inline("Text^[never closed", notes) == [Run("Text^[never closed")]
    assert notes.notes == []


def test_footnotes_after_others_are_numbered_on():
    notes = FootnoteCollector(before=4)
    assert parse_inline("a^[x] b^[y]", notes) == [Run("a"), FootnoteRef(5), Run(" b"), FootnoteRef(6)]


def test_italics_in_a_footnote_and_an_asterisk_that_is_arithmetic():
    notes = FootnoteCollector()
    parse_inline("x^[United Nations, *Treaty Series*, vol. 2237.]", notes)
    assert notes.notes == [(Run("United Nations, "), Run("Treaty Series", True), Run(", vol. 2237."))]
    assert parse_inline("2 * 3 * 4") == [Run("2 * 3 * 4")]
    assert parse_inline("a *b") == [Run("a *b")]


@given(st.text(max_size=60))
def test_any_text_without_markup_characters_comes_back_as_it_was(text):
    plain = text.replace("\\", "").replace("*", "").replace("^", "")
    assert "".join(r.text for r in parse_inline(plain, FootnoteCollector()) if isinstance(r, Run)) == plain


def test_more_than_26_documents_are_lettered_aa_ab():
    documents = [Document(f"Report {n}", f"X/{n}") for n in range(30)]
    lines = [p for p in paragraphs(session_with(documents=documents)) if p.startswith("(")]
    labels = [line.split(" ", 1)[0] for line in lines]
    assert labels[:3] == ["(a)", "(b)", "(c)"] and labels[25] == "(z)"
    assert labels[26:] == ["(aa)", "(ab)", "(ac)", "(ad)"]
    assert lines[-1].endswith("(X/29).") and lines[0].endswith("(X/0);")


def test_italics_close_only_after_a_letter():
    assert parse_inline("*a b*") == [Run("a b", True)]
    assert parse_inline("*Treaty Series* vol.") == [Run("Treaty Series", True), Run(" vol.")]
    assert parse_inline("**") == [Run("**")]
    assert parse_inline("*a * b*") == [Run("a * b", True)]


def test_plain_text_drops_footnote_marks_only():
    from unreport_tui.core.rendered import plain_text

    assert plain_text([Run("a"), FootnoteRef(1), Run("b", True)]) == "ab"


def test_one_item_keeps_only_its_own_footnotes():
    from unreport_tui.core.model import Item, Point
    from unreport_tui.core.rendering.report import render_report

    session = session_with(points=[Point("First^[note one]")])
    session.items.append(Item("2", "2", "Second", points=[Point("Second^[note two]")]))
    document = render_report(session)
    assert [f.number for f in document.for_item("1").footnotes] == [1]
    assert [f.number for f in document.for_item("2").footnotes] == [2]


def test_a_footnote_closes_after_an_escaped_bracket_and_around_nested_ones():
    for typed, note in [
        (r"T^[a \]]", "a ]"),  # an escaped bracket just before the closing one
        ("T^[see [a [b]] c]", "see [a [b]] c"),  # brackets two deep
        ("T^[[A/1] see]", "[A/1] see"),  # a note that opens with a bracket
    ]:
        notes = FootnoteCollector()
        assert parse_inline(typed + " d", notes) == [Run("T"), FootnoteRef(1), Run(" d")], typed
        assert notes.notes == [(Run(note),)], typed


def test_which_asterisk_closes_italics():
    assert parse_inline("*a* is one letter") == [Run("a", True), Run(" is one letter")]
    # An asterisk after a space closes nothing; the next one not after a space does.
    assert parse_inline("x *a *b* c *") == [Run("x "), Run("a *b", True), Run(" c *")]
    assert parse_inline("*Treaty* costs 2 *") == [Run("Treaty", True), Run(" costs 2 *")]
    assert parse_inline("x *a **") == [Run("x "), Run("a *", True)]
