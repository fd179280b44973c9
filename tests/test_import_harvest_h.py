"""Families seen on the built-on half of the round's harvest h (gh_h01, h03, h05, h07, h09
of tests/data/reading_extra), in made-up wordings (tests/made_up.py), never copied:

* an agency heading that says only how the agency works ("1. Sở X chủ trì, phối hợp với
  các cơ quan, địa phương:", "2. Sở Y chủ trì thực hiện các nhiệm vụ sau:") over lettered
  or bulleted duties: each duty is a task led by the heading's agency, the bodies it names
  the partners; also in an appendix after the signature ("Phụ lục / NHIỆM VỤ CỤ THỂ GIAO
  CÁC SỞ, NGÀNH").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file
from planflow_import.text import _starts_paragraph

from .made_up import SIGNED, plan_head

HEAD = plan_head("58", "Thực hiện các nhiệm vụ trọng tâm phát triển du lịch sinh thái năm 2026",
                 "Thu hút thêm khách đến các vườn sinh thái của tỉnh.")


def _read(tmp_path: Path, body: str, after: str = "") -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED + after, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners])
            for t in result.plan.tasks]


ROLE_HEADINGS = """\
II. NHIỆM VỤ CỤ THỂ
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Công Thương:
a) Xây dựng bộ nhận diện điểm đến sinh thái, hoàn thành trước ngày 30 tháng 6 năm 2026.
b) Tổ chức đón đoàn khảo sát của các hãng lữ hành trong quý III năm 2026.
c) Hướng dẫn các hộ dân làm dịch vụ lưu trú tại nhà.
2. Sở Nông nghiệp và Môi trường chủ trì thực hiện các nhiệm vụ sau:
- Rà soát diện tích vườn cây ăn trái đủ điều kiện đón khách;
- Cấp mã số vùng trồng cho các vườn mẫu, hoàn thành trong tháng 9 năm 2026.
"""


def test_a_heading_saying_only_who_leads_heads_its_lettered_duties(tmp_path):
    """Each lettered or bulleted line under "N. Sở X chủ trì, phối hợp với Y:" is a task
    led by Sở X with Y as partner (the heading itself is no task), its own time read."""
    result = _read(tmp_path, ROLE_HEADINGS)
    rows = _rows(result)
    assert [r[0][:25] for r in rows] == ["Xây dựng bộ nhận diện điể", "Tổ chức đón đoàn khảo sát",
                                         "Hướng dẫn các hộ dân làm ", "Rà soát diện tích vườn câ",
                                         "Cấp mã số vùng trồng cho "]
    assert [r[1] for r in rows] == [["Sở Văn hóa, Thể thao và Du lịch"]] * 3 + [["Sở Nông nghiệp và Môi trường"]] * 2
    assert rows[0][2] == ["Sở Công Thương"] and rows[3][2] == []
    first, _, _, _, last = result.plan.tasks
    assert (first.timeframe.end, last.timeframe.end) == (date(2026, 6, 29), date(2026, 9, 30))


def test_a_numbered_duty_naming_its_lead_in_prose_stays_one_task(tmp_path):
    """"1. Sở X chủ trì, phối hợp với Y tổ chức …" closed by its stop is a duty of its own
    (the bullets under a sentence are not made a heading's duties by the rule above)."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ CỤ THỂ
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Công Thương tổ chức hội chợ trái cây, hoàn thành trong quý III năm 2026.
2. Sở Tài chính chủ trì, phối hợp với các sở, ngành tham mưu bố trí kinh phí quảng bá, hoàn thành trước ngày 30 tháng 4 năm 2026.
""")
    rows = _rows(result)
    assert [r[0][:30] for r in rows] == ["Sở Văn hóa, Thể thao và Du lịc", "Sở Tài chính chủ trì, phối hợp"]
    assert [r[1] for r in rows] == [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"]]


APPENDIX = """\
PHỤ LỤC
NHIỆM VỤ CỤ THỂ GIAO CÁC SỞ, NGÀNH, ĐỊA PHƯƠNG
(Kèm theo Kế hoạch số 58/KH-UBND ngày 12 tháng 02 năm 2026 của UBND tỉnh)
1. Ủy ban nhân dân các huyện theo chức năng, nhiệm vụ được giao, tập trung thực hiện các nhiệm vụ trọng tâm sau:
a) Bố trí quỹ đất cho bãi đỗ xe tại các điểm du lịch, hoàn thành trong quý II năm 2026.
b) Vận động hộ dân chỉnh trang hàng rào xanh.
2. Sở Xây dựng chủ trì, phối hợp với các cơ quan, địa phương:
a) Thẩm định thiết kế nhà đón tiếp khách, hoàn thành trước ngày 15 tháng 5 năm 2026.
b) Kiểm tra an toàn các cầu treo trên tuyến tham quan.
3. Công an tỉnh bảo đảm an ninh trật tự tại các lễ hội trái cây trong tháng 7 năm 2026.
"""


def test_an_appendix_giving_the_duties_agency_by_agency_is_read(tmp_path):
    """"PHỤ LỤC / NHIỆM VỤ CỤ THỂ GIAO CÁC SỞ, NGÀNH" after the signature: the lettered
    duties under each heading are tasks led by its agency, and a numbered sentence whose
    subject is an agency is a task of its own."""
    result = _read(tmp_path, """\
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành, địa phương thực hiện các nhiệm vụ tại Phụ lục kèm theo.
""", APPENDIX)
    rows = _rows(result)
    assert [r[0][:25] for r in rows] == ["Bố trí quỹ đất cho bãi đỗ", "Vận động hộ dân chỉnh tra",
                                         "Thẩm định thiết kế nhà đó", "Kiểm tra an toàn các cầu ",
                                         "Công an tỉnh bảo đảm an n"]
    assert [r[1] for r in rows] == [["Ủy ban nhân dân các huyện"]] * 2 + [["Sở Xây dựng"]] * 2 + [["Công an tỉnh"]]
    ends = [t.timeframe.end for t in result.plan.tasks]
    assert ends[0] == date(2026, 6, 30) and ends[2] == date(2026, 5, 14) and ends[4] == date(2026, 7, 31)


REPORTS = """\
II. NHIỆM VỤ CỤ THỂ
1. Sở Công Thương chủ trì, phối hợp với các cơ quan, địa phương:
a) Khẩn trương hoàn thiện Đề án chợ đêm, báo cáo Ủy ban nhân dân tỉnh trong tháng 5 năm 2026 theo ý kiến chỉ đạo tại Thông báo số 35/TB-UBND ngày 20 tháng 4 năm 2026 của Văn phòng.
b) Hoàn thành lắp đặt đèn chiếu sáng; bảo đảm các tuyến phố đi bộ hoạt động trong quý III năm 2026.
c) Tổ chức phiên chợ nông sản trong tháng 8 năm 2026 tại quảng trường.
2. Sở Tài chính chủ trì, phối hợp với các cơ quan, địa phương:
a) Gửi Sở Công Thương dự toán kinh phí chợ đêm trong quý II năm 2026 để tổng hợp.
"""


def test_a_report_within_a_time_inside_the_duty_is_due_at_its_end(tmp_path):
    """"…, báo cáo <the recipient> trong tháng 5 năm 2026 theo …" and a duty opening on
    "Hoàn thành" with its time later in the sentence are deadlines at the unit's end (the
    note names the words read); "Tổ chức … trong tháng 8" still runs through the month."""
    result = _read(tmp_path, REPORTS)
    tfs = [t.timeframe for t in result.plan.tasks]
    assert [(tf.kind.value, tf.start, tf.end) for tf in tfs] == [
        ("deadline", None, date(2026, 5, 31)), ("deadline", None, date(2026, 9, 30)),
        ("window", date(2026, 8, 1), date(2026, 8, 31)), ("deadline", None, date(2026, 6, 30))]
    said = " ".join(result.warnings)
    assert "the time 'báo cáo trong tháng 5 năm 2026' inside the duty's sentence" in said
    assert "the time 'hoàn thành trong quý III năm 2026' inside the duty's sentence" in said


def test_a_short_item_cut_after_its_report_verb_goes_on_with_the_body_named(tmp_path):
    """"a) Khẩn trương hoàn thiện Đề án …, báo cáo" | "Ủy ban nhân dân tỉnh trong tháng 5 …":
    the line is no short heading with its text beneath (the sentence goes on to whom it
    reports), so the time on the next line is the duty's."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ CỤ THỂ
