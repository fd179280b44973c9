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

import planflow

from .agencies import is_agency_start, split_agencies
from .sections import RawTask, Section, fill_labels, is_label, label_pairs, own_time, strip_marker
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


# "(X, phối hợp Y; …)", "(X phối hợp với Y)": the partners with no "chủ trì"
_PARTNERED = re.compile(r"^(?P<lead>.+?)\s*(?:[,;]\s*|\s)(?:và\s+)?phối\s+hợp(?:\s+với)?\s+(?P<partners>.+)$", re.I)


def _roles(part: str) -> tuple[list[str], list[str]]:
    m = _ROLES.match(part.strip()) or _PARTNERED.match(part.strip())
    if m and is_agency_start(m["lead"]):
        return split_agencies(m["lead"]), split_agencies(m["partners"] or "")
    return split_agencies(part), []


def _depth(text: str) -> int | None:
    """How deep a list item sits: "1." 1, "1.1." 2, "a)" 10, "-" 20, "+" 21; None for no item."""
    t = text.lstrip()
    m = re.match(r"([0-9]{1,2}(?:\.[0-9]{1,2})*)[.)]\s", t)
    if m:
        return m.group(1).count(".") + 1
    if re.match(r"[a-zđ][.)]\s", t):
        return 10
    if t[:1] in "-–•*":
        return 20
    if t[:1] == "+":
        return 21
    return None


def bracketed_items(sections: list[Section]) -> list[tuple[Section, RawTask]]:
    """The tasks written as items closing with their lead in brackets (see the module),
    each with the section it is in. The items right under such an item, one level deeper
    and without brackets of their own ("1. Hoàn thiện thể chế (Sở Tư pháp chủ trì)" / "a)
    Rà soát …, hoàn thành trong quý II/2026." / "b) …"), are its words; when most of them
    state their own time, each is a task of that body instead (with a note)."""
    out: list[tuple[Section, RawTask]] = []
    for s in sections:
        when = _heading_time(s.heading)
        paras = [it for it in s.items if isinstance(it, Para)]
        k = 0
        while k < len(paras):
            it = paras[k]
            k += 1
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
            labelled = RawTask("", "")
            if is_label(m["inner"].strip()):
                # "(Thời gian: Quý II/2026; Đơn vị: Sở X)", "(Đơn vị chủ trì: X; thời gian: …)":
                # labels in the brackets, read as labels (never "Đơn vị" as a body)
                fill_labels(labelled, label_pairs(m["inner"].strip()))
            if labelled.lead:
                lead, partners, rest = labelled.lead, labelled.partners, []
                own = labelled.timeframe
            else:
                lead, partners = _roles(body)
                own = next((_TIME_PART.match(p)["t"] for p in rest if _TIMEISH.search(p)), None)  # type: ignore[index]
            if own is None and rest and rest[0]:
                # "(Văn phòng UBND tỉnh; khi có quyết định của Bộ)": what follows the body is
                # its time, whatever its words (the reader says when it names none)
                own = _TIME_PART.match(rest[0])["t"]  # type: ignore[index]
            title = m["text"].rstrip(" .;:")
            depth = _depth(it.text)
            kids: list[Para] = []
            while k < len(paras) and depth is not None and (kd := _depth(paras[k].text)) is not None \
                    and kd > depth and _ITEM.match(paras[k].text) is None:
                kids.append(paras[k])
                k += 1
            words = [strip_marker(c.text) for c in kids]
            timed = [own_time(w) for w in words]
            if sum(1 for x in timed if x) >= 2 and sum(1 for x in timed if x) * 2 >= len(kids):
                for kid, w, tf in zip(kids, words, timed, strict=True):
                    out.append((s, RawTask(kid.where, w.rstrip(" .;:"), content=[w], lead=list(lead),
                                           partners=list(partners), lead_from_heading=True,
                                           timeframe=tf or own or when, notes=[planflow.Worded.of(
                                               "an item under '{heading}', which names its lead: "
                                               "a task of that lead, with its own time",
                                               "item_of_led_heading", heading=title[:60])])))
                continue
            out.append((s, RawTask(it.where, title, content=[title, *words] if words else [],
                                   lead=lead, partners=partners, timeframe=own or when)))
    return out if len(out) >= 2 else []
