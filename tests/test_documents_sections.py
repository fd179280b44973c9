"""planflow_docs: a plan's own sections and every signature form of Nghị định 30/2020.

The DOCX is opened with python-docx and checked rule by rule as in
tests/test_documents_docx.py; imported plans from ../shared are read, written to a plan
file, read back and rendered with their sections and signature intact.
"""

from __future__ import annotations

import io
import json
import tomllib
from datetime import date
from pathlib import Path

import attrs
import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

import planflow
from planflow import Agency, DocumentInfo, Plan, RenderContext, Section, Signature, Task
from planflow_docs import render_docx, render_html, render_text

from .test_documents_docx import assert_runs, cell_lines, index, pfmt

FORMS = {
    "TM.": (Signature("Nguyễn Văn A", title="CHỦ TỊCH", authority="TM.",
                      on_behalf_of="ỦY BAN NHÂN DÂN"),
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    "KT.": (Signature("Nguyễn Văn A", title="PHÓ CHỦ TỊCH", authority="KT.", on_behalf_of="CHỦ TỊCH"),
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    "TM. KT.": (Signature("Nguyễn Văn A", title="PHÓ CHỦ TỊCH", authority="KT.",
                          on_behalf_of="CHỦ TỊCH", outer_authority="TM.",
                          outer_on_behalf_of="ỦY BAN NHÂN DÂN"),
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    "TL.": (Signature("Nguyễn Văn A", title="CHÁNH VĂN PHÒNG", authority="TL.", on_behalf_of="CHỦ TỊCH"),
            ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
    "TUQ.": (Signature("Nguyễn Văn A", title="GIÁM ĐỐC SỞ NỘI VỤ", authority="TUQ.",
                       on_behalf_of="CHỦ TỊCH"),
             ["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"]),
    "Q.": (Signature("Nguyễn Văn A", authority="Q.", on_behalf_of="CHỦ TỊCH"), ["Q. CHỦ TỊCH"]),
}

SECTIONS = (
    Section("MỤC ĐÍCH, YÊU CẦU", "I", subsections=[Section("Mục đích", "1", "objectives"),
                                                   Section("Yêu cầu", "2", "requirements")]),
    Section("NHIỆM VỤ VÀ GIẢI PHÁP", "II", "tasks"),
    Section("KINH PHÍ", "III", paragraphs=["Kinh phí do ngân sách huyện bảo đảm.",
                                           "- Nguồn khác: không."]),
    Section("TỔ CHỨC THỰC HIỆN", "IV", "implementation"),
)


def _plan(signature: Signature | None = None, sections=SECTIONS, **document) -> Plan:
    return planflow.bind(Plan(
        document=DocumentInfo(kind="KH", symbol="5/KH-UBND", issuer="Ủy ban nhân dân huyện X",
                              place="X", date=date(2024, 2, 1), title="Thử", **document),
        agencies=[Agency("tp", "Phòng Tư pháp", short_name="Phòng TP")],
        tasks=[Task("a", "Tuyên truyền", lead=["tp"], timeframe="Quý II năm 2024"),
               Task("b", "Kiểm tra", lead=["tp"], timeframe="Tháng 10 năm 2024")],
        objectives=["Mục đích một."], requirements=["Yêu cầu một.", "Yêu cầu hai."],
        implementation=["Giao Phòng Tư pháp theo dõi."], sections=sections,
        recipients=["Như trên;", "Lưu: VT."], signature=signature, calendar="vn"))


def _docx(plan: Plan) -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(plan, RenderContext())))


def _body(d: docx.document.Document) -> list:
    return [p for p in d.paragraphs if p.text.strip()][2:]


@pytest.mark.parametrize("form", list(FORMS))
def test_every_signature_form_in_docx(form):
    """Each line of the block is upper case, bold, centred, 13-14 pt; room to sign before the name."""
    sig, lines = FORMS[form]
    right = _docx(_plan(sig)).tables[-1].rows[0].cells[1]
    got = cell_lines(right)
    assert [p.text for p in got] == [*lines, "Nguyễn Văn A"]
    for p in got:
        assert_runs(p, size=(13, 14), bold=True)
        assert pfmt(p, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    for p in got[:-1]:
        assert p.text == p.text.upper()
    assert index(right, got[-1]) - index(right, got[-2]) - 1 >= 3


@pytest.mark.parametrize("form", list(FORMS))
def test_every_signature_form_in_html_and_text(form):
    sig, lines = FORMS[form]
    plan = _plan(sig)
    html = render_html(plan, RenderContext()).decode()
    assert "".join(f"<p>{x}</p>" for x in lines) in html
    text = render_text(plan, RenderContext()).decode()
    assert "\n".join(lines) + "\n\n\n\nNguyễn Văn A" in text


def test_sections_render_as_written():
    """Headings with their own numbers in their own order; free text verbatim, in place."""
    body = [p.text for p in _body(_docx(_plan(FORMS["KT."][0])))]
    assert body == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích", "- Mục đích một.",
        "2. Yêu cầu", "- Yêu cầu một.", "- Yêu cầu hai.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Tuyên truyền", "a) Cơ quan chủ trì: Phòng Tư pháp.",
        "b) Thời gian thực hiện: Quý II năm 2024.",
        "2. Kiểm tra", "a) Cơ quan chủ trì: Phòng Tư pháp.",
        "b) Thời gian thực hiện: Tháng 10 năm 2024.",
        "III. KINH PHÍ", "Kinh phí do ngân sách huyện bảo đảm.", "- Nguồn khác: không.",
        "IV. TỔ CHỨC THỰC HIỆN", "1. Giao Phòng Tư pháp theo dõi./.",
    ]


def test_section_heading_rules_in_docx():
    """A section: bold, upper case as written; a subsection: bold; free text: regular,
    justified, first-line indent."""
    body = {p.text: p for p in _body(_docx(_plan()))}
    for h in ("I. MỤC ĐÍCH, YÊU CẦU", "III. KINH PHÍ"):
        assert_runs(body[h], size=(13, 14), bold=True)
    assert_runs(body["1. Mục đích"], bold=True)
    free = body["Kinh phí do ngân sách huyện bảo đảm."]
    assert_runs(free, size=(13, 14), bold=False)
    assert pfmt(free, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert Cm(1) <= pfmt(free, "first_line_indent") <= Cm(1.27) + 1


def test_tasks_split_over_sections_and_short_names():
    sections = (Section("NHIỆM VỤ CHUNG", "I", "tasks", tasks=["b"]),
                Section("NHIỆM VỤ CỤ THỂ", "II", "tasks"))
    body = [p.text for p in _body(_docx(_plan(sections=sections, agency_names="short")))]
    assert body[:3] == ["I. NHIỆM VỤ CHUNG", "1. Kiểm tra", "a) Cơ quan chủ trì: Phòng TP."]
    assert body[4:6] == ["II. NHIỆM VỤ CỤ THỂ", "2. Tuyên truyền"]


def test_without_sections_the_usual_layout():
    body = [p.text for p in _body(_docx(_plan(sections=())))]
    assert [b for b in body if b.split(" ")[0] in ("I.", "II.", "III.")] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG CÔNG TÁC TRỌNG TÂM", "III. TỔ CHỨC THỰC HIỆN"]


def test_html_keeps_the_blank_of_an_unnumbered_document():
    plan = planflow.bind(Plan(document=DocumentInfo(kind="BC", date=date(2024, 2, 1))))
    html = render_html(plan, RenderContext()).decode()
    assert '<p class="number">Số:      /BC</p>' in html
    css = html[html.index("<style>"):html.index("</style>")]
    assert ".number {" in css and "white-space: pre-wrap" in css.split(".number {")[1].split("}")[0]


def _headings(sections: tuple[Section, ...]) -> list[str]:
    return [f"{s.label} {s.heading}".strip() for top in sections for s in top.walk()]


@pytest.mark.parametrize("name", ["seeds/000_51628132bfe7fd25.txt",
                                  "corpus/plans/01_141-KH-UBND.md",
                                  "corpus/plans/03_172-KH-UBND.md"])
def test_imported_plan_round_trips_with_sections_and_signature(shared_dir: Path, name: str):
    """import → plan file → render: the sections (headings, numbering, order, free text)
    and the signature block come out as the document wrote them."""
    path = shared_dir / name
    if not path.exists():
        pytest.skip(f"{name} is absent from {shared_dir}")
    plan = planflow.default_registry().importer_for(path).read(path).plan
    assert plan.sections and plan.signature is not None
    for text, parse in ((planflow.dumps_plan(plan, "toml"), tomllib.loads),
                        (planflow.dumps_plan(plan, "json"), json.loads)):
        again = planflow.plan_from_dict(parse(text), name)
        assert again.sections == plan.sections and again.signature == plan.signature
    d = _docx(again)
    body = [p.text for p in _body(d)]
    at = 0
    for h in _headings(plan.sections):  # every heading, in the plan's order
        at = body.index(h, at) + 1
    for top in plan.sections:
        for s in top.walk():
            for para in s.paragraphs:
                assert para.strip() in body, para
    sig = [p.text for p in cell_lines(d.tables[-1].rows[0].cells[1])]
    assert sig == [*(x.upper() for x in plan.signature.lines()), plan.signature.name]


def test_double_form_is_read(shared_dir: Path):
    path = shared_dir / "corpus" / "plans" / "01_141-KH-UBND.md"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    result = planflow.default_registry().importer_for(path).read(path)
    assert result.plan.signature.lines() == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    top = result.plan.sections[0]
    assert (top.number, top.heading) == ("I", "MỤC ĐÍCH, YÊU CẦU")
    assert [(s.number, s.heading) for s in top.subsections] == [("1", "Mục đích"), ("2", "Yêu cầu")]
    assert not any("signature" in w for w in result.warnings)


def test_sections_naming_unknown_or_twice_placed_tasks_are_errors():
    sections = (Section("A", "I", "tasks", tasks=["a", "zz"]),
                Section("B", "II", subsections=[Section("C", "1", "tasks", tasks=["a"])]))
    problems = [(p.code, p.where) for p in planflow.validate(_plan(sections=sections))]
    assert ("section-unknown-task", "sections[0].tasks[1]") in problems
    assert ("section-task-twice", "sections[1].subsections[0].tasks[0]") in problems


MINI = """\
ỦY BAN NHÂN DÂN
HUYỆN X
Số: 5/KH-UBND
X, ngày 01 tháng 02 năm 2024
KẾ HOẠCH
Thử nghiệm
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Mục đích một.
2. Yêu cầu
- Yêu cầu một.
II. NHIỆM VỤ
1. Tuyên truyền
- Cơ quan chủ trì: Phòng Tư pháp.
- Thời gian thực hiện: Quý II năm 2024.
III. KINH PHÍ
Kinh phí do ngân sách huyện bảo đảm.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Tư pháp theo dõi, báo cáo UBND huyện trước ngày 15/12/2024./.
Nơi nhận:
- Như trên;
- Lưu: VT.
SIGNATURE
Nguyễn Văn A
"""


@pytest.mark.parametrize("form", list(FORMS))
def test_every_signature_form_is_imported_and_round_trips(form):
    """A plan text signed in each form: import → plan file → DOCX, the block intact."""
    from planflow_import.importer import read_items
    from planflow_import.text import blocks_from_text

    sig, lines = FORMS[form]
    result = read_items(blocks_from_text(MINI.replace("SIGNATURE", "\n".join(lines))), "mini.txt")
    plan = result.plan
    assert plan.signature == attrs.evolve(sig, name="Nguyễn Văn A")
    assert [(s.number, s.heading, s.role) for s in plan.sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", "text"), ("II", "NHIỆM VỤ", "tasks"), ("III", "KINH PHÍ", "text"),
        ("IV", "TỔ CHỨC THỰC HIỆN", "implementation")]
    assert plan.sections[2].paragraphs == ("Kinh phí do ngân sách huyện bảo đảm.",)
    again = planflow.plan_from_dict(tomllib.loads(planflow.dumps_plan(plan)), "mini.toml")
    assert again == plan
    right = _docx(again).tables[-1].rows[0].cells[1]
    assert [p.text for p in cell_lines(right)] == [*lines, "Nguyễn Văn A"]
    assert not any("signature" in w for w in result.warnings)
