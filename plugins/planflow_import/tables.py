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

import planflow

from .agencies import is_agency_start, sentence_case, split_agencies
from .sections import RawTask, standalone_agency
from .text import Table, under_groups

__all__ = ["columns", "header", "is_task_table", "table_tasks"]

_COLUMNS = (
    ("number", re.compile(r"^(?:s?\s?tt|số tt|số thứ tự)$", re.I)),
    # a capital plan's list: "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện": the
    # projects, under group rows naming the unit that carries them out
    ("units_title", re.compile(r"^danh\s+mục\s+(?:các\s+)?(?:dự\s+án|công\s+trình|nhiệm\s+vụ)\s*/\s*"
                               r"(?:cơ\s+quan|đơn\s+vị|địa\s+phương|chủ\s+đầu\s+tư)", re.I)),
    # one column for both ("Cơ quan chủ trì, phối hợp"): its cells say who does what
    ("lead", re.compile(r"chủ trì\W+(?:và\s+)?(?:cơ quan\s+|đơn vị\s+)?phối hợp", re.I)),
    # "phối hợp" first: a two-row header reads "Cơ quan thực hiện Phối hợp"
    ("partners", re.compile(r"phối hợp", re.I)),
    ("lead", re.compile(r"chủ trì|thực hiện chính|cơ quan thực hiện|đơn vị thực hiện"
                        r"|trách nhiệm|tham mưu|đầu mối|chủ quản|phân công"
                        # a department's units and a commune's posts: "Bộ phận thực hiện",
                        # "Người thực hiện", "Cán bộ phụ trách", "Người phụ trách"
                        r"|^bộ\s+phận(?:\s+thực\s+hiện|\s+phụ\s+trách)?$|người\s+(?:thực\s+hiện|phụ\s+trách)"
                        r"|cán\s+bộ\s+phụ\s+trách|công\s+chức\s+phụ\s+trách", re.I)),
    # a column headed only by whom ("Đơn vị", "Cơ quan, đơn vị"): the agency that does it
    ("lead", re.compile(r"^(?:cơ quan|đơn vị|địa phương)(?:\s*[,/]\s*(?:cơ quan|đơn vị|địa phương))*$",
                        re.I)),
    # a time in two columns under one header: "Thời gian" over "Bắt đầu" | "Hoàn thành"
    ("start", re.compile(r"bắt đầu|khởi công", re.I)),
    ("timeframe", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|lộ trình|năm thực hiện"
                             r"|thời điểm|tần suất|kết thúc", re.I)),
    ("output", re.compile(r"sản phẩm|kết quả|hình thức văn bản", re.I)),
    # money columns ("Kinh phí", "Nguồn vốn") are read as nothing: named so that they are
    # never taken for another column
    ("budget", re.compile(r"kinh phí|nguồn vốn|kế hoạch vốn|dự toán|tổng mức", re.I)),
    ("title", re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|tên|chỉ tiêu|đề án|giải pháp"
                         r"|chương trình|dự án", re.I)),
    ("note", re.compile(r"ghi chú", re.I)),
)


#: the columns as warnings name them, each with its words (planflow.note_message)
_COL_SAID = {
    "number": planflow.Worded.of("number", "col_number"),
    "partners": planflow.Worded.of("partners", "col_partners"),
    "lead": planflow.Worded.of("lead", "col_lead"),
    "start": planflow.Worded.of("start", "col_start"),
    "timeframe": planflow.Worded.of("timeframe", "col_timeframe"),
    "output": planflow.Worded.of("output", "col_output"),
    "budget": planflow.Worded.of("budget", "col_budget"),
    "title": planflow.Worded.of("title", "col_title"),
    "note": planflow.Worded.of("note", "col_note")}
# a column naming the group a task belongs to ("Thuộc nhóm nhiệm vụ, hành động", "Nhóm giải
# pháp"), and one naming the task itself ("Nội dung nhiệm vụ", "Tên nhiệm vụ")
_GROUP_HEAD = re.compile(r"^(?:thuộc\s+)?nhóm\s+(?:nhiệm\s+vụ|giải\s+pháp|hoạt\s+động|công\s+việc)", re.I)
_TASK_HEAD = re.compile(r"^(?:nội\s+dung|tên\s+(?:nhiệm\s+vụ|dự\s+án|công\s+việc|hoạt\s+động)"
                        r"|nhiệm\s+vụ|công\s+việc|hoạt\s+động)", re.I)
_SPANNING_TIME = re.compile(r"thời gian|thời hạn|tiến độ", re.I)
_INDICATOR = re.compile(r"^\W*chỉ tiêu", re.I)
# a lead column of an indicator table naming who monitors it: "chủ trì theo dõi, đánh giá"
_MONITORS = re.compile(r"theo\s+dõi|đánh\s+giá|giám\s+sát", re.I)


def _unwrap(cell: str) -> str:
    return " ".join(cell.split())


# a roadmap's year as a column ("2027", "Lộ trình thực hiện 2026" in a two-row header)
_YEAR_COLUMN = re.compile(r"(?:.*?(?:thời gian|tiến độ|lộ trình|thực hiện)\s*)?(?:năm\s*)?((?:19|20)\d\d)", re.I)


# a wave of the year as a column ("Đợt 1" … "Đợt 4", "Lần 2"; under "Các đợt trong năm 2020")
_WAVE_COLUMN = re.compile(r"(?:.*\s)?(?:đợt|lần)\s*(\d{1,2})", re.I)


