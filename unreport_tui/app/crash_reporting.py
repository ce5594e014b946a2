"""An app whose unexpected errors end in one line and a crash report, never a traceback on the
screen. Every app of unreport derives from it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Generic, TypeVar

from rich.console import Console, RenderableType
from textual.app import App

from ..crash_report import crash_line, write_crash_report

ReturnType = TypeVar("ReturnType")


def _renderables_text(renderables: Sequence[RenderableType]) -> str:
    """What ``panic()`` was given, as plain text for the crash report."""
    console = Console(width=200, file=io.StringIO(), record=True)
    for renderable in renderables:
        console.print(renderable)
    return console.export_text().strip() or "the app stopped"


class CrashReportingApp(App[ReturnType], Generic[ReturnType]):
    crash_message = ""  # set when the app stopped on an error: the one line the command prints

    def _print_error_renderables(self) -> None:
        """Textual prints an unhandled error's traceback (with its locals) here, whether it came
        from an exception or from ``panic()``. We keep Textual's own handling of the error (the
        exit, the return code) and change only what is printed: the details go to a crash report
        and the command prints ``crash_message``, one line. (Textual's private hook: the canary
        test in tests/test_app.py fails if an upgrade renames it.)"""
        if not self._exit_renderables:
            return
        error = self._exception or RuntimeError(_renderables_text(self._exit_renderables))
        self.crash_message = crash_line(error, write_crash_report(error))
        self._exit_renderables.clear()
