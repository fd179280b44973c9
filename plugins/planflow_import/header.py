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
from .text import Para, Table

__all__ = ["Header", "PageFacts", "page_facts", "complete_issuer", "decision_from_note", "layout_cells", "own_from_note", "read_date",
           "read_header", "references", "site_footer", "site_furniture", "title_period"]

_NUMBER = re.compile(r"^Số\s*:?\s*([0-9][0-9A-Za-zĐđ./\- ]*?)\s*$")
_NUMBER_DATED = re.compile(
    r"^Số\s*:?\s*([0-9][0-9A-Za-zĐđ./\-]*?)\s*,?\s+ngày\s+(?P<d>\d{1,2})\s*(?:tháng|/|\.|-)\s*"
    r"(?P<m>\d{1,2})\s*(?:năm|/|\.|-)\s*(?P<y>\d{4})\s*\.?$", re.I)
# "Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025": the two columns of the letterhead's
# second row joined on one line (a scan's text, a layout-less PDF text): number, place, date
_NUMBER_PLACE_DATE = re.compile(
    r"^Số\s*:?\s*(?P<symbol>\d+[a-z]?(?:\s*[/-]\s*[0-9A-ZĐ][0-9A-ZĐ&.]*)+)\s+"
    r"(?P<place>[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){0,4})\s*,\s*ngày\s+(?P<d>\d{1,2})\s*"
    r"(?:tháng|/)\s*(?P<m>\d{1,2})\s*(?:năm|/)\s*(?P<y>\d{4})\s*$")
# "Số 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026": the number and the place-and-date on one
# line (two columns flattened into one by an OCR or a text layer)
_NUMBER_THEN_PLACE = re.compile(r"^Số\s*:?\s*(?P<symbol>[0-9][0-9A-Za-zĐđ./\-]*[/-][0-9A-Za-zĐđ./\-]*)\s+"
                                r"(?P<rest>[A-ZĐÀ-Ỹ][^,]{1,60}?,\s*ngày\s+\d.*)$")
# a Party letterhead's right column, "ĐẢNG CỘNG SẢN VIỆT NAM", joined to its left one
_PARTY_MOTTO = re.compile(r"\s+ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*$")
# "CHƯƠNG TRÌNH HÀNH ĐỘNG" over "CỦA BỘ CHÍNH TRỊ" (OCR: "CUA"): the body that issues it
_OF_BODY = re.compile(r"^C[ỦUŨÙÚỤ]A\s+(?P<body>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{2,60})$")
# "Số:      /UBND-KT", "Lào Cai, ngày     tháng     năm 2026": the number and the day left
# blank where the document was taken (a draft, or a document numbered and dated by the
# e-office system when it is signed)
_NUMBER_BLANK = re.compile(r"^Số\s*:?[\s.…_]*(?P<rest>/\s*[A-ZĐ][0-9A-Za-zĐđ./\-]*)\s*\.?$")
_PLACE_DATE_BLANK = re.compile(
    r"^(?P<place>[^,\d]{2,60}?),\s*ngày[\s.…_]*tháng[\s.…_]*(?:(?P<m>\d{1,2})\s+)?năm(?:\s*(?P<y>(?:19|20)\d\d))?[\s.…_]*$",
    re.I)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}?),\s*ngày\s+(?P<d>\d{1,2})\s*(?:tháng|/)\s*(?P<m>\d{1,2})\s*"
    r"(?:năm|/)\s*(?P<y>\d{4})", re.I)
_MOTTO = re.compile(r"CỘNG\s*H(?:[ÒOÕ]A|OÀ)\s+X|^CỘNG$|Độc\s+lập\s*[-–]?\s*Tự\s+do|^Độc\s+lập$|^Tự\s+do$|^Hạnh\s+phúc$",
                   re.I)
# the document's own name over its title: a Kế hoạch, or a Chương trình (hành động, công tác)
# issued the same way
_TITLE_WORD = re.compile(r"^(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)\b", re.I)
# "KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG" (of a body: "… CỦA CHÍNH PHỦ") on a line of
# their own: the kind, the title below
# (also "KẾ HOẠCH QUỐC GIA", "KẾ HOẠCH TỔNG THỂ", "KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA" on their own
# line over the title: a national plan's kind)
_ACTION_TITLE = re.compile(r"(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)\s+HÀNH\s+ĐỘNG(?:\s+CỦA(?:\s+[A-ZĐÀ-Ỹ]+)+)?"
                           r"|(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)(?:\s+HÀNH\s+ĐỘNG)?\s+(?:QUỐC\s+GIA|TỔNG\s+THỂ)")
_BODY_START = re.compile(
    r"^(?:Căn cứ|Thực hiện|Triển khai|Để|Nhằm|Do|Theo|Trên cơ sở|Sau khi|Ủy ban|UBND|Uỷ ban|"
    r"Thời gian qua|Nhằm|Qua|Năm)\b")
_ROMAN = re.compile(r"^[IVXL]+\.\s")


# -- the website's furniture above the letterhead ------------------------------------

# the first line of a letterhead: an issuing body in capitals ("ỦY BAN NHÂN DÂN", "ỦY" cut
# from the rest by a scrape, "BỘ TƯ PHÁP", "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "SỞ Y TẾ"), the national
# motto, or the number line
_LETTERHEAD_START = re.compile(
    r"^(?:(?:ỦY|UỶ|UBND|BỘ|THỦ|CHÍNH\s+PHỦ|SỞ|HỘI\s+ĐỒNG|BAN|TỈNH\s+ỦY|HUYỆN\s+ỦY|ĐẢNG\s+ỦY|CÔNG\s+AN|BỘ\s+CHỈ"
    r"|TRUNG\s+TÂM|CHI\s+CỤC|CỤC|TỔNG\s+CỤC|VĂN\s+PHÒNG|PHÒNG|TRƯỜNG|ĐÀI|BỆNH\s+VIỆN|TỈNH|THÀNH\s+PHỐ"
    r"|HUYỆN)(?:\s|$)"
    r"|CỘNG(?:\s|$)|Số\s*:)")
_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# a stray "/" (or "\\") before capitals that are words, not a symbol's code ("/KH-UBND")
_STRAY_SLASH = re.compile(r"^[/\\]\s*(?=[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ]+\s+[A-ZĐÀ-Ỹ])")


def _letterhead_confirmed(lines: list[str], k: int) -> bool:
    """A letterhead starts at line ``k``: the motto or a number line "Số: …" follows
    within a few lines (a body's name in capitals alone is not enough); a plan attached to
    a decision, printing no number of its own, names the decision's in its note instead
    ("(Kèm theo Quyết định số 1422/QĐ-TTg …)")."""
    near = " ".join(ln.strip(" |*") for ln in lines[k:k + 14])
    return bool(re.search(r"CỘNG\s*H(?:[ÒOÕ]A|OÀ)|Độc\s+lập", near, re.I)) and bool(
        re.search(r"(?:^|\s|\|)Số\s*:", " \n".join(lines[k:k + 14]))
        or re.search(r"\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết)\s+số\s*\d", near))


