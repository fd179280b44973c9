"""A scan read by OCR (tesseract's text, page after page under "===== Trang N =====").

What such a text carries besides the document, and how its headings come out:

- the page banners ("===== Trang 3 =====") and the running head each page repeats on its
  first line ("18.CTRTW31.DOC 3", the digits and a letter or two misread) are not text;
- a note in square brackets on the first line ("[OCR] [Bản trích chữ tự động …]") is the
  harvester's, not the document's;
- a page read as garbage (a landscape page scanned sideways, a chart): fewer than half of
  its words are Vietnamese syllables; it is not read (its words would make up tasks or
  dates), said by page;
- Party documents number their parts "I-", "II-" and their items "1-", and OCR misreads
  the numerals ("1-" for "I-", "HI-" for "III-", "9," for "9."): a heading in capitals
  numbered so is read as the Roman numeral in sequence ("1- MỤC ĐÍCH" is "I.", "HI- TỔ
  CHỨC …" is "III."), its usual words' misread diacritics put right ("YÊU CÂU" is "YÊU
  CẦU", "TỎ CHỨC" is "TỔ CHỨC"), a numbered line "9, Ban …" as "9. Ban …", a lettered
  "8) …" before "b) …" as "a) …", each said.

Nothing here reads a date: a garbled page is dropped whole, never mined for numbers.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

__all__ = ["OcrNotes", "ocr_pages"]

_BANNER = re.compile(r"^\s*=+\s*(?:Trang|Page)\s+\d+\s*=+\s*$", re.I)
# a digital signature's stamp: the signer in capitals over "28-07-2026 18:08:51 +07:00"
_STAMP = re.compile(r"^\s*\d{2}-\d{2}-\d{4}\s+\d{2}:\d{2}:\d{2}\s*[+-]\d{2}:?\d{2}\s*$")
_NOTE = re.compile(r"^\s*(?:\[[^\]\n]{0,40}\]\s*)?\[[^\]\n]{10,}\]\s*$")
_V = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_SYLLABLE = re.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_V}]{{1,3}}"
                       r"(?:ch|ng|nh|[cmnpt])?")
_WORD = re.compile(r"\S+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# a part's heading in capitals numbered "I-", "II." as OCR gives it ("1-", "HI-", "Il.")
_PART = re.compile(r"^(?P<num>[IVXHl1|]{1,5})\s*[-.–]\s*(?P<title>\S.{3,}?)\s*$")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
# an item numbered "9," or "1-" (a dash or a comma for the dot)
_ITEM = re.compile(r"^(?P<num>\d{1,2})\s*[,-]\s+(?=[A-ZĐÀ-Ỹ])")


@attrs.frozen
class OcrNotes:
    """What :func:`ocr_pages` left out or read otherwise."""

    furniture: int = 0  # banners, running heads and the harvester's note left out
    garbled: tuple[int, ...] = ()  # the pages read as garbage, not read
    numbered: tuple[tuple[str, str], ...] = ()  # (as OCR gave it, as read)


def _syllable(word: str) -> bool | None:
    """Whether a word is a Vietnamese syllable (None: no letters, not counted)."""
    w = _EDGE.sub("", word)
    if not w or not any(c.isalpha() for c in w):
        return None
    if not (w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower())):
        return False
    return all(_SYLLABLE.fullmatch(part) is not None for part in w.lower().split("-") if part)


def _garbled(lines: list[str]) -> bool:
    verdicts = [v for line in lines for w in _WORD.findall(line) if (v := _syllable(w)) is not None]
    return len(verdicts) >= 20 and sum(verdicts) < 0.5 * len(verdicts)


def _head_key(line: str) -> str:
    return re.sub(r"[\W\d_]", "", line).upper()


def _near(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


# the words of a plan's part headings, whose diacritics OCR misreads ("YÊU CÂU", "TỎ CHỨC")
_HEADING_PHRASES = ("MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU", "QUAN ĐIỂM", "NHIỆM VỤ", "GIẢI PHÁP",
                    "TỔ CHỨC THỰC HIỆN", "KINH PHÍ", "NỘI DUNG", "CHỦ YẾU", "TRỌNG TÂM",
                    "TRÁCH NHIỆM")


def _bare(word: str) -> str:
    d = unicodedata.normalize("NFD", word.upper().replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


def _heading_words(title: str) -> str:
    """A part's heading with the words of :data:`_HEADING_PHRASES` whose diacritics OCR
    misread put right ("YÊU CÂU" is "YÊU CẦU"): a phrase matches when its words do, their
    diacritics aside."""
    words = title.split(" ")
    for phrase in _HEADING_PHRASES:
        want = phrase.split()
        for k in range(len(words) - len(want) + 1):
            got = [w.strip(",.;:") for w in words[k:k + len(want)]]
            if [_bare(w) for w in got] == [_bare(w) for w in want] and got != want:
                for i, w in enumerate(want):
                    words[k + i] = words[k + i].replace(got[i], w)
    return " ".join(words)


def _next_letter(lines: list[str], k: int, drop: set[int]) -> str | None:
    """The letter of the next lettered item ("b) …") after line ``k``, if one comes before
    a numbered one."""
    for j in range(k + 1, min(k + 40, len(lines))):
        if j in drop:
            continue
        if (m := re.match(r"^\s*([a-zđ])\)\s", lines[j])) is not None:
            return m.group(1)
        if re.match(r"^\s*\d{1,2}[.,-]\s", lines[j]):
            return None
    return None


def _roman(raw: str) -> str:
    return raw.replace("H", "II").replace("l", "I").replace("1", "I").replace("|", "I")


def ocr_pages(text: str) -> tuple[str, OcrNotes]:
    """The text of an OCR'd scan without its page furniture and garbled pages, its parts'
    and items' numbers read (see the module's words); the text unchanged when it carries
    fewer than two page banners."""
    lines = text.split("\n")
    banners = [k for k, line in enumerate(lines) if _BANNER.match(line)]
    if len(banners) < 2:
        return text, OcrNotes()
    drop: set[int] = set(banners)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is not None and first < banners[0] and _NOTE.match(lines[first]):
        drop.add(first)
    for k, line in enumerate(lines):
        if _STAMP.match(line):
            drop.add(k)
            j = k - 1
            while j >= 0 and k - j <= 2 and lines[j].strip() and lines[j].strip().isupper() \
                    and len(lines[j].strip()) <= 40:
                drop.add(j)
                j -= 1
    # the running head: the first line of a page, recurring (digits and a letter aside)
    heads: list[tuple[int, str]] = []
    for b in banners:
        for k in [j for j in range(b + 1, min(b + 6, len(lines))) if lines[j].strip()][:2]:
            if re.fullmatch(r"\s*\d{1,3}\s*", lines[k]):
                drop.add(k)  # the page's number
            elif len(lines[k].strip()) <= 40 and (key := _head_key(lines[k])):
                heads.append((k, key))
    for k, key in heads:
        # on three pages, or on two carrying the page's number ("18.CTRTW31.DOC 2")
        if sum(_near(key, other) for _, other in heads) >= (2 if re.search(r"\d\s*\.?\s*$", lines[k]) else 3):
            drop.add(k)
    furniture = len(drop)
    garbled: list[int] = []
    for n, b in enumerate(banners):
        end = banners[n + 1] if n + 1 < len(banners) else len(lines)
        page = [j for j in range(b + 1, end) if j not in drop]
        if _garbled([lines[j] for j in page]):
            garbled.append(int(re.sub(r"\D", "", lines[b]) or n + 1))
            drop.update(page)
    out: list[str] = []
    numbered: list[tuple[str, str]] = []
    part = 0
    for k, line in enumerate(lines):
        if k in drop:
            continue
        t = line.strip()
        if (m := _PART.match(t)) is not None and part < len(_ROMANS) \
                and _roman(m["num"]) == _ROMANS[part] and m["title"].isupper():
            new = f"{_ROMANS[part]}. {_heading_words(m['title'])}"
            part += 1
            if new != t:
                numbered.append((t, new))
            out.append(new)
            continue
        if t.startswith("8)") and _next_letter(lines, k, drop) == "b":
            # "8) Xây dựng …" before "b) …": OCR's "8" for "a"
            numbered.append((t[:14], "a)" + t[2:14]))
            out.append(line.replace("8)", "a)", 1))
            continue
        if (m := _ITEM.match(t)) is not None:
            new = f"{m['num']}. {t[m.end():]}"
            numbered.append((t[:m.end() + 12].strip(), new[:len(m["num"]) + 14].strip()))
            out.append(new)
            continue
        out.append(line)
    return "\n".join(out), OcrNotes(furniture, tuple(garbled), tuple(numbered))
