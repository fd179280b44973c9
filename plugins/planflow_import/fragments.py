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

When the fragments are not one width (a converter that dropped a fragment's empty columns)
and the rows are centred (each row's number, lead, money marks and time on its middle line,
its words above and below), :func:`_banded_run` rebuilds the rows from their number lines
instead (see docs/import.md, "The m plans and last round's leftovers").
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
        banded = False
        if run is None and (run := _banded_run(items, k)) is not None:
            banded = True
        if run is None:
            out.append(items[k])
            k += 1
            continue
        table, end = run
        out.append(table)
        if banded:
            notes.append(planflow.Worded.of(
                "{where}: a task table broken into {n} fragments and lines between them (a PDF "
                "converted to text, its cells centred on each row): its {rows} rows rebuilt from "
                "their number lines, each holding the row's time; their words, lead and time may "
                "be incomplete: check them against the original", "table_fragments_banded",
                where=items[k].where, n=sum(isinstance(it, Table) for it in items[k:end]),
                rows=sum(1 for r in table.rows[1:] if any(r[1:]))))
            k = end
            continue
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



# ---------------------------------------------------------------------------------------
# A table whose rows are centred: each row's number, its time and often its lead printed on
# one line (the row's middle), its words above and below, the fragments of any width (a
# converter that dropped empty columns), a wide last column ("Nội dung cụ thể") running
# across them. Read when the table of fragments above is not.

# a row's or a group's number opening a line or a cell: "1.2", "3.1.", "4", "II"
_ROW_NUMBER = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,2})\.?(?:\s+|$)")
_ROMAN_GROUP = re.compile(r"^(?P<n>[IVX]{1,5})\.?\s+(?P<t>[A-ZĐÀ-Ỹ].*)$")
# a row's time on its number line, after the money columns' marks ("x x 2025-2026")
_TIME_WORDS = (r"(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?|Hằng\s+năm|Hàng\s+năm|Hằng\s+tháng"
               r"|Hàng\s+tháng|Hằng\s+quý|Hàng\s+quý|Thường\s+xuyên|Quý\s+[IV]{1,3}/(?:19|20)\d\d)")
_MARKED_TIME = re.compile(rf"(?:^|\s)(?:x\s+){{1,3}}(?P<t>{_TIME_WORDS})(?=\s|$|[,;])")
_BARE_TIME = re.compile(rf"(?:^|\s)(?P<t>{_TIME_WORDS})(?=\s|$|[,;])")
# where a body's name begins inside a line of run-together cells ("… Michelin Sở Du lịch UBND …")
_LEAD_START = re.compile(r"(?:^|(?<=[\s;,(/]))(?=(?:Sở|Bộ|UBND|Ủy\s+ban|Uỷ\s+ban|Trung\s+tâm|TTBT|Doanh\s+nghiệp"
                         r"|Hiệp\s+hội|Công\s+an|Ban\s+Quản\s+lý|Bệnh\s+viện|Đại\s+học|Liên\s+đoàn|Cục|Đài"
                         r"|Văn\s+phòng|Hội)\s)")


def _dept_fields() -> str:
    from .agencies import _FIELD_ALT  # the departments' fields ("Tài chính", "Văn hóa và Thể thao")

    return _FIELD_ALT


def _lead_name(text: str) -> str:
    """The body's name opening ``text``: "Sở" or "Bộ" and its field, else the words up to the
    next body, a ";" or a ",", at most six."""
    t = " ".join(text.split())
    m = re.match(rf"(?:Sở|Bộ)\s+(?:{_dept_fields()})\b", t)
    if m:
        return m[0]
    nxt = _LEAD_START.search(t, 1)
    t = t[: nxt.start()] if nxt else t
    # (one body: "UBND các xã, phường", "các xã, thị trấn")
    name = " ".join(re.split(r";|,(?!\s*(?:phường|thị\s+trấn)\b)", t)[0].split()[:6]).strip()
    # (not the next body's first word closing the cell's line: "Doanh nghiệp Sở")
    return re.sub(r"(?<=\w)\s+(?:Sở|Bộ|Ban|Cục)$", "", name)


