"""Storage benchmark: the cost of logging one entry, and of opening the database, by size.

    .venv/bin/python benchmarks/bench_storage.py          # full run (about a minute)
    .venv/bin/python benchmarks/bench_storage.py --quick  # small sizes, to check that it runs

Side by side in one run, on the same disk: unreport's journalled storage, TinyDB's stock
JSONStorage, SQLite in WAL mode with synchronous=FULL, and a bare append + fsync to a file.
Inserts are interleaved (one of each backend in turn) so that a slow moment of the machine falls
on all of them alike. It ends with the ratios of the storage issue's targets:

1. median insert at the largest size <= 1.5 x median insert at the smallest size,
   and <= 3 x SQLite WAL synchronous=FULL at the largest size;
2. opening the largest database <= 2 x a plain json.load of the same data.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from unreport_tui.core.model import Item, Role, Session, Statement  # noqa: E402
from unreport_tui.storage.session_store import TinyDBSessionStore  # noqa: E402

# About 230 bytes as JSON, like one logged statement.
DOC = {
    "item": "2b",
    "position": 12.0,
    "speaker": "Venezuela (Bolivarian Republic of)",
    "role": "member",
    "kind": "statement",
    "on_behalf_of": "Latin American and Caribbean Group",
    "text": "made a statement on the item and on the draft resolution",
}


STATEMENT = Statement(str(DOC["speaker"]), Role.MEMBER, on_behalf_of=str(DOC["on_behalf_of"]), text=str(DOC["text"]))


def doc(n: int) -> dict:
    return dict(DOC, position=float(n))


class Ours:
    """Through the SessionStore, as the app logs a statement."""

    name = "unreport (journal)"

    def __init__(self, folder: Path, size: int) -> None:
        self.path = folder / "ours.json"
        item = Item("2b", "2 (b)", "Trafficking in persons", statements=[STATEMENT] * size)
        store = TinyDBSessionStore(self.path)
        store.replace(Session(items=[item]))
        store.close()
        self.store = TinyDBSessionStore(self.path)

    def insert(self, _n: int) -> None:
        self.store.add_statement("2b", STATEMENT)

    def open_once(self) -> None:
        self.store = TinyDBSessionStore(self.path)

    def close(self) -> None:
        self.store.close()

    def close_for_reopen(self) -> None:
        self.close()


class Stock:
    name = "TinyDB JSONStorage"

    def __init__(self, folder: Path, size: int) -> None:
        self.path = folder / "stock.json"
        db = TinyDB(self.path, storage=JSONStorage)
        db.table("statements").insert_multiple(doc(i) for i in range(size))
        db.close()
        self.db = TinyDB(self.path, storage=JSONStorage)
        self.table = self.db.table("statements")

    def insert(self, n: int) -> None:
        self.table.insert(doc(n))

    def open_once(self) -> None:
        self.db = TinyDB(self.path, storage=JSONStorage)
        self.db.tables()  # TinyDB reads the file on first use
        self.table = self.db.table("statements")

    def close(self) -> None:
        self.db.close()

    def close_for_reopen(self) -> None:
        self.close()


class SQLiteWAL:
    name = "SQLite WAL sync=FULL"

    def __init__(self, folder: Path, size: int) -> None:
        self.path = folder / "sqlite.db"
        self.conn = self._connect()
        self.conn.execute("CREATE TABLE statements (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
        self.conn.executemany("INSERT INTO statements (doc) VALUES (?)", ((json.dumps(doc(i)),) for i in range(size)))
        self.conn.commit()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        return conn

    def insert(self, n: int) -> None:
        self.conn.execute("INSERT INTO statements (doc) VALUES (?)", (json.dumps(doc(n)),))
        self.conn.commit()

    def open_once(self) -> None:
        self.conn = self._connect()
        self.conn.execute("SELECT count(*) FROM statements").fetchone()

    def close(self) -> None:
        self.conn.close()

    def close_for_reopen(self) -> None:
        self.close()


class Append:
    """No database at all: the floor for one durable write."""

    name = "append + fsync"

    def __init__(self, folder: Path, size: int) -> None:
        self.path = folder / "append.jsonl"
        with open(self.path, "w", encoding="utf-8") as f:
            for i in range(size):
                f.write(json.dumps(doc(i)) + "\n")
        self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)

    def insert(self, n: int) -> None:
        os.write(self.fd, (json.dumps(doc(n)) + "\n").encode())
        os.fsync(self.fd)

    def open_once(self) -> None:
        with open(self.path, encoding="utf-8") as f:
            [json.loads(line) for line in f]

    def close(self) -> None:
        os.close(self.fd)

    def close_for_reopen(self) -> None:
        pass


def json_load_once(path: Path) -> None:
    with open(path, encoding="utf-8") as f:
        json.load(f)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(size: int, samples: int, opens: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="unreport-bench-", dir=os.environ.get("BENCH_DIR")) as scratch:
        folder = Path(scratch)
        backends: list[Ours | Stock | SQLiteWAL | Append] = [
            Ours(folder, size),
            Stock(folder, size),
            SQLiteWAL(folder, size),
            Append(folder, size),
        ]
        # The stock storage rewrites the whole file per insert: fewer samples at large sizes keep the run short.
        stock_samples = max(15, min(samples, int(samples * 1000 / max(size, 1))))
        times: dict[str, list[float]] = {b.name: [] for b in backends}
        for n in range(samples):
            for backend in backends:
                if backend.name == Stock.name and n >= stock_samples:
                    continue
                times[backend.name].append(timed(lambda backend=backend, n=n: backend.insert(size + n)))
        open_times: dict[str, list[float]] = {b.name: [] for b in backends}
        open_times["json.load"] = []
        ours_file = backends[0].path  # json.load reads the very file unreport opens
        for _ in range(opens):
            for backend in backends:
                backend.close_for_reopen()  # closing (and compacting) is not part of opening
                open_times[backend.name].append(timed(backend.open_once))
            open_times["json.load"].append(timed(lambda: json_load_once(ours_file)))
        for backend in backends:
            backend.close()
    result = {}
    for name in open_times:
        t = times.get(name, [])
        result[name] = {
            "median": statistics.median(t) if t else float("nan"),
            "p95": p95(t) if t else float("nan"),
            "open": statistics.median(open_times[name]),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few samples, to check that it runs")
    args = parser.parse_args(argv)
    sizes = [100, 300] if args.quick else [100, 1_000, 5_000, 20_000]
    samples = 20 if args.quick else 300
    opens = 2 if args.quick else 7

    results = {}
    print(f"{'documents':>9}  {'backend':<22} {'median ms':>10} {'p95 ms':>9} {'open ms':>9}")
    for size in sizes:
        results[size] = measure(size, samples, opens)
        for name, r in results[size].items():
            print(f"{size:>9}  {name:<22} {r['median'] * 1e3:>10.3f} {r['p95'] * 1e3:>9.3f} {r['open'] * 1e3:>9.2f}")
        print()

    small, large = sizes[0], sizes[-1]
    ours = Ours.name
    growth = results[large][ours]["median"] / results[small][ours]["median"]
    vs_sqlite = results[large][ours]["median"] / results[large][SQLiteWAL.name]["median"]
    vs_json = results[large][ours]["open"] / results[large]["json.load"]["open"]
    checks = [
        (f"1a. insert median at {large} / at {small} documents", growth, 1.5),
        (f"1b. insert median at {large}: unreport / SQLite WAL FULL", vs_sqlite, 3.0),
        (f"2.  open at {large}: unreport / json.load", vs_json, 2.0),
    ]
    held = True
    for label, ratio, limit in checks:
        ok = ratio <= limit
        held &= ok
        print(f"{label:<52} {ratio:6.2f}  (target <= {limit})  {'holds' if ok else 'MISSED'}")
    return 0 if held or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())
