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

import attrs

import planflow

from .agencies import is_agency_start, split_agencies
from .sections import (
    _PARTNERS_BEFORE_VERB,
    RawTask,
    _duty_title,
    own_time,
    standalone_agency,
    strip_marker,
    subject_roles,
)
from .text import Para

__all__ = ["article_tasks", "duty_articles"]

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


# -- a resolution's, decision's or directive's own duties --------------------------------
# A Nghị quyết, Quyết định or Chỉ thị with no plan attached still assigns duties in its
# articles: "Điều 1. … 2. Giao Bộ X: a) … b) …", "Điều 2. Tổ chức thực hiện 1. Bộ Tài chính
# chủ trì …", "3. Đối với …, giao Y tổ chức …". The body the article (or its numbered item)
# gives the duties to leads each lettered item under it; a numbered item, an article or a
# paragraph of one whose sentence names its own body ("X chỉ đạo …", "Giao X …", "Yêu
# cầu X …", after a clause "Đối với …, ") is a task led by it; an item naming no body
# ("1. Đồng ý chủ trương …") is no task; the closing articles ("có hiệu lực", "chịu trách
# nhiệm thi hành", "Điều khoản thi hành") never are.

_CLOSING_ARTICLE = re.compile(r"\b(?:có\s+hiệu\s+lực|chịu\s+trách\s+nhiệm\s+thi\s+hành|điều\s+khoản\s+thi"
                              r"\s+hành|hiệu\s+lực\s+thi\s+hành|thi\s+hành\s+(?:Nghị\s+quyết|Quyết\s+định"
                              r"|Chỉ\s+thị)\s+này)\b", re.I)
_LETTER_ITEM = re.compile(r"^[a-zđ]\s*\)\s*\S")
# "theo chức năng, nhiệm vụ(, quyền hạn) được giao": how, not who
_BY_REMIT = re.compile(r"\s*,?\s*(?:theo|trong\s+phạm\s+vi|căn\s+cứ)\s+(?:chức\s+năng\s*,\s*nhiệm\s+vụ"
                       r"(?:\s*,\s*(?:quyền\s+hạn|thẩm\s+quyền))?|thẩm\s+quyền)(?:\s+(?:được\s+giao|của\s+mình))?"
                       r"\s*,?(?=\s)", re.I)
_ASKED = re.compile(r"^(?:Yêu\s+cầu|Đề\s+nghị|Giao(?:\s+cho)?)\s+", re.I)
# a clause that sets the scene before the sentence's subject: "Đối với …, giao X …"
_SCENE = re.compile(r"^(?:Đối\s+với|Trên\s+cơ\s+sở|Sau\s+khi|Căn\s+cứ|Để|Khi|Trong\s+thời\s+gian)\s", re.I)


def _own_body(text: str) -> tuple[list[str], list[str]] | None:
    """The lead and partners a duty's sentence names as its subject (after "Giao",
    "Yêu cầu", "Đề nghị", or after a clause "Đối với …, "), else None."""
    t = _BY_REMIT.sub("", text.strip())
    starts = [0]
    if _SCENE.match(t):
        starts = [m.end() for m in re.finditer(r",\s+", t[:400])]
    for k in starts:
        said = _ASKED.sub("", t[k:])
        if not is_agency_start(said):
            continue
        roles = subject_roles(said)
        if roles is not None and roles[1]:
            return roles[1], roles[2]
    return None


def _duty(p: Para, text: str, lead: list[str], partners: list[str]) -> RawTask:
    if not partners and (pm := _PARTNERS_BEFORE_VERB.match(text)) is not None and is_agency_start(pm["p"]):
        partners = split_agencies(pm["p"])  # "a) Chủ trì, phối hợp với Y kiểm kê …" under "Giao X:"
    return RawTask(p.where, _duty_title(text), [text], list(lead), list(partners),
                   timeframe=own_time(text))


# "… chỉ đạo X tổ chức thực hiện theo Điều 1 Nghị quyết này xong trước ngày 01 tháng 5 năm
# 2026": the day by which an article's work is done
_ARTICLE_DUE = re.compile(r"\b(?:theo|tại)\s+Điều\s+(?P<n>\d+)\s+(?:của\s+)?(?:Nghị\s+quyết|Quyết\s+định"
                          r"|Chỉ\s+thị)\s+này\b[^.;]{0,60}?(?P<tf>(?:xong|hoàn\s+thành)\s+trước\s+ngày\s+[^.;,]{1,30}?"
                          r"(?:19|20)\d\d)", re.I)


def _article_times(tasks: list[tuple[str, RawTask]]) -> list[RawTask]:
    """The duties of an article another duty says is done by a day ("… thực hiện theo Điều 1
    Nghị quyết này xong trước ngày D") take that day when they state no time, noted."""
    due: dict[str, tuple[str, RawTask]] = {}
    for _, t in tasks:
        for m in _ARTICLE_DUE.finditer(" ".join(t.content)):
            due.setdefault(m["n"], (" ".join(m["tf"].split()), t))
    out: list[RawTask] = []
    for art, t in tasks:
        if t.timeframe is None and art in due and due[art][1] is not t:
            tf, by = due[art]
            t = attrs.evolve(t, timeframe=tf, notes=[*t.notes, planflow.Worded.of(
                "its time '{time}' is the day by which another duty says the work of 'Điều {n}' is "
                "done ('{by}')", "article_due", time=tf, n=art, by=by.title[:50])])
        out.append(t)
    return out


def duty_articles(paras: list[Para]) -> list[RawTask]:
    """The duties a resolution's, decision's or directive's articles assign (see above):
    empty when the text has no "Điều N." article; the duties of an article another duty
    says is done by a day take that day (see :func:`_article_times`)."""
    tasks: list[tuple[str, RawTask]] = []
    article = ""
    seen = False
    closed = True  # before the first article, or in a closing one
    article_lead: list[str] = []
    item_lead: list[str] = []
    for p in paras:
        text = _plain(p)
        if (a := _ARTICLE.match(text)) is not None:
            seen, item_lead, article_lead = True, [], []
            article = a["n"]
            rest = a["rest"].strip()
            closed = bool(_CLOSING_ARTICLE.search(rest))
            if closed or not rest:
                continue
            if rest.endswith(":") and (who := standalone_agency(rest)):
                article_lead = who  # "Điều 2. Giao Bộ X thực hiện các nhiệm vụ sau:"
            elif (own := _own_body(rest)) is not None:
                tasks.append((article, _duty(p, rest, *own)))
            continue
        if closed:
            continue
        if _ITEM.match(text):
            body = strip_marker(text)
            item_lead = []
            if _CLOSING_ARTICLE.search(body):
                continue
            if body.endswith(":") and (who := standalone_agency(body)):
                item_lead = who  # "2. Giao Bộ X:" over its lettered duties
            elif (own := _own_body(body)) is not None:
                tasks.append((article, _duty(p, body, *own)))
            elif article_lead:
                tasks.append((article, _duty(p, body, article_lead, [])))
            continue
        if _LETTER_ITEM.match(text):
            body = strip_marker(text)
            if item_lead or article_lead:
                tasks.append((article, _duty(p, body, item_lead or article_lead, [])))
            elif (own := _own_body(body)) is not None:
                tasks.append((article, _duty(p, body, *own)))
            continue
        if (_ASKED.match(text) or _SCENE.match(text)) and (own := _own_body(text)) is not None:
            # a paragraph of an article that gives a body more ("Đối với …, yêu cầu X …")
            tasks.append((article, _duty(p, text, *own)))
    return _article_times(tasks) if seen else []
