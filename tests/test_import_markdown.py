"""Standard Markdown (CommonMark, as pandoc, editors and ``planflow render --format md``
write it): "#" headings, backslash escapes and hard breaks read as the text reader reads
the scraped Markdown it was built on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planflow_import.markdown import from_commonmark

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("md, text", [
    ("# KẾ HOẠCH  ", "**KẾ HOẠCH**"),
    ("## I. MỤC ĐÍCH, YÊU CẦU ##", "**I. MỤC ĐÍCH, YÊU CẦU**"),
    ("### **1. Sở Tài chính**", "**1. Sở Tài chính**"),
    ("#", ""),
    ("1\\. Tiếp tục thực hiện", "1. Tiếp tục thực hiện"),
    ("a\\) Nội dung\\: \\*quan trọng\\*", "a) Nội dung: *quan trọng*"),
    ("| Sở Y tế \\| Sở Nội vụ | Quý I/2026 |", "| Sở Y tế \\| Sở Nội vụ | Quý I/2026 |"),
    ("**ỦY BAN NHÂN DÂN**  ", "**ỦY BAN NHÂN DÂN**"),
    ("Số: 65/KH-UBND\\", "Số: 65/KH-UBND"),
    ("#hashtag không phải tiêu đề", "#hashtag không phải tiêu đề"),
])
def test_commonmark_made_plain(md, text):
    assert from_commonmark(md) == text


def test_fences_are_left_out_and_their_text_kept():
    assert from_commonmark("```\nSở Y tế\n```") == "Sở Y tế"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_plan_as_planflow_writes_it_reads_back(tmp_path, fmt):
    """The Lý Sơn plan rendered as Markdown or HTML by planflow, imported again, is the
    plan imported from its text: every value of the plan file the same."""
    run = [sys.executable, "-m", "planflow"]
    seed = ROOT / "examples" / "65-KH-UBND-2023.txt"
    plan_file = tmp_path / "plan.toml"
    assert subprocess.run([*run, "import", str(seed), "-o", str(plan_file)],
                          capture_output=True).returncode == 0
    page = tmp_path / f"plan.{fmt}"
    r = subprocess.run([*run, "render", str(plan_file), "--format", fmt, "-o", str(page)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    again = tmp_path / "again.toml"
    r = subprocess.run([*run, "import", str(page), "-o", str(again)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr

    def values(path: Path) -> list[str]:
        return [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]

    assert values(again) == values(plan_file)
