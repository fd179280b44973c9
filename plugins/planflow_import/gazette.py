"""The text layer of a plan printed in the Công báo (the official gazette), as a PDF reader
gives it: every page opens with a running head ("CÔNG BÁO/Số 242/Ngày 22-04-2026") and its
page number, the digital-signature stamp ("Ký bởi: …", "Cơ quan: …", "Ngày ký: …") sits
in the first page's text, and a table comes out cell after cell, each cell wrapped on
short lines of its own, with no border between cells and the header repeated on every
page.

:func:`gazette_furniture` leaves the running heads, page numbers and stamps out, so a
paragraph cut by a page reads as one; :func:`gazette_tables` reads such a task table
back into rows, written as Markdown table lines the text reader takes as any table.
Where one cell ends and the next begins is a guess, from the lines' widths (the task's
column is the wide one), their capitals (a cell opens on one) and the time words (the
time column): each table read so comes with a warning saying so.
"""

from __future__ import annotations

import re
from statistics import median

from .agencies import is_agency_start
from .text import fold

__all__ = ["gazette_furniture", "gazette_tables"]

# the running head of a Công báo page ("CÔNG BÁO/Số 659 + 660/Ngày 10-8-2022")
_RUNNING_HEAD = re.compile(r"^\s*CÔNG BÁO\s*/\s*Số\s+\d[\d +]*/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}\s*\d{0,4}\s*$")
_PAGE_NO = re.compile(r"^\s*\d{1,4}\s*$")
# the digital-signature stamp the Công báo's PDF prints into the text layer
_STAMP_FIRST = re.compile(r"^\s*(?:Ký bởi|Người ký)\s*:")
_STAMP_NEXT = re.compile(r"^\s*(?:Cơ quan|Ngày ký|Email|Thời gian ký)\s*:")


def gazette_furniture(text: str) -> tuple[str, int]:
    """The text with the Công báo's running heads, their page numbers, the blank lines
    around them and the signature stamps left out, and how many lines were; the text
    unchanged unless at least two running heads show it is the gazette's."""
    lines = text.split("\n")
    if sum(1 for s in lines if _RUNNING_HEAD.match(s)) < 2:
        return text, 0
    drop = [False] * len(lines)
    for i, s in enumerate(lines):
        if _RUNNING_HEAD.match(s):
            drop[i] = True
            # the page number under the head, else printed above it (older issues)
            under = any(_PAGE_NO.match(s) for s in lines[i + 1: i + 3])
            j = i - 1  # the page break's blank lines (and the number above the head)
            while j >= 0 and i - j <= 3 and (not lines[j].strip()
                                             or (not under and _PAGE_NO.match(lines[j]))):
                drop[j] = True
                j -= 1
            j = i + 1  # the page number and the blank lines under the head
            while j < len(lines) and j - i <= 4 and (not lines[j].strip() or _PAGE_NO.match(lines[j])):
                drop[j] = True
                j += 1
        elif _STAMP_FIRST.match(s):
            drop[i] = True
            j = i + 1
            while j < len(lines) and j - i <= 3 and _STAMP_NEXT.match(lines[j]):
                drop[j] = True
                j += 1
    kept = [s for s, d in zip(lines, drop, strict=True) if not d]
    return "\n".join(kept), sum(drop)


# a row's number opening its first line: a group ("I", "II."), a task ("1", "12."), a
# sub-task ("2.1"); the task's first words may follow on the same line
_ROW = re.compile(r"^\s*(?:([IVXL]{1,5})|(\d{1,2})(?:\.(\d{1,2}))?)\.?(?:\s+(\S.*?))?\s*$")
_HEAD_NUMBER = re.compile(r"^(?:S?TT|Stt)\.?$")
_HEAD_TASK = re.compile(r"nội dung|nhiệm vụ|công việc|hoạt động", re.I)
_HEAD_LEAD = re.compile(r"chủ\s*trì|thực\s*hiện", re.I)
_HEAD_AGENCY = re.compile(r"chủ\s*trì|phối\s*hợp|thực\s*hiện|cơ\s*quan|đơn\s*vị", re.I)
_HEAD_TIME = re.compile(r"thời\s*gian|thời\s*hạn|tiến\s*độ|hoàn\s*thành", re.I)
_SECTION = re.compile(r"^\s*[IVXL]{1,5}\.\s+(\S.{6,})$")


