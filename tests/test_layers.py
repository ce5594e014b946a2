"""The core must stay importable without the TUI or the database (as Harlequin keeps its core)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import unreport_tui.core
import unreport_tui.exporters


def _modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def test_core_and_exporters_import_neither_textual_nor_tinydb():
    modules = _modules(unreport_tui.core) + _modules(unreport_tui.exporters)
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core pulls in {result.stdout.strip()}"
    assert "unreport_tui.core.report" in modules and "unreport_tui.exporters.markdown" in modules
