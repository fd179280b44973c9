"""Items that close with their lead in brackets, under headings that give their time.

Event plans and short campaign plans list their work as bullets, each closed by the body
that does it: "- Ban hành kế hoạch triển khai (Sở Y tế).", "- Tổ chức lễ phát động (Sở Y
tế chủ trì, phối hợp với UBND các xã, phường).", "- Kiểm tra các chợ (Sở Công Thương;
hoàn thành trước ngày 15/5/2026)." under headings that say when: "1. Giai đoạn chuẩn bị
(từ ngày 01/4 đến ngày 14/4/2026)", "Quý I/2026:", "Tháng 5/2026". Each such item is a
task led by the body in its brackets; its time is the one its brackets state, else its
heading's. Read only when no other form of tasks is found, and only when at least two
items are written so (a bracket closing one sentence is no list of tasks).
"""

from __future__ import annotations

import re

from .agencies import is_agency_start, split_agencies
from .sections import RawTask, Section
from .text import Para

__all__ = ["bracketed_items"]

_ITEM = re.compile(r"^\s*(?:[-+•–*]|[a-zđ][.)]|[0-9]{1,2}(?:\.[0-9]{1,2})*[.)])\s+(?P<text>\S.*?)\s*"
                   r"\((?P<inner>[^()]{3,200})\)\s*[.;:]?\s*$")
# words that say when ("từ ngày 01/4 đến ngày 14/4/2026", "Quý I/2026", "trước ngày 30/5")
_TIMEISH = re.compile(r"[0-9]{1,2}\s*/\s*[0-9]{1,4}|\bquý\s+[IVX1-4]|\btháng\s+[0-9]|\bnăm\s+[0-9]{4}"
                      r"|\btrước\s+ngày|\bhằng\s+(?:năm|quý|tháng)|\bthường\s+xuyên", re.I)
# the time inside an item's brackets, after its body ("; thời gian: …", "; hoàn thành …")
_TIME_PART = re.compile(r"^(?:thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:?\s*)?(?P<t>.+)$",
                        re.I)
_ROLES = re.compile(r"^(?P<lead>.+?)\s+chủ\s+trì\s*(?:[,;]\s*(?:và\s+)?phối\s+hợp(?:\s+với)?\s+"
                    r"(?P<partners>.+))?$", re.I)


def _heading_time(text: str) -> str | None:
    """The time a heading states: in its closing brackets, after its colon, or the
    heading itself ("Quý I/2026:")."""
    t = text.strip().rstrip(":.")
    m = re.search(r"\(([^()]+)\)\s*$", t)
    if m and _TIMEISH.search(m.group(1)):
        return m.group(1).strip()
    if ":" in t and _TIMEISH.search(t.split(":", 1)[1]):
        return t.split(":", 1)[1].strip(" .;")
    bare = re.sub(r"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*", "", t)
    if _TIMEISH.search(bare) and len(bare.split()) <= 8:
        return bare
    return None


def _roles(part: str) -> tuple[list[str], list[str]]:
    m = _ROLES.match(part.strip())
    if m:
        return split_agencies(m["lead"]), split_agencies(m["partners"] or "")
    return split_agencies(part), []


def bracketed_items(sections: list[Section]) -> list[tuple[Section, RawTask]]:
    """The tasks written as items closing with their lead in brackets (see the module),
    each with the section it is in."""
    out: list[tuple[Section, RawTask]] = []
    for s in sections:
        when = _heading_time(s.heading)
        for it in s.items:
            if not isinstance(it, Para):
                continue
            m = _ITEM.match(it.text)
            if m is None or not is_agency_start(m["inner"].strip()):
                if not it.text.lstrip().startswith(("-", "+", "•", "–")):
                    # a heading: its time, if it states one, is its items' (a numbered
                    # heading that states none starts a part with none)
                    found = _heading_time(it.text)
                    if found is not None:
                        when = found
                    elif re.match(r"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s", it.text):
                        when = None
                continue
            body, *rest = [p.strip() for p in m["inner"].split(";")]
            lead, partners = _roles(body)
            own = next((_TIME_PART.match(p)["t"] for p in rest if _TIMEISH.search(p)), None)  # type: ignore[index]
            out.append((s, RawTask(it.where, m["text"].rstrip(" .;:"), lead=lead,
                                   partners=partners, timeframe=own or when)))
    return out if len(out) >= 2 else []