def _section(s: str) -> bool:
    """Whether ``s`` is a section heading in capitals ("III. TỔ CHỨC THỰC HIỆN")."""
    m = _SECTION.match(s)
    return m is not None and m.group(1) == m.group(1).upper() \
        and any(c.isalpha() for c in m.group(1))


_TABLE_END = re.compile(r"^\s*(?:Phụ lục|PHỤ LỤC|Nơi nhận)\b")
# the words a time cell opens with
_TIME_START = re.compile(r"^(?:thực hiện\s+)?(?:thường\s+xuyên|hằng\s+năm|hàng\s+năm|định\s+kỳ|năm\b|quý\b"
                         r"|tháng\b|trước\b|từ\b|theo\s+(?:yêu\s+cầu|kế\s+hoạch)|đã\s+hoàn\s+thành"
                         r"|giai\s+đoạn|kỳ\s+họp|\d{1,2}/\d{4}|(?:19|20)\d\d\b)", re.I)
# a line ending so that its sentence (or its list: "Bộ X;" over "Bộ Y") goes on (a cell
# never ends on these)
_GOES_ON = re.compile(r"(?:[,;]|\b(?:của|và|các|với|theo|tại|về|cho|đối|trong|số|ngày|để|là|được|từ|đến|ở"
                      r"|những|hoặc|tháng|năm))\s*$", re.I)
# a time cell's line after which its words go on ("Kỳ họp thứ nhất Quốc hội khóa" / "XVI")
_TIME_GOES_ON = re.compile(r"(?:[,;]|\b(?:của|và|với|theo|tại|về|trong|số|ngày|để|từ|đến|khóa|khoá"
                           r"|thứ|trước|sau))\s*$", re.I)
# a year the line's words go on from in prose, not in time words ("2026 được tổ chức")
_YEAR_IN_PROSE = re.compile(r"^(?:19|20)\d\d\s+(?!(?:và|đến|trở|hằng|hàng|trước|sau|-|–)(?:\s|$))"
                            r"[a-zđà-ỹ]")
