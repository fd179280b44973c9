"""planflow_import on the families of structure real plans use and the development corpus
shows too little of: synthetic plans composed for these tests, each family in several
forms (scraped Markdown with '|' cell lines, GitHub Markdown, a Word document built with
python-docx), other wordings, other column orders, line-broken cells.

Families: a large appendix task table (group rows A/B and I/II, numbering restarting per
group, empty and merged cells, the header repeated after a page break, a headerless
continuation), duties under agency headings, reporting sentences in several phrasings,
the plan's period read from the title or the body, a letterhead without blank lines, and
a Quyết định that issues its plan "ban hành kèm theo".
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow.planfile import loads_plan
from planflow_import import read_text_file
from planflow_import.agencies import expand
from planflow_import.docx import read_docx
from planflow_import.importer import read_items
from planflow_import.text import Para, Table, blocks_from_text, paragraphs

TOP = """\
ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/KH-UBND

Hòa Bình, ngày 12 tháng 11 năm 2025

KẾ HOẠCH
Phát triển kinh tế số và xã hội số tỉnh Hòa Bình giai đoạn 2026 - 2030

Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Phát triển kinh tế số, xã hội số toàn diện.

II. NHIỆM VỤ, GIẢI PHÁP
(Chi tiết tại Phụ lục kèm theo)

III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành, UBND các xã, phường triển khai các nhiệm vụ được giao tại Phụ lục.
2. Định kỳ trước ngày 15/12 hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở
Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh./.

Nơi nhận:
- Bộ Khoa học và Công nghệ (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An

PHỤ LỤC
DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH
(Kèm theo Kế hoạch số 77/KH-UBND ngày 12/11/2025 của UBND tỉnh Hòa Bình)

"""

AGENCIES = ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ", "Công an tỉnh",
            "UBND các xã, phường", "Sở Giáo dục và Đào tạo", "Văn phòng UBND tỉnh"]
# (cell, kind, start, end)
TIMES = [("Năm 2026", "window", date(2026, 1, 1), date(2026, 12, 31)),
         ("Quý IV/2026", "window", date(2026, 10, 1), date(2026, 12, 31)),
         ("2026 - 2030", "window", date(2026, 1, 1), date(2030, 12, 31)),
         ("Thường xuyên", "continuous", None, None),
         ("Tháng 6/2027", "window", date(2027, 6, 1), date(2027, 6, 30)),
         ("Giai đoạn 2026 -\n2028", "window", date(2026, 1, 1), date(2028, 12, 31)),
         ("Hằng năm", "recurring", None, None)]
VERBS = ["Xây dựng", "Triển khai", "Rà soát, hoàn thiện", "Tổ chức", "Nâng cấp", "Phát triển"]
OBJECTS = ["nền tảng số dùng chung\ncủa tỉnh", "cơ sở dữ liệu chuyên ngành", "hạ tầng mạng\n"
           "băng rộng cố định", "kho dữ liệu\nmở của tỉnh", "dịch vụ công trực tuyến toàn trình",
           "chương trình đào tạo\nkỹ năng số"]


def _appendix(seed: int, order: list[str]) -> tuple[list[list[str]], list[dict[str, object]]]:
    """A task table of 2 groups (A, B) × 2 subgroups (I, II) × 3-5 tasks, numbering
    restarting per subgroup, cells broken over lines, empty partner and budget cells;
    the expected tasks."""
    rng = random.Random(seed)
    heads = {"number": "STT", "title": "Nội dung nhiệm vụ", "lead": "Cơ quan chủ trì",
             "partners": "Cơ quan phối hợp", "time": "Thời gian hoàn thành", "budget": "Kinh phí",
             "output": "Sản phẩm"}
    rows = [[heads[c] for c in order]]
    want: list[dict[str, object]] = []
    n = 0
    for g, gname in (("A", "NHIỆM VỤ CHUNG"), ("B", "NHIỆM VỤ TRỌNG TÂM")):
        rows.append([g, gname])  # merged across the other columns
        for sub, sname in (("I", "Hoàn thiện thể chế"), ("II", "Phát triển hạ tầng số")):
            rows.append([sub, sname] + [""] * (len(order) - 2))  # not merged: empty cells
            for k in range(1, rng.randint(3, 5) + 1):
                n += 1
                title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} (nhiệm vụ {n})"
                lead = rng.choice(AGENCIES)
                partners = rng.choice(["", "Sở Tài chính;\nSở Nội vụ", "Các sở, ban, ngành"])
                tf = rng.choice(TIMES)
                cells = {"number": str(k), "title": title, "lead": lead, "partners": partners,
                         "time": tf[0], "budget": rng.choice(["", "Ngân sách tỉnh"]),
                         "output": rng.choice(["", "Quyết định của\nUBND tỉnh"])}
                rows.append([cells[c] for c in order])
                want.append({"title": " ".join(title.split()), "lead": lead, "kind": tf[1],
                             "start": tf[2], "end": tf[3]})
    return rows, want


def _scraped(rows: list[list[str]]) -> str:
    """The scrape's form: each cell between '|' lines; a merged row has fewer cells."""
    out: list[str] = []
    for row in rows:
        out.append("|")
        for c in row:
            out += c.split("\n") if c else []
            out.append("|")
    return "\n".join(out) + "\n"


def _gfm(rows: list[list[str]]) -> str:
    width = len(rows[0])
    lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in r + [""] * (width - len(r)))
             + " |" for r in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines) + "\n"


def _docx(path: Path, text: str, rows: list[list[str]]) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for block in text.split("\n\n"):
        for line in block.split("\n"):
            if line.strip():
                d.add_paragraph(line)
    width = len(rows[0])
    tab = d.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for k, v in enumerate(row):
            if v:
                tab.cell(r, k).text = v
        if len(row) < width:  # a group row merged across the table
            tab.cell(r, 1).merge(tab.cell(r, width - 1))
    d.save(str(path))


def _lead_name(plan: planflow.Plan, task: planflow.Task) -> str:
    names = {a.id: a.name for a in plan.agencies}
    return " | ".join(names.get(i, i) for i in task.lead)


def _check(result: planflow.ImportResult, want: list[dict[str, object]]) -> None:
    plan = result.plan
    assert [t.title for t in plan.tasks] == [w["title"] for w in want]
    for task, w in zip(plan.tasks, want, strict=True):
        assert _lead_name(plan, task).casefold() == str(w["lead"]).casefold(), task.title
        tf = task.timeframe
        assert tf.kind.value == w["kind"], (task.title, tf)
        if w["start"] is not None:
            assert (tf.start, tf.end) == (w["start"], w["end"]), (task.title, tf)
    assert not any("fewer cells" in x for x in result.warnings), result.warnings
    # the round trip: the imported plan written and loaded again is the same plan
    _round_trip(plan)


def _round_trip(plan: planflow.Plan) -> None:
    """The imported plan written as a plan file and loaded again is the same plan."""
    for fmt in ("toml", "json"):
        again = loads_plan(planflow.dumps_plan(plan, fmt), fmt)
        assert again == plan


ORDERS = [["number", "title", "lead", "partners", "time", "budget"],
          ["number", "title", "time", "lead", "partners", "output"],
          ["number", "title", "lead", "partners", "output", "time", "budget"]]


def _read_table(tmp_path, form, rows):
    """The plan TOP with the task table ``rows`` written as ``form`` (a .docx with a real
    table, or scraped / GFM / tab-separated text), as the importer reads it."""
    if form == "docx":
        path = tmp_path / "plan.docx"
        _docx(path, TOP, rows)
        return read_docx(path)
    path = tmp_path / "plan.md"
    body = {"scraped": _scraped, "gfm": _gfm, "tabs": _tabs}[form](rows)
    path.write_text(TOP + body, encoding="utf-8")
    return read_text_file(path)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("order", ORDERS, ids=["time-5th", "time-3rd", "time-6th"])
@pytest.mark.parametrize("form", ["scraped", "gfm", "docx"])
def test_large_appendix_task_table(tmp_path, form, order, seed):
    rows, want = _appendix(seed, order)
    result = _read_table(tmp_path, form, rows)
    _check(result, want)
    assert result.plan.document.symbol == "77/KH-UBND"


def test_appendix_table_over_a_page_break(tmp_path):
    """The header repeated on the next page, and a part after a page break with no
    header at all: one table of tasks, each row under its header."""
    rows, want = _appendix(7, ORDERS[0])
    half = len(rows) // 2
    text = TOP + _scraped(rows[:half] + [rows[0]] + rows[half:-3]) + "\n\n" + _scraped(rows[-3:])
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    _check(result, want)


def test_a_row_that_lost_a_cell_is_flagged(tmp_path):
    rows, _ = _appendix(3, ORDERS[0])
    k = next(i for i, r in enumerate(rows) if r[0] == "2" and r[3])
    rows[k] = [rows[k][0], rows[k][1], rows[k][4]]  # number, title, time: no lead cell
    path = tmp_path / "plan.md"
    path.write_text(TOP + _scraped(rows), encoding="utf-8")
    result = read_text_file(path)
    assert any("fewer cells than the table has columns" in w for w in result.warnings), \
        result.warnings


