"""Word documents as Word writes them: what python-docx's ``paragraph.text`` and
``row.cells`` leave out or shift, read as Word shows it.

Offices send their plans as .docx files that have been edited for weeks: tracked
insertions and deletions, content controls from the template, smart tags, fields, text
boxes for the letterhead, Word's own list numbering ("I.", "1.", "a)", "1.1." printed by
numbering.xml, not typed), tables whose merged leads run down a column and whose rows
start one column late. Every test builds such a document from XML and checks the reading
against the same plan written as text.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

docx = pytest.importorskip("docx")

from docx.oxml import parse_xml  # noqa: E402

from planflow_import import read_text_file  # noqa: E402
from planflow_import.docx import docx_items, read_docx  # noqa: E402
from planflow_import.text import Block, Table  # noqa: E402

from .test_import_families import _robust  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'


def _p(inner: str) -> object:
    return parse_xml(f"<w:p {NS}>{inner}</w:p>")


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _blocks(path: Path) -> list[str]:
    return [" / ".join(b.lines) for b in docx_items(path) if isinstance(b, Block)]


def _tables(path: Path) -> list[tuple[tuple[str, ...], ...]]:
    return [t.rows for t in docx_items(path) if isinstance(t, Table)]


def _save(document: object, tmp_path: Path, name: str = "plan.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))  # type: ignore[attr-defined]
    return path


# -- the text of a paragraph -------------------------------------------------------------

@pytest.mark.parametrize("inner, want", [
    # a tracked insertion is the text; a tracked deletion is not
    (_r("Sở Tài chính chủ trì ") + f'<w:del w:id="1" w:author="A"><w:r><w:delText>Sở Nội vụ '
     f'</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">{_r("thẩm định dự toán")}</w:ins>',
     "Sở Tài chính chủ trì thẩm định dự toán"),
    # a moved paragraph: read where it went, not where it was
    (f'<w:moveFrom w:id="3" w:author="A">{_r("cũ ")}</w:moveFrom>'
     f'<w:moveTo w:id="4" w:author="A">{_r("Quý II/2026")}</w:moveTo>', "Quý II/2026"),
    # smart tags, content controls, custom XML and hyperlinks hold text
    (f'<w:smartTag w:uri="urn:x" w:element="place">{_r("Lý Sơn")}</w:smartTag>' + _r(", Quảng Ngãi"),
     "Lý Sơn, Quảng Ngãi"),
    (f'<w:sdt><w:sdtPr><w:alias w:val="Số"/></w:sdtPr><w:sdtContent>{_r("65/KH-UBND")}'
     f'</w:sdtContent></w:sdt>', "65/KH-UBND"),
    (f'<w:hyperlink w:anchor="x">{_r("Cổng thông tin")}</w:hyperlink>', "Cổng thông tin"),
    # a simple field shows its result; a complex field shows its result, not its code
    (f'<w:fldSimple w:instr=" DATE ">{_r("30/6/2026")}</w:fldSimple>', "30/6/2026"),
    ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _r("7")
     + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "7"),
    # breaks, tabs and hyphens as Word prints them
    ('<w:r><w:t>Trước ngày</w:t><w:tab/><w:t>30/6</w:t><w:br/><w:t>năm 2026</w:t></w:r>',
     "Trước ngày\t30/6 / năm 2026"),
    ('<w:r><w:t>Quý I</w:t><w:noBreakHyphen/><w:t>II/2026</w:t><w:softHyphen/></w:r>',
     "Quý I-II/2026"),
])
def test_paragraph_text_is_what_word_shows(tmp_path, inner, want):
    d = docx.Document()
    d.element.body.insert(0, _p(inner))
    assert _blocks(_save(d, tmp_path))[0].replace("  ", " ") == want


def test_text_box_letterhead_is_read_once(tmp_path):
    """A letterhead in a text box: Word stores it twice (drawing and VML fallback)."""
    box = (f'<w:txbxContent><w:p>{_r("ỦY BAN NHÂN DÂN")}</w:p><w:p>{_r("HUYỆN LÝ SƠN")}</w:p>'
           f'</w:txbxContent>')
    inner = (f'<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
             f'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx '
             f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             f'{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox '
             f'xmlns:v="urn:schemas-microsoft-com:vml">{box}</v:textbox></w:pict></mc:Fallback>'
             f'</mc:AlternateContent></w:r>' + _r("Số: 65/KH-UBND"))
    d = docx.Document()
    d.element.body.insert(0, _p(inner))
    assert _blocks(_save(d, tmp_path)) == ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN", "Số: 65/KH-UBND"]


def test_paragraphs_and_tables_inside_block_content_controls(tmp_path):
    d = docx.Document()
    d.add_paragraph("trước")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "STT", "Nhiệm vụ"
    inner = d.add_paragraph("bên trong")
    sdt = parse_xml(f"<w:sdt {NS}><w:sdtPr/><w:sdtContent/></w:sdt>")
    d.element.body.insert(0, sdt)
    content = sdt[1]
    content.append(inner._p)
    content.append(t._tbl)
    path = _save(d, tmp_path)
    assert _blocks(path) == ["bên trong", "trước"]
    assert _tables(path) == [(("STT", "Nhiệm vụ"),)]


# -- Word's list numbering ---------------------------------------------------------------

def _numbered(levels: list[tuple[str, str, int]], overrides: dict[int, dict[int, int]],
              paragraphs: list[tuple[int, int, str]]) -> object:
    """A document with one abstract list of ``levels`` (numFmt, lvlText, start), nums 901,
    902, … (``overrides``: num -> level -> startOverride), and ``paragraphs`` (num, level,
    text)."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="{s}"/><w:numFmt w:val="{f}"/>'
                   f'<w:lvlText w:val="{t}"/></w:lvl>' for k, (f, t, s) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {NS} w:abstractNumId="900">{lvls}</w:abstractNum>'))
    for num in sorted({n for n, _, _ in paragraphs}):
        over = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                       for k, v in overrides.get(num, {}).items())
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{num}"><w:abstractNumId w:val="900"/>'
                                   f'{over}</w:num>'))
    for num, level, text in paragraphs:
        p = d.add_paragraph(text)
        pr = p._p.get_or_add_pPr().get_or_add_numPr()
        pr.get_or_add_ilvl().val = level
        pr.get_or_add_numId().val = num
    return d