def columns(header: tuple[str, ...]) -> dict[str, int]:
    """Which column holds what, from the header row's words (a roadmap's years as
    columns are named "year:2026", "year:2027" …; the waves of a year as columns
    "wave:1", "wave:2" …)."""
    out: dict[str, int] = {}
    times: list[int] = []  # every column a time's words could be in
    for k, cell in enumerate(header):
        text = _unwrap(cell.replace("*", " "))
        year = _YEAR_COLUMN.fullmatch(text)
        if year:
            out.setdefault(f"year:{year.group(1)}", k)
            continue
        wave = _WAVE_COLUMN.fullmatch(text) if len(text) <= 40 else None
        if wave:
            out.setdefault(f"wave:{int(wave.group(1))}", k)
            continue
        under = _AGENCY_UNDER.fullmatch(text)
        if under and is_agency_start(under["name"]) and not _ROLE_WORDS.search(under["name"]):
            # "Cơ quan thực hiện" over "Sở Y tế" | "Sở Tài chính" | …: a matrix's columns
            out.setdefault(f"agency:{under['name']}", k)
            continue
        for name, rx in _COLUMNS:
            if rx.search(text) and (name not in out or name == "timeframe"):
                if name == "timeframe":
                    times.append(k)
                out.setdefault(name, k)
                break
        else:
            if text and len(text) <= 80 and is_agency_start(text) and not text.startswith(("Các", "các")):
                # a matrix: each agency a column, its cells marking who leads ("CT", "x")
                # and who takes part ("PH")
                out.setdefault(f"agency:{text}", k)
    if "units_title" in out:
        out.setdefault("title", out["units_title"])
    if "title" in out and _GROUP_HEAD.match(_unwrap(header[out["title"]].replace("*", " "))):
        # "Thuộc nhóm nhiệm vụ" | "Nội dung nhiệm vụ": the group a task belongs to is not its
        # title; the column after it that names the task's content is
        later = next((k for k in range(out["title"] + 1, len(header))
                      if _TASK_HEAD.search(_unwrap(header[k].replace("*", " ")))), None)
        if later is not None:
            out["title"] = later
    lead_said = [k for k, cell in enumerate(header)
                 if re.search(r"chủ trì", cell, re.I) and not re.search(r"phối hợp", cell, re.I)]
    if "lead" in out and lead_said and out["lead"] not in lead_said:
        # "Cơ quan chịu trách nhiệm quản lý nhà nước" | … | "Đơn vị chủ trì": the column that
        # says who leads, not the one that names the responsible office in general
        out["lead"] = lead_said[0]
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
    if not texts or any(len(t) > 40 for t in texts):
        return False
    if re.fullmatch(r"[\dIVXL]+\.?", texts[0]) and not _YEAR_COLUMN.fullmatch(texts[0]):
        return False  # a row's number (a year opens a roadmap's second header row)
    filled = [t for t in texts if t]
    if filled and {k for k, _ in under_groups(filled)} <= {"money", "years", "agency", "time"} \
            and (not re.fullmatch(r"[\dIVXL]+\.?", texts[0]) or _YEAR_COLUMN.fullmatch(texts[0])):
        return True  # "Tổng số" | "Ngân sách tỉnh" under "Kinh phí"; 2026 | 2027 … under "Lộ trình"
    if filled and [k for k, _ in under_groups(filled)] in (["money"], ["years"]):
        return True
    if sum(name.startswith("wave:") for name in columns(row)) >= 2:
        return True  # "Đợt 1" | "Đợt 2" | … under "Các đợt trong năm"
    return len(set(columns(row)) & {"lead", "partners", "timeframe", "output", "start", "end", "budget"}) >= 1


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
        # a scraped two-row header: the first row is short (each of its spanning cells
        # stands over a group of the second row's cells: "Cơ quan thực hiện" over "Chủ
        # trì" | "Phối hợp", "Thời gian" over "Bắt đầu" | "Hoàn thành", one or both)
        under = [_unwrap(c) for c in rows[1] if c.strip()]
        filled = [c for c in top if c]
        spans: dict[int, list[str]] = {}
        after = 0
        first_under = next((k for k, c in enumerate(rows[1]) if c.strip()), 0)
        if 0 < first_under < len(top) and top[first_under]:
            # the second row keeps its empty cells (" |  | Chủ trì | Phối hợp"): its groups
            # stand under the first row's cell at their place, not under an earlier one
            after = sum(1 for c in top[:first_under] if c)
        for kind, idx in under_groups([c.strip(" *") for c in under]):
            over = next((k for k in range(after, len(filled)) if _spans(kind, filled[k])), None)
            if over is None:
                spans = {}
                break
            spans[over] = [under[i] for i in idx]
            after = over + 1
        if spans and len(filled) + len(under) - len(spans) <= len(top):
            wide: list[str] = []
            for k, c in enumerate(filled):
                wide += [f"{c} {u}" for u in spans[k]] if k in spans else [c]
            wide += [""] * (len(top) - len(wide))
            return columns(tuple(wide)), _numbered_from(rows, 2)
    if len(rows) > 2 and _header_like(rows[1]):
        width = max(len(rows[0]), len(rows[1]))
        top = list(rows[0]) + [""] * (width - len(rows[0]))
        low = list(rows[1]) + [""] * (width - len(rows[1]))
        both = tuple(a if _unwrap(a) == _unwrap(b) else f"{a} {b}".strip()
                     for a, b in zip(top, low, strict=True))
        cols, start = columns(both), 2
    return cols, _numbered_from(rows, start)


def _numbered_from(rows: tuple[tuple[str, ...], ...], start: int) -> int:
    """The first row after the header and the "(1) | (2) | …" rows numbering its columns."""
    while start < len(rows) and _numbering_row(rows[start]):
        start += 1
    return start


_SPAN_AGENCY = re.compile(r"cơ quan|đơn vị|phân công|trách nhiệm|thực hiện", re.I)
_NOT_SPAN_AGENCY = re.compile(r"nội dung|nhiệm vụ|công việc|thời gian|thời hạn|tiến độ|chủ trì|phối hợp",
                              re.I)
_SPAN_MONEY = re.compile(r"kinh phí|nguồn vốn|dự toán|nguồn", re.I)


def _spans(kind: str, text: str) -> bool:
    """Whether a first-row header cell can stand over a group of second-row cells of
    ``kind`` (see :func:`planflow_import.text.under_groups`)."""
    text = _unwrap(text).strip(" *")
    if kind == "agency":
        return bool(_SPAN_AGENCY.search(text)) and not _NOT_SPAN_AGENCY.search(text)
    if kind == "time":
        return bool(_SPANNING_TIME.search(text))
    if kind == "years":
        return bool(re.search(r"thời gian|thời hạn|tiến độ|lộ trình|năm thực hiện", text, re.I))
    if kind == "money":
        return bool(_SPAN_MONEY.search(text))
    return False


