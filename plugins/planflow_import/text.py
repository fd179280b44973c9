"""Text: a document's words as logical paragraphs and tables, whatever the input format.

Plain text, scraped Markdown and DOCX all become :class:`Block` values (the lines of one
blank-line-separated block, or one DOCX paragraph) and :class:`Table` values (rows of
cells). :func:`paragraphs` then gives :class:`Para` values: emphasis stripped,
mid-sentence line breaks unwrapped (also across a blank line when the next block starts
in lower case: a page break), list items split, each with the place it came from.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import attrs

import planflow

__all__ = ["Block", "Para", "Table", "blocks_from_text", "clean", "decode", "fold", "page_furniture", "PART_MARKER", "paragraphs", "slash_markers", "under_groups"]


@attrs.frozen
class Block:
    """Raw lines of one block; ``where`` names its place ("line 12", "paragraph 3")."""

    where: str
    line: int
    lines: tuple[str, ...]


@attrs.frozen
class Table:
    """A table: rows of cell texts (each cell's lines kept, joined by newlines)."""

    where: str
    line: int
    rows: tuple[tuple[str, ...], ...]
    #: rows (0-based) read with fewer cells than columns and not as a group row: their
    #: cells may not sit under their headers
    short_rows: tuple[int, ...] = ()
    #: how many cells each of ``short_rows`` was read with (empty ones included)
    short_cells: tuple[int, ...] = ()
    #: rows rebuilt from cells standing one per line under a header (a table that lost its
    #: row borders): said in a warning, since the cells were placed by their order
    rebuilt: bool = False


@attrs.frozen
class Para:
    """One logical paragraph: ``text`` unwrapped; ``parts`` its printed lines."""

    where: str
    line: int
    text: str
    parts: tuple[str, ...]


def decode(path: Path, data: bytes) -> str:
    """The file's text as NFC: UTF-8, or UTF-16 with its byte-order mark (Notepad's
    "Unicode"); :class:`planflow.PlanFileError` for any other encoding or no text."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
            if not re.search(r"[A-Za-z]", text):  # two bytes that only look like its mark
                raise UnicodeDecodeError("utf-8", data, 0, 1, "invalid start byte")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise planflow.PlanFileError(str(path), [(f"line {line}", planflow.Worded.of(
            "not UTF-8 text (byte {n}: {reason}): save the file as UTF-8 (Unicode) and import "
            "it again", "not_utf8_import", n=e.start, reason=e.reason))]) from None
    if not text.strip():
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of("the file is empty",
                                                                        "empty_file"))])
    return clean(text)


# characters that print nothing (zero-width spaces and joiners, word joiners, soft hyphens,
# a BOM inside the text) and spaces that are not plain ones
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


#: the bullets and ticks of Word's symbol fonts, as a PDF's text (or text copied from it)
#: gives them: private-use code points of Symbol and Wingdings ("\uf0b7" is Symbol's bullet)
_SYMBOL_FONT = str.maketrans({"\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•",
                              "\uf0a8": "•", "\uf0fc": "✓", "\uf02d": "-"})


def year_cut(before: str, after: str) -> bool:
    """True when ``before`` ends in the first digits of a year and ``after`` opens on the
    rest of it: a year a narrow cell cut at its edge ("…/202" | "6", "Năm 20" | "26")."""
    head = re.search(r"\d+$", before)
    tail = re.match(r"\d+(?!\d)", after)
    return head is not None and tail is not None and \
        re.fullmatch(r"(?:19|20)\d\d", head.group() + tail.group()) is not None


def clean(text: str) -> str:
    """The text as NFC, invisible characters removed, non-breaking and other odd spaces
    as plain ones, the bullets of Word's symbol fonts as bullets: what a reader sees,
    whatever the editor or website put in."""
    return planflow.nfc(_ODD_SPACE.sub(" ", _INVISIBLE.sub("", text.translate(_SYMBOL_FONT))))


# a line that is only page furniture: a page number ("- 3 -", "Trang 4", "Trang 4/12",
# "Page 2")
_PAGE_NUMBER = re.compile(r"^\W{0,3}(?:-\s*\d{1,3}\s*-|(?:Trang|Page|trang)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\W{0,3}$")


# a page number alone on its line, centred by the spaces of a PDF's text kept in its layout
# (pdftotext: "                                        3"): never a heading or a cell
_CENTRED_NUMBER = re.compile(r"^[ \t]{20,}\d{1,3}[ \t]*$")


def page_furniture(block: Block) -> bool:
    """True for a block that is only a page number, printed between two pages ("- 9 -",
    "Trang 9", a number centred by spaces, or a number alone between blank lines as a PDF
    converted to Markdown leaves it: "9")."""
    return len(block.lines) == 1 and bool(_PAGE_NUMBER.match(block.lines[0].strip())
                                          or _CENTRED_NUMBER.match(block.lines[0])
                                          or re.fullmatch(r"[1-9]\d{0,2}", block.lines[0].strip()))


_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200b\u202f\u3000]+")
_RULE = re.compile(r"^[-_=~.…\s]{3,}$")
# the star a Party body's letterhead prints under its name ("TỈNH ỦY" / "*"), and a rule of
# stars ("***"): marks, like a rule, never the opening of emphasis that would join the
# letterhead's lines
_STAR_ALONE = re.compile(r"^\s*(?:\*|\*{3,})\s*$")


def fold(s: str) -> str:
    """Whitespace folded to single spaces, ends stripped."""
    return _SPACES.sub(" ", s).strip()


def _strip_emphasis(s: str) -> str:
    return fold(s.replace("*", ""))


def _odd_emphasis(s: str) -> bool:
    return s.count("**") % 2 == 1 or s.replace("**", "").count("*") % 2 == 1


def _pipe_line(s: str) -> bool:
    return s.strip() == "|"


_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)


class _TableParser(HTMLParser):
    """The rows of one HTML table: cells as (text, rowspan, colspan)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._depth = 0

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag == "table":
            self._depth += 1
        elif self._depth > 1:
            return  # a table inside a cell: its words are the cell's
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            a = dict(attrs_)

            def span(name: str) -> int:
                v = (a.get(name) or "1").strip()
                return max(1, min(50, int(v))) if v.isdigit() else 1
            self._cell, self._span = [], (span("rowspan"), span("colspan"))
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")
        elif tag in ("p", "div", "li") and self._cell:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "table":
            self._depth -= 1
        if tag in ("td", "th") and self._cell is not None and self._depth <= 1:
            if not self.rows:
                self.rows.append([])
            text = "\n".join(fold(x) for x in "".join(self._cell).split("\n") if fold(x))
            self.rows[-1].append((text, *self._span))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _html_table_as_rows(html: str) -> list[list[str]]:
    """An HTML table's rows on its grid: a cell spanning rows repeats in each (as a Word
    table's merged cell reads), one spanning columns leaves the others empty."""
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(parser.rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in grid:
                c += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text if dc == 0 else ""
            c += colspan
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def _html_tables_as_markdown(text: str) -> str:
    """HTML tables left in a scrape (converters keep tables with merged cells as HTML):
    each as a Markdown table of its grid, between blank lines."""
    def one(m: re.Match[str]) -> str:
        rows = _html_table_as_rows(m.group(0))
        if not rows:
            return "\n"
        width = len(rows[0])
        lines = ["| " + " | ".join(c.replace("|", "/").replace("\n", "<br>") for c in r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * width)
        return "\n\n" + "\n".join(lines) + "\n\n"
    return _HTML_TABLE.sub(one, text)


def blocks_from_text(text: str) -> list[Block | Table]:
    """Blocks and tables of plain text or scraped Markdown (``|`` lines are cell borders;
    HTML tables read on their grid)."""
    if "<table" in text or "<TABLE" in text:
        text = _html_tables_as_markdown(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[Block | Table] = []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        run = lines[i:j]
        while (b := _bare_page_break(lines, j)) is not None:
            # a scraped table's cells going on after a page's number with no header
            # repeated: one stream of cells (the number is page furniture)
            j, run = b[1], run + lines[b[0]:b[1]]
        for at, chunk in _pieces(run, i):
            if sum(1 for s in chunk if _GFM_ROW.match(s)) >= 2 and (
                    any(_GFM_RULE.match(s) for s in chunk) or _bordered_rows(chunk)):
                out.extend(_gfm_region(chunk, at + 1))
            elif _split_rows(chunk):
                out.extend(_split_region(chunk, at + 1))
            elif any(_pipe_line(s) for s in chunk):
                out.extend(_pipe_region(chunk, at + 1))
            elif len(chunk) > 1 and _CENTRED_NUMBER.match(chunk[-1]):
                # the page's number closing its last paragraph (the next page after a blank
                # line): a block of its own, page furniture
                out.append(Block(f"line {at + 1}", at + 1, tuple(chunk[:-1])))
                out.append(Block(f"line {at + len(chunk)}", at + len(chunk), (chunk[-1],)))
            else:
                out.append(Block(f"line {at + 1}", at + 1, tuple(chunk)))
        i = j
    return out


def _bare_page_break(lines: list[str], j: int) -> tuple[int, int] | None:
    """Where the cells of a scraped table go on after ``lines[:j]`` (a run of cells with
    "|" borders ending on a border) across a blank line, a page's number alone and a
    blank line, with no header repeated: the start and end of that next run; else None."""
    if j < 2 or not _pipe_line(lines[j - 1]) or sum(_pipe_line(x) for x in lines[max(0, j - 12): j]) < 3:
        return None
    k = j
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or not (re.fullmatch(r"[1-9]\d{0,2}", lines[k].strip()) or _PAGE_NUMBER.match(lines[k].strip())) \
            or k + 1 >= len(lines) or lines[k + 1].strip():
        return None
    m = k + 1
    while m < len(lines) and not lines[m].strip():
        m += 1
    if m >= len(lines) or not _pipe_line(lines[m]):
        return None
    filled = [fold(x.replace("*", "")) for x in lines[m:m + 12] if x.strip() and not _pipe_line(x)][:3]
    if sum(1 for x in filled if _HEADER_WORD.match(x) and len(x) <= 60) >= 2:
        return None  # the header repeated: a table of its own, joined when read (a group
        # row's words, "Nhiệm vụ cụ thể", are no header)
    e = m
    while e < len(lines) and lines[e].strip():
        e += 1
    return m, e


_LONG_CHUNK = 150  # lines without a blank one: a scrape that lost its blank lines
_PLAIN_RUN = 40  # plain lines in a row: text, not a table cell (cells run to ~30)


# a line only running text holds: a section heading, the title, the closing, a preamble
_TEXT_MARK = re.compile(r"^\**\s*(?:[IVX]{1,4}\.\s|PHỤ LỤC|Nơi nhận|KẾ HOẠCH\b|Căn cứ\s)")


def _pieces(chunk: list[str], first: int) -> list[tuple[int, list[str]]]:
    """A long run of lines with no blank line, cut into its tables ("|" lines) and its
    runs of plain text, so that a whole document scraped without blank lines is not read
    as one table."""
    if len(chunk) <= _LONG_CHUNK or not any(_pipe_line(s) for s in chunk):
        return [(first, chunk)]
    out: list[tuple[int, list[str]]] = []
    start, k, n = 0, 0, len(chunk)
    while k < n:
        if _pipe_line(chunk[k]):
            k += 1
            continue
        e = k
        while e < n and not _pipe_line(chunk[e]):
            e += 1
        if e - k >= _PLAIN_RUN and any(_TEXT_MARK.match(x) for x in chunk[k:e]):
            if start < k:
                out.append((first + start, chunk[start:k]))
            out.append((first + k, chunk[k:e]))
            start = e
        k = e
    if start < n:
        out.append((first + start, chunk[start:]))
    return out


_GFM_ROW = re.compile(r"^\s*\|.*\|\s*$")
# a row's number standing alone on its line ("1", "2.1", "a)", "II")
_CELL_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[IVX]{1,4}\.?)\s*$")


def _cells_per_line(header: tuple[str, ...], lines: list[str]) -> tuple[tuple[tuple[str, ...], ...], int] | None:
    """A Markdown header row whose body lost its borders: each cell a line of its own, each
    row opening on its number ("a)" | task | lead | partners | time). The rows (the header
    first, with the header cells left under it as lines of their own) and the lines used; a
    number followed by one line is a group row; a row with more lines than cells has its
    cells wrapped, the extra lines going on the cells in order. None unless at least two
    rows have all their cells."""
    k = 0
    extra: list[str] = []
    while k < min(3, len(lines)) and not _CELL_NUMBER.match(lines[k]):
        if len(lines[k].strip()) > 40 or _GFM_ROW.match(lines[k]):
            return None
        extra.append(lines[k].strip())  # a header cell the scrape left under the header
        k += 1
    width = len(header) + len(extra)
    if width < 3 or k >= len(lines) or not _CELL_NUMBER.match(lines[k]):
        return None
    segments: list[tuple[str, list[str]]] = []
    end = k
    while end < len(lines):
        s = lines[end].strip()
        if _CELL_NUMBER.match(s):
            segments.append((s, []))
        elif not s or _GFM_ROW.match(lines[end]) or _TEXT_MARK.match(s) \
                or (segments and len(segments[-1][1]) >= 2 * (width - 1)):
            break
        else:
            segments[-1][1].append(s)
        end += 1
    rows: list[tuple[str, ...]] = [(*header, *extra)]
    full = 0
    for number, cells in segments:
        if len(cells) <= 1:
            rows.append((number, *(cells or [""]), *[""] * (width - 2)))  # a group row
            continue
        body = cells[: width - 1]
        for i, more in enumerate(cells[width - 1:]):
            body[i] = f"{body[i]} {more}"  # the cells wrapped: their second lines in order
        full += len(cells) >= width - 1
        rows.append((number, *body, *[""] * (width - 1 - len(body))))
    if full < 2:
        return None
    return tuple(rows), end


_GFM_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BR = re.compile(r"<br\s*/?>", re.I)


def _bordered_rows(chunk: list[str]) -> bool:
    """Two lines in a row that are rows of three cells or more with a bar at both ends and
    the same number of cells ("| TT | Nội dung | Chủ trì |"): a Markdown table that lost (or
    never had) the "|---|" rule under its header."""
    widths = [s.count("|") if _GFM_ROW.match(s) and s.count("|") >= 4 else 0 for s in chunk]
    return any(a and a == b for a, b in zip(widths, widths[1:], strict=False))


def _gfm_region(chunk: list[str], first: int) -> list[Block | Table]:
    """A chunk holding Markdown tables ("| a | b |" rows, a "|---|" rule): blocks and tables."""
    out: list[Block | Table] = []
    text: list[str] = []
    text_at = first
    rows: list[tuple[str, ...]] = []
    rows_at = first

    def flush_text() -> None:
        if text:
            out.append(Block(f"line {text_at}", text_at, tuple(text)))
            text.clear()

    def flush_rows() -> None:
        if rows:
            out.append(Table(f"line {rows_at}", rows_at, tuple(rows)))
            rows.clear()

    skip = 0
    for k, s in enumerate(chunk):
        if skip:
            skip -= 1
            continue
        if _GFM_ROW.match(s) or (rows and _GFM_RULE.match(s)):
            if not rows:
                flush_text()
                rows_at = first + k
            if not _GFM_RULE.match(s):
                cells = s.strip()[1:-1].split("|")
                rows.append(tuple("\n".join(x.strip() for x in _BR.split(c)).strip()
                                  for c in cells))
        elif len(rows) == 1 and (rebuilt := _cells_per_line(rows[0], chunk[k:])) is not None:
            # a header row, then the cells one per line: the rows rebuilt
            table_rows, used = rebuilt
            out.append(Table(f"line {rows_at}", rows_at, table_rows, rebuilt=True))
            rows.clear()
            skip = used - 1
        else:
            flush_rows()
            if not text:
                text_at = first + k
            text.append(s)
    flush_rows()
    flush_text()
    return out


# cells separated by tabs (a table copied from a web page or a word processor) or by " | "
# with no border at either end; "--- | ---" under the header
_BAR_ROW = re.compile(r"^[^|]*\S\s+\|\s+\S")
# such a row whose first cells are empty (merged with the row above: " | <task> | <lead>",
# or a header's second row " |  | Chủ trì | Phối hợp"): it opens on a bar, with no border
# at its end
_BAR_ROW_OPEN = re.compile(r"^\s*\|(?:\s+\|)*\s+[^\s|][^|]*\s\|\s+\S")


def _row_sep(s: str) -> str | None:
    if re.search(r"\S\t", s):
        return "\t"  # cells after a tab, or a row whose other cells are empty
    if not s.strip().startswith("|") and _BAR_ROW.match(s) and not _GFM_ROW.match(s):
        return "|"
    if _BAR_ROW_OPEN.match(s) and not _GFM_ROW.match(s):
        return "|"
    return None


def _split_rows(chunk: list[str]) -> bool:
    """A chunk holding a table whose rows are lines of separated cells: two rows in a row
    with the same separator (a rule line "--- | ---" counts as a row)."""
    seps = [_row_sep(s) for s in chunk]
    return any(a is not None and a in seps[k + 1: k + 4] for k, a in enumerate(seps))


def _goes_on(seps: list[str | None], k: int, sep: str | None) -> bool:
    """Line ``k`` has no separator, but a row of the same table comes within three lines:
    the row above's last cell going on (in lower case) or a row of one cell."""
    for j in range(k + 1, min(k + 4, len(seps))):
        if seps[j] is not None:
            return seps[j] == sep
    return False


def _split_region(chunk: list[str], first: int) -> list[Block | Table]:
    """Rows of tab- or bar-separated cells: the tables, the other lines as blocks. A line
    without a separator right after a row is the row's last cell going on (its words
    wrapped); rows are as wide as the widest, short ones padded at the end."""
    out: list[Block | Table] = []
    text: list[str] = []
    text_at = first
    rows: list[list[str]] = []
    rows_at = first
    sep: str | None = None

    def flush_text() -> None:
        if text:
            out.append(Block(f"line {text_at}", text_at, tuple(text)))
            text.clear()

    def flush_rows() -> None:
        nonlocal sep
        if len(rows) >= 2:
            width = max(len(r) for r in rows)
            out.append(Table(f"line {rows_at}", rows_at,
                             tuple(tuple(r + [""] * (width - len(r))) for r in rows)))
        elif rows:
            out.append(Block(f"line {rows_at}", rows_at, (" ".join(c for c in rows[0] if c),)))
        rows.clear()
        sep = None

    seps = [_row_sep(s) for s in chunk]
    for k, s in enumerate(chunk):
        this = seps[k]
        in_table = this is not None and (this == sep or this in seps[max(0, k - 3): k]
                                         or this in seps[k + 1: k + 4])
        if in_table:
            if this != sep:
                flush_rows()
                flush_text()
                rows_at, sep = first + k, this
            if _GFM_RULE.match(s) or re.fullmatch(r"[\s:|-]*-{3,}[\s:|-]*", s):
                continue
            rows.append(["\n".join(x.strip() for x in _BR.split(c)).strip()
                         for c in s.strip().split(this)])
        elif rows and this is None and _goes_on(seps, k, sep):
            letter = next((c for c in s if c.isalpha()), "")
            if letter.islower():
                rows[-1][-1] = f"{rows[-1][-1]}\n{s.strip()}"  # the row's last cell wrapped
            else:
                rows.append([s.strip()])  # a row of one cell: a group's heading
        else:
            flush_rows()
            if not text:
                text_at = first + k
            text.append(s)
    flush_rows()
    flush_text()
    return out


# an appendix's title ("PHỤ LỤC II", "Phụ lục 2: …") in a cell of its own between two
# tables scraped with no blank line between them: the end of one table, the start of the
# next
_APPENDIX_CELL = re.compile(r"^\W*(?:PHỤ LỤC|Phụ lục)\b(?:\s+(?:[IVX]{1,4}|\d{1,2})\b)?\s*[.:-]?\s*\S*")


def _pipe_region(chunk: list[str], first: int) -> list[Block | Table]:
    """A run of lines with ``|`` borders: the cells, grouped into rows (tables scraped one
    after another with no blank line, an appendix title between them, read apart)."""
    pipes = 0
    for i, line in enumerate(chunk):
        if _pipe_line(line):
            pipes += 1
        elif pipes >= 3 and _pipe_line(chunk[i - 1]) and _APPENDIX_CELL.match(line) \
                and not _pipe_line(line):
            end = next((j for j in range(i + 1, len(chunk)) if _pipe_line(chunk[j])), len(chunk))
            title = [x for x in chunk[i:end] if x.strip()]
            return (_pipe_run(chunk[:i], first) + [Block(f"line {first + i}", first + i, tuple(title))]
                    + (_pipe_region(chunk[end:], first + end) if end < len(chunk) else []))
    return _pipe_run(chunk, first)


def _pipe_run(chunk: list[str], first: int) -> list[Block | Table]:
    """One run of ``|``-bordered cells: its tables and blocks."""
    cells: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    start = first
    lead: list[str] = []
    seen_pipe = False
    for k, s in enumerate(chunk):
        if _pipe_line(s):
            if seen_pipe:
                cells.append((start, cur))
            else:
                lead = cur
            seen_pipe = True
            cur, start = [], first + k + 1
        else:
            cur.append(s)
    if cur:
        cells.append((start, cur))
    out: list[Block | Table] = []
    if lead:
        out.append(Block(f"line {first}", first, tuple(lead)))
    # a row is its cells then an empty token (the closing border meets the next opening);
    # empty cells before the first one with words are borders of nothing
    while cells and not any(x.strip() for x in cells[0][1]):
        cells.pop(0)
    ncols = _run(cells, 0)
    if ncols <= 2:
        # title rows above the header (the appendix's title, its empty cells kept): the
        # table starts at the first run of cells that reads as a task table's header
        at = next((k for k in range(1, min(len(cells), 40)) if not _filled(cells[k - 1])
                   and _run(cells, k) >= 3 and _header_run(cells[k: k + _run(cells, k)])), None)
        if at is not None:
            out.extend(Block(f"line {ln}", ln, tuple(x for x in c if x.strip()))
                       for ln, c in cells[:at] if _filled((ln, c)))
            cells = cells[at:]
            ncols = _run(cells, 0)
        elif cells and _ROW_NUMBER.match(_cell_text(cells[0][1])):
            # a part after a page break with no header, opening on a group row ("II" and
            # its title merged across): the table is as wide as its longest rows
            runs = [_run(cells, k) for k in range(len(cells)) if k == 0 or not _filled(cells[k - 1])]
            wide = max((r for r in runs if r <= 12), default=ncols)
            if wide >= 3 and runs.count(wide) >= 2:
                ncols = wide
    if cells and _ROW_NUMBER.match(_cell_text(cells[0][1])):
        # no header (a part after a page break) and rows with empty cells at their end:
        # the table is as wide as the distance from one row's number to the next's, less
        # the border between them
        starts = [k for k in range(len(cells)) if (k == 0 or not _filled(cells[k - 1]))
                  and re.fullmatch(r"\d{1,3}\.?", _cell_text(cells[k][1]))
                  and k + 1 < len(cells) and _filled(cells[k + 1])]
        gaps = [b - a - 1 for a, b in zip(starts, starts[1:], strict=False) if 3 <= b - a - 1 <= 12]
        if gaps:
            common = max(set(gaps), key=lambda g: (gaps.count(g), g))
            if common > ncols and (gaps.count(common) >= 2 or len(gaps) == 1):
                ncols = common
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    flagged: tuple[int, ...] = ()
    counts: tuple[int, ...] = ()
    if ncols:
        fixed = _rows_by_width(cells, ncols)
        blocks, by_token, short = _rows_by_token(cells, ncols)
        # the reading whose rows start with a row number ("1", "II", "A") more often wins:
        # a group row read by width shifts every column after it
        nt, nf = _numbered(by_token[0]), _numbered(fixed[0])
        if by_token[0] and by_token[0][0] and _HEADER_WORD.match(_cell_text([by_token[0][0][0]])) \
                and not _NUMBER_HEAD.match(_cell_text([by_token[0][0][0]])):
            # a header with no number column: a figure ("500") opening a row of the
            # fixed-width reading is no row number; the cells' fit decides
            nt = nf = 0
        if nt > nf or (nt == nf and _fit_rows(by_token[0]) >= _fit_rows(fixed[0])):
            out.extend(blocks)
            rows, row_lines = by_token
            flagged, counts = short
        else:
            rows, row_lines = fixed
    if rows:
        out.append(Table(f"line {row_lines[0]}", row_lines[0], tuple(rows), flagged, counts))
    return out


Cell = tuple[int, list[str]]
Rows = tuple[list[tuple[str, ...]], list[int]]
_ROW_NUMBER = re.compile(r"^\**\s*(?:[0-9]{1,3}(?:\.[0-9]{1,2})*|[IVXL]{1,5}|[A-ZĐ])\s*\.?\s*\**$")


def _run(cells: list[Cell], k: int) -> int:
    """How many cells with words follow one another from ``k``."""
    n = 0
    while k + n < len(cells) and _filled(cells[k + n]):
        n += 1
    return n


_HEAD_TASK = re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|đề án|giải pháp", re.I)
_HEAD_OTHER = re.compile(r"chủ trì|thực hiện|phối hợp|thời gian|thời hạn|tiến độ|hoàn thành", re.I)


def _header_run(cells: list[Cell]) -> bool:
    texts = [" ".join(c) for _, c in cells]
    if any(len(t) > 80 for t in texts):
        return False  # a header's cells are short
    return any(_HEAD_TASK.search(t) for t in texts) and any(_HEAD_OTHER.search(t) for t in texts)


def _numbered(rows: list[tuple[str, ...]]) -> int:
    # (a lone "X" is rather a mark in a roadmap's year column than group X)
    return sum(1 for r in rows if r and _ROW_NUMBER.match(r[0].strip()) and r[0].strip("* ") != "X")


def _rows_by_width(cells: list[Cell], ncols: int) -> Rows:
    """Rows of ``ncols`` cells each, an empty token between rows skipped."""
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    k = 0
    while k < len(cells):
        group = cells[k: k + ncols]
        texts = ["\n".join(x for x in c if x.strip()) for _, c in group]
        rows.append(tuple(texts + [""] * (ncols - len(texts))))
        row_lines.append(group[0][0])
        k += ncols
        if k < len(cells) and not any(x.strip() for x in cells[k][1]):
            k += 1
    return rows, row_lines


def _rows_by_token(cells: list[Cell], ncols: int) -> tuple[list[Block | Table], Rows,
                                                          tuple[tuple[int, ...], tuple[int, ...]]]:
    """Rows cut at the empty token where a row's closing border meets the next opening."""
    out: list[Block | Table] = []
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    # a row is its cells up to the empty token where its closing border meets the next
    # opening; a shorter run is a group row ("I", "II": a heading) or a row with empty
    # cells (runs joined by empty cells make exactly a row). Columns never shift: a
    # short run that makes no row is padded, never spilled into the next row.
    segs: list[list[tuple[int, list[str]]]] = [[]]
    for cell in cells:
        if any(x.strip() for x in cell[1]):
            segs[-1].append(cell)
        else:
            segs.append([])
    # a scrape may put the signature and the appendix title in cells before the header
    # row: those are text, not columns; the header starts at its first column word
    def header_words(seg: list[Cell]) -> int:
        return sum(1 for _, d in seg if _HEADER_WORD.match(_cell_text(d)) and len(_cell_text(d)) <= 60)

    # a title row inside the table ("DANH MỤC NHIỆM VỤ …" merged over the columns, the
    # "(Kèm theo …)" line) before the header row: text, not a row
    lead_segs = next((k for k in range(1, min(4, len(segs)))
                      if header_words(segs[k]) >= 3 and header_words(segs[0]) < 3
                      and all(header_words(x) < 3 for x in segs[:k])), 0)
    if lead_segs:
        for seg in segs[:lead_segs]:
            for at, c in seg:
                out.append(Block(f"line {at}", at, tuple(x for x in c if x.strip())))
        segs = segs[lead_segs:]
        ncols = len(segs[0])
    first_seg = segs[0]
    h = next((k for k, (_, c) in enumerate(first_seg)
              if _HEADER_WORD.match(_cell_text(c)) and
              sum(1 for _, d in first_seg[k:] if _HEADER_WORD.match(_cell_text(d))) >= 3), 0)
    if h:
        for at, c in first_seg[:h]:
            out.append(Block(f"line {at}", at, tuple(x for x in c if x.strip())))
        segs[0] = first_seg[h:]
        ncols = len(segs[0])
    else:
        # the commonest run (older rule: text cells before the header, long ones)
        lengths = [len(x) for x in segs if x]
        common = max(set(lengths), key=lambda v: (lengths.count(v), v)) if lengths else ncols
        if common >= 3 and lengths.count(common) >= 3 and segs[0] and len(segs[0]) > common \
                and any(len(" ".join(c)) > 40 for _, c in segs[0][: len(segs[0]) - common]):
            extra, segs[0] = segs[0][: len(segs[0]) - common], segs[0][len(segs[0]) - common:]
            for at, c in extra:
                out.append(Block(f"line {at}", at, tuple(x for x in c if x.strip())))
            ncols = common
    # a two-row header ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"): the second row's
    # cells are columns under one of the first's, so the table is wider than the first row
    # ("Thời gian" over "Bắt đầu" | "Hoàn thành" beside it: one spanning cell per group)
    if len(segs) > 1 and segs[1] and len(segs[1]) <= 12 and all(
            (_HEADER_WORD.match(_cell_text(c)) or _MONEY_WORD.match(_cell_text(c))
             or _YEAR_CELL.fullmatch(_cell_text(c)))
            and len(_cell_text(c)) <= 40 for _, c in segs[1]):
        ncols = len(segs[0]) + len(segs[1]) - len(under_groups([_cell_text(c) for _, c in segs[1]]))
    tokens: list[Cell] = []
    for n, seg in enumerate(segs):
        if n:
            tokens.append((0, []))
        # a cell of dots ("…......": rows left out) is a border, not a row
        tokens.extend((at, []) if all(_RULE.match(x) or not x.strip() for x in c) else (at, c)
                      for at, c in seg)
    kinds = _kinds(tuple(_cell_text(c) for _, c in segs[0])) if len(segs[0]) == ncols else \
        _kinds_two_rows(segs, ncols)
    rows, row_lines, short, counts = _rows_by_cost(tokens, ncols, kinds)
    return out, (rows, row_lines), (short, counts)


# a year alone in a header cell: a roadmap's years as columns (2026 | 2027 | … under
# "Lộ trình thực hiện", each task's years marked "x")
_YEAR_CELL = re.compile(r"(?:năm\s*)?(?:19|20)\d\d", re.I)
_UNDER_KINDS = (("years", re.compile(r"^(?:năm\s*)?(?:19|20)\d\d$", re.I)),
                # "Chủ trì" | "Phối hợp", or the agencies themselves as a matrix's columns
                # ("Cơ quan thực hiện" over "Sở Y tế" | "Sở Tài chính" | "Công an tỉnh")
                ("agency", re.compile(r"chủ trì|phối hợp|thực hiện|^(?:Sở|UBND|Ủy ban|Uỷ ban|Công an"
                                      r"|Bộ Chỉ huy|Ban|Phòng|Văn phòng|Đài|Hội|Tỉnh đoàn|Trung tâm|Báo"
                                      r"|Bảo hiểm|Thanh tra|Cục|Chi cục|Kho bạc|Liên đoàn)\s", re.I)),
                ("time", re.compile(r"bắt đầu|kết thúc|hoàn thành|thời gian|thời hạn", re.I)),
                ("money", re.compile(r"ngân sách|vốn|kinh phí|triệu|tỷ đồng|nguồn|tổng|xã hội hóa|\bns", re.I)))


def under_groups(texts: list[str]) -> list[tuple[str, list[int]]]:
    """The second row of a two-row header cut into the groups that stand under one
    spanning cell each: runs of agency words ("Chủ trì" | "Phối hợp"), of time words
    ("Bắt đầu" | "Hoàn thành") or of money words; any other cell stands alone."""
    out: list[tuple[str, list[int]]] = []
    for k, t in enumerate(texts):
        kind = next((name for name, rx in _UNDER_KINDS if rx.search(t)), f"other-{k}")
        if out and out[-1][0] == kind:
            out[-1][1].append(k)
        else:
            out.append((kind, [k]))
    return out


_K_TIME = re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|lộ trình", re.I)
_K_AGENCY = re.compile(r"chủ trì|phối hợp|cơ quan|đơn vị|thực hiện|trách nhiệm", re.I)
_K_TITLE = re.compile(r"nội dung|nhiệm vụ|công việc|hoạt động|giải pháp|^tên", re.I)
_TIMEISH = re.compile(r"\b(?:19|20)\d\d\b|\bquý\b|\btháng\b|thường xuyên|hằng năm|hàng năm|liên tục"
                      r"|trước ngày|\bnăm\s+\d", re.I)


def _kinds(header: tuple[str, ...]) -> tuple[str | None, ...] | None:
    """What each column holds by its header's words: "time", "agency", "title" or None;
    None when the header names no two of them (not a task table's header)."""
    out: list[str | None] = []
    for h in header:
        h = h.strip(" *")
        out.append("time" if _K_TIME.search(h) else "agency" if _K_AGENCY.search(h)
                   else "title" if _K_TITLE.search(h) else None)
    return tuple(out) if len({k for k in out if k}) >= 2 else None


# words that open a product, a document or money, never an agency's name (a cell of the
# output or budget column that has slid under an agency column)
_PRODUCT = re.compile(r"(?:Quyết định|Kế hoạch|Văn bản|Báo cáo|Cơ sở dữ liệu|Hệ thống|Đề án|Chương trình"
                      r"|Nghị quyết|Thông tư|Tờ trình|Hướng dẫn|Sản phẩm|Ngân sách|Nguồn|Lồng ghép"
                      r"|Kinh phí|Phần mềm|Nền tảng|Dự thảo|Quy chế|Quy định|Danh mục|\d)", re.I)


# money sub-columns under "Kinh phí": "Tổng số" | "Ngân sách tỉnh" | "Nguồn khác"
_MONEY_WORD = re.compile(r"^(?:tổng|ngân sách|ns\w*\b|vốn|xã hội hóa|nguồn)", re.I)


def _span_kind(text: str) -> str | None:
    """What a first-row header cell can stand over (see :func:`under_groups`)."""
    if re.search(r"thời gian|thời hạn|tiến độ|lộ trình", text, re.I):
        return "time"
    if re.search(r"kinh phí|nguồn vốn|dự toán", text, re.I):
        return "money"
    if re.search(r"cơ quan|đơn vị|phân công|trách nhiệm|thực hiện", text, re.I) and \
            not re.search(r"nội dung|nhiệm vụ|công việc|chủ trì|phối hợp", text, re.I):
        return "agency"
    return None


def _kinds_two_rows(segs: list[list[Cell]], ncols: int) -> tuple[str | None, ...] | None:
    """The columns' kinds under a two-row header (each spanning cell of the first row
    replaced by the cells of the second standing under it); None when they do not make
    the table's width."""
    if len(segs) < 2 or not segs[1]:
        return None
    return _kinds_of_two([_cell_text(c) for _, c in segs[0]], [_cell_text(c) for _, c in segs[1]], ncols)


def _kinds_of_two(top: list[str], under: list[str], ncols: int) -> tuple[str | None, ...] | None:
    groups = under_groups(under)
    wide: list[str] = []
    g = 0
    for t in top:
        if g < len(groups) and _span_kind(t) == groups[g][0].replace("years", "time"):
            wide += [under[i] for i in groups[g][1]]
            g += 1
        else:
            wide.append(t)
    return _kinds(tuple(wide)) if len(wide) == ncols and g == len(groups) else None


def _misfits(texts: list[str], kinds: tuple[str | None, ...] | None) -> int:
    """How many cells' words do not suit their column: a time column holding no time, a
    lead/partner column holding no agency, a task column holding only a short time."""
    if kinds is None:
        return 0
    from .agencies import is_agency_start

    bad = 0
    for t, kind in zip(texts, kinds, strict=False):
        t = fold(t.replace("*", ""))
        if not t or kind is None:
            continue
        if kind != "title" and _HEADING_CELL.match(t):
            bad += 1  # a group's heading ("I. …") under a lead or time column
            continue
        timeish = bool(_TIMEISH.search(t)) and len(t) < 80
        if kind == "time" and not timeish:
            bad += 1
        elif kind == "agency" and (timeish or (not is_agency_start(t) and (len(t) > 60 or _PRODUCT.match(t)))):
            bad += 1
        elif kind == "title" and ((timeish and len(t) < 30) or (is_agency_start(t) and len(t) < 40)):
            bad += 1
    return bad


def _fit_rows(rows: list[tuple[str, ...]]) -> int:
    """Minus the misfit cells of a table's rows under its header (higher: fits better)."""
    if not rows:
        return 0
    kinds = _kinds(tuple(_cell_text([c]) for c in rows[0]))
    if len(rows) > 1 and not rows[0][-1] and not _ROW_NUMBER.match(rows[1][0].strip()):
        # a two-row header: the kinds of the columns under it
        two = _kinds_of_two([_cell_text([c]) for c in rows[0] if c], [_cell_text([c]) for c in rows[1] if c],
                            len(rows[0]))
        if two is not None:
            return -sum(_misfits(list(r), two) for r in rows[2:])
    return -sum(_misfits(list(r), kinds) for r in rows[1:])


_GROUP_NUMBER = re.compile(r"^\**\s*(?:[IVXL]{1,5}|[A-ZĐ]|[0-9]{1,3})\s*\.?\s*\**$")


_HEADER_WORD = re.compile(
    r"^(?:s?tt|số tt|số thứ tự|nội dung|nhiệm vụ|tên|công việc|hoạt động|giải pháp|chỉ tiêu"
    r"|(?:cơ quan|đơn vị)\b|chủ trì|phối hợp|thực hiện|thời gian|thời hạn|tiến độ|sản phẩm"
    r"|kết quả|kinh phí|nguồn|ghi chú|trách nhiệm|bắt đầu|hoàn thành|kết thúc|lộ trình)", re.I)


def _cell_text(lines: list[str]) -> str:
    return fold(" ".join(lines).replace("*", ""))


def _row_cost(cells: list[Cell], ncols: int, kinds: tuple[str | None, ...] | None = None) -> float:
    """How unlikely ``cells`` are one row of a table ``ncols`` wide: 0 for a full row
    opening with its number, a little for a group row ("I", "A" and its title, merged
    across the other columns) or a full row with no number, 1 for a short row (its
    cells cannot be placed under their headers)."""
    texts = ["\n".join(x for x in c if x.strip()) for _, c in cells]
    if not texts:
        return 1.0
    if _tail_row(texts, ncols, kinds):
        return 0.3  # the last columns of a row whose first ones are merged from the row above
    # the words of a full row must suit their columns (a short row's cells are placed
    # later, by their words)
    cost = _shape_cost(texts, ncols) + (0.4 * _misfits(texts, kinds) if len(texts) == ncols else 0.0)
    lone = texts[0].strip()
    if kinds is not None and len(texts) > 1 and kinds[0] is None and "title" in kinds[1:] \
            and lone.startswith("**") and not any(t.strip() for t in texts[1:]) \
            and not _ROW_NUMBER.match(lone) and not _HEADING_CELL.match(lone):
        # a group's bold words with no number, under the number column, its other cells
        # empty: rather the empty number cell was the row above's last (its empty cell and
        # border) and the words stand under the task's column
        cost += 0.7
    return cost


def _tail_row(texts: list[str], ncols: int, kinds: tuple[str | None, ...] | None) -> bool:
    """A short run of cells that is a row's last columns, its first columns (the number,
    the lead, a group's name) merged from the row above: "| - Nội dung … | - Chỉ tiêu … |
    Giai đoạn 2026 - 2030 |" under "… | Nội dung nhiệm vụ | Chỉ tiêu | Thời hạn |". Its
    last cell is a time under the time column, a task's words stand under the task's
    column, and every cell suits the column it lands in."""
    n = len(texts)
    if kinds is None or not 2 <= n < ncols or not all(t.strip() for t in texts):
        return False
    tail = kinds[ncols - n:]
    if tail[-1] != "time" or "title" not in tail or _ROW_NUMBER.match(texts[0].strip()):
        return False
    last = fold(texts[-1].replace("*", ""))
    # (a time cell may go on with a note: "Giai đoạn 2026 - 2027. Thực hiện rà soát …")
    return bool(_TIMEISH.search(last)) and len(last) < 200 and _misfits(texts[:-1], tail[:-1]) == 0


def _shape_cost(texts: list[str], ncols: int) -> float:
    # a row number after an empty cell, before a title: the next row's start
    restart = sum(0.5 for a in range(1, len(texts) - 1)
                  if not texts[a - 1] and _GROUP_NUMBER.match(texts[a].strip())
                  and texts[a].strip("* ") != "X"
                  and (len(texts[a + 1]) > 15 or not texts[a].strip("*. ").isdigit()))
    if not texts[0]:
        if len(texts) == ncols and len(texts) > 1 and texts[1].strip().startswith("**") \
                and not any(texts[2:]):
            return 0.2 + restart  # a bold heading with no number, its other cells empty
        return 1.0 + restart
    # (a lone "X" is rather a mark in a roadmap's year column than group X)
    numbered = bool(_ROW_NUMBER.match(texts[0].strip())) and texts[0].strip("* ") != "X"
    if numbered and len(texts) > 2 and not texts[1] and any(texts[2:]):
        # a number, no title, then words: the number is a cell's value ("500" under
        # "Kinh phí") at the end of a row, not the next row's number
        restart += 0.6
    words = [_cell_text([t]) for t in texts if t]
    if not numbered and all((_HEADER_WORD.match(w) or _MONEY_WORD.match(w) or _YEAR_CELL.fullmatch(w))
                            and len(w) <= 40 for w in words) \
            and (any(_HEADER_WORD.match(w) for w in words)
                 or sum(1 for w in words if _YEAR_CELL.fullmatch(w)) >= 3):
        # a header row (its cells are not empty: a heading row "Nhiệm vụ chung" after the
        # second row of a two-row header is a row of its own)
        return 0.1 * sum(1 for t in texts if not t)
    if len(texts) == ncols:
        return restart + (0.0 if numbered else 0.3)
    filled = sum(1 for t in texts if t)
    if numbered and filled <= 3:
        return restart + 0.2
    if numbered or (_TITLE_NUMBERED.match(texts[0]) and filled >= 2):
        # a numbered row short of cells: one merged over rows (in a table with no number
        # column, the task's words open with its number: "2. Hướng dẫn …")
        return restart + 0.6
    if filled == 1 and (_HEADING_CELL.match(texts[0].strip()) or texts[0].strip().startswith("**")):
        return restart + 0.2  # a group's heading merged across the table ("A. NHIỆM VỤ CHUNG")
    return restart + 1.0


# a task's words opening with the row's number, in a table with no number column
_TITLE_NUMBERED = re.compile(r"^\**\s*\d{1,3}\.\s+[^\W\d_]")
# a group's heading written with its number in one cell: "A. NHIỆM VỤ CHUNG", "I. …", "1. …"
_NUMBER_HEAD = re.compile(r"^(?:s?tt|số tt|số thứ tự)\b", re.I)
_HEADING_CELL = re.compile(r"^\**\s*(?:[IVXL]{1,5}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+\S")


def _rows_by_cost(tokens: list[Cell], ncols: int, kinds: tuple[str | None, ...] | None = None
                  ) -> tuple[list[tuple[str, ...]], list[int], tuple[int, ...], tuple[int, ...]]:
    """The cut of the cell stream into rows that places most cells under their header
    (an empty token is an empty cell or the border between two rows: a row of ``ncols``
    cells, or a shorter group row, then one empty token)."""
    tokens = [*tokens, (0, [])]  # the table's closing border
    n = len(tokens)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for j in range(1, n + 1):
        border = not _filled(tokens[j - 1])
        end = j - 1 if border else j
        # a row ends on its border (an empty token); a run of cells longer than a row is
        # cut where it must, at a price
        extra = 0.0 if border or j == n else 1.5
        for i in range(max(0, j - ncols - 1), j):
            if best[i][0] == float("inf"):
                continue
            cells = tokens[i:end]
            if not cells or len(cells) > ncols:
                continue
            cost = best[i][0] + extra + _row_cost(cells, ncols, kinds)
            if cost < best[j][0]:
                best[j] = (cost, i)
    cuts: list[tuple[int, int]] = []
    # the end: after the last filled cell, the row's empty cells and borders
    last = max((k + 1 for k in range(n) if _filled(tokens[k])), default=0)
    j = min(range(last, n + 1), key=lambda k: (best[k][0], -k))
    while j > 0:
        i = best[j][1]
        cuts.append((i, j - 1 if not _filled(tokens[j - 1]) else j))
        j = i
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    short: list[int] = []
    counts: list[int] = []
    for i, end in reversed(cuts):
        part = tokens[i:end]
        texts = ["\n".join(x for x in c if x.strip()) for _, c in part]
        # a group row: "I", "A" (or "1" above "1.1") and its title; a task row numbered
        # "3" with only its title is a row whose other cells are merged from above
        group = bool(texts) and bool(_ROW_NUMBER.match(texts[0].strip())) and \
            sum(1 for t in texts if t) <= 2 and (
                not texts[0].strip("*. ").isdigit() or len(texts) == 2)
        if len(texts) < ncols and not group:
            short.append(len(rows))
            counts.append(len(texts))
        rows.append(tuple(texts + [""] * (ncols - len(texts))))
        row_lines.append(part[0][0] if part else 0)
    return rows, row_lines, tuple(short), tuple(counts)


def _filled(cell: Cell) -> bool:
    return any(x.strip() for x in cell[1])


def table_cells_as_blocks(table: Table) -> list[Block]:
    """A layout table (letterhead, signature) read cell by cell, row by row."""
    out = []
    for r, row in enumerate(table.rows):
        for cell in row:
            # a rule printed under the line on the same row ("ỦY BAN NHÂN DÂN TỈNH X -------"):
            # left out, the words on either side kept as lines of their own
            lines = tuple(x for line in cell.split("\n") for x in _CELL_RULE.split(line) if x.strip())
            if lines:
                out.append(Block(f"{table.where}, row {r + 1}", table.line, lines))
    return out


_CELL_RULE = re.compile(r"(?:^|\s+)(?:-{3,}|_{3,}|={3,}|\*{3,}|~{3,})(?=\s|$)\s*")


# -- logical paragraphs ------------------------------------------------------------

_MARKER = re.compile(
    r"^(?:[-+•–]\s|(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*[.)]\s?|[a-zđ][.)]\s|\(\d+\)\s|[IVXLC]+\.\s?"
    r"|(?:KT|TM|TL|TUQ|Q)\.\s|Nơi nhận|PHỤ LỤC|Phụ lục|KẾ HOẠCH$|Số\s*:|[^,]{2,40}, ngày \d)")
_LETTER_ITEM = re.compile(r"^[a-zđ][.)]\s")
# a list number written with "/" or "-" ("I/ MỤC ĐÍCH", "II- NHIỆM VỤ", "1/ Rà soát …", "a/ …",
# "b- …"), as older and commune documents write them; never a date or a range of years
_SLASH_MARKER = re.compile(r"^(?P<lead>\s*\**\s*)(?P<num>[IVX]{1,5}|(?!(?:19|20)\d\d\b)\d{1,2}(?:\.\d{1,2}){0,2}"
                           r"|[a-zđ])\s*(?P<sep>/|-)\s+(?=\S)")


def slash_markers(items: list[Block | Table]) -> tuple[list[Block | Table], list[str]]:
    """The blocks with list numbers written "I/", "1/", "a/", "II-", "1-", "b-" at a line's
    start written "I.", "1.", "a)" (the markers every reader knows), and the markers
    changed (for a note). Counted only when at least two lines are so numbered: a lone "a-"
    is left alone."""
    found: list[str] = []
    for it in items:
        if isinstance(it, Block):
            for line in it.lines:
                if (m := _SLASH_MARKER.match(line)) is not None and not (
                        m["num"].isdigit() and m["sep"] == "/" and re.match(r"\d", line[m.end():])):
                    found.append(line[m.start("num"):m.end("sep")])
    if len(found) < 2:
        return items, []

    def fix(line: str) -> str:
        m = _SLASH_MARKER.match(line)
        if m is None:
            return line
        num = m["num"]
        mark = f"{num})" if num.islower() else f"{num}."
        return f"{m['lead']}{mark} {line[m.end():]}"

    out: list[Block | Table] = [Block(it.where, it.line, tuple(fix(x) for x in it.lines))
                                if isinstance(it, Block) else it for it in items]
    return out, found


#: a part's marker: "Phần thứ nhất", "PHẦN THỨ HAI", "Phần II" (sections.py reads a part's
#: heading after it)
PART_MARKER = (r"(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ)\s+(?:NHẤT|HAI|BA|TƯ|NĂM|SÁU|nhất|hai|ba|tư|năm|sáu)"
               r"|[IVX]{1,4}|\d{1,2})")
# a part's marker alone on its line
_PART_ALONE = re.compile(rf"^\**\s*{PART_MARKER}\s*[.:]?\s*\**$")
# a line that opens with a task label ("Chủ trì: …", "- Thời hạn hoàn thành: …")
_LABEL_START = re.compile(
    r"^(?:Cơ quan|Đơn vị|Chủ trì|Phối hợp|Thời gian|Thời hạn|Tiến độ|Sản phẩm|Kết quả|Nội dung"
    r"|Trách nhiệm)\b[^:.;]{0,40}:")
# the preamble's sentences ("Căn cứ Luật …", "Thực hiện Quyết định số …") begin a paragraph,
# also after a title that ends with no stop
_BASIS = re.compile(r"^(?:Căn cứ\s|Kính gửi\s*:|Thực hiện\s+(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Công văn"
                    r"|Thông báo|Văn bản)\b)")
# the document's kind on a line of its own ("KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH
# HÀNH ĐỘNG (CỦA CHÍNH PHỦ)", "KẾ HOẠCH (HÀNH ĐỘNG) QUỐC GIA"): a paragraph of its own, the
# title on the next line
_TITLE_ALONE = re.compile(r"^\**\s*(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)"
                          r"(?:\s+HÀNH\s+ĐỘNG(?:\s+CỦA(?:\s+[A-ZĐÀ-Ỹ]+)+)?"
                          r"|(?:\s+HÀNH\s+ĐỘNG)?\s+(?:QUỐC\s+GIA|TỔNG\s+THỂ))?\s*\**$")
_SENTENCE_END = re.compile(r"[.;:!?]$|\./\.$")
# a list item's number and nothing else on its line, bold or not ("**6**.", "6.", "**II.**",
# "b)"): a page's number has no stop, a year is no item number
_MARKER_ALONE = re.compile(r"^\**\s*(?:(?!(?:19|20)\d\d\b)\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])"
                           r"\s*\**\s*[.)]\s*\**$")


def _caps_line(s: str) -> bool:
    """A line in capitals (a heading, a letterhead line), not a short abbreviation."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# a line ending in a word that cannot end a heading: the sentence goes on on the next line
_CONNECTIVE_END = re.compile(r"(?:^|\s)(?:tại|của|với|và|các|theo|về|cho|trong|thuộc|là|được|những|từ"
                             r"|đến|số|ngày|như|để|do|bằng|gồm|tới|vào|hoặc|cùng|sở|bộ|cục|phòng"
                             r"|trung tâm|ủy ban|uỷ ban|hội đồng|ngân hàng|chi cục"
                             r"|tham mưu|chủ trì|phối hợp|giúp|đề nghị|giao|ban)\s*$|[,–-]\s*$", re.I)
# a line ending on a word whose complement is a name in capitals: an occasion ("dịp" |
# "Tết", "nhân dịp" | "Quốc khánh", "hưởng ứng" | "Ngày Pháp luật", "chào mừng" | "Đại hội")
# or a law named ("Luật" | "Đất đai năm 2024"): the line is cut inside a sentence
_NAMED_NEXT_END = re.compile(r"(?:^|\s)(?:dịp|mừng|kỷ\s+niệm|hưởng\s+ứng|đón|Luật|Bộ\s+luật)\s*$")
# the fields in departments' names joined by a dash ("Lao động - Thương binh và Xã hội - Y
# tế", "Văn hóa - Thể thao", "Tài chính - Kế hoạch", "Kinh tế - Hạ tầng")
_FIELDS = (r"(?:Y tế|Thể thao|Du lịch|Văn hóa|Văn hoá|Thông tin|Truyền thông|Kế hoạch|Tài chính|Xã hội"
           r"|Thương binh|Lao động|Hạ tầng|Đô thị|Kinh tế|Nội vụ|Tư pháp|Dân tộc|Tôn giáo|Khoa học"
           r"|Công nghệ|Giáo dục|Đào tạo|Nông nghiệp|Môi trường|Tài nguyên|Xây dựng|Công Thương"
           r"|Giao thông|Vận tải|Khen thưởng|Thi đua)")
_FIELD_AFTER_DASH = re.compile(r"^[-–]\s+" + _FIELDS + r"\b")
# after a heading that is only an agency's name ("1. Sở Nông nghiệp và Môi trường"), the
# name goes on only when it ends there, or goes on with another field, a place or its role:
# a bullet that opens with a verb spelt like a field, "- Xây dựng Đề án …", is a duty
_NAME_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-+•])?\s*(?:Sở|Bộ|Phòng|Ban|Cục|Chi\s+cục"
                           r"|Trung\s+tâm|Ủy\s+ban|UBND)\s+[^.;:]{2,80}$")  # ("Sở Văn hóa, Thể thao và Du lịch")
_FIELD_NAME_ENDS = re.compile(
    r"^[-–]\s+" + _FIELDS + r"(?:\s*(?:,|và|-|–)\s*" + _FIELDS + r")*"
    r"(?:\s*(?:[.;:,()]|$)|\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|chủ\s+trì"
    r"|phối\s+hợp|thực\s+hiện|có\s+trách\s+nhiệm|và\s+(?:UBND|Ủy\s+ban|Uỷ\s+ban|các)|\d))")
_FIELD_END = re.compile(r"\b" + _FIELDS + r"\s*$", re.I)
# a word that opens an agency's name: only such a name is wrapped at its dash ("2. Phát
# triển sản phẩm du lịch" | "- Xây dựng …" is a heading and its first bullet)
_AGENCY_WORD = re.compile(r"\b(?:Sở|Phòng|Bộ|Ban|Cục|Chi\s+cục|Tổng\s+cục|Vụ|Trung\s+tâm|Ủy\s+ban|Uỷ\s+ban"
                          r"|UBND|Văn\s+phòng|Viện|Hội|Trường|Công\s+an|Đài|Báo|Liên\s+đoàn|Đoàn"
                          r"|Thanh\s+tra|Kho\s+bạc|Ngân\s+hàng|Bệnh\s+viện|Học\s+viện|Đại\s+học|Quỹ|Tòa)\b")
# words a number follows: the number on the next line is not a list marker
_COUNTED_END = re.compile(r"(?:^|\s)(?:tháng|ngày|năm|quý|số|khoản|điểm|điều|mục|giai đoạn|lần|đợt"
                          r"|phụ lục|dự án|tiểu dự án|nhóm)\s*$", re.I)


# the national motto opening a line, and a number line ("Số: 100/NQ-CP") alone
# (a Party body's letterhead: "ĐẢNG CỘNG SẢN VIỆT NAM" and "Số 104 -CTr/TU", no colon)
_MOTTO_LINE = re.compile(r"^\**\s*(?:CỘNG\s*H(?:[ÒOÕ]A|OÀ)\s+XÃ\s+HỘI\b|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*\**$)")
_MOTTO_END = re.compile(r"^\**\s*Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc\W*$")
_NUMBER_LINE = re.compile(r"^\**\s*Số\s*(?::\s*\d[\w./\-]*|:?\s*\d+\s*-\s*[A-ZĐ][\w./\-]*)\s*\**$")


# "e) Khẩn trương hoàn thiện Đề án …, báo cáo" | "Thủ tướng Chính phủ trong tháng 5 …": a
# clause's verb ending the line, the body it reports or submits to opening the next (a
# heading's "3. Chế độ báo cáo" has no clause before it)
_VERB_END = re.compile(r"\S(?:\s+\S+){5,},\s+(?:báo\s+cáo|trình|gửi|đề\s+nghị|kiến\s+nghị)\s*$"
                       # "d) Định kỳ báo cáo Thủ tướng Chính phủ để kịp thời tổng hợp báo cáo" |
                       # "Ban Bí thư …" (a long line; never "… chế độ/công tác/thông tin báo cáo")
                       r"|\S(?:\s+\S+){7,}(?<!chế độ)(?<!công tác)(?<!thông tin)\s+(?:báo\s+cáo|trình|gửi)\s*$",
                       re.I)
_BODY_START = re.compile(r"^(?:Thủ\s+tướng|Chính\s+phủ|Quốc\s+hội|Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội\s+đồng"
                         r"|Bộ|Sở|Ban|Văn\s+phòng|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Chủ\s+tịch|Cục)\s")


_CONCERNS = re.compile(r"^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s+\**\s*Đối\s+với\s")


def _starts_paragraph(prev: str, s: str, heading_line: bool = False,
                      laid_out: bool = False) -> bool:
    """Whether line ``s`` begins a new paragraph after line ``prev`` of the same block.

    Besides list markers: a line after "KẾ HOẠCH" alone (the title), a label line, a
    sentence starting in capitals after one that ended (not in a block ``laid_out`` on a
    page, whose reader ends a paragraph where its last line stops short of the margin: a
    justified line may end with "…;" and the next begin "Quyết định số …"), and the
    first line in lower case after a heading in capitals.
    """
    if _MARKER_ALONE.match(prev):
        return False  # an item's number alone on its line ("**6**.", "b)"): its words follow
    if re.match(r"^[-–]\s*(?:19|20)\d\d\b", s) and re.search(r"\b(?:19|20)\d\d\s*$", prev):
        return False  # a range of years wrapped at its dash ("giai đoạn 2026" | "- 2030 …")
    if re.match(r"^\d+(?:\.\d+)*[.)]", s) and (
            _COUNTED_END.search(prev) or (prev.count("(") > prev.count(")") and re.match(r"^\d+\)", s))):
        return False  # a date or a number wrapped ("trước ngày 15 tháng" | "12) báo cáo …")
    if _FIELD_AFTER_DASH.match(s) and _FIELD_END.search(prev) and _AGENCY_WORD.search(prev) and (
            _FIELD_NAME_ENDS.match(s) or not _NAME_HEADING.match(prev)
            # "- X phối hợp với Phòng Kế hoạch" | "- Tài chính tổ chức …": a name inside a
            # sentence (after "với", "và", "của"), not a heading's (round 16)
            or re.search(r"\s(?:với|và|của|cho)\s+(?:Sở|Phòng|Ban|Bộ|Trung\s+tâm|Văn\s+phòng)\s[^,;.:]{2,60}$",
                         prev)):
        return False  # an agency's name wrapped at its dash ("Phòng … Xã hội" | "- Y tế.")
    dash = re.match(r"^[-–]\s+(\w)", s)
    if dash and dash.group(1).islower() and prev and not re.search(r"[.;:!?]\**$", prev):
        return False  # a compound wrapped at its dash ("kinh tế" | "- xã hội …"): a bullet
        # starts in capitals or follows a line that ended
    if (_MARKER.match(s) or _LABEL_START.match(s) or _TITLE_ALONE.match(prev) or _BASIS.match(s)
            or _TITLE_ALONE.match(s) or _PART_ALONE.match(s)
            # a lettered section's heading in capitals, "A. MỤC ĐÍCH, YÊU CẦU" (round 16)
            or (re.match(r"^[A-H]\.\s", s) is not None and _caps_line(s[3:]))):
        return True  # (a part's marker alone, "Phần thứ hai", opens one with its heading)
    if _MOTTO_LINE.match(s) or _NUMBER_LINE.match(prev) or _NUMBER_LINE.match(s):
        return True  # a letterhead's columns printed one after the other (a PDF's text)
    if _MOTTO_END.match(prev):
        return True  # nothing goes on after the motto's second line ("… KẾ HOẠCH QUỐC GIA")
    first = next((c for c in s if c.isalpha()), "")
    if _SENTENCE_END.search(prev) and (first.isupper() or s[:1].isdigit()) and not laid_out:
        return True
    if (heading_line and len(prev) <= 70 and first.isupper() and not _SENTENCE_END.search(prev)
            and not s.startswith("(")  # "a) <task>" | "(Chủ trì: …)": its brackets, not its text
            # "1.1. Tổ chức kiểm tra liên ngành dịp" | "Tết (Công an tỉnh chủ trì; …)": the
            # item's words go on to the brackets naming its lead, not a heading's text; a
            # sentence opening on a duty's verb is the heading's text ("4. Xúc tiến, quảng
            # bá" | "Tổ chức Tuần lễ … (Trung tâm X chủ trì).")
            and (not _ROLE_BRACKET_OPEN.search(s) or _DUTY_VERB_START.match(s))
            and re.match(r"^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s", prev)
            and prev.count(",") < 3 and not _CONNECTIVE_END.search(prev)
            # "b) Biên soạn kế hoạch kiểm tra liên ngành dịp" | "Tết theo quy định.": a word
            # naming an occasion or a law ends no heading, the name it announces goes on
            # in capitals (round 16)
            and not _NAMED_NEXT_END.search(prev)
            and not (_VERB_END.search(prev) and _BODY_START.match(s))
            # "c) Đối với tập thể Thường trực" | "Hội đồng nhân dân cấp xã:": whom the item
            # concerns, wrapped before the colon that closes it
            and not (_CONCERNS.match(prev) and re.fullmatch(r"[^.;:]{2,100}:\**", s.strip()))
            and not _NAME_WRAPPED(prev, s)
            # "2. Số hóa … . Cơ quan chủ trì: Phòng Quản lý" | "Dược; tiến độ: …": an item whose
            # labels follow its words on the line is no heading; its label's value goes on
            and not _LABEL_AFTER_WORDS.search(prev)
            # "2) Tuyên truyền …: Bộ Chỉ huy" | "Quân sự tỉnh chủ trì …", "5) Để …, Sở Công" |
            # "Thương chủ trì …": a sentence wrapped inside the name of the body it names
            and not _name_cut(prev)):
        return True  # a short numbered heading ("1. Mục đích"), its text on the next line
    return _caps_line(prev) and _lower_line(s)


# (after the colon or comma that ends the item's own words: a body's name begun, at most
# three of its words on the line)
_AGENCY_NAME_END = re.compile(r"[,:]\s+(?:Sở|Bộ|Phòng|Ban|Cục|Chi\s+cục|Trung\s+tâm|Ủy\s+ban|Uỷ\s+ban"
                              r"|UBND|Công\s+an|Văn\s+phòng|Thanh\s+tra|Đài|Báo)(?:\s+[^\s,.;:()]+){0,3}\s*$")


def _name_cut(prev: str) -> bool:
    """True when line ``prev`` of a numbered item ends inside a body's name after words of
    its own ("2) Tuyên truyền …: Bộ Chỉ huy", "5) Để …, Sở Công"): the name goes on over
    the line (a heading that is only a body's name, "1. Sở Tài chính", is not cut)."""
    m = _AGENCY_NAME_END.search(prev)
    if m is None:
        return False
    before = re.sub(r"^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s*", "", prev[: m.start() + 1]).split()
    return len(before) >= 3


_LABEL_AFTER_WORDS = re.compile(r"[.;]\s+(?:Cơ quan|Đơn vị|Chủ trì|Thời gian|Thời hạn|Tiến độ)\b[^:.;]{0,40}:\s*\S")


def _NAME_WRAPPED(prev: str, s: str) -> bool:  # noqa: N802 - read as the rules beside it
    """A proper name wrapped between its words, a list of names going on after its comma
    ("d) Ủy ban nhân dân thành phố Hà" | "Nội, thành phố Hồ Chí Minh …")."""
    last = prev.rstrip("* ").rsplit(" ", 1)[-1]
    first = re.match(r"^(\w+),\s", s)
    return bool(first and last[:1].isupper() and last[1:].islower() and last.isalpha()
                and first[1][:1].isupper() and first[1][1:].islower())


# a line ending with a label's colon ("…; Thời gian:", "…, thời gian thực hiện:"): its
# value is on the next line
_LABEL_COLON_END = re.compile(r"(?:\b(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|thời\s+gian|thời\s+hạn|tiến\s+độ"
                              r"|hoàn\s+thành|sản\s+phẩm|kinh\s+phí|tham\s+mưu|trách\s+nhiệm|nội\s+dung"
                              # (round 16) "Cơ quan đầu mối:", "Thời gian hoàn tất:"
                              r"|đầu\s+mối|hoàn\s+tất)"
                              # a step's number and time: "3. Giai đoạn 3 (từ ngày 01/9 đến 15/9/2025):"
                              r"|\b(?:giai\s+đoạn|bước|đợt)\s*\d+\s*\([^()]{3,60}\))\s*:\**$", re.I)


# a label's bullet run into the line before it: "… . - Chủ trì: X. - Thời gian: …"
_INLINE_LABEL_DASH = re.compile(
    r"(?<=[.;])\s+(?=[-–+]\s+(?:Cơ\s+quan|Đơn\s+vị|Chủ\s+trì|Phối\s+hợp|Thời\s+gian|Thời\s+hạn"
    r"|Tiến\s+độ|Sản\s+phẩm|Kinh\s+phí)[^:.;]{0,40}:)")

# a sentence opening on a duty's verb
_DUTY_VERB_START = re.compile(
    r"^(?:Tổ\s+chức|Xây\s+dựng|Triển\s+khai|Thực\s+hiện|Rà\s+soát|Ban\s+hành|Tuyên\s+truyền"
    r"|Kiểm\s+tra|Hướng\s+dẫn|Tham\s+mưu|Nghiên\s+cứu|Hoàn\s+thiện|Đẩy\s+mạnh|Tăng\s+cường"
    r"|Nâng\s+cao|Phát\s+triển|Cập\s+nhật|Đánh\s+giá|Tập\s+huấn|Bồi\s+dưỡng|Đào\s+tạo|Chỉ\s+đạo"
    r"|Theo\s+dõi|Giám\s+sát|Duy\s+trì|Hỗ\s+trợ|Khảo\s+sát|Điều\s+tra|Phổ\s+biến|Kiện\s+toàn"
    r"|Tiếp\s+tục|Sắp\s+xếp|Củng\s+cố|Số\s+hóa|Đầu\s+tư|Bảo\s+đảm|Đảm\s+bảo|Quản\s+lý|Ứng\s+dụng)\s")

_ROLE_BRACKET_OPEN = re.compile(r"\((?:[^()]{0,120}\schủ\s+trì\b|\s*(?:Cơ quan|Đơn vị|Chủ trì|Thời gian|Thời hạn)"
                                r"[^():]{0,40}:)", re.I)


def _label_list_goes_on(lines: list[str], s: str) -> bool:
    """Whether line ``s`` goes on a label's list of agencies cut after a ";" or ","
    ("+ Cơ quan chủ trì: Sở Tài chính;" | "Sở Nội vụ."): the paragraph opens with a label
    and its last line ends with the separator; a list item or another label line does
    not go on it."""
    first = re.sub(r"^(?:[-+•–]\s*|[a-zđ][.)]\s*)", "", lines[0])
    return bool(_LABEL_START.match(first)) and bool(re.search(r"[;,]\**$", lines[-1])) \
        and not _MARKER.match(s) and not _LABEL_START.match(s)


def _in_brackets(lines: list[str], s: str) -> bool:
    """Whether line ``s`` goes on a bracket opened in the last three lines of the paragraph
    and not closed ("… (Chủ trì:" | "Sở Nội vụ; thời gian: Quý II/2026)"): a label's colon
    or a capital inside brackets does not end the paragraph; a list item still does."""
    tail = " ".join(re.sub(r"^\s*(?:[a-zđ]|\d+)\)\s", "", x) for x in lines[-3:])  # not "a)"'s bracket
    return tail.count("(") > tail.count(")") and not _MARKER.match(s)


def _lower_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) < 0.5 * len(letters)


def _join_emphasis(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines whose emphasis opens on one line and closes on a later one, joined."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        s = lines[k][1]
        j = k
        while _odd_emphasis(s) and j + 1 < len(lines) and j - k < 6:
            j += 1
            s = s + " " + lines[j][1]
        out.append((lines[k][0], s))
        k = j + 1
    return out


_STAR_BULLET = re.compile(r"^(\s*)\*[ \t]+(?=\S)(?!.*\*\s*$)")


def paragraphs(items: list[Block | Table]) -> list[Para | Table]:
    """Logical paragraphs and tables, in document order."""
    out: list[Para | Table] = []
    after_page = False
    for item in items:
        if isinstance(item, Table):
            out.append(item)
            after_page = False
            continue
        if page_furniture(item):
            after_page = True
            continue  # a page number between two pages (read_items warns)
        # a "* " list item (Markdown's bullet) is not emphasis: read as "•"
        raw = [(k, _STAR_BULLET.sub(r"\1• ", _BR.sub(" ", s))) for k, s in enumerate(item.lines)
               if not _RULE.match(s) and not _STAR_ALONE.match(s)]
        # "1. Rà soát … . - Chủ trì: X. - Thời gian: Quý II/2026." (a scrape that ran a
        # task's label bullets into its line): each label a line of its own
        raw = [(k, piece) for k, s in raw for piece in _INLINE_LABEL_DASH.split(s)]
        for i in range(len(raw) - 1):
            if raw[i][1].strip() in ("-", "–", "+", "•") and raw[i + 1][1].strip():
                # "-" alone on its line, the item's words on the next (a scrape's line break
                # after the bullet): one item, not the words run into the item above
                raw[i + 1] = (raw[i][0], f"{raw[i][1].strip()} {raw[i + 1][1].lstrip()}")
                raw[i] = (raw[i][0], "")
        paras: list[tuple[int, list[str]]] = []
        after_bold = False
        # a PDF page's block: its reader has ended paragraphs by their geometry already
        laid_out = item.where.startswith("page ")
        # the width the block's lines are wrapped at (its longest line): a bullet's line that
        # ends a sentence at that width goes on with the bullet's next sentence
        width = max((len(_strip_emphasis(r).rstrip()) for _, r in raw), default=0)
        for k, r in _join_emphasis(raw):
            s = _strip_emphasis(r)
            if not s:
                continue
            bold = r.strip().startswith("**")
            if paras and not (after_bold and not bold) and (_in_brackets(paras[-1][1], s) or (
                    _LABEL_COLON_END.search(paras[-1][1][-1]) and not _MARKER.match(s))
                    or _label_list_goes_on(paras[-1][1], s) or _bullet_goes_on(paras[-1][1], s, width, laid_out)
                    or not _starts_paragraph(
                    paras[-1][1][-1], s, len(paras[-1][1]) == 1, laid_out)):
                paras[-1][1].append(s)
            else:
                paras.append((k, [s]))
            # a line wholly in bold ("**Sở Nội vụ**") is a heading: the next line begins
            # a paragraph
            t = r.strip()
            after_bold = t.startswith("**") and t.endswith("**") and len(t) < 160 and \
                t.count("**") == 2 and not _SENTENCE_END.search(s) and not _caps_line(s)
        for n, (k, parts) in enumerate(paras):
            text = " ".join(parts)
            prev = out[-1] if out else None
            if n == 0 and isinstance(prev, Para) and (
                    (text[:1].islower() and not _LETTER_ITEM.match(text))
                    or (after_page and not _SENTENCE_END.search(prev.text) and not _MARKER.match(text)
                        and not _caps_line(prev.text))
                    # a heading in capitals cut by the page ("VI. TỔ" | "- 15 -" | "CHỨC THỰC HIỆN")
                    or (after_page and _caps_line(prev.text) and _caps_line(text) and len(text) < 80
                        and not _SENTENCE_END.search(prev.text) and not _MARKER.match(text)
                        and re.match(r"^(?:[IVXLC]+|\d+)\.\s", prev.text) is not None)
                    # a duty's sentence broken over a blank line: the line above, long, stops
                    # on a word that cannot end it ("… của Ban" | "Thường vụ Tỉnh ủy đến …")
                    or _broken_over_blank(prev.text, text)
                    # a label alone with its colon, its value the next paragraph ("- Tiến độ:"
                    # | "Quý II/2026.")
                    or _label_value_below(prev.text, text)):
                # a paragraph cut by a page break: the next block goes on in lower case (or,
                # after a page number, the sentence above had not ended: "Tháng" | "12/2025")
                out[-1] = attrs.evolve(prev, text=prev.text + " " + text,
                                       parts=prev.parts + tuple(parts))
                continue
            line = item.line + k if item.where.startswith("line ") else item.line
            where = f"line {line}" if item.where.startswith("line ") else item.where
            out.append(Para(where, line, text, tuple(parts)))
        after_page = False
    return out


def _bullet_goes_on(lines: list[str], s: str, width: int, laid_out: bool) -> bool:
    """True when ``s``, opening in capitals with no marker, is a bullet's next sentence: the
    bullet's line above ends its sentence at the width the block is wrapped at ("- Theo
    chức năng, … theo quy định." | "Phối hợp đầu tư, nâng cấp …"), as a PDF's hard-wrapped
    text leaves it (a line closing a paragraph stops short of the margin)."""
    prev = lines[-1].rstrip()
    if laid_out or width < 60 or not re.match(r"^[-+–•]\s", lines[0]) or not prev.endswith(".") \
            or prev.endswith("./.") or len(prev) < 0.85 * width:
        return False
    if _MARKER.match(s) or _LABEL_START.match(s) or _BASIS.match(s) or _caps_line(s) or _TITLE_ALONE.match(s):
        return False
    first = next((c for c in s if c.isalpha()), "")
    return first.isupper() and len(s.split()) >= 4


# a word a sentence cannot stop on (the connectives of _CONNECTIVE_END, without its
# punctuation: a line ending in a comma may close a list of grounds)
_BROKEN_WORD_END = re.compile(r"(?:^|\s)(?:tại|của|với|và|các|theo|về|cho|trong|thuộc|là|được|những|từ"
                              r"|đến|như|để|do|bằng|tới|vào|hoặc|cùng|ban)\s*$", re.I)


_LABEL_ALONE = re.compile(r"^(?:[-+•–]\s*|[a-zđ][.)]\s*)?(?:Cơ quan|Đơn vị|Chủ trì|Phối hợp|Thời gian|Thời hạn"
                          r"|Tiến độ|Thời điểm|Sản phẩm|Kết quả|Kinh phí)\b[^:.;()]{0,40}:$")


def _label_value_below(above: str, text: str) -> bool:
    """True when ``above`` is a task's label alone with its colon ("- Tiến độ:", "Cơ quan
    chủ trì:") and ``text``, the next paragraph, is its value: no list marker, no label."""
    return _LABEL_ALONE.match(above.strip()) is not None and _MARKER.match(text) is None \
        and not text.startswith(("-", "+", "•", "–", "|", "(")) and _LABEL_START.match(text) is None \
        and len(text) < 200 and not _caps_line(text)


def _broken_over_blank(above: str, text: str) -> bool:
    """True when the paragraph ``text`` after a blank line goes on with the sentence
    ``above``: that one is long (a duty, not a heading), has no stop and ends on a word a
    sentence cannot end on, and ``text`` opens with no list marker and is not in capitals."""
    return len(above) >= 120 and not _SENTENCE_END.search(above) and _BROKEN_WORD_END.search(above) is not None \
        and _MARKER.match(text) is None and not text.startswith(("-", "+", "•", "–", "|")) \
        and not _caps_line(text) and text[:1].isalpha()


_ROMAN_DIGITS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """``n`` in Roman numerals, as list numbering prints it ("IV", "XII")."""
    out = ""
    for value, digits in _ROMAN_DIGITS:
        while n >= value:
            out, n = out + digits, n - value
    return out
