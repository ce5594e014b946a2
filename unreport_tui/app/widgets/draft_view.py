"""The draft as the report will print it, rendered by the core renderer (the same one every
export uses). ``Static.update`` with a Rich renderable: fast enough for thousands of paragraphs,
where a Markdown widget is not."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...core.rendered import ReportDocument
from ...exporters.terminal import report_renderable


class DraftView(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Static(id="draft")

    def show(self, document: ReportDocument, to_end: bool = True) -> None:
        self.query_one("#draft", Static).update(report_renderable(document))
        if to_end:
            self.call_after_refresh(self.scroll_end, animate=False)
