"""Exactly-once delivery under kill -9 and concurrency, against real receivers.

A real tick process (tests/tick_driver.py) is killed with SIGKILL at every step of the
outbox protocol, then rerun; the SMTP server (aiosmtpd) and the HTTP server count what
reached them by idempotency key. What planflow guarantees (docs/engine.md): nothing is
lost; the outbox channel delivers exactly once; email and webhooks deliver exactly once
except when the kill lands between the receiver's acceptance and the ``delivered``
commit (the ``sent`` step), where the one row in flight is sent again with the same
key.
"""

from __future__ import annotations

import email
import email.policy
import json
import mailbox
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

import planflow

from .receivers import HttpReceiver, SmtpReceiver

#: long: real subprocesses by the dozen (CI runs it; -m "not heavy" skips it locally)
pytestmark = pytest.mark.heavy

DRIVER = Path(__file__).with_name("tick_driver.py")
DAY = date(2023, 3, 24)  # 5 working days before the tasks' deadline
SECRET = "crash-test-secret"


def plan_dict(key: str, hook_url: str, tasks: int = 7) -> dict:
    # one lead agency per task (an agency told of several items on a day gets one digest,
    # and these tests want one notification per task), on the channels email, email,
    # webhook, webhook, webhook, outbox, outbox, over and over
    kinds = ["email", "email", "webhook", "webhook", "webhook", "outbox", "outbox"]
    names = {"email": "Phòng Tư pháp", "webhook": "Công an huyện", "outbox": "Phòng Văn hóa"}

    def agency(i: int) -> dict:
        kind = kinds[i % len(kinds)]
        contacts = ({"email": f"u{i}@example.org"} if kind == "email"
                    else {"webhook": hook_url} if kind == "webhook" else {})
        return {"id": f"a{i}", "name": f"{names[kind]} {i}", "contacts": contacts}

    return {
        "document": {"symbol": "7/KH-UBND", "title": "Kế hoạch thử", "date": "2023-01-05",
                     "issuer": "UBND huyện"},
        "period": 2023,
        "calendar": "vn",
        "settings": {"engine": {"key": key}},
        "agencies": [*(agency(i) for i in range(tasks)), {"id": "top", "name": "UBND huyện"}],
        "tasks": [{"id": f"t{i}", "title": f"Nhiệm vụ {i}", "lead": [f"a{i}"],
                   "timeframe": "2023-03-31"} for i in range(tasks)],
    }


@pytest.fixture(scope="module")
def receivers():
    with SmtpReceiver() as smtp, HttpReceiver() as hook:
        yield smtp, hook


def _env(smtp: SmtpReceiver, outbox: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(smtp.env("none"))
    env.update({"PLANFLOW_WEBHOOK_SECRET": SECRET, "PLANFLOW_WEBHOOK_RETRIES": "0",
                "PLANFLOW_OUTBOX": str(outbox), "PYTHONDONTWRITEBYTECODE": "1",
                # the tick needs the Vietnamese calendar and the channels only: start faster
                "PLANFLOW_LOAD_PLUGINS": "vn,channels"})
    return env


def _run(plan: Path, db: str, env: dict[str, str], crash_at: int = 0) -> subprocess.CompletedProcess:
    args = [sys.executable, str(DRIVER), str(plan), db, DAY.isoformat()]
    if crash_at:
        args.append(str(crash_at))
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)


def _expected(plan_path: Path, tmp: Path) -> list[planflow.Notification]:
    plan = planflow.load(str(plan_path))
    with planflow.Store.open(str(tmp / "expected.db")) as store:
        return list(planflow.Engine().tick(plan, store, DAY, dry_run=True).notifications)


