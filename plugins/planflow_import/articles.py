"""A decision that states its plan in its own articles: "Điều 1. Ban hành Kế hoạch thời gian
năm học 2024-2025 … như sau:" over numbered items, and "Điều 2. Giao Giám đốc Sở Giáo dục
và Đào tạo" over numbered duties.

Some decisions attach no plan: the plan is the first article's items (a school-year
calendar: "1. Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai)."), and a later article
gives an agency its duties. When nothing else in the text reads as tasks, each item of the
issuing article is a task (its time the words after its colon when they start with a
time, else the time that closes it, else "theo quy định / kế hoạch / hướng dẫn …": when
another body's rules or plan say), and each numbered duty under "Điều N. Giao <agency>" is
a task led by that agency. The calendar's days off ("Ngày nghỉ lễ, tết …", "Thời gian
nghỉ phép …") are rules, not tasks: they stay text, said so.
"""

from __future__ import annotations

import re

from .sections import RawTask, _duty_title, own_time, standalone_agency, strip_marker
from .text import Para

__all__ = ["article_tasks"]

_MARKS = str.maketrans("", "", "*_")
_ARTICLE = re.compile(r"^Điều\s*(?P<n>\d+)\s*[.:]\s*(?P<rest>.*)$")
# the first article issues (or approves) a plan and lists it "như sau:"
_ISSUES = re.compile(r"^(?:Nay\s+)?(?:Ban\s+hành|Phê\s+duyệt)\s+(?:các\s+)?(?:Kế\s+hoạch|Chương\s+trình)\b"
                     r".*(?:như\s+sau|sau\s+đây|cụ\s+thể|gồm(?:\s+các\s+nội\s+dung)?)\s*:\s*$",
                     re.I)
# "Giao Giám đốc Sở Giáo dục và Đào tạo[ thực hiện các nhiệm vụ sau]:"
_ASSIGNS = re.compile(r"^Giao\s+(?P<who>.{3,120}?)(?:\s+(?:thực\s+hiện|có\s+trách\s+nhiệm|chịu\s+trách"
                      r"\s+nhiệm)\b[^:]*)?\s*:?\s*$", re.I)
# the office holder of an agency names the agency: "Giám đốc Sở …", "Thủ trưởng các …"
_HOLDER = re.compile(r"^(?:Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Trưởng\s+ban|Chánh\s+Văn\s+phòng"
                     r"|Trưởng)\s+(?=\S)", re.I)
_ITEM = re.compile(r"^\d+\s*[.)]\s*\S")
_TIME_START = re.compile(r"^(?:ngày|từ|trước|trong|tháng|quý|năm\s+(?:19|20)\d\d|hằng|hàng|đến"
                         r"|chậm\s+nhất|bắt\s+đầu)\b", re.I)
_AS_SAID = re.compile(r"\btheo\s+(?:quy\s+định|kế\s+hoạch|hướng\s+dẫn|lịch)\b[^.;]*", re.I)
_REST_DAYS = re.compile(r"^(?:(?:các\s+)?ngày|thời\s+gian)\s+nghỉ\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _plain(p: Para) -> str:
    return " ".join(p.text.translate(_MARKS).split())


def _item(p: Para, text: str, lead: list[str]) -> RawTask:
    """One numbered item: its title and time (see the module's words)."""
    head, colon, after = text.partition(":")
    first = re.split(r"(?<=[.;])\s+", after.strip(), maxsplit=1)[0].rstrip(" .;")
    if colon and len(head) <= 120 and _TIME_START.match(first):
        return RawTask(p.where, head.strip(), [text], list(lead), timeframe=first)
    tf = own_time(text)
    if tf is None and not _YEAR.search(text) and (m := _AS_SAID.search(text)) is not None:
        tf = m.group(0).strip()
    return RawTask(p.where, _duty_title(text), [text], list(lead), timeframe=tf)


def article_tasks(paras: list[Para]) -> tuple[list[RawTask], list[Para]]:
    """The tasks of a decision's own articles (empty when its first article issues no plan
    "như sau:"), and the items skipped as the calendar's days off."""
    tasks: list[RawTask] = []
    rest_days: list[Para] = []
    role: str | None = None  # "plan": the first article's items; "duty": an agency's duties
    lead: list[str] = []
    issued = False
    for p in paras:
        text = _plain(p)
        if (a := _ARTICLE.match(text)) is not None:
            role, lead = None, []
            rest = a["rest"].strip()
            if a["n"] == "1" and _ISSUES.match(rest):
                role, issued = "plan", True
            elif issued and (g := _ASSIGNS.match(rest)) is not None:
                who = standalone_agency(_HOLDER.sub("", g["who"]))
                if who:
                    role, lead = "duty", who
            continue
        if role is None or not _ITEM.match(text):
            continue
        body = strip_marker(text)
        if role == "plan" and _REST_DAYS.match(body):
            rest_days.append(p)
            continue
        tasks.append(_item(p, body, lead))
    return (tasks, rest_days) if issued else ([], [])
