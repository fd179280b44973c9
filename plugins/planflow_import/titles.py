"""The plan's title as the document's own running text writes it.

Many offices print a plan's title in capitals under "KẾ HOẠCH" ("THỰC HIỆN NGHỊ QUYẾT SỐ
48/NQ-CP …"), and a reminder, a report or a web page that quotes it in a sentence would
shout it. The same document usually writes its own title as running text somewhere: the
decision issuing it ("Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số
48/NQ-CP …"), the opening ("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành
Luật Việc làm …"), with its names in their capitals. When the whole title is found so,
that writing is the plan's title (its first letter a capital); otherwise the title stays
as printed. Nothing is guessed: the words are the document's, only their case is taken
from where it writes them in a sentence (Nghị định 30/2020/NĐ-CP writes a document's
summary in lower case too).
"""

from __future__ import annotations

from collections.abc import Iterable

import planflow

__all__ = ["as_written", "in_capitals"]

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})
#: a title this short is found anywhere by chance
_SHORTEST = 12


def _flat(text: str) -> str:
    text = planflow.nfc(text).replace("*", "").translate(_QUOTES)
    return " ".join(text.split())


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals (nine letters in ten, or more)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def as_written(title: str, texts: Iterable[str]) -> str | None:
    """``title`` (in capitals) as the first of ``texts`` that holds all of it, as a
    whole phrase and not in capitals itself, writes it; None when none does."""
    if not in_capitals(title):
        return None
    want = _flat(title).lower()
    if len(want) < _SHORTEST:
        return None
    for text in texts:
        flat = _flat(text)
        low = flat.lower()
        if len(low) != len(flat):  # lower() changed a letter's length: positions differ
            continue
        start = 0
        while (i := low.find(want, start)) >= 0:
            start = i + 1
            end = i + len(want)
            if (i and low[i - 1].isalnum()) or (end < len(low) and low[end].isalnum()):
                continue  # part of a longer word
            got = flat[i:end]
            if in_capitals(got):
                continue  # the title line itself, or another capitals copy
            return got[0].upper() + got[1:]
    return None
