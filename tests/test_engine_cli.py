"""planflow status/record/submit/tick as real subprocesses: bad input exits 2 with one
line per problem and leaves the store unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLAN = {
    "document": {"symbol": "3/KH-UBND", "title": "Kế hoạch thử", "date": "2023-01-05"},
    "period": 2023, "calendar": "vn",
    "agencies": [{"id": "a", "name": "Phòng A"}, {"id": "top", "name": "UBND"}],
    "tasks": [{"id": "t1", "title": "Việc một", "lead": ["a"], "timeframe": "2023-03-31"}],
    "regime": {"recipient": "top", "periods": [{"name": "Q1", "covers_start": "2023-01-01",
                                                "covers_end": "2023-03-31", "due": "2023-04-10"}]},
}


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env, timeout=60)


@pytest.fixture
def setup(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, PLANFLOW_DB=str(tmp_path / "t.db"), PLANFLOW_OUTBOX=str(tmp_path / "ob"),
               PLANFLOW_LOAD_PLUGINS="vn,channels")
    return plan, env, tmp_path / "t.db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def test_user_errors_speak_the_commands_language(setup, tmp_path):
    """The CLI's own user errors follow the plan's language (Vietnamese for this plan),
    else --lang, else $PLANFLOW_LANG: one line, exit 2."""
    plan, env, db = setup
    cases = [
        # the plan's language, dates dd/mm/yyyy
        (("record", str(plan), "t1", "--done", "2024-01-05"), env,
         "planflow: record: --done 05/01/2024 sau ngày kết thúc kế hoạch (31/12/2023); "
         "thêm --force để vẫn ghi nhận"),
        (("status", str(plan), "--agency", "zz"), env,
         f"planflow: {plan}: --agency: không có cơ quan 'zz' (các cơ quan: a, top)"),
        (("record", str(plan), "t9", "--done", "1/3/2023"), env,
         f"planflow: {plan}: 3/KH-UBND@2023-01-05: kế hoạch không có nhiệm vụ 't9'"),
        (("record", str(plan), "t1", "--done", "1/3/2023", "--by", "zz"), env,
         f"planflow: {plan}: 3/KH-UBND@2023-01-05: kế hoạch không có cơ quan 'zz'"),
        (("submit", str(plan), "a", "Q7", "--on", "1/4/2023"), env,
         f"planflow: {plan}: 3/KH-UBND@2023-01-05: không có kỳ báo cáo 'Q7' (các kỳ: Q1)"),
        # why a date cannot be meant
        (("status", str(plan), "--at", "31/2/2026"), env,
         "planflow: --at: '31/2/2026': không có ngày này (tháng 2/2026 có 28 ngày)"),
        (("record", str(plan), "t1", "--done", "1/3/23"), env,
         "planflow: --done: '1/3/23': năm cần đủ bốn chữ số (DD/MM/YYYY, ví dụ 01/03/2023)"),
        (("submit", str(plan), "a", "Q1", "--on", "2023/04/01"), env,
         "planflow: --on: '2023/04/01' không rõ nghĩa: viết DD/MM/YYYY hoặc YYYY-MM-DD"),
        (("status", str(plan), "--at", "12/13/2026"), env,
         "planflow: --at: '12/13/2026': không có tháng 13 (DD/MM/YYYY: ngày viết trước)"),
        # before any plan is read: --lang, else $PLANFLOW_LANG
        (("status", "--all", "--db", str(tmp_path / "none.db"), "--lang", "vi"), env,
         f"planflow: --db: không có kho dữ liệu tại {tmp_path / 'none.db'} "
         "(record, submit và tick sẽ tạo kho)"),
        (("status", "--all", "--from", "2/1/2026", "--to", "1/1/2026"),
         dict(env, PLANFLOW_LANG="vi"), "planflow: --from 02/01/2026 sau --to 01/01/2026"),
        (("tick",), dict(env, PLANFLOW_LANG="vi"),
         "planflow: tick: cho PLAN hoặc --all, chỉ một trong hai"),
        (("timeframe", "quý I", "--year", "2026", "--period", "1/1/2026..31/3/2026", "--lang", "vi"),
         env, "planflow: chỉ cho --year hoặc --period, không cho cả hai"),
        # English asked for by name
        (("record", str(plan), "t1", "--done", "2024-01-05", "--lang", "en"), env,
         "planflow: record: --done 2024-01-05 is after the plan's end (2023-12-31); "
         "give --force to record it all the same"),
        (("tick",), dict(env, PLANFLOW_LANG="en"),
         "planflow: tick: give PLAN or --all, not both and not neither"),
    ]
    for args, e, line in cases:
        r = run(*args, env=e)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr == line + "\n", (args, r.stderr)
    assert not db.exists()


def test_commands_output_in_the_chosen_language(setup, tmp_path):
    plan, env, db = setup
    r = run("timeframe", "quý III/2026", "--year", "2026", "--lang", "vi", env=env)
    assert r.returncode == 0, r.stderr
    assert "  bắt đầu: 01/07/2026" in r.stdout and "thời hạn: 30/09/2026" in r.stdout
    r = run("timeframe", "quý III/2026", "--year", "2026", env=dict(env, PLANFLOW_LANG="en"))
    assert "     start: 2026-07-01" in r.stdout
    r = run("db", "current", "--db", str(tmp_path / "x.db"), env=dict(env, PLANFLOW_LANG="vi"))
    assert r.returncode == 0, r.stderr
    assert "phiên bản lược đồ 0" in r.stdout and "trống: được tạo khi dùng lần đầu" in r.stdout
    r = run("plugins", "--lang", "vi", env=env)
    assert "Các plugin của planflow" in r.stdout and "mô-đun" in r.stdout
    r = run("plugins", "--json", "--lang", "vi", env=env)
    assert json.loads(r.stdout)[0]["name"]


def test_bad_input_exits_2_and_changes_nothing(setup):
    plan, env, db = setup
    assert run("record", str(plan), "t1", "--progress", "bắt đầu", "--on", "2023-02-01",
               env=env).returncode == 0
    before = digest(db)
    cases = [
        (("record", "nope.json", "t1", "--done", "2023-03-01"), "no such file"),
        (("record", str(plan), "t9", "--done", "2023-03-01"), "no task 't9'"),
        (("record", str(plan), "t1", "--done", "2023-03-01", "--by", "zz"), "no agency 'zz'"),
        (("record", str(plan), "t1", "--done", "2023-02-30"), "no such day (February 2023 has 28 days)"),
        (("record", str(plan), "t1", "--done", "30/2/2023"), "no such day (February 2023 has 28 days)"),
        (("record", str(plan), "t1", "--done", "1/3/23"), "the year needs four digits"),
        (("submit", str(plan), "a", "Q1", "--on", "2023/04/01"), "ambiguous"),
        (("record", str(plan), "t1", "--done", "2024-01-05", "--lang", "en"),
         "--done 2024-01-05 is after the plan's end (2023-12-31); give --force"),
        (("record", str(plan), "t1", "--done", "9999-01-01", "--lang", "en"),
         "--done 9999-01-01 is after today"),
        (("submit", str(plan), "zz", "Q1", "--on", "2023-04-01"), "no agency 'zz'"),
        (("submit", str(plan), "a", "Q7", "--on", "2023-04-01"), "no report period 'Q7'"),
        (("status", str(plan), "--at", "tomorrow"), "not a date"),
    ]
    for args, message in cases:
        r = run(*args, "--lang", "en", env=env)  # the plan is Vietnamese: English asked for
        assert r.returncode == 2, (args, r.stderr)
        assert message in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
        assert all(line.startswith("planflow: ") for line in r.stderr.splitlines())
    assert digest(db) == before


def test_done_after_the_plans_end_with_force(setup):
    plan, env, _ = setup
    r = run("record", str(plan), "t1", "--done", "2024-01-05", "--force", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "đã ghi nhận: t1: hoàn thành ngày 05/01/2024 (a)"


def test_status_json_and_tick(setup, store_url):
    plan, env, _ = setup
    env["PLANFLOW_DB"] = store_url  # on each dialect
    assert run("submit", str(plan), "a", "Q1", "--on", "2023-04-12", "--ref", "9/BC",
               env=env).returncode == 0
    r = run("status", str(plan), "--at", "2023-03-24", "--json", env=env)
    data = json.loads(r.stdout)
    assert data["tasks"][0]["status"] == "due_soon" and data["tasks"][0]["label"] == "Sắp đến hạn"
    assert data["obligations"][0]["status"] == "in_progress"
    assert data["obligations"][0]["reason"].startswith("leads task 't1'")
    assert [e["kind"] for e in data["events"]] == ["reminder"]
    dry = run("tick", str(plan), "--at", "24/3/2023", "--dry-run", env=env)
    assert dry.returncode == 0 and dry.stdout.startswith("sẽ gửi: outbox -> a: [Nhắc việc]")
    dry_en = run("tick", str(plan), "--at", "2023-03-24", "--dry-run", "--lang", "en", env=env)
    assert dry_en.stdout.startswith("would send: outbox -> a: [Nhắc việc]"), dry_en.stdout
    assert not (Path(env["PLANFLOW_OUTBOX"])).exists()
    first = json.loads(run("tick", str(plan), "--at", "2023-03-24", "--json", env=env).stdout)
    again = json.loads(run("tick", str(plan), "--at", "2023-03-24", "--json", env=env).stdout)
    assert len(first["delivered"]) == 1 and again["enqueued"] == again["delivered"] == []
    assert len(os.listdir(Path(env["PLANFLOW_OUTBOX"]) / "new")) == 1
    late = json.loads(run("status", str(plan), "--at", "2023-04-20", "--json", env=env).stdout)
    assert late["obligations"][0]["status"] == "done_late"