# where a letterhead flattened on one line breaks: runs of spaces (the lines' ends), the
# motto, "Số:", the place before ", ngày N", a decision's title and decider, "Căn cứ"
_FLAT_BREAK = re.compile(
    r"\s{2,}|\s(?=CỘNG\s*H(?:[ÒOÕ]A|OÀ)\s|Độc\s+lập\b|Số\s*:|QUYẾT\s+ĐỊNH\s+[A-ZĐ]|BỘ\s+TRƯỞNG\s|CHỦ\s+TỊCH\s"
    r"|THỦ\s+TƯỚNG\s+CHÍNH|Căn\s+cứ\s|(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){0,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+,\s*ngày\s+\d"
    r"|\d{1,2}\.\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
    r"|(?<=năm\s\d{4})\s+(?=[A-ZĐÀ-Ỹ]{2,}\s)|[-–]{3,}(?:\s+[-–]{3,})*")


def unflatten_letterhead(text: str) -> tuple[str, bool]:
    """A letterhead a PDF's text extraction put on one long line ("1. BỘ Y TẾ CỘNG HÒA XÃ
    HỘI … Số: 5556/QĐ-BYT Hà Nội, ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH …"), cut back into
    its lines: at runs of spaces, before the motto, "Số:", the place and date, a
    decision's title and decider, "Căn cứ"; a page's number before the issuer ("1. ") is
    dropped. Only a line of the first 80 holding the motto, "Số:" and a date is cut.
    Returns the text and whether a line was cut."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:80]):
        if len(line) < 200 or not (re.search(r"CỘNG\s*H(?:[ÒOÕ]A|OÀ)\s", line) and re.search(r"Số\s*:", line)
                                   and re.search(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", line)):
            continue
        pieces: list[str] = []
        for x in _FLAT_BREAK.split(line):
            x = (x or "").strip()
            if not x:
                continue
            if pieces and re.fullmatch(r"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s?){1,3}", pieces[-1]) and \
                    re.match(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+,\s*ngày", x):
                pieces[-1] = f"{pieces[-1]} {x}"  # "Hà" | "Nội, ngày …": one place
                continue
            pieces.append(x)
        if pieces:
            pieces[0] = re.sub(r"^\d{1,3}\.\s+(?=[A-ZĐÀ-Ỹ]{2,})", "", pieces[0])
        pieces = [y for x in pieces for y in _unweave(x)]
        # one block a piece (blank lines between), so no line is joined back to the next
        return "\n".join([*lines[:k], "\n\n".join(pieces), *lines[k + 1:]]), True
    return text, False


# two columns of a letterhead kept in their layout by a PDF's text extraction (pdftotext
# -layout): the left words, a run of spaces, the right words (never the spaces a number
# line leaves around its slash, "Số:   4390     /UBND-NLN", where the number was filled in)
_COLUMN_GAP = re.compile(r"(?<=[^\s/])\s{4,}(?=[^\s/])")


# a document's kind opening its title line ("KẾ HOẠCH", "QUYẾT ĐỊNH …"): never a body's name
_KIND_LINE = re.compile(r"^(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|CHƯƠNG\s+TRÌNH|THÔNG\s+BÁO"
                        r"|ĐỀ\s+ÁN|BÁO\s+CÁO|PHỤ\s+LỤC)\b")


def numbered_left(left: list[str]) -> bool:
    """Whether a letterhead's left column has reached its number line ("Số: …")."""
    return any(re.match(r"Số\b", x) for x in left)


# what the right column of a letterhead holds on a line of its own: the motto's second line
_RIGHT_ONLY = re.compile(r"^(?:Độc\s+lập\s*[-–]\s*Tự\s+do|CỘNG\s*H[ÒOÕ]A\s+XÃ\s+HỘI)", re.I)


def unlayout_letterhead(text: str) -> tuple[str, bool]:
    """A letterhead whose two columns a PDF's text kept side by side ("ỦY BAN NHÂN DÂN
    <spaces> CỘNG HÒA XÃ HỘI …" / "TỈNH X <spaces> Độc lập - …" / "Số: 12/KH-UBND <spaces>
    X, ngày …"): read column by column, the left column's lines then the right's. Only a
    run of such lines within the first 40, holding the motto on one side and "Số" on the
    other, is rewritten; it ends at the first line with words in one column only (the
    title). A plan attached to a decision prints no "Số": its body in capitals on the left
    then does, the motto's second line alone in the right column ("THỦ TƯỚNG CHÍNH PHỦ
    <spaces> CỘNG HÒA …" / "<spaces> Độc lập - Tự do - Hạnh phúc"). Returns the text and
    whether it was rewritten."""
    lines = text.split("\n")
    for k in range(min(40, len(lines))):
        if len(_COLUMN_GAP.split(lines[k].strip())) != 2:
            continue
        gap = _COLUMN_GAP.search(lines[k].strip())
        assert gap is not None
        right_at = len(lines[k]) - len(lines[k].lstrip()) + gap.end()  # where the right column starts
        left: list[str] = []
        right: list[str] = []
        end = k
        while end < len(lines):
            line = lines[end].strip()
            parts = _COLUMN_GAP.split(line) if line else []
            if len(parts) == 2:
                left.append(parts[0].strip())
                right.append(parts[1].strip())
            elif line and len(lines[end]) - len(lines[end].lstrip()) >= right_at \
                    and _RIGHT_ONLY.search(line):
                right.append(line)  # the motto's second line alone, in the right column
            elif line and left and not numbered_left(left) and line.isupper() \
                    and len(lines[end]) - len(lines[end].lstrip()) + len(line) < right_at \
                    and not _KIND_LINE.match(line):
                left.append(line)  # "TỈNH HOA MAI" under "ỦY BAN NHÂN DÂN", the right column empty
            elif line and not re.fullmatch(r"[*\-–_=.\s]{1,40}", line):
                break  # the title, or the text: one column
            end += 1
        joined_left, joined_right = " ".join(left), " ".join(right)
        numbered = re.search(r"(?:^|\s)Số\b", joined_left) is not None and len(left) >= 2
        # (no "Số": the issuing body in capitals over the motto's two lines)
        bodied = joined_left.isupper() and len(right) >= 2 and re.search(r"Độc\s+lập", joined_right) is not None
        if not (re.search(r"CỘNG\s*H(?:[ÒOÕ]A|OÀ)|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", joined_right, re.I)
                and (numbered or bodied)):
            return text, False
        # as many lines as were there (blank ones after), so line numbers stay the page's
        pad = [""] * max(0, end - k - len(left) - len(right))
        return "\n".join([*lines[:k], *left, *right, *pad, *lines[end:]]), True
    return text, False


