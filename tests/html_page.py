"""Reading an HTML export as a reader does: its words, with what each element is."""

from __future__ import annotations

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
        self.cells: list[list[str]] | None = None  # the cells of a row of documents being read

    def handle_starttag(self, tag, attrs):
        self.in_mark = self.in_mark or (tag == "sup" and not self.marks)
        self.in_style = self.in_style or tag == "style"
        if tag == "tr":
            self.cells = []
        elif tag == "td" and self.cells is not None:
            self.cells.append([])

    def handle_endtag(self, tag):
        if tag == "sup":
            self.in_mark = False
        elif tag == "style":
            self.in_style = False
        elif tag == "tr" and self.cells is not None:
            if self.cells:  # a row of the table's body, not its headings
                symbol, item, title = ("".join(cell) for cell in self.cells)
                self.parts.append(f"\n{symbol} Item {item}: {title}\n" if item else f"\n{symbol} {title}\n")
            self.cells = None

    def handle_data(self, data: str) -> None:
        if self.in_mark or self.in_style:
            return
        if self.cells:
            self.cells[-1].append(data)
        elif self.cells is None:
            self.parts.append(data)


def page_words(html: str, marks: bool = True) -> str:
    """The page's words, one space between each (an em space after a number is a space)."""
    reader = PageText(marks)
    reader.feed(html)
    return " ".join("".join(reader.parts).replace("\u2003", " ").split())
