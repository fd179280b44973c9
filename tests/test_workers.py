"""Several tick workers on one store through a simulated month (issue 15's proof, small).

Four worker processes (tests/worker_driver.py) tick every registered plan each day of
March 2023 against one store, notices going out by webhook to a real HTTP receiver on
127.0.0.1 that counts them by idempotency key. One worker is killed with SIGKILL right
after a delivery was sent and before it was marked delivered; a new worker takes its
place. What must hold: the notices decided are exactly those one worker alone decides
(each decided once: the outbox holds each key once), every one is delivered (0 lost),
and nothing reaches the receiver twice except the one notice in flight when the worker
died (sent again, with the same key, by the worker that reclaimed its row: the
documented at-least-once edge of webhooks, docs/engine.md); with
``settings.engine.delivery_batch`` 5, the rows of its batch (claimed together, settled
together). The full-size run (2,000
plans, 100k tasks) is benchmarks/bench_workers.py --month.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import attrs
import pytest

import planflow

from .receivers import HttpReceiver

DRIVER = Path(__file__).with_name("worker_driver.py")
MONTH = [date(2023, 3, 1) + timedelta(days=i) for i in range(31)]
CRASH_DAY = date(2023, 3, 24)
PLANS, TASKS, WORKERS = 12, 8, 4


def plan_dict(i: int, hook: str, batch: int = 1) -> dict:
    """Plan ``i``: TASKS tasks due on days spread over March, each led by its own unit;
    ``batch`` rows claimed and settled together (settings.engine.delivery_batch)."""
    return {
        "settings": {"engine": {"delivery_batch": batch}},
        "document": {"symbol": f"{i + 1}/KH-UBND", "title": f"Kế hoạch {i + 1}",
                     "date": "2023-01-05", "issuer": "UBND huyện"},
        "period": 2023,
        "calendar": "vn",
        "agencies": [*({"id": f"a{t}", "name": f"Đơn vị {t}", "contacts": {"webhook": hook}}
                       for t in range(TASKS)),
                     {"id": "top", "name": "UBND huyện", "contacts": {"webhook": hook}}],
        "tasks": [{"id": f"t{t}", "title": f"Nhiệm vụ {t}", "lead": [f"a{t}"],
                   "timeframe": (date(2023, 3, 6) + timedelta(days=(3 * t + i) % 22)).isoformat()}
                  for t in range(TASKS)],
    }


@attrs.define
class Recorder:
    name: str = "webhook"
    keys: list[str] = attrs.field(factory=list)

    def deliver(self, notification: planflow.Notification) -> None:
        self.keys.append(notification.key)


def reference(paths: list[Path], db: str) -> list[str]:
    """What one worker alone delivers through the month (in process, on SQLite)."""
    rec = Recorder()
    plans = [planflow.load(str(p)) for p in paths]
    with planflow.Store.open(db) as store:
        for day in MONTH:
            for plan in plans:
                planflow.Engine().tick(plan, store, datetime.combine(day, time(8)),
                                       channels={"webhook": rec})
    return rec.keys


def start(db: str, index: int, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(DRIVER), db, str(index), str(WORKERS)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)


@pytest.mark.parametrize("batch", [1, 5])
def test_four_workers_through_a_month(tmp_path, store_url, batch):
    with HttpReceiver() as hook:
        paths = []
        for i in range(PLANS):
            p = tmp_path / f"plan{i}.json"
            p.write_text(json.dumps(plan_dict(i, hook.url, batch), ensure_ascii=False), encoding="utf-8")
            paths.append(p)
        expected = reference(paths, str(tmp_path / "reference.db"))
        assert len(expected) == len(set(expected)) > 100
        from planflow.loader import plan_text

        with planflow.Store.open(store_url) as store:
            for p in paths:
                plan = planflow.load(str(p))
                text, fmt = plan_text(str(p), plan)
                store.add_plan(plan, text, fmt, datetime(2023, 2, 28), source=str(p))
        env = {**os.environ, "PLANFLOW_WEBHOOK_SECRET": "s", "PLANFLOW_WEBHOOK_RETRIES": "0",
               "PLANFLOW_LOAD_PLUGINS": "vn,channels", "PYTHONDONTWRITEBYTECODE": "1"}
        workers = [start(store_url, i, env) for i in range(WORKERS)]
        in_flight: list[str] = []

        def read_answer(workers: list[subprocess.Popen[str]], i: int, day: date,
                        in_flight: list[str]) -> None:
            """Worker ``i``'s answer for ``day``: done, or the key it died delivering
            (then a new worker takes its place)."""
            w = workers[i]
            assert w.stdout is not None
            line = w.stdout.readline()
            if line.startswith("crash "):
                in_flight.extend(line.split()[1:])  # the keys its batch held
                assert w.wait(timeout=60) == -9
                workers[i] = start(store_url, i, env)
                return
            assert line.startswith(f"done {day.isoformat()}"), line

        try:
            for day in MONTH:
                # on the crash day worker 0 goes first, alone until it dies mid-delivery:
                # started together, the others could claim every row before it (seen on a
                # quiet machine), leaving it nothing to die on; the others then reclaim
                # its row. Every other day all four start at once.
                waves = [[0], list(range(1, WORKERS))] if day == CRASH_DAY else [list(range(WORKERS))]
                for wave in waves:
                    for i in wave:
                        w = workers[i]
                        assert w.stdin is not None
                        w.stdin.write(f"{day.isoformat()}{' crash' if day == CRASH_DAY and i == 0 else ''}\n")
                        w.stdin.flush()
                    for i in wave:
                        read_answer(workers, i, day, in_flight)
            for w in workers:
                assert w.stdin is not None and w.stdout is not None
                w.stdin.write("quit\n")
                w.stdin.flush()
                assert w.stdout.readline().startswith("rss ")
                assert w.wait(timeout=60) == 0
        finally:
            for w in workers:
                if w.poll() is None:
                    w.kill()
        assert in_flight, "the worker told to die mid-delivery had nothing to deliver"
        assert len(in_flight) <= batch
        got = hook.keys()
        with planflow.Store.open(store_url) as store:
            rows = store.outbox()
    keys = [r.key for r in rows]
    assert len(keys) == len(set(keys))                        # each notice decided once
    assert sorted(keys) == sorted(expected)                   # the same as one worker alone
    assert {r.state for r in rows} == {"delivered"}           # none left behind (0 lost)
    assert set(got) == set(expected)                          # each reached the receiver
    twice = {k for k, n in got.items() if n > 1}
    assert twice <= set(in_flight), f"delivered twice: {sorted(twice)}"
