"""A task table a PDF converter broke into fragments, joined back into one table.

A PDF turned into Markdown by a converter that guesses tables page by page and line by
line leaves a wide task table as a run of small "|" tables (each a few lines of the rows,
their cells under the header's columns, counted from the right: a fragment one cell wider
has split the task's words over two cells) and plain lines between them (the cells of a
row the converter did not take for a table, run into one line, the columns apart by two
spaces or more; a justified line spaces every word so). A row's number stands in the
middle of its lines (the cells are centred), in a cell of its own or opening a line.

The run is read when its header (its first table's rows, a short line of column words
between, the next table's header-like first row) names a content column and a lead or a
time column, and when at least three fragments of its width follow. Its rows are rebuilt:

* a row begins where its words begin: a line (or the left cells of a fragment) opening a
  task's words (a capitalised verb, its second word in lower case, four words at least, no
  agency's name), once the row before has its number; a number read when the row already
  has one begins the next row too; a Roman numeral with words in capitals is a group row;
* a line opening in lower case goes on with the row's words;
* a fragment's cells under the lead, partners and time columns are the row's; in a plain
  line the time and the money source are read from its end ("… NSNN + XHH 2026–2027"),
  the agencies from its chunks that open with an agency's word, the first the lead
  unless the fragments name one (a lead cell in lower case goes on with the plain line's:
  "UBND các" | "địa phương").

The table rebuilt is read as any task table is; a note says the rows were rebuilt.
"""

from __future__ import annotations

import re

import attrs

import planflow

from .text import Block, Table

__all__ = ["join_fragments"]

# a row's number opening a line or a cell ("7. tiến, quảng bá …", "12.")
_NUMBER = re.compile(r"^(?P<n>\d{1,2})\.(?:\s+|$)")
# a group row: a Roman numeral, then words in capitals ("V NHIỆM VỤ, HOẠT ĐỘNG KHÁC")
_GROUP = re.compile(r"^(?P<n>[IVX]{1,5})\.?(?:\s+(?P<t>.*))?$")
# a word agencies' names open with (in a plain line's chunk, or inside one: "Sở Du lịch
# UBND các địa" is two names)
_AGENCY_OPEN = (r"(?:Sở|UBND|Ủy\s+ban|Uỷ\s+ban|Hiệp\s+hội|Trung\s+tâm|Ban|Bộ|Công\s+an|Văn\s+phòng"
                r"|Doanh\s+nghiệp|Liên\s+đoàn|Cục|Chi\s+cục|Phòng|Đài|Báo|Đoàn|Hội|Quỹ|Viện|Kho\s+bạc"
                r"|Ngân\s+hàng|Bộ\s+Chỉ\s+huy)")
_AGENCY = re.compile(rf"^{_AGENCY_OPEN}(?=\s|$)")
# inside a chunk, only the words that never open a place's name ("Hội An" does)
_AGENCY_INSIDE = re.compile(r"\s(?=(?:Sở|UBND|Ủy\s+ban|Uỷ\s+ban|Hiệp\s+hội|Trung\s+tâm|Công\s+an"
                            r"|Doanh\s+nghiệp)\s)")
# the rest of a body's name alone on its line, or as a chunk: "các địa phương", "phương"
_AGENCY_TAIL = re.compile(r"^(?:(?:các\s+)?(?:địa\s+)?phương|các\s+(?:xã|phường|sở|đơn\s+vị|cơ\s+quan)\b[^;]{0,30}"
                          r"|xã,?\s*phường)$")
# the time closing a plain line, or its piece ("Quý I–" | … | "II/2026", "Thường" | "xuyên")
_TIME_END = re.compile(
    r"(?:^|\s)(?P<t>(?:Năm\s+|năm\s+)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?"
    r"|Quý\s+[IV]{1,3}(?:\s*[–-]\s*[IV]{1,3})?/(?:19|20)\d\d|Quý\s+[IV]{1,3}\s*[–-]"
    r"|[IV]{1,3}/(?:19|20)\d\d|Thường\s+xuyên|Thường|xuyên|Hằng\s+năm|Hàng\s+năm)$")
