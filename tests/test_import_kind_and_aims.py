"""The kind's line as printed ("KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA …") is
kept and printed again by the documents; the aims and requirements written as a
sub-heading with its text on one line, or as a sub-heading of their own, are kept (they
were dropped without a word). Made-up plans (tests/made_up.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import planflow
from planflow import RenderContext
from planflow_docs import render_text
from planflow_import import read_text_file

from .made_up import SIGNED

TASKS = ("II. NHIỆM VỤ\n"
         "1. Xây dựng cơ sở dữ liệu ngành nông nghiệp\n"
         "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n"
         "- Thời gian hoàn thành: Quý II năm 2026.\n"
         "2. Tổ chức tập huấn cho cán bộ cấp xã\n"
         "- Cơ quan chủ trì: Sở Nội vụ.\n"
         "- Thời gian hoàn thành: Tháng 9/2026.\n")


def head(kind_line: str, symbol: str = "21/KH-UBND") -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n"
            f"Số: {symbol}\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Quảng Nam, ngày 12 tháng 02 năm 2026\n{kind_line}\n"
            "Thực hiện Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ\n")


def read(tmp_path: Path, text: str) -> planflow.ImportResult:
    f = tmp_path / "plan.txt"
    f.write_text(text, encoding="utf-8")
    return read_text_file(f)


@pytest.mark.parametrize("line,symbol,kind", [
    ("KẾ HOẠCH HÀNH ĐỘNG", "21/KH-UBND", "KH"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "05/CTr-UBND", "CTr"),
    ("**CHƯƠNG TRÌNH  HÀNH ĐỘNG**", "05/CTr-UBND", "CTr"),
    ("KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA", "21/KH-UBND", "KH"),
])
def test_the_kind_line_as_printed_is_kept_and_printed_again(tmp_path, line, symbol, kind):
    r = read(tmp_path, head(line, symbol) + "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao hiệu quả.\n"
             + TASKS + SIGNED)
    info = r.plan.document
    printed = " ".join(line.replace("*", " ").split())
    assert (info.kind, info.kind_name) == (kind, printed)
    assert info.title.startswith("Thực hiện Nghị quyết số 57-NQ/TW")
    text = planflow.dumps_plan(r.plan)
    assert f'kind_name = "{printed}"' in text
    f = tmp_path / "plan.toml"
    f.write_text(text, encoding="utf-8")
    again = planflow.load(str(f))
    assert again.document == info
    lines = render_text(again, RenderContext()).decode("utf-8").splitlines()
    assert printed in lines and lines.index(printed) < lines.index(info.title)


def test_the_usual_kind_line_keeps_no_name(tmp_path):
    r = read(tmp_path, head("KẾ HOẠCH") + "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao hiệu quả.\n"
             + TASKS + SIGNED)
    assert r.plan.document.kind_name is None
    assert "kind_name" not in planflow.dumps_plan(r.plan)
    assert "KẾ HOẠCH" in render_text(r.plan, RenderContext()).decode("utf-8").splitlines()


def test_an_aim_and_its_text_on_one_line_are_kept(tmp_path):
    r = read(tmp_path, head("KẾ HOẠCH") + "I. MỤC ĐÍCH, YÊU CẦU\n"
             "1. Mục đích: Nâng cao hiệu quả quản lý nhà nước về khoa học.\n"
             "2. Yêu cầu: Bảo đảm đúng tiến độ, tiết kiệm, hiệu quả.\n" + TASKS + SIGNED)
    assert r.plan.objectives == ("Nâng cao hiệu quả quản lý nhà nước về khoa học.",)
    assert r.plan.requirements == ("Bảo đảm đúng tiến độ, tiết kiệm, hiệu quả.",)
    text = render_text(r.plan, RenderContext()).decode("utf-8")
    assert "Nâng cao hiệu quả quản lý nhà nước về khoa học." in text
    assert "Bảo đảm đúng tiến độ, tiết kiệm, hiệu quả." in text


def test_an_aim_written_as_a_numbered_sentence_is_kept(tmp_path):
    r = read(tmp_path, head("KẾ HOẠCH") + "I. MỤC TIÊU\n"
             "1. Mục tiêu đến năm 2030 có 80% hồ sơ công việc được xử lý trên môi trường mạng.\n"
             + TASKS + SIGNED)
    assert any("80% hồ sơ công việc" in o for o in r.plan.objectives)


def test_aims_headed_by_their_period_are_sub_headings(tmp_path):
    r = read(tmp_path, head("KẾ HOẠCH") + "I. MỤC TIÊU\n"
             "1. Mục tiêu tổng quát giai đoạn 2026 - 2030\n"
             "Phát triển khoa học, công nghệ thành động lực chính.\n"
             "2. Mục tiêu cụ thể giai đoạn 2026 - 2030\n"
             "- Có 500 doanh nghiệp khoa học và công nghệ.\n" + TASKS + SIGNED)
    assert r.plan.objectives == ("Phát triển khoa học, công nghệ thành động lực chính.",
                                 "Có 500 doanh nghiệp khoa học và công nghệ.")
    subs = [s for sec in r.plan.sections for s in sec.subsections]
    assert [s.heading for s in subs][:2] == ["Mục tiêu tổng quát giai đoạn 2026 - 2030",
                                             "Mục tiêu cụ thể giai đoạn 2026 - 2030"]
