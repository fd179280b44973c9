"""`planflow validate` says the same warning for the same field of many tasks once, naming
the tasks' places as runs ("tasks[0-2, 5].timeframe (4×): …"); other problems keep their
own lines, errors go to stderr, --json keeps every problem. The real command as a process,
on a made-up plan file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planflow.cli import _task_span

from .made_up import SIGNED, plan_head


def _plan(tmp_path: Path, tasks: list[str], extra: str = "") -> Path:
    text = ('period = "2026-01-01/2026-12-31"\ncalendar = "vn"\n\n'
            '[document]\nnumber = "9"\nsymbol = "9/KH-UBND"\ndate = "2026-01-05"\n'
            'title = "Kiểm tra"\nissuer = "UBND xã Mỹ Lợi"\n\n'
            '[[agencies]]\nid = "vp"\nname = "Văn phòng HĐND và UBND xã"\n' + extra)
    for i, timeframe in enumerate(tasks):
        text += (f'\n[[tasks]]\nid = "t{i}"\ntitle = "Nhiệm vụ {i}"\nlead = ["vp"]\n'
                 f'timeframe = "{timeframe}"\n')
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _validate(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    return subprocess.run([sys.executable, "-m", "planflow", "validate", str(path), *args],
                          capture_output=True, text=True, env=env)


@pytest.mark.parametrize("indexes, said", [([0], "0"), ([0, 1, 2], "0-2"),
                                           ([0, 1, 2, 5, 7, 8], "0-2, 5, 7-8"),
                                           ([3, 5], "3, 5")])
def test_task_places_as_runs(indexes: list[int], said: str) -> None:
    assert _task_span(indexes) == said


def test_one_line_for_the_same_warning_on_several_tasks(tmp_path: Path) -> None:
    """An imported plan whose duties state no time: one warning per duty in the plan file
    (and in --json), one line said."""
    src = tmp_path / "plan.txt"
    src.write_text(plan_head("27", "Rà soát thủ tục hành chính năm 2026",
                             "Rà soát, đơn giản hóa thủ tục hành chính.")
                   + "II. NỘI DUNG\n"
                   + "".join(f"{i}. Rà soát thủ tục lĩnh vực {f}\n- Cơ quan chủ trì: Sở Tư pháp.\n"
                             for i, f in enumerate(["đất đai", "xây dựng", "y tế"], 1))
                   + "4. Báo cáo kết quả rà soát\n- Cơ quan chủ trì: Sở Tư pháp.\n"
                     "- Thời gian thực hiện: Quý IV/2026.\n"
                   + "5. Công khai thủ tục\n- Cơ quan chủ trì: Sở Tư pháp.\n"
                   + "III. TỔ CHỨC THỰC HIỆN\nSở Tư pháp theo dõi, đôn đốc.\n" + SIGNED,
                   encoding="utf-8")
    path = tmp_path / "plan.toml"
    subprocess.run([sys.executable, "-m", "planflow", "import", str(src), "-o", str(path)],
                   capture_output=True, check=True)
    r = _validate(path)
    assert r.returncode == 0, r.stderr
    each = json.loads(_validate(path, "--json").stdout)
    unstated = [x for x in each if x["where"].endswith("].timeframe")
                and "no time stated" in x["message"]]
    assert [x["where"] for x in unstated] == [f"tasks[{i}].timeframe" for i in (0, 1, 2, 4)]
    lines = r.stdout.splitlines()
    assert lines[-1].endswith(f"{len(each)} cảnh báo"), lines
    said = [x for x in lines if "không ghi thời gian" in x]
    assert len(said) == 1, lines
    assert ": cảnh báo: tasks[0-2, 4].timeframe (4×): không ghi thời gian: " in said[0], said
    assert "thời hạn ''" not in r.stdout  # no empty quote for words the document lacks


def test_errors_naming_their_task_keep_a_line_each(tmp_path: Path) -> None:
    path = _plan(tmp_path, ["Quý V năm 2026", "Quý V năm 2026", "Thường xuyên"])
    r = _validate(path, "--lang", "en")
    assert r.returncode == 2
    errs = r.stderr.splitlines()
    assert [e.count("error: tasks[") for e in errs] == [1, 1], errs
    assert "'t0'" in errs[0] and "'t1'" in errs[1], errs