# a locality a capital plan's group row names: "HUYỆN TUY PHƯỚC", "THỊ XÃ HOÀI NHƠN"
_LOCALITY = re.compile(r"^(?P<level>huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn)\s+(?P<name>\S.*)$", re.I)


def _locality(title: str) -> str | None:
    """The People's Committee of the locality a group row names (it carries out the
    projects listed under it), or None."""
    t = " ".join(title.replace("*", " ").split()).strip(" .:")
    m = _LOCALITY.match(t)
    if m is None or len(m["name"].split()) > 4:
        return None
    name = " ".join(w[:1].upper() + w[1:].lower() for w in m["name"].split())
    return f"Ủy ban nhân dân {m['level'].lower()} {name}"


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
        # indicator is assigned to a lead agency, not to a body that only monitors it ("Cơ
        # quan chủ trì theo dõi, đánh giá": targets, each with who follows it up)
        if "lead" not in cols:
            return False
        said = " ".join(_unwrap(r[cols["lead"]]) for r in table.rows[:max(start, 1)] if cols["lead"] < len(r))
        return not _MONITORS.search(said)
    return ("lead" in cols or "timeframe" in cols or "start" in cols or "units_title" in cols
            or _marked_years(table, cols, start)
            or sum(name.startswith("agency:") for name in cols) >= 2
            or sum(name.startswith("wave:") for name in cols) >= 2)


def _marked_years(table: Table, cols: dict[str, int], start: int) -> bool:
    """A roadmap's year columns whose cells are marks ("x", "X", "✓"), not figures (a
    budget table's "Năm 2026" | "Năm 2027" columns hold numbers: data, not times)."""
    ks = [k for name, k in cols.items() if name.startswith("year:")]
    heads = {tuple(_unwrap(c) for c in r) for r in table.rows[:start]}
    marks = [_unwrap(r[k]).strip("* ") for r in table.rows[start:]
             if tuple(_unwrap(c) for c in r) not in heads for k in ks if k < len(r)]
    filled = [m for m in marks if m and not _YEAR_COLUMN.fullmatch(m)]  # a repeated header's years
    return bool(filled) and all(len(m) <= 2 and not m[:1].isdigit() for m in filled)


