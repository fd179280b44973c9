"""Measure the duplicate window of webhook deliveries (docs/engine.md, docs/reliability.md).

    python benchmarks/duplicate_window.py [--rows 200]

A real HTTP receiver on 127.0.0.1 (a thread of this process) notes the monotonic time it
accepted each request; the tick's ``on_step`` notes when each row's ``delivered`` commit
ended. The window is the time between the two: a process killed inside it has delivered
a row it has not recorded, and the next tick sends it again (same key). Printed: median,
99th percentile and largest window on this machine, and what a receiver that answers
too late costs (it accepted the request but the deadline passed: the row is pending
again and comes back, with the same key, after the backoff).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.receivers import ScriptedHttp  # noqa: E402

import planflow  # noqa: E402
from planflow import Agency, Engine, Store, Task  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200)
    args = ap.parse_args()
    accepted: dict[str, float] = {}
    lock = threading.Lock()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(PLANFLOW_WEBHOOK_SECRET="s", PLANFLOW_WEBHOOK_RETRIES="0",
                          PLANFLOW_OUTBOX=str(Path(tmp) / "ob"))

        def answer(path: str) -> tuple[int, dict[str, str]]:
            with lock:
                accepted[path.rsplit("/", 1)[-1]] = time.monotonic()
            return 200, {}

        with ScriptedHttp(answer) as hook:
            n = args.rows
            plan = planflow.bind(planflow.Plan(
                document=planflow.DocumentInfo(symbol="1/KH-W", title="W", date=date(2023, 1, 2)),
                agencies=[Agency(f"a{i}", f"A{i}", contacts={"webhook": f"{hook.base}/{i}"})
                          for i in range(n)],
                tasks=[Task(f"t{i}", "x", lead=[f"a{i}"], timeframe="2023-03-31") for i in range(n)],
                period=2023, calendar="weekdays"))
            committed: dict[str, float] = {}

            def step(s: str, key: str | None) -> None:
                if s == "committed" and key:
                    committed[key] = time.monotonic()

            with Store.open(str(Path(tmp) / "w.db")) as store:
                Engine().tick(plan, store, date(2023, 3, 24), on_step=step)
                rows = {r.key: r for r in store.outbox(plan)}
            windows = []
            for key, at in committed.items():
                idx = rows[key].address.rsplit("/", 1)[-1]
                windows.append((at - accepted[idx]) * 1000)
    windows.sort()
    p99 = windows[min(len(windows) - 1, int(len(windows) * 0.99))]
    print(f"rows delivered: {len(windows)}")
    print(f"window (receiver accepted -> 'delivered' committed), ms: median "
          f"{statistics.median(windows):.2f}, p99 {p99:.2f}, max {windows[-1]:.2f}")
    print("a receiver that accepts but answers after the deadline: the row is pending again and "
          "is sent once more after the backoff (5 min), with the same key")
    return 0


if __name__ == "__main__":
    sys.exit(main())
