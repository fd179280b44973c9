"""Validation problems in the plan's language: every problem's phrase key has English and
Vietnamese words with the same fields, and `planflow validate` prints each broken plan's
problems in Vietnamese for a Vietnamese plan, in English with ``--lang en`` (real
subprocesses; the English lines are ``str(problem)``, as before)."""

from __future__ import annotations

import copy
import json
import os
import re
import string
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow.problem import PROBLEMS
from planflow_vn.validation import PROBLEMS as VN_PROBLEMS

ROOT = Path(__file__).resolve().parents[1]


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name}


def _vi() -> planflow.Wording:
    return planflow.wording_for(planflow.plan_from_dict(_base()))


#: English fields a language may leave out: plural endings
PLURALS = {"s"}


def test_every_problem_key_has_english_and_vietnamese_words_with_the_same_fields():
    vi = _vi()
    english = {**{f"problem.{k}": v for k, v in PROBLEMS.items()},
               **{f"problem.{k}": v for k, v in VN_PROBLEMS.items()}}
    for key, text in PROBLEMS.items():
        assert planflow.PHRASES[f"problem.{key}"] == text
    assert {k for k in vi.phrases if k.startswith("problem.")} == set(english)
    for key, en in english.items():
        words = vi.phrases[key]
        assert unicodedata.normalize("NFC", words) == words, key
        assert _fields(words) <= _fields(en), key
        assert _fields(en) - _fields(words) <= PLURALS, key
    assert (vi.phrases["severity.error"], vi.phrases["severity.warning"]) == ("lỗi", "cảnh báo")


def test_every_problem_the_core_and_planflow_vn_make_has_a_key():
    """No ``Problem(...)`` without words outside problem.py (and the hook's doc example)."""
    for folder in (ROOT / "src" / "planflow", ROOT / "plugins" / "planflow_vn"):
        for path in folder.rglob("*.py"):
            if path.name in ("problem.py", "hookspecs.py"):
                continue
            found = re.findall(r"\bProblem\(", path.read_text(encoding="utf-8"))
            assert not found, path


def test_a_problem_without_a_key_or_words_falls_back_to_its_message():
    vi = _vi()
    bare = planflow.Problem("x", "plain English", "tasks[0]")
    assert planflow.problem_line(vi, bare) == "lỗi: tasks[0]: plain English"
    odd = planflow.Problem.worded("x", "office.odd", {"n": 1}, template="{n} odd")
    assert odd.message == "1 odd" and planflow.problem_message(vi, odd) == "1 odd"
    dated = planflow.Problem.worded("report-due-before-period", "report_due_before_period",
                                    {"period": "Q1", "due": date(2026, 3, 1),
                                     "start": date(2026, 4, 1)})
    assert dated.message == ("report 'Q1' is due 2026-03-01, before the period it covers "
                             "starts (2026-04-01)")
    assert planflow.problem_message(vi, dated) == ("kỳ báo cáo 'Q1' có hạn nộp 01/03/2026, "
                                                   "trước ngày bắt đầu kỳ (01/04/2026)")
    assert planflow.problem_line(planflow.EnglishWording(), dated) == str(dated)
    assert hash(dated) == hash(copy.copy(dated))


# -- planflow validate, a dozen broken plans ---------------------------------------------------

def _base() -> dict:
    return {
        "document": {"symbol": "15/KH-UBND", "title": "Kế hoạch tuyên truyền",
                     "date": "2026-01-05"},
        "period": 2026, "calendar": "vn",
        "agencies": [{"id": "cong-an", "name": "Công an xã"},
                     {"id": "ubnd", "name": "UBND xã"}],
        "tasks": [{"id": "tham-muu", "title": "Tham mưu kế hoạch", "lead": ["cong-an"],
                   "timeframe": "2026-03-31"},
                  {"id": "tong-ket", "title": "Tổng kết", "lead": ["ubnd"],
                   "timeframe": "2026-06-30", "depends_on": ["tham-muu"]}],
    }


