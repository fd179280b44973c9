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


# -- the document's fields when a page lost or split them -----------------------------

SCRAPED_HEAD = """\
ỦY
BAN NHÂN DÂN
TỈNH BẮC SƠN
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
88/KH-UBND
|
Bắc
Sơn, ngày 15 tháng 4 năm 2025
|
"""


def test_a_scraped_cell_that_cut_the_issuer_and_the_place(tmp_path):
    body = SCRAPED_HEAD + (
        "KẾ HOẠCH\nKIỂM TRA AN TOÀN THỰC PHẨM NĂM 2025\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm an toàn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì tổ chức kiểm tra, hoàn thành trong quý III/2025.\n"
    )
    info = _plan(tmp_path, body, "plan.md").plan.document
    assert info.issuer == "Ủy ban nhân dân tỉnh Bắc Sơn"
    assert info.place == "Bắc Sơn" and info.date == date(2025, 4, 15)
    assert info.symbol == "88/KH-UBND"


DECISION = """\
ỦY BAN NHÂN DÂN
TỈNH BẮC SƠN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/QĐ-UBND

Bắc Sơn, ngày 02 tháng 6 năm 2025

QUYẾT ĐỊNH

{title}

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thư viện số giai đoạn 2025 - 2027.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.mark.parametrize("title", [
    "VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THƯ VIỆN SỐ\n\nGIAI ĐOẠN 2025 - 2027",
    "BANHÀNH KẾ HOẠCH PHÁT TRIỂN THƯ VIỆN SỐ GIAI ĐOẠN 2025 - 2027",
    "PHÊ DUYỆT “KẾ HOẠCH PHÁT TRIỂN THƯ VIỆN SỐ GIAI ĐOẠN 2025 - 2027”",
])
def test_a_decision_whose_plan_is_not_in_the_text(tmp_path, title):
    result = _plan(tmp_path, DECISION.format(title=title))
    info = result.plan.document
    # printed in capitals; Điều 1 writes it as running text (planflow_import.titles)
    assert info.title == "Phát triển thư viện số giai đoạn 2025 - 2027"
    assert result.plan.period == planflow.Period(date(2025, 1, 1), date(2027, 12, 31))
    assert any("attachment" in w and "decision's" in w for w in result.warnings)


def test_a_decision_title_in_one_cell_with_the_decider(tmp_path):
    body = DECISION.format(title="").replace(
        "QUYẾT ĐỊNH\n\n\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN",
        "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THƯ VIỆN SỐ GIAI ĐOẠN 2025 - 2027"
        " CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN")
    info = _plan(tmp_path, body).plan.document
    # printed in capitals; Điều 1 writes it as running text (planflow_import.titles)
    assert info.title == "Phát triển thư viện số giai đoạn 2025 - 2027"


def test_a_title_the_page_dropped_is_read_from_the_issuing_sentence(tmp_path):
    body = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 64/KH-UBND | Bắc Sơn, ngày 09 tháng 01 năm 2025 |\n"
        "Thực hiện Chỉ thị số 05/CT-TTg, UBND tỉnh ban hành Kế hoạch kiểm tra công tác văn thư,"
        " lưu trữ năm 2025 (sau đây gọi tắt là Kế hoạch), cụ thể như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì kiểm tra, hoàn thành trong quý IV/2025.\n"
    )
    result = _plan(tmp_path, body, "plan.md")
    assert result.plan.document.title == "kiểm tra công tác văn thư, lưu trữ năm 2025"
    assert any("sentence that issues the plan" in w for w in result.warnings)
    # "Kế hoạch triển khai như sau": too few words to be a title, left empty and said
    short = body.replace("kiểm tra công tác văn thư, lưu trữ năm 2025 (sau đây gọi tắt là Kế"
                         " hoạch), cụ thể", "triển khai")
    result = _plan(tmp_path, short, "short.md")
    assert result.plan.document.title == ""
    assert "no title under 'KẾ HOẠCH'" in result.warnings


def test_the_note_of_the_decision_a_plan_is_issued_by_is_not_its_title(tmp_path):
    body = DECISION.format(title="BAN HÀNH KẾ HOẠCH THƯ VIỆN SỐ") + (
        "\nNơi nhận:\n- Như Điều 3;\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nKẾ HOẠCH\nQUỐC GIA\nPHÁT TRIỂN\n"
        "THƯ VIỆN SỐ GIAI ĐOẠN 2025 – 2027\n(Ban\nhành theo Quyết định số 412/QĐ-UBND ngày"
        " 02/6/2025)\n\nI. MỤC TIÊU\nSố hóa tài liệu.\n"
    )
    info = _plan(tmp_path, body).plan.document
    assert info.title == "QUỐC GIA PHÁT TRIỂN THƯ VIỆN SỐ GIAI ĐOẠN 2025 – 2027"


# -- duties written as plain paragraphs that begin with their agency --------------------

PLAIN = HEAD + """\
Theo đó, Sở Văn hóa và Thể thao hướng dẫn các huyện chọn vận động viên.

Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về hội thao, bắt đầu từ tháng 4/2025 cho đến tháng 9/2025.

