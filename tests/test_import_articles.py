"""A decision that states its plan in its own articles (a province's school-year calendar):
"Điều 1. Ban hành Kế hoạch … như sau:" over numbered items, each a task timed by the words
after its colon or the time that closes it; "Điều 2. Giao Giám đốc Sở …" over numbered
duties led by that agency; the calendar's days off stay text. Made-up text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

HEAD = """\
| ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 1203/QĐ-UBND | Quảng Nam, ngày 12 tháng 8 năm 2026 |

QUYẾT ĐỊNH

BAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC 2026-2027 ĐỐI VỚI GIÁO DỤC PHỔ THÔNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM

Căn cứ Luật Giáo dục ngày 14/6/2019;

Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.

QUYẾT ĐỊNH:

"""

TAIL = """
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.

| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A |
|---|---|
"""

ARTICLES = """\
Điều 1. Ban hành Kế hoạch thời gian năm học 2026-2027 đối với giáo dục phổ thông trên địa bàn tỉnh Quảng Nam như sau:

1. Tựu trường: Ngày 31/8/2026 (thứ Hai). Riêng lớp 1 tựu trường sớm hơn một tuần.

2. Khai giảng năm học mới: Ngày 05/9/2026 (thứ Bảy).

3. Xét công nhận tốt nghiệp trung học cơ sở trước ngày 30/6/2027.

4. Các kỳ thi chọn học sinh giỏi cấp tỉnh theo kế hoạch của Sở Giáo dục và Đào tạo.

5. Ngày nghỉ lễ, tết: Thực hiện theo quy định của Bộ Luật Lao động.

Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo

1. Hướng dẫn các trường thực hiện đúng kế hoạch thời gian năm học.

2. Tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh khi kết thúc năm học.
"""


def _read(tmp_path: Path, articles: str) -> planflow.ImportResult:
    path = tmp_path / "decision.md"
    path.write_text(HEAD + articles + TAIL, encoding="utf-8")
    return read_text_file(path, markdown=True)


def test_the_articles_items_and_duties_are_the_tasks(tmp_path):
    result = _read(tmp_path, ARTICLES)
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.kind.value, t.timeframe.due)
           for t in plan.tasks]
    so = ["Sở Giáo dục và Đào tạo"]
    assert got == [
        ("Tựu trường", [], "window", date(2026, 8, 31)),
        ("Khai giảng năm học mới", [], "window", date(2026, 9, 5)),
        # "trước ngày 30/6/2027": the last working day before it
        ("Xét công nhận tốt nghiệp trung học cơ sở trước ngày 30/6/2027", [], "deadline",
         date(2027, 6, 29)),
        ("Các kỳ thi chọn học sinh giỏi cấp tỉnh theo kế hoạch của Sở Giáo dục và Đào tạo", [],
         "event", None),
        ("Hướng dẫn các trường thực hiện đúng kế hoạch thời gian năm học", so, "continuous", None),
        ("Tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh khi kết thúc năm học", so,
         "continuous", None),
    ]
    said = " ".join(result.warnings)
    assert "in its own articles" in said
    assert "'Ngày nghỉ lễ, tết: Thực hiện theo quy định của Bộ Luật Lao …' names days off" in said
    # the letterhead's cell holds its rule on the same line: the issuer is the words only
    assert plan.document.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert plan.document.title.startswith("Thời gian năm học 2026-2027")  # as Điều 1 writes it


def test_a_decision_that_attaches_its_plan_is_not_read_so(tmp_path):
    # "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" names an attachment, not items
    # that follow "như sau:": no task is read from the articles
    text = ARTICLES.replace("trên địa bàn tỉnh Quảng Nam như sau:",
                            "trên địa bàn tỉnh Quảng Nam (kèm theo).")
    result = _read(tmp_path, text)
    assert not any("in its own articles" in w for w in result.warnings)
