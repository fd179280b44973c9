"""A letter that assigns duties: a Công văn ("V/v …", "Kính gửi: …") or a Chỉ thị whose
body, after the sentence asking for them ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", "…
triển khai thực hiện các nội dung sau:", "… giao:"), lists numbered duties, most of them
under or opening on the bodies that carry them out ("2. Thanh tra tỉnh", "1. Sở Nông
nghiệp và Môi trường chủ động …").

It has neither a plan's title nor I./II./III. sections: those numbered duties are read as
one section of duties agency by agency, the lead-in its heading.
"""

from __future__ import annotations

import re

from .sections import Section, agency_heading
from .text import Para, Table

# the sentence that asks for the duties, closing on its colon: a request and what follows
_LEAD_IN = re.compile(
    r"(?:\b(?:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo|lưu\s+ý)\b[^:]*"
    r"|\b(?:như\s+sau|(?:các|một\s+số)\s+(?:nội\s+dung|nhiệm\s+vụ)(?:\s+\w+){0,3}\s+sau))\s*:\s*$",
    re.I,
)
# a letter's own marks: its subject line and its addressees
_LETTER = re.compile(r"^\W*(?:V/v|Về\s+việc)\b|Kính\s+gửi\s*:", re.I | re.M)
_NUMBERED = re.compile(r"^(?!(?:19|20)\d\d\b)\d+\s*[.)]\s*\S")
_CLOSING_ITEM = re.compile(r"^\d+\s*[.)]\s*(?:Tổ\s+chức\s+thực\s+hiện|Chủ\s+tịch\s+(?:Ủy\s+ban|UBND)\b"
                           r"[^:]*\byêu\s+cầu)", re.I)


def letter_section(texts: list[Para], body: list[Para | Table]) -> Section | None:
    """The letter's numbered duties as one section of duties, else None.

    ``texts`` are the document's paragraphs (its letterhead among them), ``body`` what
    follows the letterhead up to the closing."""
    if not any(_LETTER.search(p.text) for p in texts[:15]):
        return None
    lead_at = next((k for k, p in enumerate(body) if isinstance(p, Para) and len(p.text) < 900
                    and _LEAD_IN.search(p.text)), None)
    if lead_at is None:
        return None
    after = list(body[lead_at + 1:])
    heads = [p for p in after if isinstance(p, Para) and _NUMBERED.match(p.text)
             and not _CLOSING_ITEM.match(p.text)]
    if len(heads) < 2 or sum(1 for h in heads if agency_heading(h.text)) * 2 < len(heads):
        return None
    lead = body[lead_at]
    assert isinstance(lead, Para)
    return Section("", "NHIỆM VỤ", lead, tuple(after))


# the subject line: "V/v triển khai thực hiện …" (up to the addressees, when a layout joined them)
_SUBJECT = re.compile(r"(?:^|\s)(?:V/v|V/V)\s+(?P<subject>.+?)\s*(?:Kính\s+gửi\s*:.*)?$", re.S)


def letter_subject(texts: list[Para]) -> tuple[str, Para] | None:
    """A letter's subject line ("V/v tăng cường …") as its title, and its paragraph."""
    for p in texts[:15]:
        m = _SUBJECT.search(p.text)
        if m and len(m.group("subject")) >= 10:
            return m.group("subject").strip(" .;"), p
    return None
