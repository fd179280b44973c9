"""Robustness of reading: the labelled plans (01-14) transformed the ways real scraped and
exported documents differ, each read again and scored against the same labels.

    python benchmarks/robust_reading.py                # every transformation
    python benchmarks/robust_reading.py --only wrap-40,docx --misses

A reading that generalises reads a plan the same whatever its line width, bullets,
spaces, Unicode form, tone placement, page furniture or table layout. Each row of the
table is one transformation applied to every file of the build part (01-14): sample
tasks found / fully right, phrases, document fields, task counts within ±20 % and
silently wrong dates, as ``benchmarks/score_reading.py`` counts them; "lost" lists the
files whose fully-right count fell below the untransformed reading's; "seed": whether the
Lý Sơn seed (../shared/seeds, no label file) reads the same tasks, leads and times as
untransformed.

The transformed texts are written to a temporary folder only (never to the repository).
The files kept aside (15-19) are never transformed or read here.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

_spec = importlib.util.spec_from_file_location("score_reading", ROOT / "benchmarks" / "score_reading.py")
assert _spec is not None and _spec.loader is not None
score_reading = importlib.util.module_from_spec(_spec)
sys.modules["score_reading"] = score_reading
_spec.loader.exec_module(score_reading)

import planflow  # noqa: E402
from planflow_import.text import Block, Table, blocks_from_text, paragraphs  # noqa: E402

Transform = Callable[[str, random.Random], str]


# -- the document as blocks and tables, written back ---------------------------------

def _pipe_table(t: Table, drop_empty: bool = False) -> list[str]:
    """A table in the scrape's layout: every cell between "|" lines."""
    out: list[str] = []
    for row in t.rows:
        out.append("|")
        for cell in row:
            lines = [x for x in cell.split("\n") if x.strip()]
            if not lines and drop_empty:
                continue
            out.extend(lines)
            out.append("|")
    return out


def _gfm_table(t: Table, outer: bool = True) -> list[str]:
    width = max(len(r) for r in t.rows)
    out = []
    for k, row in enumerate(t.rows):
        cells = [" <br> ".join(x.strip() for x in c.split("\n") if x.strip()) for c in row]
        cells += [""] * (width - len(cells))
        line = " | ".join(cells)
        out.append(f"| {line} |" if outer else line)
        if k == 0:
            out.append("|" + "|".join(["---"] * width) + "|" if outer else " | ".join(["---"] * width))
    return out


def _html_table(t: Table) -> list[str]:
    """An HTML table (a converter keeps tables with merged cells as HTML); a cell that
    repeats the one above in a numbered row's lead column is written as a rowspan."""
    import html

    def cell(c: str) -> str:
        return "<br/>".join(html.escape(x.strip()) for x in c.split("\n") if x.strip())
    width = max(len(r) for r in t.rows)
    out = ["<table>"]
    for r in t.rows:
        cells = list(r)
        if len(cells) < width:  # a merged row: its last cell spans the rest
            tds = [f"<td>{cell(c)}</td>" for c in cells[:-1]]
            tds.append(f'<td colspan="{width - len(cells) + 1}">{cell(cells[-1])}</td>')
        else:
            tds = [f"<td>{cell(c)}</td>" for c in cells]
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return ["".join(out)]


def _tab_table(t: Table) -> list[str]:
    return ["\t".join(" ".join(c.split()) for c in row) for row in t.rows]


def _write(items: list[Block | Table], table: Callable[[Table], list[str]],
           block: Callable[[Block], list[str]] = lambda b: list(b.lines), sep: str = "\n\n") -> str:
    chunks: list[str] = []
    for it in items:
        lines = table(it) if isinstance(it, Table) else block(it)
        chunks.append("\n".join(lines))
    return sep.join(chunks) + "\n"


def _items(text: str) -> list[Block | Table]:
    return blocks_from_text(text)


def _one_para(b: Block) -> bool:
    return len(paragraphs([b])) == 1 and not any(x.strip() == "|" for x in b.lines)