def table_tasks(table: Table) -> list[RawTask]:
    """The table's task rows as tasks (group rows skipped)."""
    cols, start = header(table)
    out: list[RawTask] = []

    def cell(row: tuple[str, ...], name: str) -> str:
        k = cols.get(name)
        text = _unwrap(row[k]) if k is not None and k < len(row) else ""
        return text if text.strip("* ") else ""  # "** **": the bold marks of an empty cell

    body = list(enumerate(table.rows[start:], start=start))
    years = tuple(sorted((name for name in cols if name.startswith(("year:", "wave:"))),
                         key=lambda name: (name[:5], int(name[5:]))))
    # the header's rows repeated after a page break (a two-row header's second row too)
    heads = {tuple(_unwrap(c) for c in r) for r in table.rows[:start]
             if not _title_row(r) or columns(r)}
    out_rows: list[tuple[str, ...]] = []  # the task rows read, cells placed
    group_agency: str | None = None  # the agency a group row names ("I | Sở Y tế")
    group: tuple[tuple[str, str], ...] = ()  # the group rows above, outermost first
    lead_blank_above = False  # the task row above had an empty lead cell
    time_above = ""  # the time of the task row above (a schedule's merged time cells)
    matrix = {name: k for name, k in cols.items() if name.startswith("agency:")}
    for n, (r, row) in enumerate(body):
        # a short row whose task's column is empty as read: its cells placed first (the last
        # columns of a row, its first ones merged from the row above)
        placing = None
        if r in table.short_rows and not cell(row, "title") and out_rows \
                and (cnt := _count(table, r)) is not None and 0 < cnt < len(row):
            placing = _place_tail(list(row[:cnt]), cols, {k: name for name, k in cols.items()},
                                  len(row), out_rows[-1])
        title = cell(row, "title") or (cell(placing[0], "title") if placing is not None else "")
        number = cell(row, "number").strip("* ")
        lead, partners, tf = cell(row, "lead"), cell(row, "partners"), _time(row, cell, years)
        if not title or _numbering_row(row) or _repeated_header(row, cols) \
                or tuple(_unwrap(c) for c in row) in heads or re.fullmatch(r"S?TT\.?", number, re.I):
            continue  # the header repeated on a new page (or a part's own), the column numbers
        if out and not number and not lead and not partners and title[:1].islower() \
                and "number" in cols and r not in table.short_rows:
            # a row cut by a page break: its words go on in a row with no number
            prev = out[-1]
            out[-1] = attrs.evolve(prev, title=_clean_title(f"{prev.title} {title}"),
                                   timeframe=prev.timeframe or (tf.strip("* ").rstrip(".;") or None),
                                   notes=[*prev.notes, planflow.Worded.of(
                                       "row {row} (no number, its title in lower case) read as "
                                       "the rest of the row above", "row_cut", row=r + 1)])
            continue
        if "number" not in cols and cols.get("timeframe") == 0 and not lead and not partners \
                and re.fullmatch(r"[IVXL]+\.?|\d{1,2}(?:\.\d{1,2})*\.?", tf.strip("* ")):
            # a schedule (the time first, no number column): a group row's number sits in
            # the time column ("I | GIAI ĐOẠN 1 …", "1 | Lập nhiệm vụ")
            group_agency = _heading_agency(title)
            group = _grouped(group, tf.strip("* "), title)
            time_above = ""
            continue
        if "number" not in cols and re.fullmatch(r"[IVXL]+\.?|[A-ZĐ]\.?", title.strip("* ")) \
                and not partners and (not tf or re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*\.?", tf.strip("* "))):
            # no number column ("Nội dung" spanning the number and the task): a group row's
            # number sits under the task's header, its heading under the lead's (the next
            # row's number may follow it in the same row)
            group_agency = _heading_agency(lead) if lead else None
            group = _grouped(group, title.strip("* "), lead)
            continue
        # the next row's number (past the header repeated after a page break)
        nxt = next((cell(b, "number").strip("* ") for _, b in body[n + 1:]
                    if not (_numbering_row(b) or _repeated_header(b, cols)
                            or tuple(_unwrap(c) for c in b) in heads)), "")
        # a Roman row with its own lead and time and no numbered rows under it: a task
        # numbered among the groups ("III | Tính toán … | Trước 15/8 | P9")
        roman_task = bool(re.fullmatch(r"[IVXL]+\.?", number) and lead and r not in table.short_rows
                          and re.search(r"(?:19|20)\d\d|tháng|quý|năm|thường xuyên", tf, re.I)
                          and not re.match(r"\d|[a-zđ][.)]?$", nxt)) or bool(
            # "II.2 | Nghiên cứu khoa học | Theo kế hoạch …": a part's sub-group with its own
            # time and no rows under it
            re.fullmatch(r"[IVXL]+\.\d{1,2}\.?", number) and tf and r not in table.short_rows
            and not re.match(r"\d|[a-zđ][.)]?$", nxt))
        if not roman_task and (re.fullmatch(r"[IVXL]+(?:\.\d{1,2})?\.?|[A-ZĐ]\.?", number) or (
                not lead and not partners and not tf and not number)):
            group_agency = _heading_agency(title) or (
                _actors(title) if "lead" not in cols and not matrix else None) or (
                _locality(title) if "units_title" in cols else None)
            group = _grouped(group, number, title)
            continue  # a group row ("I", "A" and a heading)
        if not lead and not partners and not tf and (
                nxt.startswith(number.rstrip(".") + ".")
                or (number.rstrip(".").isdigit() and re.fullmatch(r"[a-zđ][.)]?|[-+•–]", nxt))):
            group_agency = _heading_agency(title)
            group = _grouped(group, number, title)
            continue  # "1 | Nhóm nhiệm vụ …" above "1.1", "1.2" (or "a", "b"): a heading too
        notes = []
        waved = [name[5:] for name in years if name.startswith("wave:") and cell(row, name).strip("* ")]
        if len(waved) >= 2 and not cell(row, "timeframe"):
            notes.append(planflow.Worded.of(
                "row {row}: its times in the columns of waves {waves} read together, each an "
                "occurrence", "row_waves", row=r + 1, waves=", ".join(waved)))
        if "number" not in cols and cols.get("timeframe") == 0 and time_above and not tf.strip("* ") \
                and r not in table.short_rows:
            # a schedule's time cell merged over several rows (scraped, it stands in the first
            # of them only): the row's time is the one above
            tf = time_above
            notes.append(planflow.Worded.of(
                "row {row}: its time cell is empty (merged with the row above in a schedule whose "
                "first column is the time): read as '{time}', the row above's", "row_time_above",
                row=r + 1, time=time_above.strip("* ")))
        time_above = tf
        if roman_task:
            group_agency = None
            notes.append(planflow.Worded.of(
                "row {row}: numbered '{number}' as the groups are, but with its own lead and time "
                "and no numbered rows under it: read as a task", "row_roman_task", row=r + 1,
                number=number))
        content: list[str] = []
        if placing is None and r in table.short_rows:
            placing = _place_short(row, cols, out_rows[-1] if out_rows else None, _count(table, r))
        if placing is not None:
            row, from_above = placing
            missing = [name for name, k in cols.items() if k in from_above and row[k].strip()]
            title = cell(row, "title")  # a second task under a numbered row: its own title
            lead, partners, tf = cell(row, "lead"), cell(row, "partners"), _time(row, cell, years)
            if missing:  # (nothing taken from above: only its number cell is empty)
                notes.append(planflow.Worded.of(
                    "row {row} has fewer cells than the table has columns: read as merged with the "
                    "row above ({cells})", "row_merged", row=r + 1, cells=planflow.Worded.joined(
                        "; ", [planflow.Worded.of("{name} '{value}'", "column_value",
                                                  name=_COL_SAID.get(name, name.split(":", 1)[-1]), value=cell(row, name))
                               for name in missing])))
        elif r in table.short_rows:
            # columns never shift: cells that may not sit under their headers are kept as
            # the task's words, not read as its lead or time
            content = [_unwrap(c) for k, c in enumerate(row)
                       if c.strip() and k not in (cols.get("number"), cols.get("title"))]
            lead = partners = tf = ""
            notes.append(planflow.Worded.of(
                "row {row} has fewer cells than the table has columns ({cells}): lead and time "
                "not read, kept as its words", "row_short", row=r + 1, cells=" | ".join(content)))
        if (lead and not partners and placing is None and not content and lead_blank_above
                and "partners" in cols and cols["partners"] > cols.get("lead", len(row))):
            # the row above had no lead of its own (merged down from a row before it): this row may
            # have lost its lead's cell the same way, its partners sliding under the lead
            notes.append(planflow.Worded.of(
                "row {row}: '{lead}' read as the lead, but the row above had none (a lead "
                "merged down?): it may be the coordinating agencies", "row_lead_slid",
                row=r + 1, lead=lead))
        # (or its lead was the one merged down from the row before it)
        lead_blank_above = "lead" in cols and (not lead or (
            placing is not None and cols["lead"] in placing[1]))
        out_rows.append(row)
        from_heading = False
        if not lead and "lead" not in cols and not matrix and not content \
                and "units_title" not in cols and (who := _subject(title)) is not None:
            # no lead column: the agency the row's sentence opens on ("Phòng Đào tạo tập hợp
            # …", "NCS đăng ký học")
            lead, from_heading = who, True
            notes.append(planflow.Worded.of("row {row}: led by '{agency}', the body its words "
                                            "open on (the table has no lead column)",
                                            "row_subject_lead", row=r + 1, agency=who))
        if not lead and group_agency and not content:
            # tasks grouped by the agency that leads them, its name the group row's
            lead, from_heading = group_agency, True
            notes.append(planflow.Worded.of("row {row}: led by '{agency}', the agency its group "
                                            "row names", "row_group_lead", row=r + 1,
                                            agency=group_agency))
        items = _items(row[cols["title"]]) if not content and placing is None else []
        if items:
            # several tasks bulleted in the row's task cell: each a task; a cell of the
            # same row bulleted as many times gives each its own, one value is shared
            out += [attrs.evolve(t, group=group) for t in _item_tasks(
                table, r, row, cols, items, lead, partners, tf, cell(row, "output"),
                from_heading, notes)]
            continue
        lead_names = split_agencies(_by_line(row, cols.get("lead"), lead))
        partner_names = split_agencies(_by_line(row, cols.get("partners"), partners))
        if not lead_names and matrix:
            # "Sở Y tế | Sở Tài chính | …" as columns, "CT" / "PH" / "x" in the cells
            marks = {name[7:]: _unwrap(row[k]).strip("* .").casefold()
                     for name, k in matrix.items() if k < len(row)}
            lead_names = [a for a, v in marks.items() if v in _LEAD_MARKS]
            partner_names = [*partner_names, *(a for a, v in marks.items()
                                               if v in _PARTNER_MARKS and a not in partner_names)]
            if sum(v in ("x", "✓", "✔") for v in marks.values()) > 1:
                notes.append(planflow.Worded.of(
                    "row {row}: {n} agencies marked with no role (\"x\"): each read as a lead",
                    "row_marked_x", row=r + 1, n=len(lead_names)))
        roles = _cell_roles(row[cols["lead"]]) if lead and "lead" in cols else None
        if roles is not None:
            # the lead's cell says who leads and who takes part ("Chủ trì: X; Phối hợp:
            # Y", "X (chủ trì), Y", "X chủ trì, phối hợp với Y")
            lead_names = roles[0]
            partner_names = [*roles[1], *(n for n in partner_names if n not in roles[1])]
        lead_names, shares = _shares(lead_names)
        partner_names, shares_too = _shares(partner_names)
        if shares or shares_too:
            # "Bộ X (chủ trì phần chính sách, điều phối)", "UBND các tỉnh (mạng lưới địa
            # phương)": the agency, its share of the task a note (never an agency of its own)
            notes.append(planflow.Worded.of(
                "row {row}: the words in brackets after an agency say its share of the task, "
                "not its name ({said}): kept as a note", "row_agency_share", row=r + 1,
                said="; ".join(shares + shares_too)))
        if table.rebuilt and not out:
            notes.append(planflow.Worded.of(
                "the table's cells stand one per line under its header (its row borders lost): "
                "the rows rebuilt from the numbers opening them, a row's extra lines read as its "
                "cells' wrapped words in order", "table_rebuilt"))
        if not content and placing is None:
            # the cells of columns read into no field ("Kinh phí", "Ghi chú", a second
            # column of the task's words: "Chỉ tiêu đạt được") are kept as its words
            content = _other_cells(table, start, row, cols)
        out.append(RawTask(f"{table.where}, row {r + 1}", _clean_title(title), content=content,
                           lead=lead_names, partners=partner_names,
                           lead_from_heading=from_heading,
                           timeframe=tf.strip("* ").rstrip(".;") or None,
                           output=(cell(row, "output").rstrip(".;") or None)
                           if r not in table.short_rows or placing is not None else None,
                           notes=notes, group=group))
    return out


def _grouped(path: tuple[tuple[str, str], ...], number: str,
             heading: str) -> tuple[tuple[str, str], ...]:
    """The group rows above the next task rows once a group row (``number``, ``heading``)
    is read: a Roman numeral or a capital letter opens a group of the table ("I", "A"), a
    number a group inside it ("1" above "1.1", "1.2"); the heading's words are kept as
    written."""
    number = number.strip("* ").rstrip(".")
    heading = " ".join(heading.replace("*", " ").split())
    if not heading:
        return path
    if re.fullmatch(r"\d{1,3}", number) and path and not re.fullmatch(r"\d{1,3}", path[0][0]):
        return (path[0], (number, heading))
    return ((number, heading),)


#: columns whose cells no field of a task takes: their words are kept as the task's
_UNREAD_COLUMNS = frozenset({"budget", "note"})


def _other_cells(table: Table, start: int, row: tuple[str, ...], cols: dict[str, int]) -> list[str]:
    """The non-empty cells of ``row`` under no column a field reads, each "Header: words"
    when the header row above has as many cells (else the words alone)."""
    read = {k for name, k in cols.items() if name not in _UNREAD_COLUMNS}
    head = table.rows[start - 1] if 0 < start <= len(table.rows) else ()
    out = []
    for k, c in enumerate(row):
        text = _unwrap(c).strip("* ")
        if k in read or not text or text in ("-", "x", "X"):
            continue
        name = _unwrap(head[k].replace("*", " ")).rstrip(": ") if len(head) == len(row) else ""
        out.append(f"{name}: {text}" if name and not text.startswith(name) else text)
    return out


# an agency's name under a header spanning the agencies ("Cơ quan thực hiện Sở Y tế")
_AGENCY_UNDER = re.compile(r"(?:cơ quan|đơn vị|phân công|trách nhiệm)(?:\s*,\s*đơn vị)?"
                           r"(?:\s+(?:thực hiện|chủ trì|phối hợp))?\s+(?P<name>\S.*)", re.I)
_ROLE_WORDS = re.compile(r"\b(?:chủ trì|phối hợp|thực hiện)\b", re.I)
# a matrix's marks: who leads, who takes part
_LEAD_MARKS = frozenset({"ct", "chủ trì", "c", "x", "✓", "✔", "chính"})
_PARTNER_MARKS = frozenset({"ph", "phối hợp", "p", "ph/h", "tham gia"})
# "Chủ trì: X", "Cơ quan phối hợp: Y" inside one agency cell
_ROLE_LABEL = re.compile(r"(?:^|(?<=[\n;.]))\s*(?:[-+•]\s*)?(?:cơ quan\s+|đơn vị\s+)?"
                         r"(?P<role>chủ trì|phối hợp)(?:\s+thực hiện)?\s*:\s*", re.I)
# "X (chủ trì)", "Y (phối hợp)", "X (cơ quan chủ trì)"
_ROLE_MARK = re.compile(r"\(\s*(?:cơ quan\s+|đơn vị\s+)?(?P<role>chủ trì|phối hợp)\s*\)", re.I)
# "X chủ trì, phối hợp (với) Y", "X chủ trì; Y phối hợp"
_ROLE_SENTENCE = re.compile(r"^(?P<lead>.{2,160}?)\s+chủ trì\s*[,;]?\s*(?:(?:và\s+)?phối hợp"
                            r"(?:\s+với)?\s+(?P<partners>.{2,300}?)|(?P<others>.{2,300}?)\s+phối hợp)"
                            r"\s*[.;]?$", re.I | re.S)


# "Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ, điều phối)", "UBND
# các tỉnh, thành phố khác (mạng lưới địa phương)": an agency, then its share in brackets
# (words in lower case; not "(qua …)", the body reports go through)
_SHARE = re.compile(r"^(?P<name>\S.*?)\s*\((?P<inner>(?!qua\b)[a-zđà-ỹ][^()]*)\)$")


def _shares(names: list[str]) -> tuple[list[str], list[str]]:
    """The agencies' names with the share each takes in brackets set aside, and the
    shares as said ("Bộ X: chủ trì phần chính sách")."""
    out: list[str] = []
    said: list[str] = []
    for name in names:
        m = _SHARE.match(name)
        if m is not None and is_agency_start(m["name"]):
            name = m["name"].strip(" ,;")
            said.append(f"{name}: {m['inner'].strip()}")
        if name not in out:
            out.append(name)
    return out, said


def _cell_roles(text: str) -> tuple[list[str], list[str]] | None:
    """(leads, partners) when an agency cell marks who leads and who takes part itself,
    else None (the cell is the column's: all leads, or all partners)."""
    t = text.strip()
    labels = list(_ROLE_LABEL.finditer(t))
    if labels and labels[0].start() == 0 or (labels and not t[: labels[0].start()].strip()):
        leads: list[str] = []
        partners: list[str] = []
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(t)
            names = split_agencies(t[m.end(): end].strip(" ;.\n"))
            (leads if m.group("role").lower() == "chủ trì" else partners).extend(names)
        return leads, partners  # (no lead labelled: none read, the warning says so)
    if _ROLE_MARK.search(t):
        leads, partners, rest = [], [], []
        # each name with the mark after it; names with no mark are the partners when a
        # lead is marked (the leads when only partners are)
        for piece in re.split(r"(?<=\))\s*[,;]\s*|;\s*", _join_lines(t)):
            marks = list(_ROLE_MARK.finditer(piece))
            names = split_agencies(_ROLE_MARK.sub("", piece))
            if not marks:
                rest.extend(names)
            elif marks[-1].group("role").lower() == "chủ trì":
                leads.extend(names)
            else:
                partners.extend(names)
        if leads:
            return leads, partners + rest
        return rest, partners
    said = _ROLE_SENTENCE.match(" ".join(t.split()))
    if said and is_agency_start(said.group("lead")):
        others = said.group("partners") or said.group("others")
        return split_agencies(said.group("lead")), split_agencies(others)
    return None


# a bullet beginning a line of a cell ("- ", "+ ", "• ", "– "; not "**", emphasis)
_BULLET = re.compile(r"^(?:[-+•–]|\*(?!\*))\s+")
# the second half of an agency's name written with a hyphen, wrapped onto a new line
# ("Sở Lao động" / "- Thương binh và Xã hội"): the name going on, not a new item
_NAME_GOES_ON = re.compile(r"^(?:Thương binh|Truyền hình|Xã hội|Hạnh phúc)\b")


def _items(text: str) -> list[str]:
    """A cell's bulleted items (each begins a line with a bullet; a wrapped item's lines
    joined), or [] when the cell holds fewer than two or does not begin with a bullet
    (an opening sentence and its points are one task)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    letters = [m.group(1) for ln in lines if (m := re.match(r"^([a-zđ])\)\s+\S", ln))]
    if 2 <= len(letters) == len(lines) and "".join(letters) == "abcdđeghik"[: len(letters)]:
        # "a) Nộp báo cáo …" / "b) …" / "c) …": lettered items, one a line
        return [re.sub(r"^[a-zđ]\)\s+", "", ln) for ln in lines]
    if len(lines) < 2 or not _BULLET.match(lines[0]):
        return []
    items: list[str] = []
    for ln in lines:
        m = _BULLET.match(ln)
        if m and not (items and _NAME_GOES_ON.match(ln[m.end():])):
            items.append(ln[m.end():])
        else:
            items[-1] += " " + ln
    return items if len(items) >= 2 else []


def _item_tasks(table: Table, r: int, row: tuple[str, ...], cols: dict[str, int],
                items: list[str], lead: str, partners: str, tf: str, output: str,
                from_heading: bool, notes: list[str]) -> list[RawTask]:
    """The tasks of a row whose task cell bullets ``items``: a lead, partner, time or
    output cell bulleted as many times pairs with them in order; one value (not
    bulleted) is every item's; bulleted another number of times it is nobody's (a
    warning names the row: never a guessed pairing)."""
    def per_item(name: str, whole: str) -> tuple[list[str], str | None]:
        k = cols.get(name)
        got = _items(row[k]) if k is not None and k < len(row) else []
        if not got:
            return [whole] * len(items), None
        if len(got) == len(items):
            return got, None
        if name in ("lead", "partners") and all(is_agency_start(g) for g in got):
            # "- Bộ A; - Bộ B; - UBND các tỉnh" beside two tasks: a list of agencies, each
            # task's (not one a task)
            return [whole] * len(items), planflow.Worded.of(
                "row {row}: its {column} cell lists {n} agencies for {tasks} tasks: all of "
                "them read as each task's", "row_agencies_shared", row=r + 1,
                column=_COL_SAID.get(name, name), n=len(got), tasks=len(items))
        return [""] * len(items), planflow.Worded.of(
            "row {row}: its {column} cell lists {n} items for {tasks} tasks: not read",
            "row_items_unpaired", row=r + 1, column=_COL_SAID.get(name, name), n=len(got),
            tasks=len(items))
    leads, lead_note = per_item("lead", lead)
    partner_list, partner_note = per_item("partners", partners)
    times, time_note = per_item("timeframe", tf)
    outputs, output_note = per_item("output", output)
    extra = [n for n in (lead_note, partner_note, time_note, output_note) if n]
    out = []
    for i, item in enumerate(items):
        out.append(RawTask(
            f"{table.where}, row {r + 1}", _clean_title(item),
            lead=split_agencies(leads[i]) if leads[i] == lead
            else split_agencies(leads[i].rstrip(".;")),
            partners=split_agencies(partner_list[i].rstrip(".;")),
            lead_from_heading=from_heading and leads[i] == lead,
            timeframe=times[i].strip("* ").rstrip(".;") or None,
            output=outputs[i].rstrip(".;") or None, notes=[*notes, *extra]))
    return out


# who a group row of a table with no lead column names: "Nghiên cứu sinh (NCS):", "Khoa, Bộ
# môn:" (a few words, a colon, no digits)
_ACTORS = re.compile(r"^(?P<who>[^\d:()]{2,40}?(?:\s*\([A-ZĐ]{2,8}\))?)\s*:$")
# the body a row's sentence opens on: its abbreviation ("NCS đăng ký …"), "Bộ môn", or a
# head word and the capitalised words of its name ("Phòng Đào tạo tập hợp …")
_SUBJECT = re.compile(
    r"^(?P<who>(?!(?:[IVXL]+|UBND|HĐND|UBMTTQ|MTTQ)\b)[A-ZĐ]{2,6}|Bộ\s+môn|(?:Phòng|Ban|Trung\s+tâm|Văn\s+phòng|Viện|Khoa"
    r"|Trường|Sở|Bộ|Cục|Chi\s+cục)(?:\s+[A-ZĐÀ-Ỹ][^\s,;.()]*(?:\s+[a-zđà-ỹ][^\s,;.()]*)?)+)"
    r"\s+(?=[a-zđà-ỹ])")


def _actors(title: str) -> str | None:
    """The bodies a group row names for the rows under it, in a table with no lead column
    ("Nghiên cứu sinh (NCS):"), else None."""
    m = _ACTORS.match(title.strip("* "))
    if m is None or len(m["who"].split()) > 5:
        return None
    return m["who"].strip()


def _subject(title: str) -> str | None:
    """The body a row's words open on when they name it first, else None."""
    m = _SUBJECT.match(title.strip("* "))
    return m["who"] if m is not None else None


def _heading_agency(title: str) -> str | None:
    """The agency a group row's heading names ("I. Sở Y tế", "SỞ TÀI CHÍNH", "Công an
    tỉnh:"), or None for any other heading ("Nhiệm vụ chung", "Phát triển hạ tầng số")."""
    name = _TITLE_MARK.sub("", re.sub(r"^\s*(?:[IVXL]+|[A-ZĐ])[.)]\s+", "", title.replace("*", " ").strip()))
    name = " ".join(name.split()).rstrip(":;. ")
    if not name or len(name) > 80:
        return None
    if name.isupper():
        # "SỞ Y TẾ", "UBND CÁC XÃ, PHƯỜNG": the name as a sentence prints it (its initials
        # kept as written: "UBND các xã, phường")
        short = re.match(r"(UBND|HĐND)\s", name)
        name = sentence_case(name)
        if short is not None:
            name = re.sub(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân)", short[1], name)
    return name if is_agency_start(name) else None


def _count(table: Table, r: int) -> int | None:
    """How many cells short row ``r`` was read with, when the reading counted them."""
    k = table.short_rows.index(r)
    return table.short_cells[k] if k < len(table.short_cells) else None


_TIME_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\bquý\b|\btháng\b|thường xuyên|hằng năm|hàng năm"
                        r"|liên tục|trước ngày|\bnăm\s+\d", re.I)


