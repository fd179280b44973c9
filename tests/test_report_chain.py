"""A plan that asks for a chain of reports (the districts report to the Sở before 15/11,
the Sở compiles them and reports to the Bộ before 30/11) has both tracked: the importer
folds each other report with a schedule, a recipient and a reporter into the plan's regime
as a part of a ``mixed`` cadence that owns its periods (planflow_vn), so the engine owes
each report to its own recipient. Made-up plans; real subprocesses for the commands."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import planflow

HERE = Path(__file__).resolve().parent
CHAIN = HERE / "data" / "import_words" / "report_chain.txt"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PLANFLOW_LANG", "PLANFLOW_DB")}
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path)


def _imported(tmp_path: Path, text: str | None = None) -> planflow.Plan:
    src = CHAIN
    if text is not None:
        src = tmp_path / "plan.txt"
        src.write_text(text, encoding="utf-8")
    out = tmp_path / "plan.toml"
    r = _run(tmp_path, "import", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    return planflow.load(out)


def test_the_compilers_report_upward_is_tracked_with_the_units(tmp_path: Path) -> None:
    plan = _imported(tmp_path)
    assert plan.regime is not None and plan.regime.cadence == "mixed"
    assert not [p for p in planflow.validate(plan) if p.severity is planflow.Severity.ERROR]
    owed = {(o.agency, o.due, o.recipient) for o in planflow.obligations(plan)}
    # 15/11/2026 is a Sunday and 30/11/2026 a Monday: "trước ngày" moves each to the
    # working day before
    assert owed == {("ubnd-cac-huyen", date(2026, 11, 13), "so-xay-dung"),
                    ("so-xay-dung", date(2026, 11, 27), "bo-xay-dung")}
    upward = [p for p in planflow.report_periods(plan) if p.reporters]
    assert [p.name for p in upward] == ["Báo cáo (hạn 27/11/2026) của Sở Xây dựng gửi Bộ Xây dựng"]
    # its key is apart from the units' period of the same kind (a cascade matches by key)
    assert len({p.match_key for p in planflow.report_periods(plan)}) == 2
    # the sentence read stays where every other one is, marked as tracked
    kept = plan.settings["import"]["reports"]
    assert [r.get("tracked") for r in kept] == [True]


def test_the_clerk_sees_the_upward_report_due(tmp_path: Path) -> None:
    _imported(tmp_path)
    r = _run(tmp_path, "status", str(tmp_path / "plan.toml"), "--at", "2026-11-20",
             "--all-items")
    assert r.returncode == 0, r.stderr
    line = next(x for x in r.stdout.splitlines() if "(hạn 27/11/2026) của Sở Xây dựng" in x)
    cells = [c.strip() for c in line.split("│")]
    assert "Sở Xây dựng" in cells and "27/11/2026" in cells  # who owes it, when
    # the Sở is reminded of its own report
    assert any("nhắc việc" in x and x.endswith("Bộ Xây dựng -> Sở Xây dựng")
               for x in r.stdout.splitlines())


def test_a_report_with_no_recipient_stays_read_but_untracked(tmp_path: Path) -> None:
    text = CHAIN.read_text(encoding="utf-8").replace(
        "tổng hợp báo cáo kết quả thực hiện Kế hoạch gửi Bộ Xây dựng trước ngày 30/11",
        "tổng hợp báo cáo kết quả thực hiện Kế hoạch trước ngày 30/11")
    plan = _imported(tmp_path, text)
    assert plan.regime is not None and plan.regime.cadence == "fixed_days"
    assert {o.agency for o in planflow.obligations(plan)} == {"ubnd-cac-huyen"}
    kept = plan.settings["import"]["reports"]
    assert len(kept) == 1 and "tracked" not in kept[0]


@pytest.mark.parametrize(("reporters", "where", "message"), [
    ('"so-x"', "regime.params.parts[1].reporters:", "expected a list of agency ids, got 'so-x'"),
    ("[1]", "regime.params.parts[1].reporters:", "expected a list of agency ids, got [1]"),
    ('["so-xx"]', "regime.params.parts[1].reporters[0]:", "'so-xx'"),
])
def test_a_parts_own_keys_are_checked(tmp_path: Path, reporters: str, where: str,
                                      message: str) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text(
        'period = "2026-01-01/2026-12-31"\ncalendar = "vn"\n'
        '[document]\ntitle = "Kế hoạch thử"\ndate = "2026-01-05"\n'
        '[[agencies]]\nid = "so-x"\nname = "Sở X"\n[[agencies]]\nid = "bo-y"\nname = "Bộ Y"\n'
        '[[tasks]]\nid = "t1"\ntitle = "Việc"\nlead = ["so-x"]\ntimeframe = "2026-03-31"\n'
        '[regime]\ncadence = "mixed"\nrecipient = "so-x"\n'
        '[[regime.params.parts]]\ncadence = "fixed_days"\ndays = ["15/11"]\n'
        '[[regime.params.parts]]\ncadence = "fixed_days"\ndays = ["30/11"]\n'
        f'reporters = {reporters}\nrecipient = "bo-y"\n', encoding="utf-8")
    r = _run(tmp_path, "validate", str(plan))
    assert r.returncode == 2
    said = [x for x in (r.stdout + r.stderr).splitlines() if where in x]
    assert len(said) == 1 and message in said[0], r.stdout + r.stderr


def test_the_plans_report_speaks_of_its_own_period_unless_another_is_named(
        tmp_path: Path) -> None:
    """On 30/11 the latest period due is the Sở's own report to the Bộ (27/11); the plan's
    progress report is the issuer's, on the plan's own period (13/11), unless asked."""
    _imported(tmp_path)
    plan = str(tmp_path / "plan.toml")
    r = _run(tmp_path, "render", plan, "--format", "txt", "--what", "report", "--at",
             "2026-11-30", "-o", "own.txt")
    assert r.returncode == 0, r.stderr
    own = (tmp_path / "own.txt").read_text(encoding="utf-8")
    assert "(hạn 13/11/2026)" in own and "gửi Bộ Xây dựng" not in own
    r = _run(tmp_path, "render", plan, "--format", "txt", "--what", "report", "--at",
             "2026-11-30", "--period", "Báo cáo (hạn 27/11/2026) của Sở Xây dựng gửi Bộ Xây dựng",
             "-o", "upward.txt")
    assert r.returncode == 0, r.stderr
    upward = (tmp_path / "upward.txt").read_text(encoding="utf-8")
    assert "(hạn 27/11/2026) của Sở Xây dựng gửi Bộ Xây dựng" in upward
    assert "Chưa báo cáo: Sở Xây dựng." in upward


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("Định kỳ trước ngày 31 tháng 3 hằng năm tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ.",
     "Chính phủ"),
    ("Tổng kết vào năm 2030, báo cáo kết quả gửi Thủ tướng Chính phủ.", "Thủ tướng Chính phủ"),
    ("Các đơn vị báo cáo Cục Quản lý thị trường trước ngày 10/12 hằng năm.",
     "Cục Quản lý thị trường"),
    ("Sở Tư pháp báo cáo HĐND tỉnh tại kỳ họp cuối năm, trước ngày 30/11 hằng năm.", "HĐND tỉnh"),
])
def test_the_central_bodies_reports_go_to_are_recipients(sentence: str, recipient: str) -> None:
    from planflow_vn.recipients import recipient_names

    assert recipient_names(sentence)["recipient_name"] == recipient
