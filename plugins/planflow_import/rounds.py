"""The work of a content section laid out in rounds, when no item names who does it.

Campaign, inspection and election plans of a single body often write their work as plain
list items under the rounds of their content section ("II. NỘI DUNG VÀ THỜI GIAN THỰC
HIỆN" / "1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:" / "a) Nội dung kiểm tra:" /
"- Kiểm tra việc …"; "2.1. Đợt 1: Trong tháng 12/2025" / "- Tuyên truyền …"), with no
labels, no task table and no agency headings: the issuer does the work itself. The lowest
list items of such a section are its tasks (the issuer's own: no lead), each with the time
its nearest heading states; a round heading with no list item under it holds one task,
its paragraph. Sub-items of another marker ("+" under "-") are the item's words, not tasks
of their own. Read only from a section that names its content ("NỘI DUNG", "NHIỆM VỤ",
"LỘ TRÌNH", "HOẠT ĐỘNG", "CÔNG VIỆC"), never from its aims, requirements, funding or
"Tổ chức thực hiện", and only when at least two of its headings are rounds that state a
time ("Đợt 1: …", "Giai đoạn 2 (…)", "Bước 3: …"): a list of rounds is a schedule of work.
"""

from __future__ import annotations

import re

from .sections import RawTask, Section, _duty_title, strip_marker
from .text import Para

__all__ = ["round_heading_time", "round_items"]

_CONTENT = re.compile(r"NỘI\s+DUNG|NHIỆM\s+VỤ|LỘ\s+TRÌNH|HOẠT\s+ĐỘNG|CÔNG\s+VIỆC")
_NOT_WORK = re.compile(r"MỤC\s+ĐÍCH|MỤC\s+TIÊU|YÊU\s+CẦU|QUAN\s+ĐIỂM|CHỈ\s+TIÊU|TỔ\s+CHỨC\s+THỰC\s+HIỆN"
                       r"|TRÁCH\s+NHIỆM|PHÂN\s+CÔNG|KINH\s+PHÍ|KHẨU\s+HIỆU|HÌNH\s+THỨC|ĐỐI\s+TƯỢNG")
# "1. Đợt 1: …", "2.1. Đợt 2: …", "Giai đoạn 3 (…)", "Bước 1 - …"
_ROUND = re.compile(r"^(?:Đợt|Giai\s+đoạn|Bước|Lần)\s+(?:\d{1,2}|[IVX]{1,4}|một|hai|ba|bốn|năm)\b"
                    r"\s*(?:[:.\-–]\s*)?(?P<rest>.*)$", re.I)
# a heading's marker: "1.", "2.1.", "a)", "II."
_HEAD_MARK = re.compile(r"^\s*(?P<m>\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*[.)]|[IVX]{1,4}\s*\.)\s*(?=\S)")
_BULLET = re.compile(r"^\s*(?P<b>[-+•–*])\s*(?=\S)")
# the words of a time: a number, a month, a quarter, "nay" (the issue day)
_TIMEISH = re.compile(r"\d|\b(?:tháng|quý|quí|năm|ngày|nay|thường\s+xuyên|hằng|hàng)\b", re.I)
# where a time starts inside a heading's words ("Nội dung tuyên truyền xuyên suốt từ nay
# đến kết thúc …", "Kiểm tra các thôn từ ngày 01/3 đến ngày 15/3/2026")
_TIME_START = re.compile(r"\b(?:từ\s+(?:nay|ngày|tháng|quý|năm)|trong\s+(?:tháng|quý|năm)|trước\s+ngày"
                         r"|đến\s+(?:hết\s+)?(?:ngày|tháng|quý|năm)\s+\d|sau\s+ngày)\b.*$", re.I)
# words after the time that only introduce the items: "… gồm các nội dung trọng tâm"
_INTRO = re.compile(r"\s*,?\s+(?:gồm|bao\s+gồm|với|tập\s+trung\s+vào)\b.*$", re.I)


def _level(mark: str) -> int:
    mark = mark.strip()
    if re.match(r"^[IVX]+\s*\.", mark):
        return 0
    if re.match(r"^[a-zđ]", mark):
        return 9
    return 1 + mark.rstrip(".)").count(".")


def round_heading_time(text: str) -> tuple[bool, str | None]:
    """(is a round, the time the heading states or None) for a heading's words."""
    t = _HEAD_MARK.sub("", text.replace("*", "")).strip().rstrip(":.; ")
    m = _ROUND.match(t)
    if m is not None:
        rest = _INTRO.sub("", m["rest"]).strip(" :.;,")
        inner = re.search(r"\(([^()]+)\)\s*$", rest)
        if inner and _TIMEISH.search(inner.group(1)):
            rest = inner.group(1).strip()
        return True, rest if rest and _TIMEISH.search(rest) else None
    inner = re.search(r"\(([^()]+)\)\s*$", t)
    if inner and _TIME_START.search(inner.group(1)):
        return False, inner.group(1).strip()
    found = _TIME_START.search(t)
    return False, _INTRO.sub("", found.group(0)).strip(" :.;,") if found else None


def _timed_rounds(items: list[Para]) -> int:
    n = 0
    for p in items:
        if _BULLET.match(p.text):
            continue
        is_round, when = round_heading_time(p.text)
        n += is_round and when is not None
    return n


def round_items(sections: list[Section]) -> list[tuple[Section, list[RawTask]]]:
    """The tasks of each content section laid out in rounds (see the module)."""
    out: list[tuple[Section, list[RawTask]]] = []
    for s in sections:
        up = s.title.upper()
        if not _CONTENT.search(up) or _NOT_WORK.match(up):
            continue
        paras = [it for it in s.items if isinstance(it, Para)]
        if _timed_rounds(paras) < 2:
            continue
        tasks: list[RawTask] = []
        stack: list[tuple[int, str | None]] = []  # the open headings: level, time
        bullet: str | None = None  # the marker of this group's items
        under_round = False  # the last heading is a round, no item under it yet
        started = False  # a heading seen (a paragraph before the first is an introduction)
        for p in paras:
            text = p.text.replace("*", "").strip()
            when = next((w for _, w in reversed(stack) if w is not None), None)
            b = _BULLET.match(text)
            if b is not None:
                if not started:
                    continue
                under_round = False
                body = strip_marker(text)
                if bullet is None:
                    bullet = b["b"]
                if b["b"] != bullet and tasks:
                    tasks[-1].content.append(body)  # a sub-item: the item's words
                    continue
                tasks.append(RawTask(p.where, _duty_title(body), content=[body], timeframe=when))
                continue
            head = _HEAD_MARK.match(text)
            is_round, own = round_heading_time(text)
            if head is not None or is_round:
                level = _level(head["m"]) if head is not None else 8
                stack = [(lv, w) for lv, w in stack if lv < level]
                stack.append((level, own))
                bullet, started, under_round = None, True, is_round
                continue
            if under_round and len(text.split()) >= 5 and not text.endswith(":"):
                # a round with no list under it: its paragraph is its work
                tasks.append(RawTask(p.where, _duty_title(text), content=[text], timeframe=when))
                under_round = False
        if len(tasks) >= 2:
            out.append((s, tasks))
    return out