1. Sở Công Thương chủ trì, phối hợp với các cơ quan, địa phương:
a) Khẩn trương hoàn thiện Đề án phát triển chợ đêm, báo cáo
Ủy ban nhân dân tỉnh trong tháng 5 năm 2026.
b) Hướng dẫn các hộ kinh doanh đăng ký gian hàng.
2. Sở Tài chính chủ trì, phối hợp với các cơ quan, địa phương:
a) Thẩm định dự toán kinh phí chợ đêm.
""")
    first = result.plan.tasks[0]
    assert first.title.endswith("báo cáo Ủy ban nhân dân tỉnh trong tháng 5 năm 2026")
    assert (first.timeframe.kind.value, first.timeframe.end) == ("deadline", date(2026, 5, 31))
    assert len(result.plan.tasks) == 3


def test_a_plan_printed_without_its_decision_takes_the_decisions_number_from_its_note():
    """A plan attached to a decision, printed alone with its letterhead kept in layout
    (no "Số:" of its own; "TỈNH HOA MAI" under "ỦY BAN NHÂN DÂN", the motto's second line
    alone in the right column): the number, date and issuer are the decision's, read from
    "(Kèm theo Quyết định số 215/QĐ-UBND / ngày 12 tháng 3 năm 2026 của …)", with a note."""
    path = Path(__file__).parent / "data" / "import_words" / "plan_note.txt"
    result = read_text_file(path)
    doc = result.plan.document
    assert (doc.symbol, doc.number, doc.date) == ("215/QĐ-UBND", "215", date(2026, 3, 12))
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hoa Mai"
    assert doc.title == "Phát triển vườn ươm cây giống giai đoạn 2026 - 2030"
    said = " ".join(result.warnings)
    assert "the plan prints no number or date of its own" in said and "'215/QĐ-UBND', 12/03/2026" in said


def test_a_day_with_no_year_takes_the_turn_said_earlier_in_the_sentence(tmp_path):
    """"…, định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Sở X trước ngày 25 tháng 12
    để tổng hợp.": yearly, due the day before the 25th each year (the day alone is one day, or in a plan
    of several years, stays unread); a day after a sentence break takes no turn."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ CỤ THỂ
