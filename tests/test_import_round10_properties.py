"""Properties of the readers added in round 10 (a table laid out in spaces, "Bước" steps,
letters split by a PDF's text layer, a Party letterhead, lettered items with their own
labels, months without a year, "N tháng một lần", milestones listed with ";", words
before "từ …", names in capitals): on any mix of their pieces the importer raises nothing
but the documented error, every window is ordered, and a file in decomposed Unicode
(NFD, as some editors save it) reads exactly as in composed form (NFC)."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow_import import read_text_file
from planflow_import.importer import read_items
from planflow_import.text import blocks_from_text

PIECES = [
    # a Party letterhead and its number with a space before the dash
    "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY LÀO CAI", "Số 104 -CTr/TU", "*", "CHƯƠNG TRÌNH",
    "ĐẢNG ĐOÀN QUỐC HỘI", "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH",
    # a table laid out in spaces (pdftotext -layout), rows wrapping
    "TT     Nội dung                      Cơ quan chủ trì      Thời gian",
    "1      Rà soát văn bản               Sở Tư pháp           Quý II/2026",
    "       quy phạm pháp luật            Sở Nội vụ", "2      Tập huấn   Sở Y tế   Tháng 11",
    # steps, lettered items with their labels, times alone on a line
    "1.1. Bước 1: Rà soát nhu cầu.", "Bước 2:", "a) Nội dung:", "Cơ quan chủ trì:",
    "Thời gian:", "b)", "Quý I năm 2019", "Thời gian hoàn tất: Tháng 12/2013",
    # letters split by a PDF's text layer
    "Bộ Y t ế", "Sở T ài chính", "chủ trì", "phối hợp",
    # times of the round
    "Tháng 11", "3 tháng một lần", "hai tháng một lần", "Năm 2025; Năm 2030",
    "Năm 2022 và hàng năm", "Tháng 12/2013 và thường xuyên", "Dự kiến tháng 11/2025",
    "Trong khoảng thời gian từ ngày 01/3", "đến ngày 15/3/2026", "Vào từ quý III/2026",
    "khi phát sinh", "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN",
    "báo cáo Bộ trưởng về kết quả", "KẾ HOẠCH", "Nơi nhận:", "\n", "  ", "|",
]

_ARGS = dict(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _reading(text: str) -> list[tuple[object, ...]] | None:
    """The tasks of ``text`` read as a user's file is (its bytes as saved, UTF-8)."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "plan.txt"
        path.write_text(text, encoding="utf-8")
        try:
            plan = read_text_file(path).plan
        except planflow.PlanFileError:
            return None
    names = {a.id: a.name for a in plan.agencies}
    return [(t.title, [names.get(i, i) for i in t.lead], t.timeframe.kind, t.timeframe.start,
             t.timeframe.end, t.timeframe.due) for t in plan.tasks]


@settings(**_ARGS)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=50))
def test_any_mix_raises_only_the_documented_error_and_orders_windows(parts: list[str]) -> None:
    try:
        result = read_items(blocks_from_text("\n".join(parts)), "fuzz.txt")
    except planflow.PlanFileError:
        return
    for t in result.plan.tasks:
        tf = t.timeframe
        if tf.start is not None and tf.end is not None:
            assert tf.start <= tf.end, (tf.text, tf.start, tf.end)
        if tf.due is not None and tf.start is not None:
            assert tf.start <= tf.due, (tf.text, tf.start, tf.due)


@settings(**_ARGS)
@given(st.lists(st.sampled_from(PIECES), min_size=3, max_size=40))
def test_decomposed_text_reads_as_composed(parts: list[str]) -> None:
    text = "\n".join(parts)
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert _reading(nfd) == _reading(nfc)


def test_a_spaced_table_indented_like_its_header(tmp_path):
    """pdftotext -layout's task table whose rows' numbers sit under the header's "TT", five
    spaces in, with "PHỤ LỤC" centred above it: each row is read (none was) and the
    appendix's title stays text (it was taken for a header cell). Made-up text."""
    from pathlib import Path

    from planflow_import import read_text_file

    r = read_text_file(Path(__file__).parent / "data" / "import_words" / "spaced_indented.txt")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.text) for t in r.plan.tasks]
    assert got == [
        ("Xây dựng mô hình canh tác hữu cơ tại các xã vùng núi", ["Sở Nông nghiệp và Môi trường"],
         "Quý III/2026"),
        ("Hỗ trợ chứng nhận VietGAP cho hợp tác xã", ["UBND các xã"], "Tháng 10/2026"),
        ("Tập huấn kỹ thuật cho nông dân", ["Trung tâm Khuyến nông"], "Thường xuyên")]
