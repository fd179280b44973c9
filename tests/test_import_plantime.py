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


APPENDIX_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 301/KH-UBND

Đồng Tháp, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phát triển giáo dục nghề nghiệp năm 2026

I. MỤC TIÊU

| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 |
|---|---|---|---|
| 1 | Tỷ lệ lao động qua đào tạo | % | 72 |
| 2 | Số người được hỗ trợ học nghề | người | 3.000 |

II. NHIỆM VỤ

1. Rà soát mạng lưới cơ sở giáo dục nghề nghiệp
- Cơ quan chủ trì: Sở Nội vụ.
- Thời gian hoàn thành: Quý II/2026.
2. Tổ chức ngày hội tư vấn tuyển sinh
- Cơ quan chủ trì: Sở Giáo dục và Đào tạo.
- Thời gian hoàn thành: tháng 5/2026.

III. TỔ CHỨC THỰC HIỆN

Các sở, ngành triển khai nhiệm vụ theo phụ lục kèm theo.

PHỤ LỤC

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Rà soát mạng lưới cơ sở giáo dục nghề nghiệp | Sở Nội vụ | |
| 2 | Tổ chức ngày hội tư vấn tuyển sinh | Sở Giáo dục và Đào tạo | Tháng 5/2026 |
| 3 | Khảo sát nhu cầu đào tạo của doanh nghiệp | Sở Công Thương | Quý III/2026 |

| TT | Chỉ tiêu | Cơ quan chủ trì | Năm 2026 |
|---|---|---|---|
| 1 | Tỷ lệ lao động có chứng chỉ | Sở Nội vụ | 35 % |

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn C
"""


def test_sections_and_appendix_rows_kept_once(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(APPENDIX_PLAN, encoding="utf-8")
    result = read_text_file(path)
    titles = [t.title for t in result.plan.tasks]
    # two tasks in sections and again in the appendix, one only in the appendix, and the
    # indicator assigned to a lead; the indicator table without a lead is not tasks
    assert len(titles) == 4, titles
    assert sum("Rà soát mạng lưới" in t for t in titles) == 1
    assert sum("ngày hội tư vấn" in t for t in titles) == 1
    assert any("Tỷ lệ lao động có chứng chỉ" in t for t in titles)
    assert not any("Tỷ lệ lao động qua đào tạo" in t for t in titles)
    first = next(t for t in result.plan.tasks if "Rà soát mạng lưới" in t.title)
    # the row states no time: the section's is kept
    assert first.timeframe.text == "Quý II/2026"
    assert sum("kept once, as the row" in w for w in result.warnings) == 2


def test_a_duty_opening_on_its_subject_is_the_row_that_restates_it(tmp_path):
    # the section's sentence names its subject first ("Các sở, ngành, địa phương đẩy
    # mạnh …"), the appendix row starts with the verb: one task, the row
    text = APPENDIX_PLAN.replace(
        "1. Rà soát mạng lưới cơ sở giáo dục nghề nghiệp\n- Cơ quan chủ trì: Sở Nội vụ.\n"
        "- Thời gian hoàn thành: Quý II/2026.\n",
        "1. Các sở, ngành, địa phương chủ động rà soát mạng lưới cơ sở giáo dục nghề "
        "nghiệp trên địa bàn.\n- Cơ quan chủ trì: Sở Nội vụ.\n"
        "- Thời gian hoàn thành: Quý II/2026.\n").replace(
        "| 1 | Rà soát mạng lưới cơ sở giáo dục nghề nghiệp |",
        "| 1 | Rà soát mạng lưới cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh |")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    titles = [t.title for t in result.plan.tasks]
    assert sum("rà soát mạng lưới" in t.casefold() for t in titles) == 1, titles
    first = next(t for t in result.plan.tasks if "rà soát mạng lưới" in t.title.casefold())
    assert first.title.startswith("Rà soát mạng lưới")
    assert first.timeframe.text == "Quý II/2026"
    assert sum("kept once, as the row" in w for w in result.warnings) == 2
    # fewer than 40 characters in common is no restatement
    short = text.replace("| 1 | Rà soát mạng lưới cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh |",
                         "| 1 | Rà soát mạng lưới cơ sở |")
    path.write_text(short, encoding="utf-8")
    titles = [t.title for t in read_text_file(path).plan.tasks]
    assert sum("rà soát mạng lưới" in t.casefold() for t in titles) == 2, titles


def test_lettered_agency_headings_under_a_numbered_heading(tmp_path):
    text = PLAN.replace("{TIME}", SEPARATE).replace(
        "**III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**",
        "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Trách nhiệm chung**\n\n"
        "Các sở, ngành triển khai thực hiện.\n\n**2. Trách nhiệm cụ thể**")
    for old, new in (("**1. Sở", "**a) Sở"), ("**2. Sở", "**b) Sở"), ("**3. UBND", "**c) UBND")):
        text = text.replace(old, new)
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    tasks = read_text_file(path).plan.tasks
    assert [t.lead for t in tasks] == [("so-nnmt",), ("so-nnmt",), ("so-tai-chinh",),
                                       ("ubnd-cac-xa-phuong",)], [t.title for t in tasks]


def test_a_roman_heading_in_sentence_case_after_one_in_capitals(tmp_path):
    text = PLAN.replace("{TIME}", SEPARATE).replace(
        "**III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**", "**III. Tổ chức thực hiện**")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    tasks = read_text_file(path).plan.tasks
    assert [t.lead for t in tasks] == [("so-nnmt",), ("so-nnmt",), ("so-tai-chinh",),
                                       ("ubnd-cac-xa-phuong",)], [t.title for t in tasks]
    # a numbered sentence is not a heading: "V." does not follow "III."
    assert "V. " not in text
