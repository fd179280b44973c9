"""Families seen on the built-on half of the round's harvest j (gh_j09 of
tests/data/reading_extra; the harvest's j01, j03 and j07 turned out to be the development
corpus's 03, 09 and 08, built on as such), in made-up wordings (tests/made_up.py), never
copied:

* a lettered duty under a heading naming several bodies' heads ("5. Thủ trưởng các sở, ban,
  ngành") that gives the duty to a body it names ("b) Giao Thanh tra tỉnh tổ chức thanh
  tra …") is led by that body, with the note the importer gives for a duty naming its own
  lead; "Giao nhiệm vụ cho …" (no body after "Giao") keeps the heading's lead;
* a numbered line closing on "có trách nhiệm" names a class of bodies at length ("4. Các
  tổ chức, cá nhân và hộ gia đình sử dụng … trên địa bàn tỉnh có trách nhiệm") and heads
  the lettered duties after it (was no heading past 18 words: its duties were lost);
* "chủ đầu tư xây dựng và kinh doanh hạ tầng …", "chủ đầu tư xây dựng công trình" name a
  kind of investor: "xây dựng" there is no verb ending the name ("Các chủ đầu tư xây dựng
  kế hoạch …" still ends at it);
* a duty's sentence closing on a condition that a document be issued, without "sau" and
  with commas in the names ("… khi Bộ Xây dựng, Bộ Tài chính ban hành các văn bản hướng
  dẫn, quy định chi tiết.") is an event, said (was read as a task with no time);
* an agency heading listing bodies with ";" ("1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ
  tịch UBND các xã, phường") leads its duties with each of them (was the first only); a
  line whose parts are sentences ("Sở Y tế chủ trì …; Sở Tài chính bố trí …") is not such
  a list;
* the results reported with their object or their recipient after them ("… báo cáo Chủ
  tịch UBND tỉnh kết quả triển khai thực hiện các nhiệm vụ được giao tại Chỉ thị này.",
  "… và báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ để tổng
  hợp).", "… về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) để tổng hợp.") are a reporting
  sentence with no period or day (was none found);
* a duty done when it is asked for ("… khi được Ủy ban nhân dân tỉnh giao.", "… theo yêu
  cầu của cấp có thẩm quyền.") waits for an event (was a task with no time); "theo yêu cầu
  của Bộ X" may say how the work is done and is left;
* a duty opening on the head of a department ("Giám đốc Sở Y tế chủ trì …", "Thủ trưởng
  Sở …") is led by the department (was two bodies, "Giám đốc" and "Sở Y tế");
* the public under a heading of their own ("2. Người dân trên địa bàn tỉnh có trách nhiệm",
  "Nhân dân …") head their duties, as "Các hộ gia đình" does (the duties were lost, unsaid).
"""

from __future__ import annotations

from pathlib import Path

import planflow

from .made_up import SIGNED as PLAN_SIGNED
from .made_up import plan_head, read_plan

