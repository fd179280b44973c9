"""The plan's own time given to duties that state none (the convention of docs/import.md),
and header fields split across lines. Small synthetic plans written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

PLAN = """\
**ỦY BAN NHÂN DÂN**
**TỈNH LÂM ĐỒNG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số:
0087/KH-UBND

*Lâm Đồng, ngày 08 tháng 01 năm 2026*

**KẾ HOẠCH**
**Số hóa hồ sơ đất đai năm 2026**

Căn cứ Quyết định số 15/QĐ-UBND ngày 05/01/2026 của UBND tỉnh;

**I. MỤC ĐÍCH, YÊU CẦU**

1. Hoàn thiện cơ sở dữ liệu đất đai.

{TIME}

**III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**

**1. Sở Nông nghiệp và Môi trường:**

- Rà soát hồ sơ địa chính đang lưu trữ.

- Phối hợp với Sở Tài chính bố trí kinh phí số hóa.

**2. Sở Tài chính:**

- Thẩm định dự toán kinh phí, hoàn thành trước ngày 20/3/2026.

**3. UBND các xã, phường:**

- Cung cấp hồ sơ cho đơn vị số hóa.

Nơi nhận:
- Như trên;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

Nguyễn Văn B
"""

SEPARATE = "**II. THỜI GIAN THỰC HIỆN**\n\nQuý I/2026."
SAME_LINE = "**II. THỜI GIAN THỰC HIỆN** Quý I/2026."


def _read(tmp_path: Path, time: str) -> planflow.ImportResult:
    path = tmp_path / "plan.md"
    path.write_text(PLAN.replace("{TIME}", time), encoding="utf-8")
    return read_text_file(path)


def test_split_number_line(tmp_path):
    doc = _read(tmp_path, SEPARATE).plan.document
    # leading zeros kept as printed
    assert (doc.number, doc.symbol, doc.kind) == ("0087", "0087/KH-UBND", "KH")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert doc.title == "Số hóa hồ sơ đất đai năm 2026"


def test_duties_without_a_time_are_continuous_over_the_plan_time(tmp_path):
    for time in (SEPARATE, SAME_LINE):
        result = _read(tmp_path, time)
        tasks = result.plan.tasks
        assert len(tasks) == 4, [t.title for t in tasks]
        no_time = [t for t in tasks if t.timeframe.text == "Quý I/2026"]
        assert len(no_time) == 3
        # a duty that states its own time keeps it ("trước ngày 20/3/2026": due 19/3)
        own = tasks[2].timeframe
        assert (own.kind, own.due) == (planflow.Kind.DEADLINE, date(2026, 3, 19))
        assert tasks[2].title.startswith("Thẩm định dự toán kinh phí")
        for t in no_time:
            tf = t.timeframe
            assert tf.kind is planflow.Kind.CONTINUOUS, tf
            assert (tf.start, tf.end, tf.due) == (date(2026, 1, 1), date(2026, 3, 31), None)
            assert any("continuous over it" in w for w in tf.warnings)
        assert [t.lead for t in tasks] == [("so-nnmt",), ("so-nnmt",), ("so-tai-chinh",),
                                           ("ubnd-cac-xa-phuong",)]
        assert any("plan's own time 'Quý I/2026'" in w for w in result.warnings)


def test_the_convention_survives_the_plan_file(tmp_path):
    plan = _read(tmp_path, SEPARATE).plan
    out = tmp_path / "plan.toml"
    out.write_text(planflow.dumps_plan(plan), encoding="utf-8")
    again = planflow.load(out)
    assert [t.timeframe.kind for t in again.tasks] == [t.timeframe.kind for t in plan.tasks]
    assert again.tasks[0].timeframe.due is None
    planflow.validate(again)
