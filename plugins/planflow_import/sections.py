"""Sections: the I./II./III. outline of a plan and the tasks written in it.

Tasks are found three ways, in this order of trust:

1. items that carry labels ("Cơ quan chủ trì:", "Đơn vị chủ trì thực hiện:", "Cơ quan
   thực hiện:", "Cơ quan phối hợp:", "Thời gian thực hiện:", "Sản phẩm:"): each group of
   labels closes a task whose content is what came before it;
2. rows of a task table (see :mod:`planflow_import.tables`);
3. when neither exists, the items of a section that assigns duties by agency
   ("1. Sở Y tế: …", "IV. NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN"): one task per agency.

Items written "X chủ trì, phối hợp với Y …" or "X có trách nhiệm …" name their lead
and partners in the sentence.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import attrs

import planflow

from .agencies import (
    _VERBS,
    _kind_list,
    clean_name,
    dedup_key,
    is_agency_start,
    join_split_syllables,
    sentence_case_list,
    split_agencies,
)
from .innertime import dated_phrase
from .text import PART_MARKER, Para, Table

__all__ = ["PLACEHOLDER", "RawTask", "Section", "agency_tasks", "block_tasks", "labelled_tasks", "outline",
           "strip_marker", "written_labels"]

#: a task's heading that only counts it ("Hoạt động 1", "Nhiệm vụ 2", "Nội dung thứ ba")
PLACEHOLDER = re.compile(r"(?:hoạt động|nhiệm vụ|nội dung|công việc|đầu việc)\s*(?:số\s*|thứ\s*)?"
                         r"(?:\d{1,2}|[IVX]{1,4}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)", re.I)

_ROMAN = re.compile(r"^(?P<num>[IVXL]+)\s*\.\s*(?P<title>.+)$")
_NUMBERED = re.compile(r"^(?!(?:19|20)\d\d\b)(?P<num>\d+(?:\.\d+)*)\s*[.)]\s*(?P<title>.*)$")
_BULLET = re.compile(r"^(?:[-+•–]\s*|\(\d+\)\s*)")
_ANY_MARKER = re.compile(r"^(?:[-+•–]\s*|(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*\s*[.)]\s*|[a-zđ][.)]\s+|\(\d+\)\s*)")

_LABEL_WORDS = (
    r"(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện|chịu trách nhiệm)(?:,?\s+tham mưu)?(?:\s+thực\s*hiện)?"
    r"|chủ trì(?:\s+thực hiện)?|trách nhiệm(?:\s+(?:lãnh đạo,?\s+)?chỉ đạo)?\s+thực hiện|đơn vị thực hiện"
    # (a unit that advises, the focal point, the division of the work: "Cơ quan tham mưu: X",
    # "Đầu mối: X", "Phân công: X chủ trì, Y phối hợp")
    r"|(?:cơ quan|đơn vị)\s+(?:tham mưu|đầu mối)|đầu mối(?:\s+thực hiện)?|phân công(?:\s+thực hiện)?"
    r"|(?:cơ quan|đơn vị)\s+phối hợp(?:\s+thực hiện)?|phối hợp(?:\s+thực hiện)?"
    r"|thời gian(?:\s+(?:thực hiện|hoàn thành|hoàn tất|triển khai|ban hành|trình(?:\s+ban hành)?))?"
    r"|thời hạn(?:\s+(?:hoàn thành|hoàn tất|thực hiện|ban hành|trình(?:\s+ban hành)?))?"
    r"|tiến độ(?:\s+(?:thực hiện|hoàn thành))?|mốc\s+thời\s+gian|thời điểm(?:\s+hoàn thành)?"
    r"|sản phẩm(?:\s*/\s*kết quả)?(?:\s+đầu ra)?|kết quả(?:\s*/\s*sản phẩm)?(?:\s+đầu ra)?"
    r"|(?:nguồn\s+)?kinh phí(?:\s+thực hiện)?"
    r"|nội dung(?:\s+thực hiện|\s+công việc)?|nhiệm vụ(?=\s*:)")
_LABEL_COLON = re.compile(
    r"^(?:[a-zđ][.)]\s*|[-+•–]\s*)?(?P<label>" + _LABEL_WORDS + r")\s*(?::\s*(?P<value>.*)|$)",
    re.I)
# a time label with no colon, its words a time: "Thời gian thực hiện sau khi Chiến lược …
# được ban hành.", "Thời hạn hoàn thành trước ngày 30/6/2026."
_LABEL_BARE_TIME = re.compile(
    r"^(?:[a-zđ][.)]\s*|[-+•–]\s*)?(?P<label>thời gian\s+(?:thực hiện|hoàn thành|hoàn tất|triển khai|ban hành)"
    r"|thời hạn\s+(?:hoàn thành|hoàn tất|thực hiện|ban hành))\s+(?P<value>(?:sau khi|kể từ|khi|trước|chậm nhất|trong"
    r"|từ|đến|năm|quý|quí|tháng|hằng|hàng|định kỳ|thường xuyên)\s.*)$", re.I)


# a bullet that only gives the work to its body, among a task's labels: "- Giao công chức
# Văn hóa - Xã hội chủ trì thực hiện.", "- Giao Sở X chủ trì, phối hợp với Y triển khai."
_GIVEN_ONLY = re.compile(
    r"^(?:[-+•–]\s*)?(?P<label>Giao)\s+(?P<value>[^.;:]{3,160}?\s+chủ\s+trì(?:\s*,?\s*phối\s+hợp"
    r"(?:\s+với)?\s+[^.;:]{3,200}?)?)(?:\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?))?"
    r"\s*[.;]?$")


_GIVEN_WHEN = re.compile(r"\d|\b(?:hoàn\s+thành|thời\s+gian|thời\s+hạn|trước|trong|từ|đến|định\s+kỳ"
                         r"|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)|thường\s+xuyên)\b", re.I)


class _Labels:
    """A label line: "Cơ quan chủ trì: X", "Thời gian thực hiện: Y", a time label whose
    words follow with no colon ("Thời gian thực hiện sau khi …"), or a bullet that only
    gives the work to its body ("- Giao X chủ trì thực hiện.")."""

    @staticmethod
    def match(text: str) -> re.Match[str] | None:
        if (m := _LABEL_COLON.match(text) or _LABEL_BARE_TIME.match(text)) is not None:
            return m
        m = _GIVEN_ONLY.match(text)
        # (a line that also says when, "…, hoàn thành trong quý II năm 2026", is a sentence
        # read for its lead and time elsewhere, not a label)
        return m if m is not None and is_agency_start(m["value"]) and not _GIVEN_WHEN.search(text) \
            else None


_LABEL = _Labels()
# a second label on the same line: "Chủ trì: X; phối hợp: Y; thời gian: tháng 6/2026"
# (or run on after a dash with no stop: "… và địa phương -Thời gian thực hiện: …", a crawl's join)
_NEXT_LABEL = re.compile(r"(?:\s*[;.,]\s*(?:[-+•–]\s*)?|\s+[-+•–]\s*)(?P<label>" + _LABEL_WORDS
                         + r")\s*:\s*", re.I)


def label_pairs(text: str) -> list[tuple[str, str]]:
    """The (kind, value) pairs of a label line; several when one line holds several labels."""
    m = _LABEL.match(text)
    if not m:
        return []
    kind, rest = _label_kind(m.group("label")), m.group("value") or ""
    out: list[tuple[str, str]] = []
    while True:
        n = _NEXT_LABEL.search(rest)
        if n is None or (kind == "content" and _label_kind(n.group("label")) == "content"):
            out.append((kind, rest))
            return out
        out.append((kind, rest[: n.start()]))
        kind, rest = _label_kind(n.group("label")), rest[n.end():]


def _label_kind(label: str) -> str:
    low = label.casefold()
    if "phối hợp" in low:
        return "partners"
    if low.startswith(("thời", "tiến độ", "mốc")):
        return "timeframe"
    if low.startswith(("sản phẩm", "kết quả")):
        return "output"
    if low.startswith(("nội dung", "nhiệm vụ")):
        return "content"  # "Nội dung: …", "a) Nhiệm vụ: …": the task's words
    if "kinh phí" in low:
        return "budget"  # "Kinh phí: Ngân sách tỉnh": part of the task's labels, not read
    return "lead"


def strip_marker(text: str) -> str:
    """The text without its list marker ("1. ", "a) ", "- ", "Bước 1: ")."""
    if (m := re.match(r"^(?:Bước|Giai\s+đoạn|Đợt)\s+\d+\s*[:.]\s+(?=\S)", text) or _NAMED_NUMBER.match(text)) is not None:
        return text[m.end():].strip()
    return _ANY_MARKER.sub("", text, count=1).strip()


def _bullet_strip(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


@attrs.frozen
class Section:
    """A top-level section: its heading and its paragraphs and tables."""

    number: str
    title: str
    para: Para
    items: tuple[Para | Table, ...]
    # the lines of headings naming a field of work whose duties are the addressees' (a
    # letter's "1. Về …"): a duty under one that opens on its own body is led by that body
    fields: frozenset[int] = frozenset()

    @property
    def heading(self) -> str:
        """The heading as printed ("II. NHIỆM VỤ", "NHIỆM VỤ")."""
        return f"{self.number}. {self.title}" if self.number else self.title


# a heading without a Roman numeral: "1. MỤC ĐÍCH, YÊU CẦU", "A. NHIỆM VỤ", "PHẦN II. …",
# "TỔ CHỨC THỰC HIỆN"
_OTHER_HEADING = re.compile(
    r"^(?:(?:PHẦN|Phần)\s+(?P<part>[IVXL]+|\d+|THỨ\s+\w+)\s*[.:]?\s*"
    r"|(?P<num>\d+|[A-ZĐ])\s*[.)]\s*)?(?P<title>.+)$")
# a part's marker alone on its line, its heading on the next: "Phần thứ nhất", "PHẦN II"
_PART_HEADING = re.compile(rf"^(?P<part>{PART_MARKER})\s*[.:]?\s*(?P<title>.*)$")
_NOT_HEADING = re.compile(r"^(?:KT|TM|TL|TUQ|Q)\.|^(?:KẾ HOẠCH|PHỤ LỤC|NƠI NHẬN)\b")


def _other_heading(p: Para) -> tuple[str, str] | None:
    m = _OTHER_HEADING.match(p.text)
    if not m or len(p.text) > 150 or _NOT_HEADING.match(p.text):
        return None
    title = m.group("title").strip()
    if not _is_heading_title(title) or len([c for c in title if c.isalpha()]) < 6:
        return None
    return (m.group("part") or m.group("num") or ""), title


# "A. MỤC ĐÍCH, YÊU CẦU", "B. NHIỆM VỤ VÀ GIẢI PHÁP": a plan's top sections lettered
_LETTER_SECTION = re.compile(r"^(?P<num>[A-H])\s*\.\s+(?P<title>\S.*)$")


def _lettered_outline(items: list[Para | Table]) -> tuple[list[Para | Table], list[Section]] | None:
    """Sections headed "A.", "B.", "C." … in capitals (round 16), the Roman numerals under
    them in sentence case naming groups of the section ("I. Công tác chỉ đạo"): when at
    least three such headings follow from "A" on, one of them "TỔ CHỨC THỰC HIỆN", and no
    Roman-numbered heading is in capitals (a plan whose lettered parts hold Roman sections
    is read by its numerals)."""
    heads: list[tuple[int, str, str]] = []
    for k, it in enumerate(items):
        if not isinstance(it, Para):
            continue
        text = it.text.replace("*", "").strip()
        if (r := _ROMAN.match(text)) is not None and _is_heading_title(r["title"].strip()):
            return None
        m = _LETTER_SECTION.match(text)
        if m is not None and _is_heading_title(m["title"].strip()) and len(text) <= 150 \
                and ord(m["num"]) - ord("A") == len(heads):
            heads.append((k, m["num"], m["title"].strip()))
    if len(heads) < 3 or not any(re.search(r"TỔ\s+CHỨC\s+THỰC\s+HIỆN", h[2].upper()) for h in heads):
        # (the plan's own top sections end with "TỔ CHỨC THỰC HIỆN"; a strategy's lettered
        # parts, "A. MỤC TIÊU TỔNG QUÁT", "B. MỤC TIÊU CỤ THỂ", "C. KẾ HOẠCH THỰC HIỆN …", are
        # read by their numerals as before)
        return None
    before = list(items[: heads[0][0]])
    sections: list[Section] = []
    for n, (k, num, title) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(items)
        head = items[k]
        assert isinstance(head, Para)
        sections.append(Section(num, title, head, tuple(items[k + 1: end])))
    return before, sections


def outline(items: list[Para | Table]) -> tuple[list[Para | Table], list[Section]]:
    """The paragraphs before section I, and the sections."""
    if (lettered := _lettered_outline(items)) is not None:
        return lettered
    before: list[Para | Table] = []
    sections: list[Section] = []
    cur: list[Para | Table] | None = None
    head: tuple[str, str, Para] | None = None
    skip = -1
    run = _sentence_run(items)
    for k, it in enumerate(items):
        if k == skip:
            continue
        m = _ROMAN.match(it.text) if isinstance(it, Para) else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        part = _PART_HEADING.match(it.text.replace("*", "").strip()) if isinstance(it, Para) else None
        if part is not None and isinstance(it, Para) and not part["title"] and isinstance(nxt, Para) \
                and _is_heading_title(nxt.text.replace("*", "").strip()) and not _ROMAN.match(nxt.text):
            # "Phần thứ ba" / "TỔ CHỨC THỰC HIỆN": a part, its heading on the next line
            if head is not None and cur is not None:
                sections.append(Section(head[0], head[1], head[2], tuple(cur)))
            head, cur = (" ".join(part["part"].split()), nxt.text.replace("*", "").strip(), it), []
            skip = k + 1
        elif part is not None and isinstance(it, Para) and part["title"] and _is_heading_title(part["title"]):
            # "Phần thứ ba TỔ CHỨC THỰC HIỆN" (the marker and its heading on one line)
            if head is not None and cur is not None:
                sections.append(Section(head[0], head[1], head[2], tuple(cur)))
            head, cur = (" ".join(part["part"].split()), part["title"].strip(), it), []
        elif m and isinstance(it, Para) and (_is_heading_title(m.group("title")) or k in run or (
                head is not None and _sentence_heading(m.group("num"), m.group("title"), head[0]))):
            if head is not None and cur is not None:
                sections.append(Section(head[0], head[1], head[2], tuple(cur)))
            head, cur = (m.group("num"), m.group("title").strip(), it), []
        elif cur is None:
            before.append(it)
        else:
            cur.append(it)
    if head is not None and cur is not None:
        sections.append(Section(head[0], head[1], head[2], tuple(cur)))
    if not sections:
        return _outline_without_numerals(items)
    return before, sections


def _outline_without_numerals(items: list[Para | Table]) -> tuple[list[Para | Table], list[Section]]:
    """Sections headed in capitals without Roman numerals, when there are at least two."""
    heads = {id(it): h for it in items if isinstance(it, Para) and (h := _other_heading(it))}
    if len(heads) < 2:
        return list(items), []
    before: list[Para | Table] = []
    sections: list[Section] = []
    cur: list[Para | Table] | None = None
    head: tuple[str, str, Para] | None = None
    for it in items:
        h = heads.get(id(it))
        if h is not None and isinstance(it, Para):
            if head is not None and cur is not None:
                sections.append(Section(head[0], head[1], head[2], tuple(cur)))
            head, cur = (h[0], h[1], it), []
        elif cur is None:
            before.append(it)
        else:
            cur.append(it)
    if head is not None and cur is not None:
        sections.append(Section(head[0], head[1], head[2], tuple(cur)))
    return before, sections


_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
           "XIV", "XV"]


def _sentence_heading(num: str, title: str, last: str) -> bool:
    """A Roman-numbered heading in sentence case ("IV. Tổ chức thực hiện") whose numeral
    follows the last heading's: a short title with no sentence end."""
    title = title.replace("*", "").strip()
    if last not in _ROMANS or num not in _ROMANS or _ROMANS.index(num) != _ROMANS.index(last) + 1:
        return False
    return (len(title) <= 60 and title[:1].isupper()
            and not title.rstrip(":").endswith((".", ";", ",")) and title.count(",") <= 2)


def _run_title(title: str) -> bool:
    """A Roman-numbered heading's title in sentence case, however long the scrape made its
    line: a capital first, no sentence end, no clause after a colon."""
    title = title.replace("*", "").strip()
    return (6 <= len(title) <= 130 and title[:1].isupper() and ":" not in title.rstrip(":")
            and not title.rstrip(":").endswith((".", ";", ",")) and title.count(",") <= 3)


def _sentence_run(items: list[Para | Table]) -> set[int]:
    """The places of Roman-numbered headings in sentence case that number on from "I."
    ("I. Trách nhiệm phối hợp trong công tác …", "II. …", "III. Tổ chức thực hiện"), each
    title in one paragraph however its bold line was wrapped: the run of at least two,
    opened by "I.", is the outline even when a title is too long to pass alone."""
    found: list[tuple[int, str]] = []
    for k, it in enumerate(items):
        m = _ROMAN.match(it.text) if isinstance(it, Para) else None
        if m is not None and _is_heading_title(m.group("title")):
            return set()  # headings in capitals are the outline: sentence-case ones no run of it
        if m is None or not _run_title(m.group("title")):
            continue
        num = m.group("num")
        if num not in _ROMANS:
            continue
        want = _ROMANS[len(found)] if len(found) < len(_ROMANS) else None
        if num == want:
            found.append((k, num))
        elif num == "I":
            found = [(k, num)]  # a new run (the first was a list inside a paragraph's quote)
    return {k for k, _ in found} if len(found) >= 2 else set()


