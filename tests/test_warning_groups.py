"""The same import warning at many places is printed once, naming the places
(:meth:`planflow.Worded.grouped`); the warning list itself keeps every one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import planflow
from planflow import Worded

from .made_up import commune_plan_head

ROOT = Path(__file__).resolve().parents[1]
PLAN_TIME = ROOT / "tests" / "data" / "import_words" / "plan_time.txt"


def _tf(where: str, text: str = "Từ tháng 4 năm 2026 đến hết năm 2027") -> Worded:
    return Worded.of("{where}: timeframe '{text}': {warning}", "tf_warning", where=where,
                     text=text, warning="the plan's own time")


def test_a_warning_at_several_lines_is_one_note_naming_them_where_the_first_stood():
    plain = "a warning with no words of its own"
    other = _tf("line 4", "Quý II/2026")
    notes = [_tf("line 7"), plain, other, _tf("line 9"), _tf("line 12")]
    got = Worded.grouped(notes)
    assert got[1:] == [plain, other]
    assert got[1] is plain and got[2] is other  # seen once: the same object
    assert str(got[0]) == ("line 7, 9, 12: timeframe 'Từ tháng 4 năm 2026 đến hết năm 2027': "
                           "the plan's own time")
    assert isinstance(got[0], Worded) and got[0].key == "tf_warning"


def test_a_grouped_warning_is_said_in_the_plans_language_with_its_places():
    result = planflow.default_registry().importer_for(PLAN_TIME).read(PLAN_TIME)
    grouped = Worded.grouped(result.warnings)
    assert len(grouped) < len(result.warnings)
    vi = planflow.wording_for(result.plan, "vi")
    said = [planflow.note_message(vi, n) for n in grouped]
    assert [s for s in said if s.startswith("dòng 17, 20: thời gian 'Từ tháng 4 năm 2026")], said


def test_only_the_same_warning_and_the_same_kind_of_place_are_grouped():
    notes = [_tf("line 3"), _tf("row 3"), _tf("line 5", "Quý III/2026"), _tf("line 8"),
             _tf("page 2, table 1, row 4"), _tf("page 2, table 1, row 5")]
    got = Worded.grouped(notes)
    assert [str(n).split(":")[0] for n in got] == [
        "line 3, 8", "row 3", "line 5", "page 2, table 1, row 4", "page 2, table 1, row 5"]


def test_many_places_show_the_first_and_the_count():
    got = Worded.grouped([_tf(f"line {n}") for n in range(10, 60, 5)], shown=4)
    assert len(got) == 1
    assert str(got[0]).startswith("line 10, 15, 20, 25, … (10×): timeframe")


def test_the_import_command_prints_each_repeated_warning_once_and_json_keeps_all(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(PLAN_TIME), "-o",
                        str(tmp_path / "p.toml")], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    grouped = [ln for ln in lines if "thời gian chung của cả kế hoạch" in ln]
    assert len(grouped) == 1 and ": dòng 17, 20: " in grouped[0], r.stderr
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(PLAN_TIME), "--json"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    every = json.loads(r.stdout)["warnings"]
    assert sum("line 17:" in w or "line 20:" in w for w in every) >= 2
    # the count a clerk reads is every warning, printed or grouped
    assert f"{len(every)} lưu ý" in r.stderr.splitlines()[-2]  # then how the times were read


# -- a plan file keeps its warnings' words; validate says them in Vietnamese ----------------

PLAN = commune_plan_head("12") + """
[[tasks]]
id = "tuyen-truyen"
title = "Tuyên truyền cho bà con nông dân"
lead = ["ubnd-xa"]
timeframe = "Trước mùa mưa bão"

[[tasks]]
id = "kiem-tra"
title = "Kiểm tra đồng ruộng"
lead = ["ubnd-xa"]
timeframe = {{ kind = "recurring", recurrence = "yearly", text = "hằng năm" }}

[[tasks]]
id = "tong-ket"
title = "Tổng kết"
lead = ["ubnd-xa"]
timeframe = {{ kind = "window", text = "cuối năm" }}

[[tasks]]
id = "nghiem-thu"
title = "Nghiệm thu"
lead = ["ubnd-xa"]
timeframe = {{ kind = "deadline", text = "khi xong" }}

[[tasks]]
id = "bao-cao"
title = "Báo cáo"
lead = ["ubnd-xa"]
timeframe = {{ kind = "recurring", text = "định kỳ" }}

[[tasks]]
id = "khac"
title = "Việc khác"
lead = ["ubnd-xa"]
timeframe = {{ kind = "unresolved", text = "tùy tình hình" }}

[[tasks]]
id = "ra-soat"
title = "Rà soát diện tích"
lead = ["ubnd-xa"]
timeframe = {{ kind = "continuous", start = "2026-03-02", end = "2026-12-31", warnings = [
  {{ text = "the plan's own time: continuous", key = "plan_time", fields = {{ time = "Năm 2026" }} }},
] }}

[settings.engine]
untracked = "{untracked}"
"""


@pytest.mark.parametrize("untracked", ["accept", "error"])
def test_validate_says_the_reasons_a_time_is_not_tracked_in_vietnamese(tmp_path, untracked):
    from tests.test_cli_words import english_words

    plan = tmp_path / "p.toml"
    plan.write_text(PLAN.format(untracked=untracked), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    r = subprocess.run([sys.executable, "-m", "planflow", "validate", str(plan)],
                       capture_output=True, text=True, env=env)
    lines = r.stdout.splitlines() + r.stderr.splitlines()
    said = "\n".join(lines)
    assert r.returncode == (0 if untracked == "accept" else 2), said  # errors: exit 2
    for words in ("Trước mùa mưa bão", "không có kỳ nào trong thời gian của kế hoạch",
                  "khoảng thời gian không có ngày cụ thể", "'khi xong' của nhiệm vụ 'nghiem-thu': "
                  "thời hạn không có ngày cụ thể", "công việc lặp lại nhưng không có kỳ nào",
                  "không bộ đọc nào hiểu các từ này",
                  "thời gian chung của cả kế hoạch: nhiệm vụ thực hiện thường xuyên"):
        assert words in said, said
    # field paths (tasks[1].timeframe) and settings keys may stay as they are
    assert [ln for ln in lines if set(english_words(ln)) - {"tasks"}] == [], said


def test_a_worded_warning_round_trips_through_the_plan_file():
    w = Worded.of("{where}: timeframe '{text}': {warning}", "tf_warning", where="line 3",
                  text="Quý II", warning=Worded.of("no {what} on {day}", "x_y", what="quarter",
                                                   day=planflow.to_date("2026-04-01")))
    joined = Worded.joined("; ", [w, "plain"])
    for note in (w, joined, "plain"):
        back = Worded.from_data(Worded.to_data(note))
        assert back == note and getattr(back, "key", None) == getattr(note, "key", None)
        assert getattr(back, "fields", None) == getattr(note, "fields", None)
    with pytest.raises(ValueError, match="a warning is text or a table"):
        Worded.from_data({"text": 3})
