"""Channels against real receivers on 127.0.0.1 (aiosmtpd, an HTTP server in a thread),
and the tick's delivery rules: rerun sends nothing twice, failures are recorded and
retried with backoff, one failing channel does not block the others."""

from __future__ import annotations

import hashlib
import hmac
import mailbox
import os
from datetime import date, datetime, timedelta

import pytest

import planflow
from planflow import Agency, Engine, Store, Task

from .conftest import make_plan
from .receivers import HttpReceiver, SmtpReceiver, self_signed

SECRET = "s3cret-khóa"
DUE = date(2023, 3, 31)
DAY = date(2023, 3, 24)  # 5 working days before DUE: reminders fire


def plan_for(smtp_addr="a@example.org", hook_url="http://127.0.0.1:9/none", title="Báo cáo tình hình",
             name_a="Phòng Lao động, Thương binh và Xã hội"):
    return make_plan(
        [Task("t1", title, lead=["a"], timeframe=f"2023-03-01/{DUE.isoformat()}"),
         Task("t2", "Tuyên truyền", lead=["b"], timeframe=DUE.isoformat())],
        [Agency("a", name_a, contacts={"email": smtp_addr, "webhook": hook_url}),
         Agency("b", "Công an huyện"), Agency("top", "UBND huyện")],
        calendar="vn")


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


def test_outbox_maildir_is_readable_and_written_once(env, store):
    plan = plan_for()
    chans = {"outbox": planflow.default_registry().channels()["outbox"]}
    res = Engine().tick(plan, store, DAY, chans)
    # a's contacts name no registered channel here: both agencies fall back to the outbox
    assert len(res.delivered) == 2 and not res.failed
    box = mailbox.Maildir(env / "outbox", create=False)
    msgs = list(box)
    assert len(msgs) == 2
    subjects = sorted(str(m["Subject"]) for m in msgs)
    decoded = sorted(str(__import__("email").header.make_header(
        __import__("email").header.decode_header(s))) for s in subjects)
    assert decoded[0].startswith("[Nhắc việc] Còn 5 ngày làm việc đến hạn")
    # the same notification again (a rerun after a crash) adds no file
    note = planflow.row_notification(store.outbox(plan)[0])
    chans["outbox"].deliver(note)
    assert len(list(mailbox.Maildir(env / "outbox", create=False))) == 2
    assert Engine().tick(plan, store, DAY, chans).delivered == ()


def test_email_utf8_headers_and_deterministic_message_id(env, store, monkeypatch):
    with SmtpReceiver() as smtp:
        for k, v in smtp.env().items():
            monkeypatch.setenv(k, v)
        plan = plan_for()
        res = Engine().tick(plan, store, DAY, {"email": planflow.default_registry().channels()["email"],
                                               "outbox": planflow.default_registry().channels()["outbox"]})
        assert not res.failed, res.failed
        [msg] = smtp.messages
        row = next(r for r in store.outbox(plan) if r.channel == "email")
        digest = hashlib.sha256(row.key.encode()).hexdigest()[:32]
        assert str(msg["Message-ID"]) == f"<{digest}@planflow.invalid>"
        assert str(msg["Subject"]).startswith("[Nhắc việc] Còn 5 ngày làm việc đến hạn")
        assert msg["To"].addresses[0].display_name == "Phòng Lao động, Thương binh và Xã hội"
        assert msg["To"].addresses[0].addr_spec == "a@example.org"
        body = msg.get_content()
        assert "Kính gửi: Phòng Lao động, Thương binh và Xã hội." in body
        assert smtp.handler.envelopes == [("planflow@example.org", ["a@example.org"])]
        # rerun the same day: nothing sent twice
        again = Engine().tick(plan, store, DAY, {c: planflow.default_registry().channels()[c]
                                                 for c in ("email", "outbox")})
        assert again.enqueued == again.delivered == ()
        assert len(smtp.messages) == 1


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_email_over_tls_with_login(env, store, monkeypatch, security, tmp_path):
    cert = self_signed(tmp_path)
    with SmtpReceiver(tls=security, cert=cert, login=("planflow", "mat-khau-2023")) as smtp:
        for k, v in smtp.env(security).items():
            monkeypatch.setenv(k, v)
        monkeypatch.setenv("PLANFLOW_SMTP_CAFILE", str(cert[0]))
        monkeypatch.setenv("PLANFLOW_SMTP_USER", "planflow")
        monkeypatch.setenv("PLANFLOW_SMTP_PASSWORD", "mat-khau-2023")
        chans = {c: planflow.default_registry().channels()[c] for c in ("email", "outbox")}
        res = Engine().tick(plan_for(), store, DAY, chans)
        assert not res.failed, res.failed
        assert len(smtp.messages) == 1
        assert msg_is_tls(smtp)


def msg_is_tls(smtp):
    """One message reached a's address. The server refuses mail before STARTTLS (or
    speaks only TLS) and requires AUTH, so arriving at all proves both were used."""
    return len(smtp.messages) == 1 and smtp.handler.envelopes[0][1] == ["a@example.org"]


