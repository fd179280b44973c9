"""Properties of the readers added in round 11 (a chain of reports folded into the regime,
a Party letterhead with its star, the kind line under the date, bordered tables with no
rule, partners after "phối hợp", bodies named by their former name, and the timeframe
families: the whole year, months in words, a span due by its bracketed deadline, a
priority note, "sau ngày …", semesters, "năm sau", several dated deadlines, a time then
its report, the school summer): on any mix of their pieces the importer raises nothing
but the documented error, every window is ordered, every imported plan's regime gives
periods that are ordered, and decomposed Unicode (NFD) reads as composed (NFC)."""

from __future__ import annotations

import tempfile
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
import planflow_vn
from planflow_import import read_text_file
from planflow_import.importer import read_items
from planflow_import.text import blocks_from_text

PIECES = [
    "ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY", "*", "***", "Số 104-CTr/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Quảng Nam, ngày 12 tháng 02 năm 2026", "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN",
    "| TT | Nội dung | Đơn vị thực hiện | Tiến độ |", "| 1 | Rà soát | Công an tỉnh | Tháng 3/2026 |",
    "| 2 | Số hóa | Sở Tư pháp | 10-20/3/2026 |", "1. Sở Nông nghiệp và Môi trường",
    "- Phối hợp với Sở Tài chính bố trí kinh phí.", "Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)",
    "Các huyện báo cáo Sở Xây dựng trước ngày 15/11 hằng năm.",
    "Sở Xây dựng tổng hợp, báo cáo Bộ Xây dựng trước ngày 30/11 hằng năm.",
    "báo cáo Chính phủ trước ngày 31/3 hằng năm", "Cả năm 2026", "Sáu tháng đầu năm 2026",
    "Quý II/2026 (hoàn thành trước 30/6/2026)", "Giai đoạn 2026 - 2030 (ưu tiên năm 2026)",
    "Sau ngày 01/7/2026", "Học kỳ I năm học 2026-2027", "Trước ngày 31/3 năm sau",
    "Trước 15/6/2026 và 15/12/2026", "Hoàn thành trước 30/6/2026, báo cáo kết quả trước 15/7/2026",
    "Hè năm 2026", "Mỗi năm 02 lần", "Tháng 12 hằng năm và đột xuất", "Hết tháng 6/2026",
    "Từ T3 đến T6/2026", "- Thời gian: ", "- Cơ quan chủ trì: ", "\n", "  ", "|",
]

_ARGS = dict(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ordered(tf: planflow.Timeframe) -> None:
    if tf.start is not None and tf.end is not None:
        assert tf.start <= tf.end, (tf.text, tf.start, tf.end)
    if tf.due is not None and tf.start is not None:
        assert tf.start <= tf.due, (tf.text, tf.start, tf.due)
    for a, b in tf.occurrences:
        assert a <= b, (tf.text, a, b)


@settings(**_ARGS)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=50))
def test_any_mix_raises_only_the_documented_error_and_orders_windows(parts: list[str]) -> None:
    try:
        result = read_items(blocks_from_text("\n".join(parts)), "fuzz.txt")
    except planflow.PlanFileError:
        return
    plan = result.plan
    for t in plan.tasks:
        _ordered(t.timeframe)
    for p in planflow.report_periods(plan):
        assert p.covers_start <= p.covers_end, p


@settings(**_ARGS)
@given(st.lists(st.sampled_from(PIECES), min_size=3, max_size=40))
def test_decomposed_text_reads_as_composed(parts: list[str]) -> None:
    text = "\n".join(parts)

    def reading(t: str) -> object:
        # as a user's file is read: its bytes as saved (UTF-8), decoded and made NFC
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "plan.txt"
            path.write_text(t, encoding="utf-8")
            try:
                plan = read_text_file(path).plan
            except planflow.PlanFileError as e:
                return str(e).replace(str(path), "plan.txt")
        return [(x.title, x.lead, x.timeframe.kind, x.timeframe.start, x.timeframe.due)
                for x in plan.tasks], plan.document

    assert reading(unicodedata.normalize("NFD", text)) == reading(unicodedata.normalize("NFC", text))


TIMES = [p for p in PIECES if any(c.isdigit() for c in p) and "|" not in p]


@settings(**_ARGS)
@given(st.lists(st.sampled_from(TIMES), min_size=1, max_size=3),
       st.sampled_from([(2026, 2026), (2026, 2030), (2025, 2027)]))
def test_each_timeframe_reading_is_ordered_or_the_documented_error(
        parts: list[str], years: tuple[int, int]) -> None:
    ctx = planflow.TimeframeContext(date(years[0], 1, 1), date(years[1], 12, 31),
                                    date(years[0], 1, 5))
    for sep in ("; ", ", ", " "):
        try:
            tf = planflow_vn.parse(sep.join(parts), ctx)
        except planflow.TimeframeError:
            continue
        if tf is not None:
            _ordered(tf)