def _number_line(text: str) -> tuple[str, str, str, str] | None:
    """A row's number line: its number, its words, its lead and its time; None when the
    line opens with no number or names no time (a group's heading, a page's number)."""
    s = " ".join(text.split())
    m = _ROW_NUMBER.match(s)
    if m is None:
        return None
    rest = s[m.end():]
    t = _MARKED_TIME.search(rest)
    if t is None:
        found = list(_BARE_TIME.finditer(rest))
        t = found[-1] if found else None
    if t is None:
        # no time on the line: a row still when its words go on in lower case (the middle of
        # its words) or it marks its money columns ("x") or names its lead after its words;
        # else a group's heading ("3.3 Du lịch chăm sóc sức khỏe")
        at = _LEAD_START.search(rest, 1)
        if not (rest[:1].islower() or re.search(r"(?:^|\s)x(?:\s|$)", rest)
                or (at is not None and len(rest[: at.start()].split()) >= 2)):
            return None
        before = re.sub(r"(?:\s+x)+\s*$", "", re.sub(r"(?:\s+x)+(?=\s|$)", "", rest)).strip()
        at = _LEAD_START.search(before)
        words, lead = (before[: at.start()].strip(), _lead_name(before[at.start():])) if at else (before, "")
        return m["n"], words, lead, ""
    before = re.sub(r"(?:\s+x)+\s*$", "", rest[: t.start()]).strip()
    at = _LEAD_START.search(before)
    words, lead = (before[: at.start()].strip(), _lead_name(before[at.start():])) if at else (before, "")
    return m["n"], words, lead, t["t"]


# the rest of a body's name printed alone on a line among a banded row's lines ("thành phố"
# or "lịch thành phố" of "Hiệp hội Du lịch thành phố", never "của thành phố"; "phường liên quan" of "UBND các xã, phường liên quan")
_NAME_REST = re.compile(r"(?:(?:(?!của|tại|trên|với|cho|và|các|toàn)\w+\s+)?thành\s+phố|tỉnh|(?:liên\s+)?quan|(?:các\s+)?(?:xã,?\s*)?(?:phường|địa\s+phương)"
                        r"(?:\s+liên\s+quan)?)[.;,]?")


# a cell that holds a time and nothing else: a range of years, a recurrence ("2025-2030",
# "Hằng năm"), not a bare year (the end of a range cut over two lines, "2025-" | "2030")
_TIME_CELL = re.compile(r"\s*(?:(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d|Hằng\s+năm|Hàng\s+năm|Hằng\s+tháng"
                        r"|Hàng\s+tháng|Hằng\s+quý|Hàng\s+quý|Thường\s+xuyên)\s*")


@attrs.define
class _Band:
    number: str = ""
    title: list[str] = attrs.Factory(list)
    lead: str = ""
    cell_lead: list[str] = attrs.Factory(list)
    time: str = ""
    #: a time cell printed on a line above the row's number line ("2025-2030" beside its
    #: first words): its time when the number line names none
    early_time: str = ""


def _name_goes_on(row: _Band, said: str) -> str:
    """``said`` less the rest of the row's lead cut after its comma ("UBND các xã," | "14
    phường liên …": "UBND các xã, phường"), which goes to the lead."""
    if not row.cell_lead or not row.cell_lead[-1].endswith(","):
        return said
    tail = re.match(r"(?:xã|phường|thị\s+trấn|địa\s+phương)\b", said)
    if tail is None:
        return said
    row.cell_lead[-1] += f" {tail[0]}"
    return said[tail.end():].strip()


