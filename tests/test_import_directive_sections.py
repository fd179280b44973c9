"""Families behind last round's held-out misses (gh_j10: a province's Chỉ thị whose duties
go to bodies and to roles under bold Roman headings a scrape split over lines), in made-up
wordings (never copied):

* a Roman-numbered heading in sentence case is a section heading when the run it opens
  numbers on ("I. …", "II. …", "III. Tổ chức thực hiện"), however long its title and
  however its bold line was wrapped ("**I.**" / "Trách nhiệm …**");
* a directive (Chỉ thị) whose sections each assign duties: every section's duties are its
  tasks (not only one "duty section"), also a section whose items only name their bodies
  in prose;
* a numbered heading naming a class of bodies and each body in its brackets ("1. Các cơ
  quan cấp phép (Sở Xây dựng, Ban quản lý Khu Kinh tế Dung Quất):") is led by those bodies;
* numbered parts under an agency heading ("2.1. Trách nhiệm chung", "2.2. Trách nhiệm cụ
  thể") only title its duties: no task of their own, the heading's body still leads;
  the heading's words after its colon leading into them ("…: Là các đơn vị …, chịu trách
  nhiệm các nội dung sau:") are no duty either, nor is a part's lead-in sentence;
* a paragraph with no marker after a lettered duty ("Trường hợp …") is that duty's text;
* duties given to a role, not a body ("3. Cơ quan chủ trì cấp phép" over "a) …", "4. Cơ
  quan phối hợp có trách nhiệm trả lời …"), stay without a lead (docs/import.md);
* a purpose clause before the bodies of a heading ("5. Để bảo đảm …, các Sở, ngành, UBND
  cấp xã … thực hiện những nội dung sau:") does not hide them.
"""

from __future__ import annotations

from pathlib import Path

import planflow
from planflow_import import read_text_file
from planflow_import.sections import agency_heading, outline
from planflow_import.text import blocks_from_text, paragraphs

HEAD = """\
|
**ỦY BAN NHÂN DÂN**
TỈNH QUẢNG NGÃI
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 21/CT-UBND
|
*Quảng Ngãi, ngày 09
tháng 3 năm 2026*
|

**CHỈ THỊ**

VỀ VIỆC TĂNG CƯỜNG PHỐI HỢP CẤP GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ TRÊN ĐỊA BÀN TỈNH

Thời gian qua, việc cấp giấy phép xây dựng còn chậm ở một số nơi.

Để khắc phục hạn chế, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và
Chủ tịch UBND các xã, phường thực hiện các nội dung sau:

"""

