"""Tables: task tables (STT / Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian
hoàn thành / Sản phẩm) read into tasks; other tables are layout or data.

Columns are recognised by their header words, in any order; cells several lines long
are unwrapped. A row whose number is a Roman numeral or empty, with only a title, is a
group heading, not a task.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import attrs

from .agencies import is_agency_start, split_agencies
from .sections import RawTask
from .text import Table

__all__ = ["columns", "header", "is_task_table", "table_tasks"]

_COLUMNS = (
    ("number", re.compile(r"^(?:s?tt|số tt|số thứ tự)$", re.I)),
    # "phối hợp" first: a two-row header reads "Cơ quan thực hiện Phối hợp"
    ("partners", re.compile(r"phối hợp", re.I)),
    ("lead", re.compile(r"chủ trì|thực hiện chính|cơ quan thực hiện|đơn vị thực hiện"
                        r"|trách nhiệm|tham mưu|đầu mối|chủ quản", re.I)),
    # a time in two columns under one header: "Thời gian" over "Bắt đầu" | "Hoàn thành"
    ("start", re.compile(r"bắt đầu|khởi công", re.I)),
    ("timeframe", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|lộ trình|năm thực hiện"
                             r"|thời điểm|tần suất", re.I)),
    ("output", re.compile(r"sản phẩm|kết quả|hình thức văn bản", re.I)),
    # money columns ("Kinh phí", "Nguồn vốn") are read as nothing: named so that they are
    # never taken for another column
    ("budget", re.compile(r"kinh phí|nguồn vốn|kế hoạch vốn|dự toán|tổng mức", re.I)),
    ("title", re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|tên|chỉ tiêu|đề án|giải pháp"
                         r"|chương trình|dự án", re.I)),
    ("note", re.compile(r"ghi chú", re.I)),
)


_SPANNING = re.compile(r"thực hiện|trách nhiệm|phân công|cơ quan|đơn vị", re.I)
_SPANNING_TIME = re.compile(r"thời gian|thời hạn|tiến độ", re.I)
_INDICATOR = re.compile(r"^\W*chỉ tiêu", re.I)


def _unwrap(cell: str) -> str:
    return " ".join(cell.split())


def columns(header: tuple[str, ...]) -> dict[str, int]:
    """Which column holds what, from the header row's words."""
    out: dict[str, int] = {}
    times: list[int] = []  # every column a time's words could be in
    for k, cell in enumerate(header):
        text = _unwrap(cell).strip(" *")
        for name, rx in _COLUMNS:
            if rx.search(text) and (name not in out or name == "timeframe"):
                if name == "timeframe":
                    times.append(k)
                out.setdefault(name, k)
                break
    if "start" in out and times:
        # "Bắt đầu" | "Hoàn thành": the time column after the start is its end; another
        # time column ("Thời gian": "Quý I năm 2023" beside the two dates) keeps the words
        after = [k for k in times if k > out["start"]]
        out["end"] = after[0] if after else times[0]
        rest = [k for k in times if k != out["end"]]
        if rest:
            out["timeframe"] = rest[0]
        else:
            del out["timeframe"]
    return out


def _header_like(row: tuple[str, ...]) -> bool:
    """A second header row: column words ("Chủ trì", "Phối hợp") and no task number."""
    texts = [_unwrap(c).strip(" *") for c in row]
    years = [t for t in texts if t]
    if len(years) >= 2 and all(_YEAR_HEAD.fullmatch(t) for t in years):
        return True  # a roadmap's years under "Lộ trình thực hiện"
    if not texts or re.fullmatch(r"[\dIVXL]+\.?", texts[0]) or any(len(t) > 40 for t in texts):
        return False
    return len(set(columns(row)) & {"lead", "partners", "timeframe", "output", "start", "end"}) >= 1


def _numbering_row(row: tuple[str, ...]) -> bool:
    """The row "(1) | (2) | (3) …" that numbers the columns under the header."""
    cells = [_unwrap(c) for c in row if c.strip()]
    return len(cells) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?", c) for c in cells)


def _title_row(row: tuple[str, ...]) -> bool:
    """A row with words in one cell at most: the appendix's title inside the table."""
    return sum(1 for c in row if c.strip()) <= 1


