"""The live screen as the README shows it: the demo session, one speaker and one point typed,
saved as an SVG by Textual's screenshot. Run again after the screen changes:

    .venv/bin/python scripts/screenshot.py            # writes docs/live-screen.svg
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="unreport-screenshot-")  # the default theme and keys

from textual.widgets import Input  # noqa: E402

from unreport_tui.app.app import UnreportApp  # noqa: E402
from unreport_tui.cli import demo_session_text  # noqa: E402
from unreport_tui.core.session_file.session import parse_session  # noqa: E402
from unreport_tui.storage import open_store  # noqa: E402


async def shoot(target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "demo.json", background=True)
        store.replace(parse_session(demo_session_text()))
        app = UnreportApp(store, clock=lambda: dt.datetime(2010, 10, 20, 10, 32, 5))
        async with app.run_test(size=(120, 36)) as pilot:
            for box in app.screen.query(Input):
                box.cursor_blink = False
            await pilot.press(*"croa", "enter")
            await pilot.press(*"stressed the need for data on trafficking flows", "enter")
            await pilot.press("enter", *"venez")  # an empty Enter in the point box: the next speaker
            while app.screen.draft_pending:  # type: ignore[attr-defined]
                await pilot.pause(0.05)
            await pilot.pause(0.2)
            app.save_screenshot(filename=target.name, path=str(target.parent))
            await app.action_quit()


def main() -> int:
    target = ROOT / "docs" / "live-screen.svg"
    asyncio.run(shoot(target))
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
