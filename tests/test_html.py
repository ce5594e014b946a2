"""The HTML export: one self-contained page, the same sentences as every other format, and user
text that stays text."""

from __future__ import annotations

import re

from html.parser import HTMLParser

from unreport_tui import cli
from unreport_tui.core.session_file import parse_session
from unreport_tui.exporters import export_session

from .builders import point, said, session_with


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
    words = " ".join("".join(page.text).split())
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
    session = session_with([said("<script>alert(1)</script>", "ngo")],
                           [point("noted ]]> and &amp; and <b>bold</b>", "<script>alert(1)</script>")])
    html = export_session(session, "html")
    assert "<script>" not in html and "<b>bold</b>" not in html
    words = "".join(page_of(html).text)
    assert "<script>alert(1)</script>" in words and "noted ]]> and &amp; and <b>bold</b>" in words


def test_the_vote_lists_stand_in_one_column_and_letters_in_the_narrow_one():
    from unreport_tui import cli
    from unreport_tui.core.session_file import parse_session
    from unreport_tui.exporters import export_session

    page = export_session(parse_session(cli.demo_session_text("action")), "html")
    widths = {label: re.search(rf'<p class="sub column" style="--label: ([0-9.]+em)"><span class="label">{label}\u2003</span>',
                                page) for label in ("In favour:", "Against:", "Abstaining:", "Vice-Chairs:")}
    assert all(widths.values())
    assert widths["In favour:"][1] == widths["Against:"][1] == widths["Abstaining:"][1]
    assert '<p class="sub"><span class="label">(a)\u2003</span>' in page


def test_the_space_after_a_number_or_label_is_inside_its_box_so_that_the_text_hangs_under_itself():
    from unreport_tui import cli
    from unreport_tui.core.session_file import parse_session
    from unreport_tui.exporters import export_session

    page = export_session(parse_session(cli.demo_session_text("action")), "html")
    assert '<p class="numbered"><span class="number">1.\u2003</span>' in page
    assert re.search(r"p\.numbered \{ margin: 0 0 0\.6em 2\.5em; text-indent: -2\.5em;", page)
    assert re.search(r"p\.numbered \.number \{ display: inline-block; width: 2\.5em;", page)
    assert "</span> " not in page.split("<body>")[1]  # no space outside a box, where lines would not hang under it
