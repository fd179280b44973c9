"""Deliveries are true (issue 14): only 2xx is a delivery; permanent refusals make the row
``failed`` with the reason; temporary ones back off; every delivery has a total deadline,
also against receivers that drip one byte at a time; no secret reaches the outbox.

Real receivers on 127.0.0.1 (an HTTP server in a thread, aiosmtpd, a raw socket that
drips); the deadline is set short (1 s) so the hanging cases end quickly. Nothing here
asserts a duration: only what the store and the receivers saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date, datetime

import pytest

import planflow
from planflow import Agency, Engine, Store, Task
from planflow_channels.webhook import redact_url, sign, verify

from .conftest import make_plan
from .receivers import DripSmtp, RefusingSmtp, ScriptedHttp

SECRET = "s3cret"
DUE = date(2023, 3, 31)
DAY = date(2023, 3, 24)


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANFLOW_OUTBOX", str(tmp_path / "outbox"))
    monkeypatch.setenv("PLANFLOW_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("PLANFLOW_WEBHOOK_RETRIES", "0")
    return tmp_path


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "t.db"))
    yield s
    s.close()


def one_task(contacts: dict[str, str]):
    """Agency ``a`` (with ``contacts``) and ``b`` (the outbox) each owe a task due DUE."""
    return make_plan(
        [Task("t1", "one", lead=["a"], timeframe=DUE.isoformat()),
         Task("t2", "two", lead=["b"], timeframe=DUE.isoformat())],
        [Agency("a", "A", contacts=contacts), Agency("b", "B")], calendar="vn")


def chans():
    return planflow.default_registry().channels()


def row_of(store, plan, channel):
    [row] = [r for r in store.outbox(plan) if r.channel == channel]
    return row


# -- HTTP answers -------------------------------------------------------------------

@pytest.mark.parametrize("code", [301, 302, 303])
def test_a_redirect_is_no_delivery_and_is_not_followed(env, store, code):
    with ScriptedHttp(lambda path: (code, {"Location": "/elsewhere"})) as hook:
        plan = one_task({"webhook": hook.base + "/hook"})
        res = Engine().tick(plan, store, DAY, chans())
        row = row_of(store, plan, "webhook")
        assert row.key not in res.delivered and row.key in res.gave_up
        assert row.state == "failed" and f"answered {code}" in row.last_error
        assert hook.paths() == ["/hook"]
        # never retried: a later tick sends nothing
        Engine().tick(plan, store, datetime(2023, 3, 25, 12), chans())
        assert hook.paths() == ["/hook"]


@pytest.mark.parametrize("code", [307, 308])
def test_307_308_same_origin_is_followed_with_the_same_body(env, store, code):
    with ScriptedHttp(lambda path: (code, {"Location": "/final"}) if path == "/hook"
                      else (200, {})) as hook:
        plan = one_task({"webhook": hook.base + "/hook"})
        res = Engine().tick(plan, store, DAY, chans())
        assert row_of(store, plan, "webhook").state == "delivered", res.failed
        first, second = hook.requests
        assert second["path"] == "/final" and first["body"] == second["body"]
        assert first["headers"]["X-Planflow-Signature"] == second["headers"]["X-Planflow-Signature"]


@pytest.mark.parametrize("code", [307, 308])
def test_a_redirect_to_another_origin_never_gets_the_signature(env, store, code):
    with ScriptedHttp(lambda path: (200, {})) as other:
        with ScriptedHttp(lambda path: (code, {"Location": other.base + "/steal"})) as hook:
            plan = one_task({"webhook": hook.base + "/hook"})
            Engine().tick(plan, store, DAY, chans())
            row = row_of(store, plan, "webhook")
            assert row.state == "failed" and "another origin" in row.last_error
            assert other.requests == []


@pytest.mark.parametrize(("code", "state"), [
    (400, "failed"), (401, "failed"), (403, "failed"), (404, "failed"), (410, "failed"),
    (422, "failed"), (408, "pending"), (429, "pending"), (500, "pending"), (502, "pending"),
    (503, "pending"), (201, "delivered"), (204, "delivered"),
])
def test_http_answers_are_classified(env, store, code, state):
    with ScriptedHttp(lambda path: (code, {})) as hook:
        plan = one_task({"webhook": hook.base + "/hook"})
        res = Engine().tick(plan, store, DAY, chans())
        row = row_of(store, plan, "webhook")
        assert row.state == state
        if state != "delivered":
            assert str(code) in row.last_error and row.key in dict(res.failed)
        if state == "pending":
            assert row.next_attempt is not None and row.key not in res.gave_up
        # b's outbox message went out whatever a's webhook did
        assert row_of(store, plan, "outbox").state == "delivered"


def test_a_dripping_receiver_is_abandoned_at_the_deadline_and_holds_nothing_back(env, store):
    with ScriptedHttp(lambda path: "drip", drip_every=0.3) as hook:
        plan = make_plan(
            [Task("t1", "one", lead=["a"], timeframe=DUE.isoformat()),
             Task("t2", "two", lead=["b"], timeframe=DUE.isoformat()),
             Task("t3", "three", lead=["c"], timeframe=DUE.isoformat())],
            [Agency("a", "A", contacts={"webhook": hook.base + "/slow"}), Agency("b", "B"),
             Agency("c", "C", contacts={"webhook": hook.base + "/slow"})], calendar="vn")
        res = Engine().tick(plan, store, DAY, chans(), timeout=1)
        rows = {r.recipient: r for r in store.outbox(plan)}
        assert rows["a"].state == "pending" and "deadline" in rows["a"].last_error
        assert rows["b"].state == "delivered"
        # the same (channel, address) is not tried again in this tick: one stuck
        # receiver costs the tick one deadline, not one per row
        assert rows["c"].state == "pending" and rows["c"].attempts == 0
        assert len(hook.requests) == 1 and len(res.delivered) == 1


def test_the_deadline_is_a_plan_setting(env, store):
    with ScriptedHttp(lambda path: "drip", drip_every=0.3) as hook:
        plan = one_task({"webhook": hook.base + "/slow"})
        plan = planflow.bind(__import__("attrs").evolve(
            plan, settings={"engine": {"delivery_timeout": 1}}))
        Engine().tick(plan, store, DAY, chans())
        assert row_of(store, plan, "webhook").state == "pending"
        assert "deadline" in row_of(store, plan, "webhook").last_error


def test_a_channel_that_ignores_the_deadline_is_abandoned(env, store):
    class Stuck:
        name = "webhook"

        def deliver(self, notification):
            time.sleep(5)

    plan = one_task({"webhook": "http://127.0.0.1:9/x"})
    res = Engine().tick(plan, store, DAY, {**chans(), "webhook": Stuck()}, timeout=0.5)
    row = row_of(store, plan, "webhook")
    assert row.state == "pending" and "no answer within 0.5 s" in row.last_error
    assert len(res.delivered) == 1


# -- SMTP answers -------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "state"), [
    ("550 5.1.1 no such mailbox", "failed"), ("554 5.7.1 refused", "failed"),
    ("553 5.1.3 bad address", "failed"), ("450 4.2.1 mailbox busy", "pending"),
    ("451 4.3.0 try later", "pending"),
])
def test_smtp_5xx_is_permanent_4xx_temporary(env, store, monkeypatch, answer, state):
    with RefusingSmtp(answer) as smtp:
        for k, v in smtp.env().items():
            monkeypatch.setenv(k, v)
        plan = one_task({"email": "a@example.org"})
        Engine().tick(plan, store, DAY, chans())
        row = row_of(store, plan, "email")
        assert row.state == state and answer.split()[0] in row.last_error


def test_a_dripping_smtp_server_is_abandoned_at_the_deadline(env, store, monkeypatch):
    with DripSmtp(every=0.3) as smtp:
        monkeypatch.setenv("PLANFLOW_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("PLANFLOW_SMTP_PORT", str(smtp.port))
        monkeypatch.setenv("PLANFLOW_SMTP_SECURITY", "none")
        plan = one_task({"email": "a@example.org"})
        res = Engine().tick(plan, store, DAY, chans(), timeout=1)
        row = row_of(store, plan, "email")
        assert row.state == "pending" and "deadline" in row.last_error
        assert len(res.delivered) == 1


# -- secrets --------------------------------------------------------------------------

def test_no_secret_from_a_url_reaches_the_outbox(env, store):
    with ScriptedHttp(lambda path: (503, {})) as hook:
        url = f"http://hookuser:tok-SECRET-1@127.0.0.1:{hook.port}/h?token=tok-SECRET-2"
        plan = one_task({"webhook": url})
        res = Engine().tick(plan, store, DAY, chans())
        row = row_of(store, plan, "webhook")
        assert "tok-SECRET" not in row.last_error and "503" in row.last_error
        assert all("tok-SECRET" not in e for _, e in res.failed)
        # userinfo is parsed as credentials (basic auth), the host is 127.0.0.1
        import base64
        auth = hook.requests[0]["headers"]["Authorization"]
        assert base64.b64decode(auth.split()[1]) == b"hookuser:tok-SECRET-1"


def test_a_dead_env_url_leaks_nothing(env, store, monkeypatch):
    monkeypatch.setenv("PLANFLOW_WEBHOOK_URL", "http://u:tok-SECRET-3@127.0.0.1:9/h?k=tok-SECRET-4")
    plan = one_task({"webhook": ""})
    Engine().tick(plan, store, DAY, chans())
    row = row_of(store, plan, "webhook")
    assert row.state == "pending" and "tok-SECRET" not in row.last_error


def test_an_smtp_password_never_reaches_the_outbox(env, store, monkeypatch, tmp_path):
    from .receivers import SmtpReceiver
    with SmtpReceiver(login=("planflow", "right")) as smtp:
        for k, v in smtp.env().items():
            monkeypatch.setenv(k, v)
        monkeypatch.setenv("PLANFLOW_SMTP_USER", "planflow")
        monkeypatch.setenv("PLANFLOW_SMTP_PASSWORD", "pw-SECRET-5")
        plan = one_task({"email": "a@example.org"})
        Engine().tick(plan, store, DAY, chans())
        row = row_of(store, plan, "email")
        assert row.state != "delivered" and "pw-SECRET" not in row.last_error


def test_redact_url():
    assert redact_url("https://u:p@h.example:8443/x?token=abc&x=1") == \
        "https://***@h.example:8443/x?token=***&x=***"
    assert redact_url("http://h/x") == "http://h/x"


# -- signatures ---------------------------------------------------------------------

def test_the_timestamp_is_signed_and_old_requests_are_refused():
    body = b'{"key": "k"}'
    now = 1_700_000_000
    sig = sign(SECRET, body, now)
    assert verify(SECRET, body, str(now), sig, now=now + 10)
    assert not verify(SECRET, body, str(now), sig, max_age=300, now=now + 301)  # a replay
    assert not verify(SECRET, body, str(now + 1), sig, now=now)  # a changed timestamp
    assert not verify(SECRET, body + b" ", str(now), sig, now=now)


# -- the CLI shows failed rows ---------------------------------------------------------

def test_status_and_tick_show_a_permanent_failure(tmp_path):
    with ScriptedHttp(lambda path: (404, {})) as hook:
        plan = tmp_path / "plan.json"
        plan.write_text(json.dumps({
            "document": {"symbol": "3/KH-UBND", "title": "Kế hoạch thử", "date": "2023-01-05"},
            "period": 2023, "calendar": "vn",
            "agencies": [{"id": "a", "name": "Phòng A", "contacts": {"webhook": hook.base + "/gone"}}],
            "tasks": [{"id": "t1", "title": "Việc một", "lead": ["a"], "timeframe": "2023-03-31"}],
        }, ensure_ascii=False), encoding="utf-8")
        env = dict(os.environ, PLANFLOW_DB=str(tmp_path / "t.db"),
                   PLANFLOW_OUTBOX=str(tmp_path / "ob"), PLANFLOW_WEBHOOK_SECRET=SECRET,
                   PLANFLOW_WEBHOOK_RETRIES="0")
        r = subprocess.run([sys.executable, "-m", "planflow", "tick", str(plan), "--at", "2023-03-24"],
                           capture_output=True, text=True, env=env, timeout=60)
        # a Vietnamese plan: the command speaks Vietnamese ("gửi lỗi (không thử lại)")
        assert r.returncode == 0 and "không thử lại" in r.stderr and "404" in r.stderr
        r = subprocess.run([sys.executable, "-m", "planflow", "status", str(plan), "--at",
                            "2023-03-24", "--lang", "en"], capture_output=True, text=True,
                           env=env, timeout=60)
        assert "delivery failed for good: webhook" in r.stdout and "answered 404" in r.stdout
        r = subprocess.run([sys.executable, "-m", "planflow", "status", str(plan), "--at",
                            "2023-03-24", "--json"], capture_output=True, text=True, env=env,
                           timeout=60)
        [f] = json.loads(r.stdout)["failed_deliveries"]
        assert f["channel"] == "webhook" and "404" in f["reason"]