BODY = """\
**I.
Trách nhiệm phối hợp trong công tác kiểm tra hồ sơ đề nghị cấp giấy phép xây dựng nhà ở**

**1.
Các cơ quan cấp phép (Sở Xây dựng, Ban quản lý Khu Kinh tế Dung Quất, Ban Quản lý các
Khu công nghiệp tỉnh):**

a) Là đầu mối tiếp nhận hồ sơ, lấy ý kiến các cơ quan liên quan và trả kết quả cho người
dân.

Trường hợp các cơ quan được hỏi ý kiến có ý kiến khác nhau, cơ quan cấp phép tổ chức họp
để thống nhất.

b) Công khai thủ tục, mẫu đơn và thời hạn giải quyết trên Cổng thông tin điện tử.

**2.
Các sở, ban, ngành, địa phương****: **Là các đơn vị được hỏi ý kiến, chịu trách nhiệm
các nội dung sau:

**2.1.
Trách nhiệm chung**

a) Trả lời bằng văn bản đúng thời hạn, nêu rõ ý kiến đồng ý hay không đồng ý.

b) Nêu rõ căn cứ pháp lý khi đề nghị người dân bổ sung hồ sơ.

**2.2.
Trách nhiệm cụ thể**

Ngoài các trách nhiệm chung nêu trên, một số đơn vị còn có trách nhiệm sau:

a) Sở Tư pháp

- Kiểm tra tính pháp lý của giấy tờ về quyền sử dụng đất kèm theo hồ sơ.

Khi kiểm tra, văn bản trả lời phải ghi rõ giấy tờ nào đạt, giấy tờ nào chưa đạt.

- Đối chiếu hồ sơ với dữ liệu đất đai của địa phương.

b) Công an tỉnh

- Kiểm tra yêu cầu phòng cháy, chữa cháy đối với nhà ở kết hợp kinh doanh.

**II.
Trách nhiệm phối hợp giải quyết vướng mắc sau khi cấp giấy phép xây dựng**

**1. **Sở Xây dựng, Sở Tài chính, UBND cấp xã có trách nhiệm phối hợp công khai thông tin
quy hoạch chi tiết trên địa bàn theo quy định.

**2. **Cơ quan chủ trì cấp phép xây dựng

a) Hướng dẫn người dân hoàn thiện hồ sơ ngay trong lần tiếp nhận đầu tiên.

b) Chủ trì giải quyết kiến nghị của người dân về giấy phép đã cấp.

**3.** Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản khi được cơ quan chủ trì hỏi
ý kiến; quá thời hạn phải báo cáo rõ lý do.

**4.** Để bảo đảm trật tự xây dựng trên địa bàn, các Sở, ngành, UBND cấp xã theo chức năng,
nhiệm vụ được giao thực hiện những nội dung sau:

a) Kiểm tra việc xây dựng theo giấy phép đã cấp.

b) Xử lý kịp thời các công trình xây dựng sai phép.

**III. Tổ
chức thực hiện**

**1. **Giao Sở Xây dựng chủ trì theo dõi, đôn đốc việc thực hiện Chỉ thị này.

Trên đây là Chỉ thị về tăng cường phối hợp cấp giấy phép xây dựng, yêu cầu các cơ quan
nghiêm túc thực hiện./.

|
Nơi nhận:
- Các sở, ban, ngành tỉnh;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
Nguyễn Văn C
|
"""


def _read(tmp_path: Path, text: str = HEAD + BODY) -> planflow.ImportResult:
    path = tmp_path / "chi_thi.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path, markdown=True)


def _task(result: planflow.ImportResult, words: str) -> planflow.Task:
    return next(t for t in result.plan.tasks if words in t.title or (t.content and words in t.content[0]))


def _leads(result: planflow.ImportResult, task: planflow.Task) -> list[str]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [names.get(i, i) for i in task.lead]


def test_roman_headings_in_sentence_case_split_over_lines_are_the_outline() -> None:
    paras = paragraphs(blocks_from_text(HEAD + BODY))
    _, sections = outline(paras)
    assert [s.number for s in sections] == ["I", "II", "III"]
    assert sections[0].title.startswith("Trách nhiệm phối hợp trong công tác kiểm tra hồ sơ")
    assert sections[2].title == "Tổ chức thực hiện"


def test_a_lone_roman_item_in_sentence_case_is_no_outline() -> None:
    # one "I." with no "II." after it numbers nothing: not a heading (no run)
    text = HEAD + "I. Các cơ quan phối hợp chặt chẽ trong quá trình giải quyết hồ sơ\n\nMột đoạn văn.\n"
    _, sections = outline(paragraphs(blocks_from_text(text)))
    assert all(s.number != "I" for s in sections)


def test_sentence_case_roman_items_under_headings_in_capitals_are_no_run() -> None:
    # a plan whose outline is in capitals: "I. …" / "II. …" in sentence case inside its
    # appendix stay its text, the capitals the outline
    text = (HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm cấp phép đúng hạn.\n\nII. NHIỆM VỤ\n\n"
            "1. Sở Xây dựng công khai thủ tục.\n\nI. Nhóm thủ tục về cấp phép mới\n\n"
            "II. Nhóm thủ tục về điều chỉnh giấy phép\n")
    _, sections = outline(paragraphs(blocks_from_text(text)))
    assert [s.title for s in sections] == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ"]


