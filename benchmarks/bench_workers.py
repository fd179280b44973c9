"""Several tick workers on one store: a province day ticked by 1, 2 and 4 workers.

    python benchmarks/bench_workers.py [--plans 2000] [--tasks 50] [--day 2023-06-26]
                                       [--month] [--pg URL]

A province's portfolio (``--plans`` synthetic plans of ``--tasks`` tasks, benchmarks/
generate.py, each task led by one of 12 units reached through the ``outbox`` channel, a
Maildir folder) is registered in a fresh store; then one day is ticked by 1, 2 and 4
worker processes (tests/worker_driver.py: each ticks every registered plan, starting
apart) on PostgreSQL, and by 1 on SQLite. Reported: the wall time of each run as a
ratio to the single-worker SQLite run measured in the same run (the baseline), the
notices queued and delivered, the conflicts (a plan's day decided by another worker
first), and the peak memory of each worker.

``--month`` ticks the whole month of ``--day`` instead of one day (issue 15's proof at
full size): every day by the 4 workers on PostgreSQL, one of them SIGKILLed right after
a delivery was sent (its first on or after the 15th) and replaced; then it checks that the outbox holds each
notice once, all delivered, and that the Maildir holds exactly those (the outbox channel
delivers each key once).

PostgreSQL: ``--pg URL`` (a server whose user may create databases), else
``PLANFLOW_TEST_PG_URL``, else a throwaway cluster started like the tests' (tests/
pgcluster.py) but with ``fsync`` on: a durable commit waits for the disk, as in
production.

Delivery: ``--channel webhook`` (the default) posts each notice to a real HTTP receiver
in a process of its own (benchmarks/webhook_sink.py) that logs every request, so a
notice received twice is counted; ``--channel outbox`` writes the Maildir folder (two
fsyncs a message, and one file per key: a second delivery is not seen). ``--batch``
sets every plan's ``settings.engine.delivery_batch`` (default 50: one durable claim and
one durable outcome commit per 50 rows; a SIGKILL may deliver that batch twice).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from generate import synthetic_plan  # noqa: E402

import planflow  # noqa: E402

DRIVER = ROOT / "tests" / "worker_driver.py"


def write_plans(folder: Path, plans: int, tasks: int, outbox: Path, *,
                channel: str = "outbox", batch: int = 1) -> list[Path]:
    paths = []
    for i in range(plans):
        d = synthetic_plan(tasks, agencies=12, seed=1000 + i)
        d["document"]["symbol"] = f"{i + 1}/KH-UBND"
        d["settings"] = {"engine": {"outbox": str(outbox), "channels": [channel],
                                    "delivery_batch": batch}}
        p = folder / f"plan{i:05d}.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths


def register(db: str, paths: list[Path]) -> None:
    from planflow.loader import plan_text

    with planflow.Store.open(db) as store:
        for p in paths:
            plan = planflow.load(str(p))
            text, fmt = plan_text(str(p), plan)
            store.add_plan(plan, text, fmt, datetime(2023, 1, 2), source=str(p))


def run_days(db: str, workers: int, days: list[date], env: dict[str, str],
             crash: date | None = None) -> tuple[float, list[int], list[int], list[str]]:
    """Tick ``days`` with ``workers`` processes (worker 0 killed right after its first
    delivery sent on or after the day ``crash``): wall seconds (days only, not start-up),
    [queued, delivered, failed, conflicts] summed, each worker's peak RSS (KB), and the
    keys in flight when a worker was killed."""
    procs = [subprocess.Popen([sys.executable, str(DRIVER), db, str(i), str(workers)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
             for i in range(workers)]
    start = time.perf_counter()
    totals = [0, 0, 0, 0]
    killed: list[str] = []
    elapsed = 0.0
    try:
        for day in days:
            t = time.perf_counter()
            for i, w in enumerate(procs):
                assert w.stdin is not None
                arm = crash is not None and day >= crash and not killed and i == 0
                w.stdin.write(f"{day.isoformat()}{' crash' if arm else ''}\n")
                w.stdin.flush()
            for i, w in enumerate(procs):
                assert w.stdout is not None
                line = w.stdout.readline()
                if line.startswith("crash "):
                    killed.extend(line.split()[1:])
                    w.wait()
                    procs[i] = subprocess.Popen(
                        [sys.executable, str(DRIVER), db, str(i), str(workers)],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
                    continue
                parts = line.split()
                if not parts or parts[0] != "done":
                    raise SystemExit(f"worker {i}: {line!r}")
                for k, v in enumerate(parts[2:6]):
                    totals[k] += int(v)
            elapsed += time.perf_counter() - t
            if len(days) > 1:  # progress, for a long run's log
                print(f"  {day.isoformat()}: {time.perf_counter() - t:7.1f} s "
                      f"(since start {time.perf_counter() - start:7.0f} s); so far queued "
                      f"{totals[0]:,}, delivered {totals[1]:,}, failed {totals[2]}, "
                      f"conflicts {totals[3]:,}", file=sys.stderr, flush=True)
        rss = []
        for w in procs:
            assert w.stdin is not None and w.stdout is not None
            w.stdin.write("quit\n")
            w.stdin.flush()
            rss.append(int(w.stdout.readline().split()[1]))
            w.wait()
    finally:
        for w in procs:
            if w.poll() is None:
                w.kill()
    return elapsed, totals, rss, killed


def pg_server(arg: str | None) -> tuple[str, object]:
    from tests import pgcluster

    url = arg or os.environ.get(pgcluster.ENV)
    if url:
        return url, None
    if pgcluster.binaries() is None:
        raise SystemExit("no PostgreSQL: give --pg URL or install postgresql")
    return pgcluster.start_cluster(fsync=True)  # commits wait for the disk, as in production


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=2000)
    ap.add_argument("--tasks", type=int, default=50)
    ap.add_argument("--day", type=date.fromisoformat, default=date(2023, 6, 26))
    ap.add_argument("--month", action="store_true")
    ap.add_argument("--batch", type=int, default=50,
                    help="settings.engine.delivery_batch of every plan (default 50)")
    ap.add_argument("--channel", choices=("webhook", "outbox"), default="webhook",
                    help="webhook (a receiver process logging every request) or outbox (Maildir)")
    ap.add_argument("--pg")
    args = ap.parse_args()
    from tests import pgcluster

    server, stop = pg_server(args.pg)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            env = {**os.environ, "PLANFLOW_LOAD_PLUGINS": "vn,channels",
                   "PYTHONDONTWRITEBYTECODE": "1"}
            if args.month:
                month(args, folder, server, env)
                return
            runs: list[tuple[str, int]] = [("sqlite", 1), ("postgresql", 1), ("postgresql", 2),
                                           ("postgresql", 4)]
            results = []
            n_tasks = args.plans * args.tasks
            with webhook_sink(folder / "received.log") as url:
                env = {**env, "PLANFLOW_WEBHOOK_URL": url, "PLANFLOW_WEBHOOK_SECRET": "bench"}
                for dialect, workers in runs:
                    pdir = folder / f"plans-{dialect}-{workers}"
                    pdir.mkdir()
                    paths = write_plans(pdir, args.plans, args.tasks,
                                        folder / f"outbox-{dialect}-{workers}",
                                        channel=args.channel, batch=args.batch)
                    drop = None
                    if dialect == "sqlite":
                        db = str(folder / f"w{workers}.db")
                    else:
                        db, drop = pgcluster.create_database(server)
                    try:
                        register(db, paths)
                        # the day before, so the measured day decides one day, as a daily
                        # tick does
                        run_days(db, 1, [args.day - timedelta(days=1)], env)
                        elapsed, totals, rss, _ = run_days(db, workers, [args.day], env)
                    finally:
                        if drop is not None:
                            drop()
                    results.append((dialect, workers, elapsed, totals, rss))
            base = results[0][2]
            print(f"{args.plans} plans, {n_tasks:,} tasks; one day ({args.day.isoformat()}) "
                  f"ticked after the day before (delivery batch {args.batch}, channel "
                  f"{args.channel})")
            for dialect, workers, elapsed, totals, rss in results:
                print(f"  {dialect:10s} {workers} worker{'s' if workers > 1 else ' '}  "
                      f"{elapsed:7.2f} s  {elapsed / base:5.2f}x   queued {totals[0]:,}, "
                      f"delivered {totals[1]:,}, failed {totals[2]}, conflicts {totals[3]}; "
                      f"peak memory per worker {max(rss) / 1024:.0f} MB")
            print("  (ratios: wall time over the single-worker SQLite run of this same run)")
    finally:
        if callable(stop):
            stop()


@contextmanager
def webhook_sink(log: Path) -> Iterator[str]:
    """benchmarks/webhook_sink.py in a process of its own, logging each key it receives
    to ``log``; yields its URL."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "webhook_sink.py"), str(log)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split()[1])
        yield f"http://127.0.0.1:{port}/hook"
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def month(args: argparse.Namespace, folder: Path, server: str, env: dict[str, str]) -> None:
    """The whole month of ``--day`` by 4 workers on PostgreSQL, one killed mid-delivery."""
    from collections import Counter

    from tests import pgcluster

    outbox = folder / "outbox"
    (folder / "plans").mkdir()
    t0 = time.perf_counter()
    paths = write_plans(folder / "plans", args.plans, args.tasks, outbox, channel=args.channel,
                        batch=args.batch)
    first = args.day.replace(day=1)
    days = [first + timedelta(days=i) for i in range(40) if (first + timedelta(days=i)).month == first.month]
    db, drop = pgcluster.create_database(server)
    log = folder / "received.log"
    try:
        register(db, paths)
        print(f"  {args.plans:,} plans written and registered in {time.perf_counter() - t0:.0f} s",
              file=sys.stderr, flush=True)
        with webhook_sink(log) as url:
            env = {**env, "PLANFLOW_WEBHOOK_URL": url, "PLANFLOW_WEBHOOK_SECRET": "bench"}
            elapsed, totals, rss, killed = run_days(db, 4, days, env, crash=first.replace(day=15))
        with planflow.Store.open(db) as store:
            rows = store.outbox()
    finally:
        drop()
    keys = [r.key for r in rows]
    states: dict[str, int] = {}
    for r in rows:
        states[r.state] = states.get(r.state, 0) + 1
    if args.channel == "webhook":
        got = Counter(log.read_text(encoding="utf-8").split("\n")[:-1])
        where = "webhook receiver: requests"
    else:
        import email
        import email.policy
        import mailbox

        box = mailbox.Maildir(outbox, create=False, factory=lambda f: email.message_from_binary_file(
            f, policy=email.policy.default))
        got = Counter(str(m["X-Planflow-Key"]) for m in box)
        where = "Maildir messages (one file per key)"
    twice = {k for k, n in got.items() if n > 1}
    print(f"{args.plans} plans, {args.plans * args.tasks:,} tasks, {len(days)} days by 4 workers "
          f"on PostgreSQL in {elapsed:.0f} s (delivery batch {args.batch}, channel "
          f"{args.channel}); a worker killed mid-delivery holding {len(killed)} claimed rows")
    print(f"  outbox rows {len(keys):,}, distinct keys {len(set(keys)):,} "
          f"(duplicates decided: {len(keys) - len(set(keys))}); states {states}")
    print(f"  {where} {sum(got.values()):,}, distinct keys {len(got):,}; "
          f"lost (in the outbox, never received): {len(set(keys) - set(got))}; "
          f"received but not in the outbox: {len(set(got) - set(keys))}; "
          f"received twice: {len(twice)}, of them in the killed worker's batch: "
          f"{len(twice & set(killed))}")
    print(f"  queued {totals[0]:,}, delivered {totals[1]:,}, failed {totals[2]}, "
          f"conflicts {totals[3]:,}; peak memory per worker {max(rss) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
