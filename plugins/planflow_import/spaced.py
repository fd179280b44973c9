"""A task table laid out in spaces: what ``pdftotext -layout`` gives for a table of a PDF.

The columns stand side by side, aligned by runs of spaces; each cell wraps over several
lines, and the row's number sits in the middle of its row (a PDF centres it vertically),
so the lines above the number are the row's too. Two cells may touch with one space
where a line is full ("… cấp tỉnh giai Đảng ủy UBND"), and a page number or the next
row's first line may come between rows with no blank line.

:func:`spaced_tables` finds such a table by its header (a line opening on "TT", "STT" or
"Số TT" with a task column and a time column on the header's lines, or, in a table with
no number column, opening on the task's column at the margin), cuts its
body into rows (at blank lines, page numbers and group rows "I", "II.1"; between two
numbered rows, where the next task's words open in capitals after the previous task's
words, the lines with no task words going to the nearer number) and each row into its
cells (the task's words on the left, a time at the right or at a line's end, the lead's
words before the first words of the next column's person or body), and writes it as
Markdown table lines the text reader takes as any table. That reading is kept for a
table with a person in charge beside the lead (a Party programme's); any other table is
read by its columns (:func:`_by_columns`: each line's words go to the column whose header
they stand under, a page laid out anew mapped to the header's columns; a header cell over
two runs of a line below it split into sub-columns; a lead merged down its column, shown
in its run's first row only, taken by the rows below it, with a warning). Where a cell
ends is a guess: each table read so comes with a warning saying so, and each time read
from it with one of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from .text import year_cut

__all__ = ["spaced_tables"]

_GAP = re.compile(r"\s{2,}")
# the header's first line: "TT   Nhiệm vụ cụ thể   …" ("STT", "Số TT", "TT" alone on its line
# too)
_HEAD_TT = re.compile(r"^\s{0,6}(?:S?TT|Số\s+TT)(?:\s{2,}\S|\s*$)")
_HEAD_TASK = re.compile(r"\b(?:Nhiệm\s+vụ|Nội\s+dung|Tên\s+nhiệm\s+vụ|Công\s+việc)\b", re.I)
_HEAD_LEAD = re.compile(r"\bchủ\s+trì\b|\bCơ\s+quan\b|\bđơn\s+vị\s+thực\s+hiện\b", re.I)
_HEAD_TIME = re.compile(r"\b(?:Thời\s+hạn|Thời\s+gian|Tiến\s+độ|Lộ\s+trình)\b", re.I)
_HEAD_PERSON = re.compile(r"\bCá\s+nhân\b|\bLãnh\s+đạo\s+phụ\s+trách\b", re.I)
_HEAD_PARTNERS = re.compile(r"\bphối\s+hợp\b", re.I)
_PAGE_NO = re.compile(r"^\s{10,}\d{1,3}\s*$")
# a group row: "I    Các nhiệm vụ …", "II.1 Hoàn thiện thể chế …"
_GROUP = re.compile(r"^\s{0,4}(?P<num>[IVX]{1,4}(?:\.\d{1,2})?)\s+(?P<title>\S.*)$")
# a row's mark in the number column of a table read by its columns: "3", "1.2", "2.1.3.",
# "a", "b)"
_ROW_MARK = re.compile(r"^(?P<lead>\s{0,8})(?P<num>\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-zđ][.)]?)(?=\s|$)")
# a group row lettered ("A    NHIỆM VỤ CHUNG", "B. …")
_LETTER_GROUP = re.compile(r"^\s{0,4}(?P<num>[A-H])\.?\s{2,}(?P<title>\S.*)$")
# the columns' numbers under the header: "(1)   (2)   (3)"
_COLUMN_NUMBERS = re.compile(r"^\s*\(\d{1,2}\)(?:\s+\(\d{1,2}\))+\s*$")
# a numbered row's number at the line's start ("1    toàn thể …", " 2", "10 ")
# (indented like the header's "TT": a row's number is left of the task column, see below)
_NUMBER = re.compile(r"^(?P<lead>\s{0,8})(?P<num>\d{1,2})(?=\s|$)")
# a time closing a cell's line: "… Phó Chủ 2026 - 2030", "Trước ngày 15/10/2026"
_TIME_END = re.compile(r"(?:^|\s)(?P<tf>(?:Trước(?:\s+ngày)?\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
                       r"|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*$")
_TIME_PIECE = re.compile(r"^(?:\(?\*\)?|Trước(?:\s+ngày)?|(?:Trước(?:\s+ngày)?\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
                         r"|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|Quý\s+[IV]{1,3}\s*/\s*\d{4}"
                         r"|Tháng\s+\d{1,2}\s*/\s*\d{4}|Hằng\s+năm|Hàng\s+năm|Thường\s+xuyên)\.?$", re.I)
# where a lead's words begin inside a line whose cells touch ("… giai Đảng ủy UBND")
_LEAD_START = re.compile(r"\s(?=(?:Đảng\s+(?:ủy|uỷ)|Các\s+cấp\s+(?:ủy|uỷ)|Ban\s+Thường\s+vụ|Ủy\s+ban\s+Kiểm\s+tra"
                         r"|Ban\s+(?:Tuyên\s+giáo|Dân\s+vận|Tổ\s+chức|Nội\s+chính|Kinh\s+tế)"
                         r"|Sở\s+[A-ZĐ]|UBND\s|Ủy\s+ban\s+nhân\s+dân)\b)")
# where a person's words begin ("Đồng chí Phan Trung Bá -", "Thủ trưởng các cơ quan")
_PERSON_START = re.compile(r"(?:Đồng\s+chí|Thủ\s+trưởng|Bí\s+thư|Chủ\s+tịch|Giám\s+đốc|Trưởng\s+ban)\b")


def _segments(line: str) -> list[tuple[int, str]]:
    """The line's runs of words (split at two spaces or more), each with its column."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in _GAP.split(line):
        at = line.index(part, pos) if part else pos
        if part.strip():
            out.append((at + len(part) - len(part.lstrip()), part.strip()))
        pos = at + len(part)
    return out


