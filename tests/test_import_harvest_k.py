"""The families round harvest k's built-on letters showed (made-up text, not the corpus's):

* a telegram (Công điện) assigns duties as a letter does: it was "not a plan";
* a class of bodies with what it puts first ("…, trong đó trọng tâm là các tỉnh: …") heads
  its duties: the focus is not part of its name;
* with no issue date and no period, the year is a guess from the years the text names: a
  time naming no year says it is read in that guess (was a date that looked sure).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import.sections import agency_heading

from .made_up import read_plan

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
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
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
