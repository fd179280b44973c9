"""planflow_docs: the plan as text, Markdown and HTML; the text render against the seed."""

from __future__ import annotations

import difflib
import html.parser
import re
from datetime import date

import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, RenderContext, Signature, Task
from planflow_docs import render_html, render_markdown, render_text

from .conftest import ROOT

# the seed, as the project ships it beside its example (a copy of shared/seeds/)
SEED = ROOT / "examples" / "65-KH-UBND-2023.txt"


@pytest.fixture(scope="module")
def lyson() -> Plan:
    return planflow.load(ROOT / "examples" / "lyson_2023.py")


def _words(text: str) -> list[str]:
    """The seed comparison's normal form: no ``*`` emphasis marks, whitespace folded."""
    return text.replace("*", "").split()


def _differences(seed: str, ours: str) -> list[tuple[str, str]]:
    a, b = _words(seed), _words(ours)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(" ".join(a[i1:i2]), " ".join(b[j1:j2]))
            for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]


# Each remaining difference between the seed and the text render, and why ours is right.
EXPECTED = [
    ("", "ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
         "Độc lập - Tự do - Hạnh phúc"),
    # ^ the first row of the header table was lost when the seed was extracted.
    ("65 /KH-UBND", "65/KH-UBND"),
    # ^ the original types the number into a blank before "/KH-UBND"; the symbol is one word.
    ("a.", "a)"),
    ("dung", "dung:"),
    # ^ task 1 writes "a. Nội dung" where tasks 2 and 3 write "a) Nội dung:"; points are "a)".
    ("quan", "quan."),
    # ^ task 3's "c) Cơ quan phối hợp: … liên quan" lacks the full stop its siblings have.
    ("định. /.", "định./."),
    # ^ the end mark "./." is written without a space (Nghị định 30/2020, Phụ lục I).
]


def test_text_matches_the_seed_but_for_the_listed_differences(lyson):
    seed = SEED.read_text(encoding="utf-8")
    ours = render_text(lyson, RenderContext()).decode("utf-8")
    assert _differences(seed, ours) == EXPECTED


def test_text_keeps_the_seeds_paragraphs(lyson):
    # A paragraph of the seed is a paragraph of ours (the seed's page breaks aside).
    ours = render_text(lyson, RenderContext()).decode("utf-8")
    paragraphs = ours.split("\n\n")
    assert "I. MỤC ĐÍCH, YÊU CẦU" in paragraphs
    assert "d) Thời gian thực hiện: Quý I năm 2023." in paragraphs
    assert "- Sở LĐTB&XH tỉnh;" in ours.splitlines()
    assert ours.splitlines()[-6:] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Văn Ninh"]


def test_comparison_sees_a_change(lyson):
    # The comparison is not blind: one changed word is one more difference.
    seed = SEED.read_text(encoding="utf-8")
    ours = render_text(lyson, RenderContext()).decode("utf-8").replace("Cả năm", "Cả tháng", 1)
    assert _differences(seed, ours) != EXPECTED


def test_one_content_item_is_a_paragraph_several_are_dashes(lyson):
    text = render_text(lyson, RenderContext()).decode("utf-8")
    one = text.split("1. Công tác tham mưu")[1].split("b) Cơ quan")[0]
    several = text.split("2. Công tác tuyên truyền")[1].split("b) Cơ quan")[0]
    assert "\n- " not in one
    assert several.count("\n- ") == len(lyson.task_by_id["tuyen-truyen"].content)


NASTY = 'A <b>&amp; "quoted" \'x\' </p><script>alert(1)</script>\x00\x07\x1b\ufffe end'


def nasty_plan() -> Plan:
    return planflow.bind(Plan(
        document=DocumentInfo(symbol='7/KH-<UB>&"', issuer=NASTY, place="P<&>", title=NASTY,
                              date=date(2023, 1, 5)),
        agencies=[Agency("a", NASTY), Agency("b", "B & <C>")],
        tasks=[Task("t", NASTY, lead=["a"], partners=["b"], content=[NASTY, "*bold* [x](y)"],
                    timeframe="2023-03-31")],
        preamble=[NASTY], objectives=["# not a heading", "1. not a list"],
        implementation=[NASTY], recipients=[NASTY],
        signature=Signature(NASTY, title="PHÓ <CHỦ> TỊCH", authority="KT.", on_behalf_of="CHỦ TỊCH"),
    ))


class _Collect(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_every_text():
    out = render_html(nasty_plan(), RenderContext()).decode("utf-8")
    p = _Collect()
    p.feed(out)
    assert "script" not in p.tags and "b" not in p.tags
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", out)
    text = "".join(p.text)
    # the words come through as words, quotes and all
    assert '<b>&amp; "quoted" \'x\' </p><script>alert(1)</script> end' in text
    assert "PHÓ <CHỦ> TỊCH" in text and "B & <C>" in text


def test_html_of_the_plan_is_one_page(lyson):
    out = render_html(lyson, RenderContext()).decode("utf-8")
    p = _Collect()
    p.feed(out)
    assert p.tags.count("html") == 1 and '<meta charset="utf-8">' in out
    assert "KẾ HOẠCH" in out and "ngày 23 tháng 3 năm 2023" in out


def test_markdown_escapes_markup():
    out = render_markdown(nasty_plan(), RenderContext()).decode("utf-8")
    assert "<script>" not in out and "<b>" not in out
    assert r"\<script\>" in out
    assert r"\*bold\* \[x\](y)" in out
    # items are paragraphs with their labels, not headings or list items Markdown renumbers
    assert "1\\. \\# not a heading" in out and "2\\. 1. not a list" in out


def test_markdown_of_the_plan(lyson):
    out = render_markdown(lyson, RenderContext()).decode("utf-8")
    assert "## I. MỤC ĐÍCH, YÊU CẦU" in out
    assert "### 1. Công tác tham mưu, chỉ đạo, điều hành" in out
    assert "***Nơi nhận:***" in out and "- Lưu: VT." in out
    # six dash items of task 2 form one list
    assert out.count("\n- Xây dựng Kế hoạch tuyên truyền") == 1


def test_text_drops_control_characters():
    out = render_text(nasty_plan(), RenderContext()).decode("utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", out)
    assert "alert(1)</script> end" in out