def header(table: Table) -> tuple[dict[str, int], int]:
    """The columns and the index of the first row after the header (one or two rows:
    "Cơ quan thực hiện" above "Chủ trì" | "Phối hợp" reads as two columns). Title rows
    above the header (the appendix's title merged over the columns) are skipped."""
    skip = 0
    while skip < min(3, len(table.rows) - 2) and _title_row(table.rows[skip]):
        skip += 1
    if skip:
        cols, start = _header(attrs.evolve(table, rows=table.rows[skip:]))
        if "title" in cols:
            return cols, start + skip
    return _header(table)


def _header(table: Table) -> tuple[dict[str, int], int]:
    rows = table.rows
    cols = columns(rows[0])
    start = 1
    top = [_unwrap(c) for c in rows[0]]
    if len(rows) > 2 and _header_like(rows[1]) and top and not top[-1]:
        # a scraped two-row header: the first row is short (one of its cells spans the
        # second row's cells: "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp")
        under = [_unwrap(c) for c in rows[1] if c.strip()]
        filled = [c for c in top if c]
        timely = bool(set(columns(tuple(under))) & {"start", "end", "timeframe"})
        spanning = _SPANNING_TIME if timely else _SPANNING
        over = next((k for k, c in enumerate(filled) if spanning.search(c)
                     and (timely or not re.search(r"chủ trì|phối hợp", c, re.I))), None)
        if over is not None and len(filled) + len(under) - 1 <= len(top):
            wide = filled[:over] + [f"{filled[over]} {c}" for c in under] + filled[over + 1:]
            wide += [""] * (len(top) - len(wide))
            return columns(tuple(wide)), 2
    if len(rows) > 2 and _header_like(rows[1]):
        width = max(len(rows[0]), len(rows[1]))
        top = list(rows[0]) + [""] * (width - len(rows[0]))
        low = list(rows[1]) + [""] * (width - len(rows[1]))
        both = tuple(a if _unwrap(a) == _unwrap(b) else f"{a} {b}".strip()
                     for a, b in zip(top, low, strict=True))
        cols, start = columns(both), 2
    while start < len(rows) and _numbering_row(rows[start]):
        start += 1
    return cols, start


def is_task_table(table: Table) -> bool:
    """True when the header names a task column and a lead or time column."""
    if len(table.rows) < 2:
        return False
    cols, start = header(table)
    if "title" not in cols:
        return False
    first = next((r for r in table.rows if not _title_row(r)), table.rows[0]) if start > 1 else table.rows[0]
    if cols["title"] < len(first) and _INDICATOR.search(_unwrap(first[cols["title"]])):
        # "TT | Chỉ tiêu | Chủ trì | …": an indicator table is a task table only when each
        # indicator is assigned to a lead agency
        return "lead" in cols
    return "lead" in cols or "timeframe" in cols or "start" in cols


