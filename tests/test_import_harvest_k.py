"""The families round harvest k's built-on letters showed (made-up text, not the corpus's):

* a telegram (Công điện) assigns duties as a letter does: it was "not a plan";
* a class of bodies with what it puts first ("…, trong đó trọng tâm là các tỉnh: …") heads
  its duties: the focus is not part of its name;
* a letter to one class of bodies ("Kính gửi: Các doanh nghiệp …") whose numbered items are
  its duties, naming no body of their own: every duty is the addressees' (was "not a plan");
* with no issue date and no period, the year is a guess from the years the text names: a
  time naming no year says it is read in that guess (was a date that looked sure);
* a scrape's emphasis inside a duty's closing time ("năm 2025**.**");
* a lead time counted from an event inside a duty ("Trong thời hạn 30 ngày kể từ ngày …").
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import.importer import _reader
from planflow_import.innertime import inner_time
from planflow_import.sections import agency_heading, own_time

from .made_up import SIGNED_DEPUTY, read_plan

DATA = Path(__file__).parent / "data" / "import_words"

TELEGRAM = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 07/CĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 12 tháng 02 năm 2026
CÔNG ĐIỆN
CHỦ ĐỘNG ỨNG PHÓ VỚI ĐỢT RÉT ĐẬM, RÉT HẠI
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Giám đốc các sở: Nông nghiệp và Môi trường, Y tế, Giáo dục và Đào tạo;
- Chủ tịch Ủy ban nhân dân các xã, phường.
Theo dự báo, từ ngày 14/02/2026 trên địa bàn tỉnh có rét đậm, rét hại kéo dài. Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo cơ quan chuyên môn hướng dẫn biện pháp phòng chống đói, rét cho vật nuôi, hoàn thành trước ngày 16/02/2026.
2. Giám đốc Sở Y tế chỉ đạo các cơ sở y tế sẵn sàng thuốc men, trang thiết bị cấp cứu người bị nhiễm lạnh.
3. Giám đốc Sở Giáo dục và Đào tạo hướng dẫn các trường cho học sinh nghỉ học khi nhiệt độ dưới 7 độ C.
""" + SIGNED_DEPUTY