# the motto with the other column's words woven in by the flattening: "CỘNG HÒA XÃ HỘI CHỦ
# NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM CẦN GIỜ" (left: "ỦY BAN NHÂN DÂN HUYỆN" | "CẦN GIỜ")
_WOVEN_MOTTO = re.compile(r"^(?P<motto>CỘNG\s*H(?:[ÒOÕ]A|OÀ)\s+X\S*\s*HỘI\s+CHỦ\s+NGHĨA\s+VIỆT)\s+(?!NAM\b)"
                          r"(?P<mid>.+?)\s+NAM\b\s*(?P<rest>.*)$")


def _unweave(piece: str) -> list[str]:
    """A flattened line's piece, the motto and the other column's words taken apart;
    "KẾ HOẠCH" at the start of a title's piece on a line of its own."""
    m = _WOVEN_MOTTO.match(piece)
    if m is not None and piece.isupper():
        return [f"{m['motto']} NAM", " ".join(f"{m['mid']} {m['rest']}".split())]
    m = re.match(r"^(KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH\s+HÀNH\s+ĐỘNG)\s+([A-ZĐÀ-Ỹ].*)$", piece)
    if m is not None and m.group(2).split("(")[0].strip().isupper():
        return [m.group(1), m.group(2)]
    return [piece]


def site_furniture(text: str) -> tuple[str, int]:
    """The text with what a website prints above the document blanked: its menus and
    buttons ("Tải về", "Thuộc tính"), its attribute table ("Số hiệu | 60/KH-UBND |",
    "Loại văn bản: Quyết định"), breadcrumbs, the page's own title, a list of related
    documents, a URL line: every line above the letterhead, when a letterhead is found
    (an issuing body in capitals, the motto or "Số: …", with the motto and a number line
    close by) within the first 80 lines. Returns the text (the same number of lines, so
    places stay right) and how many lines were blanked."""
    lines = text.split("\n")
    seen = 0
    for k, line in enumerate(lines[:200]):
        t = _STRAY_SLASH.sub("", line.strip().strip("|*# ").strip())
        if not t:
            continue
        seen += 1
        if seen > 80:
            break
        if _URL.match(t):
            continue
        if _LETTERHEAD_START.match(t) and (t.isupper() or t.startswith("Số") or t.startswith("CỘNG")) \
                and _letterhead_confirmed(lines, k):
            dropped = sum(1 for ln in lines[:k] if re.search(r"\w", ln))  # not "|" or rules
            if not dropped:
                return text, 0
            return "\n" * k + "\n".join(lines[k:]), dropped
    # no letterhead: only URL lines at the very top are the page's
    top = 0
    while top < len(lines) and (not lines[top].strip() or _URL.match(lines[top])):
        top += 1
    dropped = sum(1 for ln in lines[:top] if ln.strip())
    return ("\n" * top + "\n".join(lines[top:]), dropped) if dropped else (text, 0)


# -- a document a website prints with no letterhead, under its own fields ------------

# a field of a legal-document website's box over the document ("**Số hiệu:**" / "6316/…",
# "Loại văn bản: Công văn"): its label, and its value when on the same line
_PAGE_FIELD = re.compile(r"^(?P<label>Số\s+hiệu|Loại\s+văn\s+bản|Nơi\s+ban\s+hành|Người\s+ký|Ngày\s+ban\s+hành"
                         r"|Ngày\s+hiệu\s+lực|Ngày\s+công\s+báo|Số\s+công\s+báo|Tình\s+trạng|Lĩnh\s+vực)\s*:"
                         r"\s*(?P<value>.*)$", re.I)
# the kinds a box names and their codes
_PAGE_KINDS = {"công văn": "CV", "chỉ thị": "CT", "kế hoạch": "KH", "quyết định": "QĐ",
               "nghị quyết": "NQ", "chương trình": "CTr", "thông báo": "TB", "hướng dẫn": "HD"}


@attrs.frozen
class PageFacts:
    """What a website's own fields say of a document it prints with no letterhead (a
    Công văn, a Chỉ thị as thuvienphapluat lays it out): its number and symbol, kind,
    issuer and issue date, and the page's own name of it (printed after the document:
    "Công văn 6316/BVHTTDL-VP năm 2025 giao nhiệm vụ … do Bộ X ban hành")."""

    line: int
    symbol: str | None = None
    kind: str | None = None
    issuer: str | None = None
    issued: date | None = None
    title: str | None = None


def _bare(line: str) -> str:
    return line.strip().strip("|*# ").replace("*", "").strip()


