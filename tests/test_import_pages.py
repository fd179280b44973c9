"""Families found reading public pages of issued plans and directives (round 4): the
structures and wordings the labelled corpus does not show. Every document here is
written for these tests in our own words, on the structure seen; no page text is copied.

- numbered duties whose agency starts the sentence with no colon ("2. Sở Tài chính bảo
  đảm kinh phí …", "4. Thanh tra tỉnh thành lập đoàn …", "1. Thủ trưởng các sở, ngành và
  chủ tịch UBND các huyện phối hợp …"): the name ends at the first thing the agency does;
- a plan whose title the page dropped: read from "ban hành Kế hoạch … như sau" (warned);
- timeframe wordings: a yearly list of days written with "tháng" or with "ngày" before
  each day; the same days of each month ("từ ngày 1 đến ngày 5 hằng tháng"); a day of the
  quarter's first or last month; several cadences listed ("định kỳ 6 tháng, hằng năm");
  a number of days counted from the day the plan is signed.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file
from planflow_vn import timeframes

HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH KIÊN ĐỊNH

Số: 31/KH-UBND

Kiên Định, ngày 04 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức hội thao dân quân tự vệ năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng huấn luyện.

II. TỔ CHỨC THỰC HIỆN
"""

DUTIES = [
    # (line, wanted lead, a piece of the title)
    ("1. Thủ trưởng các sở, ngành và chủ tịch UBND các huyện phối hợp chặt chẽ với Bộ Chỉ"
     " huy Quân sự tỉnh cử vận động viên tham dự.", ("thu-truong-cac-so-nganh",
                                                      "chu-tich-ubnd-cac-huyen"), "cử vận động"),
    ("2. Bộ Chỉ huy Quân sự tỉnh là cơ quan thường trực giúp UBND tỉnh chuẩn bị sân bãi;"
     " lập danh sách trọng tài.", ("bo-chi-huy-quan-su-tinh",), "sân bãi"),
    ("3. Sở Văn hóa và Thể thao: bố trí trọng tài và dụng cụ thi đấu.",
     ("so-van-hoa-va-the-thao",), "trọng tài"),
    ("4. Thanh tra tỉnh thành lập đoàn giám sát việc chấm điểm các nội dung thi.",
     ("thanh-tra-tinh",), "đoàn giám sát"),
    ("5. Sở Tài chính bảo đảm kinh phí tổ chức hội thao. Kho bạc Nhà nước tỉnh ưu tiên"
     " thanh toán kịp thời.", ("so-tai-chinh",), "kinh phí"),
    ("6. Công an tỉnh đảm bảo an ninh, trật tự tại các điểm thi đấu.",
     ("cong-an-tinh",), "an ninh"),
]


def _plan(tmp_path: Path, body: str, name: str = "plan.txt") -> planflow.ImportResult:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_text_file(path)


@pytest.mark.parametrize("name,sep", [("plan.txt", "\n"), ("plan.md", "\n\n")])
def test_numbered_duties_whose_agency_starts_the_sentence(tmp_path, name, sep):
    body = HEAD + sep.join(line for line, _, _ in DUTIES) + "\n"
    result = _plan(tmp_path, body, name)
    tasks = result.plan.tasks
    assert len(tasks) == len(DUTIES), [t.title for t in tasks]
    for task, (_, lead, piece) in zip(tasks, DUTIES, strict=True):
        assert piece in " ".join((task.title, *task.content)), task
        assert task.lead == lead, (task.title, task.lead)


def test_the_name_is_not_cut_inside_an_agency_that_provides_a_service(tmp_path):
    # "Đề nghị các tổ chức cung cấp dịch vụ …" heads its duties: "cung cấp" is in the name
    body = HEAD + (
        "1. Sở Y tế tổng hợp kết quả.\n"
        "2. Đề nghị các tổ chức cung cấp dịch vụ chi trả\n"
        "a) Mở tài khoản cho người hưởng trợ cấp;\n"
        "b) Chi trả đúng hạn.\n"
    )
    result = _plan(tmp_path, body)
    leads = {t.lead for t in result.plan.tasks}
    assert ("to-chuc-cung-cap-dich-vu-chi-tra",) in leads, leads


def _tf(words: str, period: tuple[date, date] = (date(2025, 1, 1), date(2025, 12, 31)),
        issued: date | None = date(2025, 3, 4)) -> planflow.Timeframe:
    tf = timeframes.parse(words, planflow.TimeframeContext(period[0], period[1], issued))
    assert tf is not None
    return tf


@pytest.mark.parametrize("words", [
    "trước ngày 10 tháng 6 và 10 tháng 12 hằng năm",
    "trước ngày 10/6 và ngày 10/12 hằng năm",
    "Hằng năm, trước ngày 10 tháng 6 và ngày 10 tháng 12",
])
def test_a_yearly_list_of_days_in_other_wordings(words):
    tf = _tf(words)
    assert tf.kind is planflow.Kind.RECURRING and tf.recurrence == "yearly"
    assert [b for _, b in tf.occurrences] == [date(2025, 6, 9), date(2025, 12, 9)]