def _set(path: str, value: object):
    def change(plan: dict) -> None:
        *head, last = path.split(".")
        here = plan
        for part in head:
            here = here[int(part)] if isinstance(here, list) else here[part]
        if isinstance(here, list):
            here[int(last)] = value
        else:
            here[last] = value
    return change


def _add(path: str, value: object):
    def change(plan: dict) -> None:
        plan[path].append(value)
    return change


#: (name, change to the plan, Vietnamese words, English words) of one error each
BROKEN = [
    ("unknown lead", _set("tasks.0.lead", ["khong-co"]),
     "lỗi: tasks[0].lead[0]: nhiệm vụ 'tham-muu' ghi cơ quan chủ trì 'khong-co' không có "
     "trong danh sách cơ quan",
     "error: tasks[0].lead[0]: task 'tham-muu' names unknown lead agency 'khong-co'"),
    ("unknown partner", _set("tasks.1.partners", ["so-y-te"]),
     "nhiệm vụ 'tong-ket' ghi cơ quan phối hợp 'so-y-te'",
     "task 'tong-ket' names unknown partner agency 'so-y-te'"),
    ("duplicate task", _add("tasks", {"id": "tham-muu", "title": "Lặp", "lead": ["ubnd"],
                                      "timeframe": "2026-05-01"}),
     "lỗi: tasks[2].id: mã nhiệm vụ 'tham-muu' bị trùng (đã dùng tại tasks[0])",
     "error: tasks[2].id: task id 'tham-muu' is used again (first at tasks[0])"),
    ("duplicate agency", _add("agencies", {"id": "ubnd", "name": "UBND xã (2)"}),
     "lỗi: agencies[2].id: mã cơ quan 'ubnd' bị trùng", "agency id 'ubnd' is used again"),
    ("unknown dependency", _set("tasks.1.depends_on", ["khong-co"]),
     "nhiệm vụ 'tong-ket' phụ thuộc vào nhiệm vụ 'khong-co' không có trong kế hoạch",
     "task 'tong-ket' depends on unknown task 'khong-co'"),
    ("cycle", _set("tasks.0.depends_on", ["tong-ket"]),
     "các nhiệm vụ phụ thuộc lẫn nhau thành vòng khép kín: tham-muu (Tham mưu kế hoạch)",
     "dependency cycle: tham-muu (Tham mưu kế hoạch)"),
    ("deadline before dependency", _set("tasks.1.timeframe", "2026-02-27"),
     "nhiệm vụ 'tong-ket' có thời hạn 27/02/2026, trước thời hạn của nhiệm vụ 'tham-muu' mà "
     "nhiệm vụ này phụ thuộc (31/03/2026)",
     "task 'tong-ket' is due 2026-02-27, before task 'tham-muu' it depends on is due 2026-03-31"),
    ("unknown parent agency", _set("agencies.0.parent", "huyen"),
     "lỗi: agencies[0].parent: cơ quan 'cong-an' ghi cơ quan cấp trên 'huyen'",
     "agency 'cong-an' has unknown parent 'huyen'"),
    ("section names an unknown task", _set("sections", [{"heading": "NHIỆM VỤ", "number": "I",
                                                         "role": "tasks", "tasks": ["khac"]}]),
     "lỗi: sections[0].tasks[0]: mục 'NHIỆM VỤ' ghi nhiệm vụ 'khac' không có trong kế hoạch",
     "section 'NHIỆM VỤ' names unknown task 'khac'"),
    ("two durations", _set("tasks.0.duration_days", 5),
     "nhiệm vụ 'tham-muu' ghi cả duration_days (5) và duration_working_days (3)",
     "task 'tham-muu' gives both duration_days (5) and duration_working_days (3): give one"),
    ("date out of range", _set("tasks.1.timeframe", "9100-01-01"),
     "lỗi: tasks[1].timeframe: nhiệm vụ 'tong-ket': ngày 01/01/9100 nằm ngoài các năm từ 1000 "
     "đến 8999", "task 'tong-ket': 9100-01-01 is outside the years 1000 to 8999"),
    ("unreadable timeframe", _set("tasks.0.timeframe", "sớm nhất có thể"),
     "lỗi: tasks[0].timeframe: không đọc được thời hạn 'sớm nhất có thể' của nhiệm vụ "
     "'tham-muu'; hãy ghi một ngày",
     "timeframe 'sớm nhất có thể' of task 'tham-muu'"),
    ("unknown before rule", _set("settings", {"vn": {"before_rule": "som"}}),
     "lỗi: settings.vn.before_rule: không có quy tắc 'trước ngày' 'som'",
     "unknown 'trước ngày' rule 'som'"),
    ("cascade settings", _set("settings", {"cascade": {"agencys": {}}}),
     "lỗi: settings.cascade.agencys: khóa không hợp lệ",
     "error: settings.cascade.agencys: unknown key"),
    ("contact on no channel", _set("agencies.1.contacts", {"bo-cau": "chuong"}),
     "cơ quan 'ubnd' có địa chỉ liên hệ qua kênh 'bo-cau', kênh này chưa được đăng ký",
     "agency 'ubnd' has a contact on 'bo-cau', which is no registered channel"),
]