1. Sở Công Thương chủ trì, phối hợp với các cơ quan, địa phương:
a) Theo dõi hoạt động của các chợ đêm, định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Ủy ban nhân dân tỉnh trước ngày 25 tháng 12 để tổng hợp.
b) Kiểm tra an toàn thực phẩm tại chợ đêm định kỳ hằng quý. Tổng hợp kết quả gửi Sở Y tế trước ngày 20 tháng 12.
2. Sở Tài chính chủ trì, phối hợp với các cơ quan, địa phương:
a) Thẩm định dự toán kinh phí chợ đêm.
""")
    first, second, _ = result.plan.tasks
    assert first.timeframe.kind.value == "recurring" and first.timeframe.recurrence == "yearly"
    assert first.timeframe.text == "định kỳ hằng năm, trước ngày 25 tháng 12"
    assert "định kỳ hằng quý, trước" not in second.timeframe.text


SIGNED_ONLY = """\
II. NHIỆM VỤ CỤ THỂ
1. Sở Công Thương
a) Rà soát các điểm họp chợ đêm, hoàn thành trước ngày 30 tháng 6 năm 2026.
Việc bố trí điểm họp chợ phải gắn với quy hoạch đô thị, theo hướng:
- Ưu tiên các tuyến phố đi bộ;
- Không lấn chiếm lòng đường.
b) Định kỳ báo cáo Ủy ban nhân dân tỉnh để kịp thời tổng hợp báo cáo
Ban Chỉ đạo tỉnh về tiến độ, kết quả thực hiện vào thứ Sáu hàng tuần.
2. Sở Tài chính
a) Thẩm định dự toán kinh phí chợ đêm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
"""


def test_a_lettered_duty_s_second_paragraph_leading_into_its_bullets_is_the_duty_s(tmp_path):
    """"a) Rà soát …" / "Việc bố trí … theo hướng:" / "- …": the paragraph with no marker
    leading into the bullets goes on the lettered duty (it is no duty of its own)."""
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + SIGNED_ONLY, encoding="utf-8")
    result = read_text_file(path)
    titles = [t.title for t in result.plan.tasks]
    assert not any(t.startswith("Việc bố trí") for t in titles)
    first = result.plan.tasks[0]
    assert any("theo hướng" in c for c in first.content)


def test_a_signature_with_no_recipients_closes_the_text(tmp_path):
    """"KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / the signer's name at the end with no "Nơi nhận"
    (the gazette prints none): the signature, with a note, not two tasks "KT" and the name."""
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + SIGNED_ONLY, encoding="utf-8")
    result = read_text_file(path)
    assert [t.title[:12] for t in result.plan.tasks] == ["Rà soát các ", "Định kỳ báo ", "Thẩm định dự"]
    sig = result.plan.signature
    assert sig is not None and sig.name == "Nguyễn Văn B" and sig.authority == "KT."
    assert any(w.key == "signature_only" for w in result.warnings)


def test_a_long_item_cut_after_its_report_verb_goes_on_with_the_body_named(tmp_path):
    """"b) Định kỳ báo cáo … để kịp thời tổng hợp báo cáo" | "Ban Chỉ đạo tỉnh về …": one
    duty (no comma before the verb, but a long line); a heading "3. Chế độ thông tin báo
    cáo" over a body's sentence is still a heading."""
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + SIGNED_ONLY, encoding="utf-8")
    result = read_text_file(path)
    second = result.plan.tasks[1]
    assert second.title.endswith("vào thứ Sáu hàng tuần")
    assert _starts_paragraph("3. Chế độ thông tin báo cáo", "Sở Công Thương tổng hợp kết quả.", True)


