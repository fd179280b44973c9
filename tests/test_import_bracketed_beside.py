"""A department's plan whose content items close with their lead in brackets ("- Kiện toàn
Ban Chỉ đạo … (Phòng Nghiệp vụ Y; quý I/2026).") and whose "TỔ CHỨC THỰC HIỆN" gives
duties unit by unit: both are read, in the document's order (the items were kept as text
once the duties were read, their leads and times lost to the tracker); "(X, phối hợp Y;
…)" names Y a partner. Made-up plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .made_up import read_plan

TEXT = (Path(__file__).parent / "data" / "import_words" / "bracketed_beside.txt").read_text(encoding="utf-8")


def test_items_led_in_brackets_beside_duties_by_unit(tmp_path):
    r = read_plan(tmp_path, TEXT)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.due)
           for t in r.plan.tasks]
    assert got[:3] == [
        ("Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh của ngành", ["Phòng Nghiệp vụ Y"], [],
         date(2026, 3, 31)),
        ("Xây dựng kế hoạch đáp ứng với từng tình huống dịch", ["Trung tâm Kiểm soát bệnh tật"], [],
         date(2026, 3, 30)),
        ("Tổ chức tập huấn giám sát dịch cho tuyến xã", ["Trung tâm Kiểm soát bệnh tật"],
         ["Trung tâm Y tế các huyện"], date(2026, 5, 31))]
    # the duties by unit after them are still read
    assert [t[1] for t in got[3:]] == [["Phòng Kế hoạch - Tài chính"], ["Trung tâm Kiểm soát bệnh tật"]]
    assert any(getattr(w, "key", "") == "bracketed_beside" for w in r.warnings)