@pytest.mark.parametrize("words,first,count", [
    ("từ ngày 1 đến ngày 5 hằng tháng", (date(2025, 1, 1), date(2025, 1, 5)), 12),
    ("Định kỳ từ ngày 20 đến ngày 25 hằng tháng", (date(2025, 1, 20), date(2025, 1, 25)), 12),
    ("hằng tháng, từ ngày 26 đến hết ngày 31", (date(2025, 1, 26), date(2025, 1, 31)), 12),
])
def test_the_same_days_of_each_month(words, first, count):
    tf = _tf(words)
    assert tf.kind is planflow.Kind.RECURRING and tf.recurrence == "monthly"
    assert tf.occurrences[0] == first and len(tf.occurrences) == count
    assert tf.duty  # a window of work each month, nothing delivered at its end
    assert tf.occurrences[1][1] <= date(2025, 2, 28)  # 31 in February is its last day


def test_days_of_a_month_in_the_wrong_order_are_an_error():
    with pytest.raises(planflow.TimeframeError):
        _tf("từ ngày 25 đến ngày 5 hằng tháng")


@pytest.mark.parametrize("words,last_day", [
    ("chậm nhất ngày 22 tháng cuối quý", date(2025, 12, 22)),
    ("Hằng quý, vào ngày 22 của tháng cuối quý", date(2025, 12, 22)),
    ("định kỳ hằng quý trước ngày 22 của tháng cuối quý", date(2025, 12, 19)),
    ("trước ngày 10 tháng đầu quý", date(2025, 10, 9)),
])
def test_a_day_of_the_quarters_month(words, last_day):
    tf = _tf(words)
    assert tf.kind is planflow.Kind.RECURRING and tf.recurrence == "quarterly"
    assert len(tf.occurrences) == 4 and tf.occurrences[-1][1] == last_day


@pytest.mark.parametrize("words,name,count,note", [
    ("Định kỳ 6 tháng, hằng năm", "half_yearly", 2, None),
    ("báo cáo định kỳ hằng quý, 6 tháng, hằng năm", "quarterly", 4, None),
    ("định kỳ 6 tháng, hằng năm hoặc đột xuất theo yêu cầu", "half_yearly", 2, "đột xuất"),
    ("định kỳ 6 tháng, hằng năm, khi kết thúc giai đoạn", "half_yearly", 2, "kết thúc"),
])
def test_several_cadences_listed_read_as_the_finest(words, name, count, note):
    tf = _tf(words)
    assert tf.kind is planflow.Kind.RECURRING and tf.recurrence == name
    assert len(tf.occurrences) == count
    assert any("read as" in w for w in tf.warnings)  # never silent: the reading is named
    if note:
        assert any(note in w for w in tf.warnings)


@pytest.mark.parametrize("words,due", [
    ("trong vòng 20 ngày kể từ ngày ký", date(2025, 3, 24)),
    ("Trong thời hạn 10 ngày làm việc kể từ ngày ban hành Kế hoạch này", date(2025, 3, 18)),
    ("chậm nhất 02 tháng kể từ ngày ký ban hành", date(2025, 5, 4)),
])
def test_days_counted_from_the_signing(words, due):
    tf = _tf(words)
    assert tf.kind is planflow.Kind.DEADLINE and tf.due == due
    assert any("from the issue day" in w for w in tf.warnings)
    # without the issue day the words wait, and say why: never a guessed date
    tf = _tf(words, issued=None)
    assert tf.kind is planflow.Kind.EVENT and tf.due is None
    assert any("not known" in w for w in tf.warnings)


def test_days_from_receiving_a_letter_stay_an_event():
    tf = _tf("trong 10 ngày kể từ ngày nhận được văn bản")
    assert tf.kind is planflow.Kind.EVENT and tf.due is None


NEW_WORDS = [
    "trước ngày 10 tháng 6 và 10 tháng 12 hằng năm", "từ ngày 1 đến ngày 5 hằng tháng",
    "chậm nhất ngày 22 tháng cuối quý", "Định kỳ 6 tháng, hằng năm",
    "trong vòng 20 ngày kể từ ngày ký",
]


@pytest.mark.parametrize("words", NEW_WORDS)
def test_new_wordings_read_the_same_in_nfc_and_nfd(words):
    a = _tf(unicodedata.normalize("NFC", words))
    b = _tf(unicodedata.normalize("NFD", words))
    assert (a.kind, a.start, a.end, a.due, a.occurrences) == (b.kind, b.start, b.end, b.due,
                                                             b.occurrences)
    assert all(x <= y for x, y in a.occurrences)
