"""Vietnamese action plans whose tasks are written in prose, made up at random with
their truth.

A generated plan is a Kế hoạch of a People's Committee (province, district or commune)
or of a department (sở), with its letterhead, title, the basis it implements, purpose
and requirements, targets, the tasks, funding, "Tổ chức thực hiện" with a reporting
sentence, "Nơi nhận" and the signature. Its tasks are written in one of the prose
families offices use (none is a table):

* ``subject``: the lead as the sentence's subject ("Sở Tài chính chủ trì, phối hợp với
  Sở Nội vụ tham mưu UBND tỉnh ban hành …; hoàn thành trước ngày 30/6/2025.", "Giao Sở Y
  tế chủ trì …", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh …", the title first and "X chủ trì
  …" after it);
* ``brackets``: the lead and time in brackets closing the task ("(Cơ quan chủ trì: Sở Nội
  vụ; thời gian: Quý II/2025)", "(Sở Xây dựng chủ trì; hoàn thành trong năm 2025)");
* ``labels``: label lines under the task ("- Cơ quan chủ trì: …", "Đơn vị chủ trì thực
  hiện:", "Thời hạn hoàn thành:", "Tiến độ:", "Sản phẩm:", "Kinh phí:"), bold or not,
  bulleted or not, or on one line separated by ";";
* ``agency``: duties grouped under an agency heading in "Tổ chức thực hiện" ("1. Sở Tài
  chính", "a) Công an tỉnh:", "- UBND các xã, phường:") with "+", "-" or "•" items,
  items opening "Phối hợp với …" or "Chủ trì, phối hợp …", some with a time of their own;
* ``event``: a plan for a conference, a ceremony or a campaign ("Kế hoạch tổ chức Hội
  nghị …", "Lễ kỷ niệm …", "Đợt cao điểm …"): steps with dates ("Từ ngày 01/3 đến
  15/3/2025", "Trước ngày …", "Tháng 5/2025", "Ngày 19/5/2025") and the unit assigned.

Across the first three the tasks sit at several depths of the numbering (I. / 1. / 1.1.
/ a) / - / +): under group headings that are not tasks, or as "Các hoạt động chính"
items under a field of work; headings (Mục đích, Yêu cầu, Nhiệm vụ và giải pháp, Tổ
chức thực hiện), objectives and targets ("Phấn đấu đến hết năm 2025, 100% …") are never
tasks. Any plan may be issued by a Quyết định ("ban hành kèm theo Quyết định này") with
the plan after the decision's signature.

Round 16 widened every family with wordings of real plans it did not make (see
docs/import.md, "Prose plans, widened"): the timeframe families of
docs/vietnamese-rules.md on label lines, closing a sentence or opening it; the lead after a
colon, ", do", a purpose clause or the issuer giving the work; label variants in italics,
bold with their value, with the value on the next line or bracketed under the task;
numbering "1)", "a.", "–", "•" and top sections lettered "A.", "B." over Roman groups;
more agency headings; several reporting sentences; Word documents whose lines break inside
paragraphs or are paragraphs of their own; and the PDF forms of :data:`PDF_FORMS`.

The words are made up here; nothing is taken from the corpus. :func:`generate` gives a
:class:`Generated` plan: its blocks (paragraphs with their bold runs), the tasks a
careful reader counts (title, needle, lead, partners, time kind and dates), the words
that are not tasks and the reporting sentences with their readings. :func:`write`
writes it in the corpus scrape's form (lines wrapped mid-sentence, ``**`` emphasis, the
letterhead as ``|`` cells) or as a Word document.

Used by ``benchmarks/prose_plans.py`` (a score on N random plans) and by
``tests/test_prose_plans.py`` (properties).
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.appendix_gen import time_label

FAMILIES = ("subject", "brackets", "labels", "agency", "event")
FORMS = ("scraped", "docx")

# (level, letterhead lines, issuer's short name in sentences, place name)
LEVELS = {
    "province": {
        "agencies": ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng",
                     "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Công Thương",
                     "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
                     "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng UBND tỉnh",
                     "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp tỉnh",
                     "Báo và Phát thanh, Truyền hình tỉnh"],
        "asked": ["Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh",
                  "Liên đoàn Lao động tỉnh"],
        "collective": ["Các sở, ban, ngành", "UBND các xã, phường", "Ủy ban nhân dân các xã, phường"],
        "partners": ["các sở, ngành liên quan", "UBND các xã, phường", "các cơ quan, đơn vị liên quan",
                     "Sở Tài chính", "Sở Nội vụ", "Công an tỉnh"],
        "self": "UBND tỉnh",
    },
    "district": {
        "agencies": ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp",
                     "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo",
                     "Phòng Tài nguyên và Môi trường", "Công an huyện", "Ban Chỉ huy Quân sự huyện",
                     "Văn phòng HĐND và UBND huyện", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"],
        "asked": ["Ủy ban MTTQ Việt Nam huyện", "Huyện Đoàn", "Hội Liên hiệp Phụ nữ huyện"],
        "collective": ["Các cơ quan, đơn vị", "UBND các xã, thị trấn"],
        "partners": ["các cơ quan, đơn vị liên quan", "UBND các xã, thị trấn", "Phòng Nội vụ",
                     "Phòng Tài chính - Kế hoạch"],
        "self": "UBND huyện",
    },
    "commune": {
        "agencies": ["Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
                     "Công an xã", "Ban Chỉ huy Quân sự xã", "Trạm Y tế xã",
                     "Trung tâm Phục vụ hành chính công xã"],
        "asked": ["Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã", "Hội Nông dân xã"],
        "collective": ["Các thôn, tổ dân phố", "Các cơ quan, đơn vị"],
        "partners": ["các cơ quan, đơn vị liên quan", "các thôn, tổ dân phố", "Phòng Kinh tế",
                     "Công an xã"],
        "self": "UBND xã",
    },
    "department": {
        "agencies": ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ Y",
                     "Thanh tra Sở", "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh",
                     "Phòng Quản lý Dược"],
        "asked": ["Công đoàn ngành Y tế"],
        "collective": ["Các đơn vị trực thuộc", "Các phòng chức năng"],
        "partners": ["các đơn vị liên quan", "Văn phòng Sở", "Phòng Kế hoạch - Tài chính"],
        "self": "Sở Y tế",
    },
}
PLACES = [("Hòa Bình", "HÒA BÌNH"), ("Yên Bái", "YÊN BÁI"), ("Quảng Trị", "QUẢNG TRỊ"),
          ("Kon Tum", "KON TUM"), ("Bến Tre", "BẾN TRE"), ("Hà Giang", "HÀ GIANG")]
DISTRICTS = [("Mường Lát", "MƯỜNG LÁT"), ("Đak Pơ", "ĐAK PƠ"), ("Tân Phước", "TÂN PHƯỚC")]
COMMUNES = [("Tân Lập", "TÂN LẬP"), ("Hòa Thuận", "HÒA THUẬN"), ("Phước Sơn", "PHƯỚC SƠN")]

SUBJECTS = ["cải cách hành chính", "chuyển đổi số", "phổ biến, giáo dục pháp luật",
            "phòng, chống thiên tai", "bảo đảm an toàn thực phẩm", "phát triển văn hóa đọc",
            "phòng, chống ma túy", "bảo vệ môi trường"]
VERBS = ["Xây dựng", "Triển khai", "Rà soát, sửa đổi", "Tổ chức", "Nâng cấp", "Kiện toàn",
         "Hoàn thiện", "Đẩy mạnh", "Số hóa", "Hướng dẫn", "Thí điểm", "Đánh giá", "Biên soạn",
         "Tuyên truyền"]
OBJECTS = ["quy chế phối hợp giữa các cơ quan chuyên môn", "bộ thủ tục hành chính nội bộ",
           "cơ sở dữ liệu hộ tịch điện tử", "đội ngũ báo cáo viên pháp luật",
           "hệ thống quản lý văn bản và điều hành", "mô hình một cửa liên thông hiện đại",
           "tài liệu hỏi đáp về quyền và nghĩa vụ công dân", "phương án ứng phó với bão mạnh",
           "danh mục cơ sở sản xuất thực phẩm nhỏ lẻ", "tủ sách pháp luật tại nhà văn hóa thôn",
           "chương trình tập huấn kỹ năng số cho cán bộ", "kho lưu trữ hồ sơ điện tử",
           "điểm thu gom rác thải nguy hại", "lực lượng xung kích phòng chống thiên tai",
           "bản đồ số về vùng nguy cơ sạt lở", "hồ sơ đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật",
           "cuộc thi tìm hiểu pháp luật trực tuyến", "chuyên mục hỏi đáp trên cổng thông tin điện tử",
           "đề án thu hút nguồn nhân lực chất lượng cao", "kế hoạch kiểm tra liên ngành dịp Tết",
           "chỉ số hài lòng của người dân đối với dịch vụ hành chính",
           "nền tảng tiếp nhận phản ánh, kiến nghị của người dân", "quy trình nội bộ giải quyết hồ sơ đất đai",
           "mạng lưới tuyên truyền viên cơ sở", "phong trào đọc sách trong trường học",
           "danh sách người nghiện ma túy ngoài cộng đồng", "điểm cai nghiện ma túy tự nguyện",
           "chính sách hỗ trợ doanh nghiệp khởi nghiệp", "hạ tầng cáp quang đến trụ sở các thôn",
           "hệ thống camera giám sát an ninh trật tự", "kế hoạch diễn tập cứu hộ, cứu nạn",
           "ứng dụng thanh toán không dùng tiền mặt tại chợ", "tiêu chí đánh giá cán bộ theo kết quả công việc",
           "bảng giá đất điều chỉnh", "phương án bố trí trụ sở dôi dư", "sổ tay hướng dẫn nghiệp vụ văn thư",
           "hội thi hòa giải viên giỏi", "kho dữ liệu dùng chung của địa phương",
           "khu tái định cư cho các hộ vùng sạt lở", "chương trình kiểm tra chất lượng nước sinh hoạt"]
TAILS = ["", "", "", " trên địa bàn", " theo quy định", " bảo đảm hiệu quả, thiết thực",
         " phục vụ người dân và doanh nghiệp", " gắn với cải cách hành chính"]
GROUPS = ["Công tác chỉ đạo, điều hành", "Hoàn thiện thể chế, chính sách", "Công tác thông tin, tuyên truyền",
          "Nâng cao chất lượng nguồn nhân lực", "Ứng dụng công nghệ thông tin", "Công tác kiểm tra, giám sát",
          "Bảo đảm nguồn lực thực hiện", "Phát triển hạ tầng"]
OUTPUTS = ["Quyết định của UBND", "Báo cáo kết quả", "Văn bản hướng dẫn", "Kế hoạch được ban hành",
           "Hệ thống được đưa vào sử dụng"]
BUDGETS = ["Ngân sách nhà nước", "Nguồn chi thường xuyên của đơn vị", "Lồng ghép các chương trình",
           "Ngân sách địa phương và nguồn xã hội hóa"]


@dataclass
class Truth:
    """A task as a careful reader counts it."""

    title: str  # the task's words as written (the verb and object)
    needle: str  # a short substring found only in this task
    lead: list[str]
    partners: list[str]
    time: str  # the time words ("" when the task states none)
    kind: str
    start: date | None
    end: date | None
    feature: str = ""

    def label(self) -> dict[str, Any]:
        """The task as a score_reading label (kind and dates)."""
        return time_label(self.kind, self.start, self.end)


@dataclass
class Report:
    """A reporting sentence and what it says (``params``: a subset of the reading's)."""

    needle: str
    cadence: str
    params: dict[str, Any]


@dataclass
class Block:
    """A paragraph: runs of (text, bold); ``letterhead`` marks the two-column block."""

    runs: list[tuple[str, bool]]
    kind: str = "p"  # "p", "letterhead", "gap"
    italic: frozenset[int] = frozenset()  # indices of the runs set in italics

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


@dataclass
class Generated:
    seed: int
    family: str
    level: str
    year: int
    blocks: list[Block]
    tasks: list[Truth]
    nontasks: list[str]  # words of headings, objectives and targets: never tasks
    reports: list[Report]
    features: list[str] = field(default_factory=list)
    width: int = 80


# -- times ---------------------------------------------------------------------------------

def _before(d: date) -> date:
    """'Trước ngày D' read literally: the day before D (the generator picks D so that the
    day before is a working day)."""
    return d - timedelta(days=1)


def _working_before(rng: random.Random, year: int, months: tuple[int, ...]) -> date:
    """A day D whose day before is Monday-Friday and not a public holiday."""
    while True:
        m = rng.choice(months)
        d = date(year, m, rng.choice([5, 10, 15, 20, 25, 28]))
        prev = d - timedelta(days=1)
        # away from the days off around 30/4-1/5 (and the Hùng Kings' day before it) and 2/9
        if prev.weekday() < 5 and not (prev.month == 4 and prev.day >= 20) and \
                not (prev.month == 9 and prev.day <= 5):
            return d


def _q_end(year: int, q: int) -> date:
    return date(year, 3 * q, 30 if q in (2, 3) else 31)


def _month_end(y: int, m: int) -> date:
    return date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)