def page_facts(text: str) -> tuple[str, PageFacts | None, int]:
    """A document a website prints under its box of fields ("Số hiệu:", "Loại văn bản:",
    "Nơi ban hành:", "Ngày ban hành:", each with its value, at least three of them with the
    number) and with no letterhead above its opening: everything down to the box's last
    value is the page's (its banner, notices, the box) and is blanked; the fields are
    returned, with the page's own name of the document when it prints one after it. Returns
    the text (the same number of lines), the facts (None when there is no such box or a
    letterhead is found above the box's end) and how many lines were blanked."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    end = -1
    k = 0
    limit = min(len(lines), 160)
    while k < limit:
        t = _bare(lines[k])
        if _LETTERHEAD_START.match(t) and (t.isupper() or t.startswith(("Số", "CỘNG"))) \
                and _letterhead_confirmed(lines, k):
            return text, None, 0  # the letterhead names the document
        m = _PAGE_FIELD.match(t)
        if m is None:
            if fields and k - end > 6:
                break  # the box is over
            k += 1
            continue
        label = " ".join(m["label"].casefold().split())
        value, at = m["value"].strip(), k
        if not value:  # the value on a line of its own below ("|" lines between)
            j = k + 1
            while j < limit and not _bare(lines[j]):
                j += 1
            if j < limit and _PAGE_FIELD.match(_bare(lines[j])) is None:
                value, at = _bare(lines[j]), j
        if value:
            fields.setdefault(label, value)
            end = at
        k = at + 1
    if "số hiệu" not in fields or len(fields) < 3:
        return text, None, 0
    while end + 1 < len(lines) and not _bare(lines[end + 1]):
        end += 1  # the box's closing cell marks ("|"): the document's text is no cell of it
    rest = "\n".join(lines[end + 1:])
    if not re.search(r"Kính\s+gửi|^\W*(?:CHỈ\s+THỊ|KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|THÔNG\s+BÁO)\W*$", rest[:3000],
                     re.I | re.M):
        return text, None, 0  # no document opens under the box
    symbol = fields["số hiệu"].split()[0].strip(" .;,")
    kind_word = fields.get("loại văn bản", "").casefold().strip()
    kind = _PAGE_KINDS.get(kind_word) or (_kind_of(symbol) if "/" in symbol else None)
    issued = read_date(fields.get("ngày ban hành", ""))
    issuer = fields.get("nơi ban hành")
    title = None
    for line in lines[len(lines) // 2:]:
        t = _bare(line)
        named = re.match(r"^(?:Công\s+văn|Chỉ\s+thị|Kế\s+hoạch|Quyết\s+định|Thông\s+báo)\s+"
                         + re.escape(symbol) + r"\s+(?:năm\s+\d{4}|ngày\s+[\d/]+)\s+(?P<title>.+?)"
                         r"(?:\s+do\s+[^,]{2,80}(?:,[^,]{2,60})*\s+ban\s+hành)?$", t)
        if named is not None and len(named["title"]) >= 10:
            title = named["title"][:1].upper() + named["title"][1:]
            break
    dropped = sum(1 for ln in lines[:end + 1] if re.search(r"\w", ln))
    facts = PageFacts(line=end + 1, symbol=symbol, kind=kind, issuer=issuer, issued=issued, title=title)
    return "\n" * (end + 1) + "\n".join(lines[end + 1:]), facts, dropped


# -- the website's furniture below the document -------------------------------------

# the lines a legal-document website prints after the document: its notice that no English
# text exists, its list of related documents, its comparison help, its thanks
_FOOTER_START = re.compile(
    r"^(?:Văn\s+bản\s+này\s+chưa\s+cập\s+nhật\s+nội\s+dung\s+Tiếng\s+Anh"
    r"|Văn\s+bản\s+liên\s+quan|NỘI\s+DUNG\s+SỬA\s+ĐỔI,\s+HƯỚNG\s+DẪN"
    r"|Cảm\s+ơn\s+đã\s+dùng\s+ThuVienPhapLuat\.vn)$", re.I)
# the page's own title of the document just above it ("Quyết định 2530/QĐ-TTg năm 2025 phê
# duyệt … do Thủ tướng Chính phủ ban hành")
_PAGE_TITLE = re.compile(
    r"^(?:Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Chương\s+trình|Thông\s+báo|Công\s+văn"
    r"|Hướng\s+dẫn|Đề\s+án|Thông\s+tư|Nghị\s+định)\s+\d+[^\s]*\s.*\bban\s+hành$")


def site_footer(text: str) -> tuple[str, int]:
    """The text with what a website prints below the document blanked: from its notice
    that the text has no English version, its list of related documents ("Văn bản liên
    quan"), its comparison help ("NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN") or its thanks (the first of
    them in the second half of the text), and the page's own title of the document just
    above it, to the end. Returns the text (the same number of lines, so places stay
    right) and how many lines were blanked."""
    lines = text.split("\n")
    for k in range(len(lines) // 2, len(lines)):
        if not _FOOTER_START.match(lines[k].strip().strip("|*# ").strip()):
            continue
        start = k
        while start > 0 and (not lines[start - 1].strip()
                             or _PAGE_TITLE.match(lines[start - 1].strip())):
            start -= 1
        while start < k and not lines[start].strip():
            start += 1
        dropped = sum(1 for ln in lines[start:] if re.search(r"\w", ln))
        return "\n".join([*lines[:start], *[""] * (len(lines) - start)]), dropped
    return text, 0


@attrs.frozen
class Header:
    """What the top of the document says, and where the body begins."""

    info: planflow.DocumentInfo
    body_start: int
    issuer_short: str | None = None
    has_title_word: bool = False
    warnings: tuple[str, ...] = ()
    #: the first paragraph after the place-and-date line (0 when none was read): where the
    #: text goes on when no title is found
    letterhead_end: int = 0
    #: the year of a place-and-date line whose day and month are left blank ("ngày    tháng
    #: năm 2026"); 0 when the line names none, None when there is no such line
    blank_date_year: int | None = None
    #: the month of that line when only its day is blank ("ngày    tháng 3 năm 2026")
    blank_date_month: int | None = None
    #: what follows a number left blank ("Số:      /KH-UBND": "/KH-UBND"), and its line
    blank_number: tuple[str, int] | None = None
    #: the line of the last field left blank (the number's, the date's): the stamp that fills
    #: them is printed after it
    blank_at: int = 0


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
    """The span the title names (see :func:`_title_span`), unless it ended more than a year
    before the plan was issued: "giám sát … từ năm 2009 đến hết năm 2023" in a plan of 2025
    names what is looked back on, not the plan's time."""
    span = _title_span(title, issued)
    if span is not None and issued is not None and span.end.year < issued.year - 1:
        return None
    return span


def _title_span(title: str, issued: date | None) -> planflow.Period | None:
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
    # "từ năm 2008 đến năm 2012", "từ năm 2026 đến hết năm 2030"
    m = re.search(r"từ\s+năm\s+(\d{4})\s+đến\s+(?:hết\s+)?năm\s+(\d{4})", t)
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


# the document kinds a number's symbol names ("65/KH-UBND", "28/CTr-UBND", "5556/QĐBYT"
# whose dash a PDF lost): the longest code the symbol's word starts with
# a body's code where a kind's would stand: a People's Committee, a council, a ministry
# ("B…"), a department ("S…"), the Government's office, a steering committee
_ISSUER_CODE = re.compile(r"^(?:UBND|HĐND|BND|VPCP|VPUB|BCĐ|B[A-ZĐ]{2,}|S[A-ZĐ]{1,5})$")
_KIND_CODES = ("CTr", "KH", "QĐ", "CT", "NQ", "TB", "HD", "KL", "CV", "BC", "ĐA", "CĐ", "TTr", "QyĐ",
               "TT", "PA")
_DECIDER_LINE = re.compile(
    r"^(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN"
    r"|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|QUYẾT\s+ĐỊNH|(?:VỀ\s*VIỆC\s*|V/V\s*)?(?:BAN\s*HÀNH|PHÊ\s*DUYỆT)"
    r"|PHẦN\s|PHỤ\s+LỤC|DỰ\s+THẢO|MẬT|KHẨN)")
# a cell of a scrape's layout that is only a rule ("-------", "*********")
_RULE_CELL = re.compile(r"^[-_=*~.\s]+$")


def _kind_of(symbol: str) -> str | None:
    """The kind's code of a number's symbol: "KH" of the State's "65/KH-UBND", "CTr" of a
    Party body's "104-CTr/TU" (number, kind, then the body after the slash)."""
    km = re.match(r"\d+[a-z]?\s*-\s*([A-ZĐ][A-Za-zĐđ]*)\s*/", symbol) or re.search(
        r"/([A-ZĐ][A-Za-zĐđ]*)", symbol)
    if km is None:
        return None
    word = km.group(1)
    if word == "TTg" or _ISSUER_CODE.match(word):
        # "4390/UBND-NLN", "9389/BNNMT-BĐKH", "123/TTg-KTN": the issuer's (and its unit's)
        # code with no kind's before it: a letter (Công văn)
        return "CV"
    return max((c for c in _KIND_CODES if word.startswith(c)), key=len, default=word)


