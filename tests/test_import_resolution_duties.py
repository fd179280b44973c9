"""A resolution, decision or directive with no plan attached: the duties its articles
assign are its tasks ("2. Giao Sở X:" over lettered duties, "3. Sở Y chỉ đạo …", "Đối
với …, giao Z …"); items naming no body and the closing articles are not. Made-up text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

DATA = Path(__file__).parent / "data" / "import_words"


def _head(symbol: str, kind_word: str, title: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n"
            f"Số: {symbol}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Quảng Nam, ngày 12 tháng 3 năm 2026\n{kind_word}\n{title}\n"
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 "
            "tháng 6 năm 2025;\n")


SIGNED = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"


def _read(tmp_path: Path, text: str) -> planflow.ImportResult:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners])
            for t in result.plan.tasks]


def test_lettered_duties_under_giao_are_led_by_the_body_given_them(tmp_path):
    result = read_text_file(DATA / "resolution_duties.txt")
    rows = _rows(result)
    assert [r[1] for r in rows] == [["Sở Văn hóa, Thể thao và Du lịch"]] * 2 + [
        ["Ủy ban nhân dân thành phố Tam Kỳ"], ["Sở Tài chính"]]
    assert rows[0][0].startswith("Chủ trì, phối hợp với Sở Tài chính rà soát")
    assert rows[0][2] == ["Sở Tài chính"]
    # "1. Đồng ý chuyển giao …" names no body; "có hiệu lực", "chịu trách nhiệm thi hành"
    # close the resolution: none is a task
    assert not any("Đồng ý" in t or "hiệu lực" in t or "thi hành" in t for t, _, _ in rows)
    first = result.plan.tasks[0].timeframe
    assert (first.kind.value, first.due) == ("deadline", date(2026, 4, 29))
    # "Điều 2. Sở Tài chính chỉ đạo … thực hiện theo Điều 1 Nghị quyết này xong trước ngày
    # 30/6/2026": Điều 1's duties stating no time are done by then, noted
    assert [t.timeframe.due for t in result.plan.tasks[1:3]] == [date(2026, 6, 29)] * 2
    assert any("the work of 'Điều 1' is done" in w for w in result.warnings)
    assert any("no plan in the resolution" in w for w in result.warnings)


def test_numbered_sentences_led_by_their_subject(tmp_path):
    text = _head("21/NQ-UBND", "NGHỊ QUYẾT", "Về việc thanh toán chi phí trông giữ xe năm 2025") + """\
QUYẾT NGHỊ:
Điều 1. Các chi phí trông giữ xe năm 2025 được thanh toán từ nguồn dự phòng, trong đó:
1. Đối với các chi phí đã được duyệt, giao Kho bạc Nhà nước tỉnh tổ chức thanh toán cho các đơn vị theo quy định.
2. Đối với các chi phí phát sinh thêm, Sở Tài chính khẩn trương thẩm định, hoàn thành trước ngày 15 tháng 5 năm 2026.
Điều 2. Tổ chức thực hiện
1. Nghị quyết này có hiệu lực kể từ ngày ký.
2. Giao Sở Giao thông vận tải, Sở Tài chính theo chức năng, nhiệm vụ được giao hướng dẫn các đơn vị sử dụng kinh phí đúng quy định.
3. Công an tỉnh chịu trách nhiệm về số liệu đã tổng hợp.
Đối với chi phí năm 2026, yêu cầu Sở Tài chính tổng hợp, trình Ủy ban nhân dân tỉnh trước ngày 30 tháng 9 năm 2026.
"""
    result = _read(tmp_path, text + SIGNED)
    rows = _rows(result)
    assert [r[1] for r in rows] == [
        ["Kho bạc Nhà nước tỉnh"], ["Sở Tài chính"],
        ["Sở Giao thông vận tải", "Sở Tài chính"], ["Công an tỉnh"], ["Sở Tài chính"]]
    due = [t.timeframe.due for t in result.plan.tasks]
    # "trước ngày D": the last working day before D
    assert due[1] == date(2026, 5, 14) and due[4] == date(2026, 9, 29)


def test_a_directive_lists_its_duties_by_agency(tmp_path):
    text = _head("05/CT-UBND", "CHỈ THỊ", "Về tăng cường phòng, chống cháy rừng mùa khô năm 2026") + """\
Mùa khô năm 2026 dự báo nắng nóng kéo dài. Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
Điều 1. Giao Sở Nông nghiệp và Môi trường thực hiện các nhiệm vụ sau:
1. Kiểm tra các vùng rừng trọng điểm, hoàn thành trước ngày 31 tháng 3 năm 2026.
2. Tổ chức trực cháy rừng trong suốt mùa khô.
Điều 2. Công an tỉnh chủ trì điều tra, xử lý các vụ vi phạm gây cháy rừng.
Điều 3. Chỉ thị này có hiệu lực kể từ ngày ký. Thủ trưởng các sở chịu trách nhiệm thi hành Chỉ thị này.
"""
    rows = _rows(_read(tmp_path, text + SIGNED))
    assert [(t[:22], lead) for t, lead, _ in rows] == [
        ("Kiểm tra các vùng rừng", ["Sở Nông nghiệp và Môi trường"]),
        ("Tổ chức trực cháy rừng", ["Sở Nông nghiệp và Môi trường"]),
        ("Công an tỉnh chủ trì đ", ["Công an tỉnh"])]


def test_a_decision_that_assigns_no_duty_is_not_a_plan(tmp_path):
    text = _head("88/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc công nhận xã đạt chuẩn nông thôn mới") + """\
QUYẾT ĐỊNH:
Điều 1. Công nhận xã Tân Lập đạt chuẩn nông thôn mới năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    with pytest.raises(planflow.PlanFileError):
        _read(tmp_path, text + SIGNED)
