"""Duties that point at the plan's own items, read as those items' lead and time.

Many plans list their tasks in one part ("II. NHIỆM VỤ, GIẢI PHÁP": "1. Rà soát …",
"2. Xây dựng …") and assign them in another ("III. TỔ CHỨC THỰC HIỆN": "1. Sở Văn hóa,
Thể thao và Du lịch: Chủ trì thực hiện nhiệm vụ tại mục 1, 2 và 3 Phần II; hoàn thành
trong Quý III/2026"). The items are the tasks a careful reader counts; the duty gives
each its lead (or, "phối hợp thực hiện nhiệm vụ tại mục 4", its partners) and its time.
A duty that points at nothing that exists stays a duty, as read.
"""

from __future__ import annotations

import re

import attrs

import planflow

from .sections import RawTask, Section
from .text import Para

__all__ = ["resolve"]

# "(chủ trì|phối hợp) … nhiệm vụ (nêu) tại mục 1, 2 và 3 (của) Phần II", "… tại điểm a, b
# khoản 1 Mục II", "… các nội dung ở mục 1.1, 1.2 phần II"
_XREF = re.compile(
    r"(?P<role>chủ\s+trì|phối\s+hợp)\b[^;]{0,80}?"
    r"(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp|hoạt\s+động)\s+(?:số\s+)?(?:được\s+giao\s+|nêu\s+)?"
    r"(?:tại|ở|theo)\s+(?:các\s+)?(?:điểm|mục|tiểu\s+mục|khoản|số)\s+"
    r"(?P<refs>[0-9a-zđ](?:[0-9.]*)(?:\s*(?:,|và|;)\s*[0-9a-zđ][0-9.]*)*)"
    r"\s*(?:,\s*)?(?:của\s+|thuộc\s+)?(?:phần|mục)\s+(?P<part>[IVX]{1,4}|[0-9]{1,2})\b", re.I)
# "phối hợp thực hiện các nhiệm vụ nêu trên / của Kế hoạch": partners of every item assigned
_ALL_ITEMS = re.compile(r"^\s*phối\s+hợp\b[^;.]{0,60}?(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung)"
                        r"\s+(?:nêu\s+trên|trên|của\s+kế\s+hoạch(?:\s+này)?)\s*[.;]?\s*$", re.I)
_ITEM = re.compile(r"^\s*(?P<n>[0-9]{1,2}(?:\.[0-9]{1,2})*|[a-zđ])\s*[.)]\s+(?P<text>\S.*)$")


@attrs.define
class _Item:
    para: Para
    text: str
    content: list[str]
    lead: list[str] = attrs.field(factory=list)
    partners: list[str] = attrs.field(factory=list)
    timeframe: str | None = None
    notes: list[str] = attrs.field(factory=list)


def _items(section: Section) -> dict[str, _Item]:
    """The section's numbered items at their top level ("1.", "2." or "a)", "b)"), each
    with the lines under it as its words."""
    out: dict[str, _Item] = {}
    top: str | None = None  # the top level's shape: "1", "1.1" depth or a letter
    last: _Item | None = None
    for it in section.items:
        if not isinstance(it, Para):
            continue
        m = _ITEM.match(it.text)
        shape = None if m is None else ("letter" if m["n"].isalpha() else str(m["n"].count(".")))
        if m is not None and (top is None or shape == top):
            top = shape
            last = out[m["n"].lower()] = _Item(it, m["text"].strip(), [])
        elif last is not None:
            last.content.append(it.text.strip())
    return out


def _refs(text: str) -> list[str]:
    return [x.lower().rstrip(".") for x in re.split(r"\s*(?:,|và|;)\s*", text) if x.strip()]


def resolve(sections: list[Section], duties: list[RawTask]
            ) -> tuple[list[RawTask], dict[int, list[RawTask]], list[str]] | None:
    """``duties`` with those pointing at another section's items replaced by the items as
    tasks (in the plan's order, before the duties left), the tasks of each section they
    came from (by the section's ``id``), and what was read; None when no duty points at an
    item that exists."""
    parts = {s.number.upper(): s for s in sections if s.number}
    found: dict[int, dict[str, _Item]] = {}
    used: set[int] = set()
    for k, d in enumerate(duties):
        text = " ".join((d.title, *d.content))
        hits = list(_XREF.finditer(text))
        if not hits:
            continue
        resolved: list[tuple[re.Match[str], list[_Item]]] = []
        for m in hits:
            section = parts.get(m["part"].upper())
            items = found.setdefault(id(section), _items(section)) if section is not None else {}
            refs = _refs(m["refs"])
            if not refs or not all(r in items for r in refs):
                resolved = []
                break
            resolved.append((m, [items[r] for r in refs]))
        if not resolved:
            continue
        used.add(k)
        for m, targets in resolved:
            lead_role = m["role"].lower().startswith("chủ")
            for item in targets:
                names = d.lead or d.partners
                if lead_role:
                    item.lead += [n for n in names if n not in item.lead]
                    item.partners += [n for n in d.partners if n not in item.partners]
                    item.timeframe = item.timeframe or d.timeframe
                else:
                    item.partners += [n for n in names if n not in item.partners]
    if not used:
        return None
    assigned = [i for items in found.values() for i in items.values() if i.lead or i.partners]
    for k, d in enumerate(duties):
        if k not in used and _ALL_ITEMS.match(" ".join((d.title, *d.content))):
            used.add(k)
            for item in assigned:
                item.partners += [n for n in d.lead if n not in item.partners]
    by_section: dict[int, list[RawTask]] = {}
    tasks: list[RawTask] = []
    for s in sections:
        listed = found.get(id(s))
        if not listed:
            continue
        for item in listed.values():
            raw = RawTask(item.para.where, item.text, content=item.content, lead=item.lead,
                          partners=[p for p in item.partners if p not in item.lead],
                          timeframe=item.timeframe, notes=item.notes)
            by_section.setdefault(id(s), []).append(raw)
            tasks.append(raw)
    said = [planflow.Worded.of("{n} task(s) read from the items the duties point at ({parts})",
                               "crossref_items", n=len(tasks),
                               parts=", ".join(s.heading for s in sections if id(s) in by_section))]
    return tasks + [d for k, d in enumerate(duties) if k not in used], by_section, said