def _fit(name: str, text: str) -> int:
    """How well a cell's words suit a column."""
    t = _unwrap(text)
    if not t:
        # an empty cell: common under partners, products, money or notes; a task's lead
        # or time is seldom left empty (more likely merged from the row above)
        return -1 if name in ("lead", "timeframe", "start", "end") else 0
    timeish = bool(_TIME_LIKE.search(t)) and len(t) < 80
    agencyish = is_agency_start(t)
    if name in ("timeframe", "start", "end"):
        return 2 if timeish else -3
    if name in ("lead", "partners"):
        return 1 if agencyish and not timeish else -3
    return -1 if timeish or agencyish else 0


def _place_short(row: tuple[str, ...], cols: dict[str, int], above: tuple[str, ...] | None,
                 count: int | None = None) -> tuple[tuple[str, ...], set[int]] | None:
    """A row with fewer cells than columns, its cells placed under the columns their words
    suit, the missing ones taken from the task row above (a cell merged over rows); None
    when no placing fits (or there is no row above). ``count``: how many cells the row
    was read with, empty ones included (a scrape's rows), when known."""
    width = len(row)
    known = count is not None and 0 < count < width
    cells = list(row[:count]) if known else list(row)
    while not known and cells and not cells[-1].strip():
        cells.pop()
    fixed = sorted(k for k in (cols.get("number"), cols.get("title")) if k is not None)
    names = {k: name for name, k in cols.items()}
    tail = _place_tail(cells, cols, names, width, above) if known else None
    if tail is not None:
        return tail
    # a row with no number of its own whose first cell is a task (a second task under the
    # numbered row above, its number cell merged with that row's): its cells run on from
    # the title column, left to right, and the columns after them are merged from above
    second = fixed == [0, 1] and names[0] == "number" and bool(cells) and _task_words(cells[0])
    # "| | Ủy ban nhân dân các tỉnh | Đài … |": no number, then an agency where the title
    # would be: a second lead of the row above, its number, title (and time) cells merged
    # with that row's
    first = 1 if cells and not cells[0].strip() else 0
    lead_only = fixed == [0, 1] and names[0] == "number" and "lead" in cols and above is not None \
        and len(cells) > first and standalone_agency(_unwrap(cells[first])) is not None \
        and cols["title"] < len(above) and bool(above[cols["title"]].strip())
    if lead_only and above is not None:
        cells = ["", above[cols["title"]], *cells[first:]]
    elif second:
        cells = ["", *cells]
    if above is None or len(cells) > width or (len(cells) == width and not second) \
            or fixed != list(range(len(fixed))) or len(cells) < len(fixed) \
            or (len(cells) == len(fixed) and not known):
        return None
    rest = cells[len(fixed):]
    best: tuple[int, tuple[int, ...]] | None = None
    if second:
        present = tuple(range(len(fixed), len(fixed) + len(rest)))
        fits = [_fit(names.get(c, ""), text) for c, text in zip(present, rest, strict=True)]
        if fits and min(fits) >= 0:
            best = (sum(fits) + 1, present)
    for present in itertools.combinations(range(len(fixed), width), len(rest)):
        if best is not None and second:
            break
        score = sum(_fit(names.get(c, ""), text) for c, text in zip(present, rest, strict=True))
        # a cell merged down over rows holds words in the row above: a column missing
        # here whose cell above is empty was not merged (its empty cell would be here);
        # when the row's cells were not counted, missing columns at its end may be
        # empty cells
        last = width if known else max(present, default=0)
        score -= 2 * sum(1 for c in range(len(fixed), last)
                         if c not in present and not (c < len(above) and above[c].strip()))
        if best is None or score >= best[0]:  # ties: the later columns present
            best = (score, present)
    if best is None or best[0] < 0 or (best[0] == 0 and not known):
        return None
    placed = list(above) + [""] * (width - len(above))
    for k in fixed:
        placed[k] = cells[k]
    for c, text in zip(best[1], rest, strict=True):
        placed[c] = text
    from_above = set(range(len(fixed), width)) - set(best[1])
    if lead_only:
        from_above.add(cols["title"])
    return tuple(placed), from_above