def _is_heading_title(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


@attrs.define
class RawTask:
    """A task as read, before agencies get ids and the plan resolves the timeframe."""

    where: str
    title: str
    content: list[str] = attrs.field(factory=list)
    lead: list[str] = attrs.field(factory=list)
    partners: list[str] = attrs.field(factory=list)
    timeframe: str | None = None
    output: str | None = None
    lead_from_heading: bool = False
    #: what the reader is unsure of (a table row with fewer cells than columns, …)
    notes: list[str] = attrs.field(factory=list)
    #: the group rows of its task table above it, outermost first: (number, heading)
    group: tuple[tuple[str, str], ...] = ()


# a section of aims or targets that also holds tasks: "II. MỤC TIÊU, NHIỆM VỤ"
_AIMS_WITH_TASKS = re.compile(r"NHIỆM\s+VỤ|NỘI\s+DUNG|HOẠT\s+ĐỘNG|GIẢI\s+PHÁP|LỘ\s+TRÌNH")


def _agency_headed(section: Section) -> bool:
    """True when most of the section's numbered headings (at least two) name an agency
    ("1. Sở Văn hóa, Thể thao và Du lịch", "2. Sở Tài chính"): its time labels ("Thời gian
    thực hiện: Quý II/2026.") time those agencies' duties."""
    heads = [it for it in section.items if isinstance(it, Para) and _NUMBERED.match(it.text)
             and not re.match(r"^\d+\.\d+", it.text)]
    agency = sum(1 for h in heads if agency_heading(h.text))
    return len(heads) >= 2 and agency * 4 >= len(heads) * 3


def written_labels(section: Section) -> bool:
    """True when the section writes its leads or times as labels ("Cơ quan chủ trì: X",
    "Thời gian thực hiện: …") or in blocks, not only in its sentences' prose."""
    if _blocks(section):
        return True
    for it in section.items:
        if isinstance(it, Para) and (m := _LABEL.match(_unbracket(it.text))) is not None \
                and _label_kind(m.group("label")) in ("lead", "partners", "timeframe"):
            return True
    return False


def has_labels(section: Section) -> bool:
    """True when the section writes lead agencies or timeframes as labels (or its numbered
    tasks each say "X chủ trì, phối hợp với Y …" under their heading). Never a section of
    aims or targets only ("II. MỤC TIÊU CỦA KẾ HOẠCH": "1.1. Mục tiêu 1 …" / "Chỉ tiêu 1: …",
    a campaign's "b) Thời gian: từ ngày … đến ngày …"): its labels say when the targets
    or the campaign run, not who does what."""
    up = section.title.upper()
    if (re.match(r"MỤC\s+(?:ĐÍCH|TIÊU)|CHỈ\s+TIÊU|YÊU\s+CẦU", up) or _SCOPE.match(up)) \
            and not _AIMS_WITH_TASKS.search(up):
        return False  # (nor one naming whom the plan concerns: "II. ĐỐI TƯỢNG KIỂM TRA")
    if _blocks(section):
        return True  # blocks of content, lead and time
    roles = 0
    prev: Para | None = None
    group_head = ""  # the numbered heading the lettered items are under
    lettered = lettered_roles = 0  # lettered items under headings of fields of work
    under_heading = heading_named = False  # paragraphs under a numbered heading; one named its lead
    headings = headings_named = old_named = 0  # numbered headings; those whose paragraphs name their body
    for it in section.items:
        if isinstance(it, Para):
            if _NUMBERED.match(it.text):
                group_head = it.text
            m = _LABEL.match(_unbracket(it.text))
            if m and _label_kind(m.group("label")) in ("lead", "partners"):
                return True
            if m and _label_kind(m.group("label")) == "timeframe" and not _agency_headed(section):
                return True
            if _ANY_MARKER.match(it.text) is not None:
                under_heading = bool(_NUMBERED.match(it.text))
                headings += under_heading
                heading_named = False
            elif under_heading and not heading_named:
                if prev is not None and _NUMBERED.match(prev.text) and re.search(r"\schủ trì\b", it.text[:200]) \
                        and _sentence_roles(it.text)[0]:
                    # "1. Hoàn thiện …" / "Sở X chủ trì, phối hợp với Y …; hoàn thành …"
                    roles += 1
                    old_named += 1
                    heading_named = True
                elif _inline_roles(it.text) is not None or subject_roles(it.text) is not None or (
                        re.search(r"\schủ trì\b", it.text[:200]) and _sentence_roles(it.text)[0]) \
                        or item_roles(it.text) is not None:
                    # "1. Hoàn thiện cơ chế" / "Rà soát … . Giao Sở X chủ trì, phối hợp với Y
                    # thực hiện, hoàn thành trong quý II năm 2026." (its lead in a later
                    # sentence or paragraph, or the body its sentence opens on): counted when
                    # most headings are so (see below)
                    headings_named += 1
                    heading_named = True
            num = _NUMBERED.match(it.text)
            if num and _inline_roles(num.group("title")) is not None:
                roles += 1  # "1. Hoàn thiện … . Sở X chủ trì, phối hợp với Y; hoàn thành …"
            elif (lm := _LETTERED.match(it.text)) is not None and group_head \
                    and agency_heading(group_head) is None:
                # "a) Xây dựng … (Sở X chủ trì; hoàn thành trong Quý II/2026)." under a heading
                # that names a field of work, not an agency (whose duties the items would be)
                lettered += 1
                lettered_roles += item_roles(lm.group("title")) is not None
            prev = it
    # lettered items count when most of them name their lead (a lead named in passing in
    # one item of a field's description does not make its section a list of tasks)
    if lettered_roles >= 2 and lettered_roles * 4 >= lettered * 3:
        roles += lettered_roles
    if headings_named >= 1 and headings_named + old_named >= 2 \
            and (headings_named + old_named) * 4 >= headings * 3:
        roles += headings_named
    return roles >= 2 or _prose_level(section) != ""


# sections whose sentences may name an agency without giving it a task: aims, targets,
# requirements, funding ("Sở Tài chính chủ trì bố trí kinh phí …"), the closing duties
# a section naming whom or what the plan concerns: "II. ĐỐI TƯỢNG KIỂM TRA, GIÁM SÁT", "PHẠM VI,
# ĐỐI TƯỢNG ÁP DỤNG" ("Ban X kiểm tra … đối với Y": who is checked, no duty of its own)
_SCOPE = re.compile(r"^(?:ĐỐI\s+TƯỢNG|PHẠM\s+VI)\b"
                    # (or when, where and who attend an event: "II. THỜI GIAN, ĐỊA ĐIỂM", "THỜI
                    # GIAN, ĐỊA ĐIỂM, THÀNH PHẦN": "- Thời gian: Từ ngày … đến ngày …" is the
                    # event's, no task's; "THỜI GIAN VÀ TIẾN ĐỘ THỰC HIỆN" is a timeline)
                    r"|(?=.*(?:ĐỊA\s+ĐIỂM|THÀNH\s+PHẦN))(?:(?:THỜI\s+GIAN|THỜI\s+ĐIỂM|ĐỊA\s+ĐIỂM"
                    r"|THÀNH\s+PHẦN(?:\s+THAM\s+(?:GIA|DỰ))?|QUY\s+MÔ|HÌNH\s+THỨC)(?:\s*[,;]\s*|\s+VÀ\s+|\s*$))+$")
_AIMS = re.compile(r"MỤC\s+ĐÍCH|MỤC\s+TIÊU|YÊU\s+CẦU|QUAN\s+ĐIỂM|CHỈ\s+TIÊU|TỔ\s+CHỨC\s+THỰC\s+HIỆN"
                   r"|KINH\s+PHÍ|NGUỒN\s+(?:VỐN|LỰC)")


# a step of a timeline: "Bước 1:", "Giai đoạn 2:", "Đợt 3."
_STEP = re.compile(r"^(?:Bước|Giai\s+đoạn|Đợt)\s+\d+\s*[:.]\s+(?=\S)")


def _shape(text: str) -> str:
    """The kind of list marker a line opens with ("1.", "1.1.", "a)", "-", "+", a step
    "Bước 1:"), or ""."""
    if _STEP.match(text):
        return "step"
    if (m := _NUMBERED.match(text)) is not None:
        return "1.1." if "." in m.group("num") else "1."
    if _LETTERED.match(text):
        return "a)"
    b = _BULLET.match(text)
    return b.group(0).strip()[:1] if b else ""


# an agency heading that says only how the agency works, over the items of its duties:
# "1. Bộ X chủ trì, phối hợp với các cơ quan, địa phương:", "2. Sở Y chủ trì thực hiện các
# nhiệm vụ sau:" (its roles are the heading's, not a duty named in prose)
_ROLE_HEADING = re.compile(
    r"^(?P<lead>[^:;]{2,160}?)\s+chủ\s+trì\b(?:\s*,?\s*(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?"
    r"\s+(?P<partners>[^:;]{2,240}?))?(?:\s*,?\s*(?:thực\s+hiện|triển\s+khai)\s+(?:các|những)\s+"
    r"(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)(?:\s+(?:trọng\s+tâm|cụ\s+thể|sau\s+đây|sau))*)?\s*:$", re.I)


def role_heading(text: str) -> tuple[list[str], list[str]] | None:
    """The lead and partners of an item that is only an agency's heading over its duties
    ("1. Bộ X chủ trì, phối hợp với các cơ quan, địa phương:"): no duty verb among the
    partners, the colon closing it; else None."""
    m = _ROLE_HEADING.match(strip_marker(text.replace("*", "")).strip())
    if m is None or not is_agency_start(m["lead"]):
        return None
    if m["partners"] and (_DUTY_VERB.search(f" {m['partners']} ")
                          or re.search(r"\s(?:" + _TASK_VERBS + r")\b", f" {m['partners']}")):
        return None
    lead = split_agencies(m["lead"])
    if not lead or any(len(x.split()) > 18 for x in lead):
        return None
    return lead, split_agencies(m["partners"]) if m["partners"] else []


def _prose_level(section: Section) -> str:
    """The list level whose items name their leads in prose ("a) Sở X chủ trì …", "-
    Xây dựng … (Cơ quan chủ trì: X; thời gian: …)"): at least two of its items, and at
    least half of them, do; "" when none (and always in the aims, targets, requirements,
    funding and closing sections, whose sentences may name an agency without giving it
    a task)."""
    if _AIMS.search(section.title.upper()):
        return ""
    named: dict[str, int] = {}
    seen: dict[str, int] = {}
    headings: dict[str, int] = {}
    paras = [it for it in section.items if isinstance(it, Para)]
    for k, it in enumerate(paras):
        if (shape := _shape(it.text)) == "":
            continue
        if _duty_heading(paras, k, shape):
            # "1. Bộ X chủ trì, phối hợp với …:" over "a) …": a heading over the agency's
            # duties, not a duty named in prose (the level is the headings' when they are most)
            headings[shape] = headings.get(shape, 0) + 1
            continue
        seen[shape] = seen.get(shape, 0) + 1
        if _LABEL.match(it.text) is None and _item_said(paras, k) is not None:
            named[shape] = named.get(shape, 0) + 1
    best = max(named.items(), key=lambda kv: kv[1], default=("", 0))
    return best[0] if best[1] >= 2 and best[1] * 2 >= seen.get(best[0], 0) + headings.get(best[0], 0) else ""


def _duty_heading(paras: list[Para], k: int, shape: str) -> bool:
    """True when item ``k`` heads an agency's duties written as deeper items beneath it: it
    says only how the agency works ("1. Bộ X chủ trì, phối hợp với các cơ quan, địa
    phương:", see :func:`role_heading`) or names the agency and leads into a list ("2. Ủy
    ban nhân dân các tỉnh … tổ chức thực hiện các nhiệm vụ, giải pháp trọng tâm sau:")."""
    text = paras[k].text.replace("*", "").rstrip()
    if not text.endswith(":") or k + 1 >= len(paras) or _shape(paras[k + 1].text) in ("", shape):
        return False
    if role_heading(text) is not None:
        return True
    return _INTRO_TAIL.search(text) is not None and agency_heading(text) is not None


def _item_said(paras: list[Para], k: int) -> tuple[tuple[str, list[str], list[str], str | None], bool] | None:
    """The roles item ``k`` names in prose, and whether they took the next paragraph (an
    item whose own sentence names no lead, followed by one with no marker that does: "b)
    Nâng cấp … ." | "Phòng X chủ trì, phối hợp với Y thực hiện; hoàn thành …")."""
    text = _unbracket(paras[k].text)
    said = prose_roles(strip_marker(text))
    if said is not None:
        return said, False
    nxt = paras[k + 1].text if k + 1 < len(paras) else ""
    if nxt and not _ANY_MARKER.match(nxt) and _shape(nxt) == "" and _LABEL.match(nxt) is None \
            and subject_roles(nxt) is not None:
        both = prose_roles(f"{strip_marker(text)} {nxt}")
        if both is not None:
            return both, True
    return None


_SENTENCE_BREAK = re.compile(r"(?<=[.;])\s+")


def _sentences(text: str) -> list[str]:
    """The text cut after "." or ";" where the next word starts in capitals."""
    out: list[str] = []
    for part in _SENTENCE_BREAK.split(text):
        if out and not part[:1].isupper():
            out[-1] += " " + part
        else:
            out.append(part)
    return out


_TITLE_THEN_LEAD = re.compile(r":\s+(?=[A-ZĐÀ-Ỹ])|,\s+(?=do\s+[A-ZĐÀ-Ỹ])")


def _inline_roles(text: str) -> tuple[str, list[str], list[str], str] | None:
    """A numbered task that names its lead in a later sentence of the same paragraph
    ("Hoàn thiện cơ sở dữ liệu. Sở X chủ trì, phối hợp với Y thực hiện; hoàn thành trong
    quý II/2026"): (title, lead, partners, the words from the lead on), else None."""
    parts = _sentences(text.strip())
    first = parts[0] if parts else ""
    # (round 16) "Xây dựng …: Sở X chủ trì, phối hợp với Y thực hiện; …", "Xây dựng …, do Sở
    # X chủ trì, phối hợp với Y thực hiện; …": the lead after the task's words in one sentence
    for cut in _TITLE_THEN_LEAD.finditer(first):
        rest = text.strip()[cut.end():]
        if cut.start() < 10 or _LABEL_COLON.match(first[: cut.start()]) is not None:
            continue
        if re.search(r"\schủ trì\b", rest[:200]):
            said_lead, said_partners = _sentence_roles(rest)
        elif (lv := _LEADS_BY_VERB.match(rest)) is not None and lv["partners"] and is_agency_start(lv["lead"]):
            # "…: Ủy ban nhân dân xã phối hợp với Y thực hiện …" (no "chủ trì")
            said_lead, said_partners = split_agencies(lv["lead"]), split_agencies(lv["partners"])
        else:
            continue
        if said_lead:
            return first[: cut.start()].rstrip(".;, "), said_lead, said_partners, rest
    for k in range(1, min(len(parts), 4)):
        lead: list[str] = []
        partners: list[str] = []
        if _LABEL_COLON.match(parts[k]) is not None:
            # "… . Cơ quan chủ trì: X; thời gian: …": labels, never "Cơ quan" as a subject
            group = RawTask("", "")
            fill_labels(group, label_pairs(" ".join(parts[k:])))
            if group.lead:
                return " ".join(parts[:k]).rstrip(".; "), group.lead, group.partners, " ".join(parts[k:])
            continue
        if re.search(r"\schủ trì\b", parts[k][:200]):
            lead, partners = _sentence_roles(parts[k])
        else:
            # "X phối hợp với Y thực hiện …", "X thực hiện …": X leads
            m = _LEADS_BY_VERB.match(re.sub(r"^(?:Giao|Đề nghị)\s+", "", parts[k]))
            if m and is_agency_start(m["lead"]):
                lead = split_agencies(m["lead"])
                partners = split_agencies(m["partners"]) if m["partners"] else []
        if lead:
            return " ".join(parts[:k]).rstrip(".; "), lead, partners, " ".join(parts[k:])
    return None


_LETTERED = re.compile(r"^(?P<letter>[a-zđ])\s*[.)]\s+(?P<title>\S.*)$")
# a numbered sub-heading's number, "2.1." / "1.2)"
_SUB_HEADING = re.compile(r"^\d+\.\d+\s*[.)]?\s+\S")
# "… (Sở X chủ trì, phối hợp với Y; hoàn thành trong Quý II/2026)." closing the item
_ROLE_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{4,300}?\schủ\s+trì\b[^()]*)\)\s*[.;]?\s*$", re.I)
# "… . Cơ quan chủ trì: X; thời gian: Y." after the item's words
# "(Giao Công an tỉnh tham mưu)" closing an item: the body given the item leads it
_GIVEN_BRACKET = re.compile(r"\s*\(Giao\s+(?P<lead>[^()]{2,120}?)\s+(?:tham\s+mưu|thực\s+hiện|triển\s+khai)\b"
                            r"[^()]*\)\s*[.;]?\s*$")
# (a time label may come first: "… . Thời gian: thường xuyên. Đơn vị thực hiện: X.")
_INLINE_LABELS = re.compile(r"[.;]\s+(?P<labels>(?:(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)(?:\s+thực\s+hiện"
                            r"|\s+hoàn\s+thành)?\s*:[^.;:]{1,60}[.;]\s+)?(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện)\s*:.*)$",
                            re.I)