def _banded_run(items: list[Block | Table], k: int) -> tuple[Table, int] | None:
    """The table rebuilt from centred rows starting at ``items[k]`` (its header), and the
    index after them; None when no such table starts there."""
    from .tables import is_task_table

    first = items[k]
    if not isinstance(first, Table) or not first.rows or not _header_row(first.rows[0]):
        return None
    if is_task_table(first) and any(not _header_row(r) and max(len(c.strip()) for c in r) > 20
                                    for r in first.rows):
        return None  # (a header with rows of its own: a whole task table)
    width = len(first.rows[0])
    # (rows of the header's fragment may be narrower than its first: "| Trước ngày 30/6/2026 |")
    head = [r for r in first.rows if _header_row(r) or max(len(c.strip()) for c in r) <= 20]
    merged = [" ".join(r[c].strip() for r in head if c < len(r) and r[c].strip()) for c in range(width)]
    cols = _columns(tuple(merged))
    if not {"title", "lead", "timeframe"} <= set(cols) or cols["title"] > cols["lead"]:
        return None
    end = k + 1
    while end < len(items):
        it = items[end]
        if isinstance(it, Table):
            if it.rows and is_task_table(it):
                break
        elif any(re.match(r"^\W*(?:PHỤ LỤC|Phụ lục|Nơi nhận)\b", x) or len(x) > 160 for x in it.lines):
            break
        end += 1
    rows: list[_Band] = []
    row: _Band | None = None
    # a lead's first words printed above the next row's first line, after the row above
    # has its lead ("Doanh" | "nghiệp  Sở …" over "Tổ chức chương trình …"; "UBND các xã,"
    # alone over the row): the next row's, when it opens and names none of its own
    pending: list[str] = []
    pending_time: list[str] = []  # so a time cell above the next row's first line

    def words(text: str, numbered: bool) -> None:
        nonlocal row
        text = " ".join(text.split())
        if not text:
            return
        # a line naming a body after its first words, or holding a ";", is a lead's or a
        # partner's cell run into it ("Thể thao; UBND các"), not a title's first line
        opens = _title_start(text) and ";" not in text and _LEAD_START.search(text, 1) is None
        if opens and row is not None and not row.number and row.title:
            row.title = [text]  # the words nearest the number line open its title
            return
        if opens and (row is None or row.number):
            row = _Band(title=[text], cell_lead=pending[:1], early_time=(pending_time or [""])[0])
            pending.clear()
            pending_time.clear()
            rows.append(row)
        elif row is not None and (text[:1].islower() or (not row.title and opens)
                                  or (numbered and not row.title)):
            if not numbered and _NAME_REST.fullmatch(text):
                return  # "thành phố", "phường liên quan": a body's name's rest from the lead's or
                # the partners' cell, no words of the title (round 16)
            row.title.append(text)

    def number(n: str, text: str, lead: str, time: str) -> None:
        nonlocal row
        if row is None or row.number:
            row = _Band()
            rows.append(row)
        row.number, row.time = n, time or row.early_time
        pending.clear()
        pending_time.clear()
        said = _name_goes_on(row, " ".join(text.split())) if not lead else " ".join(text.split())
        if said:
            row.title.append(said)
        if lead:
            row.lead = lead

    lines: list[tuple[str, tuple[str, ...] | None]] = []
    for it in items[k + 1:end]:
        if isinstance(it, Table):
            lines += [("", r) for r in it.rows if r not in head]
        else:
            lines += [(x, None) for x in it.lines]
    for text, cells in lines:
        if cells is None:
            if _ROMAN_GROUP.match(text.strip()) and not _BARE_TIME.search(text):
                row = None  # a group's heading ("I Xây dựng cơ chế, chính sách")
                continue
            got = _number_line(text)
            if got is not None:
                number(*got)
                continue
            if _ROW_NUMBER.match(text.strip()):
                row = None if re.search(r"[^\d\s.]", text) else row  # a group's heading; a page number
                continue
            _, said, agencies, _, _ = _plain(text)
            words(said, False)
            if row is not None and agencies and not row.number and not row.cell_lead:
                row.cell_lead.append(agencies[0])
            elif row is not None and row.number and (row.lead or row.cell_lead) and not said \
                    and re.fullmatch(r"(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+các\s+(?:xã|phường|huyện)\s*,", text.strip()):
                pending[:] = [text.strip()]  # "UBND các xã," alone: the name of the next row's lead begun
            continue
        full = [c.strip() for c in cells]
        filled = [c for c in full if c]
        if not filled:
            continue
        # the title's cell: the first; the lead's: the next (a fragment that dropped the
        # empty columns), or the header's own column in a fragment as wide as the header
        lead_at = cols["lead"] if len(full) == width else 1
        title_cell = full[0] or (full[cols["title"]] if len(full) == width else "")
        got = _number_line("  ".join(filled)) if _ROW_NUMBER.match(filled[0]) else None
        if got is not None:
            n, said, lead, time = got
            if lead_at < len(full) and full[lead_at] and not _ROW_NUMBER.match(full[lead_at]):
                lead = _lead_name(full[lead_at]) if _LEAD_START.match(full[lead_at]) else lead
            first_words = _ROW_NUMBER.sub("", title_cell, count=1)
            if row is not None and not row.number and not lead and first_words != title_cell:
                _name_goes_on(row, said)
            number(n, first_words if first_words != title_cell else said, lead, time)
            continue
        if _ROW_NUMBER.match(filled[0]) and not _BARE_TIME.search(" ".join(filled)):
            row = None  # a group's heading in a cell
            continue
        words(title_cell, False)
        timed = [c for c in full[1:] if _TIME_CELL.fullmatch(c)]
        if timed and row is not None:
            # a cell holding only a time, above the row's number line: the row's; after a
            # timed row's number line with no words of its own, the next row's (round 16)
            if not row.number:
                row.early_time = " ".join(timed[-1].split())
            elif row.time and not full[0]:
                pending_time[:] = [" ".join(timed[-1].split())]
        if row is not None and lead_at < len(full) and full[lead_at] and lead_at != 0:
            piece = " ".join(full[lead_at].split())
            after = [c for c in full[lead_at + 1:] if c][:1]
            joined = f"{piece} {' '.join(after[0].split())}" if after else ""
            if joined and not _LEAD_START.match(piece) and _LEAD_START.match(joined):
                # the lead's name split over two cells ("Doanh" | "nghiệp  Sở …"): the row's,
                # or, after the row's number line with no words of its own, the next row's
                if not (row.cell_lead or row.lead):
                    row.cell_lead.append(joined)
                elif row.number and not full[0]:
                    pending[:] = [joined]
            elif _LEAD_START.match(piece) or (row.cell_lead and not _LEAD_START.search(piece)):
                row.cell_lead.append(piece)
        elif row is not None and len(full) > 2 and (
                not (row.cell_lead or row.lead) or (row.number and not full[0])):
            # the lead's name split over two cells by the converter ("Doanh" | "nghiệp  Sở …");
            # after the row's number line, with no words of its own, the next row's
            rest = [c for c in full[1:] if c][:2]
            if len(rest) == 2 and not _LEAD_START.match(rest[0]) and \
                    _LEAD_START.match(joined := " ".join(f"{rest[0]} {rest[1]}".split())):
                if row.cell_lead or row.lead:
                    pending[:] = [joined]
                else:
                    row.cell_lead.append(joined)
    done = [r for r in rows if r.number and r.title]
    if sum(bool(r.time) for r in done) < 3:
        return None
    built: list[tuple[str, ...]] = [tuple(merged)]
    for r in done:
        out = [""] * width
        if "number" in cols:
            out[cols["number"]] = f"{r.number}."
        out[cols["title"]] = " ".join(r.title)
        out[cols["lead"]] = r.lead or (_lead_name(" ".join(r.cell_lead)) if r.cell_lead else "")
        out[cols["timeframe"]] = r.time
        built.append(tuple(out))
    return Table(first.where, first.line, tuple(built)), end
