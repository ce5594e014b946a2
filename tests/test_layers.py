"""The core must stay importable without the TUI or the database (as Harlequin keeps its core)."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import unreport_tui.core
import unreport_tui.exporters


def _modules(package) -> list[str]:
    """Every module of the package, those of its sub-packages included."""
    return [m.name for m in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")]


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
    assert "unreport_tui.core.rendering.report" in modules and "unreport_tui.exporters.markdown" in modules


# Each contract must catch the import it forbids: a copy of the package with one bad import added
# is checked as `make gates` checks the real one.
VIOLATIONS = [
    ("core/model.py", "import unreport_tui.storage", "The layers"),
    ("exporters/text.py", "import unreport_tui.storage", "The layers"),
    ("storage/errors.py", "import unreport_tui.exporters", "The layers"),
    ("app/settings.py", "import unreport_tui.cli", "The layers"),
    ("core/dates.py", "import textual", "Textual only in the app"),
    ("logbook/edits.py", "import tinydb", "TinyDB only in storage"),
    ("cli.py", "import unreport_tui.storage.journal", "only through unreport_tui.storage"),
]


@pytest.mark.parametrize(("module", "line", "contract"), VIOLATIONS)
def test_the_import_contracts_refuse_an_import_against_the_layers(tmp_path, module, line, contract):
    root = Path(unreport_tui.core.__file__).parents[2]
    shutil.copytree(root / "unreport_tui", tmp_path / "unreport_tui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(root / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "unreport_tui" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tmp_path)}
    )
    assert result.returncode != 0, result.stdout
    broken = result.stdout.split("Broken contracts")[-1]
    assert contract in broken, result.stdout