# a task line ending on a ministry's (a committee's) name, lead cell's words run onto it
_TAIL_AGENCY = re.compile(r"^(.*\S)\s+((?:Bộ|Ủy ban|Ngân hàng Nhà nước|Văn phòng|Thanh tra|Bảo hiểm xã hội)"
                          r"(?:\s+[A-ZĐÂ][^\s,;.]*){1,3}(?:\s+[a-zđ]\S*){0,2})$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}


def _upper_start(s: str) -> bool:
    t = s.strip()
    return bool(t) and (t[0].isupper() or t[0].isdigit() or t[0] in "(“\"")


def _unwrap(lines: list[str]) -> str:
    out = ""
    for s in lines:
        t = fold(s) if s != _EMPTY else ""
        if not t:
            continue
        out = out + t if out.endswith("-") or not out else f"{out} {t}"
    return out.replace("|", "/")


def _header(lines: list[str], i: int) -> list[list[str]] | None:
    """The columns of a task table's header starting at line ``i`` ("TT" or "STT"), each
    its lines; None when the lines there are no such header."""
    if not _HEAD_NUMBER.match(fold(lines[i])):
        return None
    cols: list[list[str]] = [[lines[i]]]
    j = i + 1
    while j < len(lines) and j - i <= 16:
        s = fold(lines[j])
        if not s or len(s) > 45 or _ROW.match(s):
            break
        if not any(c.isalpha() for c in s):
            return None  # a scraped table's cell borders ("|" lines): not the gazette's layout
        if _upper_start(s):
            cols.append([s])
        else:
            cols[-1].append(s)
        j += 1
    words = " ".join(" ".join(c) for c in cols)
    if len(cols) < 4 or j >= len(lines) or not _ROW.match(fold(lines[j])):
        return None
    if not (_HEAD_TASK.search(words) and _HEAD_LEAD.search(words) and _HEAD_TIME.search(words)):
        return None
    return cols


class _Numbers:
    """The row numbers seen so far: a number opens a row only where it comes next."""

    def __init__(self) -> None:
        self.group = 0
        self.main: int | None = None
        self.sub: int | None = None
        self.after_group = False

    def accept(self, m: re.Match[str]) -> str | None:
        """"group" or "task" when the numbered line opens a row, else None (a line of text
        that begins with a figure)."""
        roman, main, sub = m.group(1), m.group(2), m.group(3)
        if roman:
            if _ROMAN.get(roman) != self.group + 1:
                return None
            self.group += 1
            self.after_group = True
            return "group"
        n = int(main)
        if sub is not None:
            b = int(sub)
            if n != self.main or b != (self.sub or 0) + 1:
                return None
            self.sub = b
            return "task"
        if not ((self.main is None and n == 1) or (self.main is not None and n == self.main + 1)
                or (self.after_group and n == 1)):
            return None
        self.main, self.sub, self.after_group = n, None, False
        return "task"


def _split(lines: list[str], agency: list[bool]) -> list[list[str]]:
    """``lines`` cut into as many cells as ``agency`` has flags (contiguous, in order), a
    flag telling whether the cell names agencies: a cell opens on a capital, not after a
    line whose sentence goes on, and on an agency's name when it names agencies (or not
    on one when it does not); cells left empty at the end when there are fewer lines."""
    k, n = len(agency), len(lines)
    if k <= 1 or n <= 1:
        return [lines] + [[] for _ in range(k - 1)] if k else []
    if n <= k:
        # one line a cell, but a line whose words go on ("Bộ Công" / "Thương", "Bộ Khoa học
        # và" / "Công nghệ") goes on in the next
        short: list[list[str]] = []
        for s in lines:
            if short and _goes_on(fold(short[-1][-1])):
                short[-1].append(s)
            else:
                short.append([s])
        return short + [[] for _ in range(k - len(short))]

    def cost(i: int, col: int) -> int:  # column ``col`` opening at line i
        c = 0 if _upper_start(lines[i]) else 3
        c += 2 if _goes_on(fold(lines[i - 1])) else 0
        return c + (0 if is_agency_start(_unwrap(lines[i: i + 3])) == agency[col] else 1)

    # best[c][i]: least cost of cutting lines[:i] into c cells, each non-empty
    inf = 10**9
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0
    for c in range(1, k + 1):
        for i in range(c, n + 1):
            for j in range(c - 1, i):
                if best[c - 1][j] >= inf:
                    continue
                v = best[c - 1][j] + (cost(j, c - 1) if j else 0)
                if v < best[c][i]:
                    best[c][i], back[c][i] = v, j
    cells: list[list[str]] = []
    i = n
    for c in range(k, 0, -1):
        j = back[c][i]
        cells.append(lines[j:i])
        i = j
    return cells[::-1]


_PAGE = "\x00"  # a page break inside a table's body
# a lone blank line between a row's lines: the text layer's mark of an empty cell ("Bộ Khoa
# học" / "và Công nghệ" / " " / "Năm 2026 - 2027": no partner)
_EMPTY = "\x01"


# an item of a list inside the task's cell ("(3) Căn cứ …", "b) Xây dựng …")
_ITEM = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\))\s*\S")


