"""Core speed: load + validate + schedule + critical path, against json.loads and networkx.

    python benchmarks/bench_core.py [--tasks 100000] [--repeat 3]

Everything is measured in the same run, and reported as ratios to ``json.loads`` of the
same file (these machines are shared and noisy; ratios travel, seconds do not):

* ``json.loads``: parsing the plan file's text (the baseline);
* ``planflow``: ``planflow.load_plan`` (read, parse, structure, resolve timeframes),
  ``planflow.validate(plan)``, ``planflow.compute_schedule(plan)`` and its critical path;
* ``networkx``: the same pipeline written plainly on networkx: json.loads, a DiGraph of
  the tasks, the same checks (unknown ids, cycles), a topological forward and backward
  pass and ``dag_longest_path``.

Peak memory (tracemalloc, measured in separate passes so it does not slow the timings)
is reported as a ratio to json.loads's own peak. Targets (issue 2): planflow <= 2x
json.loads, >= 5x faster than networkx, peak memory <= 2.5x json.loads.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).parent))
from generate import synthetic_plan  # noqa: E402

import planflow  # noqa: E402


def run_json(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def run_json_nogc(path: Path) -> object:
    gc.disable()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    finally:
        gc.enable()


def run_planflow(path: Path) -> object:
    plan = planflow.load_plan(path)
    problems = [p for p in planflow.validate(plan) if p.severity is planflow.Severity.ERROR]
    assert not problems, problems[:3]
    s = planflow.compute_schedule(plan)
    assert s.critical_path
    return s


def _tf_dates(text: str) -> tuple[int | None, int | None]:
    if "/" in text:
        a, b = text.split("/")
        return date.fromisoformat(a).toordinal(), date.fromisoformat(b).toordinal()
    return None, date.fromisoformat(text).toordinal()


def run_networkx(path: Path) -> object:
    data = json.loads(path.read_text(encoding="utf-8"))
    g = nx.DiGraph()
    p0 = date(int(data["period"]), 1, 1).toordinal()
    agencies = {a["id"] for a in data["agencies"]}
    for t in data["tasks"]:
        start, due = _tf_dates(t["timeframe"])
        dur = t.get("duration_days") or ((due - start + 1) if start is not None else 1)
        g.add_node(t["id"], title=t["title"], start=start or p0, due=due, dur=dur)
        assert all(a in agencies for a in t["lead"] + t["partners"])
    for t in data["tasks"]:
        for d in t["depends_on"]:
            assert d in g
            g.add_edge(d, t["id"])
    if len(g) != len(data["tasks"]):
        raise ValueError("duplicate task ids")
    if not nx.is_directed_acyclic_graph(g):
        raise ValueError(nx.find_cycle(g))
    for u, v in g.edges:
        if g.nodes[v]["due"] < g.nodes[u]["due"]:
            raise ValueError(f"{v} is due before {u}")
    order = list(nx.topological_sort(g))
    nodes = g.nodes
    es, ef = {}, {}
    for v in order:
        s = max([nodes[v]["start"]] + [ef[u] for u in g.predecessors(v)])
        es[v], ef[v] = s, s + nodes[v]["dur"]
    horizon = max(ef.values())
    lf, ls = {}, {}
    for v in reversed(order):
        f = min([nodes[v]["due"] + 1, horizon] + [ls[w] for w in g.successors(v)])
        lf[v], ls[v] = f, f - nodes[v]["dur"]
    slack = {v: lf[v] - ef[v] for v in order}
    m = min(slack.values())
    crit = g.subgraph([v for v in order if slack[v] == m])
    return nx.dag_longest_path(crit)


def best_time(fn, path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn(path)
        best = min(best, time.perf_counter() - t)
    return best


def peak_memory(fn, path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    result = fn(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return peak


def main() -> int:
    ap = argparse.ArgumentParser(description="planflow core benchmark")
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-memory", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "plan.json"
        path.write_text(json.dumps(synthetic_plan(a.tasks), ensure_ascii=False), encoding="utf-8")
        run_planflow(path)  # warm-up: imports, plugin loading
        t_json = best_time(run_json, path, a.repeat)
        t_json_nogc = best_time(run_json_nogc, path, a.repeat)
        t_pf = best_time(run_planflow, path, a.repeat)
        t_nx = best_time(run_networkx, path, max(1, a.repeat - 1))
        print(f"plan: {a.tasks} tasks, {path.stat().st_size / 1e6:.1f} MB of JSON")
        print(f"json.loads   {t_json:8.3f} s   1.00x")
        print(f"planflow     {t_pf:8.3f} s   {t_pf / t_json:.2f}x json.loads   (target <= 2.00x)")
        print(f"  (for reference: json.loads with the cyclic GC paused, as planflow's loader runs it:"
              f" {t_json_nogc:.3f} s; planflow = {t_pf / t_json_nogc:.2f}x that)")
        print(f"networkx     {t_nx:8.3f} s   {t_nx / t_json:.2f}x json.loads")
        print(f"speed-up over networkx: {t_nx / t_pf:.1f}x   (target >= 5x)")
        if not a.no_memory:
            m_json = peak_memory(run_json, path)
            m_pf = peak_memory(run_planflow, path)
            print(f"peak memory: json.loads {m_json / 2**20:.0f} MiB, planflow {m_pf / 2**20:.0f} MiB"
                  f" = {m_pf / m_json:.2f}x   (target <= 2.50x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
