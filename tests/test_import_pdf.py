"""PDF plans (exported from Word by LibreOffice, as an office prints its plan): the same
tasks, leads and times as the plan written as text; a PDF without text or not a PDF is
refused with one line."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
pytest.importorskip("pdfplumber")

import planflow  # noqa: E402
from planflow_import.pdf import read_pdf  # noqa: E402

from .test_import_docx_word import PLAN, _reading, _robust  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# soffice without its Writer part (Debian's libreoffice-calc-nogui alone) converts nothing
WRITER = SOFFICE is not None and any(
    Path(os.path.realpath(SOFFICE)).parent.glob("libswlo.*"))
needs_soffice = pytest.mark.skipif(not WRITER, reason="LibreOffice Writer (soffice with "
                                   "libreoffice-writer) is not installed: "
                                   "it prints the test documents to PDF")


def _pdf(docx_path: Path) -> Path:
    assert SOFFICE is not None
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent),
                    str(docx_path)], check=True, capture_output=True, timeout=300)
    return docx_path.with_suffix(".pdf")


@needs_soffice
@pytest.mark.parametrize("seed", range(2))
def test_a_plan_printed_to_pdf_reads_as_the_plan_written_as_text(tmp_path, seed):
    text_path = tmp_path / "plan.txt"
    text_path.write_text(PLAN, encoding="utf-8")
    want = _reading(text_path)
    word = tmp_path / "plan.docx"
    _robust()._docx_word(PLAN, word, random.Random(seed), tracked=False)
    pdf = _pdf(word)
    result = read_pdf(pdf)
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    assert [(" ".join(t.title.split()), [names[i] for i in t.lead], t.timeframe.kind.value,
             t.timeframe.start, t.timeframe.end, t.timeframe.due) for t in plan.tasks] == want
    doc = result.plan.document
    assert (doc.symbol, doc.date, doc.place) == ("41/KH-UBND", date(2026, 1, 12), "Đảo Xanh")
    assert "HUYỆN ĐẢO XANH" in doc.issuer.upper()


@needs_soffice
def test_a_pdf_without_text_is_refused_in_one_line(tmp_path):
    d = docx.Document()
    d.add_paragraph("")
    d.save(str(tmp_path / "scan.docx"))
    pdf = _pdf(tmp_path / "scan.docx")
    with pytest.raises(planflow.PlanFileError, match="no text layer"):
        read_pdf(pdf)
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(pdf), "-o",
                        str(tmp_path / "out.toml")], capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not (tmp_path / "out.toml").exists()


def test_a_date_cut_by_a_narrow_cell_is_joined():
    from planflow_import.pdf import _CUT_DATE, _join_date

    assert _CUT_DATE.sub(_join_date, "Trước ngày 30/11/202\n5") == "Trước ngày 30/11/2025"
    assert _CUT_DATE.sub(_join_date, "ngày 30/\n11/2025") == "ngày 30/11/2025"
    for kept in ("Quý IV/2025\n2026", "30/11/2025\n2026", "12/2025\n5 lần"):
        assert _CUT_DATE.sub(_join_date, kept) == kept


def test_not_a_pdf_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "plan.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really\n")
    with pytest.raises(planflow.PlanFileError):
        read_pdf(bad)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(planflow.PlanFileError, match="empty"):
        read_pdf(empty)


def test_page_furniture_and_sentences_cut_by_a_page():
    from planflow_import.pdf import _furniture, _goes_on

    def line(text: str, top: float) -> list[dict[str, object]]:
        return [{"text": w, "top": top, "bottom": top + 12} for w in text.split()]

    for number in ("2", "- 2 -", "Trang 3", "3/12"):
        assert _furniture(line(number, 30), 842)
        assert _furniture(line(number, 800), 842)
        assert not _furniture(line(number, 400), 842)  # a number in the text is text
    assert not _furniture(line("2. Sở Tài chính", 30), 842)
    assert _goes_on("Ủy ban nhân dân các xã, phường phối hợp với", "các ngân hàng thương mại")
    assert _goes_on("theo Kế hoạch số 12/KH-UBND ngày", "30/12/2022 của Ủy ban")
    for first in ("- Sở Tài chính:", "2. Nhiệm vụ", "a) Tổ chức", "II. TỔ CHỨC THỰC HIỆN"):
        assert not _goes_on("các ngân hàng", first)
    assert not _goes_on("hoàn thành trong Quý II/2026.", "tiếp theo")


@needs_soffice
def test_the_plan_as_planflow_writes_it_reads_the_same_from_its_pdf(tmp_path):
    """The Lý Sơn plan rendered as a Vietnamese administrative document (letterhead and
    signature tables without rules, centred titles, indented paragraphs), printed to PDF:
    the PDF reads as the DOCX does, to the last recipient and the signer."""
    seed = Path(__file__).resolve().parents[1] / "examples" / "65-KH-UBND-2023.txt"
    plan_file = tmp_path / "plan.toml"
    run = [sys.executable, "-m", "planflow"]
    assert subprocess.run([*run, "import", str(seed), "-o", str(plan_file)]).returncode == 0
    word = tmp_path / "plan.docx"
    assert subprocess.run([*run, "render", str(plan_file), "--format", "docx", "-o", str(word)],
                          capture_output=True).returncode == 0
    from planflow_import.docx import read_docx

    from_word = read_docx(word).plan
    from_pdf = read_pdf(_pdf(word)).plan
    assert from_pdf.tasks == from_word.tasks
    assert from_pdf.document == from_word.document
    assert from_pdf.recipients == from_word.recipients
    assert from_pdf.signature == from_word.signature


#: a font LibreOffice has (Debian's fonts-liberation) that lacks letters Vietnamese needs
_NARROW = "Liberation Sans Narrow"


def _lacks_vietnamese(family: str) -> bool:
    """Whether fontconfig has ``family`` and it lacks "Ụ" (U+1EE4): LibreOffice then sets
    that letter in a fallback font, in the middle of the word."""
    fc = shutil.which("fc-list")
    if fc is None:
        return False
    has = subprocess.run([fc, f":family={family}", "family"], capture_output=True, text=True)
    full = subprocess.run([fc, f":family={family}:charset=1EE4", "family"], capture_output=True,
                          text=True)
    return bool(has.stdout.strip()) and not full.stdout.strip()


@needs_soffice
def test_letters_drawn_from_a_fallback_font_stay_in_their_word(tmp_path):
    """A plan set in a font without every Vietnamese letter: LibreOffice draws "Ụ", "Ầ"…
    from another font, so a word's letters come in two fonts ("M" "Ụ" "C"). The PDF reads
    as the Word document does (read as words split at each font change, "I. M Ụ C ĐÍCH"
    was no heading and the plan had no tasks)."""
    if not _lacks_vietnamese(_NARROW):
        pytest.skip(f"fontconfig has no {_NARROW!r} without Vietnamese letters (Debian's "
                    "fonts-liberation; .ci/run installs it)")
    seed = Path(__file__).resolve().parents[1] / "examples" / "65-KH-UBND-2023.txt"
    plan_file = tmp_path / "plan.toml"
    run = [sys.executable, "-m", "planflow"]
    assert subprocess.run([*run, "import", str(seed), "-o", str(plan_file)],
                          capture_output=True).returncode == 0
    word = tmp_path / "plan.docx"
    assert subprocess.run([*run, "render", str(plan_file), "--format", "docx", "-o", str(word)],
                          capture_output=True).returncode == 0
    d = docx.Document(str(word))
    for style in d.styles:
        font = getattr(style, "font", None)
        if font is not None:
            font.name = _NARROW
    for p in d.paragraphs:
        for r in p.runs:
            r.font.name = _NARROW
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.font.name = _NARROW
    d.save(str(word))
    pdf = _pdf(word)
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        fonts = {c["fontname"].partition("+")[2] for page in doc.pages for c in page.chars}
    assert any("DejaVu" in f for f in fonts) and any("Narrow" in f for f in fonts), fonts
    from planflow_import.docx import read_docx

    from_word = read_docx(word).plan
    from_pdf = read_pdf(pdf).plan
    assert len(from_pdf.tasks) == 3
    assert from_pdf.tasks == from_word.tasks
    assert from_pdf.document == from_word.document


def test_words_cut_by_a_narrow_cell_are_joined_and_symbol_bullets_are_bullets():
    from planflow_import.pdf import _cell

    # a word cut at a final consonant, a year, a document's symbol, initials (made up)
    assert _cell("Nhiệ\nm vụ") == "Nhiệm vụ"
    assert _cell("Hướn\ng dẫn") == "Hướng dẫn"
    assert _cell("Từ Quý I/2026 đến Quý IV/202\n6") == "Từ Quý I/2026 đến Quý IV/2026"
    assert _cell("Năm 20\n26") == "Năm 2026"
    assert _cell("Quyết định số 06/QĐ\n-TTg") == "Quyết định số 06/QĐ-TTg"
    assert _cell("Văn phòng UBN\nD tỉnh") == "Văn phòng UBND tỉnh"
    # Word's bullets drawn from the Symbol font: each item on its own line
    assert _cell("\uf0b7 Xây dựng kho dữ\nliệu\n\uf0b7 Rà soát quy chế") == \
        "• Xây dựng kho dữ liệu\n• Rà soát quy chế"
    # what is no cut word stays two words
    for kept, want in (("Sở Khoa học và\nCông nghệ", "Sở Khoa học và Công nghệ"),
                       ("Năm 2026 -\n2027", "Năm 2026 - 2027"), ("2026\n2027", "2026 2027"),
                       ("Tháng\n9/2026", "Tháng 9/2026"), ("Sở Y tế, UBND\ncác xã", "Sở Y tế, UBND các xã"),
                       ("Công an\ntỉnh", "Công an tỉnh")):
        assert _cell(kept) == want
    # a lettered item on the cell's next line is an item, not a word's end
    assert _cell("Gồm:\nc) Tổ chức hội nghị") == "Gồm:\nc) Tổ chức hội nghị"
    # a word cut before its vowel (made up): consonants no syllable ends on, or "ê" with a tone
    assert _cell("Triển kh\nai dịch vụ công trực truy\nền") == "Triển khai dịch vụ công trực truyền"
    assert _cell("Tr\niển khai") == "Triển khai"
    for kept, want in (("Sở Y tế và\nan toàn", "Sở Y tế và an toàn"), ("Kế hoạch\nước tính", "Kế hoạch ước tính")):
        assert _cell(kept) == want