def _place_tail(cells: list[str], cols: dict[str, int], names: dict[int, str], width: int,
                above: tuple[str, ...] | None) -> tuple[tuple[str, ...], set[int]] | None:
    """A short row that is the last columns of a row (its number, lead and group merged
    from the row above, as a table that lists several tasks of one agency under one
    number prints them: "| - Nội dung … | - Chỉ tiêu … | Giai đoạn 2026 - 2030 |"), placed
    under those columns; None when its cells do not suit them (the task's column among
    them, the time under the time column, no number)."""
    n = len(cells)
    at = tuple(range(width - n, width))
    if above is None or not 1 <= n < width or cols.get("title") not in at \
            or cols.get("number") in at or not all(c.strip() for c in cells):
        return None
    last = _unwrap(cells[-1])
    if names.get(at[-1]) != "timeframe" or not _TIME_LIKE.search(last) or len(last) >= 200:
        return None
    for c, text in zip(at[:-1], cells[:-1], strict=True):
        name = names.get(c, "")
        bare = re.sub(r"^\s*[-+•–]\s*", "", text)  # "- Bộ Xây dựng; - Bộ Y tế"
        if name == "partners" and _TIME_LIKE.search(bare) is None:
            continue  # whoever takes part: an agency, a university, "các bộ, ngành liên quan"
        if name in ("title", "lead", "partners", "timeframe", "start", "end") and _fit(name, bare) < 0:
            return None  # (a target, a product, a note: any words)
    placed = list(above) + [""] * (width - len(above))
    for c, text in zip(at, cells, strict=True):
        placed[c] = text
    if "number" in cols:
        placed[cols["number"]] = ""
    return tuple(placed), set(range(width - n)) - {cols.get("number")}