def table_tasks(table: Table) -> list[RawTask]:
    """The table's task rows as tasks (group rows skipped)."""
    cols, start = header(table)
    out: list[RawTask] = []

    def cell(row: tuple[str, ...], name: str) -> str:
        k = cols.get(name)
        return _unwrap(row[k]) if k is not None and k < len(row) else ""

    body = list(enumerate(table.rows[start:], start=start))
    out_rows: list[tuple[str, ...]] = []  # the task rows read, cells placed
    for n, (r, row) in enumerate(body):
        title = cell(row, "title")
        number = cell(row, "number").strip("* ")
        lead, partners, tf = cell(row, "lead"), cell(row, "partners"), _time(row, cell)
        if not title or _numbering_row(row) or _repeated_header(row, cols):
            continue  # the header repeated on a new page, the column numbers
        if out and not number and not lead and not partners and title[:1].islower() \
                and "number" in cols and r not in table.short_rows:
            # a row cut by a page break: its words go on in a row with no number
            prev = out[-1]
            out[-1] = attrs.evolve(prev, title=_clean_title(f"{prev.title} {title}"),
                                   timeframe=prev.timeframe or (tf.strip("* ").rstrip(".;") or None),
                                   notes=[*prev.notes, f"row {r + 1} (no number, its title in "
                                          "lower case) read as the rest of the row above"])
            continue
        if re.fullmatch(r"[IVXL]+\.?|[A-ZĐ]\.?", number) or (not lead and not partners and not tf
                                                             and not number):
            continue  # a group row ("I", "A" and a heading)
        nxt = cell(body[n + 1][1], "number").strip("* ") if n + 1 < len(body) else ""
        if not lead and not partners and not tf and nxt.startswith(number.rstrip(".") + "."):
            continue  # "1 | Nhóm nhiệm vụ …" above "1.1", "1.2": a heading too
        notes = []
        content: list[str] = []
        placing = _place_short(row, cols, out_rows[-1] if out_rows else None) \
            if r in table.short_rows else None
        if placing is not None:
            row, from_above = placing
            missing = [name for name, k in cols.items() if k in from_above and row[k].strip()]
            title = cell(row, "title")  # a second task under a numbered row: its own title
            lead, partners, tf = cell(row, "lead"), cell(row, "partners"), _time(row, cell)
            notes.append(f"row {r + 1} has fewer cells than the table has columns: read as "
                         "merged with the row above (" + "; ".join(
                             f"{name} '{cell(row, name)}'" for name in missing) + ")")
        elif r in table.short_rows:
            # columns never shift: cells that may not sit under their headers are kept as
            # the task's words, not read as its lead or time
            content = [_unwrap(c) for k, c in enumerate(row)
                       if c.strip() and k not in (cols.get("number"), cols.get("title"))]
            lead = partners = tf = ""
            notes.append(f"row {r + 1} has fewer cells than the table has columns "
                         f"({' | '.join(content)}): lead and time not read, kept as its words")
        if (not tf or _MARK.fullmatch(tf.strip("* ."))) and not content \
                and (marked := _marked_time(row, _year_head(table, start))):
            tf = marked  # "x" under the year columns of a roadmap
            notes.append(f"row {r + 1}: its time is read from the marks under the year columns "
                         f"('{marked}')")
        out_rows.append(row)
        out.append(RawTask(f"{table.where}, row {r + 1}", _clean_title(title), content=content,
                           lead=split_agencies(_by_line(row, cols.get("lead"), lead)),
                           partners=split_agencies(_by_line(row, cols.get("partners"), partners)),
                           timeframe=tf.strip("* ").rstrip(".;") or None,
                           output=(cell(row, "output").rstrip(".;") or None) if not content else None,
                           notes=notes))
    return out


_TIME_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\bquý\b|\btháng\b|thường xuyên|hằng năm|hàng năm"
                        r"|liên tục|trước ngày|\bnăm\s+\d", re.I)


def _fit(name: str, text: str) -> int:
    """How well a cell's words suit a column."""
    t = _unwrap(text)
    if not t:
        return 0
    timeish = bool(_TIME_LIKE.search(t)) and len(t) < 80
    agencyish = is_agency_start(t)
    if name == "timeframe":
        return 2 if timeish else -3
    if name in ("lead", "partners"):
        return 1 if agencyish and not timeish else -3
    return -1 if timeish or agencyish else 0


def _place_short(row: tuple[str, ...], cols: dict[str, int], above: tuple[str, ...] | None
                 ) -> tuple[tuple[str, ...], set[int]] | None:
    """A row with fewer cells than columns, its cells placed under the columns their words
    suit, the missing ones taken from the task row above (a cell merged over rows); None
    when no placing fits (or there is no row above)."""
    cells = list(row)
    while cells and not cells[-1].strip():
        cells.pop()
    width = len(row)
    fixed = sorted(k for k in (cols.get("number"), cols.get("title")) if k is not None)
    names = {k: name for name, k in cols.items()}
    # a row with no number of its own whose first cell is a task (a second task under the
    # numbered row above, its number cell merged with that row's): its cells run on from
    # the title column, left to right, and the columns after them are merged from above
    second = fixed == [0, 1] and names[0] == "number" and bool(cells) and _task_words(cells[0])
    if second:
        cells = ["", *cells]
    if above is None or len(cells) > width or (len(cells) == width and not second) \
            or fixed != list(range(len(fixed))) or len(cells) <= len(fixed):
        return None
    rest = cells[len(fixed):]
    best: tuple[int, tuple[int, ...]] | None = None
    if second:
        present = tuple(range(len(fixed), len(fixed) + len(rest)))
        fits = [_fit(names.get(c, ""), text) for c, text in zip(present, rest, strict=True)]
        if min(fits) >= 0:
            best = (sum(fits) + 1, present)
    for present in itertools.combinations(range(len(fixed), width), len(rest)):
        if best is not None and second:
            break
        score = sum(_fit(names.get(c, ""), text) for c, text in zip(present, rest, strict=True))
        if best is None or score >= best[0]:  # ties: the later columns present
            best = (score, present)
    if best is None or best[0] <= 0:
        return None
    placed = list(above) + [""] * (width - len(above))
    for k in fixed:
        placed[k] = cells[k]
    for c, text in zip(best[1], rest, strict=True):
        placed[c] = text
    from_above = set(range(len(fixed), width)) - set(best[1])
    return tuple(placed), from_above


