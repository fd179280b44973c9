"""A ministry's letter (Công văn) inside a legal-document website's page, as last round's
held-out gh_j12 showed it, in made-up wordings (never copied):

* no letterhead: the page's banner and notices, then its box of fields ("**Số hiệu:**" /
  "|" / "1234/BTP-VP", "Loại văn bản", "Nơi ban hành", "Ngày ban hành" …), then "Kính
  gửi:" and the letter; after the signature the page's own name of the document, its
  related documents and notices. The box and what is above it are the page's (not read,
  said), the fields give the number, kind, issuer and date (said: they are the page's, not
  the letter's own words), the page's name of the letter its title when it prints no
  subject line; the furniture is never read as tasks;
* a ministry's departments ("Vụ Tổ chức cán bộ", "Vụ Kế hoạch, Tài chính") are bodies;
  "các cơ quan tham mưu, quản lý nhà nước" names advisory bodies, no verb;
* in such a letter the numbered duties by unit are read unit by unit, a dash that only
  leads into "+" items by asking for advice ("- Nghiên cứu, tham mưu Lãnh đạo Bộ:") gives
  each "+" item as a duty (a dash listing things, "…, bao gồm:", does not);
* the closing sentence asking every unit to carry the letter out ("Bộ X yêu cầu các đơn
  vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện./.") is no duty; its report is
  read as one;
* a page with no box and no letterhead is still no plan, said in one line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file
from planflow_import.agencies import is_agency_start
from planflow_import.header import page_facts
from planflow_import.sections import agency_heading

BANNER = """\
|
|
Bản dịch này thuộc quyền sở hữu của **
TRANG VĂN BẢN MẪU**. Mọi hành vi sao chép mà không có sự đồng ý là vi phạm.
X
**
CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
**
Click vào phần bôi vàng để xem chi tiết.
|
|
Đang tải văn bản...
"""

BOX = """\
**Số hiệu:**
|
1234/BTP-VP
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Bộ Tư pháp
|
|
**Người ký:**
|
Trần Văn D
|
**Ngày ban hành:**
|
14/01/2026
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
"""

LETTER = """\
**Kính gửi:** Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc
Bộ
Thực hiện chỉ đạo của Thủ tướng Chính phủ về cải cách hành chính năm 2026, Bộ trưởng giao:
**1. Thủ
trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ**
- Nghiên cứu, tham mưu Lãnh
đạo Bộ:
+ Các chính sách bảo đảm quyền tiếp cận thông tin của người dân.
+ Rút ngắn thời gian giải quyết thủ tục hành chính trong lĩnh vực hộ tịch.
- Siết chặt kỷ luật hành chính trong giải quyết hồ sơ của người dân.
**2. Vụ Tổ
chức cán bộ:**** **Tham mưu Lãnh đạo Bộ:
- Rà soát vị trí việc làm của các đơn vị thuộc Bộ.
**3. Vụ Kế
hoạch, Tài chính**
- Lập hồ sơ đề nghị cấp kinh phí cho các đơn vị, bao gồm:
+ Bảng tổng hợp nhu cầu kinh phí.
+ Thuyết minh dự toán.
**4. Văn
phòng Bộ:**** **Tổng hợp kết quả thực hiện của các đơn vị thuộc Bộ.
Bộ Tư pháp
yêu cầu các đơn vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện./.
|
*Nơi nhận:*
- Như trên;
- Lưu: VT, VP.
|
**TL. BỘ TRƯỞNG**
**KT. CHÁNH VĂN PHÒNG **
PHÓ CHÁNH VĂN PHÒNG
**Trần Văn D**
|
"""

FOOTER = """\
** **
Công văn 1234/BTP-VP năm 2026 triển khai cải cách hành chính trong lĩnh vực tư pháp do Bộ Tư pháp ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
## Văn bản liên quan
Ban hành:
25/07/2025
Tình trạng: Đã biết
Cập nhật:
05/08/2025
|
NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN
Văn bản bị thay thế
**Địa chỉ:**
|
1 Đường Mẫu, TP. Mẫu
|
Cảm ơn đã dùng ThuVienPhapLuat.vn
- Bạn vừa bị Đăng xuất khỏi Tài khoản .
- Hỗ trợ: 0900 000 000
"""

PAGE = BANNER + BOX + LETTER + FOOTER


def _read(tmp_path: Path, text: str = PAGE) -> planflow.ImportResult:
    path = tmp_path / "cong_van.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path, markdown=True)


def _keys(result: planflow.ImportResult) -> set[str]:
    return {getattr(w, "key", "") for w in result.warnings}


def _leads(result: planflow.ImportResult, task: planflow.Task) -> list[str]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [names.get(i, i) for i in task.lead]


def test_the_page_fields_name_the_letter(tmp_path: Path) -> None:
    result = _read(tmp_path)
    doc = result.plan.document
    assert (doc.symbol, doc.number, doc.kind) == ("1234/BTP-VP", "1234", "CV")
    assert doc.date == dt.date(2026, 1, 14) and doc.issuer == "Bộ Tư pháp"
    assert doc.title == "Triển khai cải cách hành chính trong lĩnh vực tư pháp"
    assert {"page_top", "page_fields", "page_title", "site_footer", "letter_duties"} <= _keys(result)


def test_the_page_furniture_is_no_task(tmp_path: Path) -> None:
    words = " ".join(t.title + " " + " ".join(t.content) for t in _read(tmp_path).plan.tasks)
    for furniture in ("Đang tải", "Bản dịch", "Click", "Số hiệu", "Đã biết", "Đăng xuất", "Địa chỉ",
                      "yêu cầu các đơn vị triển khai"):
        assert furniture not in words, furniture


def test_the_letter_duties_unit_by_unit(tmp_path: Path) -> None:
    result = _read(tmp_path)
    by_title = {t.title: t for t in result.plan.tasks}
    assert list(by_title) == [
        "Các chính sách bảo đảm quyền tiếp cận thông tin của người dân",
        "Rút ngắn thời gian giải quyết thủ tục hành chính trong lĩnh vực hộ tịch",
        "Siết chặt kỷ luật hành chính trong giải quyết hồ sơ của người dân",
        "Rà soát vị trí việc làm của các đơn vị thuộc Bộ",
        "Lập hồ sơ đề nghị cấp kinh phí cho các đơn vị, bao gồm",
        "Tổng hợp kết quả thực hiện của các đơn vị thuộc Bộ",
    ]
    first = by_title["Rút ngắn thời gian giải quyết thủ tục hành chính trong lĩnh vực hộ tịch"]
    assert _leads(result, first) == ["Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"]
    assert first.content[0] == "Nghiên cứu, tham mưu Lãnh đạo Bộ:"  # the dash leading into it
    assert _leads(result, by_title["Rà soát vị trí việc làm của các đơn vị thuộc Bộ"]) == ["Vụ Tổ chức cán bộ"]
    listing = by_title["Lập hồ sơ đề nghị cấp kinh phí cho các đơn vị, bao gồm"]
    assert _leads(result, listing) == ["Vụ Kế hoạch, Tài chính"]
    assert "Thuyết minh dự toán." in listing.content  # things listed, no duties
    assert _leads(result, by_title["Tổng hợp kết quả thực hiện của các đơn vị thuộc Bộ"]) == ["Văn phòng Bộ"]


def test_the_closing_sentence_is_the_report(tmp_path: Path) -> None:
    plan = _read(tmp_path).plan
    reports = [plan.regime] if plan.regime else []
    reports += [planflow.Regime(cadence=r.get("cadence", "unresolved"), text=r.get("text", ""))
                for r in (plan.settings or {}).get("import", {}).get("reports", [])]
    assert any("báo cáo Lãnh đạo Bộ kết quả thực hiện" in r.text for r in reports)


def test_page_facts_need_the_box_and_no_letterhead() -> None:
    text, facts, dropped = page_facts(PAGE)
    assert facts is not None and facts.symbol == "1234/BTP-VP" and dropped > 10
    assert text.count("\n") == PAGE.count("\n") and "Kính gửi" in text and "Số hiệu" not in text
    # a letterhead above the letter names it: the box is not used
    head = "BỘ TƯ PHÁP\nSố: 1234/BTP-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    assert page_facts(head + BOX + LETTER)[1] is None
    # two fields are no box
    assert page_facts("**Số hiệu:**\n|\n1234/BTP-VP\n|\n**Loại văn bản:**\n|\nCông văn\n|\n" + LETTER)[1] is None


def test_a_page_with_no_box_is_still_no_plan(tmp_path: Path) -> None:
    with pytest.raises(planflow.PlanFileError) as e:
        _read(tmp_path, BANNER + "Một trang giới thiệu của trang web, không có văn bản nào.\n" + FOOTER)
    assert "not a plan" in str(e.value)


def test_ministry_departments_and_advisory_bodies() -> None:
    assert is_agency_start("Vụ Tổ chức cán bộ") and is_agency_start("Vụ Kế hoạch, Tài chính")
    assert not is_agency_start("Vụ việc này cần xử lý sớm")
    assert agency_heading("3. Vụ Kế hoạch, Tài chính") == ["Vụ Kế hoạch, Tài chính"]
    assert agency_heading("1. Các cơ quan tham mưu, quản lý nhà nước thuộc Bộ") == \
        ["Các cơ quan tham mưu, quản lý nhà nước thuộc Bộ"]
    # "tham mưu" with its object is still the verb
    assert agency_heading("1. Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí.") == ["Sở Tài chính"]