def _received(smtp: SmtpReceiver, hook: HttpReceiver, outbox: Path, prefix: str) -> Counter[str]:
    """Deliveries that reached a receiver, counted by idempotency key."""
    got: Counter[str] = Counter()
    for m in smtp.messages:
        key = str(m["X-Planflow-Key"])
        if key.startswith(prefix):
            got[key] += 1
    for key, n in hook.keys().items():
        if key.startswith(prefix):
            got[key] += n
    if outbox.exists():
        box = mailbox.Maildir(outbox, create=False,
                              factory=lambda f: email.message_from_binary_file(
                                  f, policy=email.policy.default))
        for m in box:
            got[str(m["X-Planflow-Key"])] += 1
    return got


def _case(n: int, receivers, tmp_path: Path, db: str) -> tuple[int, str, Path, Path, str]:
    """Kill a tick at step ``n``, then rerun it (runs in a worker thread: subprocesses only)."""
    smtp, hook = receivers
    case = tmp_path / f"kill{n:02d}"
    case.mkdir()
    key = f"crash-{'pg' if '://' in db else 'sqlite'}-{n:02d}"
    plan = case / "plan.json"
    plan.write_text(json.dumps(plan_dict(key, hook.url), ensure_ascii=False), encoding="utf-8")
    env = _env(smtp, case / "outbox")
    killed = _run(plan, db, env, crash_at=n)
    steps = killed.stdout.split("\n")
    rerun = _run(plan, db, env)
    assert rerun.returncode == 0, rerun.stderr
    return killed.returncode, steps[n - 1] if len(steps) >= n else "", plan, case, key


def test_kill_9_at_every_step_then_rerun(receivers, tmp_path, store_urls):
    # 7 notifications: 1 "decided" step + 3 steps per row = 22 kill points
    points = range(1, 23)
    dbs = {n: store_urls(f"kill{n:02d}") for n in points}
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda n: _case(n, receivers, tmp_path, dbs[n]), points))
    smtp, hook = receivers
    duplicates = []
    for n, (code, step, plan, case, key) in zip(points, results, strict=True):
        expected = _expected(plan, case)
        keys = [x.key for x in expected]
        got = _received(smtp, hook, case / "outbox", key + "|")
        assert code == -9, f"kill point {n}: the driver was not killed ({code})"
        assert len(keys) == 7 and {x.channel for x in expected} == {"email", "webhook", "outbox"}
        missing = [k for k in keys if got[k] == 0]
        assert not missing, f"kill point {n} ({step}): lost {missing}"
        assert set(got) == set(keys), f"kill point {n}: unexpected keys {set(got) - set(keys)}"
        twice = sorted(k for k in keys if got[k] > 1)
        if twice:
            duplicates.append((n, step, twice))
            # the only window: killed after the receiver accepted, before the commit
            assert step.startswith("sent "), f"kill point {n} ({step}): duplicates {twice}"
            assert twice == [step.split(" ", 1)[1]], (n, step, twice)
            assert "|outbox" not in twice[0]
            assert got[twice[0]] == 2
    # every "sent" kill of an email or webhook row duplicates exactly that row, and the
    # outbox channel never does: 5 network rows -> 5 duplicates, each with its own key
    assert len(duplicates) == 5, duplicates


def test_two_ticks_at_once_deliver_nothing_twice(receivers, tmp_path, store_urls):
    smtp, hook = receivers
    prefix = f"concurrent-{store_urls.dialect}"
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(plan_dict(prefix, hook.url, tasks=40), ensure_ascii=False),
                    encoding="utf-8")
    env = _env(smtp, tmp_path / "outbox")
    db = store_urls("t")
    procs = [subprocess.Popen([sys.executable, str(DRIVER), str(plan), db, DAY.isoformat()],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _, e in outs]
    keys = [x.key for x in _expected(plan, tmp_path)]
    got = _received(smtp, hook, tmp_path / "outbox", prefix + "|")
    assert len(keys) == 40
    assert got == Counter({k: 1 for k in keys})
    committed = [sum(line.startswith("committed") for line in o.splitlines()) for o, _ in outs]
    assert sum(committed) == 40
