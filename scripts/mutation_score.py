"""The kill ratio of mutation testing, for the core and for the storage, from mutmut's results.

    make mutation                               # runs mutmut, then this
    .venv/bin/python scripts/mutation_score.py  # again, on the results of the last run

A mutant counts as killed when a test failed on it (or it ran past the time limit, which a test
run also notices); a mutant that no test runs counts against the ratio, as a survivor does.
Exits non-zero when a package is below its target, or some of its mutants were not run.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

TARGETS = {"unreport_tui/core": 0.90, "unreport_tui/storage": 0.85}
KILLED = {1, 3, 24, 36, 37, 152, 255, -24}  # mutmut's exit codes for killed, timeout, type check
NOT_RUN = {None, 2}


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0] if argv else "mutants")
    if not root.is_dir():
        print(f"No mutation results in {root}/: run `make mutation` first.", file=sys.stderr)
        return 2
    ok = True
    for package, target in TARGETS.items():
        counts: Counter[str] = Counter()
        survivors: list[str] = []
        for meta in sorted((root / package).rglob("*.py.meta")):
            try:
                codes = dict(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items())
            except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
                # mutmut rewrites a module's file after each verdict: read while a run writes it,
                # it can be empty for an instant.
                print(f"{meta}: cannot be read ({error}); if mutmut is running, run this again", file=sys.stderr)
                return 2
            for name, code in codes.items():
                if code in NOT_RUN:
                    counts["not run"] += 1
                elif code in KILLED:
                    counts["killed"] += 1
                else:
                    counts["survived" if code == 0 else "no tests" if code in (5, 33) else "other"] += 1
                    survivors.append(name)
        tried = counts["killed"] + counts["survived"] + counts["no tests"] + counts["other"]
        ratio = counts["killed"] / tried if tried else 0.0
        verdict = "ok" if ratio >= target else "BELOW TARGET"
        if counts["not run"]:  # a run stopped part way: the ratio so far, not the package's
            verdict += f" so far, the run NOT COMPLETE ({counts['not run']} not run)"
        ok &= ratio >= target and not counts["not run"]
        print(
            f"{package}: {counts['killed']} of {tried} mutants killed ({ratio:.1%}; target {target:.0%}: {verdict}); "
            f"survived {counts['survived']}, no test {counts['no tests']}, other {counts['other']}, "
            f"not run {counts['not run']}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