APPROVING = """\
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 12 tháng 02 năm 2026

QUYẾT ĐỊNH
PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN CHỢ ĐÊM GIAI ĐOẠN 2026 - 2028

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển chợ đêm giai đoạn 2026 - 2028 với các nội dung chủ yếu sau:
I. MỤC TIÊU
Thu hút du khách về đêm.
II. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
a) Rà soát các điểm họp chợ đêm, hoàn thành trong quý II năm 2026.
b) Hướng dẫn các hộ kinh doanh đăng ký gian hàng.
2. Sở Tài chính bố trí kinh phí thực hiện Đề án theo quy định.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
"""


def test_the_decisions_own_articles_after_the_plan_it_approves_are_no_tasks(tmp_path):
    """"Điều 1. Phê duyệt Đề án … với các nội dung chủ yếu sau:" … "Điều 2. Quyết định này
    có hiệu lực …" / "Điều 3. … chịu trách nhiệm thi hành …" / the signature: the plan's
    duties are the tasks; the decision's later articles and its signature are not."""
    path = tmp_path / "qd.txt"
    path.write_text(APPROVING, encoding="utf-8")
    result = read_text_file(path)
    assert [t.title[:14] for t in result.plan.tasks] == ["Rà soát các đi", "Hướng dẫn các ",
                                                         "Sở Tài chính b"]
    assert any(w.key == "decision_articles" for w in result.warnings)
    assert result.plan.signature is not None and result.plan.signature.name == "Nguyễn Văn B"


def test_an_article_that_organises_the_plan_is_the_plans(tmp_path):
    """"Điều 1. Phê duyệt …" over the plan's aims, then "Điều 2. Tổ chức thực hiện" with
    the duties and the reports: the plan's own organisation, read (only a decision's
    closing articles, "có hiệu lực", "chịu trách nhiệm thi hành", are not the plan's; the
    reports of such an article were lost, found on a held-out plan)."""
    text = APPROVING.replace("Điều 3. Chánh", "Điều 4. Chánh").replace(
        "Điều 2. Quyết định này", "Điều 2. Tổ chức thực hiện\nCác cơ quan, đơn vị báo cáo kết "
        "quả về Sở Công Thương trước ngày 15/12 hằng năm.\nĐiều 3. Quyết định này")
    path = tmp_path / "qd.txt"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    titles = [t.title[:14] for t in result.plan.tasks]
    assert titles[:3] == ["Rà soát các đi", "Hướng dẫn các ", "Sở Tài chính b"]
    # (an article's heading read as a section of its own is not done yet: "Điều 2" may
    # stand as a task of the section above it, which the reading tables show)
    regime = result.plan.regime
    assert regime is not None and regime.params.get("days") == ["15/12"]
    said = [w for w in result.warnings if getattr(w, "key", "") == "decision_articles"]
    assert len(said) == 1 and "Điều 3. Quyết định" in str(said[0])


