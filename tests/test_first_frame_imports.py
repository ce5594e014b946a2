"""What starting the app loads before its first frame, and what it must not: the screen comes
first, and whatever only the session, the draft or an export needs waits until it is needed
(measured in benchmarks/bench_app.py: launch time). One subprocess, a clean interpreter, as the
`unreport` command starts."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

# What the command and the app import at start-up (the first frame is drawn from these).
STARTUP = "import unreport_tui.cli, unreport_tui.app.app"

# Loaded only once the database is read (a worker, after the first frame) or an export is asked for.
NOT_BEFORE_THE_FIRST_FRAME = [
    "unreport_tui.logbook",  # the session in memory: imported (all of it) on the opening worker
    "unreport_tui.logbook.logbook",
    "unreport_tui.storage.session_store",  # the database itself
    "unreport_tui.storage.journal",
    "unreport_tui.storage.records",  # reading the session's tables
    "unreport_tui.storage.recovery",
    "unreport_tui.storage.health",  # `unreport check`: it reads the session as the store does
    "tinydb",
    "unreport_tui.core.profiles",  # the body's profile: read with the session
    "unreport_tui.core.rendering.report",  # the renderer: made on the draft's worker
    "unreport_tui.core.rendering.action_taken",
    "unreport_tui.core.rendering.organization_chapter",
    "unreport_tui.exporters.word",
    "unreport_tui.exporters.akn",
    "unreport_tui.exporters.html",
    "unreport_tui.exporters.markdown",
    "docx",  # python-docx: tens of milliseconds, for the Word export only
    "lxml",
    "xml.etree.ElementTree",
    "unreport_tui.app.screens.export_dialog",
    "unreport_tui.app.screens.prepare",
    "textual.widgets._text_area",  # the Chair's list box, on the prepare screen only (10 ms in launch's bench)
    "unreport_tui.serve",  # `unreport serve` only: its web server is no part of the app's start
    "textual_serve",
    "aiohttp",
    "jinja2",
]

# What the first frame needs: the live screen and its widgets, the model, the draft's pieces.
NEEDED_FOR_THE_FIRST_FRAME = [
    "textual.app",
    "unreport_tui.app.screens.live",
    "unreport_tui.core.model",
    "unreport_tui.exporters.terminal",
    "unreport_tui.storage",  # StoreToOpen and the errors the command catches
]

# May be loaded before it, though nothing there needs them: what ``unreport_tui.storage`` imports
# at its top for the commands (backups, restore, the export's file): json, the lock and small
# modules, 13 ms of self time by python -X importtime on a busy machine, lost in the noise of the
# whole start-up (2026-11-30); storage.health, lazy, costs 50 ms and more.
MAY_BE_LOADED = ["unreport_tui.storage.backups", "unreport_tui.storage.restore", "unreport_tui.storage.export_file", "json"]


def _loaded() -> set[str]:
    code = f"import sys, json\n{STARTUP}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout))


def test_every_module_named_here_exists():
    """A module renamed or moved would pass the test below unseen."""
    named = NOT_BEFORE_THE_FIRST_FRAME + NEEDED_FOR_THE_FIRST_FRAME + MAY_BE_LOADED
    assert [name for name in named if importlib.util.find_spec(name) is None] == []


def test_starting_the_app_loads_what_the_first_frame_needs_and_nothing_of_the_session_or_the_exports():
    loaded = _loaded()
    assert [m for m in NOT_BEFORE_THE_FIRST_FRAME if m in loaded] == []
    assert [m for m in NEEDED_FOR_THE_FIRST_FRAME if m not in loaded] == []
