"""For the people in the office: the command line in the plan's language, dates as
dd/mm/yyyy, one line per unit, every plan of the store at once, Excel workbooks.

Real subprocesses of ``planflow`` on real SQLite files (and the cross-plan API on both
dialects); the workbooks are opened with openpyxl and converted by LibreOffice.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import planflow
from planflow import Status, Store

ROOT = Path(__file__).resolve().parents[1]
COMMUNE = ROOT / "examples" / "commune_2026.toml"
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def run(*args: str, env: dict[str, str], ok: bool = True) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=180)
    if ok:
        assert r.returncode == 0, (args, r.stderr)
    return r


def small_plan(symbol: str, lead: str = "cong-an") -> dict:
    return {
        "document": {"symbol": symbol, "title": f"Kế hoạch {symbol}", "date": "2026-01-05"},
        "period": 2026, "calendar": "vn",
        "agencies": [{"id": "cong-an", "name": "Công an xã"}, {"id": "ubnd", "name": "UBND xã"}],
        "tasks": [{"id": "t1", "title": "Rà soát hồ sơ", "lead": [lead], "timeframe": "2026-03-31"},
                  {"id": "t2", "title": "Tổng kết", "lead": ["ubnd"], "timeframe": "2026-06-30"}],
    }


@pytest.fixture
def office(tmp_path: Path) -> tuple[dict[str, str], Path]:
    env = dict(os.environ, PLANFLOW_DB=str(tmp_path / "office.db"),
               PLANFLOW_OUTBOX=str(tmp_path / "ob"))
    env.pop("PLANFLOW_LANG", None)
    env.pop("COLUMNS", None)
    return env, tmp_path


# -- the plan's language -------------------------------------------------------------------

def test_status_speaks_the_plans_language_one_line_per_unit(office):
    env, _ = office
    run("record", str(COMMUNE), "ke-hoach-tuyen-truyen", "--done", "12/3/2026", env=env)
    summary = run("status", str(COMMUNE), "--at", "15/6/2026", env=env).stdout
    lines = summary.splitlines()
    assert lines[0].endswith("— 15/06/2026")
    assert "Theo đơn vị" in summary and "Nội dung quá hạn, theo đơn vị (4)" in summary
    for words in ("đơn vị", "quá hạn", "sắp", "đang", "hoàn", "lâu nhất"):
        assert words in summary, words
    # one line per unit, the overdue items right under them (not 120 lines down)
    assert "Trường THCS An Hòa" in summary and "tuyen-truyen-truong-hoc" in summary
    assert len(lines) < 40, summary
    assert not ISO.search(summary), "dates are dd/mm/yyyy in Vietnamese output"
    assert "19/03/2026" in summary and "--all-items" in summary
    # every table only when asked; ids and dates on one line even in wide tables
    full = run("status", str(COMMUNE), "--at", "15/6/2026", "--all-items", env=env).stdout
    assert "Quá hạn (4)" in full and "Hoàn thành quá hạn (1)" in full and "Theo đơn vị" not in full
    assert any("ke-hoach-tuyen-truyen" in line and "30/01/2026" in line and "12/03/2026" in line
               for line in full.splitlines())
    both = run("status", str(COMMUNE), "--at", "15/6/2026", "--summary", "--all-items", env=env)
    assert "Theo đơn vị" in both.stdout and "Quá hạn (4)" in both.stdout
    # --lang en: the same in English, ISO dates
    en = run("status", str(COMMUNE), "--at", "2026-06-15", "--lang", "en", env=env).stdout
    assert "By unit" in en and "Overdue, by unit (4)" in en and "2026-03-19" in en
    # one unit's items
    unit = run("status", str(COMMUNE), "--at", "15/6/2026", "--agency", "truong-thcs",
               env=env).stdout
    assert "Trường THCS An Hòa: toàn bộ nội dung" in unit and "Công an xã" not in unit
    # --json stays the tools' format: codes and ISO dates, whatever the language
    data = json.loads(run("status", str(COMMUNE), "--at", "15/6/2026", "--json", env=env).stdout)
    assert data["at"] == "2026-06-15" and data["tasks"][0]["done_on"] == "2026-03-12"


def test_every_command_speaks_the_plans_language(office):
    env, tmp = office
    p = str(COMMUNE)
    r = run("record", p, "ra-soat", "--progress", "đã rà soát 3 thôn", "--on", "02/04/2026", env=env)
    assert r.stdout == "đã ghi nhận: ra-soat: tiến độ ngày 02/04/2026 (cong-an-xa)\n"
    r = run("submit", p, "cong-an-xa", "Báo cáo quý I năm 2026", "--on", "25/3/2026", "--ref",
            "12/BC-CA", env=env)
    assert r.stdout.startswith("đã ghi nhận: cong-an-xa: Báo cáo quý I năm 2026, nhận ngày 25/03/2026")
    r = run("record", p, "ra-soat", "--cancel", "--on", "2026-04-03", "--lang", "en", env=env)
    assert r.stdout == "recorded: ra-soat: cancelled on 2026-04-03 by cong-an-xa\n"
    assert run("validate", p, env=env).stdout.strip().endswith("hợp lệ: 5 nhiệm vụ, 6 cơ quan")
    sched = run("schedule", p, env=env).stdout
    assert "Đường găng" in sched and "thời hạn" not in sched and not ISO.search(sched)
    cal = run("calendar", p, "--from", "1/6/2026", "--to", "30/6/2026", env=env).stdout
    assert "các mốc thời hạn" in cal and "30/06/2026" in cal and not ISO.search(cal)
    tick = run("tick", p, "--at", "16/6/2026", "--dry-run", env=env).stdout
    assert tick.startswith("sẽ gửi: ")
    assert run("plans", "add", p, "--by", "văn thư", env=env).stdout.startswith("đã thêm: 15/KH-UBND")
    listed = run("plans", "list", "--lang", "vi", env=env).stdout
    assert "\tlần 1\t" in listed and re.search(r"\t\d\d/\d\d/20\d\d \d\d:\d\d\t", listed)
    assert "\trevision 1\t" in run("plans", "list", env=env).stdout  # no plan: English


@pytest.mark.parametrize(("value", "lang", "message"), [
    ("31/2/2026", "en", "--at: '31/2/2026': no such day (February 2026 has 28 days)"),
    ("12/6/26", "en", "--at: '12/6/26': the year needs four digits"),
    ("2026/06/12", "en", "--at: '2026/06/12' is ambiguous"),
    ("tomorrow", "en", "--at: 'tomorrow' is not a date"),
    # the commune's plan is Vietnamese: so are its errors
    ("31/2/2026", None, "--at: '31/2/2026': không có ngày này (tháng 2/2026 có 28 ngày)"),
    ("12/6/26", None, "--at: '12/6/26': năm cần đủ bốn chữ số"),
    ("2026/06/12", None, "--at: '2026/06/12' không rõ nghĩa"),
    ("tomorrow", None, "--at: 'tomorrow' không phải là ngày"),
])
def test_an_impossible_or_ambiguous_date_is_one_line_exit_2(office, value, lang, message):
    env, _ = office
    r = run("status", str(COMMUNE), "--at", value, *(["--lang", lang] if lang else []), env=env,
            ok=False)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith(f"planflow: {message}") and len(r.stderr.splitlines()) == 1


def test_day_first_and_iso_dates_mean_the_same_day(office):
    env, _ = office
    run("record", str(COMMUNE), "ra-soat", "--progress", "bắt đầu", "--on", "1/4/2026", env=env)
    a = run("status", str(COMMUNE), "--at", "12/6/2026", "--json", env=env).stdout
    b = run("status", str(COMMUNE), "--at", "2026-06-12", "--json", env=env).stdout
    assert a == b and json.loads(a)["at"] == "2026-06-12"


def test_the_core_holds_no_vietnamese_words():
    """The core's words are English; Vietnamese ones come from planflow_vn (through the
    wording's ``phrases``). Docstrings may quote Vietnamese; string literals may not."""
    letters = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323\u1ea0-\u1ef9]")
    bad = []
    for path in sorted((ROOT / "src" / "planflow").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and n.body and isinstance(n.body[0], ast.Expr)
                and isinstance(n.body[0].value, ast.Constant)}
        for n in ast.walk(tree):
            if (isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                    and letters.search(n.value)):
                bad.append(f"{path.name}:{n.lineno}: {n.value[:40]!r}")
    assert not bad, bad


