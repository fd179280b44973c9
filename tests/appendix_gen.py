"""Appendix task tables as offices print them, made up at random with their truth.

A generated plan is a short Kế hoạch (letterhead, title with its period 2026-2030, a
body that sends the reader to the appendix, a signature) followed by one or more
appendix tables, written in three forms: the corpus scrape (each cell's text between
``|`` lines, ``**`` emphasis, cells wrapped mid-sentence), GitHub Markdown and a Word
document with real merged cells. Each table varies the way real appendices do:

* column order and naming (STT / TT; "Nội dung, nhiệm vụ", "Tên nhiệm vụ" …; lead,
  partners, time, output, budget and note columns present or not);
* two-row headers ("Cơ quan thực hiện" over "Chủ trì | Phối hợp", "Thời gian" over
  "Bắt đầu | Hoàn thành", or both), a "(1) | (2) | …" row numbering the columns;
* a title above the table or merged across its first row ("PHỤ LỤC", "DANH MỤC NHIỆM
  VỤ …", "(Kèm theo Kế hoạch số …)");
* group rows (A, B; I, II; "1" above "1.1", "1.2"; unnumbered bold headings such as
  "Nhiệm vụ chung"), merged across the table or with their cells left empty;
* numbering restarting per group, running on, or "1.1", "1.2";
* empty partner, output and budget cells; a lead or a time merged down over the rows of
  a group; the header repeated after a page break, or a part after the break with no
  header; several appendix tables one after the other;
* a row listing several tasks as bullets in its task cell ("- …" one per line), their
  times bulleted in the time cell in the same order or one time for all; a lead column
  headed only "Đơn vị" or "Cơ quan, đơn vị"; one agency column naming who leads and who
  takes part ("Chủ trì: X" / "Phối hợp: Y", "X (chủ trì); Y", "X chủ trì, phối hợp với Y").

The words are made up here (agencies, task titles, times); nothing is taken from the
corpus. :func:`generate` gives a :class:`Generated` plan: its text in each form and the
tasks a careful reader counts, each with its title, lead, partners and time (kind and
dates, as ``benchmarks/score_reading.py`` labels them).

Used by ``benchmarks/appendix_tables.py`` (a score on N random plans) and by
``tests/test_appendix_tables.py`` (properties).
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

# agency names as written in a cell; the reader may print them otherwise (no abbreviations
# here, so that a lead is right when its name is read)
AGENCIES = ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương", "Sở Y tế",
            "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Văn phòng UBND tỉnh", "Sở Tư pháp",
            "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình tỉnh",
            "Bộ Chỉ huy Quân sự tỉnh", "Bưu điện tỉnh", "Thanh tra tỉnh"]
COLLECTIVE = ["Các sở, ban, ngành", "UBND các xã, phường", "Các sở, ngành, địa phương"]
PARTNERS = ["Các sở, ban, ngành liên quan", "UBND các xã, phường", "Các cơ quan, đơn vị liên quan",
            "Sở Tài chính; Sở Nội vụ", "Sở Khoa học và Công nghệ, Công an tỉnh",
            "Các doanh nghiệp viễn thông", "Hiệp hội Doanh nghiệp tỉnh"]

# (words in the cell, kind, start, end) in a plan of 2026-2030
TIMES: list[tuple[str, str, date | None, date | None]] = [
    ("Quý II/2026", "window", date(2026, 4, 1), date(2026, 6, 30)),
    ("Quý IV năm 2026", "window", date(2026, 10, 1), date(2026, 12, 31)),
    ("Năm 2027", "window", date(2027, 1, 1), date(2027, 12, 31)),
    ("2028", "window", date(2028, 1, 1), date(2028, 12, 31)),
    ("2026-2030", "window", date(2026, 1, 1), date(2030, 12, 31)),
    ("Giai đoạn 2026 - 2028", "window", date(2026, 1, 1), date(2028, 12, 31)),
    ("Hằng năm", "recurring", None, None),
    ("Thường xuyên", "continuous", None, None),
    # "Trước ngày D" is read literally (docs/vietnamese-rules.md): the last day is D - 1
    ("Trước 30/6/2026", "deadline", None, date(2026, 6, 29)),
    ("Tháng 9/2026", "window", date(2026, 9, 1), date(2026, 9, 30)),
    ("Quý III/2026 - Quý I/2027", "window", date(2026, 7, 1), date(2027, 3, 31)),
    ("Trước ngày 31/12/2026", "deadline", None, date(2026, 12, 30)),
    ("Năm 2026 - 2027", "window", date(2026, 1, 1), date(2027, 12, 31)),
]
# (start cell, end cell, start, end): a time in two columns ("Bắt đầu" | "Hoàn thành")
SPANS: list[tuple[str, str, date, date]] = [
    ("Quý I/2026", "Quý IV/2026", date(2026, 1, 1), date(2026, 12, 31)),
    ("2026", "2027", date(2026, 1, 1), date(2027, 12, 31)),
    ("Năm 2027", "Năm 2030", date(2027, 1, 1), date(2030, 12, 31)),
    ("Tháng 3/2026", "Tháng 12/2026", date(2026, 3, 1), date(2026, 12, 31)),
]

VERBS = ["Xây dựng", "Triển khai", "Rà soát, sửa đổi", "Tổ chức", "Nâng cấp", "Phát triển",
         "Hoàn thiện", "Đẩy mạnh", "Số hóa", "Hướng dẫn", "Thí điểm", "Đánh giá"]
OBJECTS = ["nền tảng số dùng chung của tỉnh", "cơ sở dữ liệu chuyên ngành về đất đai",
           "hạ tầng mạng băng rộng cố định đến các thôn, bản", "kho dữ liệu mở của tỉnh",
           "dịch vụ công trực tuyến toàn trình", "chương trình đào tạo kỹ năng số cho người dân",
           "hệ thống giám sát an toàn thông tin", "thanh toán không dùng tiền mặt tại chợ truyền thống",
           "trung tâm điều hành đô thị thông minh", "bộ chỉ số đánh giá chuyển đổi số cấp xã",
           "sàn thương mại điện tử cho sản phẩm OCOP", "hồ sơ sức khỏe điện tử",
           "học bạ số trong các trường phổ thông", "quy chế quản lý, khai thác dữ liệu dùng chung"]
TAILS = ["", "", " trên địa bàn tỉnh", " theo hướng dẫn của Bộ Khoa học và Công nghệ",
         " gắn với cải cách hành chính", " phục vụ người dân và doanh nghiệp",
         " (theo Quyết định số 06/QĐ-TTg)"]
GROUPS = ["Hoàn thiện thể chế, chính sách", "Phát triển hạ tầng số", "Phát triển dữ liệu số",
          "Phát triển chính quyền số", "Phát triển kinh tế số", "Phát triển xã hội số",
          "Bảo đảm an toàn thông tin mạng", "Phát triển nguồn nhân lực số"]
TOP_GROUPS = ["NHIỆM VỤ CHUNG", "NHIỆM VỤ TRỌNG TÂM", "NHIỆM VỤ CỤ THỂ", "CÁC NHIỆM VỤ KHÁC"]

HEADS = {
    "number": ["STT", "TT", "Số TT"],
    "title": ["Nội dung, nhiệm vụ", "Nhiệm vụ", "Nội dung", "Tên nhiệm vụ", "Nhiệm vụ, giải pháp",
              "Nội dung công việc", "Nội dung nhiệm vụ", "Nhiệm vụ cụ thể"],
    "lead": ["Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì", "Cơ quan chủ trì thực hiện",
             "Đơn vị chủ trì thực hiện"],
    "partners": ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp", "Cơ quan phối hợp thực hiện"],
    "time": ["Thời gian hoàn thành", "Thời gian thực hiện", "Tiến độ", "Tiến độ thực hiện",
             "Thời hạn hoàn thành", "Thời gian"],
    "output": ["Sản phẩm", "Sản phẩm đầu ra", "Kết quả/sản phẩm", "Sản phẩm dự kiến"],
    "budget": ["Kinh phí", "Nguồn kinh phí", "Kinh phí thực hiện"],
    "note": ["Ghi chú"],
}
OUTPUTS = ["Quyết định của UBND tỉnh", "Báo cáo", "Kế hoạch", "Hệ thống được đưa vào sử dụng",
           "Văn bản hướng dẫn", "Cơ sở dữ liệu"]
BUDGETS = ["Ngân sách tỉnh", "Ngân sách nhà nước và nguồn xã hội hóa", "Lồng ghép", "500"]


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False


@dataclass
class Truth:
    """A task as a careful reader counts it."""

    title: str
    lead: list[str]
    partners: list[str]
    time: str
    kind: str
    start: date | None
    end: date | None
    table: int = 0

    def label(self) -> dict[str, Any]:
        """The task as a score_reading label (title substring, lead, kind and dates)."""
        return {"title": self.title, "lead": self.lead, **time_label(self.kind, self.start, self.end)}


def time_label(kind: str, start: date | None, end: date | None) -> dict[str, Any]:
    """A time as a score_reading label: its kind, and its dates for a window or deadline."""
    out: dict[str, Any] = {"kind": kind}
    if kind in ("window", "deadline"):
        out["end"] = end
        if kind == "window":
            out["start"] = start
    return out


@dataclass
class GenTable:
    rows: list[list[Cell]]  # header rows then body rows; a cell covered by a span is absent
    width: int
    header_rows: int
    title_lines: list[str]  # the appendix title above the table (or in its first row)
    title_inside: bool
    groups: list[str] = field(default_factory=list)  # group rows' words (never tasks)
    tasks: list[Truth] = field(default_factory=list)
    page_break: int | None = None  # body row where the page breaks
    break_kind: str = ""  # "repeat" (header again), "bare" (no header), "inside" (header row again)
    features: list[str] = field(default_factory=list)


@dataclass
class Generated:
    seed: int
    tables: list[GenTable]
    prose: bool
    #: the scrape with no blank line between a table, the next title and its table
    glued: bool = False

    @property
    def tasks(self) -> list[Truth]:
        return [t for tab in self.tables for t in tab.tasks]

    @property
    def groups(self) -> list[str]:
        return [g for tab in self.tables for g in tab.groups]

    @property
    def features(self) -> list[str]:
        return sorted({f for tab in self.tables for f in tab.features})


TOP = """\
ỦY BAN NHÂN DÂN
TỈNH {PLACE_UP}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: {NUMBER}/KH-UBND