def test_multi_level_numbering_prints_its_level_text(tmp_path):
    d = _numbered([("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("decimal", "%2.%3.", 1),
                   ("lowerLetter", "%4)", 1)], {},
                  [(901, 0, "NHIỆM VỤ"), (901, 1, "Chuyển đổi số"), (901, 2, "Nền tảng"),
                   (901, 2, "Dữ liệu"), (901, 3, "Sở Tài chính"), (901, 3, "Sở Nội vụ"),
                   (901, 1, "Cải cách"), (901, 2, "Thủ tục"), (901, 0, "TỔ CHỨC THỰC HIỆN")])
    assert _blocks(_save(d, tmp_path)) == [
        "I. NHIỆM VỤ", "1. Chuyển đổi số", "1.1. Nền tảng", "1.2. Dữ liệu", "a) Sở Tài chính",
        "b) Sở Nội vụ", "2. Cải cách", "2.1. Thủ tục", "II. TỔ CHỨC THỰC HIỆN"]


def test_start_values_and_restarted_lists(tmp_path):
    """A level's own start, a list restarted ("Restart at 1") by startOverride, a list
    that goes on ("Continue numbering") without one, two-digit numbers and letters past z."""
    d = _numbered([("decimalZero", "%1.", 3)], {902: {0: 1}, 904: {0: 25}},
                  [(901, 0, "ba"), (901, 0, "bốn"), (902, 0, "một"), (902, 0, "hai"),
                   (903, 0, "tiếp")])
    assert _blocks(_save(d, tmp_path)) == ["03. ba", "04. bốn", "01. một", "02. hai", "03. tiếp"]
    d = _numbered([("lowerLetter", "%1)", 25)], {}, [(901, 0, "y"), (901, 0, "z"), (901, 0, "aa")])
    assert _blocks(_save(d, tmp_path, "letters.docx")) == ["y) y", "z) z", "aa) aa"]


def test_numbering_switched_off_and_bullets(tmp_path):
    d = _numbered([("bullet", "-", 1)], {}, [(901, 0, "một ý")])
    p = d.add_paragraph("không số")
    pr = p._p.get_or_add_pPr().get_or_add_numPr()
    pr.get_or_add_ilvl().val = 0
    pr.get_or_add_numId().val = 0
    assert _blocks(_save(d, tmp_path)) == ["- một ý", "không số"]


# -- tables as Word stores them ----------------------------------------------------------

def _grid_table(d: object, width: int, rows: list[list[tuple[str, int, str | None]]],
                before: list[int], after: list[int]) -> None:
    """A table of ``width`` grid columns; each row a list of (text, span, vMerge) cells
    with ``before``/``after`` grid columns left out at its ends."""
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(width))
    trs = []
    for row, b, a in zip(rows, before, after, strict=True):
        pr = ""
        if b or a:
            pr = ("<w:trPr>" + (f'<w:gridBefore w:val="{b}"/>' if b else "")
                  + (f'<w:gridAfter w:val="{a}"/>' if a else "") + "</w:trPr>")
        tcs = []
        for text, span, merge in row:
            tc_pr = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
                "" if merge is None else ('<w:vMerge/>' if merge == "continue"
                                          else f'<w:vMerge w:val="{merge}"/>'))
            tcs.append(f"<w:tc><w:tcPr>{tc_pr}</w:tcPr><w:p>{_r(text) if text else ''}</w:p></w:tc>")
        trs.append(f"<w:tr>{pr}{''.join(tcs)}</w:tr>")
    tbl = parse_xml(f"<w:tbl {NS}><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(trs)}</w:tbl>")
    d.element.body.append(tbl)  # type: ignore[attr-defined]


