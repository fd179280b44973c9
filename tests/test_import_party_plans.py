"""A commune Party committee's plan ("ĐẢNG ỦY XÃ …", "Số 15-KH/ĐU", "T/M BAN THƯỜNG VỤ"):
its content items each closing with their own dated time beside the duties by body of
"TỔ CHỨC THỰC HIỆN" are tasks too (they were kept as text), led by the body they open on
or by none; "Ủy ban Kiểm tra Đảng ủy xã giám sát …" is named without its verb. Made-up
plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planflow_import import read_text_file

PLAN = Path(__file__).parent / "data" / "import_words" / "party_plan.txt"


def test_a_party_committees_plan_reads_its_timed_items_and_its_duties():
    r = read_text_file(PLAN)
    doc = r.plan.document
    assert (doc.symbol, doc.issuer, doc.date) == ("15-KH/ĐU", "Đảng ủy xã Tân Lập", date(2026, 3, 5))
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:28], [names[i] for i in t.lead], t.timeframe.due) for t in r.plan.tasks]
    assert got == [
        ("Tổ chức quán triệt Chỉ thị đ", [], date(2026, 3, 31)),
        ("Các chi bộ trực thuộc tổ chứ", ["Các chi bộ trực thuộc"], date(2026, 4, 29)),
        ("Xây dựng văn kiện trình Đại ", [], date(2026, 5, 31)),
        ("Ban Xây dựng Đảng Đảng ủy xã", ["Ban Xây dựng Đảng Đảng ủy xã"], None),
        ("Ủy ban Kiểm tra Đảng ủy xã g", ["Ủy ban Kiểm tra Đảng ủy xã"], None),
        ("Các chi bộ trực thuộc căn cứ", ["Các chi bộ trực thuộc"], date(2026, 5, 8))]
    assert any(getattr(w, "key", "") == "timed_beside" for w in r.warnings)
