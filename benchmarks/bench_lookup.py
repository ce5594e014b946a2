"""Country lookup as the note-taker types: the time of one lookup per keystroke.

    .venv/bin/python benchmarks/bench_lookup.py           # every name and alias
    .venv/bin/python benchmarks/bench_lookup.py --quick   # five States, to check that it runs

Types every name and alias letter by letter (about 2,500 keystrokes), as the speaker field will,
and reports the median, 95th percentile and worst lookup, side by side with the same keystrokes
through a bare prefix scan (the least any lookup can cost), and as a share of one frame at 60 Hz.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from unreport_tui.core.countries import all_states, find_states, normalize  # noqa: E402

FRAME = 1 / 60


def keystrokes(states: int | None = None) -> list[str]:
    typed = []
    for state in all_states()[:states]:
        for name in (state.name, *state.aliases):
            typed += [name[:n] for n in range(1, len(name) + 1)]
    return typed


def bare_prefix_scan(typed: str) -> list[str]:
    query = normalize(typed)
    return [s.name for s in all_states() if normalize(s.name).startswith(query)][:8]


def timings(lookup, typed: list[str]) -> list[float]:
    out = []
    for text in typed:
        start = time.perf_counter()
        lookup(text)
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (sys.argv[1:] if argv is None else argv)
    typed = keystrokes(5 if quick else None)
    find_states("warm up")
    ours = timings(find_states, typed)
    floor = timings(bare_prefix_scan, typed)
    print(f"{len(typed)} keystrokes")
    print(f"{'lookup':<22} {'median ms':>10} {'p95 ms':>9} {'worst ms':>9}")
    for name, t in (("find_states", ours), ("bare prefix scan", floor)):
        p95 = sorted(t)[int(0.95 * (len(t) - 1))]
        print(f"{name:<22} {statistics.median(t) * 1e3:>10.3f} {p95 * 1e3:>9.3f} {max(t) * 1e3:>9.3f}")
    print(f"find_states / bare prefix scan (median): {statistics.median(ours) / statistics.median(floor):.2f}")
    print(f"find_states p95 as a share of a 60 Hz frame: {sorted(ours)[int(0.95 * (len(ours) - 1))] / FRAME:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