def _by_line(row: tuple[str, ...], k: int | None, read: str) -> str:
    """An agency cell's names, a line break between two names read as a comma: "Các sở,
    ngành" over "Sở Tài chính" on the next line of the cell are two agencies, not "… ngành
    Sở Tài chính" (a name wrapped in the middle goes on in lower case or with a word that
    begins no agency: "Sở Khoa học và" / "Công nghệ")."""
    if not read or k is None or k >= len(row) or _unwrap(row[k]) != read:
        return read
    return _join_lines(row[k])


def _join_lines(text: str) -> str:
    """A cell's lines as one line, a line that begins an agency's name after one that
    does not end a phrase (with a comma, "và" …) read as the next name (see :func:`_by_line`)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
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


def _time(row: tuple[str, ...], cell: Callable[[tuple[str, ...], str], str],
          years: tuple[str, ...] = ()) -> str:
    """The row's time: its time cell, "Từ <start> đến <end>" from two, or the years
    marked in a roadmap's year columns (``years``: their names)."""
    tf = cell(row, "timeframe")
    if tf:
        return tf
    start, end = cell(row, "start").strip("* "), cell(row, "end").strip("* ")
    if start and end:
        return f"Từ {start} đến {end}"
    if start or end:
        return start or end
    # the waves of the year as columns: the times written in this row's wave cells
    waves = [cell(row, name).strip("* ") for name in years if name.startswith("wave:")]
    if any(waves):
        return " và ".join(_unwrap(w) for w in waves if w)
    # a roadmap's years as columns: the years marked ("x") in this row
    marked = sorted(int(name[5:]) for name in years if cell(row, name).strip("* ")
                    and name.startswith("year:"))
    if not marked:
        return ""
    if marked == list(range(marked[0], marked[-1] + 1)):
        return f"Năm {marked[0]}" if len(marked) == 1 else f"Năm {marked[0]} - {marked[-1]}"
    return "Các năm " + ", ".join(str(y) for y in marked)





def _repeated_header(row: tuple[str, ...], cols: dict[str, int]) -> bool:
    return all(len(_unwrap(c)) <= 40 for c in row) and columns(row).keys() == cols.keys()


# a list number written before a task's words in its cell ("1. ", "1.2. ", "a) ", "- "), in a
# table with no number column (a year, "2026. …", is not one)
_TITLE_MARK = re.compile(r"^(?:(?!(?:19|20)\d\d\b)\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•–])\s+")


def _clean_title(title: str) -> str:
    title = title.strip("* ").rstrip(".;")
    return _TITLE_MARK.sub("", title).strip("* ")
