"""Each unit draws up its own plan: "1. Căn cứ Kế hoạch này, các Sở, ngành, UBND các xã,
phường xây dựng kế hoạch triển khai thực hiện (hoàn thành trong tháng 11/2025) …".

Plans close "TỔ CHỨC THỰC HIỆN" with a numbered item telling the units to make their own
plans from this one, by a day. When the duties are read from another section (agency by
agency), that item is a task too: led by the units it names, up to its first duty verb.
An item naming no unit (or words that are not agencies) stays text.
"""

from __future__ import annotations

import re

from .agencies import is_agency_start, split_agencies
from .sections import _SUBJECT_VERB, RawTask, Section, _duty_title, items_text, own_time

__all__ = ["own_plan_tasks"]

# what the units are told to do: make a plan (or a document, a programme) of their own;
# "nghiên cứu triển khai thực hiện, đảm bảo phù hợp …" is a general instruction, not a task
_OWN_PLAN = re.compile(
    r"^(?:(?:chủ\s+động|khẩn\s+trương|tổ\s+chức)\s+)?(?:xây\s+dựng|ban\s+hành|lập|cụ\s+thể\s+hóa"
    r"|cụ\s+thể\s+hoá)\s+(?:và\s+ban\s+hành\s+)?(?:các\s+)?(?:kế\s+hoạch|văn\s+bản|chương\s+trình"
    r"|phương\s+án|hướng\s+dẫn)\b", re.I)

_BASED_ON_PLAN = re.compile(
    r"^\s*Căn\s+cứ\s+(?:(?:nội\s+dung|các\s+nhiệm\s+vụ)\s+(?:của\s+)?)?Kế\s+hoạch\s+này\s*,\s*"
    r"(?P<rest>\S.*)$", re.I)


# the units first, then what they go by: "Thủ trưởng các sở …; Chủ tịch UBND các huyện …
# căn cứ chức năng, nhiệm vụ được giao chỉ đạo: xây dựng Kế hoạch …"
_UNITS_BASED_ON = re.compile(
    r"^\s*(?P<units>[^:]{3,200}?)\s+căn\s+cứ\s+(?:vào\s+)?(?:chức\s+năng|nhiệm\s+vụ|Kế\s+hoạch\s+này|tình\s+hình)"
    r"[^:;]{0,100}?(?:\s+chỉ\s+đạo)?\s*[:,]\s*(?P<rest>(?:(?:chủ\s+động|khẩn\s+trương|tổ\s+chức)\s+)?"
    r"(?:xây\s+dựng|ban\s+hành|lập|cụ\s+thể\s+ho[áa])\s.*)$", re.I)
# the first due day of a clause list ("… gửi về UBND tỉnh … trước ngày 28/2/2023; lập dự
# toán …"): the own plan's time, when the whole item closes with another clause's
_FIRST_DUE = re.compile(r"\b(?P<tf>(?:trước|chậm\s+nhất)\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})", re.I)


def _first_due(words: str) -> str | None:
    first = words.split(";")[0]
    m = _FIRST_DUE.search(first)
    return m["tf"] if m else None


def own_plan_tasks(section: Section) -> list[RawTask]:
    """The numbered items of ``section`` that tell the units they name to draw up their own
    plans from this one ("Căn cứ Kế hoạch này, <units> xây dựng kế hoạch …")."""
    tasks: list[RawTask] = []
    for p, text in items_text(section):
        if not re.match(r"^\s*\**\s*\d+\s*\.", p.text):
            continue
        m = _BASED_ON_PLAN.match(text.replace("*", ""))
        if m is None:
            # "<units> căn cứ chức năng, nhiệm vụ được giao chỉ đạo: xây dựng Kế hoạch …"
            named = _UNITS_BASED_ON.match(text.replace("*", ""))
            if named is None:
                continue
            parts = [x.strip() for x in named["units"].split(";")]
            if not all(x and is_agency_start(x) for x in parts):
                continue
            lead = [n for x in parts for n in split_agencies(x)]
            words = named["rest"].strip()
            if lead and all(len(x.split()) <= 20 for x in lead) and _OWN_PLAN.match(words):
                tasks.append(RawTask(p.where, _duty_title(words), [words], lead,
                                     timeframe=_first_due(words) or own_time(words)))
            continue
        sv = _SUBJECT_VERB.match(m["rest"])
        if sv is None or not is_agency_start(sv["lead"]):
            continue
        lead = split_agencies(sv["lead"])
        # a list of kinds of units may run long ("các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ
        # quan ngành dọc đóng trên địa bàn"); a clause longer than that is not a name
        if not lead or any(len(x.split()) > 20 or not is_agency_start(x) for x in lead):
            continue
        words = m["rest"][sv.end("lead"):].strip()
        if not _OWN_PLAN.match(words):
            continue
        tasks.append(RawTask(p.where, _duty_title(words), [words], lead,
                             timeframe=own_time(words)))
    return tasks