UBND tỉnh yêu cầu Công an tỉnh tiếp tục bảo đảm an ninh tại các điểm thi đấu.

Các cơ quan, đơn vị có trang thông tin điện tử cập nhật tin bài về hội thao.

Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Bộ Chỉ huy Quân sự tỉnh.
"""


def test_plain_paragraphs_that_begin_with_an_agency_are_its_duties(tmp_path):
    result = _plan(tmp_path, PLAIN)
    tasks = result.plan.tasks
    assert [t.lead for t in tasks] == [
        ("so-van-hoa-va-the-thao",), ("dai-phat-thanh-va-truyen-hinh-tinh",), ("cong-an-tinh",),
        ("co-quan-don-vi-co-trang-thong-tin-dien-tu",)], [t.lead for t in tasks]
    assert any("begin with an agency are read as its duties" in w for w in result.warnings)
    tf = planflow.bind(result.plan).tasks[1].timeframe
    assert (tf.kind, tf.start, tf.end) == (planflow.Kind.WINDOW, date(2025, 4, 1), date(2025, 9, 30))


def test_plain_paragraphs_are_not_read_when_the_plan_numbers_its_duties(tmp_path):
    body = PLAIN.replace("Theo đó, Sở Văn hóa", "1. Sở Văn hóa").replace(
        "Đài Phát thanh", "2. Đài Phát thanh").replace("UBND tỉnh yêu cầu", "3. UBND tỉnh yêu cầu")
    result = _plan(tmp_path, body)
    assert not any("begin with an agency" in w for w in result.warnings)


@pytest.mark.parametrize("words", [
    "bắt đầu từ tháng 4/2025 cho đến tháng 9/2025", "Bắt đầu từ tháng 4/2025 cho đến hết tháng 9/2025",
])
def test_a_span_said_with_bat_dau_and_cho_den(words):
    tf = _tf(words)
    assert (tf.kind, tf.start, tf.end) == (planflow.Kind.WINDOW, date(2025, 4, 1), date(2025, 9, 30))
    tf = _tf("bắt đầu từ tháng 4/2025 cho đến khi kết thúc giải")
    assert tf.kind is planflow.Kind.CONTINUOUS and tf.open_ended


def test_a_numbered_duty_sentence_keeps_the_time_it_closes_with(tmp_path):
    body = HEAD + (
        "1. Sở Nội vụ khẩn trương tổng hợp danh sách khen thưởng, trình UBND tỉnh trước ngày"
        " 20.8 để xem xét theo quy định.\n"
        "2. Thủ trưởng các sở, ngành và chủ tịch UBND các huyện gửi báo cáo tổng kết về Bộ Chỉ"
        " huy Quân sự tỉnh trước ngày 15/9/2025.\n"
    )
    plan = planflow.bind(_plan(tmp_path, body).plan)
    first, second = plan.tasks
    assert first.lead == ("so-noi-vu",)
    assert first.timeframe.kind is planflow.Kind.DEADLINE
    assert first.timeframe.due == date(2025, 8, 19)  # "trước ngày 20.8" in the plan's year
    assert second.timeframe.due == date(2025, 9, 12)  # 14/9 is a Sunday: the rule in force


def test_a_reporter_named_with_an_adverb_is_the_agency_alone():
    from planflow_vn.recipients import reporter_names

    assert reporter_names("Sở Tài chính khẩn trương tổng hợp, báo cáo UBND tỉnh trước ngày"
                          " 10/3/2025.") == {"reporter_names": "Sở Tài chính"}
    assert reporter_names("Công an tỉnh tiếp tục theo dõi, báo cáo kết quả về UBND tỉnh.") == {
        "reporter_names": "Công an tỉnh"}


@pytest.mark.parametrize("title,period", [
    ("Thực hiện Chương trình phát triển du lịch giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021"
     " đến năm 2025, năm 2024", (date(2024, 1, 1), date(2024, 12, 31))),
    ("Triển khai Đề án 06 giai đoạn 2022-2025, năm 2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("Phát triển thư viện số giai đoạn 2025 - 2027", (date(2025, 1, 1), date(2027, 12, 31))),
    ("Kiểm tra công tác văn thư, lưu trữ năm 2025", (date(2025, 1, 1), date(2025, 12, 31))),
])
def test_the_plans_own_year_after_a_programmes_phase(title, period):
    from planflow_import.header import title_period

    assert title_period(title, date(2024, 3, 6)) == planflow.Period(*period)


def test_a_label_inside_a_numbered_duty_is_not_its_headings_colon(tmp_path):
    body = HEAD + (
        "1. Sở Y tế tổ chức khám sức khỏe cho vận động viên; thời gian: trước ngày 30/4/2025.\n"
        "2. Sở Tài chính: cấp kinh phí tổ chức hội thao.\n"
        "3. Công an tỉnh bảo đảm an ninh khu thi đấu; tiến độ: tháng 5/2025.\n"
    )
    plan = planflow.bind(_plan(tmp_path, body).plan)
    assert [t.lead for t in plan.tasks] == [("so-yt",), ("so-tai-chinh",), ("cong-an-tinh",)]
    assert "khám sức khỏe" in plan.tasks[0].title
    assert plan.tasks[0].timeframe.due == date(2025, 4, 29)
    assert plan.tasks[2].timeframe.end == date(2025, 5, 31)


def test_a_yearly_day_after_a_report_recipient(tmp_path):
    body = HEAD + (
        "1. Bộ Chỉ huy Quân sự tỉnh xây dựng kế hoạch huấn luyện, trình UBND tỉnh trước ngày"
        " 15/11 hằng năm.\n2. Sở Nội vụ chủ trì khen thưởng, hoàn thành trong quý IV/2025.\n")
    plan = planflow.bind(_plan(tmp_path, body).plan)
    tf = plan.tasks[0].timeframe
    assert tf.kind is planflow.Kind.RECURRING and tf.recurrence == "yearly"
    assert tf.occurrences[-1][1] == date(2025, 11, 14)


def test_line_breaks_written_as_backslash_characters(tmp_path):
    lines = HEAD.replace("\n", "\\r\\n \\r\\n") + (
        "1. Sở Y tế chủ trì tổ chức khám sức khỏe, hoàn thành trước ngày 30/4/2025.\\r\\n"
        "2. Công an tỉnh bảo đảm an ninh khu thi đấu.\\r\\n")
    result = _plan(tmp_path, lines, "plan.md")
    assert result.plan.document.symbol == "31/KH-UBND"
    assert [t.lead for t in result.plan.tasks] == [("so-yt",), ("cong-an-tinh",)]
    assert any("written as the characters" in w for w in result.warnings)


def test_plain_paragraphs_with_a_preface_or_a_leading_time(tmp_path):
    body = HEAD + (
        "UBND tỉnh có ý kiến như sau: Sở Nội vụ chủ trì, phối hợp với các đơn vị rà soát danh"
        " sách khen thưởng; gửi báo cáo về UBND tỉnh (qua Văn phòng) trước ngày 15/10/2025./.\n\n"
        "Hằng tháng, từ ngày 1 đến ngày 5, các đơn vị được phân công phải cập nhật kết quả luyện"
        " tập; từ ngày 6 đến ngày 10 hằng tháng, Bộ Chỉ huy Quân sự tỉnh tổng hợp kết quả.\n")
    plan = planflow.bind(_plan(tmp_path, body).plan)
    leads = [t.lead for t in plan.tasks]
    assert leads == [("so-noi-vu",), ("don-vi",), ("bo-chi-huy-quan-su-tinh",)], leads
    assert plan.tasks[0].timeframe.due == date(2025, 10, 14)
    monthly = plan.tasks[1].timeframe
    assert monthly.recurrence == "monthly" and monthly.occurrences[0] == (date(2025, 1, 1),
                                                                          date(2025, 1, 5))
    assert plan.tasks[2].timeframe.occurrences[0] == (date(2025, 1, 6), date(2025, 1, 10))


def test_a_recipient_written_with_bang_van_ban():
    from planflow_vn.recipients import recipient_names

    assert recipient_names("báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày"
                           " 20/7/2025.") == {"recipient_name": "Chủ tịch UBND tỉnh"}


def test_a_decision_issuing_a_programme_reads_the_attached_programme(tmp_path):
    body = DECISION.format(title="BAN HÀNH CHƯƠNG TRÌNH CÔNG TÁC THƯ VIỆN NĂM 2026").replace(
        "Kế hoạch phát triển thư viện số giai đoạn 2025 - 2027", "Chương trình công tác thư viện"
        " năm 2026") + (
        "\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n\n"
        "CHƯƠNG TRÌNH\n\nCÔNG TÁC THƯ VIỆN NĂM 2026\n(Ban hành kèm theo Quyết định số 412/QĐ-UBND"
        " ngày 02/6/2025)\n\nI. NỘI DUNG CÔNG TÁC\n\n"
        "1. Thư viện tỉnh chủ trì số hóa tài liệu địa chí; hoàn thành trong quý III/2026.\n\n"
        "2. Sở Văn hóa và Thể thao kiểm tra thư viện cấp xã, hoàn thành trước ngày 30/11/2026.\n")
    result = _plan(tmp_path, body)
    plan = planflow.bind(result.plan)
    assert plan.document.title == "Công tác thư viện năm 2026"  # as the decision writes it
    assert plan.period == planflow.Period(date(2026, 1, 1), date(2026, 12, 31))
    assert [t.lead for t in plan.tasks] == [("thu-vien-tinh",), ("so-van-hoa-va-the-thao",)]
    assert plan.tasks[0].timeframe.due == date(2026, 9, 30)


def test_text_whose_letters_a_pdf_extraction_lost_is_refused_in_one_line(tmp_path):
    # a font that dropped "Đ", "Ư"…: no title word and no sections survive: one clear line
    path = tmp_path / "garbled.txt"
    path.write_text("S : 12/Q -UBND QUY T NNH V PHÊ DUY T ÁN i u 1. Phê duy t án.\n",
                    encoding="utf-8")
    with pytest.raises(planflow.PlanFileError, match="not a plan"):
        read_text_file(path)


def test_a_plain_paragraph_led_by_bodies_written_with_a_slash(tmp_path):
    body = HEAD + (
        "Các đơn vị được giao nhiệm vụ gồm: Sở Y tế, Công an tỉnh, UBND các huyện.\n\n"
        "UBND huyện/thị xã chịu trách nhiệm bảo đảm điều kiện tập luyện tại địa phương.\n")
    tasks = _plan(tmp_path, body).plan.tasks
    assert [t.lead for t in tasks] == [("ubnd-huyen-thi-xa",)], [t.lead for t in tasks]
