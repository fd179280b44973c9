"""Plans saved from web pages: what a browser shows is what is read (lists numbered by
the browser, rowspan/colspan tables, line breaks), the page's furniture is not."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

import planflow
from planflow_import.html import html_items, read_html
from planflow_import.text import Block, Table

from .test_import_docx_word import PLAN, _robust


def _page(body: str, head: str = "<meta charset='utf-8'>") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{body}</body></html>"


def _items(tmp_path: Path, body: str, **kw: str) -> list[Block | Table]:
    path = tmp_path / "page.html"
    path.write_text(_page(body, **kw), encoding="utf-8")
    return html_items(path)


def _lines(items: list[Block | Table]) -> list[str]:
    return [" / ".join(i.lines) for i in items if isinstance(i, Block)]


def test_lists_are_numbered_as_a_browser_prints_them(tmp_path):
    body = ("<ol type='I'><li>MỤC ĐÍCH</li><li>NHIỆM VỤ</li></ol>"
            "<ol start='3'><li>ba</li><li value='7'>bảy</li><li>tám</li></ol>"
            "<ol type='a'><li>một</li><li>hai</li></ol><ul><li>ý <b>đậm</b></li></ul>")
    assert _lines(_items(tmp_path, body)) == [
        "I. MỤC ĐÍCH", "II. NHIỆM VỤ", "3. ba", "7. bảy", "8. tám", "a. một", "b. hai",
        "- ý đậm"]


def test_a_list_item_holding_a_paragraph_keeps_its_marker(tmp_path):
    # LibreOffice saves a Word list as <li><p>…</p></li>, in a table's cell too (made up)
    body = ("<ul><li><p>Xây dựng kho dữ liệu</p></li><li><p>Rà soát quy chế</p></li><li></li></ul>"
            "<p>Sau danh sách</p><table><tr><td>1</td><td><ul><li><p>Số hóa hồ sơ</p></li>"
            "<li><p>Nâng cấp mạng</p></li></ul></td></tr></table>")
    items = _items(tmp_path, body)
    assert _lines(items) == ["- Xây dựng kho dữ liệu", "- Rà soát quy chế", "Sau danh sách"]
    table = next(i for i in items if isinstance(i, Table))
    assert table.rows == (("1", "- Số hóa hồ sơ\n- Nâng cấp mạng"),)


def test_breaks_spaces_entities_and_bold_headings(tmp_path):
    body = ("<p>Trước ngày&nbsp;30/6/2026,\n   các   sở<br>báo cáo &amp; đề xuất</p>"
            "<p><strong>1. Sở Tài chính</strong></p><div>chủ <span>trì</span></div>")
    assert _lines(_items(tmp_path, body)) == [
        "Trước ngày 30/6/2026, các sở / báo cáo & đề xuất", "**1. Sở Tài chính**", "chủ trì"]


def test_furniture_is_not_the_plan(tmp_path):
    body = ("<nav><ul><li>Trang chủ</li></ul></nav><header>Cổng thông tin</header>"
            "<script>document.write('<p>không</p>')</script><style>p{}</style>"
            "<p>Nội dung</p><form><input value='x'><button>Tìm</button></form>"
            "<footer>Bản quyền</footer>")
    assert _lines(_items(tmp_path, body)) == ["Nội dung"]


def test_tables_with_spans_keep_their_columns(tmp_path):
    body = ("<table border=1><tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>"
            "<tr><td colspan=4><b>I. NHIỆM VỤ CHUNG</b></td></tr>"
            "<tr><td>1</td><td>Rà soát</td><td rowspan=2>Sở Tư pháp</td><td>Quý II/2026</td></tr>"
            "<tr><td>2</td><td>Số hóa<br>hồ sơ</td><td>Năm 2026</td></tr>"
            "<tr><td>3</td><td>Tập huấn<table><tr><td>a</td><td>b</td></tr></table></td>"
            "<td>Sở Nội vụ</td></tr></table>")
    tables = [i for i in _items(tmp_path, body) if isinstance(i, Table)]
    assert tables[0].rows == (
        ("STT", "Nhiệm vụ", "Chủ trì", "Thời gian"),
        ("I. NHIỆM VỤ CHUNG", "", "", ""),
        ("1", "Rà soát", "Sở Tư pháp", "Quý II/2026"),
        ("2", "Số hóa\nhồ sơ", "Sở Tư pháp", "Năm 2026"),
        ("3", "Tập huấn\na b", "Sở Nội vụ", ""),
    )


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese pages wrote it: the letter (â, ư, …) precomposed, its
    tone a combining mark after it."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            core = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
            out += (core + "".join(c for c in d if c in _TONES)).encode("cp1258")
    return out


def test_a_page_in_a_legacy_encoding(tmp_path):
    path = tmp_path / "page.htm"
    text = _page("<p>Ủy ban nhân dân huyện Lý Sơn</p>",
                 head="<meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>")
    path.write_bytes(_cp1258(text))
    assert _lines(html_items(path)) == ["Ủy ban nhân dân huyện Lý Sơn"]


def test_a_page_naming_no_charset_is_read_as_utf8_when_it_is(tmp_path):
    """A page body saved without its head (a CMS's stored post), or a page whose server
    named the charset only in its HTTP header: UTF-8 bytes are not read as Latin-1."""
    path = tmp_path / "post.html"
    path.write_text("<p>Phòng Quản trị kiểm kê thiết bị</p>", encoding="utf-8")
    assert _lines(html_items(path)) == ["Phòng Quản trị kiểm kê thiết bị"]
    path.write_text(_page("<p>Phòng Quản trị kiểm kê thiết bị</p>", head=""), encoding="utf-8")
    assert _lines(html_items(path)) == ["Phòng Quản trị kiểm kê thiết bị"]


@pytest.mark.parametrize("seed", range(4))
def test_a_plan_published_as_a_page_reads_as_the_plan_written_as_text(tmp_path, seed):
    text = tmp_path / "plan.txt"
    text.write_text(PLAN, encoding="utf-8")
    registry = planflow.default_registry()
    want = registry.importer_for(text).read(text).plan
    page = tmp_path / "plan.html"
    page.write_text(_robust()._html_page(PLAN, random.Random(seed)), encoding="utf-8")
    got = registry.importer_for(page).read(page).plan
    assert [(t.title, t.lead, t.timeframe) for t in got.tasks] == \
        [(t.title, t.lead, t.timeframe) for t in want.tasks]
    assert got.document.symbol == "41/KH-UBND" and got.document.date == want.document.date


@pytest.mark.parametrize("content", [b"", b"   \n", b"<html><body><script>x</script></body></html>"])
def test_an_empty_page_is_one_clear_error(tmp_path, content):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    with pytest.raises(planflow.PlanFileError):
        read_html(path)