def _unclosed(lines: list[str]) -> bool:
    """Whether the lines leave a bracket open ("… (đăng ký theo hệ thống" over
    "PCT/Madrid/Hague…)."): the next line closes it, in the same cell."""
    text = " ".join(lines)
    return text.count("(") > text.count(")")


def _task_lines(lines: list[str], long_line: float, cut_at_page: bool) -> int:
    """How many of a row's first lines hold its task: the long lines of the wide column
    and the shorter line that ends them (unless the task goes on over the page:
    ``cut_at_page``), that shorter line when it goes on the sentence (lower case, after
    a connecting word or a symbol broken on "-", or after a comma and naming no agency).
    A line opening the next item of a list the task holds ("(3) …", "b) …": no other cell
    opens so) goes on the task, with the long lines after it, and so does the short line
    ending the item before it (even where the task goes on over the page)."""
    idx = 0
    while True:
        while idx < len(lines) and len(fold(lines[idx])) >= long_line:
            idx += 1
        if idx < len(lines):
            s, prev = fold(lines[idx]), fold(lines[idx - 1]) if idx else ""
            comma = prev.endswith(",")
            if cut_at_page and idx:
                # the other cells come before the break: only a line in lower case going
                # on the sentence ("… nhân lực cho" / "các thư viện công cộng") is the task's
                if (s[:1].islower() and _GOES_ON.search(prev)) or prev.endswith("-"):
                    idx += 1
            elif idx == 0 or s[:1].islower() or (_GOES_ON.search(prev) and not comma) \
                    or prev.endswith("-") or _unclosed(lines[:idx]) \
                    or (comma and not is_agency_start(_unwrap(lines[idx: idx + 3]))):
                idx += 1  # the task's last, shorter line
        if 0 < idx < len(lines) and _ITEM.match(fold(lines[idx])):
            idx += 1
        elif 0 < idx < len(lines) - 1 and _ITEM.match(fold(lines[idx + 1])):
            idx += 2  # "theo quy định." over "(3) Căn cứ …": an item's end, the next item
        else:
            return idx