# the money source closing a plain line (after its time is taken): "NSNN + XHH", "NSNN + xã hội"
_MONEY_END = re.compile(r"(?:^|\s)(?:NSNN|NSTW|NSĐP|XHH|ODA)(?:\s*[+,]\s*(?:NSNN|NSTW|NSĐP|XHH|ODA|xã\s+hội))*$")
# a body's name cut short ("UBND", "UBND các", "UBND các địa"): its rest follows
_DANGLING = re.compile(r"(?:\bUBND|\bcác|\bđịa|\bỦy\s+ban\s+nhân\s+dân)$")
_YEARS = re.compile(r"(?:Năm\s+|năm\s+)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?")
# a column's words standing alone between the header's fragments ("Nội dung nhiệm vụ")
_HEAD_WORDS = re.compile(r"^(?:Nội\s+dung|Tên|Nhiệm\s+vụ|Công\s+việc|Hoạt\s+động)[\w\s,/]{0,40}$", re.I)


def _columns(row: tuple[str, ...]) -> dict[str, int]:
    from .tables import columns  # the table reader's own words for its columns

    return columns(row)


def _header_row(row: tuple[str, ...]) -> bool:
    """A row of column words: short cells, no row number, some role named."""
    texts = [c.strip() for c in row]
    if any(len(t) > 40 for t in texts) or _NUMBER.match(texts[0]) or _GROUP.match(texts[0]):
        return False
    return bool(set(_columns(row)) & {"lead", "partners", "timeframe", "budget", "title", "number"})


@attrs.define
class _Row:
    number: str = ""
    group: bool = False
    title: list[str] = attrs.Factory(list)
    cell_lead: list[str] = attrs.Factory(list)
    plain_lead: list[str] = attrs.Factory(list)
    lone_lead: list[str] = attrs.Factory(list)
    partners: list[str] = attrs.Factory(list)
    time: list[str] = attrs.Factory(list)

    def lead(self) -> str:
        cells = " ".join(self.cell_lead).strip()
        plain = (self.plain_lead or self.lone_lead or [""])[0]
        if cells and plain and cells[:1].islower():
            return f"{plain} {cells}"  # "UBND" | "các địa phương"
        return cells or plain

    def timeframe(self) -> str:
        out = ""
        for piece in dict.fromkeys(self.time):
            out = f"{out}{piece}" if out.endswith(("–", "-")) or not out else f"{out} {piece}"
        return out


def _title_start(text: str) -> bool:
    """Words that open a task: a capitalised verb, its second word in lower case, four words
    at least, no agency's name, no plural opening a place's or a body's name ("Các điểm …")."""
    words = text.split()
    return len(words) >= 4 and words[0][:1].isupper() and words[1][:1].islower() \
        and not _AGENCY.match(text) and words[0] not in ("Các", "Những")


def _plain(line: str) -> tuple[str, str, list[str], list[str], list[str]]:
    """A plain line's number, its task words, its agencies, its time pieces and the rests
    of bodies' names in it ("các địa phương")."""
    s = line.strip()
    number = ""
    m = _NUMBER.match(s)
    if m:
        number, s = m["n"], s[m.end():]
    times: list[str] = []
    while (t := _TIME_END.search(s)) is not None:
        times.insert(0, t["t"])
        s = s[: t.start()].rstrip()
    s = _MONEY_END.sub("", s).rstrip()
    while (t := _TIME_END.search(s)) is not None:  # "… 2026  NSNN": the money before the time
        times.insert(0, t["t"])
        s = s[: t.start()].rstrip()
    chunks = [c for c in re.split(r"\s{2,}", s) if c]
    # a justified line spaces each word: its single words, run together, are the task's words
    k = 0
    while k < len(chunks) and len(chunks[k].split()) == 1 and (k or not _AGENCY.match(chunks[k])):
        k += 1
    words = " ".join(chunks[:k]) if k >= 2 else (chunks[0] if chunks else "")
    rest = chunks[k:] if k >= 2 else chunks[1:]
    if words and _AGENCY.match(words):
        rest, words = chunks, ""
    agencies: list[str] = []
    for c in rest:
        names = _AGENCY_INSIDE.split(c)
        if not _AGENCY.match(names[0]):
            names = names[1:]  # "Đan Điền, Vinh Lộc, Sở Du lịch": a place, then the body
        agencies += [n.strip(" ;,") for n in names if n.strip(" ;,")]
    # "… cộng đồng phương xuyên": the place's, the lead's and the time's cells run together
    tails: list[str] = []
    for c in rest:
        if _AGENCY_TAIL.match(c):
            tails.append(c)
        elif (m := re.search(r"\s((?:địa\s+)?phương)$", c)) is not None:
            tails.append(m[1])
    return number, words, agencies, times, tails


