from __future__ import annotations

from pathlib import Path

import pytest

from unreport_tui.cli import demo_session_text
from unreport_tui.core.session_file import parse_session

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def demo_session():
    return parse_session(demo_session_text())


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text(demo_session_text(), encoding="utf-8")
    return path