_SIGNATURE_CELLS = """|
**Nơi nhận:**
- Bộ Khoa học và Công nghệ (b/c);
- Lưu: VT.
|
**TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Nguyễn Văn An
|
"""
_APPENDIX_TITLE = """**PHỤ LỤC**
DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH
*(Kèm theo Kế hoạch số 77/KH-UBND ngày 12/11/2025 của UBND tỉnh Hòa Bình)*
"""
_TWO_ROW_HEADER = ("|\n**TT**\n|\n**Nội dung**\n|\n**Cơ quan thực hiện**\n|\n**Thời gian thực\nhiện**"
                   "\n|\n|\n**Chủ trì**\n|\n**Phối hợp**\n|\n")


@pytest.mark.parametrize("layout", ["blank-lines", "glued", "glued-no-blank-lines",
                                    "two-row-header"])
def test_appendix_after_a_signature_laid_out_in_cells(tmp_path, layout):
    """The signature in layout cells, the appendix title between two '|' lines (a cell of
    the same run), the header in one or two rows: the columns start at the header."""
    body = TOP.split("Nơi nhận:")[0]
    rows, want = _appendix(5, ORDERS[0])
    if layout == "blank-lines":
        text = body + _SIGNATURE_CELLS + "\n\n" + _APPENDIX_TITLE + "\n" + _scraped(rows)
    elif layout == "glued":
        text = body + _SIGNATURE_CELLS + _APPENDIX_TITLE + _scraped(rows)
    elif layout == "glued-no-blank-lines":
        text = body.replace("\n\n", "\n") + _SIGNATURE_CELLS + _APPENDIX_TITLE + _scraped(rows)
    else:
        narrow = [r[:5] for r in rows[1:]]
        text = body + _SIGNATURE_CELLS + "\n" + _APPENDIX_TITLE + "\n" + _TWO_ROW_HEADER + \
            _scraped(narrow)
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    _check(result, want)
    assert result.plan.signature is not None and result.plan.signature.name == "Nguyễn Văn An"