def test_directive_sections_each_give_their_duties(tmp_path: Path) -> None:
    result = _read(tmp_path)
    keys = {getattr(w, "key", "") for w in result.warnings}
    assert "directive_sections" in keys and "letter_duties" not in keys
    titles = [t.title for t in result.plan.tasks]
    # I.1 a), b); I.2.1 a), b); I.2.2 a) two dashes, b); II.1; II.2 a), b); II.3; II.4 a), b);
    # III.1
    assert len(titles) == 14, titles
    assert not any(t.startswith(("2.1", "2.2", "Trách nhiệm chung", "Ngoài các trách nhiệm",
                                 "Là các đơn vị")) for t in titles)


def test_class_of_bodies_named_in_brackets_leads(tmp_path: Path) -> None:
    result = _read(tmp_path)
    t = _task(result, "Là đầu mối tiếp nhận hồ sơ")
    assert _leads(result, t) == ["Sở Xây dựng", "Ban quản lý Khu Kinh tế Dung Quất",
                                 "Ban Quản lý các Khu công nghiệp tỉnh"]
    # the paragraph with no marker after a) is a)'s own text, not a duty of its own
    assert any("tổ chức họp để thống nhất" in c for c in t.content)
    assert not any(x.title.startswith("Trường hợp") for x in result.plan.tasks)
    # (brackets that say who leads are no list of the class's bodies)
    assert "Sở Tài chính" not in (agency_heading("1. Các đơn vị thẩm định (Sở Y tế chủ trì, Sở Tài "
                                                 "chính):") or [])


def test_parts_of_an_agency_heading_keep_its_lead(tmp_path: Path) -> None:
    result = _read(tmp_path)
    t = _task(result, "Trả lời bằng văn bản đúng thời hạn")
    assert "sở, ban, ngành" in " ".join(_leads(result, t)).casefold()
    assert _leads(result, _task(result, "Kiểm tra tính pháp lý")) == ["Sở Tư pháp"]
    # a paragraph with no marker between a body's dashes is the dash's text; the dash after
    # it is still the body's (it was lost)
    assert any("ghi rõ giấy tờ nào đạt" in c for c in _task(result, "Kiểm tra tính pháp lý").content)
    assert _leads(result, _task(result, "Đối chiếu hồ sơ với dữ liệu đất đai")) == ["Sở Tư pháp"]
    assert _leads(result, _task(result, "phòng cháy, chữa cháy")) == ["Công an tỉnh"]


def test_duties_given_to_a_role_have_no_lead(tmp_path: Path) -> None:
    result = _read(tmp_path)
    for words in ("Hướng dẫn người dân hoàn thiện hồ sơ", "Chủ trì giải quyết kiến nghị",
                  "Cơ quan phối hợp có trách nhiệm trả lời"):
        assert _task(result, words).lead == (), words
    assert _leads(result, _task(result, "Giao Sở Xây dựng chủ trì theo dõi")) == ["Sở Xây dựng"]


def test_purpose_clause_before_the_bodies(tmp_path: Path) -> None:
    result = _read(tmp_path)
    leads = " | ".join(_leads(result, _task(result, "Xử lý kịp thời các công trình")))
    assert "Sở, ngành" in leads and "UBND cấp xã" in leads
    assert agency_heading("4. Để bảo đảm trật tự, các Sở, ngành thực hiện các nội dung sau:") \
        == ["các Sở, ngành"]
    # (no colon closing it: a sentence, its purpose no heading's)
    assert agency_heading("4. Để bảo đảm trật tự, các Sở, ngành thực hiện kiểm tra.") is None



def test_class_of_bodies_named_in_brackets_heads_their_duties() -> None:
    assert agency_heading("1. Các cơ quan cấp phép (Sở Xây dựng, Ban quản lý Khu Kinh tế Dung Quất):") \
        == ["Sở Xây dựng", "Ban quản lý Khu Kinh tế Dung Quất"]
    # (brackets that say who leads are no list of the class's bodies)
    assert "Sở Tài chính" not in (agency_heading("1. Các đơn vị thẩm định (Sở Y tế chủ trì, Sở Tài "
                                                 "chính):") or [])