def layout_cells(paras: list[Para | Table]) -> list[Para | Table]:
    """Paragraphs that hold a scrape's layout cells ("Hà Nội, ngày … | BAN HÀNH KẾ HOẠCH
    …", "Nơi nhận: | KT. THỦ TƯỚNG | TRIỂN KHAI …"), cut into one paragraph a cell; the
    others as they are."""
    out: list[Para | Table] = []
    for p in paras:
        if isinstance(p, Para) and "|" in p.text:
            out += [c for _, c in _cells([p])]
        else:
            out.append(p)
    return out


def _cells(paras: list[Para]) -> list[tuple[int, Para]]:
    """The top paragraphs as the cells of a scrape's layout: a paragraph holding "|"
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA … |", "Số: 60/KH-UBND |") is cut at each "|" into the
    cells it prints, each kept with its own lines; rules ("-------") are left out. Each
    cell keeps the index of its paragraph."""
    out: list[tuple[int, Para]] = []
    for k, p in enumerate(paras[:40]):
        if _STRAY_SLASH.match(p.text):
            # "/ỦY BAN MTTQ VIỆT NAM": a stray "/" before the letterhead's first words
            p = Para(p.where, p.line, _STRAY_SLASH.sub("", p.text),
                     (_STRAY_SLASH.sub("", p.parts[0]), *p.parts[1:]) if p.parts else ())
        if "|" not in p.text:
            out.append((k, p))
            continue
        cells: list[list[str]] = [[]]
        for part in p.parts:
            for i, seg in enumerate(part.split("|")):
                if i:
                    cells.append([])
                seg = seg.strip()
                if seg and not _RULE_CELL.match(seg):
                    cells[-1].append(seg)
        out += [(k, Para(p.where, p.line, " ".join(c), tuple(c))) for c in cells if c]
    return out


# where the body starts inside a title's paragraph (a scrape joined them): a part heading
# ("Phần I.", "PHẦN II"), a Roman section, the opening sentence ("Thực hiện …", "Căn cứ …")
_TITLE_TAIL = re.compile(
    r"\s+(?=(?:Phần|PHẦN)\s+(?:[IVX]+|thứ)\b|[IVX]+\.\s+\S|(?:Thực hiện|Căn cứ|Triển khai|Để|Nhằm|Trên cơ sở"
    r"|Năm \d{4},)\s)")


def _cut_title(title: str) -> str:
    """A title in capitals without what the scrape joined after it: it ends where a part
    heading or the opening sentence starts (a title in sentence case is left whole)."""
    for m in _TITLE_TAIL.finditer(title):
        head = title[: m.start()]
        if len(head.split()) >= 3 and head.isupper():
            return head.strip()
    return title


def _caps_title(t: str) -> bool:
    """A title's line in capitals, a note in brackets after it allowed ("TRIỂN KHAI … (Kèm
    theo Quyết định số …)")."""
    head = t.split("(")[0].strip()
    return bool(head) and head.isupper()


def _title_under_date(cells: list[tuple[int, Para]], j: int) -> bool:
    """The cell ``j`` is a title in capitals printed right under the place and date with
    no "KẾ HOẠCH" line above it (a website that dropped it): at least three words, not
    a decision's lines or its decider, and no "KẾ HOẠCH" line just below it."""
    t = cells[j][1].text.replace("*", "").strip()
    if len(t.split("(")[0].split()) < 3 or not _caps_title(t) or _DECIDER_LINE.match(t) or _ROMAN.match(t) \
            or _MOTTO.search(t) or _TITLE_WORD.match(t) or re.match(r"^(?:KT|TM|TL|TUQ|Q)\s*\.", t) \
            or re.match(r"^(?:NGHỊ\s+QUYẾT|CHỈ\s+THỊ)\s+CỦA\s", t):
        # (the signature's "KT. CHỦ TỊCH" is no title, nor a Party body's kind and name
        # "NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY": its title is the "về …" line below)
        return False
    return not any(_kind_line(c.text.replace("*", "").strip()) for _, c in cells[j + 1:j + 4])


def _kind_name(line: str) -> str | None:
    """The kind's line as the documents should print it again when it is more than the
    kind's usual name ("KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ"); None
    for the usual name alone."""
    t = " ".join(line.replace("*", " ").split())
    return t if _ACTION_TITLE.fullmatch(t) else None


def _kind_line(t: str) -> bool:
    """The kind's own line over a title: "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"."""
    return bool(_TITLE_WORD.match(t)) and (len(t) <= 12 or bool(_ACTION_TITLE.fullmatch(t)))


