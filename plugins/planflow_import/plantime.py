"""The plan's own time: "2. Thời gian thực hiện: Từ nay đến hết năm 2025.".

Many plans state once when the whole plan runs ("Thời gian thực hiện", "Thời gian tổ
chức …") and then list duties that state no time of their own. :func:`plan_time` finds
that statement (a numbered heading, the words on its line or in the next paragraph) and
the shortest-reading time phrase in it, read by the plan's timeframe parsers; the
importer gives it, with a warning, to the duties that state none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import planflow

from .text import Para

__all__ = ["plan_time", "time_phrase"]

_HEADING = re.compile(
    r"^(?:[0-9IVX]+(?:\.[0-9]+)*\.?\s*)(?:Thời\s+gian|THỜI\s+GIAN)(?:\s+(?:thực\s+hiện|tổ\s+chức|"
    r"triển\s+khai|THỰC\s+HIỆN)\b[^:.]{0,60}?)?(?::|$)\s*(?P<rest>.*)$"
)
# "II. THỜI GIAN THỰC HIỆN Quý I/2026.": the heading in capitals, its words on the same line
_HEADING_CAPS = re.compile(
    r"^(?:[0-9IVX]+(?:\.[0-9]+)*\.?\s*)THỜI\s+GIAN\s+(?:THỰC\s+HIỆN|TỔ\s+CHỨC|TRIỂN\s+KHAI)"
    r"(?:\s+(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH))?\s*:?\s+(?P<rest>\S.*)$"
)
# "II. THỜI GIAN VÀ PHẠM VI", "3. Thời gian, địa điểm": the time shares its heading, its
# words in the next paragraph
_HEADING_SHARED = re.compile(
    r"^(?:[0-9IVX]+(?:\.[0-9]+)*\.?\s*)THỜI\s+GIAN(?:\s+THỰC\s+HIỆN)?\s*(?:,|\s+VÀ)\s*"
    r"(?:PHẠM\s+VI|ĐỊA\s+ĐIỂM|ĐỊA\s+BÀN)(?:\s+THỰC\s+HIỆN)?\s*:?\s*(?P<rest>)$", re.I)
# where a time phrase may start inside a sentence
_START = re.compile(
    r"\b(?:[Tt]ừ|[Tt]rong|[Tt]hường\s+xuyên|[Gg]iai\s+đoạn|[Nn]ăm|[Đđ]ến|[Hh]ằng|[Hh]àng|[Qq]uý"
    r"|[Tt]háng)\b"
)
_GOOD = (planflow.Kind.WINDOW, planflow.Kind.CONTINUOUS, planflow.Kind.DEADLINE,
         planflow.Kind.RECURRING)

Reader = Callable[[str], "planflow.Timeframe | None"]


def time_phrase(sentence: str, read: Reader) -> str | None:
    """The time phrase in ``sentence``: the whole of it when it reads, else the longest
    part from a time word to a clause end (or a comma) that reads with no note left over."""
    whole = sentence.strip().rstrip(".;:/ ")
    tf = _try(whole, read)
    if tf is not None and not _leftover(tf):
        return whole
    for clause in re.split(r"[.;](?:\s|$)", sentence):
        clause = clause.strip()
        for m in _START.finditer(clause):
            tail = clause[m.start():]
            ends = [k for k, ch in enumerate(tail) if ch == ","] + [len(tail)]
            for end in sorted(ends, reverse=True):
                cand = tail[:end].strip(" ,")
                tf = _try(cand, read)
                if tf is not None and not _leftover(tf):
                    return cand
    return None


def _try(text: str, read: Reader) -> planflow.Timeframe | None:
    if not text or len(text) > 120:
        return None
    try:
        tf = read(text)
    except planflow.PlanflowError:
        return None
    return tf if tf is not None and tf.kind in _GOOD else None


def _leftover(tf: planflow.Timeframe) -> bool:
    return any(w.startswith(("also:", "cannot")) for w in tf.warnings)


def plan_time(paras: Sequence[Para], read: Reader) -> tuple[Para, str] | None:
    """The paragraph stating the plan's own time and the time phrase in it, if any."""
    for k, p in enumerate(paras):
        text = p.text.replace("*", "").strip()
        m = _HEADING.match(text) or _HEADING_CAPS.match(text) or _HEADING_SHARED.match(text)
        if m is None:
            continue
        rest = m["rest"].strip()
        texts = [rest] if rest else []
        if k + 1 < len(paras) and not rest:
            texts.append(paras[k + 1].text)
        for text in texts:
            phrase = time_phrase(text, read)
            if phrase is not None:
                return p, phrase
    return None
