"""Header: the document's metadata and the documents it cites.

The letterhead (issuer and the body above it), "Số: 65/KH-UBND", the place-and-date
line, the title under "KẾ HOẠCH"; and every citation "Kế hoạch số 30/KH-LĐTĐ ngày
15/3/2023 của Sở … về …" as a :class:`planflow.DocumentRef`.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

import planflow

from .agencies import is_agency_start, sentence_case
from .text import Para

__all__ = ["Header", "read_date", "read_header", "references", "title_period"]

_NUMBER = re.compile(r"^Số\s*:?\s*([0-9][0-9A-Za-zĐđ./\- ]*?)\s*$")
_NUMBER_DATED = re.compile(
    r"^Số\s*:?\s*([0-9][0-9A-Za-zĐđ./\-]*?)\s*,?\s+ngày\s+(?P<d>\d{1,2})\s*(?:tháng|/|\.|-)\s*"
    r"(?P<m>\d{1,2})\s*(?:năm|/|\.|-)\s*(?P<y>\d{4})\s*\.?$", re.I)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}?),\s*ngày\s+(?P<d>\d{1,2})\s*(?:tháng|/)\s*(?P<m>\d{1,2})\s*"
    r"(?:năm|/)\s*(?P<y>\d{4})", re.I)
_MOTTO = re.compile(r"CỘNG H[ÒO]A XÃ HỘI|Độc lập\s*-\s*Tự do", re.I)
# the document's own name over its title: a Kế hoạch, or a Chương trình (hành động, công tác)
# issued the same way
_TITLE_WORD = re.compile(r"^(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)\b", re.I)
# "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG" on a line of their own: the kind, the title below
_ACTION_TITLE = re.compile(r"(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)\s+HÀNH\s+ĐỘNG")
_BODY_START = re.compile(
    r"^(?:Căn cứ|Thực hiện|Triển khai|Để|Nhằm|Do|Theo|Trên cơ sở|Sau khi|Ủy ban|UBND|Uỷ ban|"
    r"Thời gian qua|Nhằm|Qua|Năm)\b")
_ROMAN = re.compile(r"^[IVXL]+\.\s")


@attrs.frozen
class Header:
    """What the top of the document says, and where the body begins."""

    info: planflow.DocumentInfo
    body_start: int
    issuer_short: str | None = None
    has_title_word: bool = False
    warnings: tuple[str, ...] = ()


def read_date(text: str) -> date | None:
    """A date written '15/3/2023', '15-3-2023' or '30 tháng 4 năm 2025'; None if impossible."""
    m = re.match(r"\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", text)
    if not m:
        m = re.match(r"\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text, re.I)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


_sentence_case_body = sentence_case

# a letterhead's two bodies run together: the People's Committee of a place, then the
# department (or steering committee) under it that issues the plan
_DEPARTMENT = re.compile(
    r"^(?P<parent>(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND)\s+(?:TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ"
    r"|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+.+?)\s+(?P<issuer>(?:SỞ|BAN\s+CHỈ\s+ĐẠO|BAN\s+QUẢN\s+LÝ|BỘ\s+CHỈ\s+HUY"
    r"|CÔNG\s+AN|(?<!HẢI\s)PHÒNG(?!\s+CHỐNG)|TRUNG\s+TÂM|CHI\s+CỤC|VĂN\s+PHÒNG|THANH\s+TRA|HỘI\s+ĐỒNG|BAN\s+DÂN\s+TỘC"
    r"|ĐÀI\s+PHÁT\s+THANH)\b.*)$")


def _bodies(parts: tuple[str, ...]) -> list[str]:
    bodies: list[str] = []
    merged: list[str] = []
    for p in parts:
        # "ỦY" | "BAN NHÂN DÂN" (a scrape's cell cut the name after its first word): one line
        if merged and len(merged[-1].split()) == 1 and not is_agency_start(
                _sentence_case_body(merged[-1])):
            merged[-1] += " " + p
        else:
            merged.append(p)
    for p in merged:
        if not bodies or is_agency_start(_sentence_case_body(p)):
            bodies.append(p)
        else:
            bodies[-1] += " " + p
    return bodies


def title_period(title: str, issued: date | None) -> planflow.Period | None:
    """The span the title names: 'giai đoạn 2026 - 2030' (or the years alone, '03 năm
    2026 - 2028'), 'năm học 2025-2026' (1 September to 31 August), 'đến năm 2030' (from
    the issue year), 'năm 2026'. A vision ('tầm nhìn đến năm 2045') is not the period, nor
    the date of a document the title cites ('Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm
    2025')."""
    t = re.sub(r"[,;]?\s*tầm nhìn\b.*$", "", title.casefold())
    # the date of a document the title cites ("quyết định số 06/qđ-ttg ngày 02 tháng 01 năm
    # 2025 của …", "ngày 02/01/2025") is that document's day, not the plan's period
    t = re.sub(r"\bngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*|[/.-]\s*\d{1,2}\s*[/.-]\s*)"
               r"(?:19|20)\d\d", " ", t)
    # a term of office ("nhiệm kỳ 2026 - 2031", "khóa XVI") is not the plan's period
    t = re.sub(r"nhiệm kỳ\s+\d{4}\s*[-–—]\s*\d{4}", " ", t)
    m = re.search(r"năm học\s+(\d{4})\s*[-–—]\s*(\d{4})", t)
    if m and int(m.group(1)) + 1 == int(m.group(2)):
        return planflow.Period(date(int(m.group(1)), 9, 1), date(int(m.group(2)), 8, 31))
    # "… giai đoạn 2022 - 2030, giai đoạn I: từ năm 2022 đến năm 2025, năm 2024": the phase
    # of a programme, then the plan's own year, closing the title
    m = re.search(r",\s*năm\s+((?:19|20)\d\d)\s*$", t)
    if m and re.search(r"giai đoạn|(?:19|20)\d\d\s*[-–—]", t[: m.start()]):
        return planflow.Period.coerce(int(m.group(1)))
    m = re.search(r"giai đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})", t) or re.search(
        r"(?<![\d/])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?![\d/])", t)
    if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 30:
        return planflow.Period(date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31))
    m = re.search(r"đến năm\s+(\d{4})", t)
    if m and issued and issued.year <= int(m.group(1)):
        return planflow.Period(date(issued.year, 1, 1), date(int(m.group(1)), 12, 31))
    m = re.search(r"năm\s+(\d{4})(?!\s*[-–—]\s*\d)", t)
    if m and 1900 < int(m.group(1)) < 2200:
        return planflow.Period.coerce(int(m.group(1)))
    return None


