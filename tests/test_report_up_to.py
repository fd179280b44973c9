"""A progress report of a plan with no report periods (none stated, or its reporting
sentence not read on import) speaks of the plan up to its day ("kết quả thực hiện đến
ngày 15/6/2026") instead of being refused: an office asked for an ad hoc report still
writes one. A Party body's report takes its own number form ("Số -BC/TU"). Real
subprocesses, documents read back with python-docx and openpyxl; made-up plans."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .test_cli_docs_errors import HEAD, REGIME


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    env["PLANFLOW_DB"] = str(tmp_path / "store.db")
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env)


def _plan(tmp_path: Path, text: str) -> Path:
    plan = tmp_path / "p.toml"
    plan.write_text(text, encoding="utf-8")
    r = _run(tmp_path, "record", str(plan), "tuyen-truyen", "--progress", "đã in tờ rơi",
             "--on", "05/03/2026")
    assert r.returncode == 0, r.stderr
    return plan


def _docx_text(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    return [p.text for p in d.paragraphs]


def test_a_plan_with_no_report_periods_is_reported_on_up_to_the_day(tmp_path: Path) -> None:
    plan = _plan(tmp_path, HEAD)
    out = tmp_path / "r.docx"
    r = _run(tmp_path, "render", str(plan), "--format", "docx", "--what", "report", "--at",
             "2026-06-15", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = _docx_text(out)
    assert any(x.startswith("Kết quả thực hiện Kế hoạch số 14/KH-UBND")
               and x.endswith(", đến ngày 15/6/2026") for x in text), text
    assert any(x.endswith("báo cáo kết quả thực hiện đến ngày 15/6/2026 như sau:") for x in text)
    assert any(x.startswith("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 14/KH-UBND")
               and ", đến ngày 15/6/2026, của " in x for x in text), text
    joined = "\n".join(text)
    # no reporting regime to account for: no section on it, no "kỳ" that does not exist
    assert "chế độ báo cáo" not in joined and "Chưa báo cáo" not in joined
    assert "kỳ đến ngày" not in joined
    # the task and its recorded progress are there (a table)
    import docx

    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert "Tuyên truyền cho bà con nông dân" in cells and any("đã in tờ rơi" in c for c in cells)


def test_the_workbook_says_up_to_which_day(tmp_path: Path) -> None:
    plan = _plan(tmp_path, HEAD)
    out = tmp_path / "r.xlsx"
    r = _run(tmp_path, "render", str(plan), "--format", "xlsx", "--what", "report", "--at",
             "2026-06-15", "-o", str(out))
    assert r.returncode == 0, r.stderr
    import openpyxl

    wb = openpyxl.load_workbook(out)
    values = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
              if c.value is not None]
    assert "Tình hình đến ngày 15/06/2026" in values, values[:12]
    assert not any(v.startswith("Kỳ báo cáo") for v in values), values[:12]
    assert "Tuyên truyền cho bà con nông dân" in values


def test_a_plan_with_periods_keeps_its_period(tmp_path: Path) -> None:
    plan = _plan(tmp_path, HEAD + REGIME)
    out = tmp_path / "r.docx"
    r = _run(tmp_path, "render", str(plan), "--format", "docx", "--what", "report", "--at",
             "2026-06-25", "-o", str(out))
    assert r.returncode == 0, r.stderr
    joined = "\n".join(_docx_text(out))
    assert "kỳ 6 tháng năm 2026" in joined and "đến ngày 25/6/2026" not in joined
    assert "Tình hình thực hiện chế độ báo cáo 6 tháng năm 2026" in joined


@pytest.mark.parametrize("symbol, number", [("14/KH-UBND", "Số:      /BC-UBND"),
                                            ("104-CTr/TU", "Số      -BC/TU"),
                                            ("3260-KH/ĐĐQH15", "Số      -BC/ĐĐQH15")])
def test_the_reports_number_follows_the_issuers_form(tmp_path: Path, symbol: str,
                                                      number: str) -> None:
    plan = _plan(tmp_path, HEAD.replace('"14/KH-UBND"', f'"{symbol}"'))
    assert symbol in plan.read_text(encoding="utf-8")
    out = tmp_path / "r.txt"
    r = _run(tmp_path, "render", str(plan), "--format", "txt", "--what", "report", "--at",
             "2026-06-15", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert number in out.read_text(encoding="utf-8").splitlines()


PARTY = (HEAD.replace('symbol = "14/KH-UBND"', 'symbol = "14-KH/ĐU"')
         .replace('issuer = "Ủy ban nhân dân xã Tân Lập"', 'issuer = "Đảng ủy xã Tân Lập"'))


@pytest.mark.parametrize("what", ["plan", "report"])
def test_a_party_bodys_documents_carry_the_partys_header(tmp_path: Path, what: str) -> None:
    """A Party body's plan (Đảng ủy, Tỉnh ủy …; "14-KH/ĐU") and what planflow writes from
    it carry "ĐẢNG CỘNG SẢN VIỆT NAM" where the State's carry the national motto
    (Hướng dẫn 36-HD/VPTW), and "Số 14-KH/ĐU" without a colon."""
    assert 'symbol = "14-KH/ĐU"' in PARTY and "Đảng ủy xã Tân Lập" in PARTY
    plan = _plan(tmp_path, PARTY)
    out = tmp_path / "d.txt"
    r = _run(tmp_path, "render", str(plan), "--format", "txt", "--what", what, "--at",
             "2026-06-15", "-o", str(out))
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in lines
    assert "Độc lập - Tự do - Hạnh phúc" not in lines
    assert ("Số 14-KH/ĐU" if what == "plan" else "Số      -BC/ĐU") in lines
    word = tmp_path / "d.docx"
    r = _run(tmp_path, "render", str(plan), "--format", "docx", "--what", what, "--at",
             "2026-06-15", "-o", str(word))
    assert r.returncode == 0, r.stderr
    import docx

    head = [p for t in docx.Document(str(word)).tables[:1] for c in t.rows[0].cells
            for p in c.paragraphs if p.text]
    party = [p for p in head if p.text == "ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert len(party) == 1 and all(r.font.underline for r in party[0].runs), [p.text for p in head]
    assert not any("Độc lập" in p.text for p in head)
    # the star under the body's name (no rule: a rule is a bottom border on an empty line)
    left = [p for p in docx.Document(str(word)).tables[0].rows[0].cells[0].paragraphs]
    texts = [p.text for p in left]
    assert texts[texts.index("ĐẢNG ỦY XÃ TÂN LẬP") + 1] == "*", texts
    assert not [p for p in left if not p.text and p._p.pPr is not None
                and p._p.pPr.find(docx.oxml.ns.qn("w:pBdr")) is not None]
    assert "*" in lines  # and in plain text


def test_a_state_bodys_documents_keep_the_national_motto(tmp_path: Path) -> None:
    plan = _plan(tmp_path, HEAD)
    out = tmp_path / "d.txt"
    r = _run(tmp_path, "render", str(plan), "--format", "txt", "-o", str(out))
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and "Độc lập - Tự do - Hạnh phúc" in lines
    assert "Số: 14/KH-UBND" in lines and "ĐẢNG CỘNG SẢN VIỆT NAM" not in lines
    assert "*" not in lines
    word = tmp_path / "d.docx"
    r = _run(tmp_path, "render", str(plan), "--format", "docx", "-o", str(word))
    assert r.returncode == 0, r.stderr
    import docx

    left = list(docx.Document(str(word)).tables[0].rows[0].cells[0].paragraphs)
    assert "*" not in [p.text for p in left]
    assert [p for p in left if not p.text and p._p.pPr is not None
            and p._p.pPr.find(docx.oxml.ns.qn("w:pBdr")) is not None]  # the rule
