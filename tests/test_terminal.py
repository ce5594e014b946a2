"""The real `unreport` in a pseudo-terminal: type a speaker and a point, quit, look in the database."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unreport_tui.cli import demo_session_text
from unreport_tui.core.session_file.session import parse_session
from unreport_tui.storage import open_store

ROOT = Path(__file__).resolve().parents[1]


def read_until(fd: int, wanted: bytes, seconds: float = 20.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def drain(fd: int, seconds: float) -> None:
    """Read what the app draws for a while: a terminal nobody reads from blocks the app."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def type_slowly(fd: int, keys: str) -> None:
    """One key at a time, as a person types (a burst would arrive as one paste)."""
    for key in keys:
        os.write(fd, key.encode())
        drain(fd, 0.03)


def wait_for_exit(child: subprocess.Popen, fd: int, seconds: float = 20.0) -> int | None:
    deadline = time.monotonic() + seconds
    while child.poll() is None and time.monotonic() < deadline:
        drain(fd, 0.1)
    return child.poll()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_the_real_app_logs_a_speaker_and_a_point_and_quits_with_everything_saved(tmp_path):
    db = tmp_path / "notes.json"
    store = open_store(db)
    store.replace(parse_session(demo_session_text()))
    store.close()
    controller, terminal = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="30")
    child = subprocess.Popen(
        [sys.executable, "-m", "unreport_tui", "--db", str(db)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        cwd=ROOT,
        env=env,
        close_fds=True,
    )
    os.close(terminal)
    try:
        assert b"Speaker" in read_until(controller, b"Speaker")
        drain(controller, 0.5)
        type_slowly(controller, "kenya\r")
        drain(controller, 0.5)
        type_slowly(controller, "stressed the need for data\r")
        drain(controller, 0.5)
        os.write(controller, b"\x11")  # ctrl+q
        assert wait_for_exit(child, controller) == 0
    finally:
        if child.poll() is None:
            child.kill()
        os.close(controller)
    item = open_store(db, read_only=True).load().item("2b")
    assert item.statements[-1].speaker == "Kenya"
    assert item.points[-1].text == "stressed the need for data" and item.points[-1].speakers == ["Kenya"]
