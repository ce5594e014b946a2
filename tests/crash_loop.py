"""The SIGKILL loop behind test_storage_safety, run in a process of its own.

A fresh interpreter has no other threads, so forking the logging children is safe here, which it
would not be inside the test runner. Prints one JSON line: kills, ids checked, and any loss.

    python -m tests.crash_loop FOLDER [--kills 200] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

from tests.storage_helpers import entry, open_db


def log_forever(path: Path, write_end: int, background: bool) -> None:
    """The child: log entries as fast as it can, saying each id once it is reported saved:
    when insert returns, or (saving in the background) when its ticket says saved."""
    db = open_db(path, compact_at_bytes=4096, backup_every=0.02, keep_backups=3, background=background)
    table = db.table("statements")
    n = 0
    while True:
        if not background:
            doc_id = table.insert(entry(n))
            os.write(write_end, f"{doc_id}\n".encode())
            n += 1
            continue
        logged = []
        for _ in range(5):
            logged.append((table.insert(entry(n)), db.storage.last_ticket))
            n += 1
        for doc_id, ticket in logged:
            ticket.wait()
            os.write(write_end, f"{doc_id}\n".encode())


def run(folder: Path, kills_wanted: int, seed: int) -> dict:
    """Kill a logging child `kills_wanted` times. Each child is killed once it has reported a
    random number of saved ids (0 to 10) and a random moment later, so the loop checks about five
    ids a kill on any machine, fast or loaded; the random delay puts the kill anywhere in a write,
    a compaction or a backup."""
    rng = random.Random(seed)
    kills, checked, failures = 0, 0, []
    while kills < kills_wanted:
        path = folder / f"crash-{kills // 25}.json"  # a fresh database now and then keeps each reopen quick
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns
            os.close(read_end)
            try:
                log_forever(path, write_end, background=kills % 2 == 1)
            finally:
                os._exit(0)
        os.close(write_end)
        reported, pending = read_ids(read_end, rng.randint(0, 10))
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        kills += 1
        with os.fdopen(read_end, "rb") as pipe:
            reported += [int(line) for line in (pending + pipe.read()).split()]
        try:
            db = open_db(path)  # must open cleanly, after any crash
            present = {d.doc_id for d in db.table("statements").all()}
            db.close()
        except Exception as error:  # noqa: BLE001 - any failure to reopen is a finding: report, do not stop: the test prints what went wrong
            failures.append(f"kill {kills}: reopening failed: {error}")
            continue
        missing = sorted(set(reported) - present)
        if missing:
            failures.append(f"kill {kills}: saved ids {missing[:5]} are gone")
        checked += len(reported)
    return {"kills": kills, "checked": checked, "failures": failures}


def read_ids(read_end: int, wanted: int) -> tuple[list[int], bytes]:
    """Read from the child until it has reported `wanted` ids (or is gone): the ids, and the start
    of a line not yet whole, which the read after the kill completes."""
    ids: list[int] = []
    pending = b""
    while len(ids) < wanted:
        chunk = os.read(read_end, 4096)
        if not chunk:
            break
        *lines, pending = (pending + chunk).split(b"\n")
        ids += [int(line) for line in lines if line]
    return ids, pending


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps(run(args.folder, args.kills, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