def _rewrap(width: int | None) -> Transform:
    def run(text: str, rng: random.Random) -> str:
        def block(b: Block) -> list[str]:
            if not _one_para(b):
                return list(b.lines)
            words = " ".join(x.strip() for x in b.lines)
            if width is None:
                return [words]
            return textwrap.wrap(words, width=width + rng.randint(-5, 5), break_long_words=False,
                                 break_on_hyphens=False)
        return _write(_items(text), _pipe_table, block)
    return run


def _wrap_at_marks(text: str, rng: random.Random) -> str:
    """Lines broken right before what looks like a list marker inside a sentence: a dash
    ("2026 | - 2030"), a number with a dot ("khoản | 2. Điều 5"), a year ("năm | 2025."),
    a letter with a bracket: the breaks a scrape's fixed width makes by chance."""
    def block(b: Block) -> list[str]:
        if not _one_para(b):
            return list(b.lines)
        words = " ".join(x.strip() for x in b.lines)
        out = re.sub(r"(?<=\S) (?=(?:[-–] \S|\d{1,2}\. \S|(?:19|20)\d\d[.,]|[a-zđ]\) ))",
                     lambda m: "\n" if rng.random() < 0.7 else " ", words)
        return out.split("\n")
    return _write(_items(text), _pipe_table, block)


def _unwrap_noblank(text: str, rng: random.Random) -> str:
    def block(b: Block) -> list[str]:
        return [" ".join(x.strip() for x in b.lines)] if _one_para(b) else list(b.lines)
    return _write(_items(text), _pipe_table, block, sep="\n")


def _bullets(mark: str) -> Transform:
    def run(text: str, rng: random.Random) -> str:
        return re.sub(r"(?m)^(\**)[-+•–] ", lambda m: f"{m.group(1)}{mark} ", text)
    return run


def _numbering(text: str, rng: random.Random) -> str:
    """Lettered items "a)" as "a.", numbered sub-items "1.1." as "1.1)"."""
    text = re.sub(r"(?m)^(\**)([a-zđ])\) ", r"\1\2. ", text)
    return re.sub(r"(?m)^(\**)(\d+\.\d+)\.? ", r"\1\2) ", text)