def _long_cells(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """Task cells of 45 lines each (a task's content as bullets inside its cell)."""
    tasks = [r for r in rows if r[0].isdigit()]
    for r, w in zip(tasks, want, strict=True):
        r[1] += "\n" + "\n".join(f"- nội dung chi tiết thứ {i} của nhiệm vụ" for i in range(45))
        w["title"] = " ".join(r[1].split())


def _sub_numbering(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """Groups numbered 1, 2 (a heading row) and tasks 1.1, 1.2, 2.1 …"""
    g = 0
    for k, r in enumerate(rows):
        if r[0] in ("I", "II"):
            g += 1
            rows[k] = [str(g), r[1]] + [""] * (len(r) - 2)
        elif r[0].isdigit():
            r[0] = f"{g}.{r[0]}"


def _dotted_with_column_numbers(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """Row numbers printed "1.", a "(1) (2) …" row under the header."""
    for r in rows[1:]:
        if r[0].isdigit():
            r[0] += "."
    rows.insert(1, [f"({i + 1})" for i in range(len(rows[0]))])


def _unnumbered_rows(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """Every other task row with an empty, "-" or "+" number cell."""
    n = 0
    for r in rows:
        if r[0].isdigit():
            n += 1
            r[0] = ["", "-", r[0], "+"][n % 4]


def _title_rows_inside(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """The appendix title as rows of the table, merged over the columns."""
    rows[:0] = [["PHỤ LỤC"], ["DANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 77/KH-UBND)"]]


def _row_cut_by_a_page_break(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """A row's title goes on (in lower case) in a row with no number, its time there."""
    k = next(i for i, r in enumerate(rows) if r[0] == "2")
    r = rows[k]
    first, rest = r[1].split(" ", 1)
    rows[k] = [r[0], first, r[2], r[3], "", r[5]]
    rows.insert(k + 1, ["", rest, "", "", r[4], ""])


def _bold(rows: list[list[str]], want: list[dict[str, object]]) -> None:
    """Header, group numbers and group titles in bold, as scraped."""
    for k, r in enumerate(rows):
        if k == 0 or not r[0].isdigit():
            rows[k] = [f"**{c}**" if c else c for c in r]


@pytest.mark.parametrize("variant", [_long_cells, _sub_numbering, _dotted_with_column_numbers,
                                     _unnumbered_rows, _title_rows_inside,
                                     _row_cut_by_a_page_break, _bold])
def test_appendix_rows_in_other_forms(tmp_path, variant):
    body = TOP.split("Nơi nhận:")[0].replace("\n\n", "\n")  # a scrape with no blank lines
    rows, want = _appendix(2, ORDERS[0])
    variant(rows, want)
    path = tmp_path / "plan.md"
    path.write_text(body + _SIGNATURE_CELLS + _APPENDIX_TITLE + _scraped(rows), encoding="utf-8")
    result = read_text_file(path)
    _check(result, want)
    if variant is _row_cut_by_a_page_break:
        assert any("read as the rest of the row above" in w for w in result.warnings)


# -- a Quyết định that issues its plan "ban hành kèm theo" ------------------------------

QD = """\
ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1234/QĐ-UBND

Hòa Bình, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai công tác bảo vệ bí mật nhà nước năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;
Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 55/TTr-CAT ngày 20/10/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai công tác bảo vệ bí mật nhà nước năm 2026.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Công an tỉnh, Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Công an (b/c);
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An

ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

KẾ HOẠCH
Triển khai công tác bảo vệ bí mật nhà nước năm 2026
(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 05/11/2025 của Chủ tịch UBND tỉnh Hòa Bình)

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức về bảo vệ bí mật nhà nước.

II. NHIỆM VỤ CỤ THỂ
1. Tuyên truyền, phổ biến pháp luật về bảo vệ bí mật nhà nước
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: Quý I/2026.
2. Rà soát danh mục bí mật nhà nước của các cơ quan
- Cơ quan chủ trì: Công an tỉnh.
- Thời gian thực hiện: trước ngày 30/6/2026.
3. Kiểm tra công tác bảo vệ bí mật nhà nước tại các sở, ngành
- Cơ quan chủ trì: Công an tỉnh; phối hợp: Sở Nội vụ.
- Thời gian thực hiện: Quý III/2026.

III. TỔ CHỨC THỰC HIỆN
Định kỳ trước ngày 10/12/2026, các cơ quan, đơn vị báo cáo kết quả thực hiện về Công an tỉnh để tổng hợp, báo cáo UBND tỉnh.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def _long_decision(text: str) -> str:
    """Twelve legal bases and fifteen recipients: the plan's title far down."""
    bases = "".join(f"Căn cứ Nghị định số {i}/2020/NĐ-CP ngày 01 tháng 3 năm 2020 của Chính phủ;\n"
                    for i in range(10, 22))
    text = text.replace("Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;\n", bases)
    return text.replace("- Bộ Công an (b/c);\n", "".join(f"- Sở, ngành số {i};\n" for i in range(15)))


def _own_number(text: str) -> str:
    """The attached plan prints its own letterhead and number."""
    return text.replace("Nguyễn Văn An\n\nỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nKẾ HOẠCH",
                        "Nguyễn Văn An\n\nỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nSố: 45/KH-UBND\n\n"
                        "Hòa Bình, ngày 06 tháng 11 năm 2025\n\nKẾ HOẠCH")


def _other_wording(text: str) -> str:
    """"QUYẾT ĐỊNH Về việc …" on one line; "Điều 1. Ban hành Kế hoạch … kèm theo"."""
    text = text.replace("QUYẾT ĐỊNH\nBan hành Kế hoạch", "QUYẾT ĐỊNH Về việc ban hành Kế hoạch")
    return text.replace("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai công tác bảo "
                        "vệ bí mật nhà nước năm 2026.",
                        "Điều 1. Ban hành Kế hoạch triển khai công tác bảo vệ bí mật nhà nước năm "
                        "2026 kèm theo Quyết định này.")


def _scraped_form(text: str) -> str:
    """Bold headings, the letterhead in '|' cells."""
    text = text.replace("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        "Độc lập - Tự do - Hạnh phúc\n\nSố: 1234/QĐ-UBND\n\n",
                        "|\n**ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                        "NAM\nĐộc lập - Tự do - Hạnh phúc**\n|\n|\nSố: 1234/QĐ-UBND\n|\n")
    for h in ("QUYẾT ĐỊNH:", "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ CỤ THỂ", "III. TỔ CHỨC THỰC HIỆN"):
        text = text.replace(h + "\n", f"**{h}**\n")
    return text


@pytest.mark.parametrize("form", [None, _long_decision, _own_number, _other_wording,
                                  _scraped_form], ids=["plain", "long", "own-number",
                                                       "other-wording", "scraped"])
def test_decision_issuing_its_plan(tmp_path, form):
    path = tmp_path / "qd.md"
    path.write_text(form(QD) if form else QD, encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    assert [(t.title[:20], _lead_name(plan, t), t.timeframe.text) for t in plan.tasks] == [
        ("Tuyên truyền, phổ bi", "Sở Văn hóa, Thể thao và Du lịch", "Quý I/2026"),
        ("Rà soát danh mục bí ", "Công an tỉnh", "trước ngày 30/6/2026"),
        ("Kiểm tra công tác bả", "Công an tỉnh", "Quý III/2026")]
    doc = plan.document
    assert doc.title == "Triển khai công tác bảo vệ bí mật nhà nước năm 2026"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
    if form is _own_number:
        assert (doc.symbol, doc.date) == ("45/KH-UBND", date(2025, 11, 6))
    else:
        assert (doc.symbol, doc.date) == ("1234/QĐ-UBND", date(2025, 11, 5))
        assert any("ban hành kèm theo" in w for w in result.warnings)
        assert plan.recipients[0] == "Như Điều 3"
    assert plan.period == planflow.Period(date(2026, 1, 1), date(2026, 12, 31))
    assert plan.regime is not None
    assert plan.signature is not None and plan.signature.name == "Nguyễn Văn An"
    _round_trip(plan)


# -- duties under agency headings --------------------------------------------------------

DUTY_HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/KH-UBND

Hòa Bình, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện công tác bảo vệ bí mật nhà nước năm 2026

Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức, trách nhiệm của cán bộ, công chức.

II. TỔ CHỨC THỰC HIỆN
"""
AGENCY_DUTIES = [("Công an tỉnh", ["Chủ trì, hướng dẫn các cơ quan rà soát danh mục bí mật nhà nước, hoàn thành trước ngày 30/6/2026.",
                          "Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước tại các sở, ngành."]),
       ("Sở Nội vụ", ["Phối hợp với Công an tỉnh đưa nội dung bảo vệ bí mật nhà nước vào chương trình bồi dưỡng.",
                       "Hướng dẫn việc thi đua, khen thưởng trong công tác bảo vệ bí mật nhà nước."]),
       ("Sở Văn hóa, Thể thao và Du lịch", ["Chỉ đạo các cơ quan báo chí tuyên truyền về bảo vệ bí mật nhà nước."]),
       ("UBND các xã, phường", ["Quán triệt, triển khai Kế hoạch này đến cán bộ, công chức.",
                                  "Phối hợp với Công an tỉnh kiểm tra việc bảo vệ bí mật nhà nước trên địa bàn."])]
DUTY_TAIL = """
III. CHẾ ĐỘ BÁO CÁO
Định kỳ trước ngày 15/12/2026, các cơ quan, đơn vị báo cáo kết quả về Công an tỉnh để tổng hợp, báo cáo UBND tỉnh.

Nơi nhận:
- Bộ Công an;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def _duties(style: str) -> str:
    out = []
    for k, (agency, duties) in enumerate(AGENCY_DUTIES, 1):
        out.append({"colon": f"{agency}:", "bold": f"**{agency}**", "sub": f"1.{k}. {agency}",
                    "numbered": f"{k}. {agency}", "bold-numbered-colon": f"**{k}. {agency}:**",
                    "lettered": f"{'abcd'[k - 1]}) {agency}:", "plain-paragraphs": f"**{agency}**",
                    "co-trach-nhiem": f"{agency} có trách nhiệm:",
                    "thuc-hien-sau": f"{k}. {agency} thực hiện các nhiệm vụ sau:",
                    "lettered-duties": f"{agency}:", "giao": f"Giao {agency}:",
                    "trach-nhiem-cua": f"{k}. Trách nhiệm của {agency}"}[style])
        if style == "plain-paragraphs":
            out += duties
        elif style == "lettered-duties":
            out += [f"{'abc'[i]}) {d}" for i, d in enumerate(duties)]
        else:
            out += [("+ " if style == "bold" else "• " if style == "colon" else "- ") + d
                    for d in duties]
    pre = "1. Trách nhiệm của các cơ quan, đơn vị\n" if style in ("sub", "lettered") else ""
    return DUTY_HEAD + pre + "\n".join(out) + "\n" + DUTY_TAIL


@pytest.mark.parametrize("style", ["colon", "bold", "sub", "numbered", "bold-numbered-colon",
                                   "lettered", "plain-paragraphs", "co-trach-nhiem",
                                   "thuc-hien-sau", "lettered-duties", "giao",
                                   "trach-nhiem-cua"])
def test_duties_under_agency_headings(tmp_path, style):
    """The heading's agency leads every duty beneath it, "Phối hợp với …" included."""
    path = tmp_path / "plan.md"
    path.write_text(_duties(style), encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    got = [(t.title[:30], _lead_name(plan, t)) for t in plan.tasks]
    assert got == [(d[:30], agency) for agency, duties in AGENCY_DUTIES for d in duties]
    first = plan.tasks[0].timeframe
    assert (first.kind.value, first.due) == ("deadline", date(2026, 6, 29)), first
    _round_trip(plan)


# -- the plan's period, read from the document -------------------------------------------

def _period_plan(title: str, times: list[str | None], own_time: str | None = None) -> str:
    """A commune plan titled ``title`` whose tasks state ``times`` (None: no time)."""
    tasks = []
    for k, tf in enumerate(times, 1):
        tasks.append(f"{k}. Nhiệm vụ thứ {k} của Kế hoạch\nChủ trì: Công an xã"
                     + (f"; thời gian: {tf}." if tf else "."))
    body = "\n".join(tasks)
    own = f"\nIV. THỜI GIAN THỰC HIỆN\n{own_time}\n" if own_time else ""
    return f"""\
ỦY BAN NHÂN DÂN
XÃ HÒA AN

Số: 25/KH-UBND

Hòa An, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
{title}

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của Nhân dân.

II. NHIỆM VỤ CỤ THỂ
{body}

III. TỔ CHỨC THỰC HIỆN
Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), các đơn vị báo cáo kết quả về UBND xã.
{own}
Nơi nhận:
- Lưu: VT.

CHỦ TỊCH

Trần Văn Bình
"""


@pytest.mark.parametrize(("title", "period"), [
    ("Phòng, chống ma túy năm 2026", (date(2026, 1, 1), date(2026, 12, 31))),
    ("Chuyển đổi số giai đoạn 2026 - 2030", (date(2026, 1, 1), date(2030, 12, 31))),
    ("Chuyển đổi số giai đoạn 2026–2030, tầm nhìn đến năm 2045",
     (date(2026, 1, 1), date(2030, 12, 31))),
    ("Phát triển hạ tầng số đến năm 2035", (date(2025, 1, 1), date(2035, 12, 31))),
    ("Kiểm tra nội bộ năm học 2025-2026", (date(2025, 9, 1), date(2026, 8, 31))),
    ("Tài chính - ngân sách nhà nước 03 năm 2026 - 2028", (date(2026, 1, 1), date(2028, 12, 31))),
    # a term of office is not the period: the issue year to the tasks' last year is
    ("Thi đua bầu cử đại biểu Hội đồng nhân dân nhiệm kỳ 2026 - 2031",
     (date(2025, 1, 1), date(2026, 12, 31))),
])
def test_period_from_the_title(tmp_path, title, period):
    path = tmp_path / "plan.txt"
    path.write_text(_period_plan(title, ["Quý II/2026"]), encoding="utf-8")
    plan = read_text_file(path).plan
    assert plan.period == planflow.Period(*period)
    _round_trip(plan)


def test_period_from_the_plans_own_time(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_period_plan("Tuyên truyền pháp luật", ["Quý II/2026"],
                                 own_time="Từ nay đến hết năm 2027."), encoding="utf-8")
    result = read_text_file(path)
    assert result.plan.period == planflow.Period(date(2025, 1, 1), date(2027, 12, 31))
    assert any("read from its own time" in w for w in result.warnings)


def test_period_from_the_span_of_the_tasks_and_no_silent_year(tmp_path):
    """No period stated: the span of the tasks' times that name their year; a time with
    no year in a period of several years is not guessed."""
    path = tmp_path / "plan.txt"
    path.write_text(_period_plan("Tuyên truyền pháp luật", ["Quý IV/2025", "tháng 6/2027",
                                                           "tháng 9"]), encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    assert plan.period == planflow.Period(date(2025, 1, 1), date(2027, 12, 31))
    assert any("span of its tasks' times" in w for w in result.warnings)
    yearless = plan.tasks[2].timeframe
    assert yearless.kind is planflow.Kind.UNRESOLVED
    assert any("tháng 9" in w for w in result.warnings)
    _round_trip(plan)


def test_yearly_duties_repeat_over_the_period_and_open_ended_ones_have_no_due_day(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_period_plan("Chuyển đổi số giai đoạn 2026 - 2030",
                                 ["Hằng năm", "Năm 2026 và các năm tiếp theo", None]),
                    encoding="utf-8")
    result = read_text_file(path)
    yearly, open_ended, none = (t.timeframe for t in result.plan.tasks)
    assert yearly.kind is planflow.Kind.RECURRING
    assert (yearly.start, yearly.end) == (date(2026, 1, 1), date(2030, 12, 31))
    assert open_ended.kind is planflow.Kind.CONTINUOUS and open_ended.due is None
    assert open_ended.warnings  # tracked to the period's end, said so
    # a duty with no time inherits the period, with a warning
    assert none.kind is planflow.Kind.CONTINUOUS and none.due is None
    assert (none.start, none.end) == (date(2026, 1, 1), date(2030, 12, 31))
    assert any("gives no timeframe: continuous over the plan's period" in w
               for w in result.warnings)
    _round_trip(result.plan)


# -- reporting sentences phrased in other ways -------------------------------------------

_ONE_YEAR = planflow.TimeframeContext(date(2026, 1, 1), date(2026, 12, 31), date(2025, 11, 12))
_FIVE_YEARS = planflow.TimeframeContext(date(2026, 1, 1), date(2030, 12, 31), date(2025, 11, 12))


@pytest.mark.parametrize(("sentence", "context", "cadence", "due", "recipient"), [
    ("Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ chậm nhất ngày 15/12/2026 "
     "để tổng hợp, báo cáo UBND tỉnh.", _ONE_YEAR, "once", ["2026-12-15"], "Sở Nội vụ"),
    ("Thời gian gửi báo cáo: trước 20/11/2026.", _ONE_YEAR, "once", ["2026-11-20"], None),
    ("Kết thúc đợt thi đua, các đơn vị báo cáo kết quả về Thường trực Hội đồng Thi đua - Khen "
     "thưởng tỉnh (qua Sở Nội vụ) trong tháng 11/2026.", _ONE_YEAR, "once", ["2026-11-30"],
     "Thường trực Hội đồng Thi đua - Khen thưởng tỉnh"),
    ("Các sở, ngành, địa phương gửi báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 15/6 "
     "và cả năm trước ngày 15/12 về Công an tỉnh.", _ONE_YEAR, "once",
     ["2026-06-15", "2026-12-15"], "Công an tỉnh"),
    ("Các sở, ngành, địa phương gửi báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 15/6 "
     "và cả năm trước ngày 15/12 về Công an tỉnh.", _FIVE_YEARS, "fixed_days", None,
     "Công an tỉnh"),
    ("Báo cáo sơ kết gửi về Sở Nội vụ vào ngày 10/6/2026; báo cáo tổng kết vào ngày 10/11/2026.",
     _ONE_YEAR, "once", ["2026-06-10", "2026-11-10"], "Sở Nội vụ"),
    ("Công an tỉnh tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Kế hoạch này trước "
     "ngày 15/12/2026.", _ONE_YEAR, "once", ["2026-12-15"], "Chủ tịch UBND tỉnh"),
])
def test_reporting_sentences_in_other_phrasings(sentence, context, cadence, due, recipient):
    from planflow_import.reporting import find_reporting_sentence

    assert find_reporting_sentence([sentence]) == 0
    regime = planflow.read_regime(sentence, context)
    assert regime is not None and regime.cadence == cadence, regime
    if due is not None:
        assert regime.params["dates"] == due
    assert regime.params.get("recipient_name") == recipient
    if "năm" in sentence and cadence != "once" or "15/6 " in sentence:
        assert regime.warnings  # the year the words leave out is said


def test_a_date_in_a_cited_report_is_no_reporting_cadence():
    # "Báo cáo số … ngày 16 tháng 10 năm …" cites a report: "6 tháng" inside "16 tháng" is
    # no half-yearly report
    from planflow_import.reporting import find_reporting_sentence

    cited = ("Trên cơ sở định hướng tại Báo cáo số 07-BC/BCS ngày 16 tháng 10 năm 2030 của Ban "
             "cán sự, các sở rà soát, sắp xếp các đơn vị sự nghiệp công lập.")
    assert find_reporting_sentence([cited]) is None
    assert find_reporting_sentence(["Các sở báo cáo 6 tháng và năm về Sở Nội vụ."]) == 0


def test_results_sent_up_with_no_schedule_are_an_unresolved_obligation():
    from planflow_import.reporting import find_reporting_sentence

    sentence = ("Đánh giá kết quả thực hiện nhiệm vụ được giao; gửi Sở Tư pháp để tổng hợp báo "
                "cáo Ủy ban nhân dân tỉnh theo quy định.")
    assert find_reporting_sentence([sentence]) == 0
    regime = planflow.read_regime(sentence, _ONE_YEAR)
    assert regime is not None and regime.cadence == "unresolved"
    assert "no period or due day" in str(regime.warnings[0])


# -- a letterhead in layout cells, no blank lines, after a website's own fields ----------

_SCRAPED_HEAD = """|
|
Đang tải văn bản...
**Số hiệu:**
|
412/KH-UBND
|
|
**Loại văn bản:**
|
Kế hoạch
|
**Nơi ban hành:**
|
Tỉnh Hòa Bình
|
|
**Ngày ban hành:**
|
03/12/2025
|
|
**ỦY BAN NHÂN DÂN**
TỈNH HÒA BÌNH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 412/KH-UBND
|
*Hòa Bình, ngày 03
tháng 12 năm 2025*
|
**KẾ HOẠCH**
Triển khai phòng thủ dân sự năm 2026
"""


def test_letterhead_in_layout_cells_without_blank_lines(tmp_path):
    body = TOP.split("Căn cứ Quyết định", 1)[1].split("Nơi nhận:")[0]
    text = _SCRAPED_HEAD + "Căn cứ Quyết định" + body.replace("\n\n", "\n") + _SIGNATURE_CELLS
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    doc = result.plan.document
    assert (doc.number, doc.symbol, doc.date) == ("412", "412/KH-UBND", date(2025, 12, 3))
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert doc.title == "Triển khai phòng thủ dân sự năm 2026"
    assert any("website's" in w for w in result.warnings)  # its fields, or the lines above the letterhead


# -- task labels written in other ways -------------------------------------------------

LABEL_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

Số: 90/KH-UBND

Hòa Bình, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Cải cách hành chính năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phục vụ người dân.

II. NHIỆM VỤ CỤ THỂ
"""
LABEL_TASKS = [("Rà soát, đơn giản hóa thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Quý II/2026"),
         ("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Tháng 9/2026"),
         ("Kiểm tra công tác cải cách hành chính tại các xã", "Sở Nội vụ", "Các sở, ngành", "Quý III/2026")]
LABEL_STYLES = {
    "sep-lines": lambda t, lead, p, tf: f"- Cơ quan chủ trì: {lead}.\n- Cơ quan phối hợp: {p}.\n- Thời gian hoàn thành: {tf}.",
    "one-line": lambda t, lead, p, tf: f"Đơn vị chủ trì: {lead}; đơn vị phối hợp: {p}; thời hạn hoàn thành: {tf}.",
    "brackets": lambda t, lead, p, tf: f"(Cơ quan chủ trì: {lead}; phối hợp: {p}; thời gian: {tf})",
    "bold": lambda t, lead, p, tf: f"**- Đơn vị thực hiện:** {lead}.\n**- Đơn vị phối hợp:** {p}.\n**- Tiến độ:** {tf}.",
    "plus": lambda t, lead, p, tf: f"+ Chủ trì: {lead}.\n+ Phối hợp: {p}.\n+ Thời gian thực hiện: {tf}.",
    "bullet": lambda t, lead, p, tf: f"• Cơ quan thực hiện: {lead}\n• Thời gian: {tf}",
    "sentence": lambda t, lead, p, tf: f"{lead} chủ trì, phối hợp với {p} thực hiện; hoàn thành trong {tf}.",
    "content-first": lambda t, lead, p, tf: f"- Nội dung: rà soát và đề xuất phương án.\n- Cơ quan chủ trì: {lead}.\n- Thời gian hoàn thành: {tf}.",
}
LABEL_TAIL = """
III. TỔ CHỨC THỰC HIỆN
Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), các cơ quan báo cáo kết quả về Sở Nội vụ.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH

Trần Văn Bình
"""


@pytest.mark.parametrize("numbering", ["1.", "1.1."])
@pytest.mark.parametrize("style", sorted(LABEL_STYLES))
def test_task_labels_in_other_forms(tmp_path, style, numbering):
    """Labels on separate lines, on one line, in brackets, bold, after "+", "-" or "•",
    or the sentence "X chủ trì, phối hợp với Y …; hoàn thành trong …"."""
    write = LABEL_STYLES[style]
    lines = ["1. Nhiệm vụ cải cách thủ tục hành chính"] if numbering == "1.1." else []
    for k, (title, lead, partners, tf) in enumerate(LABEL_TASKS, 1):
        lines.append(f"{k}. {title}" if numbering == "1." else f"1.{k}. {title}")
        lines.append(write(title, lead, partners, tf))
    path = tmp_path / "plan.txt"
    path.write_text(LABEL_HEAD + "\n".join(lines) + LABEL_TAIL, encoding="utf-8")
    plan = read_text_file(path).plan
    got = [(t.title, _lead_name(plan, t), t.timeframe.end) for t in plan.tasks]
    assert got == [(title, lead, end) for (title, lead, _, _), end in zip(
        LABEL_TASKS, [date(2026, 6, 30), date(2026, 9, 30), date(2026, 9, 30)], strict=True)]


@pytest.mark.parametrize("seed", range(3))
def test_lead_cell_merged_over_the_rows_of_a_group(tmp_path, seed):
    """The scrape keeps a cell merged over rows only in its first row: the rows below
    are a cell short. Their cells go under the columns their words suit (a time under
    the time), the lead comes from the row above, and each such row is warned about."""
    body = TOP.split("Nơi nhận:")[0].replace("\n\n", "\n")
    rows, want = _appendix(seed, ORDERS[0])
    merged: list[list[str]] = []
    first: str | None = None
    k = 0
    for r in rows:
        if not r[0].isdigit():
            merged.append(r)
            first = None
            continue
        if first is None:
            first = r[2]
            merged.append(r)
        else:
            merged.append([r[0], r[1], *r[3:]])
        want[k]["lead"] = first
        k += 1
    path = tmp_path / "plan.md"
    path.write_text(body + _SIGNATURE_CELLS + _APPENDIX_TITLE + _scraped(merged), encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    assert [(t.title, _lead_name(plan, t), t.timeframe.kind.value) for t in plan.tasks] == [
        (w["title"], w["lead"], w["kind"]) for w in want]
    assert sum("read as merged with the row above" in w for w in result.warnings) >= 3


# -- properties of the new readers ---------------------------------------------------------

_FAMILY_PIECES = [
    "QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch", "KẾ HOẠCH", "Nơi nhận:",
    "|", "|\n|", "**I**", "A", "1", "2.", "1.1.", "-", "Công an tỉnh:", "**Sở Nội vụ**",
    "(Cơ quan chủ trì: Sở Tài chính; thời gian: Quý II/2026)", "Sở Y tế chủ trì, phối hợp với",
    "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan thực hiện", "Chủ trì", "Phối hợp",
    "Thời gian hoàn thành", "Kinh phí", "…....", "Số hiệu:", "Loại văn bản:", "Số: 12/KH-UBND",
    "giai đoạn 2026 - 2030", "năm học 2025-2026", "Hằng năm", "báo cáo về Sở Nội vụ chậm nhất ngày",
    "15/12", "vào ngày 10/6/2026", "I. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN", "\n", "\n\n", " ",
    # the families of this round: tabs, bars, HTML tables, page numbers, "* " bullets,
    # invisible characters, solutions without leads, chained reports, signers
    "\t", " | ", "--- | ---", "<table><tr><td>", '</td><td rowspan="3">', '<td colspan="9">',
    "</td></tr>", "</table>", "<br>", "- 3 -", "Trang 2", "* ", "\u200b", "\u00a0", "\ufeff",
    "2. Các giải pháp tổ chức thực hiện", "2.1. Thu ngân sách", "để tổng hợp, báo cáo Bộ Nội vụ trước ngày",
    "Định kỳ hằng năm hoặc đột xuất", "SỞ Y TẾ:", "Lộ trình", "Tần suất", "PHÓ CHỦ TỊCH", "Nguyễn Văn An",
    "[1] Nghị quyết số 1/NQ-CP.",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_FAMILY_PIECES), st.text(max_size=8)), max_size=60))
def test_any_mix_of_the_families_raises_only_plan_file_errors(parts):
    """Never raises but the documented error; every task's window is ordered."""
    try:
        result = read_items(blocks_from_text("\n".join(parts)), "fuzz.md")
    except planflow.PlanFileError:
        return
    for t in result.plan.tasks:
        tf = t.timeframe
        if tf.start is not None and tf.end is not None:
            assert tf.start <= tf.end


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.just(""), st.sampled_from(["1", "I", "A", "Sở Tài chính", "Quý II/2026",
                                                         "Nhiệm vụ dài hơn mười lăm chữ cái",
                                                         "…...."])), max_size=80),
       st.integers(min_value=2, max_value=8))
def test_scraped_table_rows_are_all_as_wide_as_the_table(cells, width):
    header = [f"Cột {k}" for k in range(width)]
    text = "\n".join(["|", *(x for h in header for x in (h, "|")), "|",
                      *(x for c in cells for x in ([c, "|"] if c else ["|"]))])
    for item in blocks_from_text(text):
        if isinstance(item, Table):
            assert len({len(r) for r in item.rows}) == 1
            assert all(0 <= k < len(item.rows) for k in item.short_rows)


def test_nfc_and_nfd_read_as_the_same_plan(tmp_path):
    rows, _ = _appendix(1, ORDERS[0])
    text = _duties("colon").split("III. CHẾ ĐỘ BÁO CÁO")[0] + "III. CHẾ ĐỘ BÁO CÁO" + \
        _duties("colon").split("III. CHẾ ĐỘ BÁO CÁO")[1]
    a, b = tmp_path / "nfc.md", tmp_path / "nfd.md"
    a.write_text(unicodedata.normalize("NFC", text), encoding="utf-8")
    b.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert read_text_file(a).plan == read_text_file(b).plan


# -- Word's own list numbering ------------------------------------------------------------

def _word_lists(path: Path, numbered_agencies: bool) -> None:
    """The duties plan as a Word document whose numbers and bullets are Word's list
    formatting ("List Number", "List Bullet"), not characters of the text."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    head, rest = DUTY_HEAD.split("II. TỔ CHỨC THỰC HIỆN")
    for line in head.split("\n"):
        if line.strip():
            d.add_paragraph(line)
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    for agency, duties in AGENCY_DUTIES:
        d.add_paragraph(agency, style="List Number" if numbered_agencies else None)
        for duty in duties:
            d.add_paragraph(duty, style="List Bullet")
    for line in DUTY_TAIL.split("\n"):
        if line.strip():
            d.add_paragraph(line)
    d.save(str(path))


@pytest.mark.parametrize("numbered_agencies", [True, False])
def test_word_list_numbering_is_read_as_printed(tmp_path, numbered_agencies):
    path = tmp_path / "plan.docx"
    _word_lists(path, numbered_agencies)
    plan = read_docx(path).plan
    got = [(t.title[:30], _lead_name(plan, t)) for t in plan.tasks]
    assert got == [(d[:30], agency) for agency, duties in AGENCY_DUTIES for d in duties]


def test_a_line_starting_with_a_year_is_not_a_list_number(tmp_path):
    lines = []
    for k, (title, lead, partners, tf) in enumerate(LABEL_TASKS, 1):
        lines += [f"{k}. {title}", f"2025. Kết quả năm trước của nhiệm vụ {k} đạt 95 %.",
                  LABEL_STYLES["sep-lines"](title, lead, partners, tf)]
    path = tmp_path / "plan.txt"
    path.write_text(LABEL_HEAD + "\n".join(lines) + LABEL_TAIL, encoding="utf-8")
    plan = read_text_file(path).plan
    assert [t.title for t in plan.tasks] == [t[0] for t in LABEL_TASKS]


@pytest.mark.parametrize("words", ["Quý IV/2026", "Nghị định số 09/2019/NĐ-CP",
                                   "Kế hoạch số 12/KH-UBND", "Thường xuyên"])
def test_only_agencies_become_agencies(tmp_path, words):
    title, lead, partners, tf = LABEL_TASKS[0]
    text = (LABEL_HEAD + f"1. {title}\n- Cơ quan chủ trì: {lead}; {words}.\n"
            f"- Cơ quan phối hợp: {words}.\n- Thời gian hoàn thành: {tf}.\n" + LABEL_TAIL)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    assert _lead_name(plan, plan.tasks[0]) == lead
    assert plan.tasks[0].partners == ()
    assert all(not a.name.startswith(words[:5]) for a in plan.agencies)
    assert any(f"'{words}'" in w and "not an agency" in w for w in result.warnings)


_SPLIT_TIME_ROWS = [
    ["1", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "2026", "2028"],
    ["2", "Số hóa hồ sơ hộ tịch", "Sở Tư pháp", "01/2026", "12/2026"],
    ["3", "Nâng cấp Cổng dịch vụ công", "Văn phòng UBND tỉnh", "Quý I/2026", "Quý III/2026"],
]
_SPLIT_TIME_WANT = [(date(2026, 1, 1), date(2028, 12, 31)), (date(2026, 1, 1), date(2026, 12, 31)),
                    (date(2026, 1, 1), date(2026, 9, 30))]


@pytest.mark.parametrize("form", ["scraped", "docx"])
def test_time_in_two_columns_start_and_end(tmp_path, form):
    """"Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành": one window from the two."""
    if form == "docx":
        docx = pytest.importorskip("docx")
        d = docx.Document()
        for line in TOP.split("Nơi nhận:")[0].split("\n"):
            if line.strip():
                d.add_paragraph(line)
        tab = d.add_table(rows=2 + len(_SPLIT_TIME_ROWS), cols=5)
        for k, h in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", ""]):
            tab.cell(0, k).text = h
        tab.cell(1, 3).text, tab.cell(1, 4).text = "Bắt đầu", "Hoàn thành"
        for k in (0, 1, 2):
            tab.cell(0, k).merge(tab.cell(1, k))
        tab.cell(0, 3).merge(tab.cell(0, 4))
        for r, row in enumerate(_SPLIT_TIME_ROWS, 2):
            for k, v in enumerate(row):
                tab.cell(r, k).text = v
        path = tmp_path / "plan.docx"
        d.save(str(path))
        result = read_docx(path)
    else:
        head = ("|\nSTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian thực hiện\n|\n|\n"
                "Bắt đầu\n|\nHoàn thành\n|\n")
        path = tmp_path / "plan.md"
        path.write_text(TOP.split("Nơi nhận:")[0] + head + _scraped(_SPLIT_TIME_ROWS),
                        encoding="utf-8")
        result = read_text_file(path)
    plan = result.plan
    assert [(t.timeframe.start, t.timeframe.end) for t in plan.tasks] == _SPLIT_TIME_WANT
    assert [_lead_name(plan, t) for t in plan.tasks] == [r[2] for r in _SPLIT_TIME_ROWS]


def test_a_duty_closing_with_a_report_due_keeps_that_time(tmp_path):
    text = _duties("colon").replace(
        "Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước tại các sở, ngành.",
        "Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày 15/12/2026.")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    tf = read_text_file(path).plan.tasks[1].timeframe
    assert (tf.text, tf.kind.value, tf.due) == ("trước ngày 15/12/2026", "deadline",
                                                date(2026, 12, 14))


def test_the_addressee_line_is_not_part_of_the_title(tmp_path):
    text = _period_plan("Tài chính - ngân sách nhà nước 03 năm 2026 - 2028", ["Năm 2026"]).replace(
        "\nI. MỤC ĐÍCH", "\nKính gửi: Hội đồng nhân dân tỉnh Hòa Bình\n\nI. MỤC ĐÍCH")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert read_text_file(path).plan.document.title == \
        "Tài chính - ngân sách nhà nước 03 năm 2026 - 2028"


# -- the same plan as other tools write it (benchmarks/robust_reading.py on the corpus) ---

def _tabs(rows: list[list[str]]) -> str:
    """A table copied from a web page: one line per row, cells separated by tabs."""
    return "\n".join("\t".join(" ".join(c.split()) for c in r) for r in rows) + "\n"


def _bars(rows: list[list[str]]) -> str:
    """Cells separated by " | " with no border at either end, a rule under the header."""
    width = len(rows[0])
    lines = [" | ".join(" ".join(c.split()) for c in r + [""] * (width - len(r))) for r in rows]
    lines.insert(1, " | ".join(["---"] * width))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("order", ORDERS, ids=["time-5th", "time-3rd", "time-6th"])
@pytest.mark.parametrize("form", ["tabs", "bars"])
def test_appendix_task_table_with_separated_cells(tmp_path, form, order, seed):
    rows, want = _appendix(seed, order)
    path = tmp_path / "plan.md"
    path.write_text(TOP + (_tabs(rows) if form == "tabs" else _bars(rows)), encoding="utf-8")
    _check(read_text_file(path), want)


def _robust():
    import importlib.util
    import sys
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("robust_reading", root / "benchmarks" / "robust_reading.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["robust_reading"] = module
    spec.loader.exec_module(module)
    return module


def _reading(plan: planflow.Plan) -> list[tuple[object, ...]]:
    # names as printed: old tone placement ("Văn hoá") is the same agency
    return [(" ".join(t.title.split()), _lead_name(plan, t).casefold().replace("hoá", "hóa"),
             t.timeframe.kind.value,
             t.timeframe.start, t.timeframe.end, t.timeframe.due) for t in plan.tasks]


_TEXT_TRANSFORMS = ["crlf", "nfd", "spaces", "wrap-40", "wrap-65", "unwrap", "wrap-at-marks", "unwrap-noblank",
                    "bullet-dot", "bullet-star", "numbering", "caps-headings", "tone-old", "pages",
                    "table-gfm", "table-bars", "table-tabs", "table-drop-empty"]


@pytest.mark.parametrize("transform", _TEXT_TRANSFORMS)
@pytest.mark.parametrize("doc", ["appendix", "duties"])
def test_the_reading_survives_what_other_tools_do_to_the_text(tmp_path, transform, doc):
    """Re-wrapped lines, NBSP and zero-width spaces, "*"/"•" bullets, headings in
    capitals, old tone placement, page numbers between pages, tables as tabs or bars:
    the same tasks with the same leads and times as the plan as written."""
    robust = _robust()
    text = TOP + _scraped(_appendix(1, ORDERS[0])[0]) if doc == "appendix" else \
        _duties("bold-numbered-colon")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    want = _reading(read_text_file(path).plan)
    assert want
    other = tmp_path / "other.md"
    other.write_bytes(robust.TRANSFORMS[transform](text, random.Random(7)).encode("utf-8"))
    result = read_text_file(other)
    if (doc, transform) == ("appendix", "table-drop-empty"):
        # a row whose empty cells were dropped is a row a cell short, and reads the same as
        # a row whose lead is merged over the rows above: it may come out otherwise, but
        # never silently: every task read differently is named by a warning
        got = _reading(result.plan)
        assert len(got) == len(want)
        changed = [g[0] for g, w in zip(got, want, strict=True) if g != w]
        for title in changed:
            assert any(f"task {title[:40]}" in w.replace("'", "") for w in result.warnings), title
    else:
        assert _reading(result.plan) == want
    _round_trip(result.plan)


def test_page_numbers_are_dropped_with_a_warning_and_the_sentence_goes_on(tmp_path):
    text = _duties("colon").replace("Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước tại các sở, ngành.",
                                    "Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước tại các\n\n- 2 -\n\n"
                                    "Sở, ngành.")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    assert any("Sở, ngành" in t.title for t in result.plan.tasks)
    assert any("page number" in w and "'- 2 -'" in w for w in result.warnings)


def test_agency_headings_in_capitals_read_in_sentence_case(tmp_path):
    text = _duties("numbered")
    for agency, _ in AGENCY_DUTIES:
        text = text.replace(f". {agency}\n", f". {agency.upper()}\n")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    plan = read_text_file(path).plan
    # "UBND CÁC XÃ, PHƯỜNG" reads spelled out ("Ủy ban nhân dân các xã, phường")
    assert [expand(_lead_name(plan, t)) for t in plan.tasks] == [expand(a) for a, d in AGENCY_DUTIES
                                                                 for _ in d]


# -- appendix tables as other offices head and lay them out ------------------------------

HEAD_NAMES = {
    "STT": ["STT", "TT", "Số TT"],
    "Nội dung nhiệm vụ": ["Nhiệm vụ", "Tên nhiệm vụ", "Nhiệm vụ, giải pháp", "Nội dung công việc",
                          "Danh mục nhiệm vụ", "Chương trình, đề án, nhiệm vụ", "Nhiệm vụ cụ thể",
                          "Hoạt động"],
    "Cơ quan chủ trì": ["Đơn vị chủ trì", "Cơ quan chủ trì thực hiện", "Đơn vị thực hiện",
                        "Cơ quan, đơn vị chủ trì", "Chủ trì", "Cơ quan tham mưu", "Đơn vị đầu mối"],
    "Cơ quan phối hợp": ["Đơn vị phối hợp", "Phối hợp"],
    "Thời gian hoàn thành": ["Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ thực hiện",
                             "Thời gian", "Lộ trình thực hiện", "Năm thực hiện",
                             "Thời gian thực hiện/hoàn thành"],
    "Kinh phí": ["Nguồn kinh phí", "Dự kiến kinh phí (triệu đồng)", "Kinh phí thực hiện"],
    "Sản phẩm": ["Sản phẩm đầu ra", "Kết quả dự kiến", "Hình thức văn bản", "Sản phẩm chủ yếu"],
}


def _other_names(rows: list[list[str]], rng: random.Random) -> None:
    rows[0] = [rng.choice(HEAD_NAMES[c]) for c in rows[0]]


def _title_rows_with_empty_cells(rows: list[list[str]], rng: random.Random) -> None:
    w = len(rows[0])
    rows[:0] = [["PHỤ LỤC"] + [""] * (w - 1), ["DANH MỤC NHIỆM VỤ"] + [""] * (w - 1)]


def _three_levels(rows: list[list[str]], rng: random.Random) -> None:
    """Groups 1, 2; subgroups 1.1, 1.2; tasks 1.1.1, 1.1.2 …"""
    g = s = 0
    for r in rows:
        if r[0] in ("A", "B"):
            g, s = g + 1, 0
            r[0] = str(g)
        elif r[0] in ("I", "II"):
            s += 1
            r[0] = f"{g}.{s}"
        elif r[0].isdigit():
            r[0] = f"{g}.{s}.{r[0]}"


def _dotted_groups(rows: list[list[str]], rng: random.Random) -> None:
    for r in rows:
        if r[0] in ("A", "B", "I", "II"):
            r[0] += "."


def _header_in_capitals(rows: list[list[str]], rng: random.Random) -> None:
    rows[0] = [f"**{c.upper()}**" for c in rows[0]]


def _group_rows_full_width(rows: list[list[str]], rng: random.Random) -> None:
    for k, r in enumerate(rows):
        rows[k] = r + [""] * (len(rows[0]) - len(r))


def _no_number_column(rows: list[list[str]], rng: random.Random) -> None:
    """No "STT" column: rows are cut by what their cells hold (a time under the time, an
    agency under the lead), not by their numbers."""
    for k, r in enumerate(rows):
        rows[k] = r[1:]


MORE_ORDERS = [["number", "title", "output", "lead", "partners", "time", "budget"],
               ["number", "title", "lead", "time", "partners", "output", "budget"],
               ["number", "lead", "title", "partners", "time"]]


@pytest.mark.parametrize("seed", [3])
@pytest.mark.parametrize("order", ORDERS + MORE_ORDERS)
@pytest.mark.parametrize("form", ["scraped", "gfm", "docx", "tabs"])
@pytest.mark.parametrize("variant", [_other_names, _title_rows_with_empty_cells, _three_levels,
                                     _dotted_groups, _header_in_capitals, _group_rows_full_width,
                                     _no_number_column])
def test_appendix_tables_headed_and_laid_out_otherwise(tmp_path, variant, form, order, seed):
    """Other column names (Sản phẩm, Kinh phí, Lộ trình, Cơ quan tham mưu …) in other
    orders, the title as rows of the table, three levels of numbering, group numbers with
    dots, a header in capitals, group rows as wide as the table."""
    rows, want = _appendix(seed, order)
    variant(rows, random.Random(seed))
    result = _read_table(tmp_path, form, rows)
    _check(result, want)


# -- tasks written as sentences: the lead inside the paragraph, solutions with no lead ----

NV_HEAD = LABEL_HEAD.replace("Cải cách hành chính năm 2026", "Chuyển đổi số trong giáo dục năm 2026")
NV_TASKS = [("Hoàn thiện cơ sở dữ liệu ngành giáo dục", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
             "deadline", date(2026, 6, 30)),
            ("Tập huấn kỹ năng số cho giáo viên", "Sở Giáo dục và Đào tạo", "", "deadline", date(2026, 9, 29)),
            ("Bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "", "deadline", date(2026, 12, 31)),
            ("Kiểm tra việc triển khai tại các trường học", "Sở Giáo dục và Đào tạo",
             "UBND các xã, phường", "continuous", None)]
NV_WORDINGS = {
    "chu-tri": ["{l} chủ trì, phối hợp với {p} thực hiện; hoàn thành trong quý II/2026.",
                "Giao {l} chủ trì thực hiện, thời gian hoàn thành trước ngày 30/9/2026.",
                "{l} chủ trì tham mưu UBND tỉnh, hoàn thành trong tháng 12/2026.",
                "{l} phối hợp với {p} thực hiện thường xuyên."],
    "thoi-han": ["Giao {l} chủ trì, phối hợp với {p} thực hiện; thời hạn: quý II/2026.",
                 "{l} chủ trì thực hiện; hoàn thành trước ngày 30/9/2026.",
                 "{l} chủ trì, hoàn thành trong tháng 12/2026.",
                 "{l} phối hợp với {p} tổ chức thực hiện thường xuyên."],
}
NV_TAIL = """
III. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 10/12/2026 để tổng hợp.
2. Sở Giáo dục và Đào tạo tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026.
3. UBND tỉnh báo cáo Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 31/12/2026.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH

Trần Văn Bình
"""


@pytest.mark.parametrize("wording", sorted(NV_WORDINGS))
def test_tasks_naming_their_lead_in_a_later_sentence(tmp_path, wording):
    """"1. <task>. <X> chủ trì, phối hợp với <Y> …; hoàn thành trong …" under "NHIỆM VỤ CỤ
    THỂ"; "X phối hợp với Y thực hiện" makes X the lead; the time closing the paragraph
    is the task's; the reporting sentences under "TỔ CHỨC THỰC HIỆN" are not tasks."""
    items = [f"{k}. {t}. " + NV_WORDINGS[wording][k - 1].format(l=lead, p=partners)
             for k, (t, lead, partners, _, _) in enumerate(NV_TASKS, 1)]
    path = tmp_path / "plan.md"
    path.write_text(NV_HEAD + "\n".join(items) + "\n" + NV_TAIL, encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [(t.title, _lead_name(plan, t), " | ".join(names[i] for i in t.partners),
            t.timeframe.kind.value, t.timeframe.due) for t in plan.tasks]
    assert [(g[0], expand(g[1]), expand(g[2])) for g in got] == \
        [(t, expand(lead), expand(p)) for t, lead, p, _, _ in NV_TASKS]
    # "thời hạn: quý II/2026" is the quarter (a window due at its end), "hoàn thành trong
    # quý II/2026" a deadline: the same due day
    assert [(g[3] == "continuous", g[4]) for g in got] == [(k == "continuous", d)
                                                          for _, _, _, k, d in NV_TASKS]
    _round_trip(plan)


def test_several_reporting_sentences_each_with_its_reporter_recipient_and_day(tmp_path):
    """Each unit to the coordinating body, that body to the province, the province to a
    ministry: three obligations, none dropped, each with its own day."""
    items = [f"{k}. {t}. " + NV_WORDINGS["chu-tri"][k - 1].format(l=lead, p=partners)
             for k, (t, lead, partners, _, _) in enumerate(NV_TASKS, 1)]
    path = tmp_path / "plan.md"
    path.write_text(NV_HEAD + "\n".join(items) + "\n" + NV_TAIL, encoding="utf-8")
    plan = read_text_file(path).plan
    kept = plan.settings["import"]["reports"]
    regimes = [(plan.regime.params.get("reporter_names", "all units"), plan.regime.params["recipient_name"],
                plan.regime.params["parts"][0]["dates"])]
    regimes += [(r["params"].get("reporter_names"), r["params"]["recipient_name"], r["params"]["dates"])
                for r in kept]
    assert [(rec, [str(d) for d in days]) for _, rec, days in regimes] == [
        ("Sở Giáo dục và Đào tạo", ["2026-12-10"]), ("UBND tỉnh", ["2026-12-20"]),
        ("Bộ Giáo dục và Đào tạo", ["2026-12-31"])]
    assert [who for who, _, _ in regimes][1:] == ["Sở Giáo dục và Đào tạo", "UBND tỉnh"]
    # each is tracked: the regime owes the chain's reports, each to its own recipient
    assert [r.get("tracked") for r in kept] == [True, True]
    names = {a.id: a.name for a in plan.agencies}
    owed = {(names[o.agency], names[o.recipient or ""], o.due) for o in planflow.obligations(plan)
            if o.due.month == 12 and o.due.day > 10}
    assert {(a, to) for a, to, _ in owed} == {
        ("Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Hòa Bình"),
        ("Ủy ban nhân dân tỉnh Hòa Bình", "Bộ Giáo dục và Đào tạo")}


SOLUTIONS = """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đánh giá tình hình
Năm 2025 thu ngân sách đạt dự toán.

2. Các giải pháp tổ chức thực hiện kế hoạch năm 2026
Để hoàn thành kế hoạch, cần tập trung vào các giải pháp sau:
2.1. Thu ngân sách
- Tăng cường công tác phân tích, dự báo nguồn thu.
- Theo dõi chặt chẽ tiến độ thu ngân sách.
2.2. Chi ngân sách
- Quản lý chi ngân sách hiệu quả; tiết kiệm chi thường xuyên.
- Tiếp tục bố trí dự toán chi tạo nguồn cải cách tiền lương.

3. Kiến nghị
- Đề nghị Bộ Tài chính bổ sung có mục tiêu.
"""


def test_solutions_no_agency_leads_are_tasks_without_a_lead(tmp_path):
    """"2. Các giải pháp …" is not an agency ("Các" + a word that names no agencies); its
    bullets are the plan's tasks, led by the issuer, with a warning; "2.1." groups them."""
    path = tmp_path / "plan.md"
    path.write_text(LABEL_HEAD.split("II. NHIỆM VỤ")[0] + SOLUTIONS + LABEL_TAIL.split("III.")[0]
                    + "III. TỔ CHỨC THỰC HIỆN\nSở Tài chính theo dõi, tổng hợp.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                    "CHỦ TỊCH\n\nTrần Văn Bình\n", encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    assert [t.title[:25] for t in plan.tasks] == ["Tăng cường công tác phân ", "Theo dõi chặt chẽ tiến độ",
                                                   "Quản lý chi ngân sách hiệ", "Tiếp tục bố trí dự toán c"]
    assert all(not t.lead for t in plan.tasks)
    assert not any("giải pháp" in a.name.casefold() for a in plan.agencies)
    assert any("bullets under '2. Các giải pháp" in w for w in result.warnings)


@pytest.mark.parametrize("after", ["[1] Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội về chủ trương đầu tư.",
                                   "BIỂU SỐ 01\nKẾ HOẠCH VAY VÀ TRẢ NỢ NĂM 2026\nTrong năm được bổ sung kế hoạch vốn."])
def test_the_signer_is_the_name_under_the_title_not_what_follows(tmp_path, after):
    """Footnotes or a table's title (not headed "PHỤ LỤC") after the signature are not
    the signer; they are named in a warning."""
    text = _duties("colon").rstrip() + "\n\n" + after + "\n"
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = read_text_file(path)
    sig = result.plan.signature
    assert (sig.name, sig.title, sig.authority) == ("Nguyễn Văn An", "PHÓ CHỦ TỊCH", "KT.")
    assert any("after the signer's name" in w for w in result.warnings)


@pytest.mark.parametrize(("lines", "joined"), [
    (["4. Trong giai đoạn 2026", "- 2030 phấn đấu có ít nhất 10% cán bộ."], True),
    (["- Căn cứ tình hình kinh tế", "- xã hội của tỉnh, tập trung các giải pháp."], True),
    (["b) Định kỳ hằng năm (trước ngày 15 tháng", "12) báo cáo kết quả về Công an tỉnh."], True),
    (["- Báo cáo trước ngày 15 tháng 12 năm", "2026. Sở Nội vụ tổng hợp."], True),
    (["a) Phối hợp với Sở", "Nông nghiệp và Môi trường lựa chọn đơn vị quan trắc."], True),
    (["a) Phối hợp với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc",
      "Việt Nam tỉnh tuyên truyền."], True),
    (["b) Cơ quan chủ trì: Phòng Lao động, Thương binh và Xã hội -", "Y tế."], True),
    (["b) Cơ quan chủ trì: Phòng Lao động, Thương binh và Xã hội", "- Y tế."], True),
    (["- Sở Văn hóa", "- Thể thao và Du lịch chủ trì tổ chức."], True),
    (["1. Mục đích", "Nâng cao chất lượng phục vụ người dân."], False),
    (["- Sở Văn hóa, Thể thao và Du lịch;", "- Sở Y tế."], False),
    (["- Rà soát thủ tục hành chính;", "- Xây dựng cơ sở dữ liệu."], False),
    (["Các nhiệm vụ sau:", "- rà soát thủ tục;"], False),
])
def test_a_line_broken_at_a_dash_or_a_number_goes_on(lines, joined):
    """A fixed-width scrape breaks lines anywhere: before the dash of a year range or of
    a compound ("kinh tế - xã hội"), before the month of a date, inside an agency's
    name; such a line goes on the sentence. A list item starts in capitals after a line
    that ended (or a heading)."""
    paras = [p for p in paragraphs(blocks_from_text("\n".join(lines))) if isinstance(p, Para)]
    assert (len(paras) == 1) == joined, [p.text for p in paras]


def test_one_sentence_asking_for_two_reports_is_two_obligations(tmp_path):
    """"… báo cáo về Sở Nội vụ trước ngày 15/11/2026 để tổng hợp, tham mưu UBND tỉnh báo
    cáo Bộ Nội vụ trước ngày 30/11/2026": the units' report and Sở Nội vụ's own report,
    each with its day (never only the first)."""
    items = [f"{k}. {t}. " + NV_WORDINGS["chu-tri"][k - 1].format(l=lead, p=partners)
             for k, (t, lead, partners, _, _) in enumerate(NV_TASKS, 1)]
    tail = NV_TAIL.split("1. Các cơ quan")[0] + (
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/11/2026 để tổng "
        "hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 30/11/2026.\n\nNơi nhận:\n- Lưu: VT.\n\n"
        "CHỦ TỊCH\n\nTrần Văn Bình\n")
    path = tmp_path / "plan.md"
    path.write_text(NV_HEAD + "\n".join(items) + "\n" + tail, encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    own, upward = plan.regime.params["parts"]
    assert (plan.regime.params["recipient_name"], own["dates"]) == ("Sở Nội vụ", ["2026-11-15"])
    (other,) = plan.settings["import"]["reports"]
    assert (other["params"]["reporter_names"], other["params"]["recipient_name"],
            other["params"]["dates"]) == ("Sở Nội vụ", "Bộ Nội vụ", ["2026-11-30"])
    assert any("two reports" in w for w in result.warnings)
    # Sở Nội vụ's own report is tracked: a part of the regime owning it
    assert other["tracked"] is True and upward["dates"] == ["2026-11-30"]
    names = {a.id: a.name for a in plan.agencies}
    assert [names[a] for a in upward["reporters"]] == ["Sở Nội vụ"]
    assert names[upward["recipient"]] == "Bộ Nội vụ"


def test_yearly_or_on_request_is_yearly_not_on_request_only():
    regime = planflow.read_regime("Định kỳ hằng năm hoặc đột xuất theo yêu cầu, Công an tỉnh tổng hợp, "
                                  "báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.", _FIVE_YEARS)
    assert regime is not None and regime.cadence == "unresolved"
    assert any("no due day" in w for w in regime.warnings)
    assert any("on request" in w for w in regime.warnings)


def _html(rows: list[list[str]], merge_leads: int | None = None) -> str:
    """An HTML table as a converter leaves it in Markdown: a short row's last cell spans the
    other columns; with ``merge_leads`` (the lead column), a lead that repeats in the rows
    below is one cell spanning them (rowspan)."""
    width = len(rows[0])
    spans: dict[int, int] = {}
    if merge_leads is not None:
        k = 0
        while k < len(rows):
            j = k + 1
            while (j < len(rows) and len(rows[j]) == width and len(rows[k]) == width and k > 0
                   and rows[j][merge_leads] == rows[k][merge_leads]):
                j += 1
            spans[k] = j - k
            k = j
    out = ["<table>"]
    covered = {k + d for k, n in spans.items() for d in range(1, n)}
    for k, r in enumerate(rows):
        tds = []
        for c, text in enumerate(r):
            cell = "<br/>".join(text.split("\n"))
            if c == merge_leads and k in covered:
                continue
            span = f' rowspan="{spans[k]}"' if c == merge_leads and spans.get(k, 1) > 1 else ""
            if len(r) < width and c == len(r) - 1:
                span += f' colspan="{width - len(r) + 1}"'
            tds.append(f"<td{span}>{cell}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join([*out, "</table>"]) + "\n"


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("merge", [False, True])
def test_appendix_task_table_left_as_html(tmp_path, seed, merge):
    """A table with merged cells left as HTML in the Markdown: read on its grid, a lead
    spanning several rows leads each of them, a group row spanning the columns is a
    heading."""
    rows, want = _appendix(seed, ORDERS[0])
    for k, r in enumerate(rows):  # several tasks in a row share a lead
        if merge and r[0].isdigit() and k > 0 and rows[k - 1][0].isdigit() and k % 2:
            r[2] = rows[k - 1][2]
    want = [dict(w, lead=r[2]) for w, r in zip(want, [r for r in rows if r[0].isdigit()], strict=True)]
    path = tmp_path / "plan.md"
    path.write_text(TOP + _html(rows, merge_leads=2 if merge else None), encoding="utf-8")
    _check(read_text_file(path), want)


@pytest.mark.parametrize("style", ["sep-lines", "one-line", "brackets", "sentence"])
def test_appendix_of_labelled_paragraphs_after_the_signature(tmp_path, style):
    """"PHỤ LỤC" after the signature listing the tasks as numbered paragraphs with their
    labels (not a table): read as the plan's tasks, with a warning."""
    lines = []
    for k, (title, lead, partners, tf) in enumerate(LABEL_TASKS, 1):
        lines += [f"{k}. {title}", LABEL_STYLES[style](title, lead, partners, tf)]
    head = LABEL_HEAD.replace("II. NHIỆM VỤ CỤ THỂ\n", "II. NHIỆM VỤ CỤ THỂ\n(Chi tiết tại Phụ lục kèm theo)\n")
    path = tmp_path / "plan.md"
    path.write_text(head + LABEL_TAIL + "\nPHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n(Kèm theo Kế hoạch số 90/KH-UBND)\n\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    got = [(t.title, _lead_name(plan, t), t.timeframe.end) for t in plan.tasks]
    assert got == [(title, lead, end) for (title, lead, _, _), end in zip(
        LABEL_TASKS, [date(2026, 6, 30), date(2026, 9, 30), date(2026, 9, 30)], strict=True)]
    assert any("from the appendix after the signature" in w for w in result.warnings)
    _round_trip(plan)


@pytest.mark.parametrize(("heading", "names"), [
    ("13. VIỆN KIỂM SÁT NHÂN DÂN TỈNH, TÒA ÁN NHÂN DÂN TỈNH",
     ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"]),
    ("12. ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức chính trị - xã hội"]),
    ("1. SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH:", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ["Sở Lao động - Thương binh và Xã hội"]),
    ("CÁC SỞ, BAN, NGÀNH:", ["Các sở, ban, ngành"]),
    ("UBND CÁC XÃ, PHƯỜNG:", ["Ủy ban nhân dân các xã, phường"]),
])
def test_agency_headings_in_capitals_listing_several_bodies(heading, names):
    from planflow_import.sections import agency_heading

    assert agency_heading(heading) == names


def test_a_report_compiled_and_submitted_is_its_compilers_own(tmp_path):
    """"… gửi báo cáo về Sở Tài chính trước ngày 30/11/2026 để tổng hợp, trình UBND tỉnh
    trước ngày 15/12/2026": the units owe the first day only; the second is Sở Tài chính's
    own report (both days were the units', a reminder an office would not send)."""
    items = [f"{k}. {t}. " + NV_WORDINGS["chu-tri"][k - 1].format(l=lead, p=partners)
             for k, (t, lead, partners, _, _) in enumerate(NV_TASKS, 1)]
    tail = NV_TAIL.split("1. Các cơ quan")[0] + (
        "Các cơ quan, đơn vị gửi báo cáo về Sở Tài chính trước ngày 30/11/2026 để tổng hợp, trình "
        "UBND tỉnh trước ngày 15/12/2026.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n")
    path = tmp_path / "plan.md"
    path.write_text(NV_HEAD + "\n".join(items) + "\n" + tail, encoding="utf-8")
    plan = read_text_file(path).plan
    own, upward = plan.regime.params["parts"]
    assert (plan.regime.params["recipient_name"], own["dates"]) == ("Sở Tài chính", ["2026-11-30"])
    names = {a.id: a.name for a in plan.agencies}
    assert [names[a] for a in upward["reporters"]] == ["Sở Tài chính"] and upward["dates"] == ["2026-12-15"]
    (other,) = plan.settings["import"]["reports"]
    assert "trình UBND tỉnh" in other["text"]  # the document's words, as written


@pytest.mark.parametrize("gap", ["", "\n"])
def test_an_appendix_title_run_into_its_first_item_leaves_the_task_its_title(tmp_path, gap):
    """"PHỤ LỤC" with its first numbered item on the next line and no blank line between
    (as a scrape or an editor joins them): the item is a task with its title, not part of
    the appendix's title (the task came out with an empty title). Made-up text."""
    from .made_up import SIGNED, plan_head

    text = (plan_head("33", "Thu ngân sách năm 2026", "Hoàn thành dự toán thu.") + SIGNED
            + f"\nPHỤ LỤC\n{gap}1. Kiểm tra thu ngân sách tại các xã\n- Cơ quan chủ trì: Sở Tài chính\n"
            "- Thời gian: Quý II/2026\n\n2. Rà soát các khoản thu phí, lệ phí\n"
            "- Cơ quan chủ trì: Sở Tư pháp\n- Thời gian: Quý III/2026\n")
    f = tmp_path / "plan.txt"
    f.write_text(text, encoding="utf-8")
    plan = read_text_file(f).plan
    names = {a.id: a.name for a in plan.agencies}
    assert [(t.title, [names[i] for i in t.lead], t.timeframe.text) for t in plan.tasks] == [
        ("Kiểm tra thu ngân sách tại các xã", ["Sở Tài chính"], "Quý II/2026"),
        ("Rà soát các khoản thu phí, lệ phí", ["Sở Tư pháp"], "Quý III/2026")]