def test_a_row_that_starts_late_keeps_its_cells_under_their_columns(tmp_path):
    """Word leaves the empty STT cell out of a row (gridBefore): the lead must not move
    into the task column."""
    d = docx.Document()
    _grid_table(d, 4, [
        [("STT", 1, None), ("Nhiệm vụ", 1, None), ("Chủ trì", 1, None), ("Thời gian", 1, None)],
        [("Rà soát thủ tục", 1, None), ("Sở Tư pháp", 1, None), ("Quý II/2026", 1, None)],
        [("2", 1, None), ("Số hóa hồ sơ", 1, None), ("Sở Nội vụ", 1, None)],
    ], before=[0, 1, 0], after=[0, 0, 1])
    assert _tables(_save(d, tmp_path)) == [(
        ("STT", "Nhiệm vụ", "Chủ trì", "Thời gian"),
        ("", "Rà soát thủ tục", "Sở Tư pháp", "Quý II/2026"),
        ("2", "Số hóa hồ sơ", "Sở Nội vụ", ""),
    )]


def _model(width: int, rows: list[list[tuple[str, int, str | None]]], before: list[int]
           ) -> list[tuple[str, ...]]:
    """What each grid column shows, worked out independently of the reader."""
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        cells = [""] * width
        col = before[r]
        for text, span, merge in row:
            cells[col] = out[r - 1][col] if merge == "continue" and r > 0 else text
            col += span
        out.append(cells)
    return [tuple(c) for c in out]


@st.composite
def _tables_of_merges(draw: st.DrawFn) -> tuple[int, list[list[tuple[str, int, str | None]]],
                                                list[int], list[int]]:
    width = draw(st.integers(2, 6))
    rows: list[list[tuple[str, int, str | None]]] = []
    before, after = [], []
    prev_starts: dict[int, int] = {}
    for r in range(draw(st.integers(1, 6))):
        b = draw(st.integers(0, width - 1))
        col, row, starts = b, [], {}
        while col < width:
            span = draw(st.integers(1, width - col))
            merge = None
            if r > 0 and prev_starts.get(col) == span and draw(st.booleans()):
                merge = "continue"
            text = "" if merge else draw(st.sampled_from(["", "Sở Tài chính", "Quý I/2026",
                                                          "Nhiệm vụ", "2"]))
            row.append((text, span, merge))
            starts[col] = span
            col += span
            if draw(st.integers(0, 4)) == 0:
                break
        rows.append(row)
        before.append(b)
        after.append(width - col)
        prev_starts = starts
    return width, rows, before, after


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_tables_of_merges())
def test_every_cell_lands_in_its_grid_column(tmp_path, table):
    width, rows, before, after = table
    d = docx.Document()
    _grid_table(d, width, rows, before, after)
    got = _tables(_save(d, tmp_path))
    assert got == [tuple(_model(width, rows, before))]


# -- a whole plan ------------------------------------------------------------------------

