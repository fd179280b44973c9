"""planflow_docs: the DOCX of the Lý Sơn plan, opened with python-docx, against Phụ lục I.

Formatting is read as Word applies it: a run's own property, else its paragraph
style's, else that style's base styles', else the document defaults.
"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

import planflow
from planflow import RenderContext
from planflow_docs import render_docx

from .conftest import ROOT
from .test_documents_text import NASTY, nasty_plan

FONT = "Times New Roman"


@pytest.fixture(scope="module")
def lyson() -> planflow.Plan:
    return planflow.load(ROOT / "examples" / "lyson_2023.py")


@pytest.fixture(scope="module")
def doc(lyson):
    return docx.Document(io.BytesIO(render_docx(lyson, RenderContext())))


def _chain(paragraph):
    st = paragraph.style
    while st is not None:
        yield st
        st = st.base_style


def font(run, paragraph, attr):
    """The effective ``attr`` (size, bold, italic, name) of ``run`` in ``paragraph``."""
    v = getattr(run.font, attr)
    if v is not None:
        return v
    for st in _chain(paragraph):
        v = getattr(st.font, attr)
        if v is not None:
            return v
    return None


def pfmt(paragraph, attr):
    """The effective paragraph-format ``attr`` of ``paragraph``."""
    v = getattr(paragraph.paragraph_format, attr)
    if v is not None:
        return v
    for st in _chain(paragraph):
        v = getattr(st.paragraph_format, attr)
        if v is not None:
            return v
    return None


def runs_of(paragraph):
    return [r for r in paragraph.runs if r.text.strip()]


def assert_runs(paragraph, *, size=None, bold=None, italic=None):
    runs = runs_of(paragraph)
    assert runs, f"no text in {paragraph.text!r}"
    for r in runs:
        if size is not None:
            lo, hi = size
            s = font(r, paragraph, "size")
            assert s is not None and Pt(lo) <= s <= Pt(hi), (paragraph.text, s and s.pt)
        if bold is not None:
            assert bool(font(r, paragraph, "bold")) is bold, paragraph.text
        if italic is not None:
            assert bool(font(r, paragraph, "italic")) is italic, paragraph.text


def index(cell, paragraph):
    return [p._p for p in cell.paragraphs].index(paragraph._p)


def cell_lines(cell):
    return [p for p in cell.paragraphs if p.text.strip()]


def test_page_is_a4_portrait_with_the_margins(doc):
    (s,) = doc.sections
    assert s.orientation == WD_ORIENT.PORTRAIT
    assert abs(s.page_width - Mm(210)) < Mm(0.5) and abs(s.page_height - Mm(297)) < Mm(0.5)
    tol = Mm(0.1)  # DOCX stores twentieths of a point
    assert Mm(20) - tol <= s.top_margin <= Mm(25) and Mm(20) - tol <= s.bottom_margin <= Mm(25)
    assert Mm(30) - tol <= s.left_margin <= Mm(35) and Mm(15) - tol <= s.right_margin <= Mm(20)


def test_times_new_roman_everywhere(doc):
    normal = doc.styles["Normal"]
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert rfonts.get(qn(slot)) == FONT
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for c in t._cells for p in c.paragraphs]
    for p in paragraphs:
        for r in runs_of(p):
            assert font(r, p, "name") == FONT, p.text


def test_header_table(doc):
    header = doc.tables[0]
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and {e.get(qn("w:val")) for e in borders} == {"nil"}
    assert len(header.columns) == 2
    left, right = header.rows[0].cells
    issuer1, issuer2, number = cell_lines(left)
    assert [issuer1.text, issuer2.text] == ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"]
    for p in (issuer1, issuer2):
        assert p.text == p.text.upper()
        assert_runs(p, size=(12, 13), bold=True)
        assert pfmt(p, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    # a short rule under the issuer: a bottom border narrower than the column
    rule = left.paragraphs[index(left, issuer2) + 1]
    assert rule.text == "" and rule._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")) is not None
    indent = rule.paragraph_format.left_indent + rule.paragraph_format.right_indent
    assert indent > left.width / 3  # at most 2/3 of the column: short
    assert number.text == "Số: 65/KH-UBND"
    assert_runs(number, size=(13, 13), bold=False)
    nation, motto, place_date = cell_lines(right)
    assert nation.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert_runs(nation, size=(12, 13), bold=True)
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert_runs(motto, size=(13, 14), bold=True)
    # the rule under the motto is as long as the words: the words are underlined, all of them
    assert all(r.font.underline for r in motto.runs) and "".join(r.text for r in motto.runs) == motto.text
    assert place_date.text == "Lý Sơn, ngày 23 tháng 3 năm 2023"
    assert_runs(place_date, size=(13, 14), italic=True, bold=False)


def test_parent_body_line_is_upper_case_regular(lyson):
    import attrs

    plan = attrs.evolve(lyson, document=attrs.evolve(lyson.document, parent_body="Ủy ban nhân dân tỉnh Quảng Ngãi"))
    d = docx.Document(io.BytesIO(render_docx(plan, RenderContext())))
    first = cell_lines(d.tables[0].rows[0].cells[0])[0]
    assert first.text == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert_runs(first, size=(12, 13), bold=False)


def _body(doc):
    return [p for p in doc.paragraphs if p.text.strip()]


def test_document_type_and_subject(doc, lyson):
    body = _body(doc)
    kind, title = body[0], body[1]
    assert kind.text == "KẾ HOẠCH"
    assert_runs(kind, size=(13, 14), bold=True)
    assert pfmt(kind, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    assert title.text == lyson.document.title
    assert_runs(title, bold=True)
    assert pfmt(title, "alignment") == WD_ALIGN_PARAGRAPH.CENTER


def test_body_paragraphs(doc):
    body = _body(doc)[2:]
    assert body[0].text.startswith("Thực hiện Kế hoạch số 30/KH-LĐTĐ")
    for p in body:
        assert_runs(p, size=(13, 14))
        assert pfmt(p, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY, p.text
        assert Cm(1) <= pfmt(p, "first_line_indent") <= Cm(1.27) + 1, p.text
        assert pfmt(p, "space_after") >= Pt(6)
    sections = [p for p in body if p.text.split(" ")[0] in ("I.", "II.", "III.")]
    assert [p.text for p in sections] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG CÔNG TÁC TRỌNG TÂM",
                                          "III. TỔ CHỨC THỰC HIỆN"]
    for p in sections:
        assert_runs(p, bold=True)
        assert p.text == p.text.upper()
    tasks = [p for p in body if p.text.startswith(("1. Công tác", "2. Công tác", "3. Công tác"))]
    assert len(tasks) == 3
    for p in tasks:
        assert_runs(p, bold=True)
    points = [p for p in body if p.text[:2] in ("a)", "b)", "c)", "d)")]
    assert len(points) == 12
    for p in points:
        assert_runs(p, bold=False)
    assert body[-1].text.endswith("quy định./.")


def test_recipients_and_signature(doc):
    closing = doc.tables[-1]
    assert {e.get(qn("w:val")) for e in closing._tbl.tblPr.find(qn("w:tblBorders"))} == {"nil"}
    left, right = closing.rows[0].cells
    head, *lines = cell_lines(left)
    assert head.text == "Nơi nhận:"
    assert_runs(head, size=(12, 12), bold=True, italic=True)
    assert [p.text for p in lines] == [
        "- Sở LĐTB&XH tỉnh;", "- CT, các PCT UBND huyện;", "- Mặt trận, các Hội, đoàn thể huyện;",
        "- Các phòng, ban, thuộc huyện;", "- Công an huyện;", "- VPH: CVP, PCVP, CV (VX);",
        "- Lưu: VT."]
    for p in lines:
        assert_runs(p, size=(11, 11), bold=False)
    sig = cell_lines(right)
    assert [p.text for p in sig] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Ninh"]
    for p in sig:
        assert_runs(p, size=(13, 14), bold=True)
        assert pfmt(p, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    # room to sign between the title and the name
    gap = index(right, sig[2]) - index(right, sig[1]) - 1
    assert gap >= 3


def test_page_numbers_from_page_two_centred_in_the_top_margin(doc):
    (s,) = doc.sections
    assert s.different_first_page_header_footer
    assert not "".join(p.text for p in s.first_page_header.paragraphs).strip()
    p = s.header.paragraphs[0]
    assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
    fields = p._p.findall(qn("w:fldSimple"))
    assert [f.get(qn("w:instr")).strip() for f in fields] == ["PAGE"]
    assert s.header_distance < s.top_margin


def test_hostile_text_cannot_break_the_docx():
    data = render_docx(nasty_plan(), RenderContext())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "\x00" not in xml and "\x1b" not in xml
    d = docx.Document(io.BytesIO(data))
    texts = [p.text for p in d.paragraphs]
    cleaned = NASTY.replace("\x00", "").replace("\x07", "").replace("\x1b", "").replace("\ufffe", "")
    assert any(cleaned in t for t in texts)  # the words survive, as words
    left = d.tables[0].rows[0].cells[0]
    assert "Số: 7/KH-<UB>&\"" in [p.text for p in left.paragraphs]


def test_a_template_supplies_the_styles(tmp_path, lyson):
    # An office's own .docx: its body is replaced, its page setup kept when asked.
    t = docx.Document()
    t.add_paragraph("letterhead placeholder")
    t.sections[0].left_margin = Mm(35)
    path = tmp_path / "office.docx"
    t.save(path)
    data = render_docx(lyson, RenderContext(options={"template": str(path), "keep_page_setup": True}))
    d = docx.Document(io.BytesIO(data))
    assert abs(d.sections[0].left_margin - Mm(35)) < Mm(0.1)
    assert "letterhead placeholder" not in [p.text for p in d.paragraphs]
    assert _body(d)[0].text == "KẾ HOẠCH"


def test_documents_after_the_first_carry_the_same_styles(lyson) -> None:
    """planflow's styles are made for the first document of a process; later documents
    get copies of what they changed and added: every part of the file is the same."""
    from planflow_docs import docx_format

    docx_format._STYLED.clear()
    made = [render_docx(lyson, RenderContext()) for _ in range(3)]
    assert len(docx_format._STYLED) == 1
    parts = [{n: z.read(n) for n in z.namelist()} for z in (zipfile.ZipFile(io.BytesIO(b)) for b in made)]
    assert parts[0] == parts[1] == parts[2]
    styles = docx.Document(io.BytesIO(made[2])).styles
    assert styles["PF Body"].base_style.name == "Normal"
    assert styles["PF Section"].base_style.name == "PF Body"
