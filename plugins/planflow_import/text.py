"""Text: a document's words as logical paragraphs and tables, whatever the input format.

Plain text, scraped Markdown and DOCX all become :class:`Block` values (the lines of one
blank-line-separated block, or one DOCX paragraph) and :class:`Table` values (rows of
cells). :func:`paragraphs` then gives :class:`Para` values: emphasis stripped,
mid-sentence line breaks unwrapped (also across a blank line when the next block starts
in lower case: a page break), list items split, each with the place it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

import planflow

__all__ = ["Block", "Para", "Table", "blocks_from_text", "decode", "fold", "paragraphs"]


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


@attrs.frozen
class Para:
    """One logical paragraph: ``text`` unwrapped; ``parts`` its printed lines."""

    where: str
    line: int
    text: str
    parts: tuple[str, ...]


def decode(path: Path, data: bytes) -> str:
    """The file's text as NFC; :class:`planflow.PlanFileError` for invalid UTF-8 or no text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise planflow.PlanFileError(str(path), [(f"line {line}", "not UTF-8 text "
                                                   f"(byte {e.start}: {e.reason})")]) from None
    if not text.strip():
        raise planflow.PlanFileError(str(path), [("", "the file is empty")])
    return planflow.nfc(text)


_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200b\u202f\u3000]+")
_RULE = re.compile(r"^[-_=~.…\s]{3,}$")


def fold(s: str) -> str:
    """Whitespace folded to single spaces, ends stripped."""
    return _SPACES.sub(" ", s).strip()


def _strip_emphasis(s: str) -> str:
    return fold(s.replace("*", ""))


def _odd_emphasis(s: str) -> bool:
    return s.count("**") % 2 == 1 or s.replace("**", "").count("*") % 2 == 1


def _pipe_line(s: str) -> bool:
    return s.strip() == "|"


def blocks_from_text(text: str) -> list[Block | Table]:
    """Blocks and tables of plain text or scraped Markdown (``|`` lines are cell borders)."""
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
        chunk = lines[i:j]
        if sum(1 for s in chunk if _GFM_ROW.match(s)) >= 2 and any(_GFM_RULE.match(s) for s in chunk):
            out.extend(_gfm_region(chunk, i + 1))
        elif any(_pipe_line(s) for s in chunk):
            out.extend(_pipe_region(chunk, i + 1))
        else:
            out.append(Block(f"line {i + 1}", i + 1, tuple(chunk)))
        i = j
    return out


_GFM_ROW = re.compile(r"^\s*\|.*\|\s*$")
_GFM_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BR = re.compile(r"<br\s*/?>", re.I)


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

    for k, s in enumerate(chunk):
        if _GFM_ROW.match(s) or (rows and _GFM_RULE.match(s)):
            if not rows:
                flush_text()
                rows_at = first + k
            if not _GFM_RULE.match(s):
                cells = s.strip()[1:-1].split("|")
                rows.append(tuple("\n".join(x.strip() for x in _BR.split(c)).strip()
                                  for c in cells))
        else:
            flush_rows()
            if not text:
                text_at = first + k
            text.append(s)
    flush_rows()
    flush_text()
    return out


def _pipe_region(chunk: list[str], first: int) -> list[Block | Table]:
    """A run of lines with ``|`` borders: the cells, grouped into rows."""
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
    # a row is its cells then an empty token (the closing border meets the next opening)
    ncols = 0
    for _, c in cells:
        if not any(x.strip() for x in c):
            break
        ncols += 1
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    if ncols:
        k = 0
        while k < len(cells):
            group = cells[k: k + ncols]
            rows.append(tuple("\n".join(x for x in c if x.strip()) for _, c in group))
            row_lines.append(group[0][0])
            k += ncols
            if k < len(cells) and not any(x.strip() for x in cells[k][1]):
                k += 1
    if rows:
        out.append(Table(f"line {row_lines[0]}", row_lines[0], tuple(rows)))
    return out