def _row_cells(parts: list[list[str]], agency: list[bool], tcol: int | None,
               width: float) -> list[list[str]]:
    """A task row's lines (its number removed; ``parts``: its lines on each page) cut into
    its cells after the number. A row going on over a page prints the rest of each cell
    again after the page break: the task's rest joins the task, any other line the last
    cell before the time (the result, whose cut matters least). A row whose cells after
    the task come twice (a second lead, result and time after the first group's last
    cell: two deliverables of one task) is two rows, the task's cell in both."""
    long_line = 0.6 * width
    # the empty cells marked on the row's first page: where each stands among its lines
    marks: set[int] = set()
    if parts and parts[0]:
        seen = 0
        for s in parts[0]:
            if s == _EMPTY:
                marks.add(seen)
            else:
                seen += 1
    parts = [[s for s in p if s != _EMPTY] for p in parts]
    if not parts[0]:
        marks = set()
    parts = [p for p in parts if p] or [[]]
    first = parts[0]
    goes_on = len(parts) > 1 and len(fold(parts[1][0])) >= long_line
    idx = _task_lines(first, long_line, goes_on)
    task, rest = first[:idx], first[idx:]
    empties = {m - idx for m in marks if m >= idx}
    if not rest and len(parts) > 1:
        # the page broke inside the task's cell before any other cell was printed: the
        # other cells all come after the break
        more = parts.pop(1)
        k = _task_lines(more, long_line, False) if len(fold(more[0])) >= long_line \
            or fold(more[0])[:1].islower() else 0
        task, rest = task + more[:k], more[k:]
        empties = set()
    ncols = len(agency)
    middle_n = (tcol if tcol is not None else ncols) - 2
    tail = _TAIL_AGENCY.search(fold(task[-1])) if task and middle_n and agency[2:3] == [True] \
        else None
    if tail and is_agency_start(tail.group(2)) and not _GOES_ON.search(tail.group(1)):
        # the lead's first line printed on the task's last ("… phù hợp Bộ Y tế"): the
        # text layer put two cells' lines on one
        task = [*task[:-1], fold(task[-1])[: tail.start(2)].rstrip()]
        rest = [tail.group(2), *rest]
    after_n = ncols - tcol - 1 if tcol is not None else 0
    groups: list[tuple[list[list[str]], list[str], list[str]]] = []  # (middle, time, after)

    def grow(lines: list[str], empty: set[int] | None = None) -> None:
        # the groups of cells after the task, a group opening where _second_group says
        while True:
            middle, time, after = _after_task(lines, agency, tcol, middle_n, after_n, empty or set())
            empty = None
            # (after the time's cell, or inside it when it is the last)
            tail_lines = after if after_n else time
            again = _second_group(tail_lines, 1, _unwrap(middle[0]) if middle else "") \
                if agency[2:3] == [True] and tail_lines else None
            if again is None:
                groups.append((middle, time, after))
                return
            if after_n:
                groups.append((middle, time, after[:again[0]]))
            else:
                groups.append((middle, time[:again[0]], after))
            lines = _shared(tail_lines[again[0]:], again[1], middle, agency, tcol, middle_n)

    grow(rest, empties)
    for more in parts[1:]:
        middle, time, _ = groups[-1]
        # the task's long lines go on the task; the cells cut by the page ("… đồng bộ với"
        # in the time, "thành phố trực" among the partners) take the rest, in their order,
        # the last cell before the time what they do not; none cut: that last cell all
        cut = [c for c in (*middle, time) if c and _cut(_unwrap(c))]
        k = _task_lines(more, long_line, False) if len(fold(more[0])) >= long_line else 0
        long_n = next((j for j, x in enumerate(more) if len(fold(x)) < long_line), len(more))
        if cut and 0 < long_n < k and not _goes_on(fold(more[long_n - 1])):
            k = long_n  # a short line after the task's: a cut cell's rest ("phố trực thuộc")
        task += more[:k]
        lines = more[k:]
        again = _second_group(lines, 0, _unwrap(middle[0]) if middle else "") \
            if agency[2:3] == [True] and time else None
        if again is not None:
            # the row's next group of cells printed after the break
            lines, new = lines[:again[0]], lines[again[0]:]
        if middle and lines:
            if not cut:
                middle[-1] = middle[-1] + lines
            else:
                if not any(c is middle[-1] for c in cut) and not any(c is time for c in cut):
                    # the last cell before the time takes what the cut ones do not: the
                    # lines from the first that opens a cell (a capital after a line whose
                    # words ended)
                    names_only = all(any(c is m and agency[2 + j] for j, m in enumerate(middle))
                                     for c in cut)
                    at = next((j for j in range(1, len(lines)) if not _goes_on(fold(lines[j - 1]))
                               and (_upper_start(lines[j])
                                    or (names_only and not _name_words(fold(lines[j]))))),
                              len(lines))
                    lines, middle[-1] = lines[:at], middle[-1] + lines[at:]
                flags = [any(c is m for m in middle) and agency[2 + next(
                    j for j, m in enumerate(middle) if m is c)] for c in cut]
                for c, got in zip(cut, _split(lines, flags), strict=True):
                    c.extend(got)
        if again is not None:
            grow(_shared(new, again[1], middle, agency, tcol, middle_n))
    rows: list[list[str]] = []
    for middle, time, after in groups:
        cells = [_unwrap(task)] + [_unwrap(c) for c in middle]
        if tcol is not None:
            cells.append(_unwrap(time))
            cells += [_unwrap(c) for c in _split(after, agency[tcol + 1:])]
        rows.append((cells + [""] * ncols)[: ncols - 1])
    return rows


