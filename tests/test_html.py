"""The HTML export: one self-contained page, the same sentences as every other format, and user
text that stays text."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from unreport_tui import cli
from unreport_tui.core.rendered import (
    AnnexHeading,
    Footnote,
    FootnoteRef,
    Heading,
    ListKind,
    Masthead,
    Paragraph,
    ReportDocument,
    Run,
    Subparagraph,
    document_line,
)
from unreport_tui.core.session_file.session import load_session_file, parse_session
from unreport_tui.exporters import export_session
from unreport_tui.exporters.html import export_html

from .builders import point, said, session_with
from .html_page import declarations, page_tree, page_words, rules, selected, style_sheet


class _Page(HTMLParser):
    """The page's text, its tags and the ids and links it has."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        found = dict(attrs)
        if "id" in found:
            self.ids.add(found["id"])
        if tag == "a":
            self.links.append(found.get("href", ""))
        for key in ("src", "href"):
            if tag in ("script", "link", "img") and key in found:
                self.sources.append(found[key])

    def handle_data(self, data):
        self.text.append(data)


def page_of(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_the_page_says_what_the_text_export_says_and_fetches_nothing():
    session = parse_session(cli.demo_session_text("action"))
    page = page_of(export_session(session, "html"))
    words = page_words(export_session(session, "html"))  # a row of the documents table as its line
    for line in export_session(session, "txt").splitlines():
        if line.strip():
            assert " ".join(line.split()) in words, line
    assert "script" not in page.tags and page.sources == []  # self-contained
    assert "@page { size: A4;" in export_session(session, "html")


def test_footnotes_are_linked_both_ways():
    session = parse_session(cli.demo_session_text())
    page = page_of(export_session(session, "html"))
    assert "#note-1" in page.links and "#ref-1" in page.links
    assert {"note-1", "ref-1"} <= page.ids


def test_user_text_is_text_in_the_page():
    session = session_with(
        [said("<script>alert(1)</script>", "ngo")], [point("noted ]]> and &amp; and <b>bold</b>", "<script>alert(1)</script>")]
    )
    html = export_session(session, "html")
    assert "<script>" not in html and "<b>bold</b>" not in html
    words = "".join(page_of(html).text)
    assert "<script>alert(1)</script>" in words and "noted ]]> and &amp; and <b>bold</b>" in words


def test_the_vote_lists_stand_in_one_column_and_letters_in_the_narrow_one():
    from unreport_tui import cli
    from unreport_tui.core.session_file.session import parse_session
    from unreport_tui.exporters import export_session

    page = export_session(parse_session(cli.demo_session_text("action")), "html")
    widths = {
        label: re.search(rf'<p class="sub column" style="--label: ([0-9.]+em)"><span class="label">{label}\u2003</span>', page)
        for label in ("In favour:", "Against:", "Abstaining:", "Vice-Chairs:")
    }
    assert all(widths.values())
    assert widths["In favour:"][1] == widths["Against:"][1] == widths["Abstaining:"][1]
    assert '<p class="sub"><span class="label">(a)\u2003</span>' in page


def test_the_space_after_a_number_or_label_is_inside_its_box_so_that_the_text_hangs_under_itself():
    from unreport_tui import cli
    from unreport_tui.core.session_file.session import parse_session
    from unreport_tui.exporters import export_session

    page = export_session(parse_session(cli.demo_session_text("action")), "html")
    assert '<p class="numbered"><span class="number">1.\u2003</span>' in page
    numbered, number = declarations(page, "p.numbered"), declarations(page, "p.numbered .number")
    assert numbered["margin"].endswith(" var(--hang)") and numbered["text-indent"] == "calc(0px - var(--hang))"
    assert number["display"] == "inline-block" and number["min-width"] == "var(--hang)"
    assert "</span> " not in page.split("<body>")[1]  # no space outside a box, where lines would not hang under it


# The page as a secretariat officer reads it in a browser and prints it.

ACTION = export_session(parse_session(cli.demo_session_text("action")), "html")
EVERY_KIND = export_session(load_session_file(Path(__file__).parent / "fixtures" / "every-kind.toml"), "html")


def _headings(html: str) -> list[tuple[int, str, str]]:
    """(level, class, text) of every heading, in order."""
    return [(int(e.tag[1]), e.attrs.get("class", ""), e.text()) for e in page_tree(html).iter() if re.fullmatch(r"h[1-6]", e.tag)]


def test_the_page_is_in_british_english():
    assert page_tree(ACTION).find("html").attrs["lang"] == "en-GB"


def test_the_bodys_name_and_the_title_are_headings_over_the_chapters_and_no_level_is_skipped():
    headings = _headings(ACTION)
    assert headings[:3] == [
        (1, "body", "Commission on the Status of Women"),
        (1, "title", "Draft report"),
        (2, "chapter", "III. Follow-up to the Fourth World Conference on Women"),
    ]
    # "Deliberations" straight under its chapter is the level under it, a subheading by its class
    assert (3, "subheading", "Deliberations") in headings
    assert (3, "section", "B. Election of officers") in headings
    assert (4, "subheading", "States members") in headings  # in the list of participants
    levels = [level for level, _, _ in headings]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


def test_an_item_exported_alone_has_its_chapter_at_the_top_of_the_outline():
    session = parse_session(cli.demo_session_text("action"))
    key = next(item.key for item in session.items if item.number == "3")
    assert _headings(export_session(session, "html", key))[:2] == [
        (1, "chapter", "III. Follow-up to the Fourth World Conference on Women"),
        (2, "subheading", "Deliberations"),
    ]


def test_a_wrapped_heading_hangs_after_its_numeral_on_the_grid():
    assert '<h2 class="chapter"><span class="numeral">III. </span>Follow-up' in ACTION
    assert '<h3 class="section"><span class="numeral">B. </span>Election of officers</h3>' in ACTION
    for heading in (".chapter", ".section", ".subheading", "h2.annex"):
        found = declarations(ACTION, heading)
        assert found["padding-left"] == "var(--hang)" and found["text-indent"] == "calc(0px - var(--hang))"
    assert declarations(ACTION, ".numeral")["min-width"] == "var(--hang)"
    # chapters in larger type than sections, sections than subheadings
    root = declarations(ACTION, ":root")
    assert declarations(ACTION, ".chapter")["font-size"] == "var(--chapter-size)"
    assert declarations(ACTION, ".section")["font-size"] == "var(--section-size)"
    assert float(root["--chapter-size"].removesuffix("pt")) > float(root["--section-size"].removesuffix("pt")) > 10


def test_no_heading_is_left_at_the_foot_of_a_printed_page():
    for heading in (".chapter", ".section", ".subheading", "h2.annex"):
        found = declarations(ACTION, heading)
        assert found["break-after"] == "avoid" and found["break-inside"] == "avoid"
    # nor a paragraph that introduces a list ("as follows:") apart from the list's first line
    assert all(
        declarations(ACTION, f"p:not(.sub):has(+ {after})")["break-after"] == "avoid" for after in ("p.sub", "ol", "ul", "table")
    )


def test_each_annex_is_a_section_of_its_own_that_starts_a_new_page():
    annexes = list(page_tree(ACTION).iter("section", "annex"))
    assert [a.elements()[0].text() for a in annexes] == ["Annex I", "Annex II"]
    assert all(a.elements()[0].tag == "h2" and "annex" in a.elements()[0].classes for a in annexes)
    assert annexes[0].attrs["aria-labelledby"] == annexes[0].elements()[0].attrs["id"]
    assert "Algeria" in annexes[0].text() and "E/CN.6/2007/1" not in annexes[0].text()
    assert annexes[1].find("table").text().startswith("Symbol Agenda item Title E/CN.6/2007/1")
    assert declarations(ACTION, "section.annex")["break-before"] == "page"


def test_every_indent_is_a_step_of_the_one_grid():
    assert declarations(ACTION, ":root")["--hang"] == "1cm"
    hang = "var(--hang)"
    assert declarations(ACTION, "p.numbered")["margin"].endswith(" var(--hang)")  # text after "12."
    assert declarations(ACTION, "p.plain")["margin"].endswith(" var(--hang)")  # "[To be completed]" under that text
    assert declarations(ACTION, "p.sub")["margin"].endswith(" calc(2 * var(--hang))")  # "(a)" under it
    assert declarations(ACTION, "p.sub")["text-indent"] == "calc(0px - var(--hang))"
    assert declarations(ACTION, "p.sub .label")["min-width"] == hang
    assert declarations(ACTION, "p.sub.column")["margin-left"] == "calc(var(--hang) + var(--label))"
    assert declarations(ACTION, "ol.agenda")["padding"].endswith(" calc(2 * var(--hang))")
    assert declarations(ACTION, "ol.agenda li")["text-indent"] == "calc(0px - var(--hang))"
    assert declarations(ACTION, "ul.participants")["padding"].endswith(" calc(2 * var(--hang))")
    assert declarations(ACTION, "table.documents")["margin"].endswith(" var(--hang)")
    assert declarations(ACTION, ".subheading")["margin-left"] == hang
    assert declarations(ACTION, ".masthead h1.title")["margin"].endswith(" var(--hang)")
    assert declarations(ACTION, ".footnotes p")["padding-left"] == hang


def test_the_agenda_is_a_list_of_its_own_not_numbered_paragraphs():
    agenda = page_tree(ACTION).find("ol", "agenda")
    items = agenda.elements()
    assert [(li.attrs.get("value"), li.text()) for li in items] == [
        ("1", "1. Election of officers."),
        ("2", "2. Adoption of the agenda and other organizational matters."),
        (
            "3",
            "3. Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the "
            "General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first "
            "century”.",
        ),
    ]
    numbered = [p.text() for p in page_tree(ACTION).iter("p", "numbered")]
    assert not any(text.startswith(("1. Election", "2. Adoption")) for text in numbered)


def test_the_sub_items_of_the_agenda_are_a_list_under_their_item():
    lines = [
        ("1.", "Opening of the session."),
        ("2.", "Organizational matters:"),
        ("(a)", "Election of officers;"),
        ("(b)", "Adoption of the agenda."),
        ("3.", "Other matters."),
        ("4 (c)", "Adoption of the report."),
    ]
    doc = ReportDocument(None, tuple(Subparagraph(label, (Run(text),), kind=ListKind.AGENDA) for label, text in lines))
    items = page_tree(export_html(doc)).find("ol", "agenda").elements()
    assert [li.attrs.get("value") for li in items] == ["1", "2", "3", None]
    assert [li.text() for li in items[1].find("ol", "sub-items").elements()] == [
        "(a) Election of officers;",
        "(b) Adoption of the agenda.",
    ]
    assert items[3].text() == "4 (c) Adoption of the report."  # a sub-item whose item is not listed stands alone


def test_the_participants_are_a_list_in_columns():
    lists = list(page_tree(ACTION).iter("ul", "participants"))
    assert [li.text() for li in lists[1].elements()] == ["Holy See", "Israel", "State of Palestine", "United States of America"]
    assert declarations(ACTION, "ul.participants")["columns"].startswith("3 ")


def test_the_documents_annex_is_a_table_with_column_headings():
    table = page_tree(ACTION).find("table", "documents")
    assert [(th.text(), th.attrs["scope"]) for th in table.iter("th")] == [
        ("Symbol", "col"),
        ("Agenda item", "col"),
        ("Title", "col"),
    ]
    rows = [[td.text() for td in tr.iter("td")] for tr in table.find("tbody").iter("tr")]
    assert rows[0] == ["E/CN.6/2007/1", "2", "Provisional agenda, annotations and proposed organization of work"]
    assert len(rows) == 3


def test_a_document_of_no_agenda_item_has_its_title_whole():
    doc = ReportDocument(
        None,
        (
            Subparagraph("A/1", document_line("", "Item 4: a title of no item"), kind=ListKind.DOCUMENT),
            Subparagraph("A/2", document_line("2 (b)", "Item 3: said so"), kind=ListKind.DOCUMENT),
        ),
    )
    rows = [[td.text() for td in tr.iter("td")] for tr in page_tree(export_html(doc)).find("tbody").iter("tr")]
    assert rows == [["A/1", "", "Item 4: a title of no item"], ["A/2", "2 (b)", "Item 3: said so"]]
    from unreport_tui.exporters.text import export_text

    printed = export_text(doc)
    assert "Item 4: a title of no item" in printed and "Item : " not in printed  # no item: no empty "Item"


def test_the_notes_have_a_heading_and_come_after_the_text_before_the_annexes():
    body = page_tree(EVERY_KIND).find("body")
    notes = body.find("section", "footnotes")
    heading = notes.elements()[0]
    assert (heading.tag, heading.text(), notes.attrs["aria-labelledby"]) == ("h2", "Notes", heading.attrs["id"])
    assert "unseen" in heading.classes  # the printed page shows the short rule, as the UN's do
    assert notes.find("p").text() == "1 See Treaty Series, vol. 2237."
    sections = [e for e in body.elements() if e.tag == "section"]
    assert sections.index(notes) < sections.index(next(body.iter("section", "annex")))


def test_printed_on_a4_with_page_numbers_and_the_symbol_on_every_page_but_the_first_as_in_word():
    css = style_sheet(ACTION)
    assert re.search(r"@page \{ size: A4;", css)
    assert 'content: counter(page) "/" counter(pages)' in css  # "2/4"
    assert re.search(r"@page :right \{ @top-right \{ content: \"E/CN\.6/2007/L\.6\";", css)
    assert re.search(r"@page :first \{ @top-right \{ content: none; \}", css)
    assert "@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }" in css  # no "1/4"


def test_a_symbol_cannot_end_the_style_sheet():
    symbol = '</style><script>alert(1)</script>"; } body { display: none'
    doc = ReportDocument(Masthead("Body", symbol, "", "", "", "", "", "Draft report", "", False), ())
    html = export_html(doc)
    tree = page_tree(html)
    assert not list(tree.iter("script")) and "<" not in style_sheet(html)
    quoted = re.search(r'@top-right \{ content: ("[^"]*");', style_sheet(html))
    assert quoted and re.sub(r"\\([0-9a-f]+) ", lambda m: chr(int(m[1], 16)), quoted[1][1:-1]) == symbol
    assert tree.find("p", "symbol").text() == " ".join(symbol.split())


_TYPED = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"';{}\\/!-"), min_size=1)