# the appendix's own title above its table ("PHỤ LỤC", "DANH MỤC …", "(Kèm theo …)"): no
# header cell
_TITLE_ABOVE = re.compile(r"^\s*\**\s*(?:PHỤ\s+LỤC|DANH\s+MỤC|KẾ\s+HOẠCH|\(?\*?\s*Kèm\s+theo|\(?\s*Ban\s+hành\s+kèm)")


def _header(lines: list[str], i: int
            ) -> tuple[int, int, dict[str, int], list[tuple[int, str]]] | None:
    """The header around line ``i`` (a line opening on "TT"): its first and last line and
    the columns each kind of cell starts at, or None when it is not a task table's."""
    if not _HEAD_TT.match(lines[i]):
        return _header_no_number(lines, i)
    first = i
    while first > 0 and i - first < 4 and lines[first - 1].strip() and not _NUMBER.match(lines[first - 1]) \
            and len(_segments(lines[first - 1])) <= 5 and lines[first - 1].startswith(" " * 20) \
            and not _TITLE_ABOVE.match(lines[first - 1]):
        first -= 1
    last = i
    # the header's next lines: nothing under "TT" (the number column), no group row
    head = _segments(lines[i])
    indent = min(20, head[1][0] - 2) if len(head) > 1 else 20
    while last + 1 < len(lines) and last - i < 4 and (nxt := lines[last + 1].replace("\f", "")).strip() \
            and (nxt.startswith(" " * max(indent, 4))
                 # (words under the task's column too, a header cell wrapped there: two runs
                 # of words or more, none under "TT")
                 or len(_segments(nxt)) >= 2 and _segments(nxt)[0][0] > max(3, head[0][0] + len(head[0][1]))
                 and not _COLUMN_NUMBERS.match(nxt)) \
            and not _GROUP.match(nxt):
        last += 1
    body = _body_starts(lines, last)
    segs = [(x, _unbroken(t)) for x, t in _header_cells([_cut_at(r, body) for r in _header_rows(lines, first, last)])]
    text = " ".join(t for _, t in segs)
    if not (_HEAD_TASK.search(text) and _HEAD_TIME.search(text)):
        return None
    cols: dict[str, int] = {}
    for x, t in segs:
        for kind, rx in (("task", _HEAD_TASK), ("lead", _HEAD_LEAD), ("time", _HEAD_TIME),
                         ("person", _HEAD_PERSON), ("partners", _HEAD_PARTNERS)):
            if rx.search(t) and kind not in cols:
                cols[kind] = x
    if "time" not in cols or "task" not in cols:
        return None
    if "person" not in cols or "lead" not in cols:
        # columns in another order, or more of them (a product, money, a start and an
        # end): each line's words go to the column they stand under
        cols = {"columns": 1}
    return first, last, cols, segs


# the header's first line of a table with no number column: the task's column first, at the
# margin ("Nội dung nhiệm vụ     Cơ quan chủ trì     Thời gian …"), another column after it
_HEAD_TASK_FIRST = re.compile(r"^\s{0,4}(?:Nội\s+dung|Nhiệm\s+vụ|Tên\s+nhiệm\s+vụ|Công\s+việc)\b.*?\S\s{2,}\S")
# a row's mark opening the task's words in a table with no number column ("1.", "1.2.", "a)",
# "I.", "A."), the words after it
_MARK_FIRST = re.compile(r"^(?P<lead>\s{0,4})(?P<num>\d{1,2}(?:\.\d{1,2}){0,2}\.|[a-zđ]\)|[IVX]{1,4}\.|[A-H]\.)(?=\s|$)")


def _body_starts(lines: list[str], last: int) -> set[int]:
    """The columns where three runs of words or more of the table's first lines below its
    header (to the page's end) start: its columns' starts."""
    seen: Counter[int] = Counter()
    for s in lines[last + 1: last + 41]:
        if "\f" in s:
            break
        seen.update(x for x, _ in _segments(_blank_number(s)))
    return {x for x, n in seen.items() if n >= 3}