def test_vietnamese_phrases_cover_every_key():
    vi = planflow.wording_for(planflow.plan_from_dict(small_plan("1/KH")))
    from planflow_vn.validation import PROBLEMS as VN_PROBLEMS

    # the core's keys, the words of planflow_vn's own problems, and the words of the import
    # warnings made as planflow.Worded (note.<key>; tests/test_import_words.py checks that
    # the importer makes each of them) and of --help (help.<command> [option];
    # tests/test_cli_words.py checks each names one)
    notes = {k for k in vi.phrases if k.startswith(("note.", "help."))}
    assert vi.language == "vi" and set(vi.phrases) - notes == set(planflow.PHRASES) | {
        f"problem.{key}" for key in VN_PROBLEMS}
    assert planflow.format_day(vi, date(2026, 6, 5)) == "05/06/2026"
    assert planflow.phrase(planflow.EnglishWording(), "col.overdue") == "overdue"


# -- every plan in the store -------------------------------------------------------------------

def test_evaluate_store_answers_what_a_unit_owes_across_plans(tmp_path, store_url):
    paths = []
    for i, lead in ((1, "cong-an"), (2, "cong-an"), (3, "ubnd")):
        path = tmp_path / f"p{i}.json"
        path.write_text(json.dumps(small_plan(f"{i}/KH-UBND", lead), ensure_ascii=False),
                        encoding="utf-8")
        paths.append(path)
    from planflow.loader import plan_text

    with Store.open(store_url) as store:
        for path in paths:
            plan = planflow.load(str(path))
            text, fmt = plan_text(str(path), plan)
            store.add_plan(plan, text, fmt, datetime(2026, 1, 6), by="vt")
        store.record(planflow.load(str(paths[1])), "t1", "done", date(2026, 3, 20), None, "cong-an")
        pf = planflow.evaluate_store(store, date(2026, 4, 10))
        mine = planflow.evaluate_store(store, date(2026, 4, 10), agency="cong-an")
        june = planflow.evaluate_store(store, date(2026, 4, 10), agency="ubnd",
                                       start=date(2026, 6, 1), end=date(2026, 6, 30))
    assert [p.key for p in pf.plans] == [f"{i}/KH-UBND@2026-01-05" for i in (1, 2, 3)]
    assert [p.counts[Status.OVERDUE] for p in pf.plans] == [1, 0, 1]
    assert all(sum(p.counts.values()) == 2 and p.language == "vi" for p in pf.plans)
    assert [(x.plan[:8], x.id, x.status, x.days_late) for x in mine.items] == [
        ("1/KH-UBN", "t1", Status.OVERDUE, 10), ("2/KH-UBN", "t1", Status.DONE_ON_TIME, None)]
    assert [sum(p.counts.values()) for p in mine.plans] == [1, 1, 0]
    # June's items, and the one owed from before June (still overdue) first
    assert [(x.plan[:8], x.id, x.status.value) for x in june.items] == [
        ("3/KH-UBN", "t1", "overdue"), ("1/KH-UBN", "t2", "in_progress"),
        ("2/KH-UBN", "t2", "in_progress"), ("3/KH-UBN", "t2", "in_progress")]
    assert json.loads(json.dumps(june.to_dict()))["items"][0]["due"] == "2026-03-31"