def read_header(paras: list[Para]) -> Header:
    """The header fields, and the index of the first paragraph after the title."""
    number = symbol = kind = place = None
    issued: date | None = None
    issuer = parent = ""
    issuer_short = None
    warnings: list[str] = []
    title_at = None
    kind_line = ""  # the kind's own line over the title ("KẾ HOẠCH HÀNH ĐỘNG"), as printed
    under_date = False  # the title read from the capitals under the date (no "KẾ HOẠCH" line)
    decision_line = None  # a "QUYẾT ĐỊNH" title line above any "KẾ HOẠCH"
    title_cells: list[Para] = []  # the title's first lines when a paragraph holds them with others
    letterhead_end = 0
    blank_year: int | None = None
    blank_month: int | None = None
    blank_number: tuple[str, int] | None = None
    blank_at = 0
    body_seen = False
    cells = _cells(paras)
    split_symbol = _split_number([c for _, c in cells])  # "Số:" on one line, "7360/KH-UBND" on the next
    for j, (k, p) in enumerate(cells):
        if _ROMAN.match(p.text):
            break
        joined = _NUMBER_PLACE_DATE.match(p.text) if symbol is None and issued is None else None
        if joined is not None:
            try:
                issued = date(int(joined["y"]), int(joined["m"]), int(joined["d"]))
            except ValueError:
                warnings.append(planflow.Worded.of("{where}: the date names no real day ({text!r})",
                                                   "date_unreal", where=p.where, text=p.text))
            else:
                symbol = re.sub(r"\s+", "", joined["symbol"])
                number, kind, place = re.split(r"[/-]", symbol)[0] or None, _kind_of(symbol), joined["place"]
                letterhead_end = max(letterhead_end, k + 1)
                continue
        if symbol is None and (np := _NUMBER_THEN_PLACE.match(p.text)) is not None:
            symbol = np["symbol"].strip(".")
            number = re.split(r"[/-]", symbol)[0] or None
            kind = _kind_of(symbol)
            p = Para(p.where, p.line, np["rest"], (np["rest"],))
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
            kind = _kind_of(symbol)
            if m:
                continue
        if _NUMBER_ALONE.match(p.text) or (split_symbol and p.text.strip(" .") == split_symbol):
            continue
        if symbol is None and number is None and (nb := _NUMBER_BLANK.match(p.text)) is not None:
            kind = _kind_of(re.sub(r"\s+", "", nb["rest"]))
            blank_number = (re.sub(r"\s+", "", nb["rest"]), p.line)
            blank_at = max(blank_at, p.line)
            warnings.append(planflow.Worded.of("{where}: the number is left blank ({text!r}): the "
                                               "document has no number yet", "number_blank",
                                               where=p.where, text=" ".join(p.text.split())))
            continue
        if issued is None and blank_year is None and (bd := _PLACE_DATE_BLANK.match(p.text)) is not None:
            place = bd["place"].strip()
            blank_year = int(bd["y"]) if bd["y"] else 0
            if bd["m"] and 1 <= int(bd["m"]) <= 12 and blank_year:
                # "Ninh Bình, ngày      tháng 3 năm 2026": the day alone is left blank (written
                # in by hand, or stamped, when signed)
                blank_month = int(bd["m"])
                blank_at = max(blank_at, p.line)
                warnings.append(planflow.Worded.of("{where}: the day of the date line is left blank "
                                                   "({text!r}: dated when it is signed): no issue date",
                                                   "day_blank", where=p.where, text=" ".join(p.text.split())))
            else:
                warnings.append(planflow.Worded.of("{where}: the day and month of the date line are left "
                                                   "blank ({text!r}: a draft, or a document dated when it "
                                                   "is signed): no issue date", "date_blank",
                                                   where=p.where, text=" ".join(p.text.split())))
            letterhead_end = k + 1
            continue
        m = _PLACE_DATE.match(p.text)
        if m and issued is None:
            place = m.group("place").strip()
            prev = cells[j - 1][1].text.replace("*", "").strip() if j else ""
            if (prev and len(prev.split()) <= 5 and prev[:1].isupper() and not prev.isupper()
                    and not re.search(r"[0-9:;.|]|\s[-–]\s", prev) and place[:1].isupper()
                    and not _MOTTO.search(prev) and len(place.split()) <= 3):
                # "Hà" | "Nội, ngày …", "Thành phố Hồ Chí" | "Minh, ngày …": a place cut
                # in a scrape's cell
                place = f"{prev} {place}"
            try:
                issued = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                warnings.append(planflow.Worded.of("{where}: the date line names no real day "
                                                   "({text!r})", "date_line_unreal", where=p.where,
                                                   text=p.text))
            letterhead_end = k + 1
            continue
        if _TITLE_WORD.match(p.text) and (len(p.text) <= 12 or _ACTION_TITLE.fullmatch(p.text.strip(" *"))):
            title_at, kind_line = k, p.text
            break
        first = p.parts[0].replace("*", "").strip() if p.parts else ""
        if len(p.parts) > 1 and _TITLE_WORD.match(first) and (
                len(first) <= 12 or _ACTION_TITLE.fullmatch(first)):
            # "CHƯƠNG TRÌNH HÀNH ĐỘNG" | "THỰC HIỆN NGHỊ QUYẾT …" joined in one paragraph:
            # the kind's line, then the title
            title_at, title_cells = k, [Para(p.where, p.line, " ".join(p.parts[1:]), p.parts[1:])]
            kind_line = first
            break
        if _MOTTO.search(p.text):
            continue
        t = p.text.replace("*", "").strip()
        if decision_line is None and re.match(r"^QUYẾT\s+ĐỊNH\b(?!\s*:)", t):
            decision_line = p
        if _BODY_START.match(t):
            body_seen = True
        if (issued is not None and title_at is None and decision_line is None and not body_seen
                and _title_under_date(cells, j)):
            # "Hòa Bình, ngày 16 tháng 3 năm 2018" | "ỨNG PHÓ SỰ CỐ ĐỘNG ĐẤT …": the page
            # dropped the "KẾ HOẠCH" line; the capitals under the date are the title
            title_at, under_date = k - 1, True
            title_cells = [c for _, c in cells[j:j + 6]]
            warnings.append(planflow.Worded.of("{where}: no 'KẾ HOẠCH' line: the title is read from the "
                                               "line in capitals under the date ({line!r})",
                                               "title_under_date", where=p.where, line=t[:60]))
            break
        if not issuer and re.fullmatch(r"THỦ\s+TƯỚNG(?:\s+CHÍNH\s+PHỦ)?", t):
            issuer = "Thủ tướng Chính phủ"  # the Prime Minister's letterhead
            continue
        if not issuer and symbol is None and re.fullmatch(r"CHÍNH\s+PHỦ", t):
            issuer = "Chính phủ"  # the Government's letterhead (over its number)
            continue
        if not issuer and p.text.isupper() and _PARTY_MOTTO.search(p.text) \
                and (left := _PARTY_MOTTO.sub("", p.text).strip()):
            p = Para(p.where, p.line, left, (left,))  # "TỈNH UỶ X ĐẢNG CỘNG SẢN VIỆT NAM"
        if not issuer and p.text.isupper() and is_agency_start(_sentence_case_body(p.text)) \
                and not re.match(r"^(?:VỀ\s*VIỆC\s*|V/V\s*)?(?:BAN\s*HÀNH|PHÊ\s*DUYỆT)\b", t):
            bodies = _bodies(p.parts)
            if len(bodies) == 1 and (dm := _DEPARTMENT.match(" ".join(bodies[0].split()))) is not None:
                # "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" over "SỞ Y TẾ", joined in one line: the
                # department issues, under its People's Committee
                bodies = [dm["parent"], dm["issuer"]]
            issuer = _sentence_case_body(bodies[-1]).strip(" |")
            parent = _sentence_case_body(" ".join(bodies[:-1])) if len(bodies) > 1 else ""
            # "ỦY BAN NHÂN DÂN" | "CỘNG HÒA …" | "XÃ XUÂN TÍN" | "Độc lập …": a layout's
            # rows read across; the body's place is the next cell naming a level
            if re.fullmatch(r"(?:Ủy|Uỷ) ban nhân dân|UBND", issuer) and issued is None:
                nxt = next((c.text.strip() for _, c in cells[j + 1:j + 4]
                            if c.text.isupper() and _LEVEL_CELL.match(c.text.strip())), None)
                if nxt is not None:
                    issuer = _sentence_case_body(f"{bodies[-1]} {nxt}")
        elif (issuer and re.fullmatch(r"(?:Ủy|Uỷ) ban nhân dân|UBND", issuer) and symbol is None
              and p.text.isupper() and _LEVEL_CELL.match(t)):
            issuer = _sentence_case_body(f"ỦY BAN NHÂN DÂN {t}")
        elif (issuer and symbol is None and issued is None and p.text.isupper()
              and _LEVEL_CELL.match(t) and not _HAS_LEVEL.search(issuer)):
            # "ỦY BAN MTTQ VIỆT NAM" | "XÃ LƯƠNG MINH" (one paragraph each): the body's place
            place_words = _sentence_case_body(t)
            issuer = f"{issuer} {place_words[:1].lower()}{place_words[1:]}"
        elif (issuer and symbol is None and issued is None and _HAS_LEVEL.search(issuer)
              and re.fullmatch(r"BAN\s+THƯỜNG\s+(?:TRỰC|VỤ)", t)
              and not issuer.startswith("Ban Thường")):
            # … | "BAN THƯỜNG TRỰC": the standing board of the body issues
            issuer = f"Ban {t.split()[1].capitalize()} {t.split()[2].lower()} {issuer}"
    if decision_line is not None and kind not in (None, "QĐ") and title_at is None:
        # "Số: 55/2007/CT-UBND" over "QUYẾT ĐỊNH": the title word says what the document is
        warnings.append(planflow.Worded.of("{where}: the number {symbol!r} names '{kind}' but the "
                                           "document is a Quyết định: read as one",
                                           "number_not_decision", where=decision_line.where,
                                           symbol=symbol, kind=kind))
        kind = "QĐ"
    title = ""
    body = 0
    if title_at is not None:
        body = title_at + 1
        parts: list[str] = []
        if title_cells:
            # the title's lines share a paragraph with the date or the kind: read them from
            # the cells, the body going on after that paragraph
            cell_at = {id(c): kk for kk, c in cells}
            for c in title_cells:
                t = c.text.replace("*", "").strip()
                if parts and (_BODY_START.match(t) or not _caps_title(t)):
                    break
                parts.append(c.text)
                body = cell_at.get(id(c), title_at) + 1
                if not _caps_title(t):
                    break
        if not title_cells and body < len(paras) and (of := _OF_BODY.match(paras[body].text.strip())):
            # "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "CỦA BỘ CHÍNH TRỊ": the body named issues it, under
            # the letterhead's ("BAN CHẤP HÀNH TRUNG ƯƠNG"); the title is below
            named = _sentence_case_body(of["body"])
            if is_agency_start(named) and named.casefold() != issuer.casefold():
                parent, issuer = issuer or parent, named
                warnings.append(planflow.Worded.of(
                    "{where}: '{line}' under the kind's line names the body that issues the "
                    "document ('{issuer}', an OCR's 'CUA' read as 'CỦA'), the letterhead's its "
                    "parent", "issuer_of_kind", where=paras[body].where,
                    line=paras[body].text.strip(), issuer=named))
            body += 1
        while not title_cells and body < len(paras) and not _ROMAN.match(paras[body].text):
            t = paras[body].text
            if parts and (_BODY_START.match(t) or (len(t) > 60 and not t.isupper())):
                break
            if parts and under_date and not _caps_title(t):
                break
            parts.append(t)
            body += 1
            if not t.isupper() and not t.startswith("("):
                break
        title = _cut_title(" ".join(parts))
    if kind is None and title_at is not None:
        kind = "KH"
    info = planflow.DocumentInfo(kind=kind or "KH", number=number, symbol=symbol, issuer=issuer,
                                 parent_body=parent or None, place=place, date=issued, title=title,
                                 kind_name=_kind_name(kind_line))
    return Header(info, body, issuer_short, title_at is not None, tuple(warnings), letterhead_end,
                  blank_year, blank_month, blank_number, blank_at)


