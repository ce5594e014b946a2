"""Exporters: each turns the one rendered ReportDocument into a file format."""

from __future__ import annotations

from collections.abc import Callable

from ..core.document import ReportDocument
from . import markdown, text

Exporter = Callable[[ReportDocument], str]

# Format name (as typed after --format) -> exporter. The session file (toml) is not here:
# it is written from the session itself, not from the rendered report.
EXPORTERS: dict[str, Exporter] = {
    "md": markdown.export_markdown,
    "txt": text.export_text,
}