DIRECTIVE_HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
Số: 12/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 02 tháng 3 năm 2026
CHỈ THỊ
Về tăng cường quản lý hoạt động khai thác cát lòng sông
Thời gian qua, tình trạng khai thác cát trái phép vẫn còn diễn biến phức tạp.
Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
"""
SIGNED = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn C\n"


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]


def _lead_of(result: planflow.ImportResult, start: str) -> list[str]:
    return next(lead for title, lead in _rows(result) if title.startswith(start))


GIVEN = """\
1. Sở Nông nghiệp và Môi trường
a) Rà soát các mỏ cát đã cấp phép, lập danh mục khu vực cấm khai thác.
b) Hướng dẫn các xã, phường quản lý bến bãi tập kết cát.
2. Thủ trưởng các sở, ban, ngành
a) Phối hợp với Sở Nông nghiệp và Môi trường tuyên truyền quy định về khai thác khoáng sản.
b) Giao Thanh tra tỉnh tổ chức thanh tra đột xuất các mỏ cát có dấu hiệu vi phạm.
c) Giao Công an tỉnh kịp thời phát hiện, xử lý các phương tiện khai thác cát trái phép.
d) Giao nhiệm vụ cho cán bộ đầu mối theo dõi tình hình khai thác cát trên địa bàn.
"""


def test_a_duty_giving_itself_to_a_named_body_is_led_by_it(tmp_path: Path) -> None:
    result = read_plan(tmp_path, DIRECTIVE_HEAD + GIVEN + SIGNED)
    heads = _lead_of(result, "Phối hợp với Sở Nông nghiệp")
    assert _lead_of(result, "Giao Thanh tra tỉnh") == ["Thanh tra tỉnh"]
    assert _lead_of(result, "Giao Công an tỉnh") == ["Công an tỉnh"]
    # no body after "Giao": the heading's bodies lead it, as they lead the duty before
    assert _lead_of(result, "Giao nhiệm vụ cho cán bộ") == heads
    assert heads and "Thanh tra tỉnh" not in heads
    said = " ".join(result.warnings)
    assert "Thanh tra tỉnh" in said and "Công an tỉnh" in said  # the reading is said


INVESTORS = """\
1. Sở Công Thương
a) Kiểm tra các cơ sở chế biến cát, sỏi trên địa bàn tỉnh.
b) Hướng dẫn các cửa hàng vật liệu niêm yết nguồn gốc cát.
2. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp
a) Bố trí bãi tập kết vật liệu xây dựng đúng quy hoạch.
b) Phối hợp với Ủy ban nhân dân cấp xã quản lý nguồn gốc cát sử dụng cho công trình.
3. Công an tỉnh
a) Xử lý các phương tiện khai thác cát trái phép.
"""
PEOPLE = """\
1. Sở Công Thương
a) Kiểm tra các cơ sở chế biến cát, sỏi trên địa bàn tỉnh.
b) Hướng dẫn các cửa hàng vật liệu niêm yết nguồn gốc cát.
2. Công an tỉnh
a) Xử lý các phương tiện khai thác cát trái phép.
3. Các tổ chức, cá nhân và hộ gia đình mua bán, sử dụng cát, sỏi lòng sông để làm nhà ở trên địa bàn tỉnh có trách nhiệm
a) Chỉ mua cát, sỏi có nguồn gốc hợp pháp.
b) Phản ánh kịp thời các hành vi khai thác trái phép đến chính quyền địa phương.
"""


def test_a_class_of_bodies_named_at_length_heads_its_duties(tmp_path: Path) -> None:
    result = read_plan(tmp_path, DIRECTIVE_HEAD + PEOPLE + SIGNED)
    people = ("Các tổ chức, cá nhân và hộ gia đình mua bán, sử dụng cát, sỏi lòng sông để làm "
              "nhà ở trên địa bàn tỉnh")
    assert _lead_of(result, "Chỉ mua cát") == [people]
    assert _lead_of(result, "Phản ánh kịp thời") == [people]
    assert len(result.plan.tasks) == 5


def test_investors_named_by_what_they_build_head_their_duties(tmp_path: Path) -> None:
    result = read_plan(tmp_path, DIRECTIVE_HEAD + INVESTORS + SIGNED)
    investors = "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp"
    assert _lead_of(result, "Bố trí bãi tập kết") == [investors]
    assert _lead_of(result, "Phối hợp với Ủy ban nhân dân cấp xã") == [investors]


def test_investors_building_plans_still_end_the_name_at_the_verb() -> None:
    from planflow_import.sections import agency_heading

    assert agency_heading("3. Các chủ đầu tư xây dựng kế hoạch bảo trì công trình trên địa bàn "
                          "tỉnh") == ["Các chủ đầu tư"]
    assert agency_heading("3. Các chủ đầu tư xây dựng công trình trên địa bàn tỉnh có trách "
                          "nhiệm") == ["Các chủ đầu tư xây dựng công trình trên địa bàn tỉnh"]
    # past 26 words a numbered line is a paragraph, not a heading
    assert agency_heading("3. Các tổ chức, cá nhân và hộ gia đình sử dụng cát, sỏi lòng sông để "
                          "làm nhà ở và công trình phụ trợ trên địa bàn tỉnh và các huyện lân "
                          "cận có trách nhiệm") is None


ISSUED = """\
II. NỘI DUNG
1. Phổ biến quy định mới về nhà ở xã hội
- Cơ quan thực hiện: Sở Xây dựng chủ trì, phối hợp với Sở Tư pháp.
- Thời gian thực hiện: Năm 2026.
2. Ban hành văn bản hướng dẫn thi hành
Các sở, ban, ngành có trách nhiệm rà soát, tham mưu Ủy ban nhân dân tỉnh ban hành văn bản quy định chi tiết thuộc lĩnh vực phụ trách khi Bộ Xây dựng, Bộ Tài chính ban hành các văn bản hướng dẫn, quy định chi tiết.
III. TỔ CHỨC THỰC HIỆN
Sở Xây dựng theo dõi, đôn đốc việc thực hiện Kế hoạch này.
"""


def test_a_duty_waiting_for_a_document_to_be_issued_is_an_event(tmp_path: Path) -> None:
    text = plan_head("41", "Triển khai Luật Nhà ở năm 2026", "Tổ chức thi hành Luật kịp thời.")
    result = read_plan(tmp_path, text + ISSUED + PLAN_SIGNED)
    tasks = {t.title.split(" thuộc")[0][:40]: t for t in result.plan.tasks}
    issued = next(t for t in result.plan.tasks if "quy định chi tiết thuộc" in " ".join(t.content))
    assert issued.timeframe.kind is planflow.Kind.EVENT
    assert "Bộ Xây dựng, Bộ Tài chính ban hành" in issued.timeframe.text
    assert any("khi Bộ Xây dựng, Bộ Tài chính ban hành" in w for w in result.warnings)
    # a plain label's time stays the task's
    assert tasks["Phổ biến quy định mới về nhà ở xã hội"].timeframe.kind is planflow.Kind.WINDOW


SEMICOLON = """\
1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường
a) Rà soát các mỏ cát trên địa bàn, lập danh sách các mỏ hết hạn giấy phép.
b) Tuyên truyền người dân không mua cát không rõ nguồn gốc.
2. Công an tỉnh
a) Xử lý các phương tiện khai thác cát trái phép.
"""


def test_bodies_listed_with_semicolons_each_lead_the_duties(tmp_path: Path) -> None:
    result = read_plan(tmp_path, DIRECTIVE_HEAD + SEMICOLON + SIGNED)
    both = ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã, phường"]
    assert _lead_of(result, "Rà soát các mỏ cát") == both
    assert _lead_of(result, "Tuyên truyền người dân") == both
    assert _lead_of(result, "Xử lý các phương tiện") == ["Công an tỉnh"]


def test_a_line_of_sentences_split_by_semicolons_is_no_list_of_bodies() -> None:
    from planflow_import.sections import agency_heading

    assert agency_heading("2. Sở Y tế; Sở Tài chính") == ["Sở Y tế", "Sở Tài chính"]
    assert agency_heading("3. Sở Y tế chủ trì tổ chức kiểm tra; Sở Tài chính bố trí kinh phí") == ["Sở Y tế"]
    assert agency_heading("4. Sở Nội vụ; thời gian thực hiện trong năm 2026") == ["Sở Nội vụ"]


RESULTS = """\
II. NỘI DUNG
1. Tập huấn nghiệp vụ về nhà ở xã hội
- Cơ quan thực hiện: Sở Xây dựng.
- Thời gian thực hiện: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành và Ủy ban nhân dân các xã, phường chịu trách nhiệm triển khai Kế hoạch này và báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ để tổng hợp).
"""


def test_the_results_reported_to_a_recipient_after_them_are_the_regime(tmp_path: Path) -> None:
    text = plan_head("42", "Tập huấn về nhà ở xã hội năm 2026", "Nâng cao năng lực cán bộ.")
    result = read_plan(tmp_path, text + RESULTS + PLAN_SIGNED)
    regime = result.plan.regime
    assert regime is not None and regime.cadence == "unresolved"
    assert "báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh" in regime.text
    assert regime.params.get("via_name") == "Sở Nội vụ"
    assert any("the results are reported" in w for w in regime.warnings)


def test_the_results_of_the_duties_given_in_a_directive_are_reported() -> None:
    import datetime as dt

    ctx = planflow.TimeframeContext(dt.date(2026, 1, 1), dt.date(2026, 12, 31), dt.date(2025, 12, 2))
    regime = planflow.read_regime("Theo dõi, đôn đốc, báo cáo Chủ tịch UBND tỉnh kết quả triển khai "
                                  "thực hiện các nhiệm vụ được giao tại Chỉ thị này.", ctx)
    assert regime is not None and regime.cadence == "unresolved"
    assert regime.params.get("recipient_name") == "Chủ tịch UBND tỉnh"
    # a day still makes it dated
    dated = planflow.read_regime("Các đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày "
                                 "15/12/2026.", ctx)
    assert dated is not None and dated.cadence == "once"


ON_REQUEST = """\
1. Sở Nội vụ
a) Tham mưu Ủy ban nhân dân tỉnh tổ chức đánh giá công chức cấp xã theo quy định.
b) Tổng hợp, báo cáo kết quả đánh giá công chức theo yêu cầu của cấp có thẩm quyền.
c) Kiểm tra việc sử dụng biên chế của các cơ quan khi được Ủy ban nhân dân tỉnh giao.
d) Cung cấp số liệu về biên chế theo yêu cầu của Bộ Nội vụ.
2. Công an tỉnh
a) Tham gia đoàn kiểm tra liên ngành khi được phân công.
b) Xử lý các phương tiện khai thác cát trái phép.
"""


def test_a_duty_done_when_asked_for_waits_for_an_event(tmp_path: Path) -> None:
    result = read_plan(tmp_path, DIRECTIVE_HEAD + ON_REQUEST + SIGNED)
    kinds = {t.title[:24]: (t.timeframe.kind.value, t.timeframe.text) for t in result.plan.tasks}
    assert kinds["Tổng hợp, báo cáo kết qu"] == ("event", "theo yêu cầu của cấp có thẩm quyền")
    assert kinds["Kiểm tra việc sử dụng bi"] == ("event", "khi được Ủy ban nhân dân tỉnh giao")
    assert kinds["Tham gia đoàn kiểm tra l"] == ("event", "khi được phân công")
    # no request named: the duty's time is not read from its words
    assert kinds["Tham mưu Ủy ban nhân dân"][0] == "continuous"
    assert kinds["Cung cấp số liệu về biên"][0] == "continuous"
    assert kinds["Xử lý các phương tiện kh"][0] == "continuous"


def test_the_head_of_a_department_names_the_department() -> None:
    from planflow_import.agencies import split_agencies

    assert split_agencies("Giám đốc Sở Y tế") == ["Sở Y tế"]
    assert split_agencies("Phó Giám đốc Sở Tư pháp, Thủ trưởng Sở Nội vụ") == ["Sở Tư pháp", "Sở Nội vụ"]
    # two departments with the comma lost are still two
    assert split_agencies("Sở Tài chính Sở Xây dựng") == ["Sở Tài chính", "Sở Xây dựng"]
    assert split_agencies("Giám đốc các Sở") == ["Giám đốc các Sở"]


def test_a_duty_opening_on_a_departments_head_is_led_by_the_department(tmp_path: Path) -> None:
    body = ("1. Sở Tài chính\na) Hướng dẫn thủ tục thanh toán vốn cho các công trình.\n"
            "2. Giám đốc Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n")
    result = read_plan(tmp_path, DIRECTIVE_HEAD + body + SIGNED)
    assert _lead_of(result, "Giám đốc Sở Y tế chủ trì") == ["Sở Y tế"]
    assert all(a.name != "Giám đốc" for a in result.plan.agencies)


def test_the_results_reported_for_compiling_are_the_regime(tmp_path: Path) -> None:
    said = RESULTS.replace("báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ để tổng hợp).",
                           "báo cáo kết quả thực hiện Kế hoạch này về Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ) "
                           "để tổng hợp.")
    assert said != RESULTS
    text = plan_head("43", "Tập huấn về nhà ở xã hội năm 2026", "Nâng cao năng lực cán bộ.")
    regime = read_plan(tmp_path, text + said + PLAN_SIGNED).plan.regime
    assert regime is not None and regime.cadence == "unresolved"
    assert regime.params.get("via_name") == "Sở Nội vụ"
    import datetime as dt

    ctx = planflow.TimeframeContext(dt.date(2026, 1, 1), dt.date(2026, 12, 31), dt.date(2025, 12, 2))
    alone = planflow.read_regime("Các đơn vị báo cáo kết quả thực hiện về Sở Y tế để theo dõi.", ctx)
    assert alone is not None and alone.params.get("recipient_name") == "Sở Y tế"


def test_the_public_under_their_own_heading_lead_their_duties(tmp_path: Path) -> None:
    body = ("1. Sở Công Thương\na) Kiểm tra các cơ sở chế biến cát, sỏi trên địa bàn tỉnh.\n"
            "2. Người dân trên địa bàn tỉnh có trách nhiệm\n"
            "a) Phát hiện, tố giác kịp thời hành vi khai thác cát trái phép.\n"
            "b) Không mua cát không rõ nguồn gốc.\n"
            "3. Công an tỉnh\na) Xử lý các phương tiện khai thác cát trái phép.\n")
    result = read_plan(tmp_path, DIRECTIVE_HEAD + body + SIGNED)
    assert _lead_of(result, "Phát hiện, tố giác") == ["Người dân trên địa bàn tỉnh"]
    assert _lead_of(result, "Không mua cát") == ["Người dân trên địa bàn tỉnh"]
    assert len(result.plan.tasks) == 4