def _cut_at(segs: list[tuple[int, str]], body: set[int]) -> list[tuple[int, str]]:
    """A header line's runs, two cells touching with one space ("Nội dung Cơ quan", "Thời
    gian Sản") cut where a word in capitals starts within a few places of a column the
    rows below start at."""
    out: list[tuple[int, str]] = []
    for x, t in segs:
        at = 0
        for m in re.finditer(r" (?=\S)", t):
            c = x + m.end()
            if t[m.end()].isupper() and m.end() - at >= 3 and any(c - 1 <= b <= c + 4 for b in body):
                out.append((x + at, t[at: m.start()]))
                at = m.end()
        out.append((x + at, t[at:]))
    return out


def _header_rows(lines: list[str], first: int, last: int) -> list[list[tuple[int, str]]]:
    """The runs of words of the header's lines. A header cut by a page break (a form feed
    among its lines) stands in other columns on the next page, which lays its columns out
    anew: the cells above the break are moved to the columns of the page below it."""
    cut = next((k for k in range(first + 1, last + 1) if "\f" in lines[k]), None)
    if cut is None:
        return [_segments(lines[k]) for k in range(first, last + 1)]
    above = _header_cells([_segments(lines[k]) for k in range(first, cut)])
    stop = next((k for k in range(cut + 1, len(lines)) if "\f" in lines[k]), len(lines))
    page = [s.replace("\f", "") for s in lines[cut:stop]]
    below = [_segments(s) for s in page[: last - cut + 1]]
    if all(any(abs(x - ax) <= 3 or ax <= x < ax + len(at) for ax, at in above) for segs in below for x, _ in segs):
        return [_segments(lines[k].replace("\f", "")) for k in range(first, last + 1)]  # the same columns
    time_k = next((k for k, (_, t) in enumerate(above) if _HEAD_TIME.search(t)), None)
    moved = _shifted(page, [x for x, _ in above], time_k)
    return [list(zip(moved, [t for _, t in above], strict=True)), *below]


def _header_no_number(lines: list[str], i: int
                      ) -> tuple[int, int, dict[str, int], list[tuple[int, str]]] | None:
    """The header at line ``i`` of a table with no number column (its first cell the task's,
    at the margin; each row's number opens its task's words): read by its columns."""
    if not _HEAD_TASK_FIRST.match(lines[i]) or (i > 0 and lines[i - 1].strip()
                                                 and not _TITLE_ABOVE.match(lines[i - 1])
                                                 and len(lines[i - 1].strip()) > 60):
        return None
    last = i
    while last + 1 < len(lines) and last - i < 4 and lines[last + 1].strip() \
            and not _MARK_FIRST.match(lines[last + 1]) and not _COLUMN_NUMBERS.match(lines[last + 1]):
        last += 1
    segs = [(x, _unbroken(t)) for x, t in _header_cells([_segments(lines[k]) for k in range(i, last + 1)])]
    text = " ".join(t for _, t in segs)
    if len(segs) < 3 or not (_HEAD_TASK.match(segs[0][1]) and _HEAD_TIME.search(text)):
        return None
    return i, last, {"columns": 1, "no_number": 1}, segs