_NUMBER_ALONE = re.compile(r"^Số\s*:?\s*$")
_SYMBOL_ALONE = re.compile(r"^([0-9][0-9A-Za-zĐđ.]*\s*/\s*[0-9A-ZĐ][0-9A-Za-zĐđ/.\-]*?)\.?$")


def _split_number(paras: list[Para]) -> str | None:
    """The symbol printed on the line after a bare "Số:" (its own paragraph or line)."""
    lines = [ln.replace("*", "").strip() for p in paras for ln in p.parts if ln.strip()]
    for a, b in zip(lines, lines[1:], strict=False):
        if _NUMBER_ALONE.match(a) and (m := _SYMBOL_ALONE.match(b)) is not None:
            return re.sub(r"\s+", "", m.group(1))
    return None


def read_header(paras: list[Para]) -> Header:
    """The header fields, and the index of the first paragraph after the title."""
    number = symbol = kind = place = None
    issued: date | None = None
    issuer = parent = ""
    issuer_short = None
    warnings: list[str] = []
    title_at = None
    split_symbol = _split_number(paras[:40])  # "Số:" on one line, "7360/KH-UBND" on the next
    for k, p in enumerate(paras[:40]):
        if _ROMAN.match(p.text):
            break
        m = _NUMBER.match(p.text)
        dated = _NUMBER_DATED.match(p.text) if m is None else None
        if dated is not None and symbol is None and issued is None:
            # "Số: 65/KH-UBND ngày 23/3/2023" (a sheet's or a citation-style number line):
            # the number, and the day it was issued, no place
            try:
                issued = date(int(dated["y"]), int(dated["m"]), int(dated["d"]))
            except ValueError:
                warnings.append(planflow.Worded.of("{where}: the date names no real day ({text!r})",
                                                   "date_unreal", where=p.where, text=p.text))
            m = dated
        if symbol is None and (m or split_symbol is not None):
            if m:
                symbol = re.sub(r"\s+", "", m.group(1)).strip(".")
            elif split_symbol is not None:
                symbol = split_symbol
            assert symbol is not None
            number = re.split(r"[/-]", symbol)[0] or None
            km = re.search(r"/([A-ZĐ]+)", symbol)
            kind = km.group(1) if km else None
            if m:
                continue
        if _NUMBER_ALONE.match(p.text) or (split_symbol and p.text.strip(" .") == split_symbol):
            continue
        m = _PLACE_DATE.match(p.text)
        if m and issued is None:
            place = m.group("place").strip()
            prev = paras[k - 1].text.replace("*", "").strip() if k else ""
            if (prev and len(prev.split()) <= 2 and prev[:1].isupper() and not prev.isupper()
                    and not re.search(r"[0-9:]", prev) and place[:1].isupper()):
                place = f"{prev} {place}"  # "Hà" | "Nội, ngày …": a place cut in a scrape's cell
            try:
                issued = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                warnings.append(planflow.Worded.of("{where}: the date line names no real day "
                                                   "({text!r})", "date_line_unreal", where=p.where,
                                                   text=p.text))
            continue
        if _TITLE_WORD.match(p.text) and (len(p.text) <= 12 or _ACTION_TITLE.fullmatch(p.text.strip(" *"))):
            title_at = k
            break
        if _MOTTO.search(p.text):
            continue
        if not issuer and p.text.isupper() and is_agency_start(_sentence_case_body(p.text)):
            bodies = _bodies(p.parts)
            if len(bodies) == 1 and (dm := _DEPARTMENT.match(" ".join(bodies[0].split()))) is not None:
                # "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" over "SỞ Y TẾ", joined in one line: the
                # department issues, under its People's Committee
                bodies = [dm["parent"], dm["issuer"]]
            issuer = _sentence_case_body(bodies[-1]).strip(" |")
            parent = _sentence_case_body(" ".join(bodies[:-1])) if len(bodies) > 1 else ""
    title = ""
    body = 0
    if title_at is not None:
        body = title_at + 1
        parts: list[str] = []
        while body < len(paras) and not _ROMAN.match(paras[body].text):
            t = paras[body].text
            if parts and (_BODY_START.match(t) or (len(t) > 60 and not t.isupper())):
                break
            parts.append(t)
            body += 1
            if not t.isupper() and not t.startswith("("):
                break
        title = " ".join(parts)
    if kind is None and title_at is not None:
        kind = "KH"
    info = planflow.DocumentInfo(kind=kind or "KH", number=number, symbol=symbol, issuer=issuer,
                                 parent_body=parent or None, place=place, date=issued, title=title)
    return Header(info, body, issuer_short, title_at is not None, tuple(warnings))