_BARE_NUMBER = re.compile(r"^\d{1,5}$")


def stamped_fields(header: Header, tail: list[str], where: str) -> Header:
    """The number and the day left blank in the text, filled from the office's stamp a PDF
    converter printed at the first page's end (``tail``: that page's last lines): bare
    numbers alone on their lines, as many as the blanks, in their order (the number, then
    the day: "75" / "11" for "Số:    /KH-UBND" and "ngày    tháng 3 năm 2026"). A warning
    names what was read; nothing is read when the lines do not fit the blanks."""
    info = header.info
    want_number = header.blank_number is not None and info.symbol is None
    want_day = header.blank_date_month is not None and bool(header.blank_date_year) and info.date is None
    if not (want_number or want_day):
        return header
    bare: list[str] = []
    for line in reversed(tail):
        if not _BARE_NUMBER.match(line.strip()):
            break
        bare.insert(0, line.strip())
    if len(bare) != want_number + want_day or (bare and bare[0] == "1" and len(bare) == 1):
        return header  # (a "1" alone: the first page's own number)
    number = symbol = None
    issued = None
    if want_number:
        assert header.blank_number is not None
        number = str(int(bare[0]))
        symbol = f"{number}{header.blank_number[0]}"
    if want_day:
        assert header.blank_date_month is not None and header.blank_date_year
        try:
            issued = date(header.blank_date_year, header.blank_date_month, int(bare[-1]))
        except ValueError:
            return header
    said = [symbol] if symbol else []
    if issued is not None:
        said.append(f"{issued:%d/%m/%Y}")
    info = attrs.evolve(info, number=number or info.number, symbol=symbol or info.symbol,
                        date=issued or info.date)
    warning = planflow.Worded.of("{where}: what the text leaves blank (its number, its day) read "
                                 "from the stamp printed at the first page's end ({lines}): {read}; "
                                 "check against the signed copy", "stamped_fields", where=where,
                                 lines=", ".join(repr(b) for b in bare), read=", ".join(said))
    return attrs.evolve(header, info=info, warnings=(*header.warnings, warning))


_BARE_ISSUER = re.compile(r"(?:Ủy|Uỷ) ban nhân dân|UBND")
_LEVELS = r"(?:tỉnh|Tỉnh|thành phố|Thành phố|huyện|Huyện|quận|Quận|thị xã|Thị xã|thị trấn|xã|Xã|phường|Phường)"
# the People's Committee named as the one that issues: "Ủy ban nhân dân tỉnh Quảng Bình xây
# dựng Kế hoạch …", "UBND tỉnh ban hành …", "Chủ tịch UBND tỉnh ban hành …"
_ISSUING_UBND = re.compile(
    r"(?:(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND)\s+(?P<level>" + _LEVELS + r")"
    r"(?P<name>(?:\s+[A-ZĐÀ-Ỹ][^\s,;.:()]*)*?)\s+(?:ban\s+hành|xây\s+dựng|triển\s+khai|tổ\s+chức"
    r"|thực\s+hiện|phê\s+duyệt)\b")
# the decider in capitals: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU", "ỦY BAN NHÂN DÂN
# TỈNH LONG AN"
_DECIDER_UBND = re.compile(
    r"^(?:CHỦ\s+TỊCH\s+)?(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+(?P<rest>(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ"
    r"|THỊ\s+TRẤN|XÃ|PHƯỜNG)\s+[^a-zà-ỹ]+)$")