def table_cells_as_blocks(table: Table) -> list[Block]:
    """A layout table (letterhead, signature) read cell by cell, row by row."""
    out = []
    for r, row in enumerate(table.rows):
        for cell in row:
            if cell.strip():
                out.append(Block(f"{table.where}, row {r + 1}", table.line, tuple(cell.split("\n"))))
    return out


# -- logical paragraphs ------------------------------------------------------------

_MARKER = re.compile(
    r"^(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s?|[a-zđ][.)]\s|\(\d+\)\s|[IVXLC]+\.\s?"
    r"|(?:KT|TM|TL|TUQ|Q)\.\s|Nơi nhận|PHỤ LỤC|Phụ lục|KẾ HOẠCH$|Số\s*:|[^,]{2,40}, ngày \d)")
_LETTER_ITEM = re.compile(r"^[a-zđ][.)]\s")
# a line that opens with a task label ("Chủ trì: …", "- Thời hạn hoàn thành: …")
_LABEL_START = re.compile(
    r"^(?:Cơ quan|Đơn vị|Chủ trì|Phối hợp|Thời gian|Thời hạn|Tiến độ|Sản phẩm|Kết quả|Nội dung"
    r"|Trách nhiệm)\b[^:.;]{0,40}:")
_TITLE_ALONE = re.compile(r"^KẾ\s*HOẠCH$")
_SENTENCE_END = re.compile(r"[.;:!?]$|\./\.$")


def _caps_line(s: str) -> bool:
    """A line in capitals (a heading, a letterhead line), not a short abbreviation."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _starts_paragraph(prev: str, s: str, heading_line: bool = False) -> bool:
    """Whether line ``s`` begins a new paragraph after line ``prev`` of the same block.

    Besides list markers: a line after "KẾ HOẠCH" alone (the title), a label line, a
    sentence starting in capitals after one that ended, and the first line in lower
    case after a heading in capitals.
    """
    if _MARKER.match(s) or _LABEL_START.match(s) or _TITLE_ALONE.match(prev):
        return True
    first = next((c for c in s if c.isalpha()), "")
    if _SENTENCE_END.search(prev) and (first.isupper() or s[:1].isdigit()):
        return True
    if (heading_line and len(prev) <= 70 and first.isupper() and not _SENTENCE_END.search(prev)
            and re.match(r"^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s", prev)):
        return True  # a short numbered heading ("1. Mục đích"), its text on the next line
    return _caps_line(prev) and _lower_line(s)


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


def paragraphs(items: list[Block | Table]) -> list[Para | Table]:
    """Logical paragraphs and tables, in document order."""
    out: list[Para | Table] = []
    for item in items:
        if isinstance(item, Table):
            out.append(item)
            continue
        raw = [(k, s) for k, s in enumerate(item.lines) if not _RULE.match(s)]
        paras: list[tuple[int, list[str]]] = []
        for k, r in _join_emphasis(raw):
            s = _strip_emphasis(r)
            if not s:
                continue
            if paras and not _starts_paragraph(paras[-1][1][-1], s, len(paras[-1][1]) == 1):
                paras[-1][1].append(s)
            else:
                paras.append((k, [s]))
        for n, (k, parts) in enumerate(paras):
            text = " ".join(parts)
            prev = out[-1] if out else None
            if (n == 0 and isinstance(prev, Para) and text[:1].islower()
                    and not _LETTER_ITEM.match(text)):
                # a paragraph cut by a page break: the next block goes on in lower case
                out[-1] = attrs.evolve(prev, text=prev.text + " " + text,
                                       parts=prev.parts + tuple(parts))
                continue
            line = item.line + k if item.where.startswith("line ") else item.line
            where = f"line {line}" if item.where.startswith("line ") else item.where
            out.append(Para(where, line, text, tuple(parts)))
    return out