def test_status_all_from_the_command_line(office):
    env, tmp = office
    for i, lead in ((1, "cong-an"), (2, "ubnd")):
        path = tmp / f"p{i}.json"
        path.write_text(json.dumps(small_plan(f"{i}/KH-UBND", lead), ensure_ascii=False),
                        encoding="utf-8")
        run("plans", "add", str(path), env=env)
    out = run("status", "--all", "--at", "10/4/2026", env=env).stdout
    assert "Các kế hoạch đang theo dõi, đến ngày 10/04/2026" in out
    assert "1/KH-UBND" in out and "2/KH-UBND" in out and "Nội dung quá hạn, theo đơn vị (2)" in out
    unit = run("status", "--all", "--agency", "cong-an", "--from", "1/3/2026", "--to",
               "31/3/2026", "--at", "10/4/2026", env=env).stdout
    assert "Nội dung Công an xã phải thực hiện (1)" in unit and "31/03/2026" in unit
    data = json.loads(run("status", "--all", "--agency", "ubnd", "--at", "2026-04-10", "--json",
                          env=env).stdout)
    assert [(x["plan"], x["id"], x["status"], x["days_late"]) for x in data["items"]] == [
        ("2/KH-UBND@2026-01-05", "t1", "overdue", 10), ("1/KH-UBND@2026-01-05", "t2", "in_progress", None),
        ("2/KH-UBND@2026-01-05", "t2", "in_progress", None)]
    assert data["plans"][0]["counts"]["overdue"] == 0 and data["problems"] == []
    en = run("status", "--all", "--at", "10/4/2026", "--lang", "en", env=env).stdout
    assert "Plans in the store on 2026-04-10" in en
    # an error met before the plan is read speaks the plan's language all the same
    for args, message in [(("status",), "give PLAN or --all"),
                          (("status", str(COMMUNE), "--all"), "cho PLAN hoặc --all"),
                          (("status", "--all", "--from", "5/5/2026", "--to", "1/5/2026"), "is after"),
                          (("status", str(COMMUNE), "--from", "1/5/2026"), "chỉ dùng với --all"),
                          (("status", "--all", "--agency", "nope"), "no plan in the store names")]:
        r = run(*args, env=env, ok=False)
        assert r.returncode == 2 and message in r.stderr and len(r.stderr.splitlines()) == 1, r.stderr


# -- Excel -------------------------------------------------------------------------------------

def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui; "
                    ".ci/run installs it)")
    return exe