@given(texts=st.lists(_TYPED, min_size=15, max_size=15))
def test_whatever_is_typed_is_text_on_the_page_in_every_kind_of_block(texts):
    t = iter(texts)
    masthead = Masthead(next(t), next(t), "Distr.: Limited", "", "", next(t), "", next(t), next(t), True)
    blocks = (
        Heading(1, next(t)),
        Paragraph(1, (Run(next(t)), FootnoteRef(1))),
        Subparagraph(next(t), (Run(next(t)),), kind=ListKind.VOTE),
        AnnexHeading(next(t)),
        Subparagraph("1.", (Run(next(t)),), kind=ListKind.AGENDA),
        Subparagraph("", (Run(next(t)),), kind=ListKind.PARTICIPANT),
        Subparagraph(next(t), (Run(f"Item 2: {next(t)}"),), kind=ListKind.DOCUMENT),
    )
    html = export_html(ReportDocument(masthead, blocks, (Footnote(1, (Run(next(t)),)),)))
    tree = page_tree(html)  # properly nested: nothing typed opened or closed an element
    assert not list(tree.iter("script")) and "<" not in style_sheet(html)
    words = page_words(html)
    for text in texts:
        assert " ".join(text.split()) in words


def test_only_the_headings_and_the_masthead_are_in_larger_type():
    """An annex's lists and table are in the text's size, not its heading's."""
    tree = page_tree(EVERY_KIND)
    sizes = [(selectors, declared["font-size"]) for selectors, declared in rules(EVERY_KIND) if "font-size" in declared]
    larger = [s for selectors, size in sizes if size.startswith("var(") or size == "14pt" for s in selectors]
    assert ".chapter" in larger and ".masthead h1.body" in larger
    for selector in larger:
        for element in selected(tree, selector):
            in_masthead = any("masthead" in e.classes for e in _ancestors(element))
            assert re.fullmatch(r"h[1-4]", element.tag) or in_masthead, (selector, element.tag, element.text()[:40])


def _ancestors(element):
    while element.parent is not None:
        element = element.parent
        yield element
