"""A plan saved by Notepad as "Unicode" (UTF-16 with its byte-order mark) imports like
UTF-8; a file in another encoding (Windows-1258, a legacy Vietnamese code page) fails with
one line in the clerk's language naming the line and what to do. Real subprocesses;
a made-up plan."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import planflow

from .made_up import SIGNED, plan_head

TEXT = (plan_head("12", "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026",
                  "Nâng cao nhận thức.")
        + "II. NHIỆM VỤ\n1. Tổ chức tuyên truyền\n- Cơ quan chủ trì: Sở Y tế\n"
        + "- Thời gian: Quý II/2026\n" + SIGNED)


def _import(tmp_path: Path, data: bytes, *extra: str) -> subprocess.CompletedProcess[str]:
    src = tmp_path / "plan.txt"
    src.write_bytes(data)
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    return subprocess.run([sys.executable, "-m", "planflow", "import", str(src), "-o",
                           str(tmp_path / "plan.toml"), *extra], capture_output=True, text=True,
                          env=env)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_mark_reads_as_utf8_does(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    r = _import(tmp_path, bom + TEXT.encode(codec))
    assert r.returncode == 0, r.stderr
    plan = planflow.load(tmp_path / "plan.toml")
    assert plan.document.symbol == "12/KH-UBND"
    assert [t.title for t in plan.tasks] == ["Tổ chức tuyên truyền"]


def test_another_encoding_is_one_line_in_the_clerks_language(tmp_path: Path) -> None:
    data = unicodedata.normalize("NFD", TEXT).encode("cp1258", errors="replace")
    r = _import(tmp_path, data)
    assert r.returncode == 2 and not (tmp_path / "plan.toml").exists()
    (line,) = r.stderr.strip().splitlines()
    assert ": dòng 1: không phải văn bản UTF-8 (byte " in line
    assert line.endswith("hãy lưu tệp theo bảng mã UTF-8 (Unicode) rồi nhập lại")
    r = _import(tmp_path, data, "--lang", "en")
    (line,) = r.stderr.strip().splitlines()
    assert ": line 1: not UTF-8 text (byte " in line and "save the file as UTF-8" in line
    # a missing file is said in the importer's language too
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(tmp_path / "none.txt")],
                       capture_output=True, text=True,
                       env={k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"})
    assert r.returncode == 2 and r.stderr.strip().endswith("không có tệp này")


def test_two_bytes_that_only_look_like_a_mark_are_no_text(tmp_path: Path) -> None:
    r = _import(tmp_path, b"\xff\xfe\x00bad")
    assert r.returncode == 2 and "UTF-8" in r.stderr
