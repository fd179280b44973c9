"""A crawl made for a search index (a RAG store): every chunk of the document begins with
the document's name as a breadcrumb ("Quyết định 435/QĐ-UBND năm 2020. Điều 1.",
"Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG"), and
the crawler moved item numbers to the end of the line before ("… và tiến bộ 1.1" over
"Tổ chức nghiên cứu …") or left them alone on a line ("1.4.").

:func:`drop_breadcrumbs` brings such text back to the page's form, line for line: the
breadcrumb the document's name gives, when at least three lines begin with it, is taken
off; the part's name after it ("CHƯƠNG TRÌNH HÀNH ĐỘNG.") is taken off where a Roman
section follows it, and kept on its own line where it first heads the attached plan's
title; a sub-item's number at the end of its group's heading goes to the start of the
next line, and a number alone on a line joins the line after it.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["drop_breadcrumbs"]

# "Quyết định 435/QĐ-UBND năm 2020. ", "Kế hoạch 12/KH-UBND năm 2026. "
_CRUMB = re.compile(r"^(?P<crumb>(?:Quyết\s+định|Kế\s+hoạch|Chỉ\s+thị|Nghị\s+quyết|Chương\s+trình"
                    r"|Thông\s+tư|Công\s+văn|Hướng\s+dẫn)\s+(?:số\s+)?\d+[\w./-]*/[\w./-]+"
                    r"(?:\s+năm\s+(?:19|20)\d\d)?\.)\s+(?=\S)")
# the plan's own part after the breadcrumb: "CHƯƠNG TRÌNH HÀNH ĐỘNG. ", "KẾ HOẠCH. "
_PART = re.compile(r"^(?P<part>(?:CHƯƠNG\s+TRÌNH(?:\s+HÀNH\s+ĐỘNG)?|KẾ\s+HOẠCH|ĐỀ\s+ÁN"
                   r"|PHỤ\s+LỤC(?:\s+[IVX\d]+)?)\.)\s+(?P<rest>\S.*)$")
_ROMAN_HEAD = re.compile(r"^[IVX]+\.\s")
# "2. Nâng cao năng lực … quan hệ lao động 2.1." (the heading's first sub-item's number)
_TAIL_NUMBER = re.compile(r"^(?P<head>(?P<n>\d+)\.\s.*\S)\s+(?P<sub>(?P=n)\.\d+)\.?$")
# "3. Giải quyết … đình công 3.1. Rà soát, …": the heading and its first sub-item on one line
_INNER_NUMBER = re.compile(r"^(?P<head>(?P<n>\d+)\.\s[^.;]*?\S)\s+(?P<sub>(?P=n)\.\d+\.)\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$")
_CAPITALS_START = re.compile(r"^[A-ZĐÀ-Ỹ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{2,}){2}")
_ALONE = re.compile(r"^\d+(?:\.\d+)+\.?$")


def drop_breadcrumbs(text: str) -> tuple[str, int]:
    """``text`` without a crawl's breadcrumbs and with its item numbers back in place (see
    the module), and how many breadcrumbs were taken off (0: the text is returned as it
    was)."""
    lines = text.split("\n")
    found = Counter(m["crumb"] for ln in lines if (m := _CRUMB.match(ln.strip())) is not None)
    if not found:
        return text, 0
    crumb, n = found.most_common(1)[0]
    if n < 3:
        return text, 0
    out: list[str] = []
    parts_seen: set[str] = set()
    for ln in lines:
        s = ln.strip()
        if s.startswith(crumb + " "):
            s = s[len(crumb):].strip()
            if (p := _PART.match(s)) is not None:
                part = p["part"].rstrip(".")
                if _ROMAN_HEAD.match(p["rest"]) or part in parts_seen:
                    s = p["rest"]
                else:
                    parts_seen.add(part)
                    out.append(part)
                    s = p["rest"]
            ln = s
        out.append(ln)
    # the letterhead run together over the first lines ("ỦY BAN NHÂN DÂN TỈNH X -------" /
    # "CỘNG HÒA … Hạnh phúc ------" / "Số: 435/QĐ-UBND X, ngày … QUYẾT ĐỊNH …"): one line, as
    # a flattened letterhead is, for the letterhead's reader to cut (as many lines kept)
    top = next((k for k, ln in enumerate(out[:12]) if re.match(r"^(?:Căn\s+cứ|Thực\s+hiện)\s", ln.strip())),
               None)
    if top is not None and top >= 2:
        start = next((k for k in range(top) if _CAPITALS_START.match(out[k].strip())), top)
        head = " ".join(ln.strip() for ln in out[start:top] if ln.strip())
        if top - start >= 2 and re.search(r"CỘNG\s*H[ÒO]A\s", head) and re.search(r"Số\s*:", head):
            out = [*out[:start], head, *[""] * (top - start - 1), *out[top:]]
    # item numbers back at the start of their lines
    fixed: list[str] = []
    k = 0
    while k < len(out):
        s = out[k].strip()
        nxt = out[k + 1].strip() if k + 1 < len(out) else ""
        if _ALONE.match(s) and nxt and not re.match(r"^\d", nxt):
            fixed += ["", f"{s.rstrip('.')}. {nxt}"]  # as many lines as printed
            k += 2
            continue
        if (m := _TAIL_NUMBER.match(s)) is not None and nxt and not re.match(r"^[\d\-+*•]", nxt):
            fixed += [m["head"], f"{m['sub']}. {nxt}"]
            k += 2
            continue
        if (m := _INNER_NUMBER.match(s)) is not None:
            fixed += [m["head"], f"{m['sub']} {m['rest']}"]
            k += 1
            continue
        fixed.append(out[k])
        k += 1
    return "\n".join(fixed), n