def _spaces(text: str, rng: random.Random) -> str:
    """NBSP for some spaces, zero-width spaces after some words, trailing blanks, a BOM."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        s = ""
        for k, w in enumerate(words):
            if k:
                r = rng.random()
                s += "\u00a0" if r < 0.15 else "  " if r < 0.2 else " "
            s += w
            if w and rng.random() < 0.05:
                s += "\u200b"
        out.append(s + (" \t" if rng.random() < 0.3 else ""))
    return "\ufeff" + "\n".join(out)


def _caps_headings(text: str, rng: random.Random) -> str:
    def block(b: Block) -> list[str]:
        joined = " ".join(b.lines)
        if joined.startswith("**") and len(joined) < 120 and not re.search(r"\d{1,2}/\d{1,2}/\d{4}", joined):
            return [x.upper() for x in b.lines]
        return list(b.lines)
    return _write(_items(text), _pipe_table, block)


_OLD = [("hóa", "hoá"), ("Hóa", "Hoá"), ("HÓA", "HOÁ"), ("hòa", "hoà"), ("Hòa", "Hoà"),
        ("HÒA", "HOÀ"), ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("ỦY", "UỶ"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"),
        ("họa", "hoạ"), ("tòa", "toà"), ("thỏa", "thoả"), ("quý", "quí")]


def _tone(old: bool) -> Transform:
    def run(text: str, rng: random.Random) -> str:
        for new, o in _OLD:
            if o == "quí":
                continue  # "quí" is a spelling, not a tone placement
            text = text.replace(new, o) if old else text.replace(o, new)
        return text
    return run


def _pages(text: str, rng: random.Random) -> str:
    """Page numbers and a running footer every ~50 lines, also mid-paragraph."""
    lines = text.split("\n")
    out: list[str] = []
    page, next_at = 1, 50
    in_table = False
    for k, line in enumerate(lines):
        if line.strip() == "|":
            in_table = not in_table if not (k + 1 < len(lines) and lines[k + 1].strip() == "|") else in_table
        out.append(line)
        if k >= next_at and line.strip() and line.strip() != "|" and not any(
                x.strip() == "|" for x in lines[max(0, k - 3): k + 4]):
            page += 1
            out += ["", f"- {page} -" if page % 2 else f"Trang {page}", ""]
            next_at = k + rng.randint(40, 60)
    return "\n".join(out)


def _table_form(form: str) -> Transform:
    def run(text: str, rng: random.Random) -> str:
        items = _items(text)
        if form == "gfm":
            return _write(items, _gfm_table)
        if form == "bars":
            return _write(items, lambda t: _gfm_table(t, outer=False))
        if form == "tabs":
            return _write(items, _tab_table)
        if form == "html":
            return _write(items, _html_table)
        if form == "drop-empty":
            return _write(items, lambda t: _pipe_table(t, drop_empty=True))
        if form == "page-break":
            def split(t: Table) -> list[str]:
                if len(t.rows) < 6:
                    return _pipe_table(t)
                at = len(t.rows) // 2
                a = Table(t.where, t.line, t.rows[:at])
                b = Table(t.where, t.line, (t.rows[0], *t.rows[at:]))
                return [*_pipe_table(a), "", "Trang 7", "", *_pipe_table(b)]
            return _write(items, split)
        return _write(items, _pipe_table)
    return run


def _docx(text: str, path: Path) -> None:
    """A DOCX made from the text: one Word paragraph per logical paragraph, real tables."""
    import docx

    document = docx.Document()
    for it in paragraphs(_items(text)):
        if isinstance(it, Table):
            width = max(len(r) for r in it.rows)
            table = document.add_table(rows=len(it.rows), cols=width)
            for r, row in enumerate(it.rows):
                for c, cell in enumerate(row):
                    lines = [x.replace("*", "").strip() for x in cell.split("\n") if x.strip()]
                    table.cell(r, c).text = " ".join(lines)
        else:
            document.add_paragraph(it.text)
    document.save(str(path))


# -- DOCX as Word writes it --------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: a list marker typed at the start of a paragraph, and how Word would number it instead
_WORD_MARK = re.compile(r"^(?P<m>[IVX]+\.|\d{1,2}\.|[a-z]\)|[-+])\s+(?=\S)")
_WORD_LISTS = {  # kind: (numFmt, lvlText)
    "roman": ("upperRoman", "%1."), "decimal": ("decimal", "%1."),
    "letter": ("lowerLetter", "%1)"), "-": ("bullet", "-"), "+": ("bullet", "+"),
}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _el(tag: str, **attrs: str) -> object:
    from docx.oxml import OxmlElement

    e = OxmlElement(f"w:{tag}")
    for k, v in attrs.items():
        e.set(_w(k), v)
    return e


def _mark_value(m: str) -> tuple[str, int | None]:
    if m in ("-", "+"):
        return m, None
    if m[-1] == ")":
        return "letter", ord(m[0]) - 96
    if m[0].isdigit():
        return "decimal", int(m[:-1])
    total, prev = 0, 0
    for ch in reversed(m[:-1]):
        v = _ROMAN[ch]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return "roman", total


def _run(text: str) -> object:
    r = _el("r")
    t = _el("t")
    t.text = text  # type: ignore[attr-defined]
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")  # type: ignore[attr-defined]
    r.append(t)  # type: ignore[attr-defined]
    return r


def _docx_word(text: str, path: Path, rng: random.Random, tracked: bool = True) -> None:
    """A DOCX as Word writes it: the typed list markers ("I.", "1.", "a)", "-", "+") become
    Word's own numbering (numbering.xml; a list restarted where the typed numbers restart,
    "startOverride" where they start later), some sentences end in a tracked insertion
    (w:ins) and carry a tracked deletion (w:del) that is not the text, some words sit in
    smart tags and content controls, runs of paragraphs in a block content control; tables
    with a lead merged down its column (vMerge), group rows merged across (gridSpan) and
    rows whose empty first cell Word leaves out (gridBefore)."""
    import docx

    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(_w("num"))
    abstract: dict[str, str] = {}
    for k, (kind, (fmt, lvl_text)) in enumerate(_WORD_LISTS.items()):
        aid = str(200 + k)
        a = _el("abstractNum", abstractNumId=aid)
        lvl = _el("lvl", ilvl="0")
        for tag, val in (("start", "1"), ("numFmt", fmt), ("lvlText", lvl_text)):
            lvl.append(_el(tag, val=val))  # type: ignore[attr-defined]
        a.append(lvl)  # type: ignore[attr-defined]
        first_num.addprevious(a)
        abstract[kind] = aid
    next_num = [300]
    runs: dict[str, tuple[str, int | None]] = {}

    def num_for(kind: str, value: int | None) -> str:
        if kind in runs and (value is None or runs[kind][1] == value - 1):
            runs[kind] = (runs[kind][0], value)
            return runs[kind][0]
        nid = str(next_num[0])
        next_num[0] += 1
        n = _el("num", numId=nid)
        n.append(_el("abstractNumId", val=abstract[kind]))  # type: ignore[attr-defined]
        if value is not None and (value != 1 or next_num[0] > 301):
            # "Restart at": Word writes the override, even at 1 (lists of one definition
            # otherwise continue one count)
            o = _el("lvlOverride", ilvl="0")
            o.append(_el("startOverride", val=str(value)))  # type: ignore[attr-defined]
            n.append(o)  # type: ignore[attr-defined]
        numbering.append(n)
        runs[kind] = (nid, value)
        return nid

    body = document.element.body
    for it in paragraphs(_items(text)):
        if isinstance(it, Table):
            _word_table(document, it)
            continue
        line = it.text
        bold = line.startswith("**")
        core = line[2:] if bold else line
        p = document.add_paragraph()
        if not tracked:
            # as an office formats it: titles in capitals centred, body paragraphs
            # justified with a first-line indent
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            from docx.shared import Cm

            words = core.replace("*", "").strip()
            if words.isupper() and not _WORD_MARK.match(words) and len(words) < 200:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.27)
        m = _WORD_MARK.match(core)
        if m is not None:
            kind, value = _mark_value(m["m"])
            core = core[m.end():]
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = int(num_for(kind, value))
        elif core.strip():
            runs.clear()  # prose between two lists: Word's typed numbers restart
        core = ("**" if bold else "") + core
        words = core.split(" ")
        roll = rng.random()
        if len(words) > 6 and roll < 0.3 and tracked:
            cut = len(words) // 2
            p._p.append(_run(" ".join(words[:cut]) + " "))
            d = _el("del", id=str(rng.randrange(10**6)), author="Văn thư")
            r = _el("r")
            dt = _el("delText")
            dt.text = "nội dung đã xóa "  # type: ignore[attr-defined]
            r.append(dt)  # type: ignore[attr-defined]
            d.append(r)  # type: ignore[attr-defined]
            p._p.append(d)
            ins = _el("ins", id=str(rng.randrange(10**6)), author="Văn thư")
            ins.append(_run(" ".join(words[cut:])))  # type: ignore[attr-defined]
            p._p.append(ins)
        elif len(words) > 3 and roll < 0.45:
            wrap = _el("smartTag", uri="urn:schemas-microsoft-com:office:smarttags", element="place")
            wrap.append(_run(" ".join(words[:2]) + " "))  # type: ignore[attr-defined]
            p._p.append(wrap)
            p._p.append(_run(" ".join(words[2:])))
        elif len(words) > 3 and roll < 0.6:
            sdt = _el("sdt")
            sdt.append(_el("sdtPr"))  # type: ignore[attr-defined]
            content = _el("sdtContent")
            content.append(_run(" ".join(words[:-2]) + " "))  # type: ignore[attr-defined]
            sdt.append(content)  # type: ignore[attr-defined]
            p._p.append(sdt)
            p._p.append(_run(" ".join(words[-2:])))
        else:
            p._p.append(_run(core))
    if not tracked:
        # printed: the page number at the top centre of each page (a PAGE field)
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        head = document.sections[0].header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = _el("fldSimple", instr=" PAGE ")
        field.append(_run("1"))  # type: ignore[attr-defined]
        head._p.append(field)
    # runs of body paragraphs inside block content controls
    children = [c for c in body if c.tag == _w("p")]
    for k in range(0, len(children) - 3, 17):
        group = children[k:k + 3]
        sdt = _el("sdt")
        sdt.append(_el("sdtPr"))  # type: ignore[attr-defined]
        content = _el("sdtContent")
        sdt.append(content)  # type: ignore[attr-defined]
        group[0].addprevious(sdt)
        for c in group:
            content.append(c)  # type: ignore[attr-defined]
    document.save(str(path))


def _word_table(document: object, it: Table) -> None:
    width = max(len(r) for r in it.rows)
    rows = [[" ".join(x.replace("*", "").strip() for x in c.split("\n") if x.strip())
             for c in (*r, *[""] * (width - len(r)))] for r in it.rows]
    table = document.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    if width > 2:  # a task table is ruled; a letterhead or signature block is not
        table.style = "Table Grid"
    xml_rows = table._tbl.tr_lst
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for r in range(len(rows) - 1, -1, -1):
        tr, row = xml_rows[r], rows[r]
        tcs = tr.tc_lst
        filled = [c for c, cell in enumerate(row) if cell]
        if r > 0 and len(filled) == 1 and width > 2:
            # a group row ("I. NHIỆM VỤ CHUNG"): one cell across the table
            keep = tcs[filled[0]]
            for tc in tcs:
                if tc is not keep:
                    tr.remove(tc)
            keep.get_or_add_tcPr().append(_el("gridSpan", val=str(width)))
            continue
        for c in range(1, width):
            if r > 0 and row[c] and rows[r - 1][c] == row[c] and len(filled) > 2:
                # the same lead down a column: merged (the text once, in the first row)
                tc = tcs[c]
                for p in tc.p_lst[1:]:
                    tc.remove(p)
                for child in list(tc.p_lst[0]):
                    if child.tag == _w("r"):
                        tc.p_lst[0].remove(child)
                merged = tc.get_or_add_tcPr().find(_w("vMerge"))
                if merged is None:
                    tc.get_or_add_tcPr().append(_el("vMerge"))
                else:  # the first of a later run below: now continues this one
                    merged.attrib.pop(_w("val"), None)
                above = xml_rows[r - 1].tc_lst[c]
                if above.tcPr is None or above.tcPr.find(_w("vMerge")) is None:
                    above.get_or_add_tcPr().append(_el("vMerge", val="restart"))
        if r > 0 and not row[0] and len(filled) > 1:
            # Word leaves an empty first cell out of the row: the row starts one column later
            tr.remove(tcs[0])
            tr_pr = tr.get_or_add_trPr()
            tr_pr.insert(0, _el("gridBefore", val="1"))


def _html_page(text: str, rng: random.Random) -> str:
    """The plan as a portal publishes it: page furniture around it (a menu, scripts, a
    footer), the typed list markers as <ol>/<ul> lists (type, start), headings in <strong>,
    paragraphs in <p> or <div> with <br> inside, entities and odd spaces, tables with the
    same lead merged down (rowspan) and group rows across (colspan)."""
    import html as h

    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Văn bản</title>",
           "<style>p{margin:0}</style><script>var x = '<p>không phải văn bản</p>';</script>",
           "</head><body><nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav>",
           "<div class='content'>"]
    open_list: tuple[str, str] | None = None
    expect: int | None = None

    def close() -> None:
        nonlocal open_list, expect
        if open_list is not None:
            out.append(f"</{open_list[0]}>")
            open_list, expect = None, None

    for it in paragraphs(_items(text)):
        if isinstance(it, Table):
            close()
            out.append(_page_table(it))
            continue
        line = it.text
        bold = line.startswith("**")
        core = line.replace("**", "")
        m = _WORD_MARK.match(core)
        body = h.escape(core[m.end():] if m else core)
        if bold:
            body = f"<strong>{body}</strong>"
        if body.count(" ") > 8 and rng.random() < 0.2:
            # a line break inside a paragraph, past its first words
            cut = body.find(" ", max(len(body) // 2, len(" ".join(body.split(" ")[:4]))))
            if cut > 0 and "<" not in body[cut - 8:cut + 8]:
                body = body[:cut] + "<br>\n" + body[cut + 1:]
        if m is None:
            close()
            tag = "div" if rng.random() < 0.3 else "p"
            out.append(f"<{tag}>{body.replace('  ', ' &nbsp;')}</{tag}>")
            continue
        kind, value = _mark_value(m["m"])
        ordered = value is not None
        ltype = {"roman": "I", "decimal": "1", "letter": "a"}.get(kind, "")
        key = ("ol" if ordered else "ul", ltype or kind)
        if open_list != key or (ordered and value != expect):
            close()
            attrs = f" type='{ltype}'" if ordered else ""
            if ordered and value != 1:
                attrs += f" start='{value}'"
            out.append(f"<{key[0]}{attrs}>")
            open_list = key
        expect = (value + 1) if value is not None else None
        out.append(f"<li>{body}</li>")
    close()
    out.append("</div><footer>Bản quyền thuộc Cổng thông tin điện tử. Điện thoại: 0123</footer>")
    out.append("</body></html>")
    return "\n".join(out)


def _page_table(it: Table) -> str:
    import html as h

    width = max(len(r) for r in it.rows)
    rows = [[" ".join(x.replace("*", "").strip() for x in c.split("\n") if x.strip())
             for c in (*r, *[""] * (width - len(r)))] for r in it.rows]
    out = ["<table border='1'>"]
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        filled = [c for c, cell in enumerate(row) if cell]
        cells = []
        if r > 0 and len(filled) == 1 and width > 2:
            cells.append(f"<td colspan='{width}'><b>{h.escape(row[filled[0]])}</b></td>")
        else:
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    continue
                down = 1
                if c > 0 and cell and len(filled) > 2:
                    while r + down < len(rows) and rows[r + down][c] == cell and \
                            len([x for x in rows[r + down] if x]) > 2:
                        covered.add((r + down, c))
                        down += 1
                span = f" rowspan='{down}'" if down > 1 else ""
                cells.append(f"<td{span}>{h.escape(cell)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _commonmark(text: str, rng: random.Random) -> str:
    r"""The plan as an editor or pandoc writes Markdown: bold headings as "## " headings,
    the typed numbers escaped ("1\." so that they are not a list), "*" escaped, some lines
    ended by two spaces (a hard break)."""
    out: list[str] = []
    for line in text.split("\n"):
        t = line.strip()
        if t.startswith("**") and t.endswith("**") and len(t) > 4 and "|" not in t:
            out.append("## " + t.strip("*").strip())
            continue
        t = re.sub(r"^(\d+(?:\.\d+)*)\. ", lambda m: m.group(1) + "\\. ", line)
        t = re.sub(r"(?<!\*)\*(?!\*)", r"\\*", t)
        out.append(t + ("  " if t and rng.random() < 0.2 else ""))
    return "\n".join(out)


TRANSFORMS: dict[str, Transform] = {
    "original": lambda t, r: t,
    "rewritten": _table_form("pipe"),
    "crlf": lambda t, r: t.replace("\n", "\r\n"),
    "nfd": lambda t, r: unicodedata.normalize("NFD", t),
    "spaces": _spaces,
    "wrap-40": _rewrap(40),
    "wrap-65": _rewrap(65),
    "wrap-100": _rewrap(100),
    "unwrap": _rewrap(None),
    "wrap-at-marks": _wrap_at_marks,
    "unwrap-noblank": _unwrap_noblank,
    "bullet-plus": _bullets("+"),
    "bullet-dot": _bullets("•"),
    "bullet-star": _bullets("*"),
    "numbering": _numbering,
    "caps-headings": _caps_headings,
    "tone-old": _tone(True),
    "tone-new": _tone(False),
    "pages": _pages,
    "table-gfm": _table_form("gfm"),
    "table-bars": _table_form("bars"),
    "table-tabs": _table_form("tabs"),
    "table-html": _table_form("html"),
    "table-drop-empty": _table_form("drop-empty"),
    "table-page-break": _table_form("page-break"),
    "docx": lambda t, r: t,
    "docx-word": lambda t, r: t,
    "pdf": lambda t, r: t,
    "pdf-layout": lambda t, r: t,
    "html": _html_page,
    "commonmark": _commonmark,
}


def _to_pdf(docs: list[Path], folder: Path) -> bool:
    """The Word files printed to PDF by LibreOffice (as an office exports its plan);
    False when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not docs:
        return False
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    *map(str, docs)], check=True, capture_output=True, timeout=600)
    return all(d.with_suffix(".pdf").is_file() for d in docs)