# -- citations ---------------------------------------------------------------------

_KINDS = {
    "kế hoạch": "KH", "quyết định": "QĐ", "nghị quyết": "NQ", "chỉ thị": "CT", "công văn": "CV",
    "văn bản": None, "thông tư liên tịch": "TTLT", "thông tư": "TT", "nghị định": "NĐ",
    "luật": "Luật", "quy định": "QyĐ", "kết luận": "KL", "thông báo": "TB", "hướng dẫn": "HD",
    "chương trình": "CTr", "đề án": "ĐA", "công điện": "CĐ",
}
_KIND_RE = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
_SYMBOL = r"\d+[a-z]?(?:\s?[/-]\s?(?:\d{4}|[A-ZĐ][\wĐđ&.]*))+"
_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_CITE = re.compile(
    rf"(?P<kind>{_KIND_RE})\s+(?:số\s*:?\s*)(?P<symbol>{_SYMBOL})"
    rf"(?:\s*,?\s*ngày\s+(?P<date>{_DATE}))?", re.I)
_ISSUER_END = re.compile(
    r"\s+(?=về\s|ban hành|phê duyệt|quy định|hướng dẫn|tại\s|thực hiện|triển khai|và\s+(?:"
    + _KIND_RE + r")|\()|[;,.:]|$", re.I)
_TITLE_END = re.compile(r";|\.\s|\.$|\s\(sau đây|\s+và\s+(?=(?:" + _KIND_RE + r")\s+số)", re.I)


def _cite(m: re.Match[str], text: str, role: str) -> planflow.DocumentRef:
    rest = text[m.end():]
    issuer = title = None
    im = re.match(r"\s*của\s+", rest)
    if im:
        rest = rest[im.end():]
        e = _ISSUER_END.search(rest)
        issuer = rest[: e.start() if e else len(rest)].strip() or None
        rest = rest[e.start() if e else len(rest):]
    tm = re.match(r"\s*(?=về\s|ban hành|phê duyệt)", rest, re.I)
    if tm:
        body = rest[tm.end():]
        e = _TITLE_END.search(body)
        title = body[: e.start() if e else len(body)].strip(" ,")
        if title.count(")") > title.count("("):
            title = title[: title.rfind(")")].strip(" ,")
        title = title or None
    kind = _KINDS.get(m.group("kind").casefold())
    return planflow.DocumentRef(re.sub(r"\s+", "", m.group("symbol")), kind=kind,
                                date=read_date(m.group("date") or ""), issuer=issuer,
                                title=title, role=role)


def references(preamble: list[Para], body: list[Para], own: str | None) -> list[planflow.DocumentRef]:
    """Documents cited: in the preamble, after "Căn cứ" a basis, a plan after "Thực hiện" or
    "Triển khai" the parent it implements; in the body, cited. First mention wins."""
    out: dict[str, planflow.DocumentRef] = {}
    own_key = re.sub(r"\s+", "", own or "").casefold()
    for where, paras in (("preamble", preamble), ("body", body)):
        for p in paras:
            text = p.text
            implementing = bool(re.match(r"^(?:Thực hiện|Triển khai)", text, re.I))
            for m in _CITE.finditer(text):
                key = re.sub(r"\s+", "", m.group("symbol")).casefold()
                if key in out or key == own_key:
                    continue
                kind = _KINDS.get(m.group("kind").casefold())
                if where == "body":
                    role = "cited"
                elif implementing and kind == "KH":
                    role = "implements"
                else:
                    role = "basis"
                out[key] = _cite(m, text, role)
    return list(out.values())
