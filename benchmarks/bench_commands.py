"""Speed as users run it: whole ``planflow`` commands against a whole ``json.load`` process.

    python benchmarks/bench_commands.py                 # 1k, 10k, 100k tasks
    python benchmarks/bench_commands.py --million       # and 1M (needs ~2 GB and minutes)
    python benchmarks/bench_commands.py --markdown out.md

Every figure is a new process, timed from spawn to exit (the median of ``--repeat`` runs,
baseline and command interleaved so a burst of load on the shared machine hits both), and
its peak resident memory (``ru_maxrss`` of that child alone, from ``os.wait4``). Baselines,
measured in the same run on the same files:

* plans: ``python -c "import json,sys; json.load(open(sys.argv[1]))" PLAN``;
* start-up (``planflow --help``, ``planflow validate`` of the Lý Sơn plan):
  ``python -c "import json"``.

The commands are ``planflow validate PLAN`` and ``planflow schedule PLAN --json > out``
(stdout to a file, as a user redirects it). Plans come from ``benchmarks/generate.py``.
The table shows each figure, its baseline, the ratio, the target (issue 17) and whether
it is met, with the machine's load average; never a timed test.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
JSON_LOAD = [sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1]))"]
IMPORT_JSON = [sys.executable, "-c", "import json"]
#: the libraries every plan command imports (CLI, value classes, plan-file converter,
#: plugin manager, TOML reader): a floor no planflow change can go under
STACK = ("click", "attrs", "cattrs", "pluggy", "tomllib")


def planflow_cmd() -> list[str]:
    """The ``planflow`` script next to this interpreter (what a user of the venv runs)."""
    exe = Path(sys.executable).parent / "planflow"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("planflow")
    if found:
        return [found]
    return [sys.executable, "-c", "from planflow.cli import main; main()"]


#: GNU time, when installed: it forks the command from a small C process, so the peak it
#: reports is the command's own (Linux counts the forking parent's resident memory into a
#: child's ru_maxrss, which would put this script's own size under every figure)
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None


#: the children's environment: this one without PYTHONDONTWRITEBYTECODE, so the warm-up
#: run leaves the .pyc files an installed package has (pip compiles them at install time);
#: with the variable set, every run would compile planflow's modules from source again
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(argv: list[str], stdout_path: str | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process running ``argv``."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL  # noqa: SIM115
    fd, mem_file = tempfile.mkstemp(prefix="planflow-bench-mem-")
    os.close(fd)
    try:
        full = [GNU_TIME or "", "-f", "%M", "-o", mem_file, *argv] if GNU_TIME else argv
        t0 = time.perf_counter()
        proc = subprocess.Popen(full, stdout=out, stderr=subprocess.PIPE, cwd=ROOT, env=CHILD_ENV)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak_kb = float(Path(mem_file).read_text().split()[-1]) if GNU_TIME else usage.ru_maxrss
    finally:
        os.unlink(mem_file)
        if stdout_path:
            out.close()  # type: ignore[union-attr]
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{err.decode()[-2000:]}")
    return elapsed, peak_kb / 1024


def compare(base: list[str], cmd: list[str], repeat: int, stdout_path: str | None = None
            ) -> dict[str, float]:
    """Medians of ``repeat`` interleaved runs of the baseline and the command."""
    bt, bm, ct, cm = [], [], [], []
    run_once(cmd, stdout_path)  # warm the page cache and .pyc files; not counted
    for _ in range(repeat):
        t, m = run_once(base)
        bt.append(t)
        bm.append(m)
        t, m = run_once(cmd, stdout_path)
        ct.append(t)
        cm.append(m)
    b, c = statistics.median(bt), statistics.median(ct)
    return {"base_s": b, "cmd_s": c, "ratio": c / b, "base_mb": max(bm), "cmd_mb": max(cm),
            "mem_ratio": max(cm) / max(bm)}


#: issue 17's targets: (time ratio, memory ratio) by plan size
def plan_target(n: int) -> float:
    return 4.0 if n < 100_000 else 2.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="plan sizes in tasks, comma-separated (default: %(default)s)")
    ap.add_argument("--million", action="store_true", help="also 1,000,000 tasks")
    ap.add_argument("--repeat", type=int, default=0,
                    help="runs per figure (default: 10 below 100k tasks, 5 at 100k, 3 at 1M)")
    ap.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    ap.add_argument("--json", type=Path, help="also write the figures here as JSON (run_all.py)")
    ap.add_argument("--update-docs", action="store_true",
                    help="write the table into docs/benchmarks.md (between its markers)")
    ap.add_argument("--keep", type=Path, help="keep the plans and outputs in this folder")
    ap.add_argument("--planflow", help="the command to run as planflow (default: the script "
                    "next to this interpreter), e.g. to measure another checkout")
    ap.add_argument("--only", default="", help="run only the figures whose name contains this")
    args = ap.parse_args()

    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.million:
        sizes.append(1_000_000)
    pf = shlex.split(args.planflow) if args.planflow else planflow_cmd()
    rows: list[tuple[str, dict[str, float], float, bool]] = []
    load0 = os.getloadavg()
    work = args.keep or Path(tempfile.mkdtemp(prefix="planflow-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for name, base, cmd, target, mem, out, reps in jobs(args, pf, sizes, work):
            if args.only and args.only not in name:
                continue
            r = compare(base, cmd, reps, stdout_path=out)
            rows.append((name, r, target, mem))
            print_row(*rows[-1])
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    load1 = os.getloadavg()
    text = table(rows, load0, load1)
    print()
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if args.json:
        import json

        args.json.write_text(json.dumps({"load": [load0[0], load1[0]], "rows": [
            {"name": name, **r, "target": target, "memory_counts": mem}
            for name, r, target, mem in rows]}, indent=2), encoding="utf-8")
    if args.update_docs:
        update_docs(ROOT / "docs" / "benchmarks.md", text)


START, END = "<!-- bench_commands: start -->", "<!-- bench_commands: end -->"


def update_docs(path: Path, text: str, start: str = START, end: str = END) -> None:
    """Replace what lies between the markers ``start`` and ``end`` in ``path`` with ``text``."""
    doc = path.read_text(encoding="utf-8")
    head, sep, rest = doc.partition(start)
    _, sep2, tail = rest.partition(end)
    if not sep or not sep2:
        raise SystemExit(f"{path}: no {start} ... {end} markers")
    path.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")
    print(f"updated {path}")


def jobs(args: argparse.Namespace, pf: list[str], sizes: list[int], work: Path
         ) -> Iterator[tuple[str, list[str], list[str], float, bool, str | None, int]]:
    """(name, baseline, command, target ratio, memory counts, stdout file, runs) of each figure."""
    reps = args.repeat or 10
    # for reference (no target): what importing the libraries a command stands on costs
    # before planflow runs a line of its own (the floor under the start-up targets)
    yield ("the stack alone: `python -c \"import " + ", ".join(STACK) + "\"`", IMPORT_JSON,
           [sys.executable, "-c", "import " + ", ".join(STACK)], 0.0, False, None, reps)
    yield "`planflow --help`", IMPORT_JSON, [*pf, "--help"], 3.0, False, None, reps
    yield ("`planflow validate examples/lyson_2023.py:plan`", IMPORT_JSON,
           [*pf, "validate", "examples/lyson_2023.py:plan"], 3.0, False, None, reps)
    lyson_toml = work / "lyson_2023.toml"
    if not lyson_toml.exists():
        dump = subprocess.run([sys.executable, "-c",
                               "import sys, planflow; sys.path.insert(0, 'examples');"
                               "from lyson_2023 import plan;"
                               "sys.stdout.write(planflow.dumps_plan(plan, 'toml'))"],
                              cwd=ROOT, capture_output=True, check=True)
        lyson_toml.write_bytes(dump.stdout)
    yield ("`planflow validate lyson_2023.toml`", IMPORT_JSON,
           [*pf, "validate", str(lyson_toml)], 3.0, False, None, reps)
    for n in sizes:
        path = work / f"plan{n}.json"
        if not path.exists():  # in a child: this process stays small
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--tasks", str(n),
                            "-o", str(path)], check=True)
        reps = args.repeat or (10 if n < 100_000 else 5 if n < 1_000_000 else 3)
        base = [*JSON_LOAD, str(path)]
        yield (f"`validate`, {n:,} tasks", base, [*pf, "validate", str(path)],
               plan_target(n), True, None, reps)
        yield (f"`schedule --json > out`, {n:,} tasks", base,
               [*pf, "schedule", str(path), "--json"], plan_target(n), True,
               str(work / f"schedule{n}.json"), reps)


def print_row(name: str, r: dict[str, float], target: float, mem: bool) -> None:
    print(f"{name}: {r['cmd_s']:.3f} s vs {r['base_s']:.3f} s = {r['ratio']:.2f}x "
          f"(target {f'{target:g}x' if target else 'none: for reference'}); peak {r['cmd_mb']:.0f} vs {r['base_mb']:.0f} MB "
          f"= {r['mem_ratio']:.2f}x", flush=True)


def table(rows: list[tuple[str, dict[str, float], float, bool]], load0: tuple[float, ...],
          load1: tuple[float, ...]) -> str:
    lines = [
        f"`python benchmarks/bench_commands.py` on {os.cpu_count()} cores, Python "
        f"{sys.version.split()[0]}; load average {load0[0]:.1f} at the start, "
        f"{load1[0]:.1f} at the end. Medians of whole processes; baselines measured in "
        "the same run.",
        "",
        "| command | time | baseline | ratio | target | met | peak memory | baseline | ratio "
        "| target | met |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r, target, mem in rows:
        ok = "" if not target else "yes" if r["ratio"] <= target else "no"
        if mem:
            mok = "yes" if r["mem_ratio"] <= 2.0 else "no"
            mtarget = "≤ 2×"
        else:
            mok, mtarget = "", ""
        lines.append(
            f"| {name} | {r['cmd_s']:.3f} s | {r['base_s']:.3f} s | {r['ratio']:.2f}× "
            f"| {f'≤ {target:g}×' if target else 'report'} | {ok} | {r['cmd_mb']:.0f} MB | {r['base_mb']:.0f} MB "
            f"| {r['mem_ratio']:.2f}× | {mtarget} | {mok} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
