"""A province's day: ``planflow tick --all`` over 2,000 plans (100,000 tasks), whole processes.

    python benchmarks/bench_province.py [--plans 2000] [--tasks 50]

The plans are ``bench_engine.py``'s (synthetic plans with a quarterly reporting regime),
registered in one SQLite store with :meth:`planflow.Store.add_plan` (what ``planflow plans
add`` does, in this process rather than 2,000 of them). Then, as users run it, each a new
process timed from spawn to exit, with the ``outbox`` channel writing a Maildir folder:

* ``tick --all --dry-run`` on the first day: load and decide every plan, write nothing;
* ``tick --all`` on the first day: the same, plus every notice written to the outbox
  table and delivered (the first tick of a plan sends what is overdue that day, once);
* ``tick --all`` on the next day: what each daily run of a province costs.

Baseline, in the same run: a ``python`` process reading and parsing every plan file
(``json.load``). Issue 17 asks for the tick to be reported; its target for the first
evaluation (≤ 1× ``json.loads``, in process) is ``bench_engine.py``'s figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_commands import CHILD_ENV, planflow_cmd  # noqa: E402
from bench_engine import write_plans  # noqa: E402

FIRST, NEXT = "2023-05-02", "2023-05-03"
JSON_ALL = ("import json,sys,pathlib\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.json')):\n"
            "    json.load(open(p, encoding='utf-8'))")


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(argv, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {p.returncode}:\n{p.stderr[-2000:]}")
    return elapsed, p.stdout


def register(paths: list[Path], db: Path) -> None:
    """Every plan in the store, as ``planflow plans add`` registers it."""
    import planflow
    from planflow.loader import plan_text

    with planflow.Store.open(str(db)) as store:
        for p in paths:
            plan = planflow.load(str(p))
            text, fmt = plan_text(p, plan)
            store.add_plan(plan, text, fmt, datetime(2023, 5, 1), source=str(p), by="bench")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=2000)
    ap.add_argument("--tasks", type=int, default=50)
    ap.add_argument("--json", type=Path, help="also write the results here as JSON")
    args = ap.parse_args()
    pf = planflow_cmd()
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="planflow-province-") as tmp:
        folder = Path(tmp) / "plans"
        folder.mkdir()
        paths = write_plans(folder, args.plans, args.tasks)
        db = Path(tmp) / "province.db"
        t0 = time.perf_counter()
        register(paths, db)
        reg_s = time.perf_counter() - t0
        env = dict(CHILD_ENV, PLANFLOW_OUTBOX=str(Path(tmp) / "outbox"),
                   PLANFLOW_LOAD_PLUGINS="vn,channels")
        base = [timed([sys.executable, "-c", JSON_ALL, str(folder)], env)[0] for _ in range(3)]
        base_s = sorted(base)[1]
        rows = []
        for name, extra, day in (("tick --all --dry-run, first day", ["--dry-run"], FIRST),
                                 ("tick --all, first day", [], FIRST),
                                 ("tick --all, next day", [], NEXT)):
            s, out = timed([*pf, "tick", "--all", "--db", str(db), "--at", day, "--json", *extra],
                           env)
            result = json.loads(out)
            queued = sum(len(p["enqueued"]) for p in result["plans"])
            delivered = sum(len(p["delivered"]) for p in result["plans"])
            rows.append({"figure": name, "seconds": s, "ratio": s / base_s, "plans":
                         len(result["plans"]), "queued": queued, "delivered": delivered})
            print(f"{name}: {s:.2f} s = {s / base_s:.1f}x json.load of the plan files "
                  f"({base_s:.2f} s); {len(result['plans'])} plans, {queued} queued, "
                  f"{delivered} delivered", flush=True)
    print(f"({args.plans} plans of {args.tasks} tasks registered in {reg_s:.1f} s; load average "
          f"{load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)")
    if args.json:
        args.json.write_text(json.dumps({"baseline_s": base_s, "rows": rows}, indent=2),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
