"""Issue 14's smaller promises, each against real files and real subprocesses: contacts
are checked by their channel, files written follow the umask, ICS carries no control
characters, a mistyped --db is not created, CLI output neutralises escape sequences."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

import planflow
from planflow import Agency, Task

from .conftest import make_plan
from .malformed import BASE, _set


def _contacts(**contacts: str) -> list[tuple[str, str]]:
    plan = make_plan([Task("t1", "one", lead=["a"], timeframe="2023-03-31")],
                     [Agency("a", "A", contacts=contacts)])
    return [(p.code, p.where) for p in planflow.validate(plan) if p.severity.value == "error"]


@pytest.mark.parametrize(("contacts", "where"), [
    ({"email": "not-an-address"}, "agencies[0].contacts.email"),
    ({"email": "a@b@c.org"}, "agencies[0].contacts.email"),
    ({"email": "a@localhost"}, "agencies[0].contacts.email"),
    ({"webhook": "ftp://example.org/x"}, "agencies[0].contacts.webhook"),
    ({"webhook": "example.org/hook"}, "agencies[0].contacts.webhook"),
    ({"webhook": "https:///x"}, "agencies[0].contacts.webhook"),
])
def test_a_contact_its_channel_refuses_is_an_error(contacts, where):
    assert _contacts(**contacts) == [("invalid-contact", where)]


@pytest.mark.parametrize("contacts", [
    {"email": "van.thu@ubnd.quangngai.gov.vn"}, {"webhook": "https://u:t@hooks.example/x?k=1"},
    {"outbox": "/srv/outbox"}, {"webhook": "http://127.0.0.1:8080/h"},
])
def test_good_contacts_pass(contacts):
    assert _contacts(**contacts) == []


def test_the_channel_check_is_the_channels_own():
    class Fussy:
        name = "fussy"

        def deliver(self, n):
            pass

        def check_address(self, address):
            return None if address.startswith("F") else "starts with F"

    plan = make_plan([Task("t1", "one", lead=["a"], timeframe="2023-03-31")],
                     [Agency("a", "A", contacts={"fussy": "x"})])
    assert [p.message for p in planflow.contacts_problems(plan, {"fussy": Fussy()})] == [
        "agency 'a': starts with F"]


def run(*args, cwd, umask=None):
    pre = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([sys.executable, "-m", "planflow", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120, preexec_fn=pre,
                          env=dict(os.environ, PLANFLOW_DB=str(cwd / "default.db")))


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_written_files_follow_the_umask(tmp_path, umask):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(BASE, ensure_ascii=False), encoding="utf-8")
    assert run("render", plan, "--format", "txt", "-o", tmp_path / "p.txt", cwd=tmp_path,
               umask=umask).returncode == 0
    assert run("calendar", plan, "--ics", tmp_path / "p.ics", cwd=tmp_path,
               umask=umask).returncode == 0
    for name in ("p.txt", "p.ics"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask


def test_ics_drops_control_characters_and_cli_output_is_clean(tmp_path):
    data = _set(BASE, "tasks.0.title", "Việc\x1b[31m đỏ\x07\rgiả\x00")
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = run("calendar", plan, "--ics", tmp_path / "p.ics", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    ics = (tmp_path / "p.ics").read_bytes()
    assert not any(b < 0x20 and b not in (0x09, 0x0A, 0x0D) for b in ics)
    assert b"\x1b" not in ics and b"Vi\xe1\xbb\x87c[31m \xc4\x91\xe1\xbb\x8f gi\xe1\xba\xa3" in ics
    bad = _set(BASE, "tasks.0.depends_on", ["\x1b]0;owned\x07\r\nplanflow: ok"])
    plan.write_text(json.dumps(bad), encoding="utf-8")
    r = run("validate", plan, cwd=tmp_path)
    assert r.returncode == 2 and "\x1b" not in r.stderr and "\r" not in r.stderr
    assert all(line.startswith(str(plan)) for line in r.stderr.splitlines())


def test_a_mistyped_db_is_not_created_by_read_commands(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(BASE, ensure_ascii=False), encoding="utf-8")
    r = run("status", plan, "--at", "2023-03-01", "--db", tmp_path / "tpyo.db", "--lang", "en",
            cwd=tmp_path)
    assert r.returncode == 2 and "no store at" in r.stderr and not (tmp_path / "tpyo.db").exists()
    r = run("status", plan, "--at", "2023-03-01", "--db", tmp_path / "tpyo.db", cwd=tmp_path)
    # the plan is Vietnamese: so is the line
    assert r.returncode == 2 and "không có kho dữ liệu tại" in r.stderr
    assert not (tmp_path / "tpyo.db").exists()
    # a write command creates it, and then status reads it
    assert run("record", plan, "t1", "--done", "2023-03-01", "--db", tmp_path / "t.db",
               cwd=tmp_path).returncode == 0
    assert run("status", plan, "--at", "2023-03-01", "--db", tmp_path / "t.db",
               cwd=tmp_path).returncode == 0


def test_a_plan_without_tasks_is_a_warning_the_user_sees(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(_set(BASE, "tasks", [])), encoding="utf-8")
    r = run("validate", plan, cwd=tmp_path)
    # a Vietnamese plan: its words
    assert r.returncode == 0 and "cảnh báo: tasks: kế hoạch chưa có nhiệm vụ nào" in r.stdout
    assert "1 cảnh báo" in r.stdout
    r = run("validate", plan, "--lang", "en", cwd=tmp_path)
    assert r.returncode == 0 and "warning: tasks: the plan has no tasks" in r.stdout
