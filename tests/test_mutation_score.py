"""The mutation score script: a package's kill ratio against its target, and a run stopped part
way said to be one (its ratio is only so far)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "scripts" / "mutation_score.py"


def _score_main():
    spec = importlib.util.spec_from_file_location("mutation_score", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def _results(root: Path, core: dict[str, int | None], storage: dict[str, int | None]) -> None:
    for package, codes in (("core", core), ("storage", storage)):
        folder = root / "unreport_tui" / package
        folder.mkdir(parents=True)
        (folder / "m.py.meta").write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")


@pytest.mark.parametrize(
    ("core", "exit_code", "said"),
    [
        # 9 killed (a test, a time-out, the type check) of 10: 90%, the target
        ({**{f"k{n}": 1 for n in range(7)}, "t": -24, "y": 37, "s": 0}, 0, "9 of 10 mutants killed (90.0%; target 90%: ok)"),
        ({**{f"k{n}": 1 for n in range(8)}, "s": 0, "n": 33}, 1, "8 of 10 mutants killed (80.0%; target 90%: BELOW TARGET)"),
        (
            {**{f"k{n}": 1 for n in range(9)}, "p": None},
            1,
            "9 of 9 mutants killed (100.0%; target 90%: ok so far, the run NOT COMPLETE (1 not run))",
        ),
    ],
)
def test_the_score_of_each_package_against_its_target_and_a_run_not_complete(tmp_path, capsys, core, exit_code, said):
    _results(tmp_path, core, {"a": 1})
    assert _score_main()([str(tmp_path)]) == exit_code
    out = capsys.readouterr().out
    assert f"unreport_tui/core: {said}" in out
    assert "unreport_tui/storage: 1 of 1 mutants killed (100.0%; target 85%: ok)" in out


def test_no_results_say_how_to_make_them(tmp_path, capsys):
    assert _score_main()([str(tmp_path / "mutants")]) == 2
    assert "run `make mutation` first" in capsys.readouterr().err


@pytest.mark.parametrize(
    "written",
    ["", '{"exit_code_by_key": {"a": 1', "[1, 2]", '{"exit_code_by_key": null}'],
    ids=["empty", "cut short", "not mutmut's", "no verdicts"],
)
def test_a_results_file_that_cannot_be_read_is_said_in_one_line(tmp_path, capsys, written):
    _results(tmp_path, {"a": 1}, {"b": 1})
    meta = tmp_path / "unreport_tui" / "core" / "m.py.meta"
    meta.write_text(written, encoding="utf-8")  # as read while mutmut writes it
    assert _score_main()([str(tmp_path)]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"{meta}: cannot be read (") and said.count("\n") == 1
