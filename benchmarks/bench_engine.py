"""Engine speed: one day's statuses and events over 100k tasks in 2,000 plans.

    python benchmarks/bench_engine.py [--plans 2000] [--tasks 50] [--repeat 3]

Each plan is a synthetic plan file (benchmarks/generate.py) with a reporting regime of
four quarterly periods (every lead agency reports: the obligations). Measured in the same
run, reported as ratios to ``json.loads`` of the same files (the baseline):

* ``json.loads``: reading and parsing every plan file (timed in each repeat, before
  the engine's figures: the minimum of each is reported);
* ``evaluate (first day)``: :meth:`planflow.Engine.evaluate` of every plan on one day,
  on plans freshly loaded (each repeat loads them again, untimed), so it includes
  everything a process pays the first time: the one-off compilation of each plan for
  tracking (deadline arrays, the event days on the work calendar, the obligations) and
  whatever the plan caches on itself on first use;
* ``evaluate (next day)``: the same on the following day: what each daily tick pays;
* ``+ Event objects``: the next day again, also building every event as a
  :class:`planflow.Event` on the same day (the evaluation builds them on first access; the synthetic
  plans share deadlines, so tens of thousands fire on one day).

Targets: the first evaluation <= 1x json.loads (issue 17); a day's status and events
after that <= 0.5x json.loads (issue 5).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import synthetic_plan  # noqa: E402

import planflow  # noqa: E402

QUARTERS = [("Q1", "2023-01-01", "2023-03-31", "2023-04-10"),
            ("Q2", "2023-04-01", "2023-06-30", "2023-07-10"),
            ("Q3", "2023-07-01", "2023-09-30", "2023-10-10"),
            ("Q4", "2023-10-01", "2023-12-31", "2024-01-10")]


def write_plans(folder: Path, plans: int, tasks: int) -> list[Path]:
    paths = []
    for i in range(plans):
        d = synthetic_plan(tasks, agencies=12, seed=1000 + i)
        d["document"]["symbol"] = f"{i + 1}/KH-UBND"
        d["regime"] = {"cadence": "explicit", "recipient": "A000",
                       "periods": [{"name": n, "covers_start": a, "covers_end": b, "due": due}
                                   for n, a, b, due in QUARTERS]}
        p = folder / f"plan{i:05d}.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths


def load(paths: list[Path]) -> list[planflow.Plan]:
    plans = [planflow.load_plan(p) for p in paths]
    gc.collect()
    return plans


def time_json(paths: list[Path]) -> float:
    gc.collect()
    t = time.perf_counter()
    for p in paths:
        json.loads(p.read_text(encoding="utf-8"))
    return time.perf_counter() - t


def time_eval(engine: planflow.Engine, plans: list[planflow.Plan], day: date,
              build_events: bool = False) -> tuple[float, int, int]:
    snap = planflow.Snapshot.empty()
    gc.collect()
    t = time.perf_counter()
    events = subjects = 0
    for plan in plans:
        ev = engine.evaluate(plan, snap, day)
        events += len(ev.events) if build_events else ev.event_count()
        subjects += len(ev._status_codes())  # the array behind the states, without building them
    return time.perf_counter() - t, events, subjects


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=2000)
    ap.add_argument("--tasks", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_plans(Path(tmp), args.plans, args.tasks)
        size = sum(p.stat().st_size for p in paths)
        plans = load(paths)
        n_tasks = sum(len(p.tasks) for p in plans)
        n_obl = sum(len(planflow.obligations(p)) for p in plans)
        planflow.default_registry().calendar(plans[0].calendar)  # plugins load once per process, not per plan
        del plans
        bases, first, nxt, objs = [], [], [], []
        for _ in range(args.repeat):
            # the baseline and the engine in turn, so that both meet the same machine load
            bases.append(time_json(paths))
            plans = load(paths)  # fresh plans: nothing cached on them by another repeat
            engine = planflow.Engine()
            t1, ev1, subj = time_eval(engine, plans, date(2023, 6, 30))
            t2, ev2, _ = time_eval(engine, plans, date(2023, 7, 3))
            t3, _, _ = time_eval(engine, plans, date(2023, 7, 3), build_events=True)
            first.append(t1)
            nxt.append(t2)
            objs.append(t3)
            del plans, engine
        base = min(bases)
    print(f"{args.plans} plans, {n_tasks:,} tasks, {n_obl:,} report obligations, "
          f"{size / 1e6:.1f} MB of plan files")
    print(f"  json.loads (baseline)  {base * 1e3:8.1f} ms   1.00x")
    print(f"  evaluate (first day)   {min(first) * 1e3:8.1f} ms   {min(first) / base:.2f}x"
          f"   ({subj:,} statuses, {ev1} events)")
    print(f"  evaluate (next day)    {min(nxt) * 1e3:8.1f} ms   {min(nxt) / base:.2f}x"
          f"   ({ev2} events)")
    print(f"  ... + Event objects    {min(objs) * 1e3:8.1f} ms   {min(objs) / base:.2f}x"
          f"   (every event built as a planflow.Event)")
    r1, r2 = min(first) / base, min(nxt) / base
    print(f"targets: first evaluation <= 1x json.loads: {'met' if r1 <= 1 else 'NOT met'} "
          f"({r1:.2f}x); next day <= 0.5x: {'met' if r2 <= 0.5 else 'NOT met'} ({r2:.2f}x)")


if __name__ == "__main__":
    main()