def join_fragments(items: list[Block | Table]) -> tuple[list[Block | Table], list[str]]:
    """``items`` with each run of a broken task table's fragments replaced by the table
    rebuilt; the notes saying so."""
    out: list[Block | Table] = []
    notes: list[str] = []
    k = 0
    while k < len(items):
        run = _run(items, k)
        if run is None:
            out.append(items[k])
            k += 1
            continue
        table, end = run
        out.append(table)
        notes.append(planflow.Worded.of(
            "{where}: a task table broken into {n} fragments and lines between them (a PDF "
            "converted to text): its rows rebuilt from their numbers and the words opening "
            "them, the cells read by their columns counted from the right",
            "table_fragments", where=items[k].where, n=sum(isinstance(it, Table) for it in items[k:end])))
        k = end
    return out, notes


def _run(items: list[Block | Table], k: int) -> tuple[Table, int] | None:
    """The table rebuilt from the fragments starting at ``items[k]`` and the index after
    them; None when no broken task table starts there."""
    from .tables import is_task_table

    first = items[k]
    if not isinstance(first, Table) or not first.rows or not _header_row(first.rows[0]) \
            or is_task_table(first):
        return None  # (a whole task table is read as it is)
    width = len(first.rows[0])
    head = [list(r) for r in first.rows if _header_row(r)]
    if len(head) != sum(1 for r in first.rows[: len(head)] if _header_row(r)):
        return None
    stray: list[str] = []
    j = k + 1
    pending: list[tuple[str, ...]] = list(first.rows[len(head):])
    if not pending:
        # "Nội dung nhiệm vụ" alone between the header's two fragments, then the second
        if j < len(items) and isinstance(items[j], Block) and all(
                _HEAD_WORDS.match(x.strip()) for x in items[j].lines if x.strip()):  # type: ignore[union-attr]
            stray = [x.strip() for x in items[j].lines if x.strip()]  # type: ignore[union-attr]
            j += 1
        if j < len(items) and isinstance(nxt := items[j], Table) and nxt.rows and \
                len(nxt.rows[0]) == width and _header_row(nxt.rows[0]):
            more = [list(r) for r in nxt.rows if _header_row(r)]
            head += more
            pending = list(nxt.rows[len(more):])
            j += 1
    merged = [" ".join(r[c].strip() for r in head if r[c].strip()) for c in range(width)]
    if stray:
        cols = _columns(tuple(merged))
        at = next((c for c in range(cols.get("number", -1) + 1, width) if not merged[c]), None)
        if at is None:
            return None
        merged[at] = " ".join(stray)
    cols = _columns(tuple(merged))
    if "title" not in cols or not ({"lead", "timeframe"} & set(cols)) \
            or cols["title"] > min(cols.get("lead", width), cols.get("timeframe", width)):
        return None
    # the fragments after the header: tables as wide (one cell more or less) and the plain
    # lines between them; at least three
    end = j
    count = 0
    while end < len(items):
        it = items[end]
        if isinstance(it, Table):
            if not it.rows or abs(len(it.rows[0]) - width) > 1 or [*it.rows[0]] in head or is_task_table(it):
                break  # the header repeated, or another table of its own
            count += 1
        elif any(re.match(r"^\W*(?:PHỤ LỤC|Phụ lục|Nơi nhận)\b", x) or len(x) > 160 for x in it.lines):
            break  # another appendix, the closing, or running text (a cell's line is short)
        end += 1
    if count < 3:
        return None
    right = min((c for c in range(cols["title"] + 1, width) if merged[c]), default=width)
    rows = _rows(pending, items[j:end], cols, width, right)
    if sum(not r.group for r in rows) < 2:
        return None
    title_col, number_col = cols["title"], cols.get("number")
    built: list[tuple[str, ...]] = [tuple(merged)]
    for r in rows:
        cells = [""] * width
        if number_col is not None:
            cells[number_col] = r.number if r.group else f"{r.number}."
        cells[title_col] = " ".join(r.title).strip()
        if r.group:
            built.append(tuple(cells))
            continue
        if "lead" in cols:
            cells[cols["lead"]] = r.lead()
        if "partners" in cols:
            cells[cols["partners"]] = " ".join(r.partners).strip()
        if "timeframe" in cols:
            cells[cols["timeframe"]] = r.timeframe()
        built.append(tuple(cells))
    return Table(first.where, first.line, tuple(built)), end


