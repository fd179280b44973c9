"""Time words and reporting inside duty sentences (round 8 families, made-up wordings).

* a time stated inside a duty's sentence, not closing it: a recurrence opening a sentence
  or after "định kỳ", a dated time after its operator, a closing bracketed condition;
  read only when the duty states exactly one (two that do not nest stay unread, warned);
* reporting obligations written inside a duty ("…, báo cáo Sở Y tế trước 17 giờ hằng
  ngày", "báo cáo 03 lần/tuần") kept as obligations of their own;
* "Căn cứ Kế hoạch này, các Sở … xây dựng kế hoạch …" as a task of the units it names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow import Kind
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("75", "Phòng, chống dịch bệnh trên đàn gia súc giai đoạn 2026 - 2028",
                 "Chủ động phòng, chống dịch bệnh trên đàn gia súc.")


def _read(tmp_path: Path, body: str, tail: str = "") -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + "II. NHIỆM VỤ CỤ THỂ\n" + body + tail + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _task(result: planflow.ImportResult, words: str) -> planflow.Task:
    found = [t for t in result.plan.tasks if words in " ".join([t.title, *t.content])]
    assert len(found) == 1, [t.title for t in result.plan.tasks]
    return found[0]


DUTIES = """\
1. Sở Nông nghiệp và Môi trường
Định kỳ hằng quý, kiểm tra công tác tiêm phòng tại các trang trại chăn nuôi tập trung.
2. Sở Tài chính
Tham mưu bố trí kinh phí mua vắc xin, tổng hợp gửi Sở Nông nghiệp và Môi trường trong tháng 9/2026 để trình UBND tỉnh.
3. Sở Y tế
Phối hợp giám sát bệnh truyền lây từ động vật sang người trên địa bàn tỉnh (khi Bộ Y tế có hướng dẫn).
4. Sở Công Thương
Kiểm soát vận chuyển gia súc trong Quý II/2026, tổng hợp số liệu trước ngày 30/11/2027 gửi Sở Nông nghiệp và Môi trường.
5. Sở Khoa học và Công nghệ
Hỗ trợ ứng dụng công nghệ truy xuất nguồn gốc trong năm 2026, hoàn thành thí điểm trước ngày 15/10/2026 để nhân rộng.
6. Báo Quảng Nam
Tuyên truyền kết quả đạt được trong năm 2025 về phòng, chống dịch bệnh.
7. UBND các xã, phường
- Lập chốt kiểm dịch tạm thời tại các ổ dịch; thống kê số gia súc bị tiêu hủy, báo cáo Sở Nông nghiệp và Môi trường trước 16 giờ hằng ngày.
- Tổ chức tiêu độc khử trùng; báo cáo 02 lần/ngày (trước 8h00 và 15h00) về tình hình dịch bệnh gửi Chi cục Chăn nuôi và Thú y.
"""

OWN_PLANS = """\
III. TỔ CHỨC THỰC HIỆN
1. Căn cứ Kế hoạch này, các Sở, ngành, đoàn thể cấp tỉnh và UBND các xã, phường xây dựng kế hoạch triển khai thực hiện (hoàn thành trong tháng 3/2026) gửi về Sở Nông nghiệp và Môi trường.
2. Căn cứ Kế hoạch này, tùy tình hình thực tế, chủ động bố trí nguồn lực thực hiện.
"""


def test_a_time_inside_the_duty_sentence_is_the_duty_s_time(tmp_path):
    r = _read(tmp_path, DUTIES)
    t = _task(r, "tiêm phòng")
    assert t.timeframe.kind is Kind.RECURRING and t.timeframe.recurrence == "quarterly"
    t = _task(r, "mua vắc xin")
    # "gửi <the recipient> trong tháng 9/2026": sent within the month, due at its end
    # (docs/vietnamese-rules.md, "A report, a sending, a filing"; a window until round h)
    assert t.timeframe.kind is Kind.DEADLINE
    assert (t.timeframe.start, t.timeframe.due) == (None, date(2026, 9, 30))
    t = _task(r, "truyền lây")
    assert t.timeframe.kind is Kind.EVENT and "Bộ Y tế" in (t.timeframe.condition or "")
    said = " ".join(r.warnings)
    assert "'gửi trong tháng 9/2026' inside the duty's sentence read as the duty's time" in said
    assert "'khi Bộ Y tế có hướng dẫn' inside the duty's sentence" in said


def test_two_times_that_do_not_nest_stay_unread_and_nested_ones_give_the_narrower(tmp_path):
    r = _read(tmp_path, DUTIES)
    t = _task(r, "vận chuyển gia súc")
    assert t.timeframe.kind is Kind.CONTINUOUS and t.timeframe.due is None
    said = " ".join(r.warnings)
    assert "states 2 times that do not nest ('trong Quý II/2026', 'trước ngày 30/11/2027')" in said
    t = _task(r, "truy xuất nguồn gốc")
    assert t.timeframe.kind is Kind.DEADLINE and t.timeframe.due is not None
    assert t.timeframe.due.year == 2026 and t.timeframe.due.month == 10
    assert "one inside the other ('trong năm 2026', 'trước ngày 15/10/2026')" in said


def test_a_quarter_in_arabic_digits_or_a_month_with_nam_inside_the_duty(tmp_path):
    # "trình UBND tỉnh trong quý 2/2026", "trong tháng 8 năm 2026", "trong quý III năm
    # 2027": the same inner times in the other spellings a quarter or month takes
    r = _read(tmp_path, "1. Sở Nông nghiệp và Môi trường\n"
              "- Xây dựng Đề án tái đàn gia súc, trình UBND tỉnh trong quý 2/2026.\n"
              "- Tổng hợp nhu cầu vắc xin của các xã, gửi Sở Tài chính trong tháng 8 năm 2026.\n"
              "- Đánh giá hiệu quả tiêm phòng, trình UBND tỉnh trong quý III năm 2027.\n"
              "2. Sở Tài chính\n- Thẩm định dự toán kinh phí tiêm phòng.\n")
    # submitted or sent within the time: due at its end, no start (round h, as "Trình Ủy
    # ban nhân dân tỉnh trong quý III/2026" read alone since round 10)
    t = _task(r, "tái đàn")
    assert t.timeframe.kind is Kind.DEADLINE
    assert (t.timeframe.start, t.timeframe.due) == (None, date(2026, 6, 30))
    t = _task(r, "nhu cầu vắc xin")
    assert (t.timeframe.start, t.timeframe.due) == (None, date(2026, 8, 31))
    t = _task(r, "hiệu quả tiêm phòng")
    assert (t.timeframe.start, t.timeframe.due) == (None, date(2027, 9, 30))
    said = " ".join(r.warnings)
    assert "'trình trong quý 2/2026' inside the duty's sentence read as the duty's time" in said


def test_a_bullet_opening_with_a_field_word_after_an_agency_heading_is_a_duty(tmp_path):
    # "Sở Nông nghiệp và Môi trường" | "- Xây dựng Đề án …": a duty (it was read as the
    # name going on at its dash, "Sở … Môi trường - Xây dựng Đề án …", and the bullet lost)
    r = _read(tmp_path, "1. Sở Nông nghiệp và Môi trường\n- Xây dựng Đề án tái đàn gia súc.\n"
              "- Giáo dục ý thức chăn nuôi an toàn cho người dân.\n"
              "2. Phòng Lao động\n- Thương binh và Xã hội: rà soát hộ chăn nuôi nghèo.\n")
    assert _task(r, "tái đàn").lead == ("so-nnmt",)
    assert _task(r, "chăn nuôi an toàn").lead == ("so-nnmt",)
    assert [a.name for a in r.plan.agencies if "Thương binh" in a.name] == [
        "Phòng Lao động - Thương binh và Xã hội"]
    # inside a sentence, the name wrapped at its dash goes on whatever follows it
    r = _read(tmp_path, "1. Sở Nông nghiệp và Môi trường\n- Kiểm tra các trang trại chăn nuôi.\n"
              "2. Các đơn vị\n- Đề nghị Công đoàn ngành Y tế chủ trì, phối hợp với Phòng Kế hoạch\n"
              "- Tài chính hướng dẫn phong trào chăn nuôi an toàn; hoàn thành trước ngày 5/3/2026.\n")
    t = _task(r, "phong trào chăn nuôi an toàn")
    assert "Phòng Kế hoạch - Tài chính" in [a.name for a in r.plan.agencies if a.id in t.partners]


def test_a_year_that_qualifies_a_noun_is_not_the_duty_s_time(tmp_path):
    t = _task(_read(tmp_path, DUTIES), "kết quả đạt được")
    assert t.timeframe.kind is Kind.CONTINUOUS and t.timeframe.due is None


def test_a_span_in_brackets_and_days_of_the_week_inside_a_duty(tmp_path):
    # "(từ ngày 1/6 đến ngày 30/6)" after the activity's name: its time (the plan's year
    # when none is written); "vào thứ Hai hằng tuần" inside the sentence: weekly
    r = _read(tmp_path, "1. Sở Nông nghiệp và Môi trường\n"
              "Tổ chức Tháng vệ sinh chuồng trại (từ ngày 01/6/2026 đến ngày 30/6/2026) tại các xã.\n"
              "2. UBND các xã, phường\n"
              "Phun thuốc khử trùng khu chợ gia súc vào thứ Hai hằng tuần theo hướng dẫn.\n")
    t = _task(r, "Tháng vệ sinh")
    assert t.timeframe.kind is Kind.WINDOW
    assert (t.timeframe.start, t.timeframe.due) == (date(2026, 6, 1), date(2026, 6, 30))
    t = _task(r, "khu chợ gia súc")
    assert t.timeframe.kind is Kind.RECURRING and t.timeframe.recurrence == "weekly"
    said = " ".join(r.warnings)
    assert "'từ ngày 01/6/2026 đến ngày 30/6/2026' inside the duty's sentence" in said
    assert "'vào thứ Hai hằng tuần' inside the duty's sentence" in said


def test_a_duty_of_several_items_keeps_each_item_s_time_to_itself(tmp_path):
    r = _read(tmp_path, "1. Sở Tài chính\n- Thẩm định dự toán kinh phí.\n"
              "- Báo cáo kết quả trong tháng 6/2026 (khi có yêu cầu).\n")
    for t in r.plan.tasks:
        assert t.timeframe.kind is not Kind.EVENT


def test_a_daily_report_inside_a_duty_is_an_obligation_of_its_own(tmp_path):
    r = _read(tmp_path, DUTIES)
    kept = r.plan.settings["import"]["reports"]
    daily = [k for k in kept if k["cadence"] == "daily"]
    assert [k["text"][:40] for k in daily] == ["báo cáo Sở Nông nghiệp và Môi trường trư",
                                             "báo cáo 02 lần/ngày (trước 8h00 và 15h00"]
    xa = next(a.id for a in r.plan.agencies if a.name.startswith("UBND các xã"))
    assert all(k["reporters"] == [xa] for k in daily)
    assert r.plan.regime is None or r.plan.regime.cadence != "daily"  # never the plan's regime
    said = " ".join(r.warnings)
    assert "due by 16h00 each day: read as daily; the hour is a note" in said
    assert "several reports a day (02 lần/ngày, 8h00, 15h00)" in said
    assert "asks for a report of its own" in said


def test_a_periodic_report_sentence_is_read_without_the_time_of_another_sentence(tmp_path):
    body = ("1. Sở Nông nghiệp và Môi trường\nChủ trì theo dõi tình hình dịch bệnh.\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Căn cứ Kế hoạch này, các Sở, ngành và UBND các xã, phường xây dựng kế hoạch "
            "triển khai (hoàn thành trong tháng 3/2026) gửi về Sở Nông nghiệp và Môi trường. "
            "Thực hiện chế độ báo cáo theo định kỳ của Chương trình.\n")
    r = _read(tmp_path, body)
    regimes = [r.plan.regime] if r.plan.regime is not None else []
    regimes += [planflow.Regime(cadence=k["cadence"], text=k["text"])
                for k in r.plan.settings.get("import", {}).get("reports", [])]
    got = [x for x in regimes if "theo định kỳ của Chương trình" in x.text]
    assert got and all(x.cadence == "unresolved" for x in got)
    assert all("tháng 3/2026" not in x.text for x in got)


def test_a_report_clause_after_a_semicolon_is_read_without_the_plan_sending_clause(tmp_path):
    # "… xây dựng Kế hoạch … gửi về UBND tỉnh trước ngày 27/2/2026; … ; Báo cáo kết quả …
    # trước ngày 10/11/2026": the report is due before 10/11 only
    body = ("1. Sở Nông nghiệp và Môi trường\nChủ trì theo dõi tình hình dịch bệnh.\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Thủ trưởng các sở, ngành; Chủ tịch UBND các xã, phường chỉ đạo: xây dựng Kế hoạch "
            "phòng, chống dịch bệnh và gửi về UBND tỉnh trước ngày 27/2/2026; lập dự toán kinh "
            "phí theo quy định; Báo cáo kết quả thực hiện gửi về UBND tỉnh (qua Sở Nông nghiệp và "
            "Môi trường) trước ngày 10/11/2026 để tổng hợp.\n")
    r = _read(tmp_path, body)
    regime = r.plan.regime
    assert regime is not None and "10/11/2026" in regime.text and "27/2/2026" not in regime.text


def test_units_drawing_up_their_own_plans_is_a_task_of_the_units_named(tmp_path):
    r = _read(tmp_path, DUTIES, OWN_PLANS)
    t = _task(r, "xây dựng kế hoạch triển khai thực hiện")
    names = {a.id: a.name for a in r.plan.agencies}
    assert [names[i] for i in t.lead] == ["các Sở, ngành, đoàn thể cấp tỉnh", "UBND các xã, phường"]
    assert t.title.startswith("xây dựng kế hoạch triển khai thực hiện")
    assert t.timeframe.due == date(2026, 3, 31)
    assert "the units named draw up their own plans from this one" in " ".join(r.warnings)
    # an item naming no unit stays text
    assert not [x for x in r.plan.tasks if "tùy tình hình thực tế" in x.title]


def test_own_plans_are_not_read_so_when_the_section_itself_holds_the_duties(tmp_path):
    r = _read(tmp_path, "", OWN_PLANS.replace("III. TỔ CHỨC", "III. TỔ CHỨC") + DUTIES)
    assert "the units named draw up their own plans" not in " ".join(r.warnings)


def test_a_plan_drawn_up_for_when_something_happens_is_not_timed_by_it(tmp_path):
    # "Xây dựng Phương án … khi xảy ra …": what the plan drawn up is for, not when the duty
    # is done (continuous over the plan); "Tổ chức ứng cứu khi xảy ra …" waits for it
    result = _read(tmp_path, """\