def complete_issuer(issuer: str, place: str | None, texts: list[Para]) -> tuple[str, str] | None:
    """A letterhead that lost its place ("ỦY BAN NHÂN DÂN" alone: a website kept only the
    first line of the cell) completed, with the warning saying from where: the decider
    in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU"), else the sentence that
    issues ("Ủy ban nhân dân tỉnh Quảng Bình xây dựng Kế hoạch …"), else its level ("UBND
    tỉnh ban hành …") and the place line's name. None when nothing names it."""
    if not _BARE_ISSUER.fullmatch(issuer.strip()):
        return None
    for p in texts[:40]:
        m = next((m for ln in (p.text, *p.parts)
                  if (m := _DECIDER_UBND.match(" ".join(ln.replace("*", "").split()))) is not None), None)
        if m is not None:
            full = _sentence_case_body(f"ỦY BAN NHÂN DÂN {m['rest']}")
            return full, planflow.Worded.of("{where}: the letterhead names no place: the issuer '{issuer}' "
                                            "is read from the decider's line", "issuer_from_decider",
                                            where=p.where, issuer=full)
    level = None
    for p in texts[:40]:
        for m in _ISSUING_UBND.finditer(p.text):
            name = m["name"].strip()
            if name and all(w[:1].isupper() for w in name.split()) and \
                    not re.match(r"(?:Kế|Quyết|Chương|Nghị|Đề)\b", name):
                full = f"Ủy ban nhân dân {m['level'].lower()} {name}"
                return full, planflow.Worded.of("{where}: the letterhead names no place: the issuer "
                                                "'{issuer}' is read from the sentence that issues "
                                                "the plan", "issuer_from_issuing", where=p.where,
                                                issuer=full)
            level = level or m["level"].lower()
    if not place:
        return None
    name = re.sub(r"^(?:TP\.?|Tp\.?|Thành phố|thành phố)\s*", "", place).strip()
    if name != place.strip():
        level = level or "thành phố"
    full = f"Ủy ban nhân dân {level} {name}" if level else f"Ủy ban nhân dân {name}"
    if level:
        return full, planflow.Worded.of("the letterhead names no place: the issuer '{issuer}' is completed "
                                    "from the place line ('{place}'); check it", "issuer_from_place",
                                    issuer=full, place=place)
    return full, planflow.Worded.of("the letterhead names no place: the issuer '{issuer}' is completed from "
                                "the place line ('{place}'), its level (tỉnh, thành phố) unknown; "
                                "check it", "issuer_from_place_level", issuer=full, place=place)


# a cell naming a level and a place, under the body's name: "TỈNH KON TUM", "XÃ XUÂN TÍN"
_HAS_LEVEL = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+\S", re.I)
_LEVEL_CELL = re.compile(r"^(?:TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ|THỊ\s+TRẤN|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+\S")


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


# a document's kind alone in capitals, opening the text (or closing its first line)
_OWN_KIND = re.compile(r"(?:^|\s)(?P<kind>NGHỊ\s+QUYẾT|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH)$")
# an appendix's note naming the document it is attached to: "(Kèm theo Nghị quyết số
# 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)"
_ATTACHED_TO = re.compile(
    r"Kèm\s+theo\s+(?P<kind>Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình)\s+số\s*:?\s*"
    r"(?P<symbol>(?P<number>\d+)\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][0-9A-ZĐa-zđ.&/-]*)\s+ngày\s+"
    r"(?P<date>\d{1,2}\s*(?:/|-|tháng)\s*\d{1,2}\s*(?:/|-|năm)\s*\d{4})"
    r"(?:\s+của\s+(?P<issuer>[^()]+?))?\s*(?:\)|$)", re.I)
_TITLE_LEAD = re.compile(r"^(?:VỀ\s+VIỆC|V/V|VỀ)\s+")


def decision_from_note(texts: list[Para]) -> tuple[str, str, date, str, Para] | None:
    """The issuing decision an attached plan's note names ("(Ban hành kèm theo Quyết định
    số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 của Thủ tướng Chính phủ)"): its symbol, number,
    date, issuer and the note's paragraph; None when no such note is near the top."""
    for p in texts[:40]:
        # (the note on a line of its own, or the first line of a paragraph the text joined)
        n = next((m for x in (p.text, *p.parts) if (m := _ATTACHED_TO.search(x.replace("*", "").strip()))),
                 None)
        if n is None or not re.match(r"Quyết\s+định|Nghị\s+quyết", n["kind"], re.I):
            continue
        issued = read_date(n["date"].replace("-", "/"))
        if issued is None:
            continue
        issuer = " ".join((n["issuer"] or "").split()).strip(" .;")
        return re.sub(r"\s+", "", n["symbol"]), n["number"], issued, issuer, p
    return None


def own_from_note(texts: list[Para]) -> tuple[planflow.DocumentInfo, Para, str] | None:
    """A document with no letterhead (a Nghị quyết as a page prints it: its kind, its
    title, the body that decides): its number, symbol, date and issuer from an
    appendix's note "(Kèm theo <kind> số N/… ngày … của X)" naming the same kind, its
    title from the capitals under the kind line. With the paragraph of the note and the
    kind as written; None when the text says none of it."""
    at = next((k for k, p in enumerate(texts[:3])
               if _OWN_KIND.search(p.text.replace("*", "").strip())), None)
    if at is None:
        return None
    m_kind = _OWN_KIND.search(texts[at].text.replace("*", "").strip())
    assert m_kind is not None
    kind_words = " ".join(m_kind["kind"].split())
    note = None
    for p in reversed(texts):
        n = _ATTACHED_TO.search(p.text.replace("*", "").strip())
        if n is not None and " ".join(n["kind"].split()).casefold() == kind_words.casefold():
            note = (p, n)
            break
    if note is None:
        return None
    p, n = note
    issued = read_date(n["date"].replace("-", "/"))
    if issued is None:
        return None
    issuer = " ".join((n["issuer"] or "").split()).strip(" .;")
    title_lines: list[str] = []
    for q in texts[at + 1:at + 6]:
        t = q.text.replace("*", "").strip()
        if not t or not t.isupper() or (issuer and t.casefold() == issuer.casefold()) \
                or t.startswith("CĂN CỨ"):
            break
        title_lines.append(t)
    title = _TITLE_LEAD.sub("", " ".join(title_lines)).strip(" ;,.")
    symbol = re.sub(r"\s+", "", n["symbol"])
    info = planflow.DocumentInfo(kind=_kind_of(symbol) or "KH", number=n["number"], symbol=symbol,
                                 issuer=issuer, date=issued, title=title)
    return info, p, kind_words