def test_cr_lf_in_names_and_titles_cannot_inject_headers(env, store, monkeypatch):
    with SmtpReceiver() as smtp:
        for k, v in smtp.env().items():
            monkeypatch.setenv(k, v)
        plan = plan_for(title="Việc\r\nBcc: victim@evil.example\r\n\r\nbody",
                        name_a="Phòng A\r\nBcc: victim@evil.example")
        res = Engine().tick(plan, store, DAY, {c: planflow.default_registry().channels()[c]
                                               for c in ("email", "outbox")})
        assert not res.failed, res.failed
        [msg] = smtp.messages
        assert msg["Bcc"] is None
        assert smtp.handler.envelopes[0][1] == ["a@example.org"]
        assert "\n" not in str(msg["Subject"]) and "Bcc: victim" in str(msg["Subject"])
        assert [a.addr_spec for a in msg["To"].addresses] == ["a@example.org"]


def test_webhook_is_signed_and_carries_the_key(env, store):
    with HttpReceiver() as hook:
        plan = plan_for(hook_url=hook.url)
        res = Engine().tick(plan, store, DAY, {c: planflow.default_registry().channels()[c]
                                               for c in ("webhook", "outbox")})
        assert not res.failed, res.failed
        [req] = hook.requests
        ts = req["headers"]["X-Planflow-Timestamp"]
        sig = hmac.new(SECRET.encode(), ts.encode() + b"." + req["body"], hashlib.sha256).hexdigest()
        assert req["headers"]["X-Planflow-Signature"] == f"sha256={sig}"
        key = req["json"]["key"]
        assert key in res.delivered and "|webhook" in key
        assert req["headers"]["Idempotency-Key"] == hashlib.sha256(key.encode()).hexdigest()[:32]
        assert req["json"]["subject"] == {"type": "task", "id": "t1", "title": "Báo cáo tình hình"}
        assert req["json"]["event"] == "reminder" and req["json"]["tier"] == 5


def test_webhook_retries_a_503_inside_one_delivery(env, store, monkeypatch):
    monkeypatch.setenv("PLANFLOW_WEBHOOK_RETRIES", "2")
    with HttpReceiver(fail=2) as hook:
        res = Engine().tick(plan_for(hook_url=hook.url), store, DAY,
                            {c: planflow.default_registry().channels()[c] for c in ("webhook", "outbox")})
        assert not res.failed and len(hook.requests) == 1


def test_failure_is_recorded_retried_with_backoff_and_blocks_no_other_channel(env, store):
    chans = planflow.default_registry().channels()
    with HttpReceiver(fail=1) as hook:
        plan = make_plan(
            [Task("t1", "one", lead=["a"], timeframe=DUE.isoformat()),
             Task("t2", "two", lead=["b"], timeframe=DUE.isoformat())],
            [Agency("a", "A", contacts={"webhook": hook.url}), Agency("b", "B")], calendar="vn")
        now = datetime.combine(DAY, datetime.min.time()).replace(hour=8)
        res = Engine().tick(plan, store, now, chans)
        assert [k for k, _ in res.failed] == [r.key for r in store.outbox(plan) if r.channel == "webhook"]
        assert len(res.delivered) == 1  # b's outbox message went out regardless
        [row] = [r for r in store.outbox(plan) if r.channel == "webhook"]
        assert row.state == "pending" and row.attempts == 1 and "503" in row.last_error
        assert row.next_attempt == now + timedelta(minutes=5)
        # before the backoff has passed nothing is tried
        assert Engine().tick(plan, store, now + timedelta(minutes=4), chans).delivered == ()
        assert hook.requests == []
        res = Engine().tick(plan, store, now + timedelta(minutes=5), chans)
        assert res.delivered == (row.key,)
        [row] = [r for r in store.outbox(plan) if r.channel == "webhook"]
        assert row.state == "delivered" and row.attempts == 2 and row.last_error is None
        assert len(hook.requests) == 1


def test_a_closed_subject_withdraws_its_pending_notifications(env, store):
    plan = make_plan([Task("t1", "one", lead=["a"], timeframe=DUE.isoformat())],
                     [Agency("a", "A", contacts={"webhook": "http://127.0.0.1:9/"})], calendar="vn")
    chans = planflow.default_registry().channels()
    res = Engine().tick(plan, store, DAY, chans)
    assert len(res.failed) == 1
    store.record(plan, "t1", "done", DAY)
    res = Engine().tick(plan, store, datetime.combine(DAY, datetime.max.time()), chans)
    assert len(res.withdrawn) == 1 and not res.failed
    assert [r.state for r in store.outbox(plan)] == ["withdrawn"]


def test_outbox_folder_made_by_several_processes_at_once(tmp_path):
    """Ticks starting together each make the Maildir folders: none of them fails."""
    import subprocess
    import sys

    code = ("import os, planflow; from datetime import date\n"
            "ch = planflow.default_registry().channels()['outbox']\n"
            "n = planflow.Notification(key=f'k{os.getpid()}', plan='p', subject_type='task', "
            "subject='t', event='reminder', tier=1, recipient='a', recipient_name='A', "
            "channel='outbox', address=os.environ['BOX'], subject_line='s', body='b', payload={})\n"
            "ch.deliver(n)\n")
    for round_ in range(3):
        box = tmp_path / f"box{round_}"
        env = dict(os.environ, BOX=str(box), PLANFLOW_LOAD_PLUGINS="channels")
        procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE,
                                  text=True) for _ in range(6)]
        errs = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, errs
        assert len(os.listdir(box / "new")) == 6