def test_a_duty_stating_another_time_besides_its_closing_one_says_so():
    """"Định kỳ thứ Hai hàng tuần tổng hợp …; … trình … trước ngày 06 tháng 7 năm 2026" and
    "…, gửi Sở Xây dựng trước ngày 06 tháng 5 năm 2026. … Sở Xây dựng … trình … trước ngày
    20 tháng 5 năm 2026": the duty's own time is read (the turn opening it; the day closing
    its own words, before another body's sentence: fix3, as h03's and h09's labels read
    them) and the other one named in a note (never dropped unsaid); a time nested in the
    one read ("Trong năm 2026, … trước ngày 15 tháng 10 năm 2026") and a duty of one time
    say nothing."""
    path = Path(__file__).parent / "data" / "import_words" / "other_time.txt"
    result = read_text_file(path)
    said = [w for w in result.warnings if "states other time(s)" in w]
    assert len(said) == 2
    assert "('Định kỳ thứ Hai hàng tuần')" in said[0] and "'trước ngày 06 tháng 7 năm 2026'" in said[0]
    assert "('trước ngày 06 tháng 5 năm 2026')" in said[1] and "'trước ngày 20 tháng 5 năm 2026'" in said[1]


def test_a_national_plans_kind_line_and_its_note_joined_to_the_opening(tmp_path):
    """"KẾ HOẠCH QUỐC GIA" over the title (a national plan's kind line), the note under the
    title and the opening sentence joined to it by the layout ("… 2026 - 2030 (Kèm theo
    Quyết định số …) Thực hiện Luật …"): the title is the lines under the kind, up to the
    note."""
    text = (Path(__file__).parent / "data" / "import_words" / "plan_note.txt").read_text(encoding="utf-8")
    text = text.replace("                              KẾ HOẠCH\n",
                        "                              KẾ HOẠCH QUỐC GIA\n").replace(
        "                                  _________\n", "Thực hiện Luật Lâm nghiệp, Ủy ban nhân dân tỉnh ban hành"
        " Kế hoạch với các nội dung sau:\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_text_file(path).plan.document
    assert doc.title == "Phát triển vườn ươm cây giống giai đoạn 2026 - 2030"
    assert doc.symbol == "215/QĐ-UBND"


def test_a_sentence_spelled_out_by_its_bullets_after_cu_the_is_no_duty_of_its_own(tmp_path):
    """"2. Các sở, ngành … tổ chức thực hiện … phụ trách." / "Cụ thể:" / "- …": the bullets
    spell the sentence out; they are the duties (the sentence closed by its stop with bullets
    after it and no "Cụ thể" stays a duty of its own)."""
    body = """\
II. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
Chủ trì theo dõi việc thực hiện Kế hoạch.
2. Các sở, ngành, Ủy ban nhân dân các xã tổ chức thực hiện các nhiệm vụ nêu trong Kế hoạch gắn với địa bàn mình phụ trách.
Cụ thể:
- Phối hợp với Sở Công Thương bố trí điểm họp chợ đêm;
- Tuyên truyền cho các hộ kinh doanh về an toàn thực phẩm.
"""
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    titles = [t.title[:20] for t in read_text_file(path).plan.tasks]
    assert titles == ["Chủ trì theo dõi việ", "Phối hợp với Sở Công", "Tuyên truyền cho các"]
    path.write_text(HEAD + body.replace("Cụ thể:\n", "") + SIGNED, encoding="utf-8")
    assert len(read_text_file(path).plan.tasks) == 4
