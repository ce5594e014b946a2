"""Rendering a whole session, by size: the draft is rendered again after every logged entry.

    .venv/bin/python benchmarks/bench_render.py          # 100 to 20,000 entries
    .venv/bin/python benchmarks/bench_render.py --quick  # small sizes, to check that it runs

A session of ten agenda items, half statements and half points (each point made by up to twelve
States typed in various ways). Reports the time to render and to export as text, and the cost per
entry at each size relative to the smallest: a ratio that grows with size means work that grows
faster than the session (as it did before the member set was computed once per item: 40 s at
20,000 entries, measured before the fix).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from unreport_tui.core.countries import all_states  # noqa: E402
from unreport_tui.core.model import Item, Point, Role, Session, SessionInfo, Statement  # noqa: E402
from unreport_tui.core.rendering.report import ReportRenderer, render_report  # noqa: E402
from unreport_tui.exporters.text import export_text  # noqa: E402


def session_of(entries: int, seed: int = 1) -> Session:
    rng = random.Random(seed)
    names = [s.name for s in all_states() if s.member] + ["USA", "Russia", "Venezuela", "Ivory Coast"]
    per_item = max(1, entries // 20)
    items = []
    for k in range(10):
        statements = [Statement(rng.choice(names), Role.MEMBER) for _ in range(per_item)]
        points = [Point("noted the importance of the item", rng.sample(names, rng.randint(0, 12))) for _ in range(per_item)]
        items.append(Item(str(k), str(k), f"Item {k}", statements=statements, points=points))
    return Session(SessionInfo(body_short="Commission"), [], items)


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (sys.argv[1:] if argv is None else argv)
    sizes = [100, 400] if quick else [100, 1_000, 5_000, 20_000]
    repeats = 2 if quick else 5
    print(f"{'entries':>8} {'render ms':>10} {'export ms':>10} {'per entry µs':>13} {'vs smallest':>12}")
    base = None
    for size in sizes:
        session = session_of(size)
        render_times, export_times = [], []
        for _ in range(repeats):
            start = time.perf_counter()
            document = render_report(session)
            middle = time.perf_counter()
            export_text(document)
            render_times.append(middle - start)
            export_times.append(time.perf_counter() - middle)
        render = statistics.median(render_times)
        per_entry = render / size
        base = base or per_entry
        print(
            f"{size:>8} {render * 1e3:>10.1f} {statistics.median(export_times) * 1e3:>10.1f} "
            f"{per_entry * 1e6:>13.1f} {per_entry / base:>12.2f}"
        )
    print()
    print("After a point is logged in the last item: the whole document vs only that item (ReportRenderer),")
    print("measured side by side, alternating, on the same session.")
    print(f"{'entries':>8} {'whole ms':>10} {'one item ms':>12} {'whole / one item':>17}")
    for size in sizes:
        session = session_of(size)
        renderer = ReportRenderer()
        renderer.render(session)
        last = session.items[-1]
        whole_times, item_times = [], []
        for n in range(repeats * 2):
            last.points.append(Point(f"noted point {n}", ["Chile"]))
            start = time.perf_counter()
            render_report(session)
            middle = time.perf_counter()
            renderer.item(session, last.key, {last.key})
            whole_times.append(middle - start)
            item_times.append(time.perf_counter() - middle)
        whole, one = statistics.median(whole_times), statistics.median(item_times)
        print(f"{size:>8} {whole * 1e3:>10.1f} {one * 1e3:>12.2f} {whole / one:>17.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