def _after_task(rest: list[str], agency: list[bool], tcol: int | None, middle_n: int,
                after_n: int, empty: set[int] | None = None) -> tuple[list[list[str]], list[str], list[str]]:
    """A row's lines after its task cut into the cells before the time, the time's lines
    and the lines after the time; ``empty``: where the text layer marked an empty cell
    among ``rest`` (its first or last cell before the time is then that empty one)."""
    time: list[str] = []
    after: list[str] = []
    if tcol is not None:
        starts = [j for j in range(1 if middle_n else 0, len(rest)) if _upper_start(rest[j])
                  and _TIME_START.match(_unwrap(rest[j:]))]
        # a year going on in prose ("Diễn đàn … ASEAN" / "2026 được tổ chức …" in the result)
        # opens no time when a later line does
        at = next((j for j in starts if not _YEAR_IN_PROSE.match(fold(rest[j]))),
                  starts[0] if starts else None)
        if at is not None:
            end = next((j for j in range(at + 1, len(rest)) if after_n and _upper_start(rest[j])
                        and not _TIME_START.match(_unwrap(rest[j:]))
                        and not _TIME_GOES_ON.search(fold(rest[j - 1]))), len(rest))
            rest, time, after = rest[:at], rest[at:end], rest[end:]
    if empty and middle_n >= 2 and rest:
        if len(rest) in empty:
            # "Bộ Khoa học" / "và Công nghệ" / (blank) / "Năm 2026": the lead's lines, no partner
            return _split(rest, agency[2: 1 + middle_n]) + [[]], time, after
        if 0 in empty:
            return [[], *_split(rest, agency[3: 2 + middle_n])], time, after
    return _split(rest, agency[2: 2 + middle_n]), time, after


# a time a group of cells with no lead of its own must end on
_STRONG_TIME = re.compile(r"^(?:tháng|quý|năm|(?:19|20)\d\d|thường\s+xuyên|hằng|hàng)\b", re.I)
# "Bộ chỉ số …", "Sở tay …": the word opening a ministry's name, then no name
_NOT_BODY = re.compile(r"^(?:Bộ|Sở)\s+(?!(?:ngành|cơ\s+quan|quản\s+lý)\b)[a-zđà-ỹ]")


def _second_group(lines: list[str], first: int, lead: str = "") -> tuple[int, bool] | None:
    """Where a second group of the row's cells opens among ``lines`` (those after a
    group's time; from ``first`` on), and whether it names its own lead: an agency's name
    (the first group's lead again before any other; else a result, the group sharing the
    first's lead and partners, their cells merged) opening a line after one whose words
    ended, with a time after it. None when none opens."""
    named: list[int] = []
    unnamed: list[int] = []
    for j in range(max(first, 0), len(lines)):
        if not _upper_start(lines[j]) or (j and (_GOES_ON.search(fold(lines[j - 1]))
                                                 or fold(lines[j - 1]).endswith("-"))):
            continue
        times = [x for x in range(j + 1, len(lines)) if _upper_start(lines[x])
                 and _TIME_START.match(_unwrap(lines[x:]))]
        if not times:
            break
        words = _unwrap(lines[j: j + 4])
        if is_agency_start(words) and not _NOT_BODY.match(words):
            if lead and words.casefold().startswith(lead.casefold()):
                return j, True
            named.append(j)
        elif j >= 1 and _STRONG_TIME.match(_unwrap(lines[times[0]:])):
            unnamed.append(j)
    if named:
        return named[0], True
    return (unnamed[0], False) if unnamed else None


def _shared(lines: list[str], own_lead: bool, middle: list[list[str]], agency: list[bool],
            tcol: int | None, middle_n: int) -> list[str]:
    """A second group's lines, led by the first group's cells before its result when it
    names no lead of its own (merged cells printed once)."""
    if own_lead or middle_n < 2:
        return lines
    return [s for c in middle[:-1] for s in c] + lines if all(middle[:-1]) else lines


