"""examples/lyson_2023.py end to end, as the README's first command runs it, twice."""

from __future__ import annotations

import mailbox
import subprocess
import sys
from email.header import decode_header, make_header
from pathlib import Path

import docx
import icalendar

from .conftest import ROOT

FILES = [
    "ke-hoach-65-KH-UBND.docx", "ke-hoach-65-KH-UBND.txt", "ke-hoach-65-KH-UBND.html",
    "ke-hoach-65-KH-UBND.ics", "planflow.db", "bao-cao-2023-H1.docx",
    "bao-cao-2023-M9.docx", "bao-cao-2023-Y.docx", "cong-van-don-doc-2023-04-05.docx",
    "tien-do-2023-12-31.html",
]


def _run(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "examples" / "lyson_2023.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=out.parent)


def test_the_example_runs_end_to_end_and_reruns_safely(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(out)
    assert first.returncode == 0, first.stderr
    for name in FILES:
        assert (out / name).is_file(), name
        assert str(out / name) in first.stdout.replace("\n", "")
    box = mailbox.Maildir(out / "outbox", create=False)
    assert len(box) == 27  # the hand-written list of tests/test_lyson_year.py
    subjects = sorted(str(make_header(decode_header(m["Subject"]))) for m in box)
    assert any("Đôn đốc lần 2" in s for s in subjects)
    # the documents open
    plan_docx = docx.Document(str(out / "ke-hoach-65-KH-UBND.docx"))
    assert any(p.text == "KẾ HOẠCH" for p in plan_docx.paragraphs)
    report = docx.Document(str(out / "bao-cao-2023-H1.docx"))
    assert any(p.text == "BÁO CÁO" for p in report.paragraphs)
    cal = icalendar.Calendar.from_ical((out / "ke-hoach-65-KH-UBND.ics").read_bytes())
    # 3 tasks and 6 reports: the two 3-month reports fell due before the plan was issued
    assert len(cal.walk("VEVENT")) == 3 + 6
    assert not (out / "bao-cao-2023-Q1.docx").exists()
    html = (out / "tien-do-2023-12-31.html").read_text(encoding="utf-8")
    assert "<svg" in html and "TIẾN ĐỘ THỰC HIỆN (đến ngày 31/12/2023)" in html
    assert "Công an huyện" in first.stdout and "Quá hạn" in first.stdout
    # a rerun starts the store afresh and gives the same outbox and files
    second = _run(out)
    assert second.returncode == 0, second.stderr
    assert len(mailbox.Maildir(out / "outbox", create=False)) == 27
    again = mailbox.Maildir(out / "outbox", create=False)
    assert sorted(str(make_header(decode_header(m["Subject"]))) for m in again) == subjects
    ics = (out / "ke-hoach-65-KH-UBND.ics").read_bytes()
    assert icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]["uid"] == cal.walk("VEVENT")[0]["uid"]
    assert sorted(p.name for p in out.iterdir() if p.is_file() and not p.name.startswith("planflow.db")) == \
        sorted(n for n in FILES if n != "planflow.db")
