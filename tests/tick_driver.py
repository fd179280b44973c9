"""Runs one tick in its own process (for tests/test_tick_crash.py).

    python tests/tick_driver.py PLAN DB DAY [CRASH_AT]

With CRASH_AT = N the process kills itself with SIGKILL at the N-th step of the tick
protocol (``decided``, then ``claimed``/``sent``/``committed`` per row): a real kill -9,
at a chosen point. Prints the steps it passed, one per line (after a line "ready" when
PLANFLOW_DRIVER_READY is set, just before the tick starts).
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import date

import planflow


def main() -> None:
    plan_path, db, day = sys.argv[1:4]
    crash_at = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    plan = planflow.load(plan_path)
    seen = 0

    def on_step(step: str, key: str | None) -> None:
        nonlocal seen
        seen += 1
        print(step, key or "", flush=True)
        if seen == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    with planflow.Store.open(db) as store:
        if os.environ.get("PLANFLOW_DRIVER_READY"):
            # for a kill at a random moment (tests/kill_campaign.py): the tick starts now
            print("ready", flush=True)
        planflow.Engine().tick(plan, store, date.fromisoformat(day), on_step=on_step)


if __name__ == "__main__":
    main()