_YEAR_HEAD = re.compile(r"(?:năm\s+)?((?:19|20)\d\d)", re.I)
_MARK = re.compile(r"[xX✓✔•+*]+|thực hiện|triển khai|hoàn thành", re.I)


def _year_head(table: Table, start: int) -> tuple[str, ...]:
    """The header row as wide as the table, with the years of a two-row roadmap header
    ("Lộ trình thực hiện" over "2026" | "2027") under the cell they are under."""
    head = table.rows[start - 1]
    years = [_unwrap(c).strip(" *") for c in head if c.strip()]
    if start < 2 or not years or not all(_YEAR_HEAD.fullmatch(y) for y in years):
        return head
    top = [_unwrap(c).strip(" *") for c in table.rows[start - 2] if c.strip()]
    over = next((k for k, c in enumerate(top) if re.search(r"lộ trình|thời gian|tiến độ|năm", c, re.I)),
                None)
    if over is None:
        return head
    return tuple([""] * over + years + [""] * (len(top) - over - 1))


def _marked_time(row: tuple[str, ...], head: tuple[str, ...]) -> str | None:
    """A roadmap's time: the years whose columns ("2026 | 2027 | 2028", "Năm 2026") hold
    a mark ("x", "✓", "thực hiện") in the row, as words the timeframe readers read ("Năm
    2026 - 2027"); None when the header has no year columns or the row marks none."""
    years = []
    for k, h in enumerate(head):
        m = _YEAR_HEAD.fullmatch(_unwrap(h).strip("* "))
        if m is not None and k < len(row) and _MARK.fullmatch(_unwrap(row[k]).strip("* .")):
            years.append(int(m.group(1)))
    if not years:
        return None
    if years == list(range(years[0], years[-1] + 1)):
        return f"Năm {years[0]}" if len(years) == 1 else f"Năm {years[0]} - {years[-1]}"
    return ", ".join(f"năm {y}" for y in years).capitalize()


def _by_line(row: tuple[str, ...], k: int | None, read: str) -> str:
    """An agency cell's names, a line break between two names read as a comma: "Các sở,
    ngành" over "Sở Tài chính" on the next line of the cell are two agencies, not "… ngành
    Sở Tài chính" (a name wrapped in the middle goes on in lower case or with a word that
    begins no agency: "Sở Khoa học và" / "Công nghệ")."""
    if not read or k is None or k >= len(row) or _unwrap(row[k]) != read:
        return read
    lines = [ln.strip() for ln in row[k].splitlines() if ln.strip()]
    out = lines[:1]
    for ln in lines[1:]:
        prev = out[-1]
        if is_agency_start(ln.strip("* ")) and not prev.endswith((",", ";", ":")) \
                and not re.search(r"\b(?:và|với|của|các|thuộc)$", prev, re.I):
            out[-1] = prev + ","
        out.append(ln)
    return " ".join(out)


def _task_words(text: str) -> bool:
    """A cell that is a task's words, not a number ("1", "1.2", "II", "a)"): a sentence
    begun in capitals, several words long."""
    t = _unwrap(text).strip("* ")
    return len(t.split()) >= 3 and t[:1].isupper() \
        and not re.fullmatch(r"[\dIVXL]+(?:\.\d+)*[.)]?|[a-zđA-ZĐ][.)]", t)


def _time(row: tuple[str, ...], cell: Callable[[tuple[str, ...], str], str]) -> str:
    """The row's time: its time cell, or "Từ <start> đến <end>" from two."""
    tf = cell(row, "timeframe")
    if tf:
        return tf
    start, end = cell(row, "start").strip("* "), cell(row, "end").strip("* ")
    if start and end:
        return f"Từ {start} đến {end}"
    return start or end


def _repeated_header(row: tuple[str, ...], cols: dict[str, int]) -> bool:
    return all(len(_unwrap(c)) <= 40 for c in row) and columns(row).keys() == cols.keys()


def _clean_title(title: str) -> str:
    return title.strip("* ").rstrip(".;")
