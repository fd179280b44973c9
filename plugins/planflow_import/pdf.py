"""PDF: a plan published as a PDF with a text layer (exported from Word), through pdfplumber.

A PDF holds positioned words, not paragraphs and cells; the reading rebuilds what the text
reader needs from the positions:

* ruled tables (a task table, an appendix) are found from their lines and read cell by
  cell; a cell merged down a column repeats in each row it covers (the lead of several
  tasks), one merged across columns is read once, as in a Word document; a table going
  on over a page break is one table, a header row cut by the break joined column by
  column by where the columns start;
* the two-column blocks that have no rules (the letterhead "ỦY BAN NHÂN DÂN … | CỘNG HÒA XÃ
  HỘI …", "Nơi nhận: … | TM. ỦY BAN NHÂN DÂN …") are read as a two-cell row, each column's
  lines in their own cell, not interleaved line by line;
* the rest is lines of text in reading order; a new paragraph starts where a line is
  indented or after a wider gap; a line wholly in a bold font is marked bold ("**…**"),
  as a scraped heading is.

A PDF with no text (a scanned image) is refused with one line: it needs OCR first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import planflow

from .importer import read_items
from .text import Block, Table, clean, year_cut

__all__ = ["MAX_PAGES", "pdf_items", "read_pdf"]

#: a PDF of more pages than this is refused before its pages are read
MAX_PAGES = 2_000


def _error(path: Path, problem: str | planflow.Worded) -> planflow.PlanFileError:
    return planflow.PlanFileError(str(path), [("", problem)])


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


#: a line that ends in a word's hyphen ("31/KH-"): the word goes on on the next line
_HYPHEN_END = re.compile(r"[\w/]-\**$")
_HYPHEN_BREAK = re.compile(r"(?<=[\w/])-\n(?=\w)")
#: a date cut by a narrow cell's line break ("30/11/202" | "5", "30/" | "11/2025")
_CUT_DATE = re.compile(r"\b(\d{1,2}/(?:\d{1,2}/)?)(\d{0,3})\n(\d{1,4}(?:/\d{1,4})?)\b")


def _join_date(m: re.Match[str]) -> str:
    joined = f"{m.group(1)}{m.group(2)}{m.group(3)}"
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", joined):
        return joined
    return m.group(0)


#: a line of a cell that begins an item of its own ("- Sở Y tế", "2. …", "b) …")
_ITEM = re.compile(r"^\s*(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s)")


#: a line opening on a word's last letters only ("m vụ", "n khác"): a final consonant is no
#: Vietnamese word of its own, so a narrow cell cut the word above it ("Nhiệ" | "m")
_SYLLABLE_TAIL = re.compile(r"(?:ch|ng|nh|[cghmnpt])(?=$|\s|,\s)")
#: a word cut before its vowel: the line ends on consonants no syllable ends on ("kh" |
#: "ai", "Tr" | "iển"), or the next opens on "ê" with a tone, which opens no word ("truy" |
#: "ền", "Tri" | "ển")
_ONSET_END = re.compile(r"(?:^|\s)(?:[KkTtPpGg]h|[Tt]r|[Gg]i|[Qq]u|[Nn]gh|[BDĐLRSVXbdđlrsvx])$")
_RHYME_START = re.compile(r"[ềểễệ]\w*(?=$|[\s,.;:])")
#: a symbol cut by the cell's edge: "06/QĐ" | "-TTg"
_CUT_SYMBOL = re.compile(r"[\dA-ZĐ]$")
#: initials cut by the cell's edge: "UBN" | "D tỉnh", "HĐN" | "D"
_CUT_CAPS = re.compile(r"(?<![\w])[A-ZĐ]{2,4}$")
_CAPS_TAIL = re.compile(r"[A-ZĐ]{1,2}(?=$|[\s,.;:)])")


def _cell(text: str) -> str:
    """A ruled cell's words: the lines a narrow cell wraps its text into are one line again
    (a PDF's lines are where the cell ran out of width, not where the writer broke them);
    an item ("- …", "2. …") starts a line of its own. Dates and words cut at the wrap are
    joined."""
    text = _HYPHEN_BREAK.sub("-", _CUT_DATE.sub(_join_date, clean(text)))
    lines: list[str] = []
    for ln in text.split("\n"):
        if lines and (lines[-1][-1:].isalpha() and (_SYLLABLE_TAIL.match(ln.strip())
                                                    or _ONSET_END.search(lines[-1])
                                                    and ln.strip()[:1].isalpha()
                                                    or _RHYME_START.match(ln.strip()))
                      or year_cut(lines[-1], ln.strip())
                      or _CUT_SYMBOL.search(lines[-1]) and re.match(r"-[A-ZĐ]", ln.strip())
                      or _CUT_CAPS.search(lines[-1]) and _CAPS_TAIL.match(ln.strip())):
            # "Nhiệ" | "m vụ", "Quý IV/202" | "6", "06/QĐ" | "-TTg": cut by the cell's edge
            lines[-1] = f"{lines[-1]}{ln.strip()}"
        elif lines and not _ITEM.match(ln):
            lines[-1] = f"{lines[-1]} {ln.strip()}"
        else:
            lines.append(ln.strip())
    return "\n".join(lines)


def _table_rows(table: Any) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    """The rows of a ruled table, one cell per column: a cell merged down repeats its text
    in the rows it covers; one merged across leaves the columns it spans empty. Also the
    columns whose first cell is merged down over the rows below it (at the top of a page,
    a cell that may have begun on the page before)."""
    texts = table.extract()
    rows = table.rows
    out: list[tuple[str, ...]] = []
    top_down: set[int] = set()
    for r, row in enumerate(texts):
        cells: list[str] = []
        for c, text in enumerate(row):
            if text is not None:
                cells.append(_cell(text))
                continue
            here = rows[r].cells[c] if c < len(rows[r].cells) else None
            value = ""
            if here is None and r > 0:
                top = rows[r].bbox[1]
                for above in range(r - 1, -1, -1):
                    box = rows[above].cells[c] if c < len(rows[above].cells) else None
                    if box is not None:
                        if box[3] > top + 1:  # the cell above reaches down into this row
                            value = out[above][c]
                            if above == 0:
                                top_down.add(c)
                        break
            cells.append(value)
        out.append(tuple(cells))
    return tuple(out), frozenset(top_down)


def _header_cut(before: Table, table: Table, edges: dict[int, tuple[Table, list[float]]]) -> Table | None:
    """``table``, the first thing on its page, under ``before``, a header row alone at the
    foot of the page before: the header cut by the page break, its two parts in other
    columns (a cell over "Bắt đầu" | "Hoàn thành" is one column above the break, two below
    it). Each column below takes the words of the cell above the break that stands over
    it, before its own ("Thời gian Bắt đầu", "Thời gian Hoàn thành", "Nội" "dung": "Nội
    dung"); None when they are no such parts."""
    a, b = edges.get(id(before)), edges.get(id(table))
    if a is None or b is None or a[0] is not before or b[0] is not table or len(before.rows) != 1 \
            or not table.rows:
        return None
    above, below = a[1], b[1]
    head, first = before.rows[0], table.rows[0]
    if len(above) != len(head) or len(below) != len(first) or len(first) <= len(head) \
            or re.fullmatch(r"\d{1,2}\.?", first[0].strip()) or not any(c.strip() for c in head):
        return None
    over = [max((k for k, x in enumerate(above) if x <= b + 1.0), default=-1) for b in below]
    if -1 in over or set(over) != set(range(len(head))):
        return None  # a column below no cell above stands over, or a cell above over none
    joined = tuple(" ".join(p for p in (head[k].strip(), c.strip()) if p) for k, c in zip(over, first, strict=True))
    return Table(before.where, before.line, (joined, *table.rows[1:]))


def _join(items: list[Block | Table], table: Table, top_down: frozenset[int], first: bool,
          edges: dict[int, tuple[Table, list[float]]] | None = None) -> Table | None:
    """``table``, the first thing on its page, as the rest of the table that ended the page
    before (same number of columns): its first row goes on from the row above when it has
    no number of its own, and a cell merged down over the page break (empty at the top of
    this page, over several rows) keeps the text it had. None when it is a table of its own."""
    if not first or not items or not isinstance(items[-1], Table):
        return None
    before = items[-1]
    if edges is not None and (head := _header_cut(before, table, edges)) is not None:
        return head
    width = len(before.rows[0]) if before.rows else 0
    if width < 3 or not table.rows or any(len(r) != width for r in table.rows):
        return None
    rows = [list(r) for r in table.rows]
    last = list(before.rows[-1])
    merged = {k for k in top_down if not rows[0][k].strip() and last[k].strip()}
    continued: set[int] = set()
    for k in top_down:
        # a merged cell's words going on over the break ("Sở Khoa" | "học và Công nghệ"):
        # the rows it covers on this page hold its rest; they take its whole words
        rest = rows[0][k]
        if rest[:1].islower() and last[k].strip():
            whole = f"{last[k]} {rest}"
            for r in rows:
                if r[k] != rest:
                    break
                r[k] = whole
            last[k] = whole
            continued.add(k)
    # a row cut by the page break: no number of its own, or (a table with no number column)
    # words going on in lower case
    cut = (not rows[0][0].strip() and any(c.strip() for c in rows[0][1:])
           or rows[0][0][:1].islower() and bool(last[0].strip()))
    if cut:
        # a row cut by the page break: its words go on in the same cells
        for k, c in enumerate(rows[0]):
            if c.strip() and k not in continued:
                last[k] = f"{last[k]}\n{c}" if last[k].strip() else c
        rows = rows[1:]
    for k in merged:
        for r in rows:
            if r[k].strip():
                break
            r[k] = last[k]
    return Table(before.where, before.line, (*before.rows[:-1], tuple(last),
                                             *(tuple(r) for r in rows)))


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines (by their baseline), each line's words left to right."""
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if lines and abs(lines[-1][0]["bottom"] - w["bottom"]) <= 2.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _word(word: dict[str, Any]) -> dict[str, Any]:
    """A word with the font its letters are set in: bold when every letter is. Words are
    not split where the font changes: a PDF whose font lacks some Vietnamese letters
    draws them from another font (LibreOffice's fallback: "M" "Ụ" "C" in Liberation
    Serif, DejaVu Serif, Liberation Serif), and one word is one word."""
    chars = word.pop("chars", ())
    fonts = {str(c.get("fontname", "")) for c in chars}
    bold = bool(fonts) and all("bold" in f.lower() for f in fonts)
    word["fontname"] = next(iter(fonts)) if len(fonts) == 1 else "Bold" if bold else ""
    return word


def _text(words: list[dict[str, Any]]) -> str:
    text = clean(" ".join(w["text"] for w in words))
    if text and all("bold" in str(w.get("fontname", "")).lower() for w in words):
        return f"**{text}**"
    return text


#: the short rule under a letterhead's lines ("--------", "_______")
_RULE = re.compile(r"[-_–—]{3,}\**$")
#: the line naming the kind of document, above its title
_KIND = re.compile(r"(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|BÁO CÁO|THÔNG BÁO|CÔNG VĂN)\b")
#: the narrowest gap between two columns (points): wider than a justified line's spaces
_GUTTER = 7.0


def _free(line: list[dict[str, Any]], lo: float, hi: float) -> list[tuple[float, float]]:
    """The stretches of [lo, hi] that no word of ``line`` covers, ``_GUTTER`` wide or more."""
    out: list[tuple[float, float]] = []
    at = lo
    for w in line:
        if w["x0"] - at >= _GUTTER:
            out.append((at, min(w["x0"], hi)))
        at = max(at, w["x1"])
        if at >= hi:
            break
    if hi - at >= _GUTTER:
        out.append((at, hi))
    return [(a, b) for a, b in out if b - a >= _GUTTER]


def _meet(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= _GUTTER:
                out.append((lo, hi))
    return out


def _two_sided(line: list[dict[str, Any]], gutter: tuple[float, float]) -> bool:
    return bool(line[0]["x1"] <= gutter[0] + 0.5 and line[-1]["x0"] >= gutter[1] - 0.5)


def _columns(lines: list[list[dict[str, Any]]], k: int, lo: float, hi: float, need: int = 2,
             gap: float = 2.0) -> int:
    """How many lines from ``k`` on stand in two columns (a letterhead, a "Nơi nhận" |
    signature block): a gutter in the middle of the text width that no word of theirs
    crosses, with words on both sides of it in ``need`` lines or more, no wider gap between
    two lines than ``gap`` lines' height. 0 when they do not."""
    free = _free(lines[k], lo, hi)
    both = 0
    n = 0
    while k + n < len(lines):
        nxt = _meet(free, _free(lines[k + n], lo, hi))
        line = lines[k + n]
        if not nxt:
            break  # a line across the gutter
        if _KIND.match(_text(line).strip("* ")):
            break  # the kind of document opens its title, wherever it stands
        if n and lines[k + n][0]["top"] - lines[k + n - 1][0]["bottom"] > \
                gap * (lines[k + n][0]["bottom"] - lines[k + n][0]["top"]):
            break  # a wide gap: what follows is not this block
        free = nxt
        if any(_two_sided(lines[k + n], g) for g in free):
            both += 1
        n += 1
    return n if both >= need else 0


def _page_items(page: Any, number: int, downs: dict[int, frozenset[int]],
                edges: dict[int, tuple[Table, list[float]]] | None = None) -> list[tuple[float, Block | Table]]:
    tables = [t for t in page.find_tables() if t.rows and max(len(r.cells) for r in t.rows) > 1]
    boxes = [t.bbox for t in tables]
    out: list[tuple[float, Block | Table]] = []
    for k, t in enumerate(tables, 1):
        rows, top_down = _table_rows(t)
        made = Table(f"page {number}, table {k}", number, rows)
        out.append((t.bbox[1], made))
        downs[id(made)] = top_down
        if edges is not None:
            # where each column starts on the page (the same on every page of a table; the
            # table kept with them: an id is only its own while the table lives)
            edges[id(made)] = (made, [min((c[0] for c in col.cells if c is not None), default=0.0)
                                      for col in t.columns])
    words = [_word(w) for w in page.extract_words(keep_blank_chars=False, return_chars=True)
             if not _inside(w, boxes)]
    lines = [line for line in _lines(words) if not _furniture(line, page.height)]
    if not lines:
        return out
    left = min(w["x0"] for line in lines for w in line)
    right = max(w["x1"] for line in lines for w in line)
    width = max(right - left, 1.0)
    # the rest, in order: runs of two-column lines become a two-cell row; other lines
    # become paragraphs (a new one at an indent or after a wider gap than a line's)
    k = 0
    para: list[str] = []
    para_top = 0.0
    last_bottom: float | None = None
    short = False  # the last line stopped short of the right margin

    out_text = False

    def flush() -> None:
        nonlocal para, out_text
        if para:
            out.append((para_top, Block(f"page {number}", number, tuple(para))))
            para = []
            out_text = True

    while k < len(lines):
        line = lines[k]
        # two columns without rules stand where Vietnamese documents put them: the
        # letterhead above the title, and "Nơi nhận" beside the signature
        n = 0
        if number == 1 and not out_text:
            n = _columns(lines, k, left + width * 0.3, left + width * 0.7)
        elif _text(line).strip("* ").startswith("Nơi nhận"):
            # beside the recipients, the signature: its name under the space for the
            # signature and the seal
            n = _columns(lines, k, left + width * 0.3, left + width * 0.7, need=1, gap=8.0)
        if n:
            flush()
            free = _free(lines[k], left + width * 0.3, left + width * 0.7)
            for j in range(k, k + n):
                free = _meet(free, _free(lines[j], left + width * 0.3, left + width * 0.7))
            cut_x = (free[0][0] + free[0][1]) / 2
            # each column's lines, a new cell under each rule ("--------"): the issuer
            # over the number, the motto over the place and date
            cells: tuple[list[list[str]], list[list[str]]] = ([[]], [[]])
            for j in range(k, k + n):
                for c, part in enumerate(([w for w in lines[j] if w["x1"] <= cut_x],
                                          [w for w in lines[j] if w["x0"] >= cut_x])):
                    if not part:
                        continue
                    if cells[c][-1] and _RULE.search(cells[c][-1][-1]):
                        cells[c].append([])
                    cells[c][-1].append(_text(part))
            height = max(len(cells[0]), len(cells[1]))
            grid = [[*col, *[[]] * (height - len(col))] for col in cells]
            out.append((line[0]["top"], Table(f"page {number}", number, tuple(
                ("\n".join(grid[0][r]), "\n".join(grid[1][r])) for r in range(height)))))
            k += n
            last_bottom = None
            continue
        text = _text(line)
        height = line[0]["bottom"] - line[0]["top"]
        indented = line[0]["x0"] > left + width / 40
        gap = last_bottom is not None and line[0]["top"] - last_bottom > height * 0.9
        # a sentence that ended on a line stopping short of the right margin ended its
        # paragraph (a paragraph's lines are justified to the margin but its last)
        ended = short and bool(_SENTENCE_END.search(para[-1] if para else ""))
        if para and (indented or gap or ended):
            flush()
        if not para:
            para_top = line[0]["top"]
        if para and _HYPHEN_END.search(para[-1]):
            para[-1] += text  # "31/KH-" | "UBND": a word broken at its hyphen
        else:
            para.append(text)
        last_bottom = line[0]["bottom"]
        short = line[-1]["x1"] < right - width * 0.1
        k += 1
    flush()
    return out


_ENDS = re.compile(r"[.:;!?…)\]]\**$")
#: a line ending a sentence (a paragraph's last line, when it stops short of the margin)
_SENTENCE_END = re.compile(r"[.:;!?…]\**$")
_OPENS = re.compile(r"^\**\s*(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|[IVXL]+\.\s|[A-ZĐ][.)]\s)")


def _goes_on(last: str, first: str) -> bool:
    """Whether the first line of a page goes on with the sentence the page before ended:
    the page ended mid-sentence and the line opens no item or heading (an abbreviation
    in capitals opening the line, "UBND tỉnh …", goes on; a line wholly in capitals is a
    heading)."""
    first = first.strip()
    caps = any(c.isalpha() for c in first) and first.upper() == first and len(first) > 3
    return not _ENDS.search(last.strip()) and not _OPENS.match(first) and not caps


def _furniture(line: list[dict[str, Any]], height: float) -> bool:
    """A page number (or "- 2 -", "Trang 2") in the top or bottom margin of the page."""
    text = " ".join(w["text"] for w in line).strip()
    edge = line[0]["top"] < height * 0.1 or line[0]["bottom"] > height * 0.9
    return edge and bool(re.fullmatch(r"(?:Trang\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*/\s*\d{1,4})?", text))


def pdf_items(path: Path) -> list[Block | Table]:
    """Blocks and tables of every page, in reading order."""
    try:
        import pdfplumber
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:  # pragma: no cover - pdfplumber is a dependency
        raise planflow.PluginError("reading .pdf needs pdfplumber (pip install pdfplumber)") \
            from None
    try:
        pdf = pdfplumber.open(str(path))
    except (PDFSyntaxError, ValueError, OSError) as e:
        raise _error(path, planflow.Worded.of("not a PDF document ({detail})", "not_pdf",
                                                 detail=str(e))) from None
    except Exception as e:  # pdfminer raises its own types for broken files
        if type(e).__module__.startswith(("pdfminer", "pdfplumber")):
            raise _error(path, planflow.Worded.of("not a PDF document ({detail})", "not_pdf",
                                                 detail=str(e))) from None
        raise
    with pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise _error(path, planflow.Worded.of("a PDF of {n:,} pages (at most {most:,} are read)",
                                                 "pdf_pages", n=len(pdf.pages), most=MAX_PAGES))
        items: list[Block | Table] = []
        any_text = False
        downs: dict[int, frozenset[int]] = {}
        edges: dict[int, tuple[Table, list[float]]] = {}
        for number, page in enumerate(pdf.pages, 1):
            placed = _page_items(page, number, downs, edges)
            any_text = any_text or bool(placed)
            for k, (_, item) in enumerate(sorted(placed, key=lambda p: p[0])):
                joined: Block | Table | None = None
                if isinstance(item, Table):
                    joined = _join(items, item, downs.get(id(item), frozenset()), k == 0, edges)
                elif k == 0 and items and isinstance(items[-1], Block) and \
                        _goes_on(items[-1].lines[-1], item.lines[0]):
                    # a paragraph cut by the page break goes on
                    joined = Block(items[-1].where, items[-1].line,
                                   (*items[-1].lines, *item.lines))
                if joined is not None:
                    items[-1] = joined
                else:
                    items.append(item)
            page.flush_cache()
    if not any_text:
        raise _error(path, planflow.Worded.of(
            "a PDF with no text layer (a scanned image): run OCR on it, or import the Word file "
            "it was made from", "pdf_no_text"))
    return items


def read_pdf(path: Path) -> planflow.ImportResult:
    """Read a plan from a .pdf file with a text layer."""
    if not Path(path).stat().st_size:
        raise _error(path, planflow.Worded.of("the file is empty", "empty_file"))
    return read_items(pdf_items(Path(path)), str(path))