1. Sở Nông nghiệp và Môi trường
- Xây dựng Phương án bảo đảm an toàn cho người chăn nuôi khi xảy ra dịch bệnh nguy hiểm.
- Tổ chức tiêu hủy gia súc bệnh khi xảy ra dịch bệnh nguy hiểm.
2. Sở Y tế
- Giám sát bệnh truyền lây từ động vật sang người trên địa bàn tỉnh.
""")
    drawn = _task(result, "Xây dựng Phương án").timeframe
    assert (drawn.kind, drawn.start, drawn.end, drawn.due) == (
        Kind.CONTINUOUS, date(2026, 1, 1), date(2028, 12, 31), None)
    assert _task(result, "Tổ chức tiêu hủy").timeframe.kind is Kind.EVENT


def test_units_named_first_then_what_they_go_by_draw_up_their_own_plans(tmp_path):
    # "<heads of units> căn cứ chức năng, nhiệm vụ được giao chỉ đạo: xây dựng Kế hoạch …
    # trước ngày …; báo cáo … trước ngày …": led by the units named, due by the first clause's day
    own = """\
III. TỔ CHỨC THỰC HIỆN
1. Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các xã, phường căn cứ chức năng, nhiệm vụ được giao chỉ đạo: xây dựng Kế hoạch phòng, chống dịch bệnh của đơn vị và gửi về Sở Nông nghiệp và Môi trường trước ngày 31/3/2026; báo cáo kết quả thực hiện gửi về UBND tỉnh trước ngày 10/11/2026.
"""
    r = _read(tmp_path, DUTIES, own)
    t = _task(r, "xây dựng Kế hoạch phòng, chống dịch bệnh của đơn vị")
    names = {a.id: a.name for a in r.plan.agencies}
    assert [names[i] for i in t.lead] == ["Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh",
                                          "Chủ tịch UBND các xã, phường"]
    assert t.timeframe.due == date(2026, 3, 30)


def test_a_later_sentence_led_by_another_body_is_that_body_s_step(tmp_path):
    # "…, gửi Sở Tài chính trước ngày 06/5/2026; chủ động …. Trên cơ sở đề xuất của các xã,
    # Sở Tài chính … trình Ủy ban nhân dân tỉnh trước ngày 10/5/2026.": the duty's own time
    # is the first; the other body's is noted, never the duty's
    body = ("1. Ủy ban nhân dân các xã\n"
            "a) Rà soát số lượng gia súc cần tiêm phòng, gửi Sở Tài chính trước ngày 06 "
            "tháng 5 năm 2026; chủ động bố trí lực lượng tiêm phòng. Trên cơ sở đề xuất của "
            "các xã, Sở Tài chính tổng hợp nhu cầu kinh phí, trình Ủy ban nhân dân tỉnh "
            "trước ngày 10 tháng 5 năm 2026.\n"
            "b) Tuyên truyền người chăn nuôi tiêm phòng đầy đủ, hoàn thành trước ngày 30 "
            "tháng 6 năm 2026.\n"
            "2. Sở Nông nghiệp và Môi trường\n"
            "a) Cung ứng vắc xin cho các xã, hoàn thành trong quý II năm 2026.\n")
    result = _read(tmp_path, body)
    got = _task(result, "Rà soát số lượng gia súc")
    assert got.timeframe.text == "trước ngày 06 tháng 5 năm 2026"
    assert got.timeframe.due == date(2026, 5, 5)
    assert any("10 tháng 5 năm 2026" in w for w in result.warnings)
    assert _task(result, "Tuyên truyền người chăn nuôi").timeframe.due == date(2026, 6, 29)


def test_a_duty_opening_with_its_turn_keeps_it_over_a_later_clause_s_day(tmp_path):
    # "Định kỳ thứ Hai hàng tuần tổng hợp …; xây dựng báo cáo tổng thể …, trình … trước
    # ngày D": weekly, the day of the later clause's report noted
    body = ("1. Sở Nông nghiệp và Môi trường\n"
            "a) Định kỳ thứ Hai hàng tuần tổng hợp tình hình tiêm phòng, báo cáo Ủy ban nhân "
            "dân tỉnh; xây dựng báo cáo tổng kết đợt tiêm phòng, trình Ủy ban nhân dân tỉnh "
            "trước ngày 06 tháng 7 năm 2026.\n"
            "b) Hằng tháng kiểm tra các lò mổ; tổng hợp danh sách cơ sở, gửi Sở Tài chính "
            "trước ngày 30 tháng 6 năm 2026.\n"
            "2. Ủy ban nhân dân các xã\n"
            "a) Hằng tháng kiểm tra các trang trại trong năm 2026; xử lý vi phạm, hoàn thành "
            "trước ngày 30 tháng 6 năm 2026.\n")
    result = _read(tmp_path, body)
    weekly = _task(result, "tổng hợp tình hình tiêm phòng").timeframe
    assert weekly.kind is Kind.RECURRING and weekly.due is None
    assert any("06 tháng 7 năm 2026" in w for w in result.warnings)
    assert _task(result, "kiểm tra các lò mổ").timeframe.kind is Kind.RECURRING
    # a year in the opening clause: the rule does not apply, the closing day is read
    assert _task(result, "kiểm tra các trang trại").timeframe.due == date(2026, 6, 29)
