"""SIGKILL at random moments of real ticks, against real receivers (issue 14).

Each trial is one plan with its own SQLite store: a tick process (tests/tick_driver.py)
is started and, once it says "ready" (its tick begins), killed with SIGKILL after a
random delay drawn over the length of a clean tick; a kill that lands after the process
finished is not counted. After each kill the store must pass ``PRAGMA integrity_check``.
A trial takes one to three kills in a row on the same store, then a clean rerun, and
checks the delivery invariants (docs/engine.md, "What exactly once means here"):

* nothing lost: every notification the plan owes that day reached its receiver;
* the outbox channel delivers exactly once;
* email and webhook deliver at least once, and a key arrives more than once only inside
  the documented window (a kill after the receiver accepted, before the ``delivered``
  commit): never more often than 1 + the number of kills, always with the same key,
  never an unexpected key.

Used by tests/test_kill_campaign.py (a dozen kills, in the suite) and by
benchmarks/kill_campaign.py (>= 100 kills, the table in docs/reliability.md).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import planflow

from .receivers import HttpReceiver, SmtpReceiver

DRIVER = Path(__file__).with_name("tick_driver.py")


@dataclass
class Tally:
    """The campaign's figures."""

    kills: int = 0              # SIGKILLs that landed while the tick ran
    missed: int = 0             # kills drawn after the tick had finished (not counted)
    integrity_ok: int = 0       # PRAGMA integrity_check == "ok" after a kill
    trials: int = 0
    expected: int = 0           # notifications owed over all trials
    lost: int = 0               # owed, never received
    duplicated: int = 0         # keys received more than once (email/webhook only)
    outbox_duplicated: int = 0  # outbox keys received more than once (must stay 0)
    unexpected: int = 0         # keys received that nothing owed
    beyond_window: int = 0      # a key received more often than 1 + kills
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.lost or self.outbox_duplicated or self.unexpected or self.beyond_window
                    or self.integrity_ok != self.kills or self.problems)


def _plan(key: str, hook_url: str, tasks: int) -> dict:
    from .test_tick_crash import plan_dict

    return plan_dict(key, hook_url, tasks=tasks)


def _env(smtp: SmtpReceiver, outbox: Path) -> dict[str, str]:
    from .test_tick_crash import _env as base

    env = base(smtp, outbox)
    env["PLANFLOW_DRIVER_READY"] = "1"
    return env


def _start(plan: Path, db: str, env: dict[str, str], day: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(DRIVER), str(plan), db, day], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_ready(p: subprocess.Popen[str]) -> float:
    assert p.stdout is not None
    line = p.stdout.readline()
    if line.strip() != "ready":
        raise RuntimeError(f"the tick driver did not start: {line!r} {p.stderr.read() if p.stderr else ''}")
    return time.monotonic()


def _integrity(db: str) -> str:
    with sqlite3.connect(db) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


def calibrate(smtp: SmtpReceiver, hook: HttpReceiver, tmp: Path, tasks: int, day: str) -> float:
    """Seconds a clean tick takes from "ready" to exit (the kill delays are drawn over it)."""
    case = tmp / "calibrate"
    case.mkdir(parents=True, exist_ok=True)
    plan = case / "plan.json"
    plan.write_text(json.dumps(_plan("calibrate", hook.url, tasks), ensure_ascii=False),
                    encoding="utf-8")
    p = _start(plan, str(case / "s.db"), _env(smtp, case / "outbox"), day)
    t0 = _wait_ready(p)
    p.communicate(timeout=300)
    return max(time.monotonic() - t0, 0.05)


def run(kills: int, tmp: Path, *, tasks: int = 14, seed: int = 14,
        day: str = "2023-03-24") -> Tally:
    """Trials until ``kills`` SIGKILLs landed during ticks; the tally of what held."""
    rng = random.Random(seed)
    tally = Tally()
    with SmtpReceiver() as smtp, HttpReceiver() as hook:
        span = calibrate(smtp, hook, tmp, tasks, day)
        n = 0
        while tally.kills < kills:
            n += 1
            case = tmp / f"trial{n:03d}"
            case.mkdir(parents=True)
            key = f"kill-{seed}-{n:03d}"
            plan = case / "plan.json"
            plan.write_text(json.dumps(_plan(key, hook.url, tasks), ensure_ascii=False),
                            encoding="utf-8")
            db = str(case / "store.db")
            env = _env(smtp, case / "outbox")
            landed = 0
            for _ in range(rng.randint(1, 3)):
                p = _start(plan, db, env, day)
                _wait_ready(p)
                time.sleep(rng.uniform(0.0, span * 1.1))
                if p.poll() is None:
                    os.kill(p.pid, signal.SIGKILL)
                p.communicate(timeout=300)
                if p.returncode == -signal.SIGKILL:
                    landed += 1
                    tally.kills += 1
                    verdict = _integrity(db)
                    if verdict == "ok":
                        tally.integrity_ok += 1
                    else:
                        tally.problems.append(f"trial {n}: integrity_check: {verdict}")
                elif p.returncode == 0:
                    tally.missed += 1
                else:
                    tally.problems.append(f"trial {n}: the tick failed: {p.stderr.read() if p.stderr else ''}")
            final = _start(plan, db, env, day)
            _, err = final.communicate(timeout=300)
            if final.returncode != 0:
                tally.problems.append(f"trial {n}: the clean rerun failed: {err[-500:]}")
            _check(tally, plan, case, key, smtp, hook, landed, day)
            tally.trials += 1
    return tally


def _check(tally: Tally, plan_path: Path, case: Path, key: str, smtp: SmtpReceiver,
           hook: HttpReceiver, landed: int, day: str) -> None:
    from datetime import date

    from .test_tick_crash import _received

    plan = planflow.load(str(plan_path))
    with planflow.Store.open(str(case / "expected.db")) as store:
        owed = [x for x in planflow.Engine().tick(plan, store, date.fromisoformat(day),
                                                  dry_run=True).notifications]
    got: Counter[str] = _received(smtp, hook, case / "outbox", key + "|")
    keys = {x.key: x.channel for x in owed}
    tally.expected += len(keys)
    tally.lost += sum(1 for k in keys if got[k] == 0)
    tally.unexpected += len(set(got) - set(keys))
    for k, channel in keys.items():
        if got[k] > 1:
            if channel == "outbox":
                tally.outbox_duplicated += 1
            else:
                tally.duplicated += 1
            if got[k] > 1 + landed:
                tally.beyond_window += 1