def _to_layout(pdfs: list[Path]) -> bool:
    """Each PDF's text as ``pdftotext -layout`` keeps it (columns laid out in spaces),
    written beside it as ``.txt``; False when poppler-utils is not installed."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return False
    for pdf in pdfs:
        subprocess.run([pdftotext, "-layout", "-enc", "UTF-8", str(pdf), str(pdf.with_suffix(".txt"))],
                       check=True, capture_output=True, timeout=300)
    return True


SEED = ROOT.parent / "shared" / "seeds" / "000_51628132bfe7fd25.txt"


def _seed_reading(path: Path) -> list[tuple[object, ...]]:
    """The Lý Sơn seed's tasks as read (it has no label file: the transformed seed must read
    as the seed itself does)."""
    plan = planflow.default_registry().importer_for(path).read(path).plan
    return [(" ".join(t.title.split()), t.lead, t.timeframe.kind.value, t.timeframe.start,
             t.timeframe.end, t.timeframe.due) for t in plan.tasks]


def run(names: list[str], corpus: Path, misses: bool = False) -> tuple[str, dict[str, dict[str, int]]]:
    labels = score_reading.label_files("build")
    base = {f.stem: score_reading.score_file(f, corpus) for f in labels}
    seed = _seed_reading(SEED) if SEED.is_file() else None
    head = ("| transformation | found | full | phrases | doc | count ±20% | silent | lost (files) | seed |\n"
            "|---|---|---|---|---|---|---|---|---|")
    rows = [head]
    totals: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            fn = TRANSFORMS[name]
            folder = Path(tmp) / name
            folder.mkdir()
            scores = {}
            if name in ("pdf", "pdf-layout"):
                # files 01-14 as Word documents with Word's numbering and ruled tables,
                # exported to PDF (no tracked changes: an office prints the final text)
                docs = []
                for f in labels:
                    label = score_reading.tomllib.loads(f.read_text(encoding="utf-8"))
                    src = (corpus / label["file"]).read_text(encoding="utf-8")
                    docs.append((folder / label["file"]).with_suffix(".docx"))
                    _docx_word(src, docs[-1], random.Random(f"{name}:{f.stem}"), tracked=False)
                if seed is not None:
                    docs.append(folder / "seed.docx")
                    _docx_word(SEED.read_text(encoding="utf-8"), docs[-1],
                               random.Random(f"{name}:seed"), tracked=False)
                if not _to_pdf(docs, folder):
                    rows.append(f"| {name} | skipped: LibreOffice (soffice) is not installed |")
                    continue
                if name == "pdf-layout" and not _to_layout([d.with_suffix(".pdf") for d in docs]):
                    rows.append(f"| {name} | skipped: pdftotext (poppler-utils) is not installed |")
                    continue
            for f in labels:
                label = score_reading.tomllib.loads(f.read_text(encoding="utf-8"))
                src = (corpus / label["file"]).read_text(encoding="utf-8")
                rng = random.Random(f"{name}:{f.stem}")
                if name in ("pdf", "pdf-layout"):
                    scores[f.stem] = score_reading.score_file(
                        f, folder, suffix=".pdf" if name == "pdf" else ".txt")
                elif name == "html":
                    page = (folder / label["file"]).with_suffix(".html")
                    page.write_bytes(fn(src, rng).encode("utf-8"))
                    scores[f.stem] = score_reading.score_file(f, folder, suffix=".html")
                elif name == "docx-word":
                    _docx_word(src, (folder / label["file"]).with_suffix(".docx"), rng)
                    scores[f.stem] = score_reading.score_file(f, folder, suffix=".docx")
                elif name == "docx":
                    _docx(src, (folder / label["file"]).with_suffix(".docx"))
                    scores[f.stem] = score_reading.score_file(f, folder, suffix=".docx")
                else:
                    (folder / label["file"]).write_bytes(fn(src, rng).encode("utf-8"))
                    scores[f.stem] = score_reading.score_file(f, folder)
            total = score_reading.Score()
            for s in scores.values():
                total.add(s)
            lost = [k[:2] for k, s in scores.items()
                    if s.full[0] < base[k].full[0] or s.silent > base[k].silent]
            same = "-"
            if seed is not None:
                src = SEED.read_text(encoding="utf-8")
                if name in ("pdf", "pdf-layout"):
                    other = folder / ("seed.pdf" if name == "pdf" else "seed.txt")
                elif name == "html":
                    other = folder / "seed.html"
                    other.write_bytes(fn(src, random.Random(f"{name}:seed")).encode("utf-8"))
                elif name == "docx-word":
                    other = folder / "seed.docx"
                    _docx_word(src, other, random.Random(f"{name}:seed"))
                elif name == "docx":
                    other = folder / "seed.docx"
                    _docx(src, other)
                else:
                    # standard Markdown is read as Markdown (.md), like the corpus files
                    other = folder / ("seed.md" if name == "commonmark" else "seed.txt")
                    other.write_bytes(fn(src, random.Random(f"{name}:seed")).encode("utf-8"))
                same = "same" if _seed_reading(other) == seed else "differs"
            totals[name] = {"found": total.found[0], "full": total.full[0], "of": total.full[1],
                            "silent": total.silent, "seed_same": int(same != "differs")}
            rows.append(f"| {name} | {total.found[0]}/{total.found[1]} | {total.full[0]}/{total.full[1]} "
                        f"| {total.phrases[0]}/{total.phrases[1]} | {total.doc[0]}/{total.doc[1]} "
                        f"| {total.count[0]}/{total.count[1]} | {total.silent} | {' '.join(lost) or '-'} "
                        f"| {same} |")
            if misses:
                for k, s in scores.items():
                    for m in s.misses:
                        if m not in base[k].misses:
                            rows.append(f"<!-- {name} {k[:2]}: {m} -->")
    return "\n".join(rows), totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated transformations")
    ap.add_argument("--misses", action="store_true", help="list what a transformation broke")
    ap.add_argument("--corpus", type=Path, default=score_reading.CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"robust_reading: the corpus is absent ({args.corpus})", file=sys.stderr)
        return 2
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        print(f"robust_reading: unknown transformation {unknown[0]!r} (one of {', '.join(TRANSFORMS)})",
              file=sys.stderr)
        return 2
    text, _ = run(names, args.corpus, args.misses)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
