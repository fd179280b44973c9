"""A clerk asking for a report or a reminder letter that cannot be written is told why in
the plan's language, one line, exit code 2 (the English sentence is what the error says in
English: the renderers' API). Made-up plans; real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import planflow
from tests.test_cli_words import english_words

from .made_up import commune_plan_head

HEAD = commune_plan_head("14") + """
[[agencies]]
id = "hop-tac-xa"
name = "Hợp tác xã nông nghiệp Tân Lập"

[[tasks]]
id = "tuyen-truyen"
title = "Tuyên truyền cho bà con nông dân"
lead = ["hop-tac-xa"]
timeframe = "Quý IV/2026"
"""
REGIME = """
[regime]
recipient = "ubnd-xa"

[[regime.periods]]
name = "Báo cáo 6 tháng năm 2026"
covers_start = "2026-01-01"
covers_end = "2026-06-30"
due = "2026-06-20"
reporters = ["hop-tac-xa"]
"""

#: (the plan has a reporting regime, the command's arguments, Vietnamese, English)
CASES = [
    (False, ["--what", "report", "--at", "2026-06-15", "--period", "Báo cáo 6 tháng năm 2026"],
     "kế hoạch không có kỳ báo cáo nào để báo cáo",
     "the plan has no report periods to report on"),
    (True, ["--what", "report", "--at", "2026-06-15", "--period", "Báo cáo năm 2026"],
     "không có kỳ báo cáo 'Báo cáo năm 2026' (các kỳ: Báo cáo 6 tháng năm 2026)",
     "no report period named 'Báo cáo năm 2026' (periods: Báo cáo 6 tháng năm 2026)"),
    (True, ["--what", "reminder", "--at", "2026-06-15"],
     "ngày 15/06/2026 không có việc quá hạn nào của đơn vị mà cơ quan ban hành đôn đốc được",
     "nothing is overdue on 2026-06-15 for a unit the issuer can chase: no reminder letter "
     "to write"),
    (True, ["--what", "report", "--at", "2026-02-15"],
     "báo cáo tiến độ đề ngày 15/02/2026 là trước ngày kế hoạch 14/KH-UBND bắt đầu "
     "(02/03/2026): hãy đề ngày từ 02/03/2026 trở đi",
     "a progress report dated 2026-02-15 would come before the plan 14/KH-UBND started on "
     "2026-03-02: date it on or after 2026-03-02"),
    (True, ["--what", "reminder", "--at", "2026-02-15"],
     "công văn đôn đốc đề ngày 15/02/2026 là trước ngày kế hoạch 14/KH-UBND bắt đầu",
     "a reminder letter dated 2026-02-15 would come before the plan 14/KH-UBND started on"),
]


@pytest.mark.parametrize(("regime", "args", "vietnamese", "english"), CASES)
def test_a_document_that_cannot_be_written_is_said_in_the_plans_language(
        tmp_path: Path, regime: bool, args: list[str], vietnamese: str, english: str) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text(HEAD + (REGIME if regime else ""), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    env["PLANFLOW_DB"] = str(tmp_path / "store.db")
    r = subprocess.run([sys.executable, "-m", "planflow", "record", str(plan), "tuyen-truyen",
                        "--progress", "đã in tờ rơi", "--on", "05/03/2026"],
                       capture_output=True, text=True, env=env)  # the store, created
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "planflow", "render", str(plan), "--format",
                        "docx", *args, "-o", str(tmp_path / "out.docx")],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and vietnamese in lines[0], r.stderr
    assert english_words(lines[0]) == [], lines[0]
    assert not (tmp_path / "out.docx").exists()  # nothing half-written
    # the same error through the API: its English sentence
    plan_obj = planflow.load(str(plan))
    at = planflow.to_date(args[args.index("--at") + 1])
    state = planflow.evaluate(plan_obj, planflow.Snapshot((), ()), at)
    what = args[args.index("--what") + 1]
    period = args[args.index("--period") + 1] if "--period" in args else None
    context = planflow.RenderContext(what=what, at=at, state=state, period=period)
    with pytest.raises(planflow.PluginError) as e:
        planflow.default_registry().renderer("docx", what).render(plan_obj, context)
    assert english in str(e.value)


UNNAMED = """\
calendar = "vn"

[document]
kind = "KH"
issuer = "Trường Trung học cơ sở Tân Lập"
place = "Tân Lập"
date = "2026-03-02"

[[agencies]]
id = "to-chuyen-mon"
name = "Tổ chuyên môn"

[[tasks]]
id = "on-tap"
title = "Ôn tập cho học sinh lớp 9"
lead = ["to-chuyen-mon"]
timeframe = "Quý II/2026"
"""


@pytest.mark.parametrize("args", [["status", "{plan}", "--at", "15/6/2026"],
                                  ["plans", "add", "{plan}"],
                                  ["tick", "{plan}", "--at", "15/6/2026", "--dry-run"],
                                  ["validate", "{plan}", "--db", "{db}"]])
def test_a_plan_with_no_symbol_or_title_to_track_is_told_so_in_its_language(
        tmp_path: Path, args: list[str]) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text(UNNAMED, encoding="utf-8")
    db = tmp_path / "store.db"
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    env["PLANFLOW_DB"] = str(db)
    subprocess.run([sys.executable, "-m", "planflow", "db", "upgrade"], env=env, check=True,
                   capture_output=True)  # the store, created
    r = subprocess.run([sys.executable, "-m", "planflow",
                        *(a.format(plan=plan, db=db) for a in args)],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and "kế hoạch không có số, ký hiệu hay tên để theo dõi" in lines[0]
    assert english_words(lines[0]) == [], lines[0]