# a line ending on an agency's first word or inside a name's compound ("Bộ Y tế; Bộ" over
# "Tài chính", "Ủy ban nhân" over "dân các tỉnh", "thành phố trực" over "thuộc …")
_NAME_GOES_ON = re.compile(r"(?:\b(?:Bộ|Sở|Ủy|Uỷ|Ban|Cục|Phòng|Văn phòng|Ủy ban|Uỷ ban)|\s(?:ngang|trực|thuộc|nhân)"
                           r"|\b(?:Bộ|Sở)\s+Công"  # "Bộ Công" over "Thương"
                           r"|tỉnh,\s*thành|thuộc\s+trung|[bB]ộ,\s*cơ)\s*$")


# the lower-case words the rest of a collective's name is made of ("phố trực thuộc", "trung
# ương", "quan ngang bộ", "và cơ quan, tổ chức liên quan")
_NAME_WORD = re.compile(r"phố|trực|thuộc|trung|ương|quan|ngang|bộ|liên|dân|nhân|các|tỉnh|thành|xã|phường"
                        r"|huyện|quận|cơ|tổ|chức|đơn|vị|ngành|địa|phương|và|có|cấp|ban|sở|hội|đoàn"
                        r"|đặc|khu|thể|khác|chính|phủ|ủy|uỷ|viên|thành viên|trên|bàn")


def _name_words(line: str) -> bool:
    """Whether a line's lower-case words could all be the rest of an agency's name."""
    return all(_NAME_WORD.fullmatch(w) or not w[:1].islower()
               for w in re.findall(r"[^\W\d_]+", line))


def _goes_on(line: str) -> bool:
    """Whether a line's words go on on the next line (a cell never ends on it)."""
    return bool(_GOES_ON.search(line) or _NAME_GOES_ON.search(line))


def _cut(text: str) -> bool:
    """Whether a cell's text stops mid-sentence (a connecting word or a comma last, a
    bracket left open): the page cut it."""
    return _goes_on(text) or text.count("(") > text.count(")")


def _sub_rows(parts: list[list[str]], agency: list[bool], tcol: int | None,
              width: float) -> list[list[str]] | None:
    """A row whose task cell is followed by sub-rows, each opening on a dash alone ("4" /
    "Hoàn thiện … chỉ tiêu thiết kế …" / "-" / "Công trình giao thông." / "Bộ Xây dựng" / "-"
    / …): each sub-row's cells (read as a row's), its task after the row's ("… – Công
    trình giao thông."), the time printed once (a merged cell) given to the sub-rows that
    print none. None unless the row, on one page, holds two dashes or more after its task."""
    if len(parts) != 1:
        return None
    lines = parts[0]
    dashes = [k for k, x in enumerate(lines) if fold(x) in ("-", "–")]
    if len(dashes) < 2 or dashes[0] == 0:
        return None
    head = _unwrap([x for x in lines[: dashes[0]] if x != _EMPTY]).rstrip(" .:;")
    out: list[list[str]] = []
    shared = ""
    for a, b in zip(dashes, [*dashes[1:], len(lines)], strict=True):
        sub = [x for x in lines[a + 1: b]]
        if not [x for x in sub if x != _EMPTY]:
            return None
        cells = _row_cells([sub], agency, tcol, width)[0]
        cells[0] = f"{head} – {cells[0]}" if head else cells[0]
        if tcol is not None:
            at = tcol - 1  # (the cells after the row's number)
            if cells[at]:
                shared = shared or cells[at]
            elif shared:
                cells[at] = shared
        out.append(cells)
    return out


