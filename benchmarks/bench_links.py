"""The portfolio commands on a province's store: what the stored links (schema version 3)
save against a release that loads and matches every registered plan.

    python benchmarks/bench_links.py [--plans 2000] [--tasks 50] [--base REV]

A SQLite store holds ``--plans`` synthetic plans (benchmarks/generate.py) in cascades
(plan i implements plan i // 10: a province, its districts, their communes); then one
more child plan is added, validated against the store and rolled up, each command a
fresh ``planflow`` process: ``plans add``, ``validate --db``, ``render --rollup``
(the parent's report), ``plans tree`` and ``status --all``. With ``--base REV`` (a git
revision before the links table, e.g. ``92b10fe``) the same runs on that release's
code (``git archive`` into a temporary folder), and each time is reported as a ratio to
it, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import synthetic_plan  # noqa: E402


def write_plans(folder: Path, plans: int, tasks: int) -> list[Path]:
    paths = []
    for i in range(plans + 1):  # the last one: the plan added during the runs
        d = synthetic_plan(tasks, agencies=12, seed=2000 + i)
        d["document"]["symbol"] = f"{i + 1}/KH-UBND"
        d["document"]["date"] = "2023-01-05"
        if i:
            d["references"] = [{"symbol": f"{i // 10 + 1}/KH-UBND", "date": "2023-01-05",
                                "role": "implements"}]
        p = folder / f"plan{i:05d}.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths


def register(code: Path, db: Path, paths: list[Path]) -> None:
    script = ("import sys, planflow\nfrom datetime import datetime\n"
              "from planflow.loader import plan_text\n"
              "with planflow.Store.open(sys.argv[1]) as s:\n"
              "    for p in sys.argv[2:]:\n"
              "        plan = planflow.load(p)\n"
              "        text, fmt = plan_text(p, plan)\n"
              "        s.add_plan(plan, text, fmt, datetime(2023, 1, 6))\n")
    subprocess.run([sys.executable, "-c", script, str(db), *map(str, paths)], check=True,
                   env=env_for(code))


def env_for(code: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": f"{code / 'src'}{os.pathsep}{code / 'plugins'}",
           "PLANFLOW_LOAD_PLUGINS": "vn,channels,docs"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # .pyc files, as an installed package has
    return env


def timed(code: Path, args: list[str]) -> float:
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                       text=True, env=env_for(code))
    took = time.perf_counter() - t
    if r.returncode not in (0, 2):
        raise SystemExit(f"planflow {' '.join(args)}: {r.stderr[-2000:]}")
    return took


def commands(code: Path, folder: Path, paths: list[Path]) -> dict[str, list[str]]:
    """Each command's arguments, on a store of ``paths`` but the last registered by
    ``code`` in ``folder``."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "src"),
                    str(code / "plugins")], check=True, env=env_for(code))
    db = folder / "store.db"
    register(code, db, paths[:-1])
    extra, parent = str(paths[-1]), str(paths[(len(paths) - 1) // 10])
    out = folder / "report.docx"
    cmds = {
        "plans add": ["plans", "add", extra, "--db", str(db)],
        "validate --db": ["validate", extra, "--db", str(db)],
        "render --rollup": ["render", parent, "--what", "report", "--rollup", "--db", str(db),
                            "--at", "2023-06-26", "--format", "docx", "-o", str(out)],
        "plans tree": ["plans", "tree", "--db", str(db), "--at", "2023-06-26", "--json"],
        "status --all": ["status", "--all", "--db", str(db), "--at", "2023-06-26", "--json"],
    }
    return cmds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=2000)
    ap.add_argument("--tasks", type=int, default=50)
    ap.add_argument("--base", help="a git revision to compare with (measured in this run)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "plans").mkdir()
        paths = write_plans(folder / "plans", args.plans, args.tasks)
        trees = {"now": ROOT}
        if args.base:
            base = folder / "base"
            base.mkdir()
            tar = subprocess.run(["git", "archive", args.base], cwd=ROOT, check=True,
                                 capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(base)], input=tar, check=True)
            trees["base"] = base
        cmds = {}
        for name, code in trees.items():
            (folder / f"store-{name}").mkdir()
            cmds[name] = commands(code, folder / f"store-{name}", paths)
        # each command run twice per tree (plans add once: a second add changes nothing),
        # the trees taking turns; the faster run counts
        results: dict[str, dict[str, float]] = {name: {} for name in trees}
        for cmd in cmds["now"]:
            for _ in range(1 if cmd == "plans add" else 2):
                for name, code in trees.items():
                    took = timed(code, cmds[name][cmd])
                    results[name][cmd] = min(took, results[name].get(cmd, took))
    print(f"{args.plans:,} registered plans of {args.tasks} tasks (SQLite), one more added")
    for name, took in results["now"].items():
        line = f"  {name:16s} {took:7.2f} s"
        if "base" in results:
            b = results["base"][name]
            line += f"   {args.base}: {b:7.2f} s   ratio {took / b:5.2f}x"
        print(line)


if __name__ == "__main__":
    main()
