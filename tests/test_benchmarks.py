"""Benchmarks are run by hand; here only that they run, on a small size."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_storage_benchmark_runs(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_DIR", str(tmp_path))
    assert load("bench_storage").main(["--quick"]) == 0
    out = capsys.readouterr().out
    for backend in ("unreport (journal)", "TinyDB JSONStorage", "SQLite WAL sync=FULL", "append + fsync", "json.load"):
        assert backend in out
    assert "1a. insert median" in out and "2.  open at 300: unreport / json.load" in out


def test_lookup_benchmark_runs(capsys):
    assert load("bench_lookup").main(["--quick"]) == 0
    out = capsys.readouterr().out
    assert "find_states" in out and "bare prefix scan" in out and "60 Hz frame" in out


def test_render_benchmark_runs(capsys):
    assert load("bench_render").main(["--quick"]) == 0
    out = capsys.readouterr().out
    assert "per entry" in out and "whole / one item" in out


def test_app_benchmark_runs(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load("bench_app").main(["--quick"]) == 0
    out = capsys.readouterr().out
    for target in (
        "1. log a statement or point",
        "2. a key in the speaker box",
        "3. launch on",
        "3b. the session of 200 entries on the screen",
        "4. the UI thread kept from a key",
        "5. after a statement is logged in a 100-entry session: the speaking-time screen",
        "6. a read-only copy behind the writer logging a statement a second",
    ):
        assert target in out
    assert "every target holds" in out or "some targets do not hold" in out
