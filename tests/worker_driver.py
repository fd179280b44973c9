"""A long-running tick worker, for tests/test_workers.py and benchmarks/bench_workers.py.

    python tests/worker_driver.py DB INDEX COUNT

Ticks every plan registered in the store DB, one simulated day per command read on
stdin, and answers on stdout:

* ``DAY`` (YYYY-MM-DD): tick every registered plan at 08:00 that day, starting with the
  plan at position INDEX * n / COUNT and going round (workers start apart, then meet);
  answers ``done DAY ENQUEUED DELIVERED FAILED CONFLICTS``;
* ``DAY crash``: the same, but the process kills itself with SIGKILL right after its first
  delivery is sent and before it is marked delivered (a worker dying mid-delivery),
  saying ``crash KEY...`` first: the keys it holds claimed and not yet settled (the one
  being sent and, with ``settings.engine.delivery_batch``, the rest of its batch: the
  keys a crash may deliver twice);
* ``quit``: answers ``rss KB`` (its peak resident memory) and exits.

Plans are loaded once per revision (a worker keeps them between days, as a resident
worker would).
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from datetime import date, datetime, time

import planflow


def main() -> None:
    db, index, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    engine = planflow.Engine()
    loaded: dict[tuple[str, int], planflow.Plan] = {}
    in_flight: dict[str, None] = {}  # keys claimed and not yet settled, in claim order
    with planflow.Store.open(db) as store:
        for line in sys.stdin:
            cmd = line.split()
            if not cmd:
                continue
            if cmd[0] == "quit":
                print(f"rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
                return
            day = date.fromisoformat(cmd[0])
            crash = len(cmd) > 1 and cmd[1] == "crash"

            def on_step(step: str, key: str | None, crash: bool = crash) -> None:
                if step == "claimed" and key is not None:
                    in_flight[key] = None
                elif step in ("committed", "failed"):
                    in_flight.pop(key or "", None)
                elif crash and step == "sent":
                    print(f"crash {' '.join(in_flight)}", flush=True)
                    os.kill(os.getpid(), signal.SIGKILL)

            revs = store.plans()
            start = index * len(revs) // max(1, count)
            enq = dlv = fail = conflicts = 0
            for rev in revs[start:] + revs[:start]:
                plan = loaded.get((rev.key, rev.revision))
                if plan is None:
                    plan = loaded[(rev.key, rev.revision)] = planflow.load(rev)
                try:
                    res = engine.tick(plan, store, datetime.combine(day, time(8)), on_step=on_step)
                except planflow.StoreConflict:
                    conflicts += 1  # another worker decided this plan's day first
                    continue
                enq += len(res.enqueued)
                dlv += len(res.delivered)
                fail += len(res.failed)
            print(f"done {day.isoformat()} {enq} {dlv} {fail} {conflicts}", flush=True)


if __name__ == "__main__":
    main()