def gazette_tables(text: str) -> tuple[str, list[tuple[int, int, int, list[str]]]]:
    """The text with each task table printed cell after cell (a header opening on "TT" or
    "STT" with the task, lead and time columns, rows opening on their numbers) written as
    Markdown table lines (the Công báo's running heads inside it read as page breaks); and
    for each table read so its line in ``text`` (1-based), its rows, its columns and the
    numbers of the rows read as two (see :func:`_row_cells`)."""
    lines = text.split("\n")
    out: list[str] = []
    found: list[tuple[int, int, int, list[str]]] = []
    i = 0
    while i < len(lines):
        cols = _header(lines, i) if len(fold(lines[i])) <= 4 else None
        if cols is None:
            out.append(lines[i])
            i += 1
            continue
        head = [fold(" ".join(c)) for c in cols]
        head_lines = [fold(s) for c in cols for s in c]
        nhead = len(head_lines)
        ncols = len(cols)
        tcol = next((k for k, h in enumerate(head) if k >= 2 and _HEAD_TIME.search(h)), None)
        agency = [k >= 2 and k != tcol and bool(_HEAD_AGENCY.search(h)) for k, h in enumerate(head)]
        end = next((j for j in range(i + nhead, len(lines)) if _TABLE_END.match(lines[j])), len(lines))
        body: list[tuple[int, str]] = []  # (line, text)
        j = i + nhead
        while j < end:
            s = lines[j]
            if _RUNNING_HEAD.match(s):
                if not any(_PAGE_NO.match(x) for x in lines[j + 1: j + 3]):
                    while body and _PAGE_NO.match(body[-1][1]):
                        body.pop()  # the page number printed above the running head
                body.append((j, _PAGE))
                j += 1
                while j < end and (not lines[j].strip() or _PAGE_NO.match(lines[j])):
                    j += 1
                continue
            if [fold(x) for x in lines[j: j + nhead]] == head_lines:
                j += nhead  # the header printed again on the next page
                continue
            if _STAMP_FIRST.match(s) or _STAMP_NEXT.match(s):
                j += 1
                continue
            if s.strip():
                body.append((j, s))
            elif body and body[-1][1] not in (_PAGE, _EMPTY) and j + 1 < end and lines[j + 1].strip():
                body.append((j, _EMPTY))  # a lone blank line inside a row: an empty cell
            j += 1
        numbers = _Numbers()
        rows: list[tuple[str, str, list[list[str]]]] = []  # (kind, number, lines on each page)
        for j, s in body:
            if s == _PAGE:
                if rows:
                    rows[-1][2].append([])
                continue
            m = _ROW.match(fold(s))
            kind = numbers.accept(m) if m else None
            if kind is None and _section(fold(s)):
                # the plan's next section ("III. TỔ CHỨC THỰC HIỆN"): the table ended above
                end = j
                break
            if m and kind:
                number = m.group(1) or (m.group(2) + (f".{m.group(3)}" if m.group(3) else ""))
                rows.append((kind, number, [[m.group(4)] if m.group(4) else []]))
            elif rows and (s != _EMPTY or rows[-1][0] == "task"):
                rows[-1][2][-1].append(s)
        firsts = [len(fold(r[2][0][0])) for r in rows
                  if r[0] == "task" and r[2][0] and len(fold(r[2][0][0])) > 20]
        width = median(firsts) if firsts else 40.0
        table = ["", "| " + " | ".join(h.replace("|", "/") for h in head) + " |",
                 "|" + "---|" * ncols]
        twice: list[str] = []  # the numbers of rows read as two (two groups of cells)
        for kind, number, parts in rows:
            if kind == "group":
                cells = [_unwrap([s for p in parts for s in p])] + [""] * (ncols - 2)
                table.append("| " + " | ".join([number, *cells]) + " |")
                continue
            subs = _sub_rows(parts, agency, tcol, width)
            if subs is not None:
                for k, cells in enumerate(subs, start=1):
                    table.append("| " + " | ".join([f"{number}.{k}", *cells]) + " |")
                continue
            got = _row_cells(parts, agency, tcol, width)
            if len(got) > 1:
                twice.append(number)
            for cells in got:
                table.append("| " + " | ".join([number, *cells]) + " |")
        table.append("")
        found.append((i + 1, len(rows), ncols, twice))
        out.extend(table)
        i = end
    return "\n".join(out), found
