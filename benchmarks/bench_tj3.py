"""planflow against TaskJuggler 3 on the same graph, both as whole processes.

    python benchmarks/bench_tj3.py                  # 1,000 and 10,000 tasks
    python benchmarks/bench_tj3.py --sizes 1000

A plan from ``benchmarks/generate.py`` is written as a TaskJuggler project with the same
dependencies and calendar-day durations (``duration Nd``: TaskJuggler's calendar time),
each window's first day as a milestone the task depends on, and the plan's start as the
project's start. Both programs schedule it as users run them: ``tj3 plan.tjp`` (its CSV
report of each task's start and end) and ``planflow schedule plan.json --json > out``.
The script checks that both give every task the same earliest start and earliest finish
(TaskJuggler's end is exclusive: planflow's finish is the day before) and reports the
speed ratio; issue 17's target is ≥ 200× at 10,000 tasks. ``tj3`` is Debian's package
``tj3`` (TaskJuggler 3.7); without it the script says so and exits.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_commands import CHILD_ENV, planflow_cmd  # noqa: E402
from generate import synthetic_plan  # noqa: E402


def task_juggler(plan: dict) -> str:
    """The TaskJuggler 3 project of a generated plan (flat tasks, calendar-day durations)."""
    start = date.fromisoformat(plan["document"]["date"])
    lines = [f'project p "{plan["document"]["title"]}" {start.isoformat()} +2y {{',
             '  timezone "UTC"', "}"]
    windows: set[date] = set()
    body = []
    for t in plan["tasks"]:
        tf = t["timeframe"]
        first, _, last = tf.partition("/")
        deps = [f"!{d}" for d in t["depends_on"]]
        if last:  # a window: the task starts no earlier than its first day
            w = date.fromisoformat(first)
            if w > start:
                windows.add(w)
                deps.append(f"!w{w:%Y%m%d}")
            days = t.get("duration_days") or (date.fromisoformat(last) - w).days + 1
        else:
            days = t.get("duration_days") or 1
        dep = f"depends {', '.join(deps)} " if deps else ""
        body.append(f'task {t["id"]} "" {{ {dep}duration {days}d }}')
    lines += [f'task w{w:%Y%m%d} "" {{ start {w.isoformat()} }}' for w in sorted(windows)]
    lines += body
    lines += ['taskreport "tj" {', "  formats csv", "  columns id, start, end",
              '  timeformat "%Y-%m-%d"', "}"]
    return "\n".join(lines) + "\n"


def timed(argv: list[str], cwd: Path, stdout: Path | None = None) -> float:
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    try:
        t0 = time.perf_counter()
        subprocess.run(argv, cwd=cwd, stdout=out, stderr=subprocess.PIPE, check=True,
                       env=CHILD_ENV)
        return time.perf_counter() - t0
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]


def compare(n: int, work: Path, repeat: int, tj_repeat: int) -> dict[str, float]:
    plan = synthetic_plan(n)
    pjson, tjp = work / f"plan{n}.json", work / f"plan{n}.tjp"
    pjson.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    tjp.write_text(task_juggler(plan), encoding="utf-8")
    out = work / f"schedule{n}.json"
    pf = planflow_cmd()
    timed([*pf, "schedule", str(pjson), "--json"], work, out)  # warm-up (.pyc, page cache)
    pf_times = [timed([*pf, "schedule", str(pjson), "--json"], work, out) for _ in range(repeat)]
    tj_times = [timed(["tj3", "--silent", "--no-color", tjp.name], work)
                for _ in range(tj_repeat)]
    ours = {r["id"]: (r["earliest_start"], r["earliest_finish"])
            for r in json.loads(out.read_text(encoding="utf-8"))}
    theirs = {}
    with open(work / "tj.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if row["Id"] in ours:
                end = date.fromisoformat(row["End"]) - timedelta(days=1)
                theirs[row["Id"]] = (row["Start"], end.isoformat())
    mismatches = sum(1 for k, v in ours.items() if theirs.get(k) != v)
    pf_s, tj_s = statistics.median(pf_times), statistics.median(tj_times)
    return {"n": n, "planflow_s": pf_s, "tj3_s": tj_s, "speedup": tj_s / pf_s,
            "mismatches": mismatches, "compared": len(ours)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=5, help="planflow runs per size (median)")
    ap.add_argument("--tj-repeat", type=int, default=1, help="tj3 runs per size (median)")
    ap.add_argument("--json", type=Path, help="also write the results here as JSON")
    args = ap.parse_args()
    if shutil.which("tj3") is None:
        print("tj3 (TaskJuggler 3) is not installed: `apt-get install tj3` (Debian), "
              "or the Ruby gem taskjuggler; nothing measured")
        if args.json:
            args.json.write_text("[]", encoding="utf-8")
        return
    version = subprocess.run(["tj3", "--version"], capture_output=True, text=True).stdout.split()
    print(f"tj3 {version[-1] if version else '?'}; load average {os.getloadavg()[0]:.1f}")
    results = []
    with tempfile.TemporaryDirectory(prefix="planflow-tj3-") as tmp:
        for n in (int(s) for s in args.sizes.split(",") if s):
            r = compare(n, Path(tmp), args.repeat, args.tj_repeat)
            results.append(r)
            print(f"{n:,} tasks: planflow {r['planflow_s']:.3f} s, tj3 {r['tj3_s']:.1f} s: "
                  f"{r['speedup']:.0f}x faster (target >= 200x at 10k); "
                  f"{r['mismatches']} of {r['compared']} tasks with another earliest "
                  f"start or finish", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if any(r["mismatches"] for r in results):
        raise SystemExit("planflow and TaskJuggler disagree (see above)")


if __name__ == "__main__":
    main()