def _wide_time(rng: random.Random, year: int, style: str) -> tuple[str, str, date | None, date | None]:
    """The timeframe families of docs/vietnamese-rules.md the first generator did not
    write (round 16): dates spelt "ngày 05 tháng 6 năm 2025", "chậm nhất", targets
    ("phấn đấu hoàn thành trong …"), continuity ("trong suốt thời gian …"), minimum
    frequencies, open ends ("cho đến khi hoàn thành", "trở đi"), arabic quarters, two
    quarters or months, halves of the year, "đến hết ngày"."""
    y = year
    q = rng.randint(1, 3)
    roman = ["I", "II", "III", "IV"][q - 1]
    roman2 = ["I", "II", "III", "IV"][q]
    m = rng.randint(2, 10)
    d = _working_before(rng, y, (3, 4, 6, 7, 9, 10, 11))
    w = _working_before(rng, y, (3, 6, 7, 9, 10, 11)) - timedelta(days=1)  # a working day
    long_d = f"ngày {d.day:02d} tháng {d.month:02d} năm {y}"
    choices: list[tuple[str, str, date | None, date | None]] = [
        (f"trước {long_d}", "deadline", None, _before(d)),
        (f"chậm nhất trước ngày {d.day}/{d.month}/{y}", "deadline", None, _before(d)),
        (f"chậm nhất ngày {w.day}/{w.month}/{y}", "deadline", None, w),
        (f"phấn đấu hoàn thành trong Quý {roman}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
        ("trong suốt thời gian thực hiện Kế hoạch", "continuous", None, None),
        ("định kỳ ít nhất 02 lần/năm", "recurring", None, None),
        ("định kỳ hằng quý", "recurring", None, None),
        ("hằng năm theo quy định", "recurring", None, None),
        (f"từ tháng {m}/{y} cho đến khi hoàn thành", "continuous", None, None),
        (f"từ năm {y + 1} trở đi", "continuous", None, None),
        (f"từ ngày 01/{m}/{y} đến hết ngày {_month_end(y, m).day}/{m}/{y}", "window", date(y, m, 1),
         _month_end(y, m)),
        (f"06 tháng cuối năm {y}", "window", date(y, 7, 1), date(y, 12, 31)),
    ]
    if style == "close":
        choices += [
            (f"hoàn thành trước {long_d}", "deadline", None, _before(d)),
            (f"hoàn thành trong Quý {q}/{y}", "deadline", None, _q_end(y, q)),
            (f"hoàn thành chậm nhất ngày {w.day}/{w.month}/{y}", "deadline", None, w),
            (f"thời gian thực hiện: Quý {roman}, {roman2}/{y}", "window", date(y, 3 * q - 2, 1),
             _q_end(y, q + 1)),
            (f"hoàn thành trong tháng {m} năm {y}", "deadline", None, _month_end(y, m)),
        ]
    else:
        choices += [
            (f"Quý {q}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
            (f"Quý {roman}, {roman2}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q + 1)),
            (f"Tháng {m} và tháng {m + 1}/{y}", "window", date(y, m, 1), _month_end(y, m + 1)),
            (f"Năm {y}-{y + 1}", "window", date(y, 1, 1), date(y + 1, 12, 31)),
        ]
    words, kind, start, end = rng.choice(choices)
    if style == "label":
        words = words[0].upper() + words[1:]
    return words, kind, start, end


WIDE_TIME = 0.35  # the share of times drawn from the wider families


def _time(rng: random.Random, year: int, style: str) -> tuple[str, str, date | None, date | None]:
    """(words, kind, start, end) for a task's time; ``style`` "label" gives the words a
    label holds, "close" the words closing a sentence."""
    if rng.random() < WIDE_TIME:
        return _wide_time(rng, year, style)
    y = year
    q = rng.randint(1, 4)
    roman = ["I", "II", "III", "IV"][q - 1]
    m = rng.randint(2, 11)
    choices: list[tuple[str, str, date | None, date | None]] = [
        (f"Quý {roman}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
        (f"Quý {roman} năm {y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
        (f"Tháng {m}/{y}", "window", date(y, m, 1), date(y, m + 1, 1) - timedelta(days=1)),
        (f"Năm {y}", "window", date(y, 1, 1), date(y, 12, 31)),
        ("Thường xuyên", "continuous", None, None),
        (f"6 tháng đầu năm {y}", "window", date(y, 1, 1), date(y, 6, 30)),
        (f"Từ tháng {m} đến tháng {m + 1}/{y}", "window", date(y, m, 1),
         date(y, m + 2, 1) - timedelta(days=1) if m + 1 < 12 else date(y, 12, 31)),
    ]
    d = _working_before(rng, y, (3, 4, 6, 7, 9, 10, 11))
    choices.append((f"Trước ngày {d.day}/{d.month}/{y}", "deadline", None, _before(d)))
    if style == "close":
        choices = [
            (f"hoàn thành trước ngày {d.day}/{d.month}/{y}", "deadline", None, _before(d)),
            (f"hoàn thành trong Quý {roman}/{y}", "deadline", None, _q_end(y, q)),
            (f"hoàn thành trong năm {y}", "deadline", None, date(y, 12, 31)),
            (f"thời gian thực hiện: Quý {roman}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
            (f"thời gian hoàn thành: tháng {m}/{y}", "window", date(y, m, 1),
             date(y, m + 1, 1) - timedelta(days=1)),
            ("thực hiện thường xuyên", "continuous", None, None),
            (f"trước ngày {d.day}/{d.month}/{y}", "deadline", None, _before(d)),
            (f"thời hạn hoàn thành trước ngày {d.day}/{d.month}/{y}", "deadline", None, _before(d)),
            (f"hoàn thành trong tháng {m}/{y}", "deadline", None, date(y, m + 1, 1) - timedelta(days=1)),
            (f"thời gian thực hiện: {m:02d} tháng đầu năm {y}"
             if m in (3, 6, 9) else f"thời gian thực hiện: năm {y}", "window", date(y, 1, 1),
             date(y, m + 1, 1) - timedelta(days=1) if m in (3, 6, 9) else date(y, 12, 31)),
        ]
    else:
        choices += [
            (f"Trong quý {roman}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
            (f"Tháng {m} năm {y}", "window", date(y, m, 1), date(y, m + 1, 1) - timedelta(days=1)),
            (f"Từ ngày 15/{m}/{y} đến ngày 30/{m + 1}/{y}", "window", date(y, m, 15), date(y, m + 1, 30)),
            ("Hằng năm", "recurring", None, None),
            (f"Hoàn thành trước ngày {d.day}/{d.month}/{y}", "deadline", None, _before(d)),
            (f"Năm {y} và các năm tiếp theo", "continuous", None, None),
            (f"Từ tháng {m}/{y} đến tháng {m + 1}/{y}", "window", date(y, m, 1),
             date(y, m + 2, 1) - timedelta(days=1) if m + 1 < 12 else date(y, 12, 31)),
        ]
    return rng.choice(choices)


# -- the document ----------------------------------------------------------------------------

class _Doc:
    def __init__(self, rng: random.Random, level: str, year: int) -> None:
        self.rng = rng
        self.level = level
        self.year = year
        self.blocks: list[Block] = []
        self.tasks: list[Truth] = []
        self.nontasks: list[str] = []
        self.organised = False  # an event's timeline above the duties by agency organises them
        self.reports: list[Report] = []
        self.used: set[str] = set()
        self.features: list[str] = []
        self.lettered = False  # top sections "A.", "B.", groups in roman numerals

    def p(self, text: str, bold: bool = False) -> None:
        self.blocks.append(Block([(text, bold)]))

    def runs(self, *runs: tuple[str, bool], italic: frozenset[int] = frozenset()) -> None:
        self.blocks.append(Block(list(runs), italic=italic))

    def heading(self, text: str, nontask: bool = True) -> None:
        if self.lettered and (m := re.match(r"^(I|II|III|IV|V|VI|VII)\. ", text)) \
                and text[m.end():].split(" ")[0].isupper():
            # round 16: "A. MỤC ĐÍCH, YÊU CẦU" / "I. <group>" / "1. <task>"
            text = "ABCDEFG"[["I", "II", "III", "IV", "V", "VI", "VII"].index(m[1])] + ". " + text[m.end():]
        self.p(text, bold=True)
        if nontask:
            self.nontasks.append(text.split(". ", 1)[-1] if ". " in text[:6] else text)

    def title(self) -> tuple[str, str]:
        """(verb + object, object): a task's words, its object unique in the plan."""
        while True:
            obj = self.rng.choice(OBJECTS)
            if obj not in self.used:
                self.used.add(obj)
                return f"{self.rng.choice(VERBS)} {obj}", obj

    def agency(self, collective: float = 0.15) -> str:
        lv = LEVELS[self.level]
        pool = lv["collective"] if self.rng.random() < collective else lv["agencies"]
        return self.rng.choice(pool)

    def partner(self, lead: str) -> str:
        while True:
            p = self.rng.choice(LEVELS[self.level]["partners"])
            if p.casefold() != lead.casefold():
                return p


def _letterhead(doc: _Doc, kind: str, number: str, issued: date) -> None:
    rng = doc.rng
    lv = doc.level
    place, up = rng.choice(PLACES)
    if lv == "province":
        left = ["ỦY BAN NHÂN DÂN", f"TỈNH {up}"]
        where = place
    elif lv == "district":
        d, dup = rng.choice(DISTRICTS)
        left = ["ỦY BAN NHÂN DÂN", f"HUYỆN {dup}"]
        where = d
    elif lv == "commune":
        c, cup = rng.choice(COMMUNES)
        left = ["ỦY BAN NHÂN DÂN", f"XÃ {cup}"]
        where = c
    else:
        left = [f"UBND TỈNH {up}", "SỞ Y TẾ"]
        where = place
    symbol = {"province": "UBND", "district": "UBND", "commune": "UBND", "department": "SYT"}[lv]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    doc.blocks.append(Block([("\n".join(left), True), ("\t", False), ("\n".join(right), True),
                             ("\t", False), (f"Số: {number}/{kind}-{symbol}", False), ("\t", False),
                             (f"{where}, ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}",
                              False)], kind="letterhead"))


def _signature(doc: _Doc, decision: bool = False) -> None:
    rng = doc.rng
    body = {"province": "ỦY BAN NHÂN DÂN", "district": "ỦY BAN NHÂN DÂN", "commune": "ỦY BAN NHÂN DÂN",
            "department": ""}[doc.level]
    doc.p("Nơi nhận:", bold=True)
    doc.p("- Như Điều 3;" if decision else "- Các cơ quan, đơn vị có tên tại Kế hoạch;")
    doc.p("- Lưu: VT.")
    if body:
        doc.p(f"TM. {body}", bold=True)
        if rng.random() < 0.5:
            doc.p("KT. CHỦ TỊCH", bold=True)
            doc.p("PHÓ CHỦ TỊCH", bold=True)
        else:
            doc.p("CHỦ TỊCH", bold=True)
    else:
        doc.p("GIÁM ĐỐC", bold=True)
    doc.p(rng.choice(["Nguyễn Văn An", "Trần Thị Bích", "Lê Quang Minh", "Phạm Đức Thắng"]), bold=True)


def _opening(doc: _Doc, plan_title: str) -> None:
    rng = doc.rng
    y = doc.year
    self_ = LEVELS[doc.level]["self"]
    doc.p(rng.choice([f"Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/{y} của UBND tỉnh về {plan_title.lower()}; ",
                      f"Căn cứ Quyết định số 120/QĐ-TTg ngày 05/02/{y - 1} của Thủ tướng Chính phủ; "])
          + f"{self_} ban hành Kế hoạch {plan_title.lower()} như sau:")
    doc.heading("I. MỤC ĐÍCH, YÊU CẦU")
    doc.heading("1. Mục đích")
    for s in rng.sample(["Nâng cao nhận thức, trách nhiệm của cán bộ, công chức và Nhân dân trong việc thực hiện"
                         " các nhiệm vụ được giao.",
                         "Cụ thể hóa các nhiệm vụ, giải pháp để tổ chức thực hiện hiệu quả chủ trương của cấp trên.",
                         "Tạo sự chuyển biến rõ nét trong nhận thức và hành động của các cấp, các ngành."], 2):
        doc.p(f"- {s}")
        doc.nontasks.append(s[:40])
    doc.heading("2. Yêu cầu")
    for s in rng.sample(["Xác định rõ nội dung công việc, thời hạn hoàn thành và trách nhiệm của cơ quan, đơn vị"
                         " chủ trì.",
                         "Bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cơ quan, đơn vị trong quá trình triển khai.",
                         "Việc triển khai phải thiết thực, hiệu quả, tránh hình thức, lãng phí."], 2):
        doc.p(f"- {s}")
        doc.nontasks.append(s[:40])


def _targets(doc: _Doc, number: str) -> None:
    y = doc.year
    doc.heading(f"{number}. MỤC TIÊU" if doc.rng.random() < 0.5 else f"{number}. CHỈ TIÊU CHỦ YẾU")
    for s in doc.rng.sample([f"Phấn đấu đến hết năm {y}, 100% hồ sơ công việc được xử lý trên môi trường mạng.",
                             f"Đến ngày 31/12/{y}, tỷ lệ người dân hài lòng đạt trên 90%.",
                             "Trên 95% cán bộ, công chức được tập huấn, bồi dưỡng kiến thức.",
                             f"Phấn đấu trong năm {y} giảm ít nhất 10% số vụ việc so với năm trước."], 2):
        doc.p(f"- {s}")
        doc.nontasks.append(s[:40])


# -- tasks at a depth --------------------------------------------------------------------------

LEAD_LABELS = ["Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan chủ trì thực hiện", "Đơn vị chủ trì thực hiện",
               "Cơ quan thực hiện", "Đơn vị thực hiện", "Chủ trì", "Cơ quan chủ trì, tham mưu",
               "Đơn vị chủ trì tham mưu", "Cơ quan chịu trách nhiệm",
               # round 16
               "Cơ quan đầu mối", "Đơn vị đầu mối", "Cơ quan chủ trì thực hiện"]
PARTNER_LABELS = ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp", "Đơn vị phối hợp thực hiện",
                  "Cơ quan phối hợp thực hiện"]
TIME_LABELS = ["Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời hạn thực hiện",
               "Tiến độ", "Thời gian", "Tiến độ thực hiện",
               # round 16
               "Thời gian hoàn tất", "Thời hạn", "Tiến độ hoàn thành", "Thời điểm hoàn thành"]


def _task_words(doc: _Doc, family: str, marker: str, feature: str) -> None:
    """One task in ``family``'s wording, numbered ``marker`` (may be "")."""
    rng = doc.rng
    y = doc.year
    lead = doc.agency()
    partner = doc.partner(lead) if rng.random() < 0.7 else ""
    title, obj = doc.title()
    tail = rng.choice(TAILS)
    pre = f"{marker} " if marker else ""
    # two agencies leading together ("Sở Tài chính, Sở Nội vụ chủ trì"), now and then
    second = ""
    if family in ("subject", "labels") and rng.random() < 0.12 and not lead.startswith(("Các", "UBND")):
        second = rng.choice([a for a in LEVELS[doc.level]["agencies"] if a != lead and a != partner])
    if family == "subject":
        # "Giao các sở, ban, ngành …": a collective name in lower case inside a sentence
        mid = lead[0].lower() + lead[1:] if lead.startswith("Các ") else lead
        words, kind, start, end = _time(rng, y, "close")
        way = rng.choice(["chủ trì", "chủ trì", "giao", "đề nghị", "title-first", "plain",
                          "trách nhiệm", "đầu mối", "title-giao"])
        if rng.random() < 0.4:  # round 16: wordings the first generator did not write
            way = rng.choice(["time-opens", "title-colon", "issuer-giao", "phoi-hop", "within",
                              "two-partners", "do-chu-tri", "purpose-first", "and-leads"])
        if way == "and-leads" and (lead.startswith(("Các", "UBND")) or not second):
            way = "purpose-first"
        with_p = f", phối hợp với {partner}" if partner else ""
        low = title[0].lower() + title[1:]
        if way == "time-opens":  # "Trong Quý II/2025, Sở X chủ trì …" (the time opening the sentence)
            y2 = y
            q = rng.randint(1, 4)
            roman = ["I", "II", "III", "IV"][q - 1]
            d = _working_before(rng, y2, (3, 4, 6, 7, 9, 10, 11))
            words, kind, start, end = rng.choice([
                (f"Trong Quý {roman}/{y2}", "window", date(y2, 3 * q - 2, 1), _q_end(y2, q)),
                (f"Trước ngày {d.day}/{d.month}/{y2}", "deadline", None, _before(d)),
                (f"Trong năm {y2}", "window", date(y2, 1, 1), date(y2, 12, 31)),
                (f"Trong tháng {d.month}/{y2}", "window", date(y2, d.month, 1), _month_end(y2, d.month))])
            text = f"{pre}{words}, {lead} chủ trì{with_p} {low}{tail}."
        elif way == "purpose-first":  # "Để nâng cao …, Sở X chủ trì, phối hợp với Y …"
            aim = rng.choice(["nâng cao hiệu quả công tác quản lý nhà nước", "bảo đảm tiến độ đề ra",
                              "phục vụ tốt hơn người dân và doanh nghiệp"])
            text = f"{pre}Để {aim}, {lead} chủ trì{with_p} {low}{tail}; {words}."
        elif way == "and-leads":  # "Sở X và Sở Y chủ trì, phối hợp với Z …"
            text = f"{pre}{lead} và {second} chủ trì{with_p} {low}{tail}; {words}."
        elif way == "title-colon":  # "Xây dựng …: Sở X chủ trì, phối hợp với Y thực hiện, …"
            if partner and rng.random() < 0.4:  # "…: Sở X phối hợp với Y thực hiện …" (no "chủ trì")
                text = f"{pre}{title}{tail}: {lead} phối hợp với {partner} thực hiện; {words}."
            else:
                text = f"{pre}{title}{tail}: {lead} chủ trì{with_p} thực hiện; {words}."
        elif way == "issuer-giao":  # "UBND tỉnh giao Sở X chủ trì …"
            mid = lead[0].lower() + lead[1:] if lead.startswith("Các ") else lead
            text = f"{pre}{LEVELS[doc.level]['self']} giao {mid} chủ trì{with_p} {low}{tail}; {words}."
        elif way == "phoi-hop":  # "Sở X phối hợp với Y …" (no "chủ trì": the subject leads)
            if not partner:
                partner = doc.partner(lead)
            text = f"{pre}{lead} phối hợp với {partner} {low}{tail}, {words}."
        elif way == "within":  # the time inside the sentence, no comma before it
            # (done within the quarter: a window, as the importer's rule reads "trong …" inside
            # a duty whose verb is no completion, report or submission)
            q = rng.randint(1, 4)
            words, kind, start, end = rng.choice([
                (f"trong Quý {['I', 'II', 'III', 'IV'][q - 1]}/{y}", "window", date(y, 3 * q - 2, 1), _q_end(y, q)),
                (f"trong năm {y}", "window", date(y, 1, 1), date(y, 12, 31))])
            text = f"{pre}{lead} chủ trì{with_p} {low}{tail} {words}."
        elif way == "two-partners":  # "phối hợp với Y và Z"
            p2 = doc.partner(lead)
            if not partner or p2 == partner:
                way = "chủ trì"
                text = f"{pre}{lead} chủ trì{with_p} {low}{tail}; {words}."
            else:
                text = f"{pre}{lead} chủ trì, phối hợp với {partner} và {p2} {low}{tail}; {words}."
        elif way == "do-chu-tri":  # "Xây dựng …, do Sở X chủ trì, phối hợp với Y thực hiện; …"
            text = f"{pre}{title}{tail}, do {lead} chủ trì{with_p} thực hiện; {words}."
        elif way == "đề nghị":
            lead = rng.choice(LEVELS[doc.level]["asked"])
            text = f"{pre}Đề nghị {lead} chủ trì{with_p} {low}{tail}; {words}."
        elif way == "giao":
            text = f"{pre}Giao {mid} chủ trì{with_p} {low}{tail}, {words}."
        elif way == "title-first":
            text = f"{pre}{title}{tail}. {lead} chủ trì{with_p} thực hiện; {words}."
        elif way == "plain":
            partner = ""
            text = f"{pre}{lead} {low}{tail}, {words}."
        elif way == "trách nhiệm":
            text = f"{pre}{lead} có trách nhiệm chủ trì{with_p} {low}{tail}; {words}."
        elif way == "đầu mối":
            text = f"{pre}Giao {mid} làm đầu mối{with_p} {low}{tail}, {words}."
        elif way == "title-giao":
            text = f"{pre}{title}{tail}. Giao {mid} chủ trì{with_p} thực hiện, {words}."
        else:
            helper = rng.choice(["tham mưu " + LEVELS[doc.level]["self"] + " ", ""])
            both = f"{lead}, {second}" if second else lead
            text = f"{pre}{both} chủ trì{with_p} {helper}{low}{tail}; {words}."
            way = "two-leads" if second else way
        doc.p(text)
        feature = f"{feature} subject-{_ascii(way)}"
    elif family == "brackets":
        words, kind, start, end = _time(rng, y, "label")
        way = rng.choice(["labels", "labels", "chủ trì", "short", "time-first", "giao", "do", "inline"])
        if rng.random() < 0.3:  # round 16: the brackets on a line of their own under the task
            inner = f"{rng.choice(LEAD_LABELS)}: {lead}"
            if partner:
                inner += f"; {rng.choice(PARTNER_LABELS).lower()}: {partner}"
            inner += f"; {rng.choice(TIME_LABELS).lower()}: {words}"
            doc.p(f"{pre}{title}{tail}{rng.choice(['.', ';', ''])}")
            doc.p(f"({inner}).")
            doc.tasks.append(Truth(title + tail, obj, [lead], [partner] if partner else [], words, kind, start,
                                   end, f"{feature} brackets-next-line".strip()))
            return
        if way == "labels":
            inner = f"{rng.choice(LEAD_LABELS)}: {lead}"
            if partner:
                inner += f"; {rng.choice(PARTNER_LABELS).lower()}: {partner}"
            inner += f"; {rng.choice(TIME_LABELS).lower()}: {words}"
        elif way == "chủ trì":
            w2, kind, start, end = _time(rng, y, "close")
            words = w2
            inner = f"{lead} chủ trì" + (f", {partner} phối hợp" if partner else "") + f"; {w2}"
        elif way == "time-first":
            inner = f"Thời gian: {words}; {rng.choice(['cơ quan thực hiện', 'đơn vị chủ trì'])}: {lead}"
            partner = ""
        elif way == "do":
            w2, kind, start, end = _time(rng, y, "close")
            words = w2
            partner = ""
            inner = f"do {lead} chủ trì, {w2}"
        elif way == "inline":
            partner = ""
            doc.p(f"{pre}{title}{tail}. {rng.choice(['Cơ quan chủ trì', 'Đơn vị chủ trì'])}: {lead}; "
                  f"{rng.choice(['thời gian', 'thời gian hoàn thành', 'tiến độ'])}: {words}.")
            doc.tasks.append(Truth(title + tail, obj, [lead], [], words, kind, start, end,
                                   f"{feature} brackets-inline".strip()))
            return
        elif way == "giao":
            w2, kind, start, end = _time(rng, y, "close")
            words = w2
            mid = lead[0].lower() + lead[1:] if lead.startswith("Các ") else lead
            inner = f"Giao {mid} chủ trì" + (f", phối hợp với {partner}" if partner else "") + f" thực hiện; {w2}"
        else:
            inner = f"Chủ trì: {lead}; Thời gian: {words}"
            partner = ""
        doc.p(f"{pre}{title}{tail} ({inner}){rng.choice(['.', ';', ''])}")
        feature = f"{feature} brackets-{_ascii(way)}"
    else:  # labels
        words, kind, start, end = _time(rng, y, "label")
        doc.p(f"{pre}{title}{tail}.")
        deeper = {"1.": ["-", "+", ""], "1.1.": ["-", "+", ""], "a)": ["-", "+", ""], "-": ["+", "", "•"],
                  "+": ["", "•"], "": ["-"]}[_shape(marker)]
        bullet = rng.choice(deeper)
        if _shape(marker) in ("1.", "1.1.") and rng.random() < 0.2:
            bullet = "a)"  # "a) Cơ quan chủ trì: …", "b) Thời gian thực hiện: …"
        if bullet == "-" and rng.random() < 0.2:
            bullet = "–"  # an en dash, as converted documents print it
        bold = rng.random() < 0.35
        italic = not bold and rng.random() < 0.15  # "*Đơn vị chủ trì thực hiện: *Sở …"
        whole_bold = bold and rng.random() < 0.25  # the label and its value in bold
        one_line = rng.random() < 0.25
        next_line = not one_line and rng.random() < 0.15  # "- Tiến độ:" / "Quý II/2025."
        lead_l, time_l = rng.choice(LEAD_LABELS), rng.choice(TIME_LABELS)
        lead_v = f"{lead}; {second}" if second else lead
        sentence = not second and partner and rng.random() < 0.15
        if sentence:  # "Cơ quan thực hiện: Sở X chủ trì, phối hợp với Y."
            lead_v = f"{lead} chủ trì, phối hợp với {partner}"
        items = [(lead_l, lead_v)]
        if rng.random() < 0.2:
            items.insert(0, ("Nội dung", rng.choice(["Rà soát hiện trạng, đề xuất giải pháp phù hợp",
                                                     "Tổ chức khảo sát, đánh giá nhu cầu thực tế"])))
        if partner and not sentence:
            items.append((rng.choice(PARTNER_LABELS), partner))
        items.append((time_l, words))
        if rng.random() < 0.4:
            items.append(("Sản phẩm", rng.choice(OUTPUTS)))
        if rng.random() < 0.25:
            items.append(("Kinh phí", rng.choice(BUDGETS)))
        if rng.random() < 0.3:
            rng.shuffle(items)
        b = f"{bullet} " if bullet else ""
        if one_line:
            doc.p(("" if bullet == "a)" else b) + "; ".join(f"{k}: {v}" for k, v in items) + ".")
        else:
            for n, (k, v) in enumerate(items):
                if bullet == "a)":
                    b = f"{'abcdeg'[n]}) "
                if next_line and k != "Nội dung":
                    doc.p(f"{b}{k}:")
                    doc.p(f"{v}.")
                elif bold and whole_bold:
                    doc.p(f"{b}{k}: {v}.", bold=True)
                elif bold:
                    doc.runs((b, False), (f"{k}:", True), (f" {v}.", False))
                elif italic:
                    doc.runs((b, False), (f"{k}: ", False), (f"{v}.", False), italic=frozenset({1}))
                else:
                    doc.p(f"{b}{k}: {v}.")
        feature = (f"{feature} labels{'-bold' if bold else ''}{'-whole' if whole_bold and not one_line else ''}"
                   f"{'-italic' if italic and not one_line else ''}"
                   f"{'-one-line' if one_line else ''}{'-next-line' if next_line else ''}"
                   f"{'-sentence' if sentence else ''}-bullet{bullet or 'none'}")
    leads = [lead, second] if second and (family == "labels" or "two-leads" in feature
                                          or "and-leads" in feature) else [lead]
    doc.tasks.append(Truth(title + tail, obj, leads, [partner] if partner else [], words, kind, start, end,
                           feature.strip()))


def _ascii(way: str) -> str:
    return {"chủ trì": "chu-tri", "đề nghị": "de-nghi", "trách nhiệm": "trach-nhiem", "đầu mối": "dau-moi",
            "time-first": "time-first"}.get(way, way)


def _shape(marker: str) -> str:
    if not marker:
        return ""
    if marker[0].isdigit():
        return "1.1." if marker.count(".") > 1 else "1."
    if marker.endswith((")", ".")):
        return "a)"
    return {"–": "-", "•": "+"}.get(marker, marker)


def _tasks_section(doc: _Doc, family: str, roman: str) -> None:
    """The "Nhiệm vụ và giải pháp" section with the tasks at one depth."""
    rng = doc.rng
    doc.heading(f"{roman}. " + rng.choice(["NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
                                           "NỘI DUNG THỰC HIỆN", "CÁC NHIỆM VỤ TRỌNG TÂM"]))
    depth = rng.choice(["flat", "groups-1.1", "groups-a", "groups-dash", "deep", "activities", "deeper"])
    doc.features.append(f"depth-{depth}")
    feat = f"depth-{depth}"
    # round 16: "1)" for "1.", "a." for "a)", "–", "•" for "-", group headings with a colon
    paren = rng.random() < 0.2
    letter_dot = rng.random() < 0.25
    dash = rng.choice(["-", "-", "-", "–", "•"])
    colon = rng.random() < 0.2
    if paren or letter_dot or dash != "-" or colon:
        doc.features.append("markers-wide")
    if depth == "flat":
        for i in range(1, rng.randint(4, 8)):
            _task_words(doc, family, f"{i})" if paren else f"{i}.", feat)
        return
    groups = rng.sample(GROUPS, rng.randint(2, 4))
    for g, name in enumerate(groups, 1):
        gno = ["I", "II", "III", "IV"][g - 1] if doc.lettered else str(g)
        doc.heading(f"{gno}. {name}{':' if colon else ''}")
        if doc.lettered:
            g = 0  # under a roman group the numbering starts again: "1.", "1.1." → "1."
        if depth == "activities":
            doc.p(rng.choice(["Tiếp tục quán triệt, nâng cao hiệu quả công tác này trong toàn hệ thống.",
                              "Tập trung thực hiện đồng bộ, có trọng tâm, trọng điểm các giải pháp."]))
            doc.p(rng.choice(["Các hoạt động chính:", "Các hoạt động cụ thể:", "Hoạt động chủ yếu:"]))
            for _ in range(rng.randint(2, 3)):
                _task_words(doc, family, dash, feat)
        elif depth == "deeper":
            doc.heading(f"{f'{g}.' if g else ''}1. {rng.choice(['Nhiệm vụ trọng tâm', 'Nhiệm vụ cụ thể'])}")
            for i, field_name in enumerate(rng.sample(["Về thể chế", "Về nguồn lực", "Về hạ tầng",
                                                        "Về con người"], 2)):
                doc.heading(f"{'abcd'[i]}{'.' if letter_dot else ')'} {field_name}")
                for _ in range(rng.randint(1, 3)):
                    _task_words(doc, family, dash, feat)
        elif depth == "deep":
            subs = rng.sample(["Nhiệm vụ thường xuyên", "Nhiệm vụ trọng tâm", "Nhiệm vụ cụ thể",
                               "Về cơ chế, chính sách", "Về tổ chức thực hiện"], rng.randint(2, 3))
            for s, sub in enumerate(subs, 1):
                doc.heading(f"{f'{g}.' if g else ''}{s}. {sub}")
                for i in range(rng.randint(1, 3)):
                    _task_words(doc, family, "abcd"[i] + ("." if letter_dot else ")"), feat)
        else:
            for i in range(1, rng.randint(2, 4) + 1):
                marker = {"groups-1.1": f"{g}.{i}." if g else f"{i}.", "groups-a": "abcd"[i - 1] + ("." if letter_dot else ")"),
                          "groups-dash": dash}[depth]
                _task_words(doc, family, marker, feat)


AGENCY_ITEMS = ["Chủ trì, phối hợp với {p} {t}", "Phối hợp với {p} {t}", "{T}", "{T}",
                "Chủ động {t}", "Tham mưu {self} {t}",
                # round 16
                "Chỉ đạo các đơn vị trực thuộc {t}", "Thường xuyên chủ động {t}",
                "Chủ trì, phối hợp với {p} tham mưu {self} {t}"]


def _agency_duties(doc: _Doc, heading_no: str, organising: bool = False) -> None:
    """Duties grouped under an agency heading ("1. Sở Tài chính", "a) Công an tỉnh:").

    ``organising``: the plan's activities above each name who carries them out (an event's
    timeline, not the steps of a procedure): the duties organise them and are no tasks, as a
    careful reader counts real plans ("Tổ chức thực hiện" organises, not counted), except a
    duty stating its own dated time (docs/import.md, `duties_organise`)."""
    rng = doc.rng
    y = doc.year
    lv = LEVELS[doc.level]
    style = rng.choice(["number", "number-colon", "letter", "dash", "bold-name", "has-duty", "giao",
                        "number-letters"])
    if rng.random() < 0.35:  # round 16
        style = rng.choice(["sub-number", "letter-dot", "plain-colon", "en-dash", "number-paren"])
    doc.features.append(f"agency-{style}")
    item_bullet = {"number": "-", "number-colon": "-", "letter": "-", "dash": "+", "bold-name": "-",
                   "has-duty": rng.choice(["-", "+", "•"]), "giao": "-", "number-letters": "a)",
                   "sub-number": rng.choice(["-", "+", "–"]), "letter-dot": rng.choice(["-", "+"]),
                   "plain-colon": rng.choice(["-", "•"]), "en-dash": "+",
                   "number-paren": rng.choice(["-", "+"])}[style]
    if style in ("letter", "letter-dot", "sub-number"):
        doc.heading(f"{heading_no}. Trách nhiệm của các cơ quan, đơn vị")
    if style in ("dash", "en-dash", "plain-colon"):
        doc.heading(f"{heading_no}. Phân công nhiệm vụ")
    agencies = rng.sample(lv["agencies"], rng.randint(2, 4))
    if rng.random() < 0.5:
        agencies.append(rng.choice(lv["collective"][1:] + lv["asked"]))
    for a, name in enumerate(agencies, 1):
        head = {"number": f"{a}. {name}", "number-colon": f"{a}. {name}:", "letter": f"{'abcdefg'[a - 1]}) {name}:",
                "dash": f"- {name}:", "bold-name": name, "has-duty": f"{a}. {name} có trách nhiệm:",
                "giao": f"{a}. Giao {name}:", "number-letters": f"{a}. {name}",
                "sub-number": f"{heading_no}.{a}. {name}{rng.choice([':', ''])}",
                "letter-dot": f"{'abcdefg'[a - 1]}. {name}:", "plain-colon": f"{name}:",
                "en-dash": f"– {name}:", "number-paren": f"{a}) {name}:"}[style]
        if style in ("number", "number-colon") and rng.random() < 0.2:
            head = head.replace(name, name.upper())  # "1. SỞ TÀI CHÍNH"
        if name in lv["asked"]:
            head = head.replace(name, f"Đề nghị {name}") if style not in ("bold-name",) else f"Đề nghị {name}:"
        if style == "number" and rng.random() < 0.2:
            head += rng.choice([" (cơ quan thường trực)", " (cơ quan chủ trì)"])
        doc.p(head, bold=style in ("number", "number-colon", "letter", "bold-name", "sub-number", "letter-dot",
                                   "plain-colon") and rng.random() < 0.8)
        label_time = item_bullet == "-" and rng.random() < 0.25  # "+ Thời gian: …" under a duty
        for i in range(rng.randint(2, 4)):
            title, obj = doc.title()
            low = title[0].lower() + title[1:]
            partner = doc.partner(name)
            form = rng.choice(AGENCY_ITEMS)
            text = form.format(p=partner, t=low, T=title, self=lv["self"])
            partners = [partner] if "{p}" in form else []
            under = ""
            if label_time:
                words, kind, start, end = _time(rng, y, "label")
                text += "."
                under = f"+ {rng.choice(['Thời gian', 'Thời gian thực hiện', 'Thời hạn hoàn thành'])}: {words}."
            elif rng.random() < 0.4:
                words, kind, start, end = _time(rng, y, "close")
                text += f", {words}."
            else:
                words, kind, start, end = "", "continuous", None, None
                text += "."
            doc.p(f"{'abcdeg'[i]}) {text}" if item_bullet == "a)" else f"{item_bullet} {text}")
            if under:
                doc.p(under)
            if organising and not re.search(r"\b(?:19|20)\d\d\b", words):
                doc.nontasks.append(text.rstrip("."))  # organises the activities above
                continue
            doc.tasks.append(Truth(title, obj, [name], partners, words, kind, start, end,
                                   f"agency-{style} item-{form.split(' ')[0].strip('{},').lower()}"))


def _implementation(doc: _Doc, roman: str, family: str) -> None:
    rng = doc.rng
    y = doc.year
    lv = LEVELS[doc.level]
    doc.heading(f"{roman}. TỔ CHỨC THỰC HIỆN")
    n = 1
    if family == "agency":
        # (after an event's timeline whose every step names its body: the duties organise
        # it, unless the steps are a procedure's, "CÁC BƯỚC …", "Bước 1: …", "Giai đoạn 2 (…): …")
        _agency_duties(doc, str(n), organising=doc.organised)
        n += 1
    else:
        doc.p(f"{n}. Các cơ quan, đơn vị căn cứ nội dung Kế hoạch, chủ động xây dựng kế hoạch triển khai "
              "thực hiện bảo đảm hiệu quả.")
        n += 1
    recipient = rng.choice(lv["agencies"][:3])
    way = rng.choice(["yearly", "two", "quarterly"])
    if way == "yearly":
        d = _working_before(rng, y, (11, 12))
        s = (f"Định kỳ trước ngày {d.day}/{d.month} hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về "
             f"{recipient} để tổng hợp, báo cáo {lv['self']}.")
        doc.reports.append(Report(s[:40], "fixed_days", {"days": [f"{d.day}/{d.month}"]}))
    elif way == "two":
        s = (f"Các cơ quan, đơn vị định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo "
             f"kết quả thực hiện về {recipient} để tổng hợp.")
        doc.reports.append(Report(s[:40], "fixed_days", {"days": ["15/6", "15/12"]}))
    else:
        s = (f"Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), các cơ quan, đơn vị báo cáo kết quả về "
             f"{recipient} để tổng hợp.")
        doc.reports.append(Report(s[:40], "quarterly", {"day": 20, "month_of_quarter": 3}))
    doc.p(f"{n}. {s}")
    if rng.random() < 0.5:  # round 16: the coordinating body reports on to the issuer
        d2 = _working_before(rng, y, (12,))
        way2 = rng.choice(["day", "yearly"])
        if way2 == "day":
            s2 = (f"{recipient} tổng hợp, báo cáo {lv['self']} trước ngày {d2.day}/{d2.month} hằng năm.")
        else:
            s2 = (f"{recipient} có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo "
                  f"{lv['self']} trước ngày {d2.day}/{d2.month} hằng năm.")
        doc.reports.append(Report(s2[:40], "fixed_days", {"days": [f"{d2.day}/{d2.month}"]}))
        doc.features.append("reports-two")
        n += 1
        doc.p(f"{n}. {s2}")
        if doc.level == "province" and rng.random() < 0.4:
            s3 = (f"{recipient} tham mưu {lv['self']} báo cáo kết quả thực hiện về Bộ Nội vụ trước ngày "
                  f"{d2.day + 3}/12 hằng năm.")
            doc.reports.append(Report(s3[:40], "fixed_days", {"days": [f"{d2.day + 3}/12"]}))
            doc.features.append("reports-three")
            n += 1
            doc.p(f"{n}. {s3}")
    doc.p(f"{n + 1}. Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị "
          f"kịp thời phản ánh về {recipient} để tổng hợp, báo cáo {lv['self']} xem xét, giải quyết./.")


# -- event plans --------------------------------------------------------------------------------

EVENTS = ["Hội nghị tổng kết công tác {s} năm {y1}", "Lễ kỷ niệm 50 năm Ngày giải phóng",
          "Đợt cao điểm tấn công, trấn áp tội phạm dịp Tết", "Tháng hành động vì {s} năm {y}",
          "Hội thi tìm hiểu pháp luật năm {y}", "Ngày hội {s} năm {y}"]


def _event_steps(doc: _Doc, roman: str) -> None:
    rng = doc.rng
    y = doc.year
    heading = rng.choice(["NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN", "CÁC BƯỚC TIẾN HÀNH",
                          "THỜI GIAN VÀ CÁC BƯỚC TRIỂN KHAI", "NỘI DUNG, THỜI GIAN THỰC HIỆN"])
    doc.heading(f"{roman}. {heading}")
    way = rng.choice(["time-first", "colon-then-unit", "time-label", "phase", "one-line", "step"])
    doc.features.append(f"event-{way}")
    # the timeline's activities each name their body; the duties by agency after them
    # organise them unless they are a procedure's steps ("CÁC BƯỚC …", "Bước 1", "Giai đoạn 2")
    doc.organised = "BƯỚC" not in heading and way not in ("step", "phase")
    month = rng.randint(2, 9)
    numbered = rng.random() < 0.5  # the steps numbered "1.", "2.", or bulleted "-"
    for i in range(1, rng.randint(3, 6) + 1):
        title, obj = doc.title()
        lead = doc.agency(0.2)
        # times moving on through the plan
        m = min(month + i - 1, 11)
        kind_pick = rng.choice(["range", "before", "month", "day"])
        if rng.random() < 0.3:  # round 16
            kind_pick = rng.choice(["long-day", "latest", "range-long", "first-half"])
        if kind_pick == "long-day":  # "Ngày 12 tháng 5 năm 2025"
            day = rng.choice([3, 12, 19, 26])
            words = f"Ngày {day:02d} tháng {m:02d} năm {y}"
            kind, start, end = "window", date(y, m, day), date(y, m, day)
        elif kind_pick == "latest" and m >= 3:  # "Chậm nhất ngày 14/5/2025" (a working day, after Tết)
            w = _working_before(rng, y, (m,)) - timedelta(days=1)
            words = f"Chậm nhất ngày {w.day}/{w.month}/{y}"
            kind, start, end = "deadline", None, w
        elif kind_pick == "range-long":  # "Từ ngày 01/5/2025 đến hết ngày 15/5/2025"
            e = rng.choice([10, 15, 20])
            words = f"Từ ngày 01/{m}/{y} đến hết ngày {e}/{m}/{y}"
            kind, start, end = "window", date(y, m, 1), date(y, m, e)
        elif kind_pick == "first-half":  # "Trong tháng 5/2025"
            words = f"Trong tháng {m}/{y}"
            kind, start, end = "window", date(y, m, 1), _month_end(y, m)
        elif kind_pick in ("range", "latest"):
            kind_pick = "range"
            words = f"Từ ngày 01/{m} đến {rng.choice([10, 15, 20])}/{m}/{y}"
            end_day = int(words.split("đến ")[1].split("/")[0])
            kind, start, end = "window", date(y, m, 1), date(y, m, end_day)
        elif kind_pick == "before":
            d = _working_before(rng, y, (m,))
            words = f"Trước ngày {d.day}/{d.month}/{y}"
            kind, start, end = "deadline", None, _before(d)
        elif kind_pick == "month":
            words = f"Tháng {m}/{y}"
            kind, start, end = "window", date(y, m, 1), date(y, m + 1, 1) - timedelta(days=1)
        else:
            day = rng.choice([3, 12, 19, 26])
            words = f"Ngày {day}/{m}/{y}"
            kind, start, end = "window", date(y, m, day), date(y, m, day)
        marker = f"{i}." if numbered or way == "phase" else "-"
        if way == "time-first":
            low = title[0].lower() + title[1:]
            doc.p(f"- {words}: {lead} {low}.")
        elif way == "colon-then-unit":
            doc.p(f"{marker} {title}: {words[0].lower() + words[1:]}.")
            doc.p(f"{rng.choice(['Đơn vị thực hiện', 'Cơ quan thực hiện', 'Đơn vị chủ trì'])}: {lead}.")
        elif way == "time-label":
            doc.p(f"{marker} {title}.")
            doc.p(f"- Thời gian: {words}.")
            doc.p(f"- {rng.choice(['Đơn vị thực hiện', 'Cơ quan chủ trì', 'Đơn vị chủ trì'])}: {lead}.")
        elif way == "one-line":
            doc.p(f"{marker} {title}.")
            doc.p(f"Thời gian: {words}; đơn vị thực hiện: {lead}.")
        elif way == "step":
            low = title[0].lower() + title[1:]
            doc.p(f"Bước {i}: {lead} {low} ({words[0].lower() + words[1:]}).")
        else:
            doc.p(f"{marker} Giai đoạn {i} ({words[0].lower() + words[1:]}): {title}; {lead} chủ trì thực hiện.")
        doc.tasks.append(Truth(title, obj, [lead], [], words, kind, start, end, f"event-{way} time-{kind_pick}"))


def _event_plan(doc: _Doc, number: str, issued: date) -> str:
    rng = doc.rng
    y = doc.year
    name = rng.choice(EVENTS).format(s=rng.choice(SUBJECTS), y=y, y1=y - 1)
    doc.p("KẾ HOẠCH", bold=True)
    doc.p(f"Tổ chức {name}", bold=True)
    self_ = LEVELS[doc.level]["self"]
    doc.p(f"Thực hiện chỉ đạo của cấp trên, {self_} ban hành Kế hoạch tổ chức {name} như sau:")
    doc.heading("I. MỤC ĐÍCH, YÊU CẦU")
    s = "Đánh giá kết quả đạt được, rút ra bài học kinh nghiệm, biểu dương các tập thể, cá nhân tiêu biểu."
    doc.p(f"- {s}")
    doc.nontasks.append(s[:40])
    s = "Tổ chức trang trọng, thiết thực, tiết kiệm, bảo đảm an toàn."
    doc.p(f"- {s}")
    doc.nontasks.append(s[:40])
    doc.heading("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
    doc.p(f"1. Thời gian: 08 giờ 00 phút, ngày {rng.choice([12, 19, 26])}/{min(doc.rng.randint(3, 12), 12)}/{y}.")
    doc.p(f"2. Địa điểm: Hội trường {self_}.")
    doc.p("3. Thành phần: Lãnh đạo các cơ quan, đơn vị; đại biểu khách mời.")
    doc.nontasks += ["Địa điểm: Hội trường", "Thành phần: Lãnh đạo các cơ quan"]
    _event_steps(doc, "III")
    return name


def _body(doc: _Doc, family: str, number: str, issued: date, in_decision: bool) -> None:
    rng = doc.rng
    y = doc.year
    if family == "event":
        _event_plan(doc, number, issued)
        _implementation(doc, "IV", "agency" if rng.random() < 0.4 else "event")
        return
    subject = rng.choice(SUBJECTS)
    title = f"{subject[0].upper()}{subject[1:]} năm {y}"
    doc.p("KẾ HOẠCH", bold=True)
    doc.p(title, bold=True)
    if in_decision:
        doc.p(f"(Ban hành kèm theo Quyết định số {number}/QĐ-UBND ngày {issued.day:02d}/{issued.month:02d}/{y} "
              f"của {LEVELS[doc.level]['self']})")
    _opening(doc, title)
    romans = iter(["II", "III", "IV", "V", "VI"])
    if rng.random() < 0.6:
        _targets(doc, next(romans))
    if family == "agency":
        doc.heading(f"{next(romans)}. NỘI DUNG")
        doc.p(rng.choice(["Tập trung triển khai đồng bộ các giải pháp về thể chế, nguồn lực và tổ chức bộ máy, "
                          "bảo đảm hoàn thành các chỉ tiêu đề ra.",
                          "Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao "
                          "tại Kế hoạch này."]))
    else:
        _tasks_section(doc, family, next(romans))
    r = next(romans)
    doc.heading(f"{r}. KINH PHÍ THỰC HIỆN")
    doc.p("Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn "
          "hợp pháp khác.")
    _implementation(doc, next(romans), family)


def generate(seed: int) -> Generated:
    """A plan whose tasks are written in prose, with their truth."""
    rng = random.Random(seed)
    family = FAMILIES[seed % len(FAMILIES)]
    level = rng.choice(["province", "province", "district", "commune", "department"])
    year = rng.choice([2025, 2026])
    doc = _Doc(rng, level, year)
    if family != "event" and rng.random() < 0.15:
        doc.lettered = True
        doc.features.append("sections-lettered")
    number = str(rng.randint(5, 399)).zfill(rng.choice([1, 1, 3]))
    issued = date(year, 1, rng.randint(5, 25))
    decision = rng.random() < 0.25 and level != "department"
    if decision:
        doc.features.append("decision")
        _letterhead(doc, "QĐ", number, issued)
        self_ = LEVELS[level]["self"]
        doc.p("QUYẾT ĐỊNH", bold=True)
        doc.p("Ban hành Kế hoạch thực hiện nhiệm vụ năm " + str(year), bold=True)
        doc.p(f"CHỦ TỊCH {'ỦY BAN NHÂN DÂN ' + self_.split(' ')[1].upper()}", bold=True)
        doc.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
        doc.p("Theo đề nghị của Chánh Văn phòng.")
        doc.p("QUYẾT ĐỊNH:", bold=True)
        doc.runs(("Điều 1.", True), (" Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ năm "
                                     f"{year}.", False))
        doc.runs(("Điều 2.", True), (" Quyết định này có hiệu lực kể từ ngày ký.", False))
        doc.runs(("Điều 3.", True), (" Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách "
                                     "nhiệm thi hành Quyết định này./.", False))
        _signature(doc, decision=True)
        doc.blocks.append(Block([("", False)], kind="gap"))
        doc.nontasks += ["Quyết định này có hiệu lực", "chịu trách nhiệm thi hành"]
        _body(doc, family, number, issued, True)
    else:
        _letterhead(doc, "KH", number, issued)
        _body(doc, family, number, issued, False)
    _signature(doc)
    return Generated(seed, family, level, year, doc.blocks, doc.tasks, doc.nontasks, doc.reports,
                     doc.features, width=rng.randint(55, 95))


# -- writing ------------------------------------------------------------------------------------

def _wrap(text: str, width: int, rng: random.Random) -> list[str]:
    first = max(20, width - rng.randint(0, 25))
    lines = textwrap.wrap(text, width=first, break_long_words=False, break_on_hyphens=False)
    if len(lines) > 1:
        rest = " ".join(lines[1:])
        lines = lines[:1] + textwrap.wrap(rest, width=width, break_long_words=False, break_on_hyphens=False)
    return lines or [text]


def scraped(gen: Generated) -> str:
    """The corpus scrape's form: the letterhead as ``|`` cells, paragraphs wrapped
    mid-sentence with blank lines between them, bold as ``**``."""
    rng = random.Random(gen.seed * 31 + 7)
    out: list[str] = []
    for b in gen.blocks:
        if b.kind == "letterhead":
            cells = [t for t, _ in b.runs if t != "\t"]
            left, right, number, dated = cells
            ll = left.split("\n")
            out += ["|", f"**{ll[0]}**", *ll[1:], "-------", "|"]
            rr = right.split("\n")
            out += [f"**{rr[0][:19]}", f"{rr[0][20:]}**", rr[1], "---------------", "|", "|", number, "|"]
            cut = dated.index("tháng")
            out += [f"*{dated[:cut].strip()}", f"{dated[cut:]}*", "|", ""]
            continue
        if b.kind == "gap":
            out += ["", ""]
            continue
        # italics as the corpus scrape prints them: "*Đơn vị chủ trì: *Sở …" (the space inside)
        text = "".join(f"**{t}**" if bold and t.strip() else f"*{t}*" if i in b.italic and t.strip() else t
                       for i, (t, bold) in enumerate(b.runs))
        text = text.replace("****", "")
        out += _wrap(text, gen.width, rng)
        out.append("")
    return "\n".join(out) + "\n"


def write_docx(gen: Generated, path: Path) -> None:
    """A Word document: the letterhead a two-column table, each block a paragraph with
    its bold runs."""
    import docx

    d = docx.Document()
    # round 16: how converted documents break their lines: "breaks" (a line break inside the
    # paragraph where the printed line ended), "lines" (each printed line a paragraph of its
    # own, as a PDF converted to Word gives it); "" keeps each paragraph whole
    rng = random.Random(gen.seed * 17 + 3)
    broken = rng.choice(["", "", "", "", "", "breaks", "lines"])
    for b in gen.blocks:
        if broken and b.kind == "p" and len(b.runs) == 1 and len(b.runs[0][0]) > gen.width:
            text, bold = b.runs[0]
            lines = _wrap(text, gen.width, rng)
            if broken == "lines":
                for line in lines:
                    d.add_paragraph().add_run(line).bold = bold or None
                continue
            par = d.add_paragraph()
            for i, line in enumerate(lines):
                run = par.add_run(line)
                run.bold = bold or None
                if i + 1 < len(lines):
                    run.add_break()
            continue
        if b.kind == "letterhead":
            cells = [t for t, _ in b.runs if t != "\t"]
            t = d.add_table(rows=2, cols=2)
            for (r, c), text, bold in (((0, 0), cells[0], True), ((0, 1), cells[1], True),
                                       ((1, 0), cells[2], False), ((1, 1), cells[3], False)):
                cell = t.cell(r, c)
                lines = text.split("\n")
                cell.text = ""
                par = cell.paragraphs[0]
                for i, line in enumerate(lines):
                    if i:
                        par = cell.add_paragraph()
                    run = par.add_run(line)
                    run.bold = bold
            continue
        if b.kind == "gap":
            d.add_page_break()
            continue
        par = d.add_paragraph()
        for i, (text, bold) in enumerate(b.runs):
            run = par.add_run(text)
            run.bold = bold or None
            run.italic = (i in b.italic) or None
    d.save(str(path))


#: forms of their own, not in FORMS (they need LibreOffice's soffice and poppler's pdftotext,
#: about a second a plan): the Word document saved as PDF ("pdf", read by the PDF reader),
#: that PDF's text as ``pdftotext`` gives it in reading order ("pdf-text") and with
#: ``-layout`` ("pdf-layout"): what a clerk gets copying a published PDF to text
PDF_FORMS = ("pdf", "pdf-text", "pdf-layout")


def _write_pdf(gen: Generated, folder: Path) -> Path:
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("the pdf forms need LibreOffice (soffice)")
    source = folder / f"prose-{gen.seed}.docx"
    write_docx(gen, source)
    profile = (folder / "lo-profile").resolve().as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(source)], capture_output=True, timeout=300, check=True)
    source.unlink()
    return folder / f"prose-{gen.seed}.pdf"


def write(gen: Generated, form: str, folder: Path) -> Path:
    """The plan written in ``form`` in ``folder``; its path."""
    if form in PDF_FORMS:
        import subprocess

        pdf = _write_pdf(gen, folder)
        if form == "pdf":
            return pdf
        path = folder / f"prose-{gen.seed}.txt"
        subprocess.run(["pdftotext", *(["-layout"] if form == "pdf-layout" else []), str(pdf), str(path)],
                       check=True, timeout=120)
        pdf.unlink()
        return path
    if form == "docx":
        path = folder / f"prose-{gen.seed}.docx"
        write_docx(gen, path)
        return path
    path = folder / f"prose-{gen.seed}.md"
    path.write_text(scraped(gen), encoding="utf-8")
    return path
