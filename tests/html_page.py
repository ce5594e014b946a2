"""Reading an HTML export as a reader does: its words, with what each element is."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class PageText(HTMLParser):
    """The words of a page (without the style sheet), footnote marks (the numbers in <sup>) left
    out if asked. A row of the documents table reads as the line of the text export it sets out in
    columns: "E/CN.6/2007/1 Item 2: Provisional agenda"."""

    def __init__(self, marks: bool = True) -> None:
        super().__init__()
        self.marks = marks
        self.parts: list[str] = []
        self.in_mark = self.in_style = False
        self.cells: list[list[str]] | None = None  # the cells of a row of the table being read
        self.in_cell = False

    def handle_starttag(self, tag, _attrs):
        self.in_mark = self.in_mark or (tag == "sup" and not self.marks)
        self.in_style = self.in_style or tag == "style"
        if tag == "tr":
            self.cells = []
        elif tag == "td" and self.cells is not None:
            self.cells.append([])
            self.in_cell = True

    def handle_endtag(self, tag):
        if tag == "sup":
            self.in_mark = False
        elif tag == "style":
            self.in_style = False
        elif tag == "td":
            self.in_cell = False
        elif tag == "tr" and self.cells is not None:
            if self.cells:  # a row of the table's body, not its headings
                symbol, item, title = ("".join(cell) for cell in self.cells)
                self.parts.append(f"\n{symbol} Item {item}: {title}\n" if item else f"\n{symbol} {title}\n")
            self.cells = None

    def handle_data(self, data: str) -> None:
        if self.in_mark or self.in_style:
            return
        if self.cells and self.in_cell:
            self.cells[-1].append(data)
        elif self.cells is None:
            self.parts.append(data)


def page_words(html: str, marks: bool = True) -> str:
    """The page's words, one space between each (an em space after a number is a space)."""
    reader = PageText(marks)
    reader.feed(html)
    return " ".join("".join(reader.parts).replace("\u2003", " ").split())


_VOID = {"meta", "br", "hr", "img", "link", "input", "col", "wbr"}


class Element:
    """An element of the page: its tag, attributes, children and text (for finding what is where)."""

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """Its words, one space between each (an em space after a number is a space)."""
        return " ".join(self._raw().split())

    def _raw(self) -> str:
        return "".join(c if isinstance(c, str) else c._raw() for c in self.children)

    def iter(self, tag: str | None = None, cls: str | None = None):
        for child in self.children:
            if isinstance(child, Element):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                    yield child
                yield from child.iter(tag, cls)

    def find(self, tag: str | None = None, cls: str | None = None) -> Element:
        found = next(self.iter(tag, cls), None)
        assert found is not None, (tag, cls)
        return found

    def elements(self) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element)]


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.root = Element("#document", {}, None)
        self.open = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, self.open)
        self.open.children.append(element)
        if tag not in _VOID:
            self.open = element

    def handle_endtag(self, tag):
        assert tag not in _VOID, tag
        assert self.open.tag == tag, f"</{tag}> closes <{self.open.tag}>"  # the page is properly nested
        assert self.open.parent is not None
        self.open = self.open.parent

    def handle_data(self, data):
        self.open.children.append(data)


def page_tree(html: str) -> Element:
    """The page as a tree of elements; every element closed where it was opened."""
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert tree.open is tree.root, f"<{tree.open.tag}> is never closed"
    return tree.root


def style_sheet(html: str) -> str:
    """The page's style sheet, comments left out."""
    css = html.split("<style>", 1)[1].split("</style>", 1)[0]
    return re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)


def rules(html: str) -> list[tuple[list[str], dict[str, str]]]:
    """The style sheet's rules (not those inside @page or @media): their selectors and declarations."""
    found: list[tuple[list[str], dict[str, str]]] = []
    depth, start, prelude = 0, 0, ""
    css = style_sheet(html)
    for index, character in enumerate(css):
        if character == "{":
            if depth == 0:
                prelude = css[start:index]
            depth, start = depth + 1, index + 1
        elif character == "}":
            depth -= 1
            if depth == 0 and not prelude.strip().startswith("@"):
                pairs = [d.split(":", 1) for d in css[start:index].split(";") if ":" in d]
                found.append(
                    ([s.strip() for s in prelude.split(",")], {name.strip(): " ".join(value.split()) for name, value in pairs})
                )
            start = index + 1
    return found


def declarations(html: str, selector: str) -> dict[str, str]:
    """What the style sheet declares for one selector, as written ("p.numbered"), from every rule
    whose list of selectors names it."""
    found: dict[str, str] = {}
    for selectors, declared in rules(html):
        if selector in selectors:
            found.update(declared)
    return found


def selected(root: Element, selector: str) -> list[Element]:
    """The elements a simple selector picks: compounds of a tag and classes ("p.sub", ".masthead
    h1.title"), each after the one before among its ancestors."""

    def matches(element: Element, compound: str) -> bool:
        tag, *classes = compound.split(".")
        return (not tag or element.tag == tag) and set(classes) <= element.classes

    *ancestors, last = selector.split()
    found = []
    for element in root.iter():
        if not matches(element, last):
            continue
        wanted, parent = list(ancestors), element.parent
        while wanted and parent is not None:
            if matches(parent, wanted[-1]):
                wanted.pop()
            parent = parent.parent
        if not wanted:
            found.append(element)
    return found