def _validate(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("PLANFLOW_LANG", None)
    return subprocess.run([sys.executable, "-m", "planflow", "validate", str(path), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@pytest.mark.parametrize(("name", "change", "vi", "en"), BROKEN, ids=[b[0] for b in BROKEN])
def test_validate_prints_each_problem_in_the_plans_language(tmp_path, name, change, vi, en):
    plan = _base()
    plan["tasks"][0]["duration_working_days"] = 3
    change(plan)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")

    viet = _validate(path)
    assert viet.returncode == 2, viet.stderr
    assert "Traceback" not in viet.stderr
    assert vi in viet.stderr, viet.stderr
    assert "error:" not in viet.stderr and "warning:" not in viet.stdout + viet.stderr

    eng = _validate(path, "--lang", "en")
    assert eng.returncode == 2, eng.stderr
    assert en in eng.stderr, eng.stderr
    assert "lỗi:" not in eng.stderr and "cảnh báo:" not in eng.stdout

    # one line per problem, the same problems in both languages; the English lines are
    # the problems as the API gives them (message unchanged)
    # (a date out of range stops every command on loading: "planflow: " opens its lines)
    errors_vi, errors_en = ([line.removeprefix("planflow: ") for line in r.stderr.splitlines()]
                            for r in (viet, eng))
    assert len(errors_vi) == len(errors_en) >= 1
    assert all(line.startswith(f"{path}: lỗi: ") for line in errors_vi), errors_vi
    assert all(line.startswith(f"{path}: error: ") for line in errors_en), errors_en
    errors = [p for p in planflow.validate(planflow.load(str(path)))
              if p.severity is planflow.Severity.ERROR]
    assert errors_en == [f"{path}: {p}" for p in errors]
    assert errors_vi == [f"{path}: {planflow.problem_line(_vi(), p)}" for p in errors]


def test_warnings_too_and_the_json_stays_english(tmp_path):
    plan = _base()
    plan["tasks"][1]["lead"] = []
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    viet = _validate(path)
    assert viet.returncode == 0, viet.stderr
    assert f"{path}: cảnh báo: tasks[1].lead: nhiệm vụ 'tong-ket' chưa có cơ quan chủ trì" \
        in viet.stdout
    eng = _validate(path, "--lang", "en")
    assert f"{path}: warning: tasks[1].lead: task 'tong-ket' has no lead agency" in eng.stdout
    data = json.loads(_validate(path, "--json").stdout)
    assert data == [{"code": "no-lead", "severity": "warning", "where": "tasks[1].lead",
                     "message": "task 'tong-ket' has no lead agency", "subjects": ["tong-ket"]}]


# -- the store's refusals of a record or a submission ------------------------------------------

def test_every_store_refusal_has_english_and_vietnamese_words_with_the_same_fields():
    from planflow.errors import STORE_ERRORS

    vi = _vi()
    assert {k for k in vi.phrases if k.startswith("store.")} == {f"store.{k}" for k in STORE_ERRORS}
    for key, en in STORE_ERRORS.items():
        assert planflow.PHRASES[f"store.{key}"] == en
        assert _fields(vi.phrases[f"store.{key}"]) == _fields(en), key


def test_the_stores_refusals_are_printed_in_the_plans_language(tmp_path):
    plan = str(ROOT / "examples" / "commune_2026.toml")
    db = str(tmp_path / "office.db")
    env = {k: v for k, v in os.environ.items() if k not in ("PLANFLOW_LANG", "PLANFLOW_DB")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "planflow", *args, "--db", db],
                              capture_output=True, text=True, encoding="utf-8", env=env,
                              timeout=120)

    period = "Báo cáo quý I năm 2026"
    assert run("submit", plan, "cong-an-xa", period, "--on", "18/3/2026").returncode == 0
    cases = [
        (("submit", plan, "cong-an-xa", period, "--on", "19/3/2026"),
         "15/KH-UBND@2026-01-12: báo cáo kỳ 'Báo cáo quý I năm 2026' của cong-an-xa đã được "
         "ghi nhận trước đó (ngày nhận 18/03/2026)",
         "15/KH-UBND@2026-01-12: cong-an-xa's report for 'Báo cáo quý I năm 2026' was already "
         "recorded (received 2026-03-18)"),
        (("submit", plan, "ubnd-xa", period, "--on", "19/3/2026"),
         "15/KH-UBND@2026-01-12: ubnd-xa không phải báo cáo kỳ 'Báo cáo quý I năm 2026'",
         "15/KH-UBND@2026-01-12: ubnd-xa owes no report for 'Báo cáo quý I năm 2026'"),
        (("record", plan, "ra-soat", "--progress", " "),
         "ghi nhận tiến độ cần có nội dung", "a progress record needs a note"),
    ]
    for args, vi, en in cases:
        r = run(*args)
        assert r.returncode == 2 and r.stderr == f"planflow: {plan}: {vi}\n", r.stderr
        r = run(*args, "--lang", "en")
        assert r.returncode == 2 and r.stderr == f"planflow: {plan}: {en}\n", r.stderr


def test_plans_add_refuses_a_broken_plan_in_its_language(tmp_path):
    plan = _base()
    plan["tasks"][0]["lead"] = ["khong-co"]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PLANFLOW_LANG", "PLANFLOW_DB")}
    for lang, words in (("vi", "nhiệm vụ 'tham-muu' ghi cơ quan chủ trì 'khong-co' không có "
                               "trong danh sách cơ quan"),
                        ("en", "task 'tham-muu' names unknown lead agency 'khong-co'")):
        r = subprocess.run([sys.executable, "-m", "planflow", "plans", "add", str(path),
                            "--db", str(tmp_path / "office.db"), "--lang", lang],
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
        assert r.returncode == 2
        assert r.stderr == f"planflow: {path}: tasks[0].lead[0]: {words}\n", r.stderr


def test_schedule_of_a_plan_with_a_cycle_says_so_in_its_language(tmp_path):
    plan = _base()
    plan["tasks"][0]["depends_on"] = ["tong-ket"]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    cycle = "tham-muu (Tham mưu kế hoạch) -> tong-ket (Tổng kết) -> tham-muu (Tham mưu kế hoạch)"
    for lang, words in (("vi", f"lỗi: tasks[0].depends_on: các nhiệm vụ phụ thuộc lẫn nhau "
                               f"thành vòng khép kín: {cycle}"),
                        ("en", f"error: tasks[0].depends_on: dependency cycle: {cycle}")):
        r = subprocess.run([sys.executable, "-m", "planflow", "schedule", str(path), "--lang", lang],
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
        assert r.returncode == 2
        assert r.stderr == f"planflow: {path}: {words}\n", r.stderr
