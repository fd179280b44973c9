"""Task lists kept as Excel workbooks: the plan's own export reads back as the plan, a
workbook made by hand (title lines, merged leads, group rows, dates as date cells) reads
its tasks; a file that is not a workbook is one line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

import planflow
from planflow_import.header import read_header
from planflow_import.tables import columns
from planflow_import.text import Para, blocks_from_text, paragraphs
from planflow_import.xlsx import read_xlsx

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True, text=True)


def test_the_plans_own_workbook_reads_back_as_the_plan(tmp_path):
    """`planflow render --format xlsx` of the Lý Sơn plan, imported again: the same tasks,
    leads, partners, times and the plan's number, date and title."""
    seed = ROOT / "examples" / "65-KH-UBND-2023.txt"
    plan_file = tmp_path / "plan.toml"
    assert _run("import", str(seed), "-o", str(plan_file)).returncode == 0
    book = tmp_path / "plan.xlsx"
    r = _run("render", str(plan_file), "--format", "xlsx", "-o", str(book))
    assert r.returncode == 0, r.stderr
    plan = planflow.load(plan_file)
    got = read_xlsx(book).plan
    names = {a.id: a.name for a in plan.agencies}
    got_names = {a.id: a.name for a in got.agencies}
    assert [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners],
             t.timeframe.text, t.timeframe.start, t.timeframe.end) for t in plan.tasks] == \
        [(t.title, [got_names[i] for i in t.lead], [got_names[i] for i in t.partners],
          t.timeframe.text, t.timeframe.start, t.timeframe.end) for t in got.tasks]
    doc, want = got.document, plan.document
    assert (doc.symbol, doc.date, doc.title) == (want.symbol, want.date, want.title)


def _made_by_hand(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append(["Kế hoạch số 14/KH-UBND ngày 09/02/2026 của UBND huyện Đảo Xanh"])
    ws.append(["DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"])
    ws.append([])
    ws.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"])
    ws.append(["I", "NHIỆM VỤ CHUNG"])
    ws.merge_cells("B5:E5")
    ws.append([1.0, "Xây dựng kho dữ liệu dùng chung", "Phòng Văn hóa, Khoa học và Thông tin",
               "Các xã", datetime(2026, 9, 30)])
    ws.append([2.0, "Nâng cấp mạng nội bộ", None, "Phòng Nội vụ", "Quý IV/2026"])
    ws.merge_cells("C6:C7")  # one lead for both
    ws.append([3.0, "Tập huấn kỹ năng số\ncho cán bộ", "Phòng Nội vụ", None, date(2026, 6, 30)])
    hidden = wb.create_sheet("Nháp")
    hidden.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì"])
    hidden.append([9, "Không phải nhiệm vụ", "Phòng Tư pháp"])
    hidden.sheet_state = "hidden"
    wb.save(str(path))


def test_a_workbook_made_by_hand(tmp_path):
    book = tmp_path / "nhiem-vu.xlsx"
    _made_by_hand(book)
    result = read_xlsx(book)
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    assert [(t.title, [names[i] for i in t.lead], t.timeframe.due) for t in plan.tasks] == [
        ("Xây dựng kho dữ liệu dùng chung", ["Phòng Văn hóa, Khoa học và Thông tin"], date(2026, 9, 30)),
        ("Nâng cấp mạng nội bộ", ["Phòng Văn hóa, Khoa học và Thông tin"], date(2026, 12, 31)),
        ("Tập huấn kỹ năng số cho cán bộ", ["Phòng Nội vụ"], date(2026, 6, 30)),
    ]
    assert plan.tasks[1].timeframe.start == date(2026, 10, 1)  # "Quý IV/2026"
    doc = plan.document
    assert (doc.symbol, doc.date) == ("14/KH-UBND", date(2026, 2, 9))
    assert doc.title == "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"
    # and as a command: a plan file that validates
    out = tmp_path / "plan.toml"
    r = _run("import", str(book), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert _run("validate", str(out)).returncode == 0


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken zip", b"not a workbook at all"])
def test_not_a_workbook_is_one_line(tmp_path, content):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(content)
    r = _run("import", str(path), "-o", str(tmp_path / "out.toml"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not (tmp_path / "out.toml").exists()


def test_a_time_in_words_beside_its_two_dates():
    """"Thời gian" (the words) beside "Bắt đầu" | "Thời hạn" (two dates): the words are the
    time, the two dates its start and end; with no words column the two dates are it."""
    cols = columns(("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Bắt đầu", "Thời hạn"))
    assert (cols["timeframe"], cols["start"], cols["end"]) == (3, 4, 5)
    cols = columns(("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Bắt đầu", "Hoàn thành"))
    assert (cols["start"], cols["end"]) == (3, 4) and "timeframe" not in cols


@pytest.mark.parametrize("line, symbol, day", [
    ("Số: 65/KH-UBND ngày 23/3/2023", "65/KH-UBND", date(2023, 3, 23)),
    ("Số: 0129/KH-UBND, ngày 05 tháng 01 năm 2026", "0129/KH-UBND", date(2026, 1, 5)),
])
def test_a_number_line_with_its_day(line, symbol, day):
    text = f"{line}\n\nKẾ HOẠCH\n\nChuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n"
    paras = [p for p in paragraphs(blocks_from_text(text)) if isinstance(p, Para)]
    info = read_header(paras).info
    assert (info.symbol, info.date) == (symbol, day)