PLAN = """\
ỦY BAN NHÂN DÂN
HUYỆN ĐẢO XANH

Số: 41/KH-UBND

Đảo Xanh, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Chuyển đổi số trong cơ quan nhà nước năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao chất lượng phục vụ người dân và doanh nghiệp.

II. NHIỆM VỤ

1. Xây dựng kho dữ liệu dùng chung của huyện

- Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin

- Cơ quan phối hợp: Văn phòng HĐND và UBND huyện

- Thời gian hoàn thành: Quý III/2026

2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính

- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện

- Cơ quan phối hợp: Các xã

- Thời gian hoàn thành: Trước ngày 30/6/2026

3. Tập huấn kỹ năng số cho cán bộ, công chức

- Cơ quan chủ trì: Phòng Nội vụ

- Cơ quan phối hợp: Các cơ quan, đơn vị

- Thời gian hoàn thành: Thường xuyên

III. TỔ CHỨC THỰC HIỆN

Các cơ quan báo cáo kết quả thực hiện về Phòng Văn hóa, Khoa học và Thông tin trước ngày 10 tháng 12 năm 2026.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""


def _reading(path: Path) -> list[tuple[object, ...]]:
    plan = (read_docx(path) if path.suffix == ".docx" else read_text_file(path)).plan
    names = {a.id: a.name for a in plan.agencies}
    return [(" ".join(t.title.split()), [names[i] for i in t.lead], t.timeframe.kind.value,
             t.timeframe.start, t.timeframe.end, t.timeframe.due) for t in plan.tasks]


@pytest.mark.parametrize("seed", range(6))
def test_a_plan_written_by_word_reads_as_the_plan_written_as_text(tmp_path, seed):
    """Word's numbering for the typed "I.", "1.", "-"; tracked changes, smart tags and
    content controls around the words: the same tasks, leads and times."""
    text_path = tmp_path / "plan.txt"
    text_path.write_text(PLAN, encoding="utf-8")
    want = _reading(text_path)
    assert len(want) == 3 and all(w[1] for w in want)
    word = tmp_path / "plan.docx"
    _robust()._docx_word(PLAN, word, random.Random(seed))
    assert _reading(word) == want
    # and the document really holds Word's features, not typed markers
    with zipfile.ZipFile(word) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "<w:numPr>" in body and "II. NHIỆM VỤ" not in body


def test_a_task_table_with_merged_leads_and_late_rows(tmp_path):
    """An appendix task table as Word stores it: a group row across the table, the same
    lead merged down two rows, a row whose empty STT cell Word left out."""
    head = PLAN.split("II. NHIỆM VỤ")[0]
    tail = "III. TỔ CHỨC THỰC HIỆN" + PLAN.split("III. TỔ CHỨC THỰC HIỆN")[1]
    d = docx.Document()
    for line in head.split("\n"):
        if line.strip():
            d.add_paragraph(line)
    d.add_paragraph("II. NHIỆM VỤ")
    d.add_paragraph("(Chi tiết tại Phụ lục kèm theo)")
    for line in tail.split("\n"):
        if line.strip():
            d.add_paragraph(line)
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("DANH MỤC NHIỆM VỤ")
    _grid_table(d, 5, [
        [("STT", 1, None), ("Nhiệm vụ", 1, None), ("Cơ quan chủ trì", 1, None),
         ("Cơ quan phối hợp", 1, None), ("Thời gian hoàn thành", 1, None)],
        [("I. NHIỆM VỤ CHUNG", 5, None)],
        [("1", 1, None), ("Xây dựng kho dữ liệu dùng chung", 1, None),
         ("Phòng Văn hóa, Khoa học và Thông tin", 1, "restart"), ("Các xã", 1, None),
         ("Quý III/2026", 1, None)],
        [("2", 1, None), ("Nâng cấp mạng nội bộ", 1, None), ("", 1, "continue"),
         ("Phòng Nội vụ", 1, None), ("Năm 2026", 1, None)],
        [("Tập huấn kỹ năng số", 1, None), ("Phòng Nội vụ", 1, None), ("Các xã", 1, None),
         ("Trước ngày 30/6/2026", 1, None)],
    ], before=[0, 0, 0, 0, 1], after=[0, 0, 0, 0, 0])
    path = _save(d, tmp_path)
    got = [(t[0][:20], t[1]) for t in _reading(path)]
    assert got == [("Xây dựng kho dữ liệu", ["Phòng Văn hóa, Khoa học và Thông tin"]),
                   ("Nâng cấp mạng nội bộ", ["Phòng Văn hóa, Khoa học và Thông tin"]),
                   ("Tập huấn kỹ năng số", ["Phòng Nội vụ"])]