{PLACE}, ngày 14 tháng 11 năm 2025

KẾ HOẠCH
Chuyển đổi số và phát triển kinh tế số tỉnh {PLACE} giai đoạn 2026 - 2030

Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát triển kinh tế số, xã hội số toàn diện, bền vững.
2. Yêu cầu
Các nhiệm vụ phải cụ thể, có lộ trình và đơn vị chịu trách nhiệm.

II. NHIỆM VỤ, GIẢI PHÁP
{PROSE}
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, UBND các xã, phường triển khai các nhiệm vụ được giao tại Phụ lục kèm theo.
2. Định kỳ trước ngày 15/12 hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở
Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh./.

Nơi nhận:
- Bộ Khoa học và Công nghệ (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình

"""
PROSE_NONE = "(Chi tiết tại Phụ lục kèm theo)\n"
PROSE = """\
1. Hoàn thiện thể chế, chính sách
Rà soát, bổ sung các quy định về chuyển đổi số phù hợp với điều kiện của tỉnh; chi tiết
nhiệm vụ tại Phụ lục kèm theo.
2. Phát triển hạ tầng số
Đẩy mạnh đầu tư hạ tầng viễn thông, bảo đảm kết nối băng rộng đến các thôn, bản.
3. Phát triển nguồn nhân lực
Nâng cao kỹ năng số cho cán bộ, công chức và người dân.
"""
PLACES = [("Hòa Bình", "HÒA BÌNH"), ("Yên Bái", "YÊN BÁI"), ("Quảng Trị", "QUẢNG TRỊ"),
          ("Kon Tum", "KON TUM")]


def _title_lines(rng: random.Random, number: str, k: int, n_tables: int) -> list[str]:
    name = "PHỤ LỤC" if n_tables == 1 else f"PHỤ LỤC {['I', 'II', 'III', 'IV'][k]}"
    what = rng.choice(["DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH",
                       "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
                       "NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN",
                       "PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI THỰC HIỆN KẾ HOẠCH"])
    lines = [name, what]
    lines.append(rng.choice([f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày 14/11/2025 của UBND tỉnh)",
                             f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày 14 tháng 11 năm 2025 "
                             "của Ủy ban nhân dân tỉnh)",
                             "(Kèm theo Kế hoạch số /KH-UBND ngày /11/2025 của UBND tỉnh)"]))
    return lines


def _title(rng: random.Random, used: set[str]) -> str:
    while True:
        t = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}"
        if t not in used and not any(t in u or u in t for u in used):
            used.add(t)
            return t


def _table(rng: random.Random, k: int, n_tables: int, number: str, used: set[str],
           more: random.Random) -> GenTable:
    """One appendix task table; ``more`` draws the variations added later (so that the
    earlier ones stay as they were for a seed)."""
    feats: list[str] = []
    cols = ["number", "title", "lead"]
    if rng.random() < 0.8:
        cols.append("partners")
    split_time = rng.random() < 0.2
    cols += ["start", "end"] if split_time else ["time"]
    for extra, p in (("output", 0.45), ("budget", 0.35), ("note", 0.2)):
        if rng.random() < p:
            cols.append(extra)
    # column order: number and title first; the rest shuffled a little
    rest = cols[2:]
    if rng.random() < 0.4:
        rng.shuffle(rest)
        # a split time keeps its two columns together, start first
        if "start" in rest:
            rest.remove("end")
            rest.insert(rest.index("start") + 1, "end")
        feats.append("order-shuffled")
    cols = cols[:2] + rest
    # money in sub-columns under one "Kinh phí" cell: "Tổng số" | "Ngân sách tỉnh" | …
    money_over = "budget" in cols and more.random() < 0.4
    if money_over:
        at = cols.index("budget")
        cols[at: at + 1] = ["money:Tổng số", "money:Ngân sách tỉnh", "money:Nguồn khác"]
        feats.append("money-subcolumns")
    # tasks grouped by the agency that leads them: "I | Sở Y tế" over its tasks, no lead
    # column (the group's agency leads each task beneath it)
    by_agency = more.random() < 0.12
    if by_agency:
        cols.remove("lead")
        feats.append("groups-by-agency")
    # a roadmap's years as columns ("Lộ trình thực hiện" over 2026 | 2027 | … marked "x")
    years = not split_time and more.random() < 0.15
    if years:
        at = cols.index("time")
        cols[at: at + 1] = [f"year:{y}" for y in range(2026, 2031)]
        feats.append("year-columns")
    # no number column: the number written before the task's words
    no_number = more.random() < 0.12
    if no_number:
        cols.remove("number")
        feats.append("no-number-column")
    # the variations added last draw from their own stream (a seed's earlier ones unchanged)
    bul = random.Random(f"{number}/{k}/bullets")
    # one agency column saying who leads and who takes part ("Chủ trì: X" / "Phối hợp: Y",
    # "X (chủ trì); Y", "X chủ trì, phối hợp với Y")
    roles_cell = "lead" in cols and "partners" in cols and bul.random() < 0.15
    if roles_cell:
        cols.remove("partners")
        feats.append("roles-in-one-cell")
    width = len(cols)
    names = {c: rng.choice(HEADS[c]) for c in cols if c in HEADS}
    names.update({c: c.split(":", 1)[1] for c in cols if c.startswith(("money:", "year:"))})
    if roles_cell:
        names["lead"] = bul.choice(["Cơ quan thực hiện", "Đơn vị thực hiện", "Phân công thực hiện",
                                    "Cơ quan chủ trì, phối hợp", "Cơ quan chủ trì/phối hợp"])
    elif "lead" in cols and bul.random() < 0.15:
        names["lead"] = bul.choice(["Đơn vị", "Cơ quan, đơn vị", "Đơn vị, địa phương"])
        feats.append("lead-headed-unit")
    # -- header ---------------------------------------------------------------------
    if roles_cell:
        rng.random()  # the draw below, made as before the partners' column was folded in
    agency_over = "partners" in cols and rng.random() < 0.3 and "lead" in cols and \
        cols.index("partners") == cols.index("lead") + 1
    header: list[list[Cell]]
    if agency_over or split_time or money_over or years:
        top: list[Cell] = []
        low: list[Cell] = []
        c = 0
        while c < width:
            name = cols[c]
            if agency_over and name == "lead":
                top.append(Cell(rng.choice(["Cơ quan thực hiện", "Đơn vị thực hiện", "Phân công thực hiện"]),
                                colspan=2, bold=True))
                low += [Cell("Chủ trì", bold=True), Cell("Phối hợp", bold=True)]
                c += 2
                continue
            if split_time and name == "start":
                top.append(Cell(rng.choice(["Thời gian", "Thời gian thực hiện", "Tiến độ"]), colspan=2,
                                bold=True))
                low += [Cell("Bắt đầu", bold=True), Cell(rng.choice(["Hoàn thành", "Kết thúc"]), bold=True)]
                c += 2
                continue
            if years and name == "year:2026":
                top.append(Cell(more.choice(["Lộ trình thực hiện", "Thời gian thực hiện", "Tiến độ thực hiện"]),
                                colspan=5, bold=True))
                low += [Cell(names[x], bold=True) for x in cols[c: c + 5]]
                c += 5
                continue
            if money_over and name.startswith("money:"):
                top.append(Cell(more.choice(["Kinh phí (triệu đồng)", "Kinh phí dự kiến", "Nguồn vốn"]),
                                colspan=3, bold=True))
                low += [Cell(names[x], bold=True) for x in cols[c: c + 3]]
                c += 3
                continue
            top.append(Cell(names[name], rowspan=2, bold=True))
            c += 1
        header = [top, low]
        feats.append("two-row-header" + ("-agency" if agency_over else "") + ("-time" if split_time else "")
                     + ("-money" if money_over else "") + ("-years" if years else ""))
    else:
        header = [[Cell(names[c], bold=True) for c in cols]]
    if rng.random() < 0.2:
        header.append([Cell(f"({n + 1})") for n in range(width)])
        feats.append("column-numbers")
    # -- body -------------------------------------------------------------------------
    style = rng.choice(["flat", "roman", "letter-roman", "numeric-parent", "unnumbered", "roman"])
    if by_agency:
        style = "roman"
    feats.append(f"groups-{style}")
    merged_groups = rng.random() < 0.6
    feats.append("group-merged" if merged_groups else "group-empty-cells")
    numbering = rng.choice(["restart", "restart", "running", "dotted"]) if style != "numeric-parent" \
        else "dotted"
    if style not in ("flat", "unnumbered") and more.random() < 0.2:
        numbering = "letter"  # a), b), c) under each group
    if style != "flat":
        feats.append(f"numbering-{numbering}")
    merge_lead = rng.random() < 0.2 and not by_agency
    merge_time = rng.random() < 0.15 and not split_time and not years
    # several tasks bulleted in one row's task cell
    bulleted = (bul.random() < 0.25 and not split_time and not years and not merge_lead
                and not merge_time and not no_number)
    if bulleted:
        feats.append("bulleted-cells")
    if merge_lead:
        feats.append("lead-merged-down")
    if merge_time:
        feats.append("time-merged-down")
    body: list[list[Cell]] = []
    tab = GenTable([], width, len(header), [], False, features=feats)
    roman = ["I", "II", "III", "IV", "V", "VI"]
    tops = ["A", "B", "C"]

    def group_row(num: str, text: str) -> list[Cell]:
        tab.groups.append(text)
        if no_number:
            words = f"{num}. {text}"
            tab.groups.append(words)
            return [Cell(words, colspan=width, bold=True)] if merged_groups else \
                [Cell(words, bold=True)] + [Cell("") for _ in range(width - 1)]
        if merged_groups:
            return [Cell(num, bold=True), Cell(text, colspan=width - 1, bold=True)]
        return [Cell(num, bold=True), Cell(text, bold=True)] + [Cell("") for _ in range(width - 2)]

    running = 0

    def tasks(prefix: str, count: int, agency: str | None = None) -> None:
        nonlocal running
        lead_shared = rng.choice(AGENCIES) if merge_lead else None
        time_shared = rng.choice(TIMES) if merge_time else None
        first_row = len(body)
        for i in range(1, count + 1):
            running += 1
            num = str(running) if numbering == "running" or style == "flat" else \
                f"{prefix}.{i}" if numbering == "dotted" and prefix else \
                "abcdeghiklmn"[i - 1] if numbering == "letter" else str(i)
            title = _title(rng, used)
            lead = agency or lead_shared or rng.choice(AGENCIES if rng.random() < 0.85 else COLLECTIVE)
            partners = rng.choice(PARTNERS) if rng.random() < 0.7 else ""
            cells: dict[str, Cell] = {"number": Cell(num), "title": Cell(title), "lead": Cell(lead),
                                      "partners": Cell(partners)}
            if split_time:
                s_words, e_words, start, end = rng.choice(SPANS)
                cells["start"], cells["end"] = Cell(s_words), Cell(e_words)
                truth_time = (f"{s_words} - {e_words}", "window", start, end)
            elif years:
                a = more.randint(2026, 2030)
                b = more.randint(a, 2030)
                for y in range(2026, 2031):
                    cells[f"year:{y}"] = Cell(more.choice(["x", "x", "X"]) if a <= y <= b else "")
                truth_time = (f"Năm {a} - {b}" if a < b else f"Năm {a}", "window", date(a, 1, 1),
                              date(b, 12, 31))
            else:
                truth_time = time_shared or rng.choice(TIMES)
                cells["time"] = Cell(truth_time[0])
            items: list[tuple[str, tuple[str, str, date | None, date | None]]] = []
            if bulleted and bul.random() < 0.5:
                items = [(title, truth_time)] + [(_title(bul, used), truth_time)
                                                 for _ in range(bul.randint(1, 2))]
                mark = bul.choice(["- ", "+ ", "• "])
                cells["title"] = Cell("\n".join(f"{mark}{t}" for t, _ in items))
                if bul.random() < 0.5:  # each its own time, bulleted in the same order
                    items = [(t, bul.choice(TIMES)) for t, _ in items]
                    cells["time"] = Cell("\n".join(f"{mark}{w[0]}" for _, w in items))
            cells["output"] = Cell(rng.choice(OUTPUTS) if rng.random() < 0.6 else "")
            cells["budget"] = Cell(rng.choice(BUDGETS) if rng.random() < 0.5 else "")
            cells["note"] = Cell("")
            total = more.choice(["", "500", "1.200", "2.500", "300"])
            cells["money:Tổng số"] = Cell(total)
            cells["money:Ngân sách tỉnh"] = Cell(total if total and more.random() < 0.5 else "")
            cells["money:Nguồn khác"] = Cell("")
            if no_number:
                cells["title"] = Cell(f"{num}. {title}" if numbering != "letter" else f"{num}) {title}")
            if roles_cell and partners and lead_shared is None:
                how = bul.randrange(4)
                cells["lead"] = Cell(
                    f"Chủ trì: {lead}\nPhối hợp: {partners}" if how == 0 else
                    f"{lead} (chủ trì); {partners}" if how == 1 else
                    f"{lead} chủ trì, phối hợp với {partners}" if how == 2 else
                    f"{lead} (chủ trì), {partners} (phối hợp)")
            row = [cells[c] for c in cols]
            if lead_shared is not None and i > 1:
                row = [x for c, x in zip(cols, row, strict=True) if c != "lead"]
            if time_shared is not None and i > 1:
                row = [x for x in row if x is not cells["time"]]
            body.append(row)
            for t, w in items or [(title, truth_time)]:
                tab.tasks.append(Truth(t, [lead], [partners] if partners else [], w[0], w[1], w[2],
                                       w[3], k))
        if count > 1:
            if lead_shared is not None:
                next(x for x in body[first_row] if x.text == lead_shared).rowspan = count
            if time_shared is not None:
                next(x for x in body[first_row] if x.text == time_shared[0]).rowspan = count

    n_groups = rng.randint(2, 4)
    if style == "flat":
        tasks("", rng.randint(4, 12))
    elif style == "roman" and by_agency:
        for g, name in enumerate(more.sample(AGENCIES + COLLECTIVE[1:2], n_groups)):
            body.append(group_row(roman[g], name.upper() if more.random() < 0.3 else name))
            tasks(str(g + 1), rng.randint(2, 5), agency=name)
    elif style == "roman":
        for g in range(n_groups):
            body.append(group_row(roman[g], rng.choice(GROUPS).upper() if rng.random() < 0.5
                                  else rng.choice(GROUPS)))
            tasks(str(g + 1), rng.randint(2, 5))
    elif style == "letter-roman":
        for a in range(2):
            body.append(group_row(tops[a], TOP_GROUPS[a]))
            for g in range(rng.randint(1, 3)):
                body.append(group_row(roman[g], rng.choice(GROUPS)))
                tasks(str(g + 1), rng.randint(2, 4))
    elif style == "numeric-parent":
        for g in range(n_groups):
            body.append(group_row(str(g + 1), rng.choice(GROUPS)))
            tasks(str(g + 1), rng.randint(2, 4))
    else:  # unnumbered headings ("Nhiệm vụ chung", bold), tasks numbered per group
        for g in range(n_groups):
            text = ["Nhiệm vụ chung", "Nhiệm vụ cụ thể", *GROUPS][g if g < 2 else rng.randint(2, 9)]
            tab.groups.append(text)
            if merged_groups:
                body.append([Cell(text, colspan=width, bold=True)])
            elif no_number:
                body.append([Cell(text, bold=True)] + [Cell("") for _ in range(width - 1)])
            else:
                body.append([Cell(""), Cell(text, bold=True)] + [Cell("") for _ in range(width - 2)])
            tasks(str(g + 1), rng.randint(2, 4))
    # -- page break ---------------------------------------------------------------------
    if len(body) > 6 and rng.random() < 0.3:
        tab.page_break = rng.randint(3, len(body) - 2)
        # not inside a merged-down run
        while tab.page_break < len(body) and any(len(r) < width and not _is_group(r, width)
                                                 for r in body[tab.page_break: tab.page_break + 1]):
            tab.page_break += 1
        if tab.page_break >= len(body) - 1:
            tab.page_break = None
        else:
            tab.break_kind = rng.choice(["repeat", "bare", "inside"])
            feats.append(f"page-break-{tab.break_kind}")
    tab.rows = header + body
    tab.title_lines = _title_lines(rng, number, k, n_tables)
    tab.title_inside = rng.random() < 0.25
    if tab.title_inside:
        feats.append("title-row-inside")
    return tab


def _is_group(row: list[Cell], width: int) -> bool:
    return len(row) <= 2 or all(not c.text for c in row[2:])


INDICATORS = [("Tỷ trọng kinh tế số trong GRDP", "%"), ("Tỷ lệ hồ sơ trực tuyến toàn trình", "%"),
              ("Số doanh nghiệp công nghệ số", "Doanh nghiệp"), ("Tỷ lệ dân số trưởng thành có điện thoại thông minh", "%"),
              ("Tỷ lệ hộ gia đình có cáp quang", "%"), ("Số nền tảng số dùng chung", "Nền tảng")]


def _indicators(more: random.Random, number: str, n_tables: int) -> GenTable:
    """An appendix of targets (Chỉ tiêu, unit, values by year): no task in it."""
    head = [[Cell(h, bold=True) for h in ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2028", "Năm 2030"]]]
    body: list[list[Cell]] = []
    words: list[str] = []
    for g, gname in enumerate(["Chỉ tiêu về kinh tế số", "Chỉ tiêu về xã hội số"]):
        body.append([Cell(["I", "II"][g], bold=True), Cell(gname, colspan=5, bold=True)])
        words.append(gname)
        for i, (name, unit) in enumerate(more.sample(INDICATORS, 3), 1):
            body.append([Cell(str(i)), Cell(name), Cell(unit)] +
                        [Cell(str(more.randint(5, 90))) for _ in range(3)])
            words.append(name)
    title = ["PHỤ LỤC I", "CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ ĐẾN NĂM 2030",
             f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày 14/11/2025 của UBND tỉnh)"]
    return GenTable(head + body, 6, 1, title, False, groups=words, features=["after-indicator-table"])


def generate(seed: int) -> Generated:
    """A plan whose tasks are in appendix tables, with their truth."""
    rng = random.Random(seed)
    more = random.Random(seed * 1009 + 17)
    number = str(rng.randint(10, 2999))
    n_tables = 1 if rng.random() < 0.7 else 2
    used: set[str] = set()
    indicators = more.random() < 0.25
    tables = [_table(rng, k + indicators, n_tables + indicators, number, used, more)
              for k in range(n_tables)]
    if indicators:
        for t in tables:
            t.features.append("after-indicator-table")
        tables.insert(0, _indicators(more, number, n_tables + 1))
    gen = Generated(seed, tables, prose=rng.random() < 0.4)
    gen.glued = more.random() < 0.3
    return gen


def _top(gen: Generated) -> str:
    rng = random.Random(gen.seed * 7 + 1)
    place, up = rng.choice(PLACES)
    number = gen.tables[0].title_lines[2].split("số ")[1].split("/")[0] if "số " in \
        gen.tables[0].title_lines[2] else "77"
    number = number.strip() or "77"
    return (TOP.replace("{PLACE_UP}", up).replace("{PLACE}", place).replace("{NUMBER}", number)
            .replace("{PROSE}", PROSE if gen.prose else PROSE_NONE))


def _wrap(rng: random.Random, text: str) -> list[str]:
    if not text:
        return []
    if "\n" in text and not text.startswith("PHỤ LỤC"):
        # a cell's paragraphs (bullets, "Chủ trì: …" over "Phối hợp: …") each begin a line;
        # the appendix title merged into a first row flows as one paragraph
        return [x for line in text.split("\n") for x in _wrap(rng, line)]
    width = rng.randint(18, 60)
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [text]


def _bold(lines: list[str]) -> list[str]:
    if not lines:
        return lines
    return [f"**{lines[0]}", *lines[1:-1], f"{lines[-1]}**"] if len(lines) > 1 else [f"**{lines[0]}**"]


def _scrape_rows(rng: random.Random, rows: list[list[Cell]]) -> list[str]:
    out: list[str] = []
    for row in rows:
        out.append("|")
        for c in row:
            lines = _wrap(rng, c.text)
            out += _bold(lines) if c.bold else lines
            out.append("|")
    return out


def scraped(gen: Generated) -> str:
    """The corpus scrape's form."""
    rng = random.Random(gen.seed * 31 + 3)
    parts = [_top(gen)]
    gap = "\n" if gen.glued else "\n\n"
    for tab in gen.tables:
        title = [f"**{tab.title_lines[0]}**", tab.title_lines[1], f"*{tab.title_lines[2]}*"]
        head, body = tab.rows[: tab.header_rows], tab.rows[tab.header_rows:]
        lines: list[str] = []
        if tab.title_inside:
            lines += _scrape_rows(rng, [[Cell("\n".join(tab.title_lines), colspan=tab.width)]])
        else:
            parts.append("\n".join(title) + ("\n" if gen.glued or rng.random() < 0.5 else "\n\n"))
        if tab.page_break is None:
            lines += _scrape_rows(rng, head + body)
            parts.append("\n".join(lines) + gap)
            continue
        first, second = body[: tab.page_break], body[tab.page_break:]
        if tab.break_kind == "inside":
            lines += _scrape_rows(rng, head + first + head + second)
            parts.append("\n".join(lines) + gap)
            continue
        lines += _scrape_rows(rng, head + first)
        parts.append("\n".join(lines) + "\n\n")
        parts.append(f"{rng.randint(2, 9)}\n\n")
        again = _scrape_rows(rng, (head if tab.break_kind == "repeat" else []) + second)
        parts.append("\n".join(again) + gap)
    return "".join(parts)


def _grid(rows: list[list[Cell]], width: int) -> list[list[str]]:
    """The rows on the table's grid: a merged cell's text in its first place, the places it
    covers empty."""
    grid: list[list[str | None]] = [[None] * width for _ in rows]
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c < width and grid[r][c] is not None:
                c += 1
            if c >= width:
                break
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if r + dr < len(rows) and c + dc < width:
                        # a cell merged down repeats (as Word's own table reading gives
                        # it); one merged across is left empty where it spans
                        grid[r + dr][c + dc] = cell.text if dc == 0 else ""
            c += cell.colspan
    return [[x or "" for x in row] for row in grid]


def gfm(gen: Generated) -> str:
    """GitHub Markdown (a converter's output: a cell merged across the row left empty
    where it spans, one merged down repeated in each row)."""
    rng = random.Random(gen.seed * 17 + 5)
    parts = [_top(gen)]
    for tab in gen.tables:
        parts.append("\n".join(tab.title_lines) + "\n\n")
        grid = _grid(tab.rows, tab.width)
        if tab.page_break is not None and tab.break_kind in ("repeat", "inside"):
            at = tab.header_rows + tab.page_break
            grid = grid[:at] + grid[: tab.header_rows] + grid[at:]
        lines = ["| " + " | ".join("<br>".join(_wrap(rng, c)) for c in row) + " |" for row in grid]
        lines.insert(1, "|" + "---|" * tab.width)
        parts.append("\n".join(lines) + "\n\n")
    return "".join(parts)


def write_docx(gen: Generated, path: Path) -> None:
    """A Word document: the text as paragraphs, each table with its cells really merged."""
    import docx

    d = docx.Document()
    for block in _top(gen).split("\n\n"):
        for line in block.split("\n"):
            if line.strip():
                d.add_paragraph(line)
    for k, tab in enumerate(gen.tables):
        rows = list(tab.rows)
        if tab.title_inside:
            rows = [[Cell("\n".join(tab.title_lines), colspan=tab.width)], *rows]
            if k:
                d.add_paragraph("")  # Word keeps a paragraph between two tables
        else:
            for line in tab.title_lines:
                d.add_paragraph(line)
        if tab.page_break is not None and tab.break_kind in ("repeat", "inside"):
            at = (len(rows) - len(tab.rows)) + tab.header_rows + tab.page_break
            rows = rows[:at] + tab.rows[: tab.header_rows] + rows[at:]
        t = d.add_table(rows=len(rows), cols=tab.width)
        t.style = "Table Grid"
        taken = [[False] * tab.width for _ in rows]
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                while c < tab.width and taken[r][c]:
                    c += 1
                if c >= tab.width:
                    break
                a = t.cell(r, c)
                span_r = min(cell.rowspan, len(rows) - r)
                span_c = min(cell.colspan, tab.width - c)
                for dr in range(span_r):
                    for dc in range(span_c):
                        taken[r + dr][c + dc] = True
                if span_r > 1 or span_c > 1:
                    a = a.merge(t.cell(r + span_r - 1, c + span_c - 1))
                lines = cell.text.split("\n")
                if len(lines) > 1 and all(x[:2] in ("- ", "+ ", "• ") for x in lines) \
                        and len(cell.text) % 2 == 0:
                    # bullets as Word writes them: list paragraphs, the bullet not in the text
                    a.text = lines[0][2:]
                    a.paragraphs[0].style = d.styles["List Bullet"]
                    for x in lines[1:]:
                        a.add_paragraph(x[2:], style="List Bullet")
                elif cell.text:
                    a.text = cell.text
                    if cell.bold:
                        for p in a.paragraphs:
                            for run in p.runs:
                                run.bold = True
                c += span_c
    d.save(str(path))


FORMS = ("scraped", "gfm", "docx")


#: the Word document saved as PDF by LibreOffice (a form of its own, not in FORMS: it needs
#: soffice, about a second a plan): what an office publishes, read by the PDF reader
PDF = "pdf"


def write_pdf(gen: Generated, path: Path) -> None:
    """The Word document converted to PDF by LibreOffice, as an office exports it."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("the pdf form needs LibreOffice (soffice)")
    source = path.with_suffix(".docx")
    write_docx(gen, source)
    profile = (path.parent / "lo-profile").resolve().as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(path.parent), str(source)], capture_output=True, timeout=300,
                   check=True)


#: that PDF's text as ``pdftotext -layout`` keeps it (columns of spaces): what a clerk
#: gets copying a PDF to text (needs soffice and poppler's pdftotext; not in FORMS)
PDF_LAYOUT = "pdf-layout"


#: the Word document saved as a web page by LibreOffice (lists in cells as <li><p>, needs
#: soffice; not in FORMS): what an office's site publishes
HTML = "html"


def write(gen: Generated, form: str, folder: Path) -> Path:
    """The plan written in ``form`` in ``folder``; its path."""
    if form == HTML:
        import shutil
        import subprocess

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            raise RuntimeError("the html form needs LibreOffice (soffice)")
        source = folder / f"plan-{gen.seed}.docx"
        write_docx(gen, source)
        profile = (folder / "lo-profile").resolve().as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                        "html", "--outdir", str(folder), str(source)], capture_output=True,
                       timeout=300, check=True)
        return folder / f"plan-{gen.seed}.html"
    if form == PDF_LAYOUT:
        import subprocess

        pdf = folder / f"plan-{gen.seed}.pdf"
        write_pdf(gen, pdf)
        path = folder / f"plan-{gen.seed}.txt"
        subprocess.run(["pdftotext", "-layout", str(pdf), str(path)], check=True, timeout=120)
        return path
    if form == PDF:
        path = folder / f"plan-{gen.seed}.pdf"
        write_pdf(gen, path)
        return path
    if form == "docx":
        path = folder / f"plan-{gen.seed}.docx"
        write_docx(gen, path)
        return path
    path = folder / f"plan-{gen.seed}.md"
    path.write_text(scraped(gen) if form == "scraped" else gfm(gen), encoding="utf-8")
    return path