def _header_cells(rows: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The header's cells, each with its column: a cell's words wrapped onto the header's
    next lines ("Cơ quan chủ" over "trì", "Cơ quan phối" over "hợp") joined to the words above
    them (the run of a line above that starts within a few columns, or spans the column),
    so "Cơ quan phối hợp" names the partners' column however narrow it is. A cell over
    two runs or more of one line below it is a header of two rows: each run is a column of
    its own, named by both ("Lộ trình thực hiện" over "2026" | "2027" …, "Thời gian" over
    "Bắt đầu" | "Kết thúc", "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp")."""
    xs: list[int] = []
    widths: list[int] = []  # the widest line of each cell: its span
    words: list[str] = []
    for segs in rows:
        joined: dict[int, list[tuple[int, str]]] = {}
        for x, t in _years_apart(segs):
            above = next((k for k in reversed(range(len(xs)))
                          if abs(xs[k] - x) <= 3 or xs[k] <= x < xs[k] + widths[k]), None)
            if above is None:
                xs.append(x)
                widths.append(len(t))
                words.append(t)
            else:
                joined.setdefault(above, []).append((x, t))
        gone: set[int] = set()
        for k, runs in joined.items():
            if len(runs) == 1:
                words[k] = f"{words[k]} {runs[0][1]}"
                widths[k] = max(widths[k], len(runs[0][1]))
                continue
            # sub-columns under one cell: each its own column
            gone.add(k)
            for x, t in runs:
                xs.append(x)
                widths.append(len(t))
                words.append(f"{words[k]} {t}")
        if gone:
            keep = [k for k in range(len(xs)) if k not in gone]
            xs, widths, words = [xs[k] for k in keep], [widths[k] for k in keep], [words[k] for k in keep]
    return sorted(zip(xs, words, strict=True))


_YEARS = re.compile(r"(?:19|20)\d\d(?: (?:19|20)\d\d)+")


# two sub-columns' words run together on a header line, one space apart: "Bắt đầu Kết"
# (over "thúc"), "Chủ trì Phối" (over "hợp")
_TWO_SUBS = re.compile(r"(?P<a>(?:Bắt\s+đầu|Khởi\s+công|Chủ\s+trì))\s(?P<b>(?:Kết|Hoàn|Phối)\b.*)$")


def _years_apart(segs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A header line's runs, years standing one space apart ("2026 2027 2028": a roadmap's
    narrow year columns) cut into a run each, and two sub-columns' names run together
    ("Bắt đầu Kết" over "thúc": the start and end columns laid close) cut in two."""
    out: list[tuple[int, str]] = []
    for x, t in segs:
        if _YEARS.fullmatch(t):
            out += [(x + m.start(), m.group()) for m in re.finditer(r"\d{4}", t)]
        elif (m := _TWO_SUBS.search(t)) is not None:
            if m.start():
                out.append((x, t[: m.start()].strip()))
            out += [(x + m.start("a"), m["a"]), (x + m.start("b"), m["b"])]
        else:
            out.append((x, t))
    return out


class _Row:
    def __init__(self, number: str, group: bool = False, title: str = "") -> None:
        self.number = number
        self.group = group
        self.lines: list[tuple[int, str]] = []  # (line index, the line with its number blanked)
        self.title = title


def _task_part(line: str, task_end: int) -> str:
    """The task's words on a line: its first run when it starts left of ``task_end``."""
    segs = _segments(line)
    if not segs or segs[0][0] >= task_end:
        return ""
    x, t = segs[0]
    if (m := _LEAD_START.search(t)) is not None and x + m.start() >= task_end - 14:
        t = t[: m.start()]
    if (m := _PERSON_START.search(t)) is not None and x + m.start() >= task_end - 14 and m.start():
        t = t[: m.start()]
    return t.strip()


def _pieces(line: str, task_end: int) -> list[tuple[int, str]]:
    """The words right of the task's on a line, each with its column, a time at a run's
    end cut off as its own piece."""
    segs = _segments(line)
    out: list[tuple[int, str]] = []
    for k, (x, t) in enumerate(segs):
        if k == 0 and x < task_end:
            rest = ""
            m = _LEAD_START.search(t)
            if m is not None and x + m.start() >= task_end - 14:
                rest, x = t[m.end():], x + m.end()
            else:
                p = _PERSON_START.search(t)
                if p is None or not p.start() or x + p.start() < task_end - 14:
                    continue
                rest, x = t[p.start():], x + p.start()
            t = rest
        p = _PERSON_START.search(t)
        if p is not None and p.start() > 0 and _LEAD_START.match(" " + t):
            out.append((x, t[: p.start()].strip()))
            x, t = x + p.start(), t[p.start():]
        m = _TIME_END.search(t)
        if m is not None and m.start("tf") > 0:
            out.append((x, t[: m.start("tf")].strip()))
            out.append((x + m.start("tf"), m["tf"]))
        else:
            out.append((x, t))
    return [(x, t) for x, t in out if t]


def _cells(row: _Row, cols: dict[str, int], task_end: int) -> list[str]:
    """The row's task, lead, other (person or partners) and time cells."""
    task: list[str] = []
    pieces: list[tuple[int, int, str]] = []  # (line, column, words)
    for k, line in row.lines:
        if (t := _task_part(line, task_end)):
            task.append(t)
        pieces += [(k, x, t) for x, t in _pieces(line, task_end)]
    time_x = cols["time"] - 4
    times = [(k, x, t) for k, x, t in pieces if x >= time_x or _TIME_PIECE.match(t)]
    rest = [p for p in pieces if p not in times]
    anchors = [(x, t) for _, x, t in rest if _PERSON_START.match(t)] if "person" in cols else []
    if anchors:
        # by the pieces' centres: nearer the lead's first words, or the person's (a
        # centred cell's short line, "tỉnh", stands right of the lead's first line)
        ax, at = min(anchors)
        person_c = ax + len(at) / 2
        first = next(((x, t) for _, x, t in rest if x < ax - 2), None)
        lead_c = first[0] + len(first[1]) / 2 if first else float(cols["lead"])
        lead = [t for _, x, t in rest if abs(x + len(t) / 2 - lead_c) <= abs(x + len(t) / 2 - person_c)]
        other = [t for _, x, t in rest if abs(x + len(t) / 2 - lead_c) > abs(x + len(t) / 2 - person_c)]
    else:
        split = cols.get("person", cols.get("partners", time_x)) - 8
        lead = [t for _, x, t in rest if x < split]
        other = [t for _, x, t in rest if x >= split]
    tf = " ".join(t for _, _, t in times if not re.fullmatch(r"\(?\*\)?", t))
    return [_join(task), _join(lead), _join(other), " ".join(tf.split())]


# a line opening on a word's last letters only ("m vụ", "g dẫn"): a final consonant is no
# Vietnamese word of its own, so a narrow cell cut the word above it ("Nhiệ" | "m vụ")
_SYLLABLE_TAIL = re.compile(r"(?:ch|ng|nh|[cghmnpt])(?=$|\s|[,.;:)])")


# a line opening an item of a cell that lists several ("• Xây dựng …", "+ …", "- Rà soát …";
# not "- 2027", the end of a range wrapped)
_ITEM_MARK = re.compile(r"(?:[•+]\s|-\s+(?=[^\d\s]))")


def _unbroken(text: str) -> str:
    """Words a narrow header cell cut at its edge joined again ("Nhiệ m vụ": "Nhiệm vụ")."""
    return re.sub(r"(?<=[^\W\d_]) (?=(?:ch|ng|nh|[cghmnpt])(?:$|\s|[,.;:)]))", "", text)


def _join(parts: list[str]) -> str:
    out = ""
    for p in parts:
        if year_cut(out, p):
            out += p  # a year cut by the cell's edge: "30/6/202" | "6"
            continue
        if out[-1:].isalpha() and _SYLLABLE_TAIL.match(p):
            out += p  # a word cut by the cell's edge: "Hướn" | "g dẫn"
            continue
        if out and _ITEM_MARK.match(p):
            out = f"{out}<br>{p}"  # an item of a cell listing several ("• …", "- …"): its own line
            continue
        glued = out.endswith("-") and (p[:1].islower() or bool(re.search(r"[A-ZĐ\d]-$", out)) and p[:1].isupper())
        out = f"{out[:-1]}{p}" if glued and p[:1].islower() else f"{out}{p}" if glued else f"{out} {p}".strip()
    return out.replace("|", "/")


# the verbs a task opens with, in capitals ("Xây dựng", "Rà soát", "Triển khai", …)
_OPENING_VERB = re.compile(r"^(?:Xây\s+dựng|Rà\s+soát|Triển\s+khai|Tổ\s+chức|Hoàn\s+thiện|Hoàn\s+thành"
                           r"|Ban\s+hành|Đầu\s+tư|Đóng\s+cửa|Huy\s+động|Nâng\s+cao|Tăng\s+cường|Đẩy\s+mạnh"
                           r"|Thực\s+hiện|Quản\s+lý|Phát\s+triển|Nghiên\s+cứu|Kiểm\s+tra|Tuyên\s+truyền"
                           r"|Lập|Cập\s+nhật|Thành\s+lập|Kiện\s+toàn|Sửa\s+đổi|Bổ\s+sung|Ứng\s+dụng"
                           r"|Chương\s+trình|Đề\s+án|Dự\s+án)\b")
# words a wrapped task line cannot end on: the task goes on
_GOES_ON = re.compile(r"(?:\b(?:của|và|với|về|các|những|cho|trong|tại|theo|để|đến|từ|là|được)|[,–-])$")


def _task_starts(text: str, prev: str) -> bool:
    """A line whose task words open a new task: in capitals, after words that ended (a
    short last line, a full stop), or with a verb a task opens with after words that do
    not go on."""
    if not text or not text[:1].isupper():
        return False
    if not prev or prev.endswith((".", ";")) or len(prev) < _FULL * 0.85:
        return True
    return bool(_OPENING_VERB.match(text)) and not _GOES_ON.search(prev)


_FULL = 52.0  # a task cell's full line, in characters (set per table)


def spaced_tables(text: str) -> tuple[str, list[tuple[int, int, tuple[int, int], list[tuple[str, str]]]]]:
    """The text with each task table laid out in spaces written as Markdown table lines;
    for each table read so its line in ``text`` (1-based), its rows, the first and last
    line of its Markdown lines in the text returned, and its rows that took the lead of the
    row above (their task's words and that lead)."""
    global _FULL
    lines = text.split("\n")
    out: list[str] = []
    found: list[tuple[int, int, tuple[int, int], list[tuple[str, str]]]] = []
    i = 0
    while i < len(lines):
        head = _header(lines, i)
        if head is None:
            out.append(lines[i])
            i += 1
            continue
        first, last, cols, heads = head
        del out[len(out) - (i - first):]
        if "columns" in cols:
            end, table, n, took = _by_columns(lines, last, heads, "no_number" in cols)
            found.append((first + 1, n, (len(out) + 1, len(out) + len(table)), took))
            out.extend(table)
            i = end
            continue
        task_end = cols["lead"] - 12
        # the body: to the next part ("PHỤ LỤC", a Roman section in capitals, "Nơi nhận")
        end = next((j for j in range(last + 1, len(lines))
                    if re.match(r"^\s*(?:PHỤ\s+LỤC|Nơi\s+nhận|[IVX]+\.\s+[A-ZĐ]{2,})", lines[j])), len(lines))
        blocks: list[list[tuple[int, str]]] = [[]]
        groups: dict[int, list[tuple[str, str]]] = {}  # block index -> the group rows before it
        for j in range(last + 1, end):
            s = lines[j]
            if not s.strip() or _PAGE_NO.match(s):
                if blocks[-1]:
                    blocks.append([])
                continue
            if (g := _GROUP.match(s)) is not None and not _NUMBER.match(s):
                if blocks[-1]:
                    blocks.append([])
                groups.setdefault(len(blocks) - 1, []).append(
                    (g["num"], _join([x for _, x in _segments(g["title"])])))
                continue
            blocks[-1].append((j, s))
        widths = [len(t) for b in blocks for _, s in b if (t := _task_part(_blank_number(s), task_end))]
        _FULL = float(median(widths)) if widths else 52.0
        rows: list[_Row] = []
        for b, block in enumerate(blocks):
            rows += [_Row(num, group=True, title=title) for num, title in groups.get(b, [])]
            numbered = [(k, m["num"]) for k, (_, s) in enumerate(block)
                        if (m := _NUMBER.match(s)) and m.end("num") < cols["task"]]
            if not numbered:
                if rows and not rows[-1].group:
                    rows[-1].lines += [(j, s) for j, s in block]  # a row cut by a page
                continue
            owner = _owners(block, numbered, task_end)
            made = [_Row(num) for _, num in numbered]
            for (j, s), o in zip(block, owner, strict=True):
                made[o].lines.append((j, _blank_number(s)))
            rows += made
        table = ["", "| TT | Nhiệm vụ | Cơ quan chủ trì | "
                 + ("Cá nhân phụ trách" if "person" in cols else "Cơ quan phối hợp")
                 + " | Thời hạn thực hiện |", "|---|---|---|---|---|"]
        for row in rows:
            cells = [row.title, "", "", ""] if row.group else _cells(row, cols, task_end)
            table.append("| " + " | ".join([row.number, *cells]) + " |")
        table.append("")
        found.append((first + 1, sum(1 for r in rows if not r.group),
                      (len(out) + 1, len(out) + len(table)), []))
        out.extend(table)
        i = end
    return "\n".join(out), found


def _split_at(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """The line's runs of words, a run that crosses a column's start cut there when a space
    stands at it (two cells touching with one space: "sơ hộ tịch pháp")."""
    out: list[tuple[int, str]] = []
    for x, t in _segments(line):
        cuts = [x]
        for b in starts:
            if x < b < x + len(t):
                gap = next((c for c in (b - 1, b, b - 2, b - 3) if x < c < x + len(t) and line[c] == " "), None)
                if gap is not None and gap + 1 > cuts[-1]:
                    cuts.append(gap + 1)
        for a, b in zip(cuts, [*cuts[1:], x + len(t)], strict=True):
            if line[a:b].strip():
                out.append((a + len(line[a:b]) - len(line[a:b].lstrip()), line[a:b].strip()))
    return out


def _column_of(x: int, starts: list[int]) -> int:
    """The column a run starting at ``x`` stands under: the last whose start is left of it
    (two places of slack: a centred cell's line starts a little left of its header)."""
    return max((k for k, b in enumerate(starts) if b <= x + 2), default=0)


# a lead's column: "Cơ quan chủ trì", "Chủ trì", "Đơn vị", "Cơ quan, đơn vị" (not "Phối hợp")
_LEAD_COL = re.compile(r"chủ\s+trì|^(?:Cơ\s+quan|Đơn\s+vị)(?:\s*,\s*(?:đơn\s+vị|địa\s+phương))?"
                       r"(?:\s+thực\s+hiện)?$", re.I)
_TIMELIKE = re.compile(r"^(?:Trước|Quý|Tháng|Năm\s+20|Hằng|Hàng|Thường|Giai\s+đoạn|Từ\s|\d{1,2}/\d{1,2}/)", re.I)


def _shifted(lines: list[str], starts: list[int], time_k: int | None = None) -> list[int]:
    """The columns' starts on a page laid out anew (pdftotext lays each page out on its own:
    after a form feed the columns stand elsewhere, closer together): the linear map of the
    header's starts (the number column kept at the left) under which most of the page's
    runs of words start at a column's start."""
    runs = [(x, t) for s in lines for x, t in _segments(_blank_number(s)) if x > 1]
    # the starts most runs share (a page of words scattered anywhere is not searched whole)
    xs = sorted(x for x, _ in Counter(x for x, _ in runs).most_common(40))
    timed = {x for x, t in runs if _TIMELIKE.match(t)}
    if len(starts) < 3 or not xs:
        return starts
    cols = starts[1:]
    best: tuple[int, int, float, list[int]] = (-1, 0, 0.0, starts)
    for i in range(len(cols)):
        for j in range(i + 1, len(cols)):
            for p in xs:
                for q in xs:
                    if q <= p:
                        continue
                    a = (q - p) / (cols[j] - cols[i])
                    if not 0.4 <= a <= 1.5:
                        continue
                    mapped = [round(p + a * (c - cols[i])) for c in cols]
                    if mapped[0] < 2:  # the task column right of the rows' numbers
                        continue
                    near = {m + d for m in mapped for d in (-1, 0, 1)}
                    hits = sum(1 for x in xs if x in near)
                    # a time's words under the time column (a column left empty on the page
                    # lets two maps fit as well)
                    here = [starts[0], *mapped]
                    times = sum(1 for x in timed if time_k is not None and _column_of(x, here) == time_k)
                    if (hits, times, -abs(1 - a)) > best[:3]:
                        best = (hits, times, -abs(1 - a), here)
    return best[3]


def _columnar(lines: list[str], j: int) -> bool:
    """Whether words stand in columns within the few lines after line ``j`` (a table's group
    row goes on with rows of cells; a section's heading with running text)."""
    near = [s for s in lines[j + 1: j + 8] if s.strip()][:5]
    return any(len(_segments(s)) > 1 and len(_GAP.findall(s.strip())) > 0 for s in near)


def _by_columns(lines: list[str], last: int, heads: list[tuple[int, str]], no_number: bool = False
                ) -> tuple[int, list[str], int, list[tuple[str, str]]]:
    """A table laid out in spaces whose columns the first reader does not know (another
    order, a product, money, a start and an end): each row from its number to the next,
    each line's words under the column they stand under, written as a Markdown table
    whose header is the columns' own words. The line after it, its lines, its rows and the
    rows that took the lead of the row above (their task's words and that lead).
    With ``no_number`` the table has no number column: a row begins where a line opens
    with a row's mark ("1.", "1.2.", "a)", "I."), kept with the task's words."""
    starts = [x for x, _ in heads]
    above: list[tuple[str, str]] = []
    time_k = next((k for k, (_, t) in enumerate(heads) if _HEAD_TIME.search(t)), None)
    end = next((j for j in range(last + 1, len(lines))
                if re.match(r"^\s*(?:PHỤ\s+LỤC|Nơi\s+nhận)", lines[j])
                or re.match(r"^\s*[IVX]+\.\s+[A-ZĐ]{2,}", lines[j])
                and not (no_number and _columnar(lines, j))), len(lines))
    rows: list[tuple[str, bool, list[list[str]]]] = []  # (number, group, words per column)
    raw: list[list[str]] = []  # each row's lines
    here = starts
    skip_to = last
    tail: list[str] = []
    row_lines: dict[int, list[str]] = {}  # each numbered row's lines (its number blanked)
    for j in range(last + 1, end):
        s = lines[j]
        if "\f" in s:
            # a new page: its lines up to the next page's
            s = s.replace("\f", "")
            stop = next((k for k in range(j + 1, end) if "\f" in lines[k]), end)
            here = _shifted([s, *lines[j + 1:stop]], starts, time_k)
        if not s.strip() or _PAGE_NO.match(s) or _COLUMN_NUMBERS.match(s):
            continue
        if (_HEAD_TT.match(s) or _HEAD_TASK_FIRST.match(s)) and (again := _header(lines, j)) is not None:
            # the header repeated over the next page: the columns as that page lays them out
            here = [x for x, _ in again[3]] if len(again[3]) == len(starts) else here
            skip_to = again[1]
            continue
        if j <= skip_to:
            continue
        if no_number:
            if _MARK_FIRST.match(s) is not None:
                rows.append(("", False, [[] for _ in heads]))
                raw.append([])
            elif not rows:
                continue
            raw[-1].append(s)
            for x, t in _split_at(s, here):
                rows[-1][2][_column_of(x, here)].append(t)
            continue
        g = _GROUP.match(s) or _LETTER_GROUP.match(s)
        m = _ROW_MARK.match(s)
        segs = _segments(s)
        if g is not None and m is None and len(segs) <= 2:
            rows.append((g["num"], True, [[g["title"].strip()]]))
            continue
        if m is None and segs and segs[0][0] < (here[1] if len(here) > 1 else 8) - 2 \
                and len(segs) == 1 and not segs[0][1][:1].islower():
            # words under "TT" itself: a group row with no number ("Nhiệm vụ chung")
            rows.append(("", True, [[segs[0][1]]]))
            continue
        if m is not None and m.end("num") < (here[1] if len(here) > 1 else 8):
            if rows and not rows[-1][1] and m["num"].rstrip(".)") in ("1", "a") \
                    and (group := _heading_below(tail, len(rows[-1][2][1]))):
                # the numbers start again: the last lines of the row above, its task's words
                # only, from one opening in capitals, are an unnumbered group row's
                del rows[-1][2][1][-group:]
                rows.append(("", True, [tail[-group:]]))
            rows.append((m["num"], False, [[] for _ in heads]))
            tail = []
            s = " " * m.end() + s[m.end():]
        if rows and rows[-1][1] and len(segs) == 1 and _column_of(segs[0][0], here) == 1:
            rows[-1][2][0].append(segs[0][1])  # a group row's title wrapped onto its next line
            continue
        if not rows or rows[-1][1]:
            if not rows:
                continue
            rows.append(("", False, [[] for _ in heads]))
        placed = [(_column_of(x, here), t) for x, t in _split_at(s, here)]
        for k, t in placed:
            rows[-1][2][k].append(t)
        row_lines.setdefault(len(rows) - 1, []).append(s)
        # the row's last lines holding its task's words only
        tail = [*tail, placed[0][1]] if len(placed) == 1 and placed[0][0] == 1 else []
    if no_number:
        for k, lines_of in enumerate(raw):
            if len(lines_of) == 1 and len(_segments(lines_of[0])) == 1:
                # one run of words alone on the row's one line: a group row merged across
                rows[k] = ("", False, [[lines_of[0].strip()], *[[] for _ in heads[1:]]])
    for k, lines_of in row_lines.items():
        if len(lines_of) == 1 and len(segs := _segments(lines_of[0])) == 1 and len(heads) > 2 \
                and _column_of(segs[0][0], here) == 1:
            # a numbered row of one run of words on its one line ("1   Phát triển hạ tầng số",
            # over "1.1", "1.2"): a group row merged across, its words not cut at the columns
            rows[k] = (rows[k][0], False, [[], [segs[0][1]], *[[] for _ in heads[2:]]])
    names = [" ".join(t.split()) for _, t in heads]
    table = ["", "| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    n = 0
    lead_k = next((k for k, (_, t) in enumerate(heads) if k and k != time_k and _LEAD_COL.search(" ".join(t.split()))),
                  None)
    said_rows = [(number, group, [_join(c) for c in cells]) for number, group, cells in rows]
    # a lead merged down: each run of task rows (between group rows) names its lead in its
    # first row, and some rows below name none
    merged = lead_k is not None and _merged_down(said_rows, lead_k, 0 if no_number else 1)
    lead_above = ""
    for number, group, said in said_rows:
        if group:
            table.append("| " + " | ".join([number, said[0], *[""] * (len(names) - 2)]) + " |")
            lead_above = ""
            continue
        n += 1
        if time_k is not None and not said[time_k]:
            # a page that left a column empty is laid out closer: a time standing under
            # the column before the time's is the time
            moved = next((k for k in range(2, len(said)) if k != time_k and said[k]
                          and _TIMELIKE.match(said[k]) and re.search(r"\d|Hằng|Hàng|Thường", said[k])), None)
            if moved is not None:
                said[time_k], said[moved] = said[moved], ""
        if lead_k is not None:
            words = [k for k, c in enumerate(said) if c and k != (0 if no_number else 1) and (k or no_number)]
            if not words:
                lead_above = ""  # a row of the task's words only (a group's): no run goes over it
            elif said[lead_k]:
                lead_above = said[lead_k]
            elif lead_above and merged:
                # a lead merged down the column shows its words in its first row only: the rows
                # below it in the same group, naming none, take it (with a warning)
                said[lead_k] = lead_above
                above.append((said[0 if no_number else 1], lead_above))
        table.append("| " + " | ".join(said if no_number else [number, *said[1:]]) + " |")
    table.append("")
    return end, table, n, above


def _heading_below(tail: list[str], words: int) -> int:
    """How many of a row's last lines of task words (``tail``) are a group row's heading
    standing under the task's column before rows numbered from 1 again: from the last
    line opening in capitals (the heading's first) on, the lines after it in lower case;
    0 when none, or when the row would keep no words of its own."""
    start = next((k for k in reversed(range(len(tail))) if tail[k][:1].isupper()), None)
    if start is None or len(tail) - start >= words or any(t[:1].isupper() for t in tail[start + 1:]):
        return 0
    return len(tail) - start


def _merged_down(rows: list[tuple[str, bool, list[str]]], lead_k: int, task_k: int) -> bool:
    """Whether the lead column's cells look merged down over rows: some task rows name no
    lead, and each run of task rows (between group rows, or rows of the task's words only)
    names one in its first row."""
    first = True
    blank = 0
    for _, group, said in rows:
        words = [k for k, c in enumerate(said) if c and k not in (0, task_k)]
        if group or not words:
            first = True
            continue
        if not said[lead_k]:
            if first:
                return False
            blank += 1
        first = False
    return blank > 0


def _blank_number(s: str) -> str:
    m = _NUMBER.match(s)
    return s if m is None else " " * m.end() + s[m.end():]


def _owners(block: list[tuple[int, str]], numbered: list[tuple[int, str]], task_end: int) -> list[int]:
    """Which numbered row each line of a block belongs to."""
    marks = [k for k, _ in numbered]
    texts = [_task_part(_blank_number(s), task_end) for _, s in block]
    owner = [0] * len(block)
    starts = [0]  # where each row's task words start
    for r in range(1, len(marks)):
        start = marks[r]
        prev = next((texts[k] for k in range(marks[r - 1], -1, -1) if texts[k]), "")
        for k in range(marks[r - 1] + 1, marks[r] + 1):
            if texts[k] and _task_starts(texts[k], prev):
                start = k
                break
            if texts[k]:
                prev = texts[k]
        starts.append(start)
    for k in range(len(block)):
        if texts[k]:
            owner[k] = max((r for r in range(len(marks)) if starts[r] <= k), default=0)
            continue
        # words of the other cells only: the nearer number's row (on a tie, the next row's
        # when they open a person's cell, "Đồng chí …", above its task words)
        dist = [abs(k - m) for m in marks]
        best = min(dist)
        near = [r for r, d in enumerate(dist) if d == best]
        opens = any(_PERSON_START.match(t) for _, t in _pieces(_blank_number(block[k][1]), task_end))
        owner[k] = near[-1] if len(near) > 1 and opens and k >= starts[near[-1]] - 1 else near[0]
    return owner