def _to_csv(xlsx: Path, out: Path) -> str:
    """The first sheet as LibreOffice reads it (CSV, UTF-8)."""
    exe = _soffice()
    profile = out / "lo-profile"
    r = subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                        str(out), str(xlsx)], capture_output=True, text=True, timeout=240)
    csv = out / (xlsx.stem + ".csv")
    if not csv.exists():
        if "could not be loaded" in r.stdout + r.stderr:
            pytest.skip("LibreOffice cannot open spreadsheets here: libreoffice-calc is not "
                        "installed (apt-get install libreoffice-calc-nogui; .ci/run installs it)")
        raise AssertionError(r.stdout + r.stderr)
    return csv.read_text(encoding="utf-8")


def test_status_and_report_workbooks(office):
    from openpyxl import load_workbook

    env, tmp = office
    p = str(COMMUNE)
    run("record", p, "ke-hoach-tuyen-truyen", "--done", "12/3/2026", env=env)
    r = run("status", p, "--at", "15/6/2026", "--xlsx", str(tmp / "status.xlsx"), env=env)
    assert r.stdout.startswith(f"đã ghi {tmp / 'status.xlsx'}")
    wb = load_workbook(tmp / "status.xlsx")
    assert wb.sheetnames == ["Tổng hợp", "Nhiệm vụ", "Báo cáo"]
    ws = wb["Nhiệm vụ"]
    assert ws["A1"].value == "Kế hoạch số 15/KH-UBND ngày 12/01/2026"
    assert ws["A3"].value == "Tình hình đến ngày 15/06/2026"
    header = [c.value for c in ws[5]]
    assert header[:7] == ["TT", "Mã", "Nhiệm vụ", "Cơ quan chủ trì", "Bắt đầu", "Thời hạn",
                          "Tình trạng"]
    assert ws.freeze_panes == "A6"
    first = {h: c for h, c in zip(header, ws[6], strict=True)}
    assert first["Mã"].value == "ke-hoach-tuyen-truyen"
    assert first["Thời hạn"].is_date and first["Thời hạn"].value.date() == date(2026, 1, 30)
    assert first["Thời hạn"].number_format == "dd/mm/yyyy"
    assert first["Ngày hoàn thành"].value.date() == date(2026, 3, 12)
    assert first["Tình trạng"].value == "Hoàn thành quá hạn"
    assert ws.column_dimensions["C"].width == 50 and ws.column_dimensions["B"].width >= 20
    summary = wb["Tổng hợp"]
    assert [c.value for c in summary[5]][:5] == ["Đơn vị", "Quá hạn", "Sắp đến hạn",
                                                 "Đang thực hiện", "Hoàn thành"]
    # a unit's items, every plan of the store, a progress report's tables
    run("status", p, "--at", "15/6/2026", "--agency", "truong-thcs", "--xlsx",
        str(tmp / "unit.xlsx"), env=env)
    unit = load_workbook(tmp / "unit.xlsx")["Nhiệm vụ"]
    assert unit["A4"].value == "Trường THCS An Hòa"
    assert {unit.cell(row=i, column=4).value for i in range(7, unit.max_row + 1)} == {
        "Trường THCS An Hòa"}
    run("plans", "add", p, env=env)
    run("status", "--all", "--at", "15/6/2026", "--xlsx", str(tmp / "all.xlsx"), env=env)
    every = load_workbook(tmp / "all.xlsx")
    assert every.sheetnames == ["Kế hoạch", "Nội dung"]
    assert every["Kế hoạch"]["A3"].value == "Kế hoạch" and every["Kế hoạch"]["A4"].value == "15/KH-UBND"
    items = every["Nội dung"]
    assert items["F4"].is_date and items["F4"].number_format == "dd/mm/yyyy"
    run("render", p, "--what", "report", "--format", "xlsx", "--at", "15/6/2026", "-o",
        str(tmp / "report.xlsx"), env=env)
    report = load_workbook(tmp / "report.xlsx")
    assert report.sheetnames == ["Nhiệm vụ", "Báo cáo"]
    assert report["Báo cáo"]["A4"].value.startswith("Kỳ báo cáo: ")
    assert report["Nhiệm vụ"].freeze_panes == "A7"
    run("render", p, "--format", "xlsx", "-o", str(tmp / "plan.xlsx"), env=env)
    assert load_workbook(tmp / "plan.xlsx")["Nhiệm vụ"]["C4"].value == "Nhiệm vụ"
    # LibreOffice reads them: the same words, dates shown dd/mm/yyyy
    csv = _to_csv(tmp / "status.xlsx", tmp)
    assert "Kế hoạch số 15/KH-UBND ngày 12/01/2026" in csv and "Văn phòng HĐND và UBND xã" in csv
    csv = _to_csv(tmp / "report.xlsx", tmp)
    assert "ke-hoach-tuyen-truyen" in csv and "30/01/2026" in csv and "12/03/2026" in csv