def item_roles(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """An item that names its own lead after its words: in brackets closing it ("… (Sở X
    chủ trì; hoàn thành trong Quý II/2026)"), as labels after its sentence ("… . Cơ quan
    chủ trì: X; thời gian: Y"), or in a later sentence ("… . Giao Sở X chủ trì, phối hợp
    với Y, hoàn thành trước ngày …"): (title, lead, partners, time words), else None."""
    t = text.strip()
    lab = _TRAILING_LABELS.search(t)
    if lab is not None and lab.start() > 0:
        # "… (Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: Quý II/2025)": the labels
        # are read as labels (not "Cơ quan" as the subject of "chủ trì")
        group = RawTask("", "")
        fill_labels(group, label_pairs(lab.group("labels")))
        if group.lead:
            return t[: lab.start()].rstrip(" .;,"), group.lead, group.partners, group.timeframe
    m = _ROLE_BRACKET.search(t)
    if m is not None and m.start() > 0:
        head, _, rest = m.group("inner").partition(";")
        lead, partners = _sentence_roles(head)
        if lead:
            tf = own_time(m.group("inner")) or (rest.strip(" .") if 0 < len(rest.strip()) <= 60 else None)
            return t[: m.start()].rstrip(" .;,"), lead, partners, tf
    m = _GIVEN_BRACKET.search(t)
    if m is not None and m.start() > 0 and is_agency_start(m["lead"]):
        # "… (Giao Công an tỉnh tham mưu)."
        return t[: m.start()].rstrip(" .;,"), split_agencies(m["lead"]), [], None
    m = _INLINE_LABELS.search(t)
    if m is not None:
        group = RawTask("", "")
        fill_labels(group, label_pairs(m.group("labels")))
        if group.lead:
            return t[: m.start()].rstrip(" .;,"), group.lead, group.partners, group.timeframe
    inline = _inline_roles(t)
    if inline is not None:
        # (the time closing the task's own sentence when the lead's names none: "Số hóa …;
        # phấn đấu đến cuối năm 2026 đạt 100%. Giao Văn phòng … chủ trì.")
        title, lead, partners, said = inline
        return title, lead, partners, own_time(said) or own_time(title)
    return None


# the verbs a task's words open with once the agency that leads it is named ("Sở X kiện
# toàn …", "… phối hợp với Y đánh giá …"): lower case, so that they never cut a name
_TASK_VERBS = (r"hoàn\s+thiện|kiện\s+toàn|đánh\s+giá|số\s+hóa|thí\s+điểm|biên\s+soạn|nâng\s+cấp|"
               r"nâng\s+cao|sửa\s+đổi|bổ\s+sung|ứng\s+dụng|phát\s+triển|duy\s+trì|khảo\s+sát|"
               r"thống\s+kê|điều\s+tra|xử\s+lý|giải\s+quyết|thẩm\s+định|phê\s+duyệt|trình|lập|"
               r"tập\s+huấn|bồi\s+dưỡng|đào\s+tạo|phổ\s+biến|giám\s+sát|quản\s+lý|vận\s+hành|"
               r"hỗ\s+trợ|đề\s+xuất|đẩy\s+mạnh|xây\s+dựng|tổ\s+chức|triển\s+khai|hướng\s+dẫn|"
               r"rà\s+soát|kiểm\s+tra|tuyên\s+truyền|thực\s+hiện|tham\s+mưu|theo\s+dõi|"
               r"ban\s+hành|cập\s+nhật|tăng\s+cường|chỉ\s+đạo|bố\s+trí|nghiên\s+cứu|"
               r"chủ\s+động|đôn\s+đốc|vận\s+động|bảo\s+đảm|đảm\s+bảo|cung\s+cấp|tổng\s+hợp|"
               r"khẩn\s+trương|tiếp\s+tục|phát\s+động|in|mua\s+sắm|lắp\s+đặt|sơ\s+kết|tổng\s+kết|"
               r"gửi|chuẩn\s+bị|tiếp\s+nhận|phát\s+hành|mời|đăng\s+tải|phát\s+sóng|trang\s+trí|"
               r"phân\s+luồng|bảo\s+vệ|giữ\s+gìn|kiểm\s+soát|thông\s+báo|tham\s+gia|dự\s+thảo|"
               r"soạn\s+thảo|sửa\s+chữa|đầu\s+tư|vận\s+hành|thu\s+thập|công\s+bố|phối\s+hợp|xem\s+xét|"
               r"họp|trao\s+đổi|huy\s+động|mở\s+(?:chuyên\s+mục|chuyên\s+trang|lớp|rộng|đợt|các|cuộc)")
# "Sở X kiện toàn …, hoàn thành trước ngày …": the agency before the first verb leads
_SUBJECT_VERB = re.compile(r"^(?P<lead>.{2,140}?)\s+(?:" + _TASK_VERBS + r")\b")
# how an agency works with others, before the verb of what it does: "(chủ trì,) phối hợp
# (chặt chẽ) (với) Y <verb> …", opening a duty under its agency's heading or after the
# subject of a sentence ("Công an tỉnh phối hợp với Sở Tư pháp tổ chức …"): Y its partners
_PARTNERS_BEFORE_VERB = re.compile(
    r"^\s*(?:chủ\s+trì\s*,?\s*(?:và\s+)?)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+"
    r"(?P<p>.{2,200}?)\s+(?:" + _TASK_VERBS + r"|để)\b", re.I)


_ASKED = re.compile(r"^(?:Đề\s+nghị|Giao)\s+(?P<who>[^:.]{2,400}?)\s*:\s+\S")
_VERB_AT = re.compile(r"\s+(?:" + _TASK_VERBS + r")\b")


def _subject_verb(said: str) -> tuple[str, int] | None:
    """The words before a sentence's first verb (its subject) and where they end, as
    :data:`_SUBJECT_VERB` finds them, but past a noun spelt like a verb inside a list of
    bodies ("Các cơ quan, tổ chức, đơn vị gửi …")."""
    investor = False
    for v in _VERB_AT.finditer(said, 2):
        if v.start() > 140:
            return None
        if said[:v.start()].endswith(",") and said[v.end():].startswith(","):
            continue
        if re.match(r"\s+đầu\s+tư", v.group()) and re.search(r"\bchủ$", said[:v.start()], re.I):
            investor = True
            continue  # "Các chủ đầu tư, …": the investors, a body
        if investor and said[:v.start()].endswith(","):
            return None  # "Chủ đầu tư … san lấp mặt bằng, mời gọi …": a verb unknown before
        return said[:v.start()], v.start()
    return None


def subject_roles(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """A task whose lead is its sentence's subject: "X chủ trì, phối hợp với Y …; hoàn
    thành trước ngày …", "Giao X chủ trì …", "Đề nghị X …", "X kiện toàn …, thực hiện
    thường xuyên": (the words, lead, partners, the closing time), else None."""
    t = text.strip()
    asked = _ASKED.match(t)
    if asked is not None and all(is_agency_start(x.strip()) for x in asked["who"].split(";")) \
            and (named := split_agencies(asked["who"])):
        # "Đề nghị các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường: rà soát …": the
        # bodies asked, listed before the colon
        return t.rstrip(" .;"), [n[:1].upper() + n[1:] for n in named], [], own_time(t)
    first = _sentences(t)[0] if t else ""
    lead, partners = _sentence_roles(first)
    if not lead:
        said = re.sub(r"^(?:Giao|Đề nghị)\s+", "", _given_by(first))
        m = _subject_verb(said)
        if m is None or not is_agency_start(m[0]):
            return None
        lead = split_agencies(m[0])
        if not lead or any(len(x.split()) > 14 or not is_agency_start(x) for x in lead):
            return None
        # "Công an tỉnh phối hợp với Sở Tư pháp tổ chức …": the bodies it works with
        pm = _PARTNERS_BEFORE_VERB.match(said[m[1]:])
        if pm is not None and is_agency_start(pm["p"]):
            partners = split_agencies(pm["p"])
    return t.rstrip(" .;"), lead, partners, own_time(t)


# a time opening a step of an event's timeline: "Từ ngày 01/3 đến 15/3/2025: …", "Trước
# ngày 20/3/2025: …", "Giai đoạn 1 (từ ngày 01/4 đến ngày 30/4/2025): …"
_STEP_TIME = re.compile(
    r"^(?:(?:Giai\s+đoạn|Bước|Đợt)\s*\d+\s*\((?P<tf>[^()]{4,80})\)"
    r"|(?P<tf2>(?:Từ|Trước|Tháng|Ngày|Quý|Trong|Đến|Chậm\s+nhất)\b[^:;]{1,60}?(?:19|20)\d\d)"
    # "Sau Ngày hội 10 ngày: Ủy ban Mặt trận … tổng hợp …": a step counted from an event
    r"|(?P<tf3>Sau\s+(?:khi\s+)?[^:;,.]{2,60}?))\s*:\s+(?P<rest>\S.*)$")


# (round 16) a time opening the sentence, a comma, then the body that leads: "Trong Quý
# II/2026, Sở X chủ trì …", "Trước ngày 30/6/2026, giao Phòng Y …"
_OPENING_TIME = re.compile(
    r"^(?P<tf>(?:Trong|Trước|Đến|Từ|Năm|Quý|Tháng|Chậm\s+nhất)\b[^,;:()]{1,60}?(?:19|20)\d\d)\s*,\s+(?P<rest>\S.*)$")


# a clause that sets the scene before a sentence's subject: "Trên cơ sở đề nghị của X, …",
# "Sau khi X phê duyệt …, …", "Căn cứ …, …"
_LEAD_IN = re.compile(r"^(?:Trên\s+cơ\s+sở|Sau\s+khi|Căn\s+cứ|Trong\s+thời\s+gian|Khi)\b", re.I)


def _subject_after_lead_in(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """The roles of a description's first sentence whose subject leads it, after a clause
    that sets the scene if one opens it ("Trên cơ sở đề nghị của X, Sở Y thẩm định …")."""
    first = _sentences(text.strip())[0] if text.strip() else ""
    if not _LEAD_IN.match(first):
        return subject_roles(first)
    for m in re.finditer(r",\s+", first):
        rest = first[m.end():]
        if is_agency_start(rest) and (said := subject_roles(rest)) is not None:
            return said
    return None


def prose_roles(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """An item's roles written in prose: after its words (:func:`item_roles`) or as the
    subject of its sentence (:func:`subject_roles`), also after a time that opens a step
    of a timeline ("Từ ngày 01/3 đến 15/3/2025: Sở X tổ chức …")."""
    if re.match(r"^Để\s", text.strip()):
        # (round 16) "Để nâng cao …, Sở X chủ trì, phối hợp với Y …": the purpose first, then
        # the body that leads
        first = _sentences(text.strip())[0]
        for m in re.finditer(r",\s+", first[:240]):
            rest = text.strip()[m.end():]
            if is_agency_start(_given_by(re.sub(r"^(?:Giao|giao|Đề nghị)\s+", "", rest))) \
                    and (said := subject_roles(rest)) is not None:
                return said
    opening = _OPENING_TIME.match(text.strip())
    if opening is not None and is_agency_start(_given_by(re.sub(r"^(?:Giao|giao|Đề nghị)\s+", "",
                                                                 opening["rest"]))):
        said = subject_roles(opening["rest"])
        if said is not None:
            return said[0], said[1], said[2], said[3] or opening["tf"].strip()
    lead_time = _STEP_TIME.match(text.strip())
    if lead_time is not None:
        rest = lead_time["rest"]
        said = item_roles(rest) or subject_roles(rest)
        if said is None:
            return None
        tf = (lead_time["tf"] or lead_time["tf2"] or lead_time["tf3"]).strip()
        return said[0], said[1], said[2], said[3] or tf
    return item_roles(text) or subject_roles(text)


_LEADS_BY_VERB = re.compile(
    r"^(?P<lead>.{2,120}?)\s+(?:phối\s+hợp(?:\s+chặt\s+chẽ)?\s+với\s+(?P<partners>.{2,160}?)\s+"
    r"(?:thực\s+hiện|triển\s+khai|tổ\s+chức)|thực\s+hiện|có\s+trách\s+nhiệm|tham\s+mưu)\b")


def _unbracket(text: str) -> str:
    """"(Cơ quan chủ trì: X; thời gian: Y)" on its own line: the labels inside."""
    m = _BRACKETED.match(text)
    return m.group("inner") if m else text


def _clean_value(v: str) -> str:
    return v.strip().rstrip(".;, ").strip()


# "UBND tỉnh giao Sở X chủ trì …", "Ủy ban nhân dân huyện giao …": the body that gives the
# work, before the one it gives it to
_GIVER = re.compile(r"^(?P<giver>[^,;:.()]{2,60}?)\s+giao\s+(?=[A-ZĐÀ-Ỹ])")


def _given_by(text: str) -> str:
    """``text`` without the body that gives the work opening it ("UBND tỉnh giao Sở X chủ
    trì …" → "Sở X chủ trì …"), when both are bodies; else ``text``."""
    m = _GIVER.match(text)
    if m is not None and is_agency_start(m["giver"]) and is_agency_start(text[m.end():]):
        return text[m.end():]
    return text


def _sentence_roles(text: str) -> tuple[list[str], list[str]]:
    """Lead and partners of "X chủ trì, phối hợp với Y …" / "X có trách nhiệm …"."""
    t = re.sub(r"^(?:Giao|Đề nghị|[Dd]o)\s+", "", _given_by(text.strip()))  # "(do Sở X chủ trì, …)"
    m = re.match(r"^(?P<lead>.{2,160}?)\s+chủ trì\b[,]?\s*(?:tham mưu\s+)?(?:(?:và\s+)?phối hợp"
                 r"(?:\s+chặt chẽ)?(?:\s+với)?\s+(?P<partners>.{2,240}?)"
                 r"(?=\s+(?:để\s|trong\s|tổ chức|thực hiện|triển khai|xây dựng|tham mưu|bố trí|"
                 r"hướng dẫn|theo dõi|rà soát|kiểm tra|tuyên truyền|" + _TASK_VERBS + r")\b|[;.]|$))?", t)
    if m and is_agency_start(m.group("lead")):
        partners = split_agencies(m.group("partners")) if m.group("partners") else []
        return split_agencies(m.group("lead")), partners
    m = re.match(r"^(?P<lead>.{2,160}?)\s+(?:có trách nhiệm|chịu trách nhiệm)\b", t)
    if m and is_agency_start(m.group("lead")):
        return split_agencies(m.group("lead")), []
    return [], []


# labels in brackets closing a numbered item
_TRAILING_LABELS = re.compile(r"\s*\((?P<labels>(?:" + _LABEL_WORDS + r")\s*:[^()]*)\)[.;]?$", re.I)


_BRACKETED = re.compile(r"^\((?P<inner>(?:" + _LABEL_WORDS + r")\s*:[^()]*)\)[.;]?$", re.I)


# a lead label's value naming its partners with no "chủ trì": "X phối hợp với Y (thực hiện)"
_LEAD_WITH = re.compile(r"^(?P<lead>.{2,160}?)\s+(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+"
                        r"(?P<partners>.{2,240}?)(?:\s+(?:thực\s+hiện|triển\s+khai))?\s*[.;]?$")


# "Sở Y tế (chủ trì)", "Sở Tài chính phối hợp": a body and its role, in a list of such
_MARKED_ROLE = re.compile(r"^\s*(?P<name>[^,;()]+?)\s*(?:\(\s*(?P<r1>chủ\s+trì|phối\s+hợp)\s*\)"
                          r"|\s(?P<r2>chủ\s+trì|phối\s+hợp))\s*[.]?\s*$", re.I)


def _marked_roles(value: str) -> tuple[list[str], list[str]] | None:
    """A lead label listing each body with its role ("Văn phòng UBND tỉnh (chủ trì), Sở X
    (phối hợp)", "Sở Y chủ trì, Sở Z phối hợp"): (leads, partners), when every piece is so
    marked and one leads; else None."""
    pieces = [p for p in re.split(r"[,;]\s*(?![^()]*\))", value) if p.strip()]
    lead: list[str] = []
    partners: list[str] = []
    for piece in pieces:
        m = _MARKED_ROLE.match(piece)
        if m is None or not is_agency_start(m["name"]):
            return None
        role = (m["r1"] or m["r2"]).casefold()
        (lead if role.startswith("chủ") else partners).append(m["name"].strip())
    return (lead, partners) if lead and len(pieces) >= 2 else None


def is_label(text: str) -> bool:
    """Whether ``text`` opens on a task's label ("Cơ quan chủ trì: …", "Thời gian: …")."""
    return _LABEL.match(text) is not None


def fill_labels(group: RawTask, pairs: list[tuple[str, str]]) -> None:
    """The task's lead, partners, timeframe and output from (kind, value) label pairs."""
    for kind, raw in pairs:
        value = _clean_value(raw)
        if kind == "lead":
            marked = _marked_roles(value)
            lead, partners = marked if marked is not None else _sentence_roles(value)
            if lead:
                group.lead += lead
                group.partners += partners
            elif (both := _LEAD_WITH.match(value)) is not None and is_agency_start(both["lead"]) \
                    and is_agency_start(both["partners"]):
                # "Đơn vị thực hiện: Đoàn Thanh niên xã phối hợp với Hội Liên hiệp Phụ nữ xã"
                group.lead += split_agencies(both["lead"])
                group.partners += split_agencies(both["partners"])
            else:
                group.lead += split_agencies(value)
        elif kind == "partners":
            group.partners += split_agencies(value)
        elif kind == "timeframe":
            group.timeframe = value
        elif kind == "output":
            group.output = value


# -- blocks of content, lead and time ---------------------------------------------------
# "1. Nội dung, biện pháp" (lettered items) / "2. Cơ quan chủ trì, phối hợp" ("a) Cơ quan
# chủ trì" and bullets, "b) Cơ quan phối hợp" and bullets; or bullets alone; or "a) Cơ quan
# chủ trì: X; Y.") / "3. Thời gian thực hiện: …": each lettered item a task, led and timed
# by its block (a national programme's layout)
_LABEL_SYLLABLES = frozenset("thời gian thực hiện hoàn thành chủ trì phối hợp cơ quan đơn vị nội "
                             "dung biện pháp nhiệm vụ giải".split())
_BLOCK_CONTENT = re.compile(r"(?:nội\s+dung|nhiệm\s+vụ)(?:\s*(?:,|và)\s*(?:biện\s+pháp|nhiệm\s+vụ|"
                            r"giải\s+pháp))*(?:\s+(?:thực\s+hiện|cụ\s+thể))?\s*:?", re.I)
_BLOCK_LEAD = re.compile(r"(?:(?:cơ\s+quan|đơn\s+vị)\s+)?chủ\s+trì(?:\s*,\s*(?:phối\s+hợp|thực\s+hiện))?"
                         r"(?:\s+thực\s+hiện)?\s*(?::\s*(?P<value>.*))?", re.I)
_BLOCK_PARTNERS = re.compile(r"(?:(?:cơ\s+quan|đơn\s+vị)\s+(?:phối\s+hợp|thực\s+hiện)|phối\s+hợp)"
                             r"(?:\s+thực\s+hiện)?\s*(?::\s*(?P<value>.*))?", re.I)
# a Roman heading the text layer broke ("V I.", "VII I."): a new part, its blocks its own
_BROKEN_ROMAN = re.compile(r"^[IVX]+(?:\s[IVX]+)?\s*\.\s+\S")


@attrs.define
class _Block:
    items: list[tuple[Para, list[str]]] = attrs.field(factory=list)
    lead: list[str] = attrs.field(factory=list)
    partners: list[str] = attrs.field(factory=list)
    time: str | None = None


def _heads(text: str) -> str:
    return join_split_syllables(" ".join(text.split()), _LABEL_SYLLABLES)


@functools.lru_cache(maxsize=32)
def _blocks(section: Section) -> list[_Block]:
    """The blocks of content, lead and time the section is written in ([] if it is not;
    asked several times of one section by the readers: kept for it, never changed by them)."""
    blocks: list[_Block] = []
    block: _Block | None = None
    state = ""
    for it in section.items:
        if not isinstance(it, Para):
            continue
        text = _heads(it.text)
        if _caps_line(text):
            continue  # a chunk's running title repeated
        num = _NUMBERED.match(text)
        if num is not None:
            title = num.group("title").strip()
            if _BLOCK_CONTENT.fullmatch(title):
                block, state = _Block(), "content"
                blocks.append(block)
                continue
            if block is not None and state in ("content", "lead", "partners"):
                lm = _BLOCK_LEAD.fullmatch(title)
                if lm is not None:
                    state = "lead"
                    if lm["value"]:
                        block.lead += split_agencies(lm["value"])
                    continue
                m = _LABEL.match(title)
                if m is not None and _label_kind(m.group("label")) == "timeframe" and m.group("value"):
                    block.time = _clean_value(m.group("value"))
                    block, state = None, ""
                    continue
            block, state = None, ""
            continue
        if _BROKEN_ROMAN.match(text):
            block, state = None, ""
            continue
        if block is None:
            continue
        lettered = _LETTERED.match(text)
        if state == "content":
            if lettered is not None:
                block.items.append((it, [lettered.group("title").strip()]))
            elif block.items:
                block.items[-1][1].append(text)
            continue
        words = lettered.group("title").strip() if lettered is not None else _bullet_strip(text)
        lm = _BLOCK_LEAD.fullmatch(words) if lettered is not None else None
        pm = _BLOCK_PARTNERS.fullmatch(words) if lettered is not None else None
        if lm is not None:
            state = "lead"
            if lm["value"]:
                block.lead += split_agencies(lm["value"])
        elif pm is not None:
            state = "partners"
            if pm["value"]:
                block.partners += split_agencies(pm["value"])
        elif text.startswith("("):
            continue  # "(Văn phòng Ban Chỉ đạo … đồng thời là …)": a remark
        elif is_agency_start(words):
            names = split_agencies(words.rstrip(" ."))
            (block.lead if state == "lead" else block.partners).extend(names)
    return [b for b in blocks if b.items and b.lead and b.time is not None]


def _caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.9 * len(letters) \
        and not _NUMBERED.match(text) and not _ROMAN.match(text)


def block_tasks(section: Section) -> list[RawTask]:
    """The tasks of a section written in blocks of content, lead and time: each lettered
    item of a block's "Nội dung" led by the block's "Cơ quan chủ trì" and timed by its
    "Thời gian thực hiện" ([] when the section is not so written)."""
    tasks: list[RawTask] = []
    for b in _blocks(section):
        lead = list(dict.fromkeys(b.lead))
        partners = [n for n in dict.fromkeys(b.partners) if n not in lead]
        for para, words in b.items:
            note = planflow.Worded.of(
                "an item of a block of content, lead and time: led by the block's lead "
                "({lead}) and timed by its time ('{time}')", "block_item",
                lead=", ".join(lead), time=b.time)
            tasks.append(RawTask(para.where, words[0].rstrip(" ;."), list(words), list(lead),
                                 list(partners), timeframe=b.time, notes=[note]))
    return tasks


# a heading that is only a time, a step's or not: "1. Từ ngày 04/02/2026:", "2. Đợt 2: Từ
# ngày 23/02 đến ngày 14/3/2026", "Bước 1 - Trước ngày 15/3/2026"
_TIME_HEADING = re.compile(r"^(?:(?:Bước|Giai\s+đoạn|Đợt)\s+\d{1,2}\s*[:.\-–]\s*)?(?P<tf>(?:Từ|Trước|Trong"
                           r"|Tháng|Ngày|Quý|Đến|Chậm\s+nhất|Năm)\b[^:;()]{0,70}?\d[^:;()]{0,30}?)$", re.I)


def _time_heading(text: str) -> str | None:
    """The time a heading is (see ``_TIME_HEADING``), else None."""
    bare = _ANY_MARKER.sub("", text.replace("*", "").strip()).rstrip(":. ")
    m = _TIME_HEADING.match(bare)
    return m["tf"].strip() if m and len(m["tf"].split()) <= 14 else None


# a numbered item that says what to do (a verb first, a sentence), not a group's name
_SHAREABLE = re.compile(r"^(?:" + _TASK_VERBS + r"|nâng\s+cao|tuyên\s+truyền|đổi\s+mới|tiếp\s+tục)\b"
                        r"[^:]{20,}$", re.I)


def _listed_subject(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """The roles of a sentence whose subject lists bodies apart with ";" ("Các sở, ban,
    ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức …"), each part
    a body's name; else None."""
    m = _SUBJECT_VERB.match(text.strip())
    if m is None or ";" not in m["lead"]:
        return None
    parts = [x.strip() for x in m["lead"].split(";")]
    if not all(x and is_agency_start(x) and len(x.split()) <= 14 for x in parts):
        return None
    lead = [n for x in parts for n in split_agencies(x)]
    return (text.strip().rstrip(" .;"), lead, [], own_time(text)) if lead else None


# a time listed under an empty time label: "Đợt 1: Trong khoảng thời gian từ ngày …",
# "Từ ngày 01/3 đến ngày 15/3/2026"
_PIECE_OF_TIME = re.compile(r"^(?:(?:Đợt|Lần|Giai\s+đoạn|Bước)\s+\d{1,2}\s*:\s*)?(?:Từ|Trong|Trước|Tháng|Quý"
                            r"|Năm|Ngày|Đến|Chậm\s+nhất)\b[^:]*\d", re.I)


def _depth(text: str) -> int:
    """The depth of a numbered heading's number ("1." 0, "1.2." 1), -1 when none."""
    m = _NUMBERED.match(text)
    return m.group("num").count(".") if m else -1


def _short_words(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


def labelled_tasks(section: Section) -> list[RawTask]:
    """Tasks of a section that writes labels: one per group of labels, or per heading."""
    if blocks := block_tasks(section):
        return blocks
    tasks: list[RawTask] = []
    heading: Para | None = None
    heading_used = False
    # the agency the numbered heading is only the name of ("1.2. Sở Tài chính"): it leads
    # the dated duties beneath it that name no lead of their own
    heading_lead: list[str] | None = None
    content: list[str] = []
    content_start: Para | None = None
    group: RawTask | None = None
    # numbered items with no words and no labels of their own ("1.1. Tổ chức …" right
    # before "1.2. …" / "- Cơ quan thực hiện: …"): they share the labels of the next item
    # of their level, if it has any; their level
    sharing: list[RawTask] = []
    sharing_depth = -1
    # numbered items with no words of their own: those read as tasks (their place, their
    # level), and those naming no lead (their place among the tasks, level, task)
    from_lone: list[tuple[int, int]] = []
    lone: list[tuple[int, int, RawTask]] = []
    last_item: Para | None = None  # the last list item of the content (labels may follow it)
    item_at = 0  # its place in the content
    listed: list[str] = []  # the markers ("-", "a)", …) of the content's list items

    def close_group() -> None:
        nonlocal group, content, heading_used, content_start, last_item, listed, item_at
        if group is None:
            return
        counted = next((j for j in range(len(content) - 1, -1, -1)
                        if PLACEHOLDER.fullmatch(strip_marker(content[j]).strip(" .:;"))), None)
        if counted is not None:
            # "1. <field of work>" / "a) Hoạt động 1" / "- Nội dung: …" (or "+" items) / "- Cơ
            # quan thực hiện: …": the lettered item that only counts its task heads it (its
            # words name it)
            group.title = strip_marker(content[counted]).strip(" .:;")
            heading_used = True
            content = content[counted + 1:]
        elif last_item is not None and item_at >= 1 and listed.count(_shape(last_item.text)) == 1:
            # "1. <field of work>" / a description / "Các hoạt động chính:" / "- <task>" over
            # the labels, or "a) Về thể chế" / "- <task>": the task is the one item of its
            # kind the labels follow; what came before it groups it
            group.title = content[item_at]
            group.where = last_item.where
            heading_used = True
            content = content[item_at:]
        elif heading is not None and not heading_used and last_item is not None and item_at == 0 \
                and _LETTERED.match(content[0]) and not heading_lead \
                and not _GROUP_HEAD.match(_heading_title(heading)):
            # "1. Công tác tuyên truyền" / "a) Tuyên truyền trên báo chí" / "- Nội dung: …" /
            # "- Cơ quan chủ trì: …": the lettered item is the task, the heading groups such
            # items
            group.title = _LETTERED.match(content[0]).group("title").strip()  # type: ignore[union-attr]
            group.where = last_item.where
            heading_used = True
        elif heading is not None and not heading_used and content and (
                heading_lead or (last_item is not None and item_at == 0
                                 and _GROUP_HEAD.match(_heading_title(heading)))):
            # "1.2. Sở Tài chính" / "- Lập danh sách …" / "Thời gian hoàn thành: …": the
            # heading names the agency whose dated duties follow; the item is the task
            at = item_at if last_item is not None else 0
            group.title = content[at]
            group.where = last_item.where if last_item is not None else (
                content_start.where if content_start else group.where)
            heading_used = True
            content = content[at:]
        elif heading is not None and not heading_used:
            group.title = _heading_title(heading)
            group.where = heading.where
            heading_used = True
            if group.timeframe is None:
                # "1. Gửi giấy mời: trước ngày 10/5/2025." / "- In tài liệu: tháng 5/2025."
                # over "Đơn vị thực hiện: X": the time closing the heading is the task's
                after = _COLON_TIME.search(heading.text)
                group.timeframe = own_time(heading.text) or (after["tf"] if after else None)
        else:
            group.title = content[0] if content else (group.title or "")
            if (lettered := _LETTERED.match(group.title)) is not None and group.title is content[0] \
                    and last_item is not None and item_at == 0:
                group.title = lettered.group("title").strip()  # "b) <task>" over its labels
            group.where = content_start.where if content_start else group.where
            if group.timeframe is None and content and (after := _COLON_TIME.search(content[0])):
                group.timeframe = after["tf"]  # "- In tài liệu: tháng 5/2026." over its unit
        if group.title and (named := _NAMED_NUMBER.match(group.title)) is not None:
            group.title = group.title[named.end():]  # "Nhiệm vụ 1: <the task's words>"
        if not group.lead and group.title and (said := prose_roles(group.title)) is not None and said[1]:
            # "+ Sở X: hướng dẫn …" / "Thời gian thực hiện: …": the item names its lead
            group.lead, group.partners = list(said[1]), group.partners or list(said[2])
        if not group.lead and content and (said := _subject_after_lead_in(content[0])) is not None:
            # "2.4. Bước 4: Lập Đề án …" / "Trên cơ sở đề nghị của X, Sở Y chủ trì, phối hợp
            # với Z lập Đề án …" / "Thời gian hoàn tất: …": the step's description names
            # who carries it out, as its sentence's subject (after a clause that sets the scene)
            group.lead, group.partners = list(said[1]), group.partners or list(said[2])
        if heading_lead and not group.lead:
            group.lead, group.lead_from_heading = list(heading_lead), True
        if group.timeframe is None and group.title and (tf := own_time(group.title)) is not None:
            # "b) Số hóa hồ sơ …; phấn đấu đến cuối năm 2026 đạt 100%." / "Giao X chủ trì.":
            # no time label, the time closing the task's own words
            group.timeframe = tf
        group.content = list(content)
        if sharing and heading is not None and _depth(heading.text) == sharing_depth:
            for t in sharing:
                t.lead, t.partners, t.timeframe = list(group.lead), list(group.partners), group.timeframe
                t.output = group.output
                t.notes.append(planflow.Worded.of(
                    "no labels of its own: it shares those of the next item ('{next}')",
                    "shared_labels", next=_short_words(group.title)))
            tasks.extend(sharing)
        sharing.clear()
        tasks.append(group)
        group, content, content_start, last_item, listed, item_at = None, [], None, None, [], 0

    kids: list[tuple[Para, str]] = []  # the items under a prose-level task, deeper than it

    def finish_kids() -> None:
        """The items under a task of the prose level ("1. Hoàn thiện thể chế (Sở Tư pháp
        chủ trì)" / "a) Rà soát …, hoàn thành trong quý II/2026." / "b) …"): its words; when
        most state their own time, each is a task of its lead instead."""
        if not kids or not tasks:
            kids.clear()
            return
        parent = tasks[-1]
        timed = [own_time(w) or dated_phrase(w) for _, w in kids]
        n = sum(1 for x in timed if x)
        if n >= 2 and n * 2 >= len(kids) and parent.lead:
            tasks.pop()
            for (p, w), tf in zip(kids, timed, strict=True):
                tasks.append(RawTask(p.where, _duty_title(w), [w], list(parent.lead),
                                     list(parent.partners), timeframe=tf or parent.timeframe,
                                     lead_from_heading=True, notes=[planflow.Worded.of(
                                         "an item under '{heading}', which names its lead: a "
                                         "task of that lead, with its own time",
                                         "item_of_led_heading", heading=_short_words(parent.title))]))
        else:
            parent.content.extend(w for _, w in kids)
        kids.clear()

    def close_heading() -> None:
        nonlocal content, content_start, listed, last_item, item_at, sharing_depth
        finish_kids()
        close_group()
        if heading is not None and not heading_used and content \
                and _TO_APPENDIX.search(" ".join(content)) and not _sentence_roles(content[0])[0]:
            # "1. Các nhiệm vụ cần làm ngay" / "… được xác định tại Phụ lục 2 kèm theo …": the
            # tasks are the appendix's rows, the item only points to them
            content, content_start, listed, last_item, item_at = [], None, [], None, 0
            return
        if heading is not None and not heading_used and content:
            t = RawTask(heading.where, _heading_title(heading), content=list(content))
            t.lead, t.partners = _sentence_roles(content[0])
            if t.lead:
                # "X chủ trì, phối hợp với Y thực hiện; hoàn thành trong Quý II/2026."
                t.timeframe = own_time(" ".join(content))
            elif len(content) == 1 and (roles := item_roles(content[0])) is not None:
                # "Mở lớp tập huấn …, ít nhất 02 lớp/năm (Sở X chủ trì)."
                _, t.lead, t.partners, t.timeframe = roles
            elif (roles := subject_roles(_bullet_strip(content[0]))) is not None:
                # "3. Giám sát việc giải quyết khiếu nại" / "- Ban Thường trực UBMTTQ xã theo
                # dõi, đôn đốc …": the body its first item opens on leads the heading's task
                # (and times it, when that sentence is all the heading holds)
                _, t.lead, t.partners, said_time = roles
                if len(content) == 1:
                    t.timeframe = said_time
            elif not _ANY_MARKER.match(content[0]) and (inl := _inline_roles(content[0])) is not None:
                # "1. Hoàn thiện cơ chế" / "Rà soát … . Giao Sở X chủ trì, phối hợp với Y thực
                # hiện, hoàn thành trong quý II năm 2026.": the lead its later sentence names,
                # the time that sentence closes with
                _, t.lead, t.partners, inl_said = inl
                t.timeframe = own_time(inl_said) if inl_said else None
            elif all(not _ANY_MARKER.match(c) for c in content):
                # "Rà soát … ." / "Giao Sở X chủ trì, phối hợp với Y thực hiện, hoàn thành …":
                # a later paragraph under the heading gives the work to its body
                for c in content[1:]:
                    lead, partners = _sentence_roles(c)
                    if lead and re.search(r"\schủ trì\b", c[:200]):
                        t.lead, t.partners, t.timeframe = lead, partners, own_time(c)
                        break
                    if (said_by := subject_roles(c)) is not None:
                        _, t.lead, t.partners, t.timeframe = said_by
                        break
            tasks.append(t)
        elif heading is not None and not heading_used and not content:
            rest = _NUMBERED.match(heading.text)
            text = rest.group("title") if rest else heading.text
            lead, partners = _sentence_roles(text)
            # the roles in brackets closing it before those of a later sentence: "… (Giao X
            # chủ trì, phối hợp với Y; Z tham mưu)." is led by X, not by Z
            inline = ((item_roles(text) if _ROLE_BRACKET.search(text) or _GIVEN_BRACKET.search(text)
                       else None) or _inline_roles(text)) if not lead else None
            if lead:
                tasks.append(RawTask(heading.where, _heading_title(heading), [text], lead, partners))
                from_lone.append((len(tasks) - 1, _depth(heading.text)))
            elif inline is not None:
                title, lead, partners, said = inline
                tasks.append(RawTask(heading.where, title, [text], lead, partners,
                                     timeframe=own_time(said) if said else None))
                from_lone.append((len(tasks) - 1, _depth(heading.text)))
            elif rest is not None and "." in rest.group("num") and _SHAREABLE.match(text):
                # "1.1. Tổ chức nghiên cứu, tuyên truyền …" right before "1.2. …" and its
                # labels: a task of its own, with the labels of the next item of its level
                if _depth(heading.text) != sharing_depth:
                    sharing.clear()
                sharing.append(RawTask(heading.where, _heading_title(heading), [text]))
                sharing_depth = _depth(heading.text)
            elif (subj := subject_roles(text) or _listed_subject(text)) is not None:
                # "1. Các sở, ban, ngành …; UBND các huyện … tiếp tục tổ chức tuyên truyền …":
                # led by the subject its sentence opens on
                tasks.append(RawTask(heading.where, _heading_title(heading).rstrip(" .;"), [text],
                                     subj[1], subj[2], timeframe=subj[3]))
                from_lone.append((len(tasks) - 1, _depth(heading.text)))
            elif rest is not None and len(text.split()) >= 8 and not text.rstrip().endswith(":"):
                # a numbered item naming no lead, kept aside: a task if at least two items
                # of its level are (see the end)
                lone.append((len(tasks), _depth(heading.text),
                             RawTask(heading.where, _heading_title(heading).rstrip(" .;"), [text],
                                     timeframe=own_time(text), notes=[planflow.Worded.of(
                                         "an item among tasks that each name their lead, its "
                                         "own lead not read: a task of its own",
                                         "item_sibling_task")])))
        content, content_start, listed, last_item, item_at = [], None, [], None, 0

    paras = [it for it in section.items if isinstance(it, Para)]
    prose_level = _prose_level(section)
    prose_task = False  # the last task read is a numbered item of the prose level
    skip = -1
    awaiting_lead = False  # "- Cơ quan thực hiện:" with nothing after its colon
    awaiting_time = False  # "* Thời gian thực hiện:" with nothing after its colon
    for k, it in enumerate(paras):
        if k == skip:
            continue
        text = _unbracket(it.text)
        m = _LABEL.match(text)
        kind = _label_kind(m.group("label")) if m else None
        if awaiting_lead and group is not None and m is None and _BULLET.match(text) \
                and not _NUMBERED.match(text):
            # "- Cơ quan thực hiện:" over "+ Sở X chủ trì, phối hợp với Y …" / "+ Sở Z đăng tải
            # …": each item names a body that carries the task out (its part of it)
            item = _bullet_strip(text)
            lead, partners = _sentence_roles(item)
            if not lead and is_agency_start(item):
                lead = agency_heading(item) or []
            if lead:
                group.lead += [n for n in lead if n not in group.lead]
                group.partners += [n for n in partners if n not in group.partners + group.lead]
                continue
        if awaiting_time and group is not None and m is None and _BULLET.match(text) \
                and not _NUMBERED.match(text) and _PIECE_OF_TIME.match(piece := _bullet_strip(text)):
            # "* Thời gian thực hiện:" over "+ Đợt 1: Trong khoảng thời gian từ ngày … đến ngày
            # …." / "+ Đợt 2: …": the rounds are the task's time, listed
            piece = piece.rstrip(" .;")
            group.timeframe = f"{group.timeframe}; {piece}" if group.timeframe else piece
            continue
        awaiting_time = m is not None and kind == "timeframe" and not (m.group("value") or "").strip()
        awaiting_lead = m is not None and kind == "lead" and not (m.group("value") or "").strip()
        said = None
        if m is None and prose_level and _shape(text) == prose_level \
                and not (k + 1 < len(paras) and _LABEL.match(_unbracket(paras[k + 1].text))) \
                and (found := _item_said(paras, k)) is not None:
            said, took_next = found
            if took_next:
                skip = k + 1
                text = f"{text} {paras[k + 1].text}"
        if said is not None:
            # an item of the level that names its leads in prose: a task of its own, the
            # numbered heading above it a group of such tasks (its description and
            # "Các hoạt động chính:" the group's words, not a task)
            if heading is not None and not heading_used and group is None and content \
                    and not any(_sentence_roles(c)[0] for c in content):
                heading_used = True
                content, content_start, listed, last_item, item_at = [], None, [], None, 0
            close_heading()
            heading_used = True
            prose_task = _NUMBERED.match(text) is not None
            title, lead, partners, tf = said
            if tf is None and heading is not None:
                # "1. Từ ngày 04/02/2026:" / "- Ban Thường trực … họp …": the time heading's
                tf = _time_heading(heading.text)
            tasks.append(RawTask(it.where, title, [strip_marker(text)], lead, partners, timeframe=tf))
            if _NUMBERED.match(text):
                from_lone.append((len(tasks) - 1, _depth(text)))
            continue
        lm = _LETTERED.match(text) if m is None else None
        roles = item_roles(lm.group("title")) if lm is not None else None
        if roles is not None and lm is not None:
            # "a) Xây dựng … (Sở X chủ trì; hoàn thành trong Quý II/2026).": a task of its
            # own under the numbered heading, which groups such items
            close_heading()
            heading_used = True
            title, lead, partners, tf = roles
            tasks.append(RawTask(it.where, title, [lm.group("title")], lead, partners, timeframe=tf))
            continue
        if m is None and lm is None and heading is not None and heading_used and group is None \
                and not content and not _NUMBERED.match(text) \
                and (roles := item_roles(_bullet_strip(text))) is not None:
            # a paragraph naming its lead after lettered tasks under the same heading
            title, lead, partners, tf = roles
            tasks.append(RawTask(it.where, title, [_bullet_strip(text)], lead, partners, timeframe=tf))
            continue
        if _NUMBERED.match(text) and not m:
            close_heading()
            prose_task = False
            if sharing and _depth(text) != sharing_depth:
                sharing.clear()  # the level changed: no next item of theirs
            heading, heading_used = it, False
            heading_lead = standalone_agency(text)
            tail = _TRAILING_LABELS.search(text)
            if tail and label_pairs(tail.group("labels")):
                # "1. Tuyên truyền … (chủ trì: X; thời gian: tháng 6/2026)."
                heading = attrs.evolve(it, text=text[: tail.start()].rstrip())
                group = RawTask(it.where, "")
                fill_labels(group, label_pairs(tail.group("labels")))
            continue
        if m and kind != "content":
            if group is None:
                group = RawTask(it.where, "")
            fill_labels(group, label_pairs(text))
            continue
        if m and kind == "content" and group is not None:
            # "Nội dung: …" among a task's labels: its words, the labels go on
            pairs = label_pairs(text)
            if pairs and pairs[0][1].strip():
                content.append(_bullet_strip(pairs[0][1].strip()).rstrip(" ;"))
            fill_labels(group, pairs[1:])
            continue
        if m is None and (_BULLET.match(text) or _LETTERED.match(text)) \
                and (tail := _INLINE_TIME.search(text)) is not None \
                and (pairs := label_pairs(tail["labels"])):
            # "- Tổng hợp kết quả, gửi Bộ Y tế. Thời gian hoàn thành: Trước ngày 15/7/2026.":
            # an item closing with its own time label is a task of its own
            if group is not None:
                close_group()
            content.append(_bullet_strip(text[: tail.start()].rstrip()))
            content_start = content_start or it
            last_item = it
            listed.append(_shape(text))
            item_at = len(content) - 1
            group = RawTask(it.where, "")
            fill_labels(group, pairs)
            continue
        if group is not None:
            close_group()
        if m and kind == "content":
            pairs = label_pairs(text)
            value = pairs[0][1].strip() if pairs else (m.group("value") or "").strip()
            if value:
                content.append(_bullet_strip(value).rstrip(" ;"))
                content_start = content_start or it
            if len(pairs) > 1:
                # "Nội dung: …; Cơ quan chủ trì: X; Tiến độ: …" on one line
                group = RawTask(it.where, "")
                fill_labels(group, pairs[1:])
            continue
        if re.match(r"^[a-zđ][.)]\s", text) and not content and heading is not None:
            # a sub-heading "a) …" of the task: part of its content
            pass
        if prose_task and heading_used and m is None and _shape(text) not in ("", prose_level) \
                and (_LETTERED.match(text) or _BULLET.match(text)) and tasks:
            # an item under the numbered task above it, deeper than it (see finish_kids)
            kids.append((it, strip_marker(text)))
            continue
        if heading_used and prose_level and m is None and _shape(text) == prose_level \
                and not content and tasks and tasks[-1].where != it.where \
                and not (k + 1 < len(paras) and _LABEL.match(_unbracket(paras[k + 1].text))):
            # an item of the level whose other items are tasks (each naming its lead), under
            # the same heading, whose own lead is not read ("- Chủ đầu tư … san tạo mặt bằng
            # …"): a task of its own (else it would be lost), its lead left to say
            words = _bullet_strip(text)
            tasks.append(RawTask(it.where, words, [words], timeframe=own_time(words),
                                 notes=[planflow.Worded.of(
                                     "an item among tasks that each name their lead, its own "
                                     "lead not read: a task of its own", "item_sibling_task")]))
            continue
        if prose_task and m is None and lm is None and tasks and _shape(text) == "" \
                and (opened := _opening_body(text)) is not None:
            # "1. Các địa phương phát động …" then paragraphs "Bộ Quốc phòng, Bộ Công an huy
            # động …", "Về kinh phí: Các địa phương phải …": the numbered item runs on over
            # duties of the bodies each opens with, each a task of its own
            tasks.append(RawTask(it.where, _duty_title(text), [text], opened[1], opened[2],
                                 timeframe=opened[3]))
            continue
        content.append(_bullet_strip(text))
        content_start = content_start or it
        last_item = it if _BULLET.match(text) or _LETTERED.match(text) else None
        if last_item is not None:
            listed.append(_shape(text))
            item_at = len(content) - 1
    close_heading()
    # "2. Tiếp tục thực hiện tốt …" among numbered items of which at least two are tasks
    # naming their lead ("6. … (Giao Công an tỉnh chủ trì …)", "7. Thủ trưởng các sở …
    # có trách nhiệm: …"): a task of its own, its lead left to say (else it would be lost)
    levels = Counter(d for _, d in from_lone)
    kept = [(at, t) for at, d, t in lone if levels[d] >= 2]
    for shift, (at, t) in enumerate(kept):
        tasks.insert(at + shift, t)
    return tasks


# an item whose words only point to an appendix that lists its tasks
_TO_APPENDIX = re.compile(r"^[^.;]{0,120}?\b(?:được\s+xác\s+định|được\s+nêu|chi\s+tiết|được\s+giao)\s+"
                          r"(?:tại|theo|trong)\s+(?:biểu\s+)?Phụ\s+lục\b", re.I)


# a numbered heading over the dated duties of whoever it names: "1.5. Trách nhiệm của các
# đơn vị được kiểm kê:", "2.3. Nhiệm vụ của Tổ công tác"
_GROUP_HEAD = re.compile(r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+(?:của\s+)?\S", re.I)


def _opening_body(text: str) -> tuple[str, list[str], list[str], str | None] | None:
    """A paragraph that opens on the body doing it ("Bộ Xây dựng chỉ đạo …"), after a
    short label of its own ("Về kinh phí: Các địa phương phải …"): its subject's roles."""
    body = text.strip()
    if re.search(r"\./\.?\s*$", body):
        return None  # "Văn phòng Chính phủ thông báo để các cơ quan … biết, thực hiện./.": the close
    if (lab := _INLINE_LABEL.match(body)) is not None and not is_agency_start(lab["label"]):
        body = lab["rest"]
    if not is_agency_start(body):
        return None
    return subject_roles(body)


# a time label closing an item's sentence: "… gửi Bộ Y tế. Thời gian hoàn thành: Trước ngày 15/7/2026."
_INLINE_TIME = re.compile(r"(?<=[.;])\s+(?P<labels>(?:thời\s+gian|thời\s+hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?"
                          r"\s*:\s*\S.*)$", re.I)


# a time after the colon closing a step's words: "…: tháng 5/2026.", "…: từ ngày 01/3 đến 15/3/2026"
_COLON_TIME = re.compile(r":\s*(?P<tf>(?:trước|trong|từ|đến|tháng|quý|năm|ngày)\b[^:;]{1,50}?(?:19|20)\d\d)\s*[.;]?$",
                         re.I)


def _heading_title(p: Para) -> str:
    m = _NUMBERED.match(p.text)
    t = m.group("title") if m else p.text
    if (n := _NAMED_NUMBER.match(t)) is not None:
        t = t[n.end():]  # "Nhiệm vụ 1: Hoàn thiện hạ tầng số": the task's words
    t = t.strip().rstrip(":").strip()
    # a sentence's full stop is no part of a title ("1. Rà soát chính sách …." over its labels)
    return t[:-1].rstrip() if t.endswith(".") and not t.endswith("..") and not t.endswith("./.") else t


# a task or activity numbered by name: "Nhiệm vụ 1:", "Hoạt động 2.1.", "Giải pháp 3:"
_NAMED_NUMBER = re.compile(r"^(?:Nhiệm\s+vụ|Hoạt\s+động|Giải\s+pháp)\s+\d+(?:\.\d+)*\s*[:.]\s+(?=\S)")


# the words before a colon that make it a label's, not the end of an agency's heading:
# "1. Sở Y tế tổ chức tập huấn; thời gian: hằng năm"
_LABEL_BEFORE_COLON = re.compile(
    r"(?:thời\s+gian|thời\s+hạn|tiến\s+độ|sản\s+phẩm|kết\s+quả|kinh\s+phí|nguồn\s+kinh\s+phí"
    r"|(?:cơ\s+quan|đơn\s+vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)|chủ\s+trì|phối\s+hợp)"
    r"(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*$", re.I)


def heading_colon(text: str) -> int:
    """Where an agency heading's colon is in the first 120 characters ("Sở Y tế: …"), else
    -1; a label's colon inside the duty ("…; thời gian: hằng năm") is not it."""
    for m in re.finditer(":", text[:120]):
        if not _LABEL_BEFORE_COLON.search(text[: m.start()]):
            return m.start()
    return -1


# "1. Sở Nội vụ (cơ quan thường trực)", "2. PHÒNG KẾ HOẠCH - TÀI CHÍNH (cơ quan chủ trì):":
# the role in brackets after an agency heading is not part of the name
_AGENCY_ROLE = re.compile(r"\s*\((?:cơ quan|đơn vị)\s[^()]{1,40}\)(?=\s*:?\s*$)", re.I)
# "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the role after a dash neither
_AGENCY_DASH_ROLE = re.compile(r"\s+[-–]\s+(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|đầu mối|tham mưu)"
                               r"\b[^()]{0,60}?(?=\s*:?\s*$)", re.I)
# one body named two ways, as different provinces call it: "Sở Văn hóa, Thể thao và Du
# lịch/Sở Văn hóa và Thể thao tỉnh, thành phố …": the first name is the agency's
_TWO_NAMES = re.compile(r"^(?P<first>(?P<kind>Sở|Phòng|Ban|Cục|Chi cục|Trung tâm|Văn phòng)\s[^/]+?)\s*/\s*"
                        r"(?P=kind)\s")


# "chủ đầu tư xây dựng và kinh doanh hạ tầng", "chủ đầu tư xây dựng công trình": the kind of
# investor, "xây dựng" no verb there
_INVESTORS_KIND = re.compile(r"\s*xây\s+dựng\s+(?:và\s+)?(?:kinh\s+doanh|công\s+trình|hạ\s+tầng|dự\s+án"
                             r"|các\s+dự\s+án)\b", re.I)


def agency_heading(text: str) -> list[str] | None:
    """The agency a duty item is headed by ("Sở Y tế:", "1. Sở Y tế chỉ đạo …"), else None."""
    m = _NUMBERED.match(text)
    t = _AGENCY_LINE_WORDS.sub("", m.group("title") if m else text)
    if re.match(r"(?:người\s+đứng\s+đầu|thủ\s+trưởng|giám\s+đốc|chủ\s+tịch)\s", t):
        t = t[:1].upper() + t[1:]  # "1. Giao người đứng đầu các cơ quan …": the heads of bodies
    t = _AGENCY_DASH_ROLE.sub("", _AGENCY_ROLE.sub("", t))
    if t.replace("*", "").rstrip().endswith(":") and re.match(r"Để\s", t):
        # "5. Để nâng cao hiệu lực, hiệu quả …, các Sở, ngành, UBND cấp xã … triển khai những
        # nội dung sau:": the purpose before the bodies that head the duties (after the first
        # comma an agency's name follows)
        t = next((t[c.end():] for c in re.finditer(r",\s+", t[:300]) if is_agency_start(t[c.end():])), t)
    if (named := _CLASS_NAMED.match(t.rstrip(" :"))) is not None and (bodies := _listed_bodies(named[0])):
        return bodies  # "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):"
    if (listed := _kind_list(t.rstrip(" :"))) is not None and not listed[1]:
        # "1. Các Bộ: Công Thương, Giao thông vận tải, …:": each ministry named
        return listed[0]
    at = heading_colon(t)
    head = t[:at] if at >= 0 else t
    if _is_heading_title(head) and len(head) <= 120:
        head = sentence_case_list(head)  # "SỞ Y TẾ:" as "Sở Y tế"
    # "12. Các tổ chức, cá nhân và hộ gia đình khai thác … trên địa bàn có trách nhiệm": a
    # line closing on "có trách nhiệm" heads duties, a class of bodies named at length
    tailed = _AGENCY_LINE_TAIL.search(head) is not None
    head = _AGENCY_LINE_TAIL.sub("", head)
    if (two := _TWO_NAMES.match(head)) is not None:
        head = two["first"]
    if at < 0:
        # "2. Sở Tài chính đảm bảo kinh phí …", "4. Thanh tra tỉnh thành lập các đoàn …": the
        # name ends where what the agency does begins (its first verb), not at the colon
        pieces = [x.strip() for x in head[:200].split(";")]
        if len(pieces) > 1 and all(x and is_agency_start(x) and len(x.split()) <= 14
                                   and _VERBS.search(x) is None and _DUTY_VERB.search(f" {x} ") is None
                                   for x in pieces):
            # "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường": bodies
            # listed with ";", each a lead
            return [n for x in pieces for n in split_agencies(x)]
        head = _VERBS.sub("", pieces[0])
        for dv in (_DUTY_VERB.finditer(f" {head} ") if len(head.split()) > 8 else ()):
            # "Sở Y tế tổ chức khám …": a verb of the list ends a name of two words or more
            # ("các tổ chức cung cấp dịch vụ …", "… và các tổ chức chính trị" are names)
            cut = head[: max(dv.start() - 1, 0)].strip()
            if re.search(r"chủ\s+đầu\s+tư$", cut, re.I) and _INVESTORS_KIND.match(f" {head} "[dv.start():]):
                continue  # "Các chủ đầu tư xây dựng và kinh doanh hạ tầng …": their kind
            if re.search(r"\b(?:các|những)$", cut, re.I):
                break
            if re.search(r"\b(?:cơ\s+quan|đơn\s+vị)$", cut, re.I) and re.match(r"\s*tham\s+mưu\s*,", f" {head} "[dv.start():]):
                continue  # "các cơ quan tham mưu, quản lý nhà nước": advisory bodies, no verb
            if _DOER_KIND.search(cut) and _DOER_WORK.match(f" {head} "[dv.start():]):
                tailed = True  # (a class of bodies named at length, as before "có trách nhiệm")
                continue  # "… và đơn vị thực hiện dịch vụ vệ sinh môi trường": the body's kind
            if cut.endswith(",") and re.match(r"\s*,", head[dv.end() - 1:]):
                break  # "Các cơ quan, tổ chức, đơn vị …": a noun in a list of bodies, no verb
            if len(cut.split()) >= 2 and is_agency_start(cut):
                head = cut
            break
    # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm
    # là các tỉnh: …": what the bodies put first is not their name
    head = _FOCUS_AFTER_NAME.sub("", head)
    if not is_agency_start(head) or re.match(r"^(?:Các|các)\s+(?:chỉ tiêu|nội dung|hoạt động)", head):
        return None
    names = split_agencies(head[:200])
    if not names:
        return None
    if len(names[0].split()) > (26 if tailed else 18):
        return None
    return names


# "đơn vị thực hiện dịch vụ …", "nhà thầu thực hiện gói thầu": bodies named by the work they
# do (a name's words, not a duty's verb)
_DOER_KIND = re.compile(r"\b(?:đơn\s+vị|nhà\s+thầu|doanh\s+nghiệp)$", re.I)
_DOER_WORK = re.compile(r"\s*thực\s+hiện\s+(?:các\s+)?(?:dịch\s+vụ|dự\s+án|gói\s+thầu|công\s+trình|hợp\s+đồng)\b")


# ", trong đó trọng tâm là …", ", nhất là …", ", đặc biệt là …" after a class of bodies: the
# ones it puts first, not part of its name
_FOCUS_AFTER_NAME = re.compile(r",\s*(?:trong\s+đó(?:\s+(?:trọng\s+tâm|tập\s+trung|chủ\s+yếu|ưu\s+tiên))?"
                               r"(?:\s+là)?|nhất\s+là|đặc\s+biệt\s+là)\s.*$", re.I | re.S)
# words around an agency's name on the line that heads its duties: "Giao …", "Đề nghị …",
# "Trách nhiệm của …"; "… có trách nhiệm", "… thực hiện các nhiệm vụ sau"
# ("Lãnh đạo Ban Dân nguyện": the body's leaders name the body)
_AGENCY_LINE_WORDS = re.compile(r"^(?:Giao|Đề nghị|(?:Trách nhiệm|Nhiệm vụ)(?:\s+của)?"
                                r"|Lãnh đạo(?=\s+(?:Ban|Bộ|Sở|Ủy ban|Uỷ ban|Văn phòng|Cục)\s))\s+(?=\S)",
                                re.I)
_AGENCY_LINE_TAIL = re.compile(r"\s+(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|(?:thực hiện|xác định)"
                               r" (?:các|những) nhiệm vụ(?: trọng tâm)?(?: sau| cụ thể| sau đây)?)\s*:?\s*$",
                               re.I)
# "Để thể chế hóa …, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:": the purpose
# clause before the agency that heads the duties
_PURPOSE_FIRST = re.compile(r"^Để\s[^:;]{3,200}?,\s+(?=\S)")
# the first words of a duty written as a plain paragraph under an agency line
_DUTY_START = re.compile(r"^(?:Chủ trì|Phối hợp|Hướng dẫn|Tổ chức|Chỉ đạo|Quán triệt|Triển khai"
                         r"|Tham mưu|Xây dựng|Thực hiện|Theo dõi|Rà soát|Kiểm tra|Đôn đốc|Bố trí"
                         r"|Chủ động|Tăng cường|Đẩy mạnh|Tuyên truyền|Nghiên cứu|Cung cấp|Bảo đảm"
                         r"|Đảm bảo|Phát huy|Vận động|Ban hành|Căn cứ)\b")


def standalone_agency(text: str) -> list[str] | None:
    """The agency a line names when it is only that name ("Công an tỉnh:", "Sở Nội vụ",
    "1.2. Sở Tài chính"): a heading over that agency's duties, else None."""
    t = re.sub(r"^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s*", "", text.replace("*", "").strip())
    if t and _BULLET.match(t) and t.endswith(":"):
        t = _bullet_strip(t)  # "- UBND các xã, phường:" over its "+" items
    if not t or _BULLET.match(t):
        return None
    if _AGENCY_LINE_TAIL.search(t.rstrip(":.; ")):
        t = _PURPOSE_FIRST.sub("", t)
    t = _AGENCY_LINE_TAIL.sub("", _AGENCY_LINE_WORDS.sub("", t.rstrip(":.; ").strip()))
    t = _AGENCY_DASH_ROLE.sub("", _AGENCY_ROLE.sub("", t))
    if (listed := _listed_bodies(t)) is not None:
        return listed
    if not t or ":" in t or len(t.split()) > 16 or _DUTY_VERB.search(f" {t} ") is not None:
        return None
    names = agency_heading(t)
    if not names or sum(len(n) for n in names) < 0.6 * len(t):
        return None  # words besides the names: a sentence, not a heading
    return names


# "Các cơ quan quản lý ngành (gồm các Sở: Xây dựng, Công Thương, Tài chính)": the bodies a
# heading describes, listed in its brackets after their kind
_LISTED = re.compile(r"^(?P<desc>[^()]{3,120}?)\s*\((?:bao\s+)?gồm(?:\s+có)?\s*(?:các\s+)?"
                     r"(?P<kind>Sở|Phòng|Ban|Cục|Vụ)?\s*:?\s*(?P<list>[^()]{3,300})\)$", re.I)
# fields whose name holds "và" or a comma: one body, not two
_FIELDS_WITH_AND = (
    "Nông nghiệp và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
    "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Thông tin và Truyền thông", "Kế hoạch và Đầu tư",
    "Dân tộc và Tôn giáo", "Văn hóa và Thể thao", "Văn hóa, Thể thao và Du lịch",
    "Lao động, Thương binh và Xã hội", "Văn hóa, Khoa học và Thông tin", "Kinh tế, Hạ tầng và Đô thị")


# "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế X, …)": a class of
# bodies described, each of them named in full in the closing brackets (no "gồm")
_CLASS_NAMED = re.compile(r"^(?P<desc>(?:Các|Những)\s[^()]{3,120}?)\s*\((?P<list>[^()]{3,400})\)$")


def _listed_bodies(text: str) -> list[str] | None:
    """The bodies listed in a heading's closing brackets after "gồm" ("(gồm các Sở: Xây
    dựng, Nông nghiệp và Môi trường, Công Thương)" -> "Sở Xây dựng", …), or named in full
    there after a class of bodies ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý
    Khu Kinh tế X)"); else None."""
    m = _LISTED.match(text.strip())
    if m is None and (c := _CLASS_NAMED.match(text.strip())) is not None:
        named = [x.strip() for x in re.split(r"\s*[,;]\s*", c["list"].strip().rstrip(".;")) if x.strip()]
        # (each part a body's full name: "Sở …", "Ban quản lý …", never "Sở Tài chính chủ trì")
        if len(named) >= 2 and all(is_agency_start(x) and not re.match(r"(?:Các|các|Những)\s", x)
                                   and len(x.split()) <= 14 and _DUTY_VERB.search(f" {x} ") is None
                                   for x in named):
            return [clean_name(x) for x in named]
        return None
    if m is None or not is_agency_start(m["desc"]):
        return None
    rest = m["list"].strip().rstrip(".;")
    kind = m["kind"]
    kind = kind[:1].upper() + kind[1:].lower() if kind else None
    known = sorted(_FIELDS_WITH_AND, key=len, reverse=True)
    protected = rest
    for k, field in enumerate(known):
        protected = re.sub(re.escape(field), f"\0{k}\0", protected, flags=re.I)
    out: list[str] = []
    for part in re.split(r"\s*[,;]\s*|\s+và\s+", protected):
        part = re.sub(r"\0(\d+)\0", lambda g: known[int(g.group(1))], part).strip()
        if not part:
            continue
        if kind and not part.casefold().startswith(kind.casefold() + " "):
            part = f"{kind} {part}"
        if not is_agency_start(part):
            return None
        out.append(clean_name(part))
    return out if len(out) >= 2 else None


def _standalone_heads(section: Section) -> dict[int, list[str]]:
    """The section's agency lines that head bullets (by the paragraph's id)."""
    out: dict[int, list[str]] = {}
    items = [it for it in section.items if isinstance(it, Para)]
    for k, it in enumerate(items[:-1]):
        nxt = items[k + 1].text
        text = it.text
        if not (nxt.startswith(("-", "+", "•", "–")) or re.match(r"^[a-zđ][.)]\s", nxt)
                or _DUTY_START.match(nxt)
                # "**Công an tỉnh**" (a line with no number) over "1. Tăng cường …"
                or (re.match(r"^\d{1,2}[.)]\s", nxt) and _ANY_MARKER.match(text) is None)):
            continue
        if text.startswith(("-", "•", "–")) and nxt.startswith("+"):
            # "- Bộ Công Thương" over "+ …" items: a bullet naming only its agency
            text = _bullet_strip(text)
        names = standalone_agency(text)
        if names is None and re.match(r"^[a-zđ][.)]\s", nxt) and _ANY_MARKER.match(text) is None \
                and (directs := _DIRECTS.match(text.replace("*", "").strip())) is not None:
            # "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" over "a) …": the body directing
            # the lettered duties leads them
            names = standalone_agency(directs["who"])
        if names is None and nxt.startswith(("-", "+", "•", "–")) \
                and (role := _ROLE_HEADING.match(re.sub(r"^[a-zđ][.)]\s*", "", text.replace("*", "").strip()))) \
                and role["partners"]:
            # "a) Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan, địa phương:" over "- …": the
            # body that leads the bullets (a line of the heading's level, as "a) Sở X")
            names = standalone_agency(role["lead"])
        if names is not None:
            out[id(it)] = names
    return out


# a line saying which body directs which over the lettered duties: "Bộ Tài chính chỉ đạo Bảo
# hiểm xã hội Việt Nam:"
_DIRECTS = re.compile(r"^(?P<who>[^:;,.]{4,80}?)\s+chỉ\s+đạo\s+[^:;.]{2,120}:$")


# after the agency's name, a sentence that only asks for a report: "… định kỳ 6 tháng
# (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo kết quả thực hiện về Sở X …"
# (round 16) or passes the reports on: "3. Sở X tổng hợp, báo cáo UBND tỉnh trước ngày 15/12
# hằng năm.", "Sở X có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo …"
_REPORT_ONLY = re.compile(r"^(?P<who>[^.;:]{2,80}?)\s+(?:(?:định\s+kỳ\s+[^.;:]{0,80}?\s"
                          # "Sở X tham mưu UBND tỉnh báo cáo kết quả thực hiện về Bộ …" (round 16)
                          r"|tham\s+mưu\s+[^.;:]{2,40}?\s)?báo\s+cáo\s+"
                          r"(?:kết\s+quả|tình\s+hình)"
                          r"|(?:có\s+trách\s+nhiệm\s+)?(?:(?:theo\s+dõi|đôn\s+đốc|kiểm\s+tra)\s*,\s*)*tổng\s+hợp"
                          r"(?:\s+kết\s+quả(?:\s+thực\s+hiện)?)?\s*,?\s+báo\s+cáo\s+[^.;:]{2,80}?\s+"
                          r"(?:trước|chậm\s+nhất|định\s+kỳ|hằng|hàng)\b[^;:]*$)")


def agency_lines(section: Section) -> int:
    """How many of the section's agency headings name only the agency ("1. Sở Tài
    chính", "a) Công an tỉnh:", "- UBND các xã, phường:", "**Sở Y tế**") over its duties."""
    return len(_standalone_heads(section))


def duty_section(sections: list[Section]) -> Section | None:
    """The section that assigns duties agency by agency, if any.

    A "NHIỆM VỤ …" / "PHÂN CÔNG …" / "TRÁCH NHIỆM …" section whose numbered items are
    mostly headed by an agency wins over "TỔ CHỨC THỰC HIỆN".
    """
    ranked = []
    for s in sections:
        heads = [it for it in s.items if isinstance(it, Para) and _NUMBERED.match(it.text)
                 and not re.match(r"^\d+\.\d+", it.text)]
        agency = sum(1 for h in heads if agency_heading(h.text))
        if (len(heads) < 2 or agency * 2 < len(heads)) and not (s.fields and heads and agency == len(heads)):
            # (a letter's one request, "1. <the bodies asked>" / "a) …", is its duties)
            if not _lettered_heads(s) and len(_standalone_heads(s)) < 2:
                continue
        up = s.title.upper()
        # "I. NỘI DUNG CÔNG TÁC" whose numbered items are all headed by an agency (a
        # Chương trình's work items) comes after the sections above
        rank = 0.0 if re.search(r"NHIỆM VỤ|PHÂN CÔNG|TRÁCH NHIỆM", up) else (
            1.0 if "TỔ CHỨC THỰC HIỆN" in up else
            1.5 if re.match(r"^NỘI DUNG\b", up) and heads and agency == len(heads) else 2.0)
        ranked.append((rank, max(agency, len(_standalone_heads(s))), s))
    if not ranked:
        return None
    ranked.sort(key=lambda x: x[0])
    best = ranked[0]
    if best[0] == 1.0:
        # "II. NỘI DUNG THỰC HIỆN" assigning the work agency by agency under more headings
        # than "TỔ CHỨC THỰC HIỆN", which then only repeats who organises and reports:
        # the content's duties are the tasks
        content = [r for r in ranked if r[0] == 1.5 and r[1] > best[1]]
        if content:
            return content[0][2]
    return best[2] if best[0] < 2 else None


# a duty's own time closing its sentence: "…, hoàn thành trước ngày 20/3/2026."
_OWN_TIME = re.compile(
    r"[,;(:]\s*(?P<tf>(?:(?:hoàn\s+thành|xong|thực\s+hiện|báo\s+cáo(?:\s+kết\s+quả)?)\s+)?"
    # "…, thực hiện thường xuyên (, liên tục) trong năm 2026": ongoing over the year
    r"(?:thường\s+xuyên(?:\s*,?\s*liên\s+tục)?\s+)?"
    r"(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+trước)?|trong|đến\s+hết)\s+(?:ngày|tháng|quý|năm)\s*"
    r"[0-9IVX][^,;()]*?"
    # (round 16) "…, 06 tháng cuối năm 2026", "…, thời gian thực hiện: quý I, II/2026"
    r"|(?:(?:hoàn\s+thành|thực\s+hiện)\s+)?(?:0?[1-9]|1[0-2])\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?:19|20)\d\d"
    r"|(?:thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:\s*)?quý\s+[IVX1-4]+\s*,\s*[IVX1-4]+"
    r"\s*(?:/|năm)\s*(?:19|20)\d\d)\s*\)?[.;]?$",
    re.I,
)
# (round 16) "…, định kỳ ít nhất 02 lần/năm.", "…, trong suốt thời gian thực hiện Kế hoạch.",
# "…, từ tháng 5/2026 cho đến khi hoàn thành.", "…, từ năm 2027 trở đi."
_OWN_OPEN = re.compile(
    r"[,;(]\s*(?P<tf>(?:định\s+kỳ\s+)?(?:ít\s+nhất|tối\s+thiểu)\s+[^,;()]{2,40}?"
    r"|(?:thực\s+hiện\s+)?(?:trong\s+suốt|xuyên\s+suốt)\s+[^,;()]{3,60}?"
    r"|(?:(?:bắt\s+đầu|thực\s+hiện)\s+)?từ\s+(?:ngày|tháng|quý|năm)\s*[0-9IVX][^,;()]{0,30}?"
    r"\s+(?:cho\s+đến\s+khi\s+(?:hoàn\s+thành|kết\s+thúc)|trở\s+đi))\s*\)?[.;]?$", re.I)


# "…; phấn đấu đến cuối năm 2026 đạt 100%.": a target's time closing the duty (what it
# reaches then is no part of the time)
_OWN_TARGET = re.compile(
    r"[,;]\s*(?P<tf>phấn\s+đấu\s+(?:hoàn\s+thành\s+)?(?:trước|trong|đến(?:\s+hết|\s+cuối)?)\s+"
    r"(?:ngày|tháng|quý|năm)\s*[0-9IVX][^,;()]*?)(?:\s+(?:đạt|có|hoàn\s+thành)\b[^;()]*)?\s*[.;]?$", re.I)


# "…; báo cáo UBND tỉnh trước ngày 15/12/2026.": the time after a report's recipient
_OWN_REPORT_TIME = re.compile(
    r"[,;]?\s(?:báo\s+cáo(?:\s+kết\s+quả)?|gửi(?:\s+báo\s+cáo)?|trình)\s+[^,;]{2,80}?\s+(?P<tf>(?:trước|chậm\s+nhất"
    r"(?:\s+là)?)\s+ngày\s*[0-9]{1,2}\s*(?:[/.]\s*[0-9]{1,2}(?:\s*[/.]\s*[0-9]{4})?"
    r"|tháng\s*[0-9]{1,2}(?:\s*năm\s*[0-9]{4})?)"
    r"(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?)"
    r"(?:\s+(?:để|theo)\s[^;()]*)?\s*[./;]*$", re.I)


# "…, thời gian hoàn thành trước ngày 30/9/2026.", "…; thời hạn: quý III/2026"
_OWN_LABELLED_TIME = re.compile(
    r"[,;(]\s*(?:thời\s+(?:gian|hạn)|tiến\s+độ)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:?\s*"
    r"(?P<tf>[^,;():]{3,60}?)\s*\)?[.;]?$", re.I)
# "… thực hiện thường xuyên.", "… tổ chức hằng năm."
_OWN_CONTINUING = re.compile(r"\s(?P<tf>thường\s+xuyên|(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)"
                             r"(?:\s+theo\s+quy\s+định)?)\s*[.;]?$", re.I)


# "Báo cáo ngay với … khi phát sinh đơn thư …": a duty done when something happens (an event);
# so is one done when it is asked for (round harvest j): "… khi được Ủy ban nhân dân tỉnh
# giao.", "… theo yêu cầu của cấp có thẩm quyền." ("theo yêu cầu của Bộ Y tế" may say how the
# work is done, not when: not taken)
_OWN_WHEN = re.compile(r"\s(?P<tf>khi\s+(?:có|phát\s+sinh|xảy\s+ra|xuất\s+hiện)\s[^.;()]{2,100}?"
                       r"|khi\s+được\s+(?:[^.;(),]{2,60}?\s+)?(?:giao|yêu\s+cầu|phân\s+công)"
                       r"|theo\s+yêu\s+cầu\s+của\s+cấp\s+(?:có\s+thẩm\s+quyền|trên))\s*[.;]?$",
                       re.I)


# "Xây dựng Phương án đảm bảo an toàn … khi xảy ra các tình huống thiên tai": the "khi …"
# clause says what the plan drawn up is for, not when the duty is done
_DRAWS_UP_FOR = re.compile(r"^\s*(?:[-+•–]\s*)?(?:(?:Xây\s+dựng|Ban\s+hành|Lập|Soạn\s+thảo|Hoàn\s+thiện"
                           r"|Rà\s+soát|Chuẩn\s+bị)\s+(?:và\s+\S+\s+)?(?:các\s+|một\s+số\s+)?(?:phương\s+án"
                           r"|kịch\s+bản|kế\s+hoạch|quy\s+trình|quy\s+chế|cơ\s+chế|giải\s+pháp|biện\s+pháp))\b", re.I)


# "…, bắt đầu từ tháng 01/2026 cho đến tháng 6/2026.": a span closing the sentence
_OWN_SPAN = re.compile(
    r"[,;(]\s*(?P<tf>(?:(?:bắt\s+đầu|thực\s+hiện)\s+)?từ\s+(?:ngày|tháng|quý|năm)\s*[0-9IVX][^,;()]*?"
    r"\s+(?:cho\s+)?đến\s+(?:hết\s+)?(?:ngày|tháng|quý|năm)\s*[0-9IVX][^,;()]*?)\s*\)?[.;]?$", re.I)


# "… tổ chức đón khách (tháng 5/2026).", "(từ ngày 01/3 đến 15/3/2026)": a time alone in
# the brackets closing the sentence
_OWN_BRACKET_TIME = re.compile(r"\((?P<tf>(?:từ|trước|tháng|ngày|quý|năm|trong|đến)\b[^()]{1,60}?(?:19|20)\d\d)"
                               r"\)\s*[.;]?$", re.I)


_RECURRENCE_WORDS = r"(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)"
# "… về Sở Y tế hằng tháng, trước ngày 25.": the recurrence just before the day
_RECURRENCE_BEFORE = re.compile(rf"(?:^|\s)(?P<r>{_RECURRENCE_WORDS})\s*[,;]?\s*$", re.I)
# "Định kỳ hằng năm báo cáo … trước ngày 20 tháng 12.": the recurrence opening the sentence
_RECURRENCE_OPENING = re.compile(rf"^\s*(?P<r>{_RECURRENCE_WORDS}|định\s+kỳ\s+(?:0?[1-9]|1[0-2])\s+tháng)\b",
                                 re.I)
# "… định kỳ hằng năm báo cáo …" anywhere in the sentence: the duty's turn ("định kỳ" says
# it is the duty's, not a noun's "kế hoạch hằng năm")
_RECURRENCE_PERIODIC = re.compile(r"\b(?P<r>định\s+kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))\b", re.I)
_YEAR_OR_RULE = re.compile(rf"\b(?:19|20)\d\d\b|{_RECURRENCE_WORDS}", re.I)
# a report's turn in the duty ("báo cáo định kỳ 6 tháng, hàng năm") and the sentence after it
# that gives the reports' days ("Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và …")
_REPORT_TURN = re.compile(r"\bbáo\s+cáo\s+(?P<r>định\s+kỳ\s+(?:0?[1-9]|1[0-2])\s+tháng(?:\s*,\s*(?:hằng|hàng)\s+năm)?"
                          r"|định\s+kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))\b", re.I)
_REPORT_SENTENCE = re.compile(r"[.;]\s+Báo\s+cáo\b[^.;]*$")


# a duty opening with its own turn ("Định kỳ thứ Hai hàng tuần …", "Hằng tháng …")
_OPENING_TURN = re.compile(r"^\W*(?P<tf>(?:định\s+kỳ\s+)?(?:(?:vào\s+)?(?:ngày\s+)?thứ\s+(?:hai|ba|tư|năm|sáu|bảy)"
                           r"\s+)?(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm))\b", re.I)
# a later sentence of a duty whose subject is another body, after the scene it sets ("…,
# gửi Bộ Tài chính trước ngày 06/5/2026. Trên cơ sở đề xuất của các địa phương, Bộ Tài
# chính … trình Chính phủ trước ngày 10/5/2026."): that body's step, not the duty's time
_OTHER_ACTOR = re.compile(r"\.\s+(?:(?:Trên\s+cơ\s+sở|Căn\s+cứ|Sau\s+khi)\s[^.;]{3,200}?,\s+)?"
                          r"(?P<who>[A-ZĐÀ-Ỹ][^.;]{2,200})")


# markdown emphasis a scrape keeps around words: "**", "__" (bold), "*" (italic)
_EMPHASIS = re.compile(r"\*+|__")


def own_time(body: str) -> str | None:
    """The time phrase that closes a duty's sentence, if any; a day with no year keeps the
    recurrence the sentence names for it ("hằng tháng, trước ngày 25"; "Định kỳ hằng năm
    báo cáo … trước ngày 20 tháng 12"). A later sentence led by another body (after
    "Trên cơ sở …, ") is that body's step: the time is the one before it, when there is
    one. A scrape's emphasis marks inside the time ("năm 2025**.**", "định kỳ 6 **tháng, hàng
    năm**") are no part of its words."""
    body = _EMPHASIS.sub("", body)
    if (rec := _OPENING_TURN.match(body)) is not None and ";" in body[rec.end():] \
            and (tf := _closing_time(body)) is not None \
            and _OPENING_TURN.match(tf) is None and not _YEAR_OR_RULE.search(body[: body.index(";")][rec.end():]):
        # "Định kỳ thứ Hai hàng tuần tổng hợp …; xây dựng Báo cáo tổng thể …, trình … trước
        # ngày 06/7/2026": the turn opening the duty is its time; the day closing a later
        # clause is that clause's report (noted)
        return " ".join(rec["tf"].split())
    for m in _OTHER_ACTOR.finditer(body):
        if not is_agency_start(m["who"]):
            continue
        # the time closing the duty's own words, or one of their clauses ("…, gửi Bộ Tài
        # chính trước ngày 06/5/2026; chủ động …")
        mine = body[: m.start() + 1]
        for part in [mine, *re.split(r";\s+", mine)]:
            if (tf := _closing_time(part.rstrip(" .;") + ".")) is not None:
                return tf
        break
    return _closing_time(body)


def _closing_time(body: str) -> str | None:
    m = (_OWN_TIME.search(body) or _OWN_TARGET.search(body) or _OWN_REPORT_TIME.search(body)
         or _OWN_LABELLED_TIME.search(body)
         or _OWN_SPAN.search(body) or _OWN_OPEN.search(body) or _OWN_CONTINUING.search(body)
         or _OWN_BRACKET_TIME.search(body)
         or _OWN_LAST_DAY.search(body)
         or (_OWN_WHEN.search(body) if not _DRAWS_UP_FOR.match(body) else None))
    if m is None:
        return None
    tf = m["tf"].strip()
    if m.re is _OWN_BRACKET_TIME and re.match(r"(?:tháng|quý|năm|ngày)\b", tf, re.I) and (
            occasion := re.search(r"(?:hoàn\s+thành\s+)?trước\s+[^,;()\d]{2,60}?\s*$", body[: m.start()], re.I)):
        # "…, hoàn thành trước mùa mưa bão (tháng 9/2026).": before the occasion its brackets
        # date, not during the month they name
        tf = f"{occasion.group().strip()} ({tf})"
    if (stop := _NEXT_SENTENCE.search(tf)) is not None:
        # "…, hoàn thành trong quý IV năm 2026. Việc di dời thực hiện theo quy định …": the
        # time closes the duty's sentence; the sentence after it is not part of the time
        tf = tf[: stop.start()].strip()
    if _YEAR_OR_RULE.search(tf) or not re.match(r"(?:trước|chậm\s+nhất|vào|đến)\b", tf, re.I):
        return tf
    if (rb := _RECURRENCE_BEFORE.search(body[: m.start("tf")].rstrip(" ,;("))) is not None:
        return f"{rb['r']}, {tf}"
    if (ro := _RECURRENCE_OPENING.match(body)) is not None:
        return f"{ro['r']}, {tf}"
    said = [r for r in _RECURRENCE_PERIODIC.finditer(body[: m.start("tf")])
            if not re.search(r"[.;]\s", body[r.end(): m.start("tf")])]
    if said:
        # "…, định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Bộ X trước ngày 25 tháng
        # 12 để tổng hợp": the duty's turn said earlier in the same sentence
        return f"{' '.join(said[-1]['r'].split())}, {tf}"
    if (turn := _REPORT_TURN.search(body[: m.start("tf")])) is not None \
            and _REPORT_SENTENCE.search(body[: m.start("tf")]) is not None:
        # "Thực hiện báo cáo định kỳ 6 tháng, hàng năm …. Báo cáo 6 tháng gửi trước ngày 20
        # tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12 …": the days of the reports whose
        # turn the duty named (round harvest k)
        return f"{' '.join(turn['r'].split())}, {tf}"
    return tf


# "…, hạn cuối ngày 15 tháng 12 hàng năm (Lưu ý: không gửi văn bản giấy).": the last day
# closing the duty, a bracketed note after it aside
_OWN_LAST_DAY = re.compile(r"[,;]\s*(?P<tf>hạn\s+(?:cuối|chót)(?:\s+là)?\s+ngày\s*\d[^,;()]*?)\s*"
                           r"(?:\([^()]*\))?\s*[.;]?$", re.I)


# a new sentence inside what a closing-time pattern took ("… năm 2026. Việc …")
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐÀ-ỸẠ-Ỹ])")
_LETTER = re.compile(r"^[a-zđ][.)]\s*")


def _lettered_heads(section: Section) -> bool:
    """True when the agency headings are lettered ("a) Sở Tài chính:") under numbered
    headings that are not agencies ("2. Trách nhiệm cụ thể")."""
    numbered = [it for it in section.items if isinstance(it, Para) and _NUMBERED.match(it.text)
                and not re.match(r"^\d+\.\d+", it.text)]
    if sum(1 for h in numbered if agency_heading(h.text)) >= 2:
        return False
    lettered = [it.text for it in section.items if isinstance(it, Para) and _LETTER.match(it.text)]
    heads = [x for x in lettered if _letter_heading(x) is not None]
    return len(heads) >= 2 and len(heads) * 2 >= len(lettered)


def _letter_heading(text: str) -> list[str] | None:
    """The agency of a lettered heading ending its name with a colon ("b) Công an tỉnh:")."""
    body = _LETTER.sub("", text)
    if ":" not in body[:120]:
        return None
    return agency_heading(body)


def agency_tasks(section: Section) -> list[RawTask]:
    """One task per duty of a duty section: the agency heading's agency leads every duty
    beneath it ("- Phối hợp với …" included); a heading with no duty beneath it, or with
    its duty written after the colon, is one task."""
    tasks: list[RawTask] = []
    head: RawTask | None = None
    duties: list[RawTask] = []

    any_lettered = False  # "a) …" duties: their "- …" items are sub-items
    marker: str | None = None  # the bullet the duties under the heading use
    under_line = False  # the heading is an agency line (its duties are bullets)

    head_is_duty = False  # the heading's own sentence is a duty, its bullets more of them
    head_level: int | None = None  # the agency line's list level ("a)" 2, "-" 1), None if bare
    in_role = False  # under a role sub-heading ("a) Chủ trì, phối hợp với …"): bullets are duties
    role_partners: list[str] = []
    plus_under: str | None = None  # the dash leading into the "+" duties under it
    after_part = False  # under a numbered part of the heading ("2.1. Trách nhiệm chung")
    part_from = 0  # how many duties the heading had when that part began

    def close() -> None:
        nonlocal head, duties, any_lettered, under_line, marker, head_is_duty, in_role, role_partners
        nonlocal after_part, plus_under
        any_lettered = under_line = in_role = after_part = False
        plus_under = None
        role_partners = []
        marker = None
        if head is not None:
            if duties and head_is_duty:
                # "1. Các cơ quan, đơn vị căn cứ … xây dựng kế hoạch …; đề ra giải pháp …" over
                # "- Giới thiệu …" / "- Khen thưởng …": the sentence is the first duty
                tasks.append(attrs.evolve(head, title=_duty_title(head.content[0]) if head.content
                                          else head.title))
            if duties:
                tasks.extend(duties)
            else:
                tasks.append(head)
        head, duties, head_is_duty = None, [], False

    under_field = False  # the heading names a field of work (see Section.fields)
    by_letter = _lettered_heads(section)
    standalone = _standalone_heads(section)
    paras = [it for it in section.items if isinstance(it, Para)]
    following = {id(a): b.text for a, b in zip(paras, paras[1:], strict=False)}
    seen_sub = False  # a decimal sub-heading naming a field ("1.2. Hỗ trợ …") seen
    head_in_sub = False  # the agency line came under such a sub-heading (it ends there)
    for it in section.items:
        if isinstance(it, Table):
            continue
        text = it.text
        if _SUB_HEADING.match(text) and id(it) not in standalone and agency_heading(text) is None:
            if head_in_sub and under_line and head is not None and head_level is None:
                # "1.2. Hỗ trợ …" / "Ủy ban nhân dân các tỉnh:" / "a) …" / "1.3. Vệ sinh …": the
                # agency line's duties end at the next sub-heading of fields (not a part of them)
                close()
                head_in_sub = False
                continue
            seen_sub = seen_sub or not _part_heading(text, following.get(id(it), ""))
        if head is None and by_letter is False and _LETTER.match(text) \
                and (own := _led_item(it)) is not None:
            # "1.1. Hỗ trợ lương thực" / "a) Bộ Tài chính tiếp tục xuất cấp …": under a field
            # of work, a lettered duty opening on the body that does it
            tasks.append(own)
            continue
        if head is None and by_letter is False and seen_sub and _LETTER.match(text) \
                and not text.rstrip().endswith(":") and len(text.split()) >= 8:
            # "1.3. Vệ sinh môi trường" / "c) Bộ Y tế, … xuất cấp …" whose body is not read: a
            # task of its own, its lead left to say (else it would be lost)
            words = strip_marker(text)
            tasks.append(RawTask(it.where, _duty_title(words), [words], timeframe=own_time(words),
                                 notes=[planflow.Worded.of(
                                     "an item among tasks that each name their lead, its own "
                                     "lead not read: a task of its own", "item_sibling_task")]))
            continue
        if id(it) in standalone and not (_NUMBERED.match(text) and not re.match(r"^\d+\.\d+", text)
                                        and not by_letter):
            # "Công an tỉnh:", "**Sở Nội vụ**", "1.2. Sở Tài chính" on its own line: the
            # agency leads every bullet beneath it
            if head is not None and not duties and not head.content:
                head = None  # "1. Trách nhiệm của các cơ quan": a heading over agency lines
            close()
            marker = None
            names = standalone[id(it)]
            head = RawTask(it.where, clean_name(names[0]), lead=names, lead_from_heading=True)
            under_line = True
            head_level = _level(text)
            head_in_sub = seen_sub
            continue
        if under_line and head is not None and head_level is None and not by_letter \
                and (num := _NUMBERED.match(text)) is not None and agency_heading(text) is None \
                and ((not duties and marker is None and num["num"] == "1") or marker == "#"):
            # "**Công an tỉnh**" / "1. Tăng cường tuần tra …" / "2. …": the agency line's duties
            # numbered from 1 rather than bulleted (they were read as headings naming no body,
            # lost); a numbered line after its bullets still ends them
            text = f"- {strip_marker(text)}"
            marker = "#"
        level = _level(text)
        if under_line and head is not None and head_level is not None and level is not None \
                and head_level <= level <= 2:  # (a numbered line: the headings' own rules)
            # "a) Ủy ban nhân dân …" / "- …" then "b) Bộ Nội vụ rà soát …", or "- Bộ Công
            # Thương" / "+ …" then "- Ngân hàng Nhà nước rà soát …": a line at the agency
            # line's level ends its duties; one opening on its own agency is its own duty
            close()
            under_line = False
            if (own := _led_item(it)) is not None:
                tasks.append(own)
            continue
        if head is not None and duties and _ANY_MARKER.match(text) is None \
                and (bare_time := _BARE_TIME.match(text.replace("*", "").strip())) is not None:
            # "- Trên cơ sở dữ liệu …, bảo đảm thống nhất …." / "Thời gian hoàn thành trước ngày
            # 31 tháng 12 năm 2025.": the time sentence closing the bullet (its own line in the
            # scrape) is that duty's time, not a paragraph of its own (dropped before)
            duties[-1].content.append(text)
            if duties[-1].timeframe is None:
                duties[-1].timeframe = bare_time["tf"].strip()
            continue
        if under_line and head is not None and marker is not None and duties \
                and _ANY_MARKER.match(text) is None and following.get(id(it), "").startswith(marker) \
                and not _CLOSING.match(text) and agency_heading(text) is None:
            # "b) Sở Xây dựng" / "- Đánh giá … quy hoạch đô thị …" / "Khi đánh giá …, nội dung
            # thẩm định phải …" / "- …": a paragraph with no marker between the agency's bullets
            # is the bullet's own text; the bullets after it are still the agency's
            duties[-1].content.append(text)
            continue
        if under_line and head is not None and marker is not None and \
                not text.startswith(("-", "+", "•", "–")) and not text[:1].islower():
            close()  # the bullets under an agency line end at the next paragraph (itself
            under_line = False  # read as what it is: a heading, a duty, …)
            if not _NUMBERED.match(text) and not _CLOSING.match(text):
                own = _led_item(it)
                bare = re.sub(r"^(?:Ngoài\s+ra|Đồng\s+thời|Bên\s+cạnh\s+đó)\s*,\s*", "", text)
                lead, partners = _sentence_roles(bare) if own is None else ([], [])
                if own is None and lead:
                    # "Ngoài ra, Công an tỉnh chủ trì bảo đảm an ninh …": a duty naming its lead
                    own = RawTask(it.where, _duty_title(text), content=[text], lead=lead,
                                  partners=partners, timeframe=own_time(text))
                if own is not None:
                    tasks.append(own)
                    continue
        if by_letter and _NUMBERED.match(text):
            close()  # "2. Trách nhiệm cụ thể": a heading over the lettered agencies
            continue
        letter_head = _letter_heading(text) if by_letter and _LETTER.match(text) else None
        if letter_head is not None or (
                not by_letter and _NUMBERED.match(text) and not re.match(r"^\d+\.\d+", text)):
            close()
            name = letter_head or agency_heading(text)
            if name is not None and not letter_head and (rep := _REPORT_ONLY.match(_heading_title(it))) \
                    and is_agency_start(rep["who"]) and _DUTY_VERB.search(f" {rep['who']} ") is None:
                # "2. Các cơ quan, đơn vị định kỳ 6 tháng (trước ngày 15/6) … báo cáo kết quả
                # về Sở X": the plan's reporting duty (read as its report), not a task
                continue
            under_field = it.line in section.fields
            if name is not None and not letter_head and _ROLE_NAME.match(_heading_title(it)) \
                    and all(n.casefold() in ("cơ quan", "đơn vị") for n in name):
                # "3. Cơ quan chủ trì giải quyết thủ tục …" over "a) …", "4. Cơ quan phối hợp có
                # trách nhiệm trả lời …": duties given to a role, not to a body: no lead
                t = _heading_title(it)
                head = RawTask(it.where, _duty_title(t), content=[t])
                head_is_duty = text.replace("*", "").rstrip().endswith((".", ";"))
                continue
            if name is not None:
                t = (_LETTER.sub("", text).strip().rstrip(":").strip() if letter_head
                     else _heading_title(it))
                at = heading_colon(t)
                rest = t[at + 1:].strip() if at >= 0 else ""
                title = t[:at].strip() if at >= 0 else t
                lead, partners = _sentence_roles(title)
                head = RawTask(it.where, clean_name(title), content=[rest] if rest else [],
                               lead=lead or name, partners=partners, lead_from_heading=True,
                               # "4. Sở X tổng hợp …, gửi Y trước ngày 22.2.": the sentence
                               # is the duty, its closing time the duty's
                               timeframe=None if rest else own_time(title))
                if at < 0 and not letter_head and text.replace("*", "").rstrip().endswith((".", ";")) \
                        and _DUTY_VERB.search(f" {title} ") is not None \
                        and standalone_agency(title) is None and not _INTRO_TAIL.search(title):
                    # a sentence closed by its stop, not only a name ("2. Các Sở, ngành chủ trì,
                    # quản lý … các dự án" names who): if bullets follow, it is a duty of its own
                    head_is_duty = True
                    head.content.append(title)
                if rest and not _names_only(rest) and not text.replace("*", "").rstrip().endswith(":"):
                    # ("2. Các sở, ban, ngành: Là các đơn vị …, chịu trách nhiệm các nội dung
                    # sau:": words leading into the duties, kept as the heading's text)
                    duties.append(RawTask(it.where, _duty_title(rest), content=[rest],
                                          lead=list(head.lead), partners=list(head.partners),
                                          lead_from_heading=True, timeframe=own_time(rest)))
            continue
        if head is None:
            continue
        if _CLOSING.match(text) or _CLOSING_ASK.match(text):
            close()  # "Trên đây là Kế hoạch …": the plan's closing words, not a duty
            continue
        if _part_heading(text, following.get(id(it), "")):
            # "2. Các sở, ban, ngành:" / "2.1. Trách nhiệm chung" / "a) …" / "2.2. Trách nhiệm
            # cụ thể" / "a) …": a part of the heading's duties, titled, no duty itself; the
            # duties beneath are still the heading's
            any_lettered, marker, after_part, part_from = False, None, True, len(duties)
            continue
        if after_part and len(duties) == part_from and _ANY_MARKER.match(text) is None \
                and text.replace("*", "").rstrip().endswith(":"):
            head.content.append(text)  # "Ngoài các trách nhiệm chung nêu trên, … sau:": its lead-in
            continue
        if any_lettered and duties and _ANY_MARKER.match(text) is None and text[:1].isupper() \
                and label_pairs(text) == [] and standalone_agency(text) is None \
                and agency_heading(text) is None:
            # "b) Tổ chức lấy ý kiến …" / "Trường hợp các cơ quan … có ý kiến khác nhau, …": a
            # paragraph with no marker after a lettered duty is that duty's own text
            duties[-1].content.append(text)
            continue
        if duties and _ANY_MARKER.match(text) is None and len(tp := label_pairs(text)) == 1 \
                and tp[0][0] == "timeframe":
            # "1. Sở X" / "a) …" / "b) …" / "Thời gian thực hiện: Quý II/2026.": the time of
            # the agency's duties above it that state none
            said = _clean_value(tp[0][1])
            for d in duties:
                if d.timeframe is None:
                    d.timeframe = said
                    d.notes.append(planflow.Worded.of(
                        "the time '{time}' written after the duties of '{agency}' is read as "
                        "the time of each of them", "block_time", time=said,
                        agency=", ".join(head.lead)))
            continue
        if not duties and not head.content and not head_is_duty and head.lead_from_heading \
                and _continues_heading(text, following.get(id(it), "")):
            # "3. Đề nghị Ủy ban Mặt trận …, Hội Liên hiệp" / "Phụ nữ tỉnh và các tổ chức thành
            # viên" / "- …": a heading broken over two lines (two bold runs in a scrape)
            joined = f"{head.title} {text.rstrip(': ')}"
            lead, partners = _sentence_roles(joined)
            joined_names = lead or agency_heading(joined) or []
            if joined_names:
                head.title, head.lead = clean_name(joined), joined_names
                head.partners = partners or head.partners
                continue
        nxt = following.get(id(it), "")
        if _SUB_HEADING.match(text) and len(text.split()) <= 15 and _LETTER.match(nxt) \
                and _DUTY_VERB.search(f" {text} ") is None:
            continue  # "2.1. Các nội dung chung" over "a) …": a sub-heading of the items below
        if duties and _ANY_MARKER.match(text) is None and not text.rstrip().endswith(":") and (
                duties[-1].content and duties[-1].content[-1].rstrip().endswith(":")):
            # "a) Về kiểm điểm tập thể lãnh đạo, quản lý:" / "Thực hiện theo Mục III …": the
            # words the item's colon leads into
            duties[-1].content.append(text)
            continue
        if duties and _ANY_MARKER.match(text) is None and text.rstrip().endswith(":") \
                and len(text.split()) <= 12 and _ANY_MARKER.match(nxt) is not None:
            # "Một số vấn đề lưu ý:" / "(1) …": the words leading into the items below
            head.content.append(text)
            continue
        role = _role_line(text, nxt)
        if role is not None:
            # "a) Chủ trì, phối hợp với các sở, ngành …" / "b) Phối hợp với …" over "- …"
            # bullets: a sub-heading saying how the agency works; each bullet is its duty,
            # led by the agency, with the bodies named as partners
            role_partners = _sentence_roles(f"{head.title} chủ trì, phối hợp với {role}")[1] if role else []
            any_lettered, marker, in_role = False, None, True
            continue
        if in_role and not text.startswith(("-", "+", "•", "–")) and not text[:1].islower():
            in_role, role_partners = False, []
        if not duties and not head.content and not head_is_duty and head.lead_from_heading \
                and (joined_duty := _name_goes_on(head.title, text)) is not None:
            # "3. Bộ Chỉ huy" / "Quân sự tỉnh chủ trì, phối hợp với …": the agency's name broken
            # over the line, its sentence the duty
            lead, partners = _sentence_roles(joined_duty)
            head.title, head.lead, head.partners = clean_name(lead[0]), lead, partners
            text = joined_duty
        lettered = re.match(r"^[a-zđ][.)]\s", text) is not None
        body = re.sub(r"^[a-zđ][.)]\s*", "", _bullet_strip(text))
        if lettered:
            any_lettered = True
        if marker is None and text[:1] in "-+•–" and text[:1]:
            marker = text[:1]
        sub = (text.startswith("+") and marker != "+") or (
            text.startswith(("-", "•")) and any_lettered)
        lead_in = any_lettered and not lettered and _shape(text) == "" and text.rstrip().endswith(":") \
            and following.get(id(it), "").startswith(("-", "+", "•", "–"))
        # "c) Kết thúc hoạt động …" / "Phương án bố trí … theo hướng:" / "- …": the lettered
        # duty's second paragraph leading into its bullets, not a duty of its own
        if text.startswith("+") and marker == "-" and duties and not any_lettered and (
                plus_under is not None or (
                    duties[-1].content == [duties[-1].content[0]] and duties[-1].where != it.where
                    and _LEADS_INTO_DUTIES.search(duties[-1].content[0].rstrip())
                    and len(duties[-1].content[0]) <= 160)):
            # "- Nghiên cứu, tham mưu Lãnh đạo Bộ:" / "+ Các chính sách …" / "+ Kiên quyết cắt
            # giảm …": a dash that only leads into its "+" items; each item is a duty of the
            # heading's body, the dash's words its first line
            if plus_under is None:
                plus_under = duties.pop().content[0]
            duties.append(RawTask(it.where, _duty_title(body), content=[plus_under, body],
                                  lead=list(head.lead), partners=list(head.partners),
                                  lead_from_heading=True, timeframe=own_time(body)))
            continue
        if not text.startswith("+"):
            plus_under = None
        if (sub or lead_in or (body[:1].islower() and not lettered)) and duties:
            pairs = label_pairs(_bullet_strip(text))
            if len(pairs) == 1 and pairs[0][0] == "timeframe" and duties[-1].timeframe is None:
                # "- Tham mưu …" / "+ Thời gian: Quý II/2025.": the duty's time
                duties[-1].timeframe = _clean_value(pairs[0][1])
                continue
            duties[-1].content.append(body)  # a sub-item of the duty above, or its rest
            continue
        if not body:
            continue
        if not duties and not lettered and text[:1] not in "-+•–" and body.rstrip().endswith(":"):
            # "Chủ trì, phối hợp với … tham mưu Ủy ban nhân dân cấp tỉnh:" over the lettered
            # duties: the words leading into them, not a duty
            head.content.append(body)
            if _SPELLED_OUT.fullmatch(body.strip()):
                # "3. Các bộ, ngành … tổ chức thực hiện … phụ trách." / "Cụ thể:" / "- …": the
                # sentence is said in full by the bullets after "Cụ thể": no duty of its own
                head_is_duty = False
            continue
        lead, partners = list(head.lead), list(role_partners if in_role else head.partners)
        notes: list[str] = []
        own_lead, own_partners = _sentence_roles(body)
        if not own_lead and re.match(r"(?:Đề\s+nghị|Giao)\s", body) and (asked := subject_roles(body)) is not None:
            # "Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND và UBND xã phối hợp …" after an
            # agency's duties: a request to other bodies, led by them; "b) Giao Thanh tra
            # thành phố tổ chức thanh tra …" under "Giám đốc Sở, Thủ trưởng cơ quan, ban,
            # ngành": the duty given to the body it names
            own_lead, own_partners = asked[1], asked[2]
        if not own_lead and under_field and is_agency_start(body) and (subj := subject_roles(body)) is not None:
            # "1. Về triển khai …" (the addressees' duties) / "(2) Chủ tịch Ủy ban nhân dân xã
            # … xem xét, quyết định …": the duty's own subject does it
            own_lead, own_partners = subj[1], subj[2]
        if not own_lead and under_field and (lab := _INLINE_LABEL.match(body)) is not None \
                and not is_agency_start(lab["label"]) and is_agency_start(lab["rest"]) \
                and (subj := subject_roles(lab["rest"])) is not None:
            # "- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo …" under a field of work: after
            # the duty's own short label, its subject does it
            own_lead, own_partners = subj[1], subj[2]
        if not own_lead and (pm := _PARTNERS_BEFORE_VERB.match(body)) is not None \
                and is_agency_start(pm["p"]):
            # "- Phối hợp với Sở Tài chính bố trí kinh phí …", "- Chủ trì, phối hợp với X …"
            # under the agency's heading: the bodies it works with are the duty's partners
            partners = [*partners, *(n for n in split_agencies(pm["p"]) if n not in partners)]
        if own_lead and head.lead and {dedup_key(n) for n in own_lead} != {dedup_key(n) for n in head.lead}:
            # "9. Ủy ban nhân dân cấp xã" / "- Ủy ban nhân dân phường X chủ trì, phối hợp với …":
            # the duty names the body that leads it, narrower than (or other than) the heading's
            lead, partners = own_lead, own_partners or partners
            notes.append(planflow.Worded.of(
                "the duty names its own lead ('{lead}' chủ trì) under the heading of '{heading}': "
                "read as led by it", "duty_own_lead", lead=", ".join(own_lead),
                heading=", ".join(head.lead)))
        duties.append(RawTask(it.where, _duty_title(body), content=[body], lead=lead,
                              partners=partners, lead_from_heading=not notes,
                              timeframe=own_time(body), notes=notes))
    close()
    return tasks


# a sentence that only times the duty above it, no colon: "Thời gian hoàn thành trước ngày 31
# tháng 12 năm 2025.", "Thời gian thực hiện hoàn thành xong trước ngày 05/12/2025."
_BARE_TIME = re.compile(r"^Thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|xong))*\s+"
                        r"(?P<tf>(?:trước|trong|chậm\s+nhất|đến|vào)\s+(?:ngày|tháng|quý|năm)\s*[0-9IVX][^;:()]{0,60}?)"
                        r"\s*[.;]?$", re.I)


# a duty's short label before a colon ("Báo cáo tháng: …", "Báo cáo 6 tháng, cả năm: …")
_INLINE_LABEL = re.compile(r"^(?P<label>[^:;.()]{3,40}):\s+(?P<rest>\S.*)$", re.S)


# "a) Chủ trì, phối hợp với các sở, ngành, UBND các xã", "b) Phối hợp với các sở, ngành":
# how the agency above works, over the bullets of its duties
_ROLE_LINE = re.compile(r"^(?:[a-zđ][.)]\s*)?(?:Chủ\s+trì\s*,\s*phối\s+hợp|Phối\s+hợp)\s+với\s+(?P<who>.+?)\s*:?$")
# "a) Chủ trì:", "b) Phối hợp:", "- Nhiệm vụ chủ trì:", "Các nhiệm vụ phối hợp:" over bullets
_BARE_ROLE_LINE = re.compile(r"^(?:[a-zđ][.)]\s*|[-+•–]\s*)?(?:(?:Các\s+)?nhiệm\s+vụ\s+)?(?:chủ\s+trì"
                             r"(?:\s+thực\s+hiện)?|phối\s+hợp(?:\s+thực\s+hiện)?)\s*:$", re.I)


# a role a Chỉ thị gives duties to, no body: "Cơ quan chủ trì …", "Cơ quan phối hợp …",
# "Đơn vị được lấy ý kiến …", "Cơ quan đăng ký đầu tư …"
_ROLE_NAME = re.compile(r"^(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|phối\s+hợp|đăng\s+ký|được\s+(?:lấy\s+ý\s+kiến"
                        r"|giao|phân\s+công)|thẩm\s+định|tiếp\s+nhận|đầu\s+mối|thường\s+trực|tham\s+mưu)\b", re.I)


# the words a titled part of an agency's duties opens with: "2.1. Trách nhiệm chung",
# "2.2. Nhiệm vụ cụ thể"
_PART_TITLE = re.compile(r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ|Nội\s+dung|Yêu\s+cầu)\b", re.I)


def _part_heading(text: str, after: str) -> bool:
    """True for a numbered part under an agency heading that only titles the duties beneath
    it ("2.1. Trách nhiệm chung", "2.2. Nhiệm vụ cụ thể"; or a short title over lettered or
    bulleted items): a few words, no stop, no duty verb opening it, no body named."""
    m = re.match(r"^\d+\.\d+(?:\.\d+)*\.?\s+(?P<title>\S.*)$", text.replace("*", "").strip())
    if m is None:
        return False
    title = m["title"].rstrip(": ")
    if len(title.split()) > 10 or title.endswith((".", ";")) or ":" in title or _DUTY_START.match(title) \
            or _DUTY_VERB_OPEN.match(title) or agency_heading(title) is not None:
        return False
    return _PART_TITLE.match(title) is not None or re.match(r"^(?:[a-zđ][.)]\s|[-+•–]\s)", after) is not None


# a duty's verb opening a title ("Tổ chức tập huấn", "Xây dựng kế hoạch"): a duty, not a part
_DUTY_VERB_OPEN = re.compile(r"^\s*(?:" + _TASK_VERBS + r")\b", re.I)


def _role_line(text: str, after: str) -> str | None:
    """The bodies named by a role sub-heading over bullets ("a) Chủ trì, phối hợp với các
    sở, ngành …" then "- …"): only names after "với" (no duty verb, no closing stop);
    else None."""
    t = text.replace("*", "").strip()
    if _BARE_ROLE_LINE.match(t) and after.replace("*", "").lstrip().startswith(("-", "+", "•", "–")):
        return ""  # "a) Chủ trì:" / "b) Phối hợp:" over bullets: no bodies named
    m = _ROLE_LINE.match(t)
    if m is None or t.endswith((".", ";")) or not after.replace("*", "").lstrip().startswith(("-", "+", "•", "–")):
        return None
    who = m["who"]
    if len(who.split()) > 30 or _DUTY_VERB.search(f" {who} ") is not None:
        return None
    return who


_CLOSING = re.compile(r"^(?:Trên đây là|Yêu cầu (?:các|Thủ trưởng)|Trong quá trình (?:tổ chức |triển khai )?thực hiện"
                      # "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.": a
                      # letter's last words urging the whole of it, no duty of their own
                      r"|Đề nghị (?:các|Thủ trưởng)[^.;:]{0,100}\b(?:khẩn trương|nghiêm túc)[^.;:]{0,40}"
                      r"\bthực hiện\s*(?:\./\.|\.)?\s*$)")
# a dash leading into "+" duties: it asks for advice or proposals to someone and stops at
# its colon ("- Nghiên cứu, tham mưu Lãnh đạo Bộ:", "- Đề xuất UBND tỉnh:", "- Chủ trì, phối
# hợp với các sở, ngành tham mưu UBND tỉnh:", its partners named first); never one
# listing things ("- Lập hồ sơ …, bao gồm:", "… các nội dung sau:")
_LEADS_INTO_DUTIES = re.compile(r"^(?:[^:]{0,40}\s|(?:Chủ\s+trì|Phối\s+hợp)\b[^:]{0,120}\s)?(?:tham\s+mưu|đề\s+xuất|kiến\s+nghị|trình)\s+(?!các\s|những\s)"
                                r"[^:,;]{2,60}(?<!gồm)(?<!sau)(?<!sau đây)(?<!cụ thể)(?<!như sau):$", re.I)
# a letter's closing sentence asking every unit to carry it out, after its grounds or its
# issuer ("Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành … triển khai thực hiện./.", "Bộ X
# yêu cầu các đơn vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện./."): no marker
_CLOSING_ASK = re.compile(r"^(?!\d|[a-zđ][.)]|[-+•–])[^;:]{0,120}?\byêu\s+cầu\s+(?:các|Thủ\s+trưởng|Giám\s+đốc)\s"
                          r"[^;:]*\b(?:triển\s+khai|thực\s+hiện)\b[^;:]*$")
# a heading sentence that only announces the duties below it ("… thực hiện các nội dung
# sau", "… cụ thể như sau", "… gồm")
# a line alone saying the bullets after it spell out the sentence before it
_SPELLED_OUT = re.compile(r"(?:Cụ\s+thể|Cụ\s+thể\s+như\s+sau|Cụ\s+thể\s+là|Trong\s+đó|Như\s+sau)\s*:", re.I)
_INTRO_TAIL = re.compile(r"(?:sau|sau đây|như sau|cụ thể|gồm|bao gồm|các nội dung|các nhiệm vụ)\s*[:.]?$",
                         re.I)


def _continues_heading(text: str, after: str) -> bool:
    """True when ``text`` goes on with the agency heading above it: a short line with no
    marker, no duty verb and no closing stop, followed by the heading's first duty (a
    bullet or a lettered item)."""
    t = text.replace("*", "").strip()
    return bool(t) and t[:1].isupper() and not _ANY_MARKER.match(t) and len(t.split()) <= 14 \
        and not t.endswith((".", ";")) and not _DUTY_START.match(t) and not _CLOSING.match(t) \
        and not any(not re.search(r"\b(?:các|những)$", t[: v.start()].strip(), re.I)
                    for v in _DUTY_VERB.finditer(f" {t} ")) \
        and (after.startswith(("-", "+", "•", "–")) or re.match(r"^[a-zđ][.)]\s", after) is not None)


# "Quân sự tỉnh chủ trì, …": capitalised words going on with a name, then the role
_NAME_TAIL_ROLE = re.compile(r"^(?P<run>[^\W\d_a-zđ]\w*\s+(?:\w+,?\s+){0,3}?)(?:chủ\s+trì|phối\s+hợp|chịu\s+trách"
                             r"\s+nhiệm|có\s+trách\s+nhiệm|thực\s+hiện|tham\s+mưu)\b")


def _name_goes_on(heading: str, text: str) -> str | None:
    """The whole duty sentence when ``text`` opens with the rest of the agency name of the
    heading above it ("3. Bộ Chỉ huy" / "Quân sự tỉnh chủ trì, phối hợp …"): the sentence
    read from the heading on names as its lead a longer name that holds the line's first
    words; else None."""
    t = text.replace("*", "").strip()
    m = _NAME_TAIL_ROLE.match(t)
    if m is None or _ANY_MARKER.match(t) or not heading or heading.rstrip().endswith((":", ".", ";")):
        return None
    joined = f"{heading.strip()} {t}"
    lead, _ = _sentence_roles(joined)
    if len(lead) != 1 or not lead[0].casefold().endswith(m["run"].strip(" ,").casefold()) \
            or len(lead[0]) <= len(heading.strip()):
        return None
    return joined


def _names_only(text: str) -> bool:
    """Words after an agency heading's colon that only list names ("Gia Thuận, Tân Điền")."""
    words = [w for w in re.split(r"[\s,;]+", text.rstrip(".")) if w]
    return bool(words) and all(w[:1].isupper() for w in words)


def _level(text: str) -> int | None:
    """A line's list level: "1." 3, "a)" 2, "-" 1, "+" 0; None with no marker."""
    if _NUMBERED.match(text) and not re.match(r"^\d+\.\d+", text):
        return 3
    if re.match(r"^[a-zđ][.)]\s", text):
        return 2
    if text.startswith(("-", "•", "–")):
        return 1
    return 0 if text.startswith("+") else None


def _led_item(it: Para) -> RawTask | None:
    """A list item opening on its agency and a duty ("b) Bộ Nội vụ rà soát …", "- Ngân
    hàng Nhà nước Việt Nam rà soát …") as its task, led by that agency; else None."""
    body = re.sub(r"^[a-zđ][.)]\s*", "", _bullet_strip(it.text)).strip()
    names = agency_heading(body)
    if not names or _DUTY_VERB.search(f" {body} ") is None or standalone_agency(body) is not None:
        return None
    return RawTask(it.where, _duty_title(body), content=[body], lead=names,
                   lead_from_heading=True, timeframe=own_time(body))


def _duty_title(text: str) -> str:
    """A duty's title: its first sentence (or clause), not cut inside a word; a duty written
    after its body's name and a colon ("Sở Tài chính: tham mưu bố trí kinh phí …") is titled
    by its words, not by the name."""
    # (also "Đề nghị các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường: rà soát …")
    named = re.match(r"^(?:(?:Đề\s+nghị|Giao)\s+)?([^:;.]{2,120}|(?<=\s)[^:.]{2,400}):\s+(\S.*)$", text)
    if named is not None and is_agency_start(named[1].strip()) \
            and _DUTY_VERB.search(f" {named[1]} ") is None:
        rest = named[2]
        text = rest[:1].upper() + rest[1:]
    first = re.split(r"(?<=[.;:])\s", text, maxsplit=1)[0].rstrip(".;: ")
    if len(first) > 160:
        first = first[:160].rsplit(" ", 1)[0] + "…"
    return first


def items_text(section: Section) -> list[tuple[Para, str]]:
    """The section's paragraphs without list markers (sub-headings included)."""
    return [(it, strip_marker(it.text)) for it in section.items if isinstance(it, Para)]


# the verbs a duty sentence starts with after its agency ("Sở Nội vụ hướng dẫn …")
_DUTY_VERB = re.compile(
    r"\s(?:chủ\s+trì|phối\s+hợp|hướng\s+dẫn|căn\s+cứ|tiếp\s+tục|phân\s+công|tham\s+mưu|chỉ\s+đạo"
    r"|xây\s+dựng|tổ\s+chức|triển\s+khai|thực\s+hiện|phát\s+huy|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|theo\s+dõi"
    r"|rà\s+soát|kiểm\s+tra|đôn\s+đốc|bố\s+trí|chủ\s+động|tăng\s+cường|đẩy\s+mạnh|quán\s+triệt"
    r"|ban\s+hành|cung\s+cấp|bảo\s+đảm|đảm\s+bảo|vận\s+động|tuyên\s+truyền|nghiên\s+cứu"
    r"|cập\s+nhật|mở|đăng\s+tải|biên\s+tập|tổng\s+hợp|lồng\s+ghép|giám\s+sát|phổ\s+biến)\b"
)


# "- Sở Tài chính: Bố trí kinh phí …": a bullet naming its body before a colon, its duty after
_DASH_HEAD = re.compile(r"^(?P<mark>[-•–])\s*(?P<name>[^:;.()]{3,100}?)\s*:\s+(?P<rest>\S.*)$")


def split_dash_heads(section: Section) -> Section:
    """A section of bullets each naming the body that does it before a colon ("- Sở Nông
    nghiệp và Môi trường: Chủ trì tham mưu …", "- UBND các xã, phường: Rà soát …"; at least
    two, most of its bullets) with each bullet cut in two: the body alone on its line (an
    agency line, heading the duty) and the duty as its bullet. Any other section as it is."""
    paras = [it for it in section.items if isinstance(it, Para)]
    if any(_LABEL.match(strip_marker(p.text)) for p in paras):
        return section  # (a section of labelled tasks: "+ Sở X: …" items name their leads there)
    bullets = [p for p in paras if p.text[:1] in "-•–"]
    heads: dict[int, re.Match[str]] = {}
    for p in bullets:
        m = _DASH_HEAD.match(p.text.strip())
        if m is None or _LABEL.match(strip_marker(p.text)) or len(m["name"].split()) > 14 \
                or _DUTY_VERB.search(f" {m['name']} ") or standalone_agency(f"{m['name']}:") is None:
            continue
        heads[id(p)] = m
    if len(heads) < 2 or 2 * len(heads) < len(bullets) \
            or len({heads[k]["name"].casefold() for k in heads}) < 2:
        return section
    items: list[Para | Table] = []
    for it in section.items:
        m = heads.get(id(it)) if isinstance(it, Para) else None
        if m is None:
            items.append(it)
            continue
        assert isinstance(it, Para)
        items.append(Para(it.where, it.line, f"{m['name']}:", it.parts))
        rest = m["rest"][:1].upper() + m["rest"][1:]  # ("…: chủ trì xây dựng …" a sentence)
        items.append(Para(it.where, it.line, f"{m['mark']} {rest}", it.parts))
    return attrs.evolve(section, items=tuple(items))


# a time that names its year (or a day and month of one): a dated time, not "thường xuyên"
_YEARED = re.compile(r"\b(?:19|20)\d\d\b")


def timed_items(section: Section) -> list[RawTask]:
    """The list items of a content section ("1. Tổ chức quán triệt …, hoàn thành trong
    tháng 3/2026.", "2. Các chi bộ trực thuộc tổ chức đại hội …, hoàn thành trước ngày
    30/4/2026.") that each close with a dated time of their own, as tasks, when at least
    two do and they are most of its items: led by the body their sentence opens on, else
    by nobody (the issuer's own work, said); [] otherwise."""
    items = [it for it in section.items if isinstance(it, Para) and _ANY_MARKER.match(it.text)
             and not it.text.rstrip().endswith(":") and len(it.text.split()) >= 6]
    out: list[RawTask] = []
    for it in items:
        body = strip_marker(it.text)
        tf = own_time(body)
        if tf is None or not _YEARED.search(tf):
            continue
        said = subject_roles(body)
        out.append(RawTask(it.where, _duty_title(body), [body], lead=said[1] if said else [],
                           partners=said[2] if said else [], timeframe=tf))
    return out if len(out) >= 2 and 3 * len(out) >= 2 * len(items) else []


def agency_bullets(section: Section, plain: bool = False) -> list[RawTask]:
    """One task per bullet written "X hướng dẫn …" ("- Sở Nội vụ hướng dẫn khen thưởng …",
    "- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh … phát huy …"): the agency X before the first
    duty verb leads it. For a section with no agency headings ("Trách nhiệm thực hiện").
    ``plain``: paragraphs with no bullet too ("Đài Phát thanh … xây dựng chuyên mục …")."""
    tasks: list[RawTask] = []
    for it in section.items:
        if not isinstance(it, Para):
            continue
        bulleted = it.text.startswith(("-", "+", "•", "–"))
        if not bulleted and not (plain and it.text[:1].isupper()):
            continue
        if _CLOSING.match(_bullet_strip(it.text)):
            break
        text = _bullet_strip(it.text)
        # "UBND tỉnh có ý kiến như sau: Sở X chủ trì …": the words after the preface
        text = re.sub(r"^[^:]{0,80}\bnhư\s+sau\s*:\s*", "", text) if not bulleted else text
        # a plain paragraph may hold several duties, one per clause ("…; từ ngày 5 đến ngày
        # 10 hằng tháng, Phòng X kiểm tra …"); a clause naming no agency goes on the last
        clauses = re.split(r";\s+", text) if not bulleted else [text]
        mine: list[RawTask] = []
        for clause in clauses:
            task = _agency_clause(it, clause, bulleted)
            if task is not None:
                mine.append(task)
            elif mine:
                mine[-1].content[-1] += "; " + clause
                mine[-1].timeframe = mine[-1].timeframe or own_time(mine[-1].content[-1])
            else:
                break
        tasks += mine
    return tasks


# "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị …": a time opening the clause
_LEADING_TIME = re.compile(
    r"^(?P<tf>(?:định\s+kỳ\s+)?(?:từ|trước|trong|hằng|hàng|chậm\s+nhất|đến|vào)\s[^,;]{3,60}?)"
    r"\s*,\s*(?P<rest>\S.+)$", re.I)


def _agency_clause(it: Para, clause: str, bulleted: bool) -> RawTask | None:
    """The duty a clause written "X hướng dẫn …" states, led by X; None when no agency
    begins it."""
    # "UBND tỉnh yêu cầu Sở X tiếp tục …": the one asked leads, not the issuer asking
    body = re.sub(r"^(?:(?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+"
                  r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)\s+(?:yêu\s+cầu|giao|đề\s+nghị)"
                  r"|Đề\s+nghị|Giao|Theo\s+đó,?)\s+", "", clause.strip())
    lead_time = None
    for _ in range(3):  # "Hằng tháng, từ ngày 1 đến ngày 5, các đơn vị …": pieces of one time
        if bulleted or (lt := _LEADING_TIME.match(body)) is None:
            break
        lead_time, body = (f"{lead_time}, {lt['tf']}" if lead_time else lt["tf"]), lt["rest"]
    if not bulleted:
        body = body[:1].upper() + body[1:]
    m = _DUTY_VERB.search(body[:200])
    if m is None:
        return None
    names = agency_heading(body[: m.start()].strip(" ,;:"))
    if not names:
        return None
    lead, partners = _sentence_roles(body[: m.start()] + " chủ trì")
    content = clause.strip() if lead_time else body
    return RawTask(it.where, _duty_title(body), content=[content], lead=lead or names,
                   partners=partners, timeframe=lead_time or own_time(body))


# a sub-heading over a list of the plan's own solutions or duties, named by no agency:
# "2. Các giải pháp tổ chức thực hiện …", "3. Nhiệm vụ, giải pháp chủ yếu", "Các hoạt động chính"
_SOLUTIONS_HEAD = re.compile(r"^(?:(?P<num>\d+(?:\.\d+)*)\s*[.)]\s*)?(?:Các\s+|Những\s+)?"
                             r"(?:nhiệm vụ|giải pháp|hoạt động|biện pháp)\b", re.I)
_SUB_NUMBER = re.compile(r"^(?P<num>\d+(?:\.\d+)*)\s*[.)]\s*\S")


def solution_bullets(sections: list[Section]) -> tuple[list[RawTask], str | None]:
    """The bullets ("-", "+", "•") under a sub-heading naming the plan's solutions or
    duties, when no agency leads them: one task each, with no lead (the issuer's own),
    in the order written; numbered sub-headings below it ("2.1. Thu NSNN") group them and
    are not tasks. Also the heading read, for the warning."""
    for s in sections:
        items = [it for it in s.items if isinstance(it, Para)]
        for k, p in enumerate(items):
            text = p.text.replace("*", "").strip()
            m = _SOLUTIONS_HEAD.match(text)
            if m is None or len(text) > 200 or text.rstrip().endswith((".", ";")):
                continue
            depth = m.group("num").count(".") if m.group("num") else -1
            tasks: list[RawTask] = []
            for q in items[k + 1:]:
                t = q.text.replace("*", "").strip()
                sub = _SUB_NUMBER.match(t)
                if sub and sub.group("num").count(".") <= depth:
                    break  # the next sub-heading at the same level: the list has ended
                if _CLOSING.match(_bullet_strip(t)):
                    break
                if t.startswith(("-", "+", "•", "–")):
                    body = _bullet_strip(t)
                    tasks.append(RawTask(q.where, _duty_title(body), content=[body]))
            if len(tasks) >= 2:
                return tasks, text
    return [], None
