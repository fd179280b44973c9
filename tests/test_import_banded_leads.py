"""A banded appendix (each row's number, time and often lead on its middle line, its words
above and below, fragments of any width) whose leads are spread over the cells: a lead's
first words printed above the next row's first line ("Doanh" | "nghiệp  Sở …"), a body's
name begun alone on a line above its row and ended on the row's number line ("UBND các
xã," | "3 phường …"), a time cell above the number line ("2025-2030"), and the rest of
a partner's name alone on a line ("thành phố"), which is none of the title's words (round
16, helper fix8). Made-up text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file
from planflow_import.fragments import _lead_name

BANDED = Path(__file__).parent / "data" / "import_words" / "fragments_banded.md"

ROWS = """2 Sự kiện văn hóa
| Tổ chức đêm nhạc dân ca trên sông với  | Doanh  | nghiệp  Sở  Du  | lịch,  Sở  Sở  |     |          |     |     |
| ------------------------------------ | ------ | ---------------------------- | -------------- | --- | -------- | --- | --- |
| 1                                    |        |                              |                | x   | Hằng năm |     |     |
| quy mô trong nước và quốc tế         | kinh   | doanh  Văn hóa và Thể thao,  |                |     |          |     |     |
|     |     |     | Doanh  | nghiệp  Sở                   | Du  lịch,  | Sở  Sở    |     |     |     |
| --- | --- | --- | ------ | ---------------------------- | ---------- | --------- | --- | --- | --- |
|     |     |     | kinh   | doanh  Văn hóa và Thể thao,  |            |           |     |     |     |
| Tổ chức chương trình hòa nhạc mùa thu  |     |     | dịch   | vụ,  du  Hiệp                | hội        | Du  lịch  |     |     |     |
| 2                                    |     |     |        |                              |            |           |     | x   | Hàng tháng |
| hoặc tương tự.                       |     |     | lịch   | di                           | tích       |           |     |     |     |
thành phố
UBND các xã,
| Tổ chức mô hình quản lý điểm dừng chân cho xe đạp  |     |     |         | Sở Du lịch; Liên đoàn  |     |          |
| ------------------------------------------ | --- | --- | ------- | ---------------------- | --- | -------- |
| 3                                          |     |     | phường  | liên                   | x   | Hằng năm |
| dọc tuyến đường ven biển    |     |     |         | lao động tỉnh     |     |          |
quan
| Số hóa bản đồ các điểm tham quan trong tỉnh  |     |     |     |     | 2026-2030 |
| 4 phục vụ khách du lịch nước ngoài  |     | Sở Du lịch |     | x   |           |
|                                     |     |     |     |     | Hằng năm |
| Tổ chức khảo sát mức độ hài lòng của du khách  |     |     |     |     |     |
| 5 tại các điểm đến của tỉnh  |     | Sở Du lịch |     | x   |           |
"""


def _result(tmp_path: Path) -> planflow.ImportResult:
    text = BANDED.read_text(encoding="utf-8").replace("- Hỗ trợ lãi suất\n2 Quảng bá", "- Hỗ trợ lãi suất\n"
                                                     + ROWS + "3 Quảng bá")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path, markdown=True)


def _read(tmp_path: Path) -> list[tuple[str, list[str]]]:
    result = _result(tmp_path)
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]


def test_a_lead_printed_above_the_next_rows_first_line_is_that_rows(tmp_path: Path) -> None:
    tasks = dict(_read(tmp_path))
    concert = next(t for t in tasks if t.startswith("Tổ chức đêm nhạc"))
    symphony = next(t for t in tasks if t.startswith("Tổ chức chương trình hòa nhạc"))
    assert tasks[concert] == ["Doanh nghiệp"]  # not "Doanh nghiệp Sở": the next body's word
    assert tasks[symphony] == ["Doanh nghiệp"]


def test_a_name_begun_above_its_row_ends_on_the_number_line(tmp_path: Path) -> None:
    tasks = dict(_read(tmp_path))
    row = next(t for t in tasks if t.startswith("Tổ chức mô hình quản lý điểm dừng chân"))
    assert tasks[row] and "xã, phường" in tasks[row][0], tasks[row]


def test_a_names_rest_alone_on_a_line_is_no_title_word(tmp_path: Path) -> None:
    titles = [t for t, _ in _read(tmp_path)]
    symphony = next(t for t in titles if t.startswith("Tổ chức chương trình hòa nhạc"))
    assert not symphony.endswith("thành phố"), symphony
    assert "hoặc tương tự" in symphony
    # the rows of the table read before stay as they were
    assert any(t.startswith("Xây dựng tuyến du lịch trải nghiệm") for t in titles)
    assert any(t.startswith("Tổ chức hội chợ nông sản") for t in titles)


def test_a_lead_name_keeps_communes_and_wards_together() -> None:
    assert _lead_name("UBND các xã, phường liên quan") == "UBND các xã, phường liên quan"
    assert _lead_name("Sở Du lịch, Sở Tài chính") == "Sở Du lịch"
    assert _lead_name("Doanh nghiệp Sở") == "Doanh nghiệp"


def test_a_time_cell_above_the_number_line_times_the_row(tmp_path: Path) -> None:
    # "2025-2030" beside the row's first words, its number line naming no time; a time cell
    # after a timed row's number line, on a line with no words, times the next row
    times = {t.title[:20]: t.timeframe for t in _result(tmp_path).plan.tasks}
    first = times["Số hóa bản đồ các đi"]
    assert (first.kind.value, first.start, first.end) == ("window", date(2026, 1, 1), date(2030, 12, 31))
    assert times["Tổ chức khảo sát mức"].kind.value == "recurring"