def _rows(pending: list[tuple[str, ...]], items: list[Block | Table], cols: dict[str, int],
          width: int, right: int) -> list[_Row]:
    """The rows of the run: the header's own fragment's rows after it, then the items."""
    rows: list[_Row] = []
    row: _Row | None = None

    def begin(number: str = "", group: bool = False) -> _Row:
        nonlocal row
        row = _Row(number=number, group=group)
        rows.append(row)
        return row

    def words(text: str, number: str) -> None:
        nonlocal row
        text = " ".join(text.split())
        if number:
            if row is None or row.group or row.number:
                begin(number)
            else:
                row.number = number
            assert row is not None
            if text and (not row.title or text[:1].islower() or _title_start(text)):
                row.title.append(text)  # not "6. Hương Trà; Quảng Điền;": a place's cell
            return
        if not text:
            return
        if _title_start(text) and (row is None or row.group or row.number):
            begin().title.append(text)
        elif row is not None and not row.group and text[:1].islower():
            row.title.append(text)
        elif row is not None and not row.group and not row.title and _title_start(text):
            row.title.append(text)

    def group(numeral: str, title: str) -> bool:
        if not title or title != title.upper() or not any(c.isalpha() for c in title):
            return False
        begin(numeral, group=True).title.append(" ".join(title.split()))
        return True

    def table_row(cells: tuple[str, ...]) -> None:
        shift = len(cells) - width
        left = [c.strip() for c in cells[: right + shift] if c.strip()]
        g = _GROUP.match(left[0]) if left else None
        if g and not g["t"] and group(g["n"], " ".join(c.strip() for c in cells[1:] if c.strip())):
            return
        text = " ".join(left)
        m = _NUMBER.match(text)
        words(text[m.end():] if m else text, m["n"] if m else "")
        if row is None or row.group:
            return
        for name, c in cols.items():
            at = c + shift
            if c < right or not 0 <= at < len(cells) or not cells[at].strip():
                continue
            value = " ".join(cells[at].split())
            if name == "lead":
                row.cell_lead.append(value)
            elif name == "partners":
                row.partners.append(value)
            elif name == "timeframe":
                row.time.append(value)

    for cells in pending:
        table_row(cells)
    for it in items:
        if isinstance(it, Table):
            for cells in it.rows:
                table_row(cells)
            continue
        for line in it.lines:
            g = _GROUP.match(line.strip())
            if g and g["t"] and group(g["n"], g["t"]):
                continue
            number, text, agencies, times, tails = _plain(line)
            if not number and _AGENCY_TAIL.match(text):
                tails, text = [text, *tails], ""  # "địa phương" alone: a name's rest, no task words
            words(text, number)
            if row is None or row.group:
                continue
            if agencies:
                # a line holding other columns places its body surely; a body's name alone
                # on its line may be the partners' cell's
                alone = len(agencies) == 1 and not text and not times and line.strip() == agencies[0]
                (row.lone_lead if alone else row.plain_lead).append(agencies[0])
                row.partners.extend(agencies[1:])
            for tail in tails:
                if _DANGLING.search(row.lead()):
                    row.cell_lead.append(tail)  # "UBND các" | "địa phương"
            if times and (not row.time or line.strip() != times[-1] or not _YEARS.fullmatch(times[-1])):
                row.time.extend(times)  # not "2030" alone: the words' "giai đoạn 2026–" ended
    return [r for r in rows if r.group or (r.number and r.title)]
