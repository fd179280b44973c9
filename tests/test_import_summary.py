"""After ``planflow import``: how the tasks' times were read and which tasks a clerk should
look at before tracking the plan (a time not read, no lead agency), in the plan's language.
The real command as a process, on made-up plans."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .made_up import SIGNED, plan_head

HEAD = plan_head("27", "Rà soát thủ tục hành chính năm 2026",
                 "Rà soát, đơn giản hóa thủ tục hành chính trên địa bàn.")
BODY = ("II. NỘI DUNG\n"
        "1. Rà soát thủ tục hành chính lĩnh vực đất đai\n"
        "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "2. Cập nhật cơ sở dữ liệu thủ tục hành chính\n"
        "- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n"
        "- Thời gian thực hiện: Hằng quý.\n"
        "3. Tuyên truyền kết quả rà soát\n"
        "- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n"
        "- Thời gian thực hiện: Thường xuyên.\n"
        "4. Đánh giá việc thực hiện thủ tục mới\n"
        "- Thời gian thực hiện: Quý V/2026.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n")


def _import(tmp_path: Path, *args: str) -> list[str]:
    src = tmp_path / "plan.txt"
    src.write_text(HEAD + BODY + SIGNED, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    done = subprocess.run([sys.executable, "-m", "planflow", "import", str(src), "-o",
                           str(tmp_path / "plan.toml"), *args],
                          capture_output=True, text=True, env=env, check=True)
    return done.stderr.splitlines()


def test_the_reading_is_summed_up_in_the_plans_language(tmp_path: Path) -> None:
    lines = _import(tmp_path)
    done = next(i for i, x in enumerate(lines) if "đã đọc 4 nhiệm vụ" in x)
    times, review = lines[done + 1:done + 3]
    assert times.endswith("thời gian: 1 có ngày cụ thể, 1 định kỳ, 1 thường xuyên, "
                          "1 chưa đọc được; 1 nhiệm vụ chưa có cơ quan chủ trì"), times
    assert "cần xem lại trước khi theo dõi (chưa đọc được thời gian): " in review, review
    assert len(lines) == done + 4  # and the task no agency leads, on a line of its own
    assert "(chưa có cơ quan chủ trì): " in lines[-1]
    # the task named on both lines is the fourth one, by the id the plan file gives it
    text = (tmp_path / "plan.toml").read_text(encoding="utf-8")
    four = lines[-1].rpartition(": ")[2]
    assert f'id = "{four}"' in text and four in review


def test_in_english_when_asked(tmp_path: Path) -> None:
    lines = _import(tmp_path, "--lang", "en")
    assert any(x.endswith("times: 1 dated, 1 recurring, 1 ongoing, 1 not read; "
                          "1 task(s) with no lead agency") for x in lines), lines
    assert any("to check before tracking (no lead agency): " in x for x in lines), lines


def test_a_long_list_is_cut_short(tmp_path: Path) -> None:
    body = "II. NỘI DUNG\n" + "".join(
        f"{i}. Kiểm tra hồ sơ đợt {i}\n- Thời gian thực hiện: Quý III/2026.\n"
        for i in range(1, 12)) + "III. TỔ CHỨC THỰC HIỆN\nCác sở theo dõi.\n"
    src = tmp_path / "plan.txt"
    src.write_text(HEAD + body + SIGNED, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "planflow", "import", str(src), "--lang", "vi",
                           "-o", str(tmp_path / "p.toml")], capture_output=True, text=True,
                          check=True)
    last = done.stderr.splitlines()[-1]
    assert "11 có ngày cụ thể; 11 nhiệm vụ chưa có cơ quan chủ trì" in done.stderr
    assert last.endswith(" và 3 nhiệm vụ khác"), last
    assert last.count(",") == 7, last