LETTER_TO_FIRMS = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
SỞ CÔNG THƯƠNG
Số: 215/SCT-QLTM
V/v tự kiểm tra hoạt động kinh doanh xăng dầu
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 12 tháng 02 năm 2026
Kính gửi: Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh
Nhằm bảo đảm nguồn cung xăng dầu dịp cuối năm, Sở Công Thương đề nghị các doanh nghiệp tự kiểm tra việc chấp hành quy định, nội dung cụ thể như sau:
1. Thường xuyên rà soát hệ thống cửa hàng bán lẻ, bảo đảm mở cửa bán hàng đúng thời gian đã đăng ký, cụ thể:
- Niêm yết giá bán tại cửa hàng;
- Duy trì lượng hàng dự trữ tối thiểu.
2. Doanh nghiệp gửi hồ sơ đề nghị cấp lại giấy phép đến Sở Công Thương trước ngày hết hiệu lực của giấy phép ít nhất 30 ngày.
3. Xây dựng phương án bảo đảm nguồn cung, hoàn thành trước ngày 27/02/2026.
4. Những lưu ý về chế độ báo cáo:
- Báo cáo tình hình kinh doanh định kỳ hằng quý, gửi trước ngày 15 của tháng cuối quý.
- Báo cáo đột xuất khi có yêu cầu.
5. Lưu ý quy định xử lý vi phạm hành chính trong kinh doanh xăng dầu:
- Không niêm yết giá bán;
- Không báo cáo theo quy định.
Sở Công Thương đề nghị các doanh nghiệp quan tâm thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn C
"""


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], planflow.Timeframe]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe) for t in result.plan.tasks]


def test_a_telegram_assigns_duties_as_a_letter_does(tmp_path):
    r = read_plan(tmp_path, TELEGRAM)  # (was "not a plan (Kế hoạch)")
    d = r.plan.document
    assert (d.kind, d.symbol, d.date) == ("CĐ", "07/CĐ-UBND", date(2026, 2, 12))
    assert d.title == "CHỦ ĐỘNG ỨNG PHÓ VỚI ĐỢT RÉT ĐẬM, RÉT HẠI"  # the line under "CÔNG ĐIỆN"
    tasks = _tasks(r)
    assert [lead for _, lead, _ in tasks] == [
        ["Sở Nông nghiệp và Môi trường"], ["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]]
    # "hoàn thành trước ngày 16/02/2026" (a Monday): the working day before
    assert (tasks[0][2].kind, tasks[0][2].due) == (planflow.Kind.DEADLINE, date(2026, 2, 13))
    assert any(getattr(w, "key", "") == "letter_duties" for w in r.warnings)
    # the telegram's kind line joined to its subject and sender, as a scrape prints it
    one_line = TELEGRAM.replace("CÔNG ĐIỆN\nCHỦ ĐỘNG", "CÔNG ĐIỆN V/V CHỦ ĐỘNG")
    assert read_plan(tmp_path, one_line, "joined.txt").plan.document.title.startswith("CHỦ ĐỘNG ỨNG PHÓ")


def test_what_a_class_of_bodies_puts_first_is_not_its_name():
    assert agency_heading("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm "
                          "Đồng, trong đó trọng tâm là các tỉnh:") == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"]
    assert agency_heading("2. Ủy ban nhân dân các xã, nhất là các xã vùng cao:") == [
        "Ủy ban nhân dân các xã"]
    assert agency_heading("3. Các sở, ngành, đặc biệt là Sở Y tế:") == ["Các sở, ngành"]
    # (a name with "trong" of its own is kept whole)
    assert agency_heading("4. Ban Chỉ đạo phòng, chống thiên tai trong tỉnh:") == [
        "Ban Chỉ đạo phòng, chống thiên tai trong tỉnh"]


def test_a_year_guessed_from_the_text_is_said_on_the_times_read_in_it():
    path = DATA / "guessed_year.txt"
    r = planflow.default_registry().importer_for(path).read(path)
    # no letterhead, no issue date: the first year the text names is a law's (2007)
    assert r.plan.document.date is None and r.plan.period.start.year == 2007
    assert any(getattr(w, "key", "") == "period_guessed" for w in r.warnings)
    report = r.plan.tasks[0]
    assert report.timeframe.due == date(2007, 12, 19)
    assert any(getattr(w, "key", "") == "tf_year_guessed" for w in report.timeframe.warnings)
    # a duty with no time of its own gets no such warning (nothing read in the guess)
    plain = r.plan.tasks[1]
    assert not any(getattr(w, "key", "") == "tf_year_guessed" for w in plain.timeframe.warnings)


def test_a_letter_to_one_class_of_bodies_gives_them_every_duty(tmp_path):
    r = read_plan(tmp_path, LETTER_TO_FIRMS)  # (was "not a plan (Kế hoạch)")
    tasks = _tasks(r)
    titles = [t for t, _, _ in tasks]
    firms = ["Các doanh nghiệp kinh doanh xăng dầu"]  # (where they work is not the name)
    assert titles[0].startswith("Thường xuyên rà soát hệ thống cửa hàng") and tasks[0][1] == firms
    # its "cụ thể:" bullets spell it out: its words, no duties of their own
    first = r.plan.tasks[0]
    assert any("Niêm yết giá bán" in c for c in first.content)
    assert not any(t.startswith("Niêm yết giá bán") for t in titles)
    # a duty naming the addressees shorter is theirs
    assert titles[1].startswith("Doanh nghiệp gửi hồ sơ") and tasks[1][1]
    # "hoàn thành trước ngày 27/02/2026" (a Friday): Thursday 26/02
    third = next(tf for t, _, tf in tasks if t.startswith("Xây dựng phương án"))
    assert (third.kind, third.due) == (planflow.Kind.DEADLINE, date(2026, 2, 26))
    # a heading over bullets: each bullet a duty of the addressees
    quarterly = next((t, lead, tf) for t, lead, tf in tasks if t.startswith("Báo cáo tình hình kinh doanh"))
    assert quarterly[1] == firms and quarterly[2].kind == planflow.Kind.RECURRING
    # the note on sanctions lists the acts punished: one item, its bullets its words
    assert not any(t.startswith(("Không niêm yết", "Không báo cáo")) for t in titles)
    # the sender urging it all is no duty
    assert not any("quan tâm thực hiện" in t for t in titles)


def test_a_letter_whose_items_name_other_bodies_is_not_given_to_its_addressees(tmp_path):
    # an item naming another body than the addressees ("2. Công an tỉnh …"): the items are
    # not all the addressees' duties, and the rule does not apply (read as before)
    text = LETTER_TO_FIRMS.replace("2. Doanh nghiệp gửi hồ sơ", "2. Công an tỉnh kiểm tra hồ sơ")
    with pytest.raises(planflow.PlanFileError, match="not a plan"):
        read_plan(tmp_path, text)


def test_emphasis_inside_a_closing_time_is_no_part_of_it():
    # (before: "…năm 2025**.**" kept its marks, "**trước ngày …**." was no time at all)
    assert own_time("Rà soát dữ liệu số nhà, hoàn thành trước ngày 31 tháng 12 năm "
                    "2025**.**") == "hoàn thành trước ngày 31 tháng 12 năm 2025"
    assert own_time("Gửi báo cáo về Sở Nội vụ **trước ngày 06 tháng 12 năm 2025**.") == \
        "trước ngày 06 tháng 12 năm 2025"


def test_a_lead_time_counted_from_an_event_is_the_duty_s_time():
    read = _reader(planflow.Period(date(2026, 1, 1), date(2026, 12, 31)), date(2026, 2, 12))
    phrase, note = inner_time("Lưu ý về nộp bổ sung tiền ký quỹ: Trong thời hạn 30 ngày kể từ "
                              "ngày rút tiền ký quỹ để thanh toán, doanh nghiệp phải nộp bổ sung "
                              "tiền ký quỹ.", read)
    assert phrase == "Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ" and note is not None
    assert read(phrase).kind == planflow.Kind.EVENT  # type: ignore[union-attr]
    phrase, _ = inner_time("Gửi hồ sơ về Sở Tư pháp trong vòng 05 ngày làm việc kể từ khi nhận "
                           "được yêu cầu.", read)
    assert phrase == "trong vòng 05 ngày làm việc kể từ khi nhận được yêu cầu"
    # a count of days that is no lead time: nothing read
    assert inner_time("Tổ chức 05 ngày hội văn hóa tại các xã.", read) == (None, None)


def test_a_time_inside_a_remark_on_what_was_done_is_no_duty_s():
    read = _reader(planflow.Period(date(2025, 1, 1), date(2025, 12, 31)), date(2025, 11, 20))
    # (before: "ban hành trong năm 2025", a deadline at the year's end, was the duty's time)
    assert inner_time("Chủ trì đa dạng hóa công tác đào tạo về đấu thầu (năm 2025, Sở Tài chính đã "
                      "tổ chức 2 lớp tập huấn để cập nhật các Luật mới ban hành trong năm 2025).",
                      read) == (None, None)
    # a bracket that states the duty's own time is read as before
    assert inner_time("Tổ chức tập huấn cho cán bộ (hoàn thành trong tháng 11/2025).", read)[0] == \
        "hoàn thành trong tháng 11/2025"


def test_a_turn_closing_the_work_before_its_report_is_the_duty_s_turn():
    read = _reader(planflow.Period(date(2025, 1, 1), date(2025, 12, 31)), date(2025, 12, 1))
    phrase, note = inner_time("Chủ động cập nhật kết quả thực hiện hàng tuần, báo cáo Ủy ban nhân "
                              "dân Thành phố và gửi Bộ Nông nghiệp và Môi trường tổng hợp.", read)
    assert phrase == "hàng tuần" and note is not None  # (before: no time, continuous)
    assert read(phrase).recurrence == "weekly"  # type: ignore[union-attr]
    assert inner_time("Rà soát hồ sơ hằng tháng, gửi Sở Tư pháp.", read)[0] == "hằng tháng"
    # a turn that is a noun's, with no report after it, is read as before (none)
    assert inner_time("Tổng kết kết quả thực hiện kế hoạch hằng năm của tỉnh.", read) == (None, None)


def test_a_time_counted_back_from_an_expiry_waits_for_it():
    read = _reader(planflow.Period(date(2026, 1, 1), date(2026, 12, 31)), date(2026, 2, 1))
    tf = read("trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc")
    assert tf is not None and tf.kind == planflow.Kind.EVENT and tf.due is None  # (was unread)
    assert any(getattr(w, "key", "") == "tf_lead_before" for w in tf.warnings)
    assert read("Trước khi hết hạn giấy phép 30 ngày").kind == planflow.Kind.EVENT  # type: ignore[union-attr]
    assert read("trước ngày 30/6/2026").due == date(2026, 6, 29)  # type: ignore[union-attr]
    # inside a duty's sentence, the same words are its time (before: none, continuous)
    phrase, _ = inner_time("Doanh nghiệp gửi hồ sơ đề nghị gia hạn giấy phép đến Sở Nội vụ trước "
                           "ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc.", read)
    assert phrase == "trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc"


def test_a_letter_of_numbered_parts_is_not_given_to_its_addressees(tmp_path):
    # "1.1.", "1.2." parts under "1. Yêu cầu chung:": another layout (headings over parts),
    # not read as the addressees' duties item by item (no task titled "1.2")
    text = LETTER_TO_FIRMS.replace("2. Doanh nghiệp gửi hồ sơ", "1.1. Doanh nghiệp gửi hồ sơ")
    try:
        r = read_plan(tmp_path, text)
    except planflow.PlanFileError as e:
        assert "not a plan" in str(e)
        return
    assert not any(re.fullmatch(r"[\d.]+", t.title) or not t.title for t in r.plan.tasks)


def test_a_cited_document_s_day_is_no_yearly_report_day():
    from planflow_vn.reporting import read_regime

    ctx = planflow.TimeframeContext(date(2026, 1, 1), date(2026, 12, 31), None)
    r = read_regime("Các đơn vị trước ngày 10 tháng 01 hàng năm báo cáo tình hình đấu thầu của năm "
                    "trước và trước ngày 10 tháng 6 hàng năm báo cáo định kỳ 6 tháng theo Văn bản "
                    "số 43-CV/TU ngày 12/11/2025.", ctx)
    assert r is not None and r.params["days"] == ["10/1", "10/6"]  # (was also "12/11")


def test_a_letter_with_no_letterhead_is_sent_by_the_body_that_asks(tmp_path):
    body = ("Kính gửi: Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh\n"
            "Nhằm bảo đảm nguồn cung, Sở Công Thương tỉnh Quảng Nam đề nghị các doanh nghiệp thực "
            "hiện một số nội dung cụ thể như sau:\n"
            "1. Thường xuyên rà soát hệ thống cửa hàng bán lẻ.\n"
            "2. Xây dựng phương án bảo đảm nguồn cung, hoàn thành trước ngày 27/02/2026.\n")
    r = read_plan(tmp_path, body)
    assert r.plan.document.issuer == "Sở Công Thương tỉnh Quảng Nam"  # (was empty)
    assert any(getattr(w, "key", "") == "issuer_from_request" for w in r.warnings)
    # "UBND Thành phố yêu cầu …" does not say which city: still no issuer
    vague = body.replace("Sở Công Thương tỉnh Quảng Nam đề nghị", "UBND Thành phố yêu cầu")
    assert not read_plan(tmp_path, vague, "vague.txt").plan.document.issuer


def test_the_days_of_reports_whose_turn_the_duty_named_keep_that_turn():
    said = own_time("Thực hiện báo cáo định kỳ 6 tháng, hàng năm tình hình hoạt động gửi Sở Nội vụ. "
                    "Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 "
                    "tháng 12 theo đúng thời gian quy định.")
    assert said == "định kỳ 6 tháng, hàng năm, trước ngày 20 tháng 12"  # (was the last day alone)
    read = _reader(planflow.Period(date(2026, 1, 1), date(2026, 12, 31)), date(2026, 2, 1))
    assert read(said).kind == planflow.Kind.RECURRING  # type: ignore[union-attr]
    # a report sentence after a duty that named no turn: read as before
    assert own_time("Tổ chức tập huấn cho cán bộ. Báo cáo kết quả trước ngày 20 tháng 12.") == \
        "trước ngày 20 tháng 12"
