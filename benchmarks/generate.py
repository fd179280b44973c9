"""Synthetic plans for benchmarks: a layered DAG, 1-3 dependencies per task, shuffled ids.

    python benchmarks/generate.py --tasks 100000 -o /tmp/plan100k.json

The same seed gives the same plan, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path


def synthetic_plan(n_tasks: int, *, layers: int | None = None, agencies: int = 60,
                   seed: int = 20230323, year: int = 2023) -> dict:
    """A plan-file dict with ``n_tasks`` tasks in ``layers`` layers (default ~sqrt(n)/3)."""
    rng = random.Random(seed)
    layers = layers or max(2, int(n_tasks ** 0.5) // 3)
    ids = [f"T{i:07d}" for i in range(n_tasks)]
    rng.shuffle(ids)
    per = max(1, n_tasks // layers)
    agency_ids = [f"A{i:03d}" for i in range(agencies)]
    start = date(year, 1, 1)
    tasks = []
    for i in range(n_tasks):
        layer = min(i // per, layers - 1)
        deps: list[str] = []
        if layer > 0:
            lo, hi = (layer - 1) * per, layer * per
            deps = sorted({ids[rng.randrange(lo, hi)] for _ in range(rng.randint(1, 3))})
        # deadlines grow with depth so the plan is feasible
        due = start + timedelta(days=min(364, 30 + layer * 300 // layers))
        if rng.random() < 0.7:
            tf = due.isoformat()
        else:  # a window of the month before the deadline
            tf = f"{(due - timedelta(days=29)).isoformat()}/{due.isoformat()}"
        task = {"id": ids[i], "title": f"Nhiệm vụ số {i}", "lead": [rng.choice(agency_ids)],
                "partners": rng.sample(agency_ids, rng.randint(0, 2)), "timeframe": tf,
                "depends_on": deps}
        if rng.random() < 0.8:
            task["duration_days"] = rng.randint(1, 5)
        tasks.append(task)
    rng.shuffle(tasks)
    return {
        "document": {"kind": "KH", "number": "1", "symbol": "1/KH-UBND", "issuer": "Synthetic",
                     "place": "Nowhere", "date": f"{year}-01-02", "title": f"Synthetic plan of {n_tasks} tasks"},
        "period": year,
        "agencies": [{"id": a, "name": f"Cơ quan {a}"} for a in agency_ids],
        "tasks": tasks,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--layers", type=int, default=None)
    ap.add_argument("--seed", type=int, default=20230323)
    ap.add_argument("-o", "--output", type=Path, required=True)
    a = ap.parse_args()
    data = synthetic_plan(a.tasks, layers=a.layers, seed=a.seed)
    a.output.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
