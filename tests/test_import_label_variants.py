"""Labels offices also write: "Phân công: X chủ trì, Y phối hợp", "Cơ quan tham mưu: X",
"Đầu mối: X", "Mốc thời gian: …", "Thời điểm hoàn thành: …", "Kết quả/sản phẩm: …", and a
lead label marking each body's role ("Đơn vị thực hiện: X (chủ trì), Y (phối hợp)"). Before,
the first four were no labels (their task lost its lead or time) and the last made two
leads named "X (chủ trì)" and "Y (phối hợp)". Made-up plan."""

from __future__ import annotations

from pathlib import Path

from planflow_import import read_text_file
from planflow_import.sections import label_pairs

PLAN = Path(__file__).parent / "data" / "import_words" / "label_variants.txt"


def test_label_variants_name_lead_partners_time_and_output():
    r = read_text_file(PLAN)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.text,
            t.output) for t in r.plan.tasks]
    assert got == [
        ("Xây dựng kho dữ liệu dùng chung của tỉnh", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"],
         "Quý III/2026", "Kho dữ liệu"),
        ("Ban hành quy chế chia sẻ dữ liệu", ["Sở Tư pháp"], [], "Tháng 10/2026", None),
        ("Tổ chức hội nghị sơ kết", ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ"],
         "Tháng 12/2026", None)]


def test_more_label_words():
    assert label_pairs("Đầu mối: Văn phòng UBND tỉnh") == [("lead", "Văn phòng UBND tỉnh")]
    assert label_pairs("Mốc thời gian: tháng 6/2026") == [("timeframe", "tháng 6/2026")]
    # a sentence is no label
    assert label_pairs("Đầu mối liên lạc giữa các cơ quan là Văn phòng") == []


def test_labels_inside_an_items_closing_brackets(tmp_path):
    """"b) Nâng cấp … (Đơn vị chủ trì: Văn phòng UBND tỉnh; thời gian: năm 2026)." among items
    led in brackets: its labels are read as labels (it was led by a body named "Đơn vị")."""
    from .made_up import SIGNED, plan_head, read_plan

    text = plan_head("101", "Chuyển đổi số năm 2026", "Đẩy mạnh.") + (
        "II. NỘI DUNG\n1. Hạ tầng số\n"
        "a) Nâng cấp mạng truyền số liệu chuyên dùng (Đơn vị chủ trì: Văn phòng UBND tỉnh; "
        "thời gian: năm 2026).\n"
        "b) Chia sẻ dữ liệu đất đai (Sở Nông nghiệp và Môi trường; 6 tháng cuối năm 2026).\n") + SIGNED
    r = read_plan(tmp_path, text)
    names = {a.id: a.name for a in r.plan.agencies}
    assert [([names[i] for i in t.lead], t.timeframe.text) for t in r.plan.tasks] == [
        (["Văn phòng UBND tỉnh"], "năm 2026"), (["Sở Nông nghiệp và Môi trường"], "6 tháng cuối năm 2026")]
    assert "Đơn vị" not in names.values()
