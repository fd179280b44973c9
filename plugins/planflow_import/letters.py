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

from .agencies import is_agency_start
from .sections import Section, agency_heading, has_labels, heading_colon, strip_marker
from .text import Para, Table

# the sentence that asks for the duties, closing on its colon: a request and what follows
_LEAD_IN = re.compile(
    r"(?:\b(?:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo|chỉ\s+thị|lưu\s+ý)\b[^:]*"
    r"|\b(?:như\s+sau|(?:các|một\s+số)\s+(?:nội\s+dung|nhiệm\s+vụ)(?:\s+\w+){0,3}\s+sau))\s*:\s*$",
    re.I,
)
# a letter's own marks: its subject line and its addressees; a directive's kind line
_LETTER = re.compile(r"^\W*(?:V/v|Về\s+việc)\b|Kính\s+gửi\s*:", re.I | re.M)
_DIRECTIVE = re.compile(r"^\W*CHỈ\s+THỊ\W*$|^\W*Số\s*:?\s*\d+\s*/\s*CT-", re.M)
# a telegram's (Công điện): its kind line (its subject may follow on the same line), its
# number "Số: 05/CĐ-UBND", the sender's "… điện:" over the addressees
_TELEGRAM = re.compile(r"^\W*CÔNG\s+ĐIỆN\b|^\W*Số\s*:?\s*\d+\s*/\s*CĐ-|\bđiện\s*:\W*$", re.M)
_NUMBERED = re.compile(r"^(?!(?:19|20)\d\d\b)\d+\s*[.)](?!\d)\s*\S")
_CLOSING_ITEM = re.compile(r"^\d+\s*[.)]\s*(?:Tổ\s+chức\s+thực\s+hiện|Chủ\s+tịch\s+(?:Ủy\s+ban|UBND)\b"
                           r"[^:]*\byêu\s+cầu)", re.I)
# an item that only has the document carried out ("Bộ trưởng, … chịu trách nhiệm thi hành Chỉ
# thị này", "… tổ chức triển khai thực hiện nghiêm Chỉ thị này"): organising, no duty
_CARRY_OUT = re.compile(r"(?:thi\s+hành|thực\s+hiện(?:\s+nghiêm(?:\s+túc)?)?)\s+(?:Chỉ\s+thị|Công\s+văn|"
                        r"văn\s+bản)\s+này\s*[./]*$", re.I)


def letter_section(texts: list[Para], body: list[Para | Table]
                   ) -> tuple[Section, list[Para], list[Para], bool] | None:
    """The letter's numbered duties as one section of duties, the lines set aside as the
    bodies a heading stands for (see :func:`_members`), the headings naming a field of work
    read as the addressees' (see :func:`_headed`) and whether the duties are requests not
    numbered (bullets after the request, or sentences asking bodies); else None.

    ``texts`` are the document's paragraphs (its letterhead among them), ``body`` what
    follows the letterhead up to the closing."""
    if not any(_LETTER.search(p.text) or _DIRECTIVE.search(p.text) or _TELEGRAM.search(p.text)
               for p in texts[:15]):
        return None
    lead_at = next((k for k, p in enumerate(body) if isinstance(p, Para) and len(p.text) < 900
                    and _LEAD_IN.search(p.text)), None)
    if lead_at is None:
        return _prose_requests(body, addressees(texts))
    after = list(body[lead_at + 1:])
    heads = [p for p in after if isinstance(p, Para) and _NUMBERED.match(p.text)
             and not _CLOSING_ITEM.match(p.text)]
    to = addressees(texts)
    if len(heads) < 2 and to and (bullets := _bullet_duties(after, to, body[lead_at])) is not None:
        # "… đề nghị UBND các xã, phường; các đơn vị … thực hiện …. Cụ thể:" over "- …" items:
        # the addressees' duties, bulleted
        return Section("", "NHIỆM VỤ", body[lead_at], tuple(bullets[0]),  # type: ignore[arg-type]
                       fields=frozenset(h.line for h in bullets[1])), [], [], True
    if len(heads) < 2:
        return _prose_requests(body, to)
    named = sum(1 for h in heads if agency_heading(h.text))
    lead = body[lead_at]
    assert isinstance(lead, Para)
    if to and (parts := _parts_duties(after, to)) is not None:
        # "1. Yêu cầu chung:" / "1.1. …:" / "- …", "2. Trách nhiệm của các đơn vị:" / "2.1. Sở
        # Tài chính:": a letter of numbered parts, its duties under the parts' own headings
        items, addressed = parts
        return (Section("", "NHIỆM VỤ", lead, tuple(items), fields=frozenset(p.line for p in addressed)),
                [], addressed, False)
    if named * 2 < len(heads) and not (
            # a letter to its bodies whose numbered items name fields of work ("1. Về giảm
            # nhẹ phát thải khí nhà kính" over "a) …"): every duty is the addressees'
            to and all(is_agency_start(n) for n in to)
            and all(agency_heading(h.text) or _field(h.text) for h in heads)):
        # (or whose numbered duties carry their own labels, "a) Cơ quan chủ trì: …", as
        # planflow prints a letter: read as labelled tasks)
        labelled = Section("", "NHIỆM VỤ", lead, tuple(after))
        if has_labels(labelled):
            return labelled, [], [], False
        if to and all(is_agency_start(n) for n in to) and _ASKS.search(lead.text) and all(
                _addressed(names, to) for h in heads if (names := agency_heading(h.text))) \
                and not any(isinstance(p, Para) and re.match(r"\W*\d+\.\d+\b", p.text) for p in after):
            # a letter to one class of bodies ("Kính gửi: Các doanh nghiệp …") whose numbered
            # items are duties naming no body ("1. Thường xuyên rà soát …", "2. Doanh nghiệp
            # thực hiện …"): every duty is the addressees', under a line naming them (items
            # numbered on one level: "1.1.", "1.3.1." parts are another layout, not read so)
            items = _addressees_duties(after, to)
            heads_to = frozenset(it.line for it in items if isinstance(it, Para) and _NUMBERED.match(it.text))
            return Section("", "NHIỆM VỤ", lead, tuple(items), fields=heads_to), [], [], False
        return None
    fields: list[Para] = []
    while after and isinstance(last := after[-1], Para) and _ANY_MARK.match(last.text) is None \
            and (_CLOSING_REQUEST.match(last.text) is not None or _URGES_ALL.match(last.text) is not None
                 and _LETTER_CLOSE.search(last.text) is not None):
        # "Ủy ban nhân dân Thành phố yêu cầu các Sở, ngành … nghiêm túc thực hiện những nội dung
        # trên. Giao X chủ trì … tổng hợp báo cáo … theo quy định./.": the letter's close (its
        # report read as one), no duty of the last heading's body
        after.pop()
    items, members = _headed(after, to, fields)
    return (Section("", "NHIỆM VỤ", lead, tuple(items), fields=frozenset(f.line for f in fields)),
            members, fields, False)


# "Sở Nội vụ đề nghị Quý doanh nghiệp … quan tâm thực hiện những nội dung trên.": the sender
# urging it all after the numbered items (then contacts, the signature)
_CLOSING_REQUEST = re.compile(r"^.{0,80}?\b(?:đề\s+nghị|yêu\s+cầu)\b.{0,200}?\b(?:thực\s+hiện|triển\s+khai)"
                              r"\s+(?:những|các)?\s*(?:nội\s+dung|nhiệm\s+vụ|văn\s+bản)?\s*(?:trên|này|nêu\s+trên)?\s*[./]",
                              re.I | re.S)
# a heading over the acts punished ("Lưu ý quy định xử lý vi phạm hành chính …:")
_SANCTIONS = re.compile(r"\b(?:xử\s+lý\s+vi\s+phạm|xử\s+phạt|hành\s+vi\s+vi\s+phạm)\b", re.I)
# a lead-in that asks something of its addressees (not "… thông báo … như sau:")
_ASKS = re.compile(r"\b(?:đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo|lưu\s+ý)\b", re.I)
# the letter's last sentence, urging it all ("… nghiêm túc thực hiện./.")
_LETTER_CLOSE = re.compile(r"\./\.?\s*$")
# a duty closing on the words that introduce its details ("…, cụ thể:", "… như sau:")
_SPELLED_OUT = re.compile(r"(?:cụ\s+thể|như\s+sau|sau\s+đây|gồm|bao\s+gồm)\s*:\s*$", re.I)
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\s*[.)]")
# the sender urging all the contents above, within the letter's last paragraph ("Chủ tịch …
# đề nghị các cơ quan, đơn vị khẩn trương … thực hiện đầy đủ các nội dung chỉ đạo nêu trên …")
_URGES_ALL = re.compile(r"^.{0,100}?\b(?:đề\s+nghị|yêu\s+cầu)\b.{0,200}?\b(?:các|những)\s+(?:nội\s+dung|nhiệm\s+vụ)"
                        r"[^.;]{0,30}?\b(?:nêu\s+)?trên\b", re.I | re.S)
# any list marker opening a line ("1.", "a)", "-", "+")
_ANY_MARK = re.compile(r"^(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*[.)]|[-+•–*])\s*")


def _addressees_duties(items: list[Para | Table], to: list[str]) -> list[Para | Table]:
    """A letter's numbered items when each is the addressees' duty: every item is put under
    a heading naming them ("N. <addressees>"), a duty written as a sentence as its lettered
    duty (its own bullets stay its details), a heading over bullets ("4. Những lưu ý về
    báo cáo:") left to its bullets, each a duty."""
    out: list[Para | Table] = []
    # (the bodies without where they work, "… trên địa bàn Thành phố Hồ Chí Minh": a heading)
    names = ", ".join(re.sub(r"\s+trên\s+địa\s+bàn\b.*$", "", n, flags=re.S) for n in to)
    for it in items:
        if isinstance(it, Para) and out and not _NUMBERED.match(it.text) \
                and not it.text.startswith(("-", "+", "•")) \
                and (_LETTER_CLOSE.search(it.text) or _CLOSING_REQUEST.match(it.text)):
            break  # "Sở … đề nghị các doanh nghiệp quan tâm thực hiện./.": the letter's close
        if not (isinstance(it, Para) and _NUMBERED.match(it.text) and not _CLOSING_ITEM.match(it.text)
                and not _CARRY_OUT.search(it.text) and (num := _NUMBER.match(it.text)) is not None):
            out.append(it)
            continue
        heading = f"{num.group(0)} {names}"
        out.append(Para(it.where, it.line, heading, (heading,)))
        rest = it.text[num.end():].strip()
        if _FIELD.match(it.text) is None and not (rest.endswith(":") and not _SPELLED_OUT.search(rest)) \
                or _SANCTIONS.search(rest):
            # (a note on sanctions, "7. Lưu ý quy định xử lý vi phạm …:", lists the acts
            # punished under it: its bullets are its details, no duties)
            out.append(Para(it.where, it.line, f"a) {rest}", (f"a) {rest}",)))
    return out


def _addressed(names: list[str], to: list[str]) -> bool:
    """Whether the bodies an item names ("2. Doanh nghiệp thực hiện …") are the letter's
    addressees ("Các doanh nghiệp hoạt động …"), named shorter."""
    noun = " ".join(re.sub(r"^(?:các|những)\s+", "", names[0].casefold()).split()[:2])
    return any(re.search(rf"(?:^|\s){re.escape(noun)}\b", a.casefold()) for a in to)


# "N. Trách nhiệm chung của các cơ quan, đơn vị": the bodies after "của"
_SHARED = re.compile(r"^(?P<num>\d+\s*[.)])\s*Trách\s+nhiệm\s+(?:chung\s+)?của\s+(?P<who>.+?)\s*:?$", re.I)
# a heading naming a field of work, not a body: short, no sentence, no colon
_FIELD = re.compile(r"^(?P<num>\d+\s*[.)])\s*(?P<title>[^.:;]{4,80})$")
# "1. Về triển khai thực hiện … năm 2025", "2. Về kiểm điểm … (cơ quan …; tập thể …)": a topic
# of any length, its words in brackets aside (they may list bodies with ";")
_TOPIC = re.compile(r"^(?P<num>\d+\s*[.)])\s*(?P<title>Về\s+[^.:;]{4,})$")
_BRACKETED = re.compile(r"\([^()]*\)")


def _field(text: str) -> re.Match[str] | None:
    """A numbered heading naming a field of work ("1. Công tác tuyên truyền", "2. Về …")."""
    if (m := _FIELD.match(text)) is not None or len(text) > 500:
        return m
    bare = text
    while (cut := _BRACKETED.sub("", bare)) != bare:  # nested brackets, innermost first
        bare = cut
    return _TOPIC.match(" ".join(bare.split()))


def _headed(items: list[Para | Table], to: list[str],
            fields: list[Para]) -> tuple[list[Para | Table], list[Para]]:
    """The letter's items, each numbered heading naming a body: one that says whose the
    duties are ("Trách nhiệm chung của các cơ quan, đơn vị") names them; one that names a
    field of work ("1. Công tác tuyên truyền, phổ biến") is addressed to every body the
    letter is sent to (``to``, its "Kính gửi"), its words added to ``fields``; the lines
    listing the bodies an agency heading stands for are set aside (returned second)."""
    out: list[Para | Table] = []
    skip: set[int] = set()
    for k, it in enumerate(items):
        if isinstance(it, Para) and _NUMBERED.match(it.text) and agency_heading(it.text):
            skip |= _members(items, k)
    for k, it in enumerate(items):
        if isinstance(it, Para) and _NUMBERED.match(it.text) and _CARRY_OUT.search(it.text):
            skip.add(k)  # the closing item: who has the document carried out
    for k, it in enumerate(items):
        if k in skip:
            continue
        if isinstance(it, Para) and _NUMBERED.match(it.text) and not agency_heading(it.text) \
                and not _CLOSING_ITEM.match(it.text):
            if (m := _SHARED.match(it.text)) is not None:
                it = Para(it.where, it.line, f"{m['num']} {m['who']}", it.parts)
            elif to and (m := _field(it.text)) is not None:
                fields.append(it)  # (its words said in a warning: the duties' subject)
                it = Para(it.where, it.line, f"{m['num']} {', '.join(to)}", it.parts)
        out.append(it)
    return out, [it for k, it in enumerate(items) if k in skip and isinstance(it, Para)
                 and it.text.startswith(("-", "+", "•"))]


# where the letter's first sentence begins after its one addressee on the same paragraph
_AFTER_ADDRESSEE = re.compile(
    r"[.]\s|\s+(?=(?:Ngày|Căn\s+cứ|Thực\s+hiện|Theo|Để|Triển\s+khai|Trong|Vừa\s+qua|Hiện\s+nay|Thời\s+gian"
    r"|Qua|Nhằm|Sau|Tiếp\s+theo|Phúc\s+đáp|Trên\s+cơ\s+sở)\b)")


def addressees(texts: list[Para]) -> list[str]:
    """The bodies a letter is sent to ("Kính gửi:" then "- Các sở, ban, ngành …;" lines, or
    on the same line), in order."""
    for k, p in enumerate(texts[:25]):
        m = re.search(r"Kính\s+gửi\s*:?\s*\|?\s*(?P<rest>.*)$", p.text, re.I | re.S)
        if m is None:
            continue
        rest = m["rest"].strip()
        if not rest.startswith("-") and (cut := _AFTER_ADDRESSEE.search(rest)) is not None:
            # "Kính gửi: Ủy ban nhân dân các tỉnh, …" joined to the letter's first sentence
            # ("… Trung ương Ngày 09 tháng 6 năm 2025, Chính phủ ban hành …")
            rest = rest[: cut.start()].strip()
        lines = [rest] if rest else []
        for q in texts[k + 1:k + 12]:
            if not q.text.lstrip().startswith(("-", "+", "•")):
                break
            lines.append(q.text)
        names = [re.sub(r"^[-+•\s]+", "", x).strip(" ;.,") for line in lines
                 for x in re.split(r"(?:^|;)\s*-\s*", line)]
        return [n for n in names if len(n) > 3]
    return []


# the subject line: "V/v triển khai thực hiện …" (up to the addressees, when a layout joined them)
_SUBJECT = re.compile(r"(?:^|\s)(?:V/v|V/V)\s+(?P<subject>.+?)\s*(?:Kính\s+gửi\s*:.*)?$", re.S)


def letter_subject(texts: list[Para]) -> tuple[str, Para] | None:
    """A letter's subject line ("V/v tăng cường …") as its title, and its paragraph; a
    telegram's, the line under "CÔNG ĐIỆN" ("CHỦ ĐỘNG ỨNG PHÓ VỚI …")."""
    for p in texts[:15]:
        m = _SUBJECT.search(p.text)
        if m and len(m.group("subject")) >= 10:
            return m.group("subject").strip(" .;"), p
    to_at = next((k for k, p in enumerate(texts[:15]) if re.search(r"Kính\s+gửi", p.text)), None)
    for p in texts[:to_at or 0]:
        if (m := _ABOUT.match(p.text)) is not None and not re.search(r"[.;]\s+[A-ZĐ]", m["subject"]):
            # "Về hướng dẫn đánh giá, xếp loại …" under the number (no "V/v"), before "Kính gửi"
            return m["subject"].strip(" .;*"), p
    for p in texts[:15]:
        if (m := _TELEGRAM_SUBJECT.search(p.text)) is not None and len(m["subject"]) >= 10 \
                and m["subject"].upper() == m["subject"]:
            return m["subject"].strip(" .;*"), p
    return None


# a subject line opening on "Về" (no "V/v"): "Về hướng dẫn đánh giá, xếp loại …"
_ABOUT = re.compile(r"^\W*(?P<subject>Về\s+(?:việc\s+)?[^:;]{10,300})$", re.S)


# "CÔNG ĐIỆN CHỦ ĐỘNG ỨNG PHÓ VỚI … CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" (the lines joined):
# the subject is between the kind and the sender
_TELEGRAM_SUBJECT = re.compile(
    r"\bCÔNG\s+ĐIỆN\**\s+(?P<subject>.{10,300}?)\s*(?:\**\s*(?:THỦ\s+TƯỚNG|CHỦ\s+TỊCH|BỘ\s+TRƯỞNG"
    r"|GIÁM\s+ĐỐC)\b[^:]{0,80}?\s*điện\s*:|$)", re.S)


# the sentence that turns from the bodies listed to their duties: "Có trách nhiệm:"
_DUTIES_FOLLOW = re.compile(r"^(?:Các\s+\w+\s+)?(?:có|Có)\s+trách\s+nhiệm(?:\s+[^:]{0,60})?:\s*$")


def _members(items: list[Para | Table], at: int) -> set[int]:
    """Under the agency heading ``items[at]`` ("2. Các sở quản lý nhà nước chuyên ngành"),
    the lines that only list the bodies it stands for ("Giao các sở … gồm:", "- Sở Công
    Thương (đối với …);" …) up to "Có trách nhiệm:": their indexes, the heading's lettered
    duties after them (none when the pattern is not there)."""
    k = at + 1
    if k < len(items) and isinstance(intro := items[k], Para) and intro.text.rstrip().endswith(":") \
            and not _DUTIES_FOLLOW.match(intro.text.strip()):
        k += 1  # "Giao các sở quản lý … theo ngành, lĩnh vực gồm:"
    first = k
    while k < len(items) and isinstance(it := items[k], Para) and it.text.startswith(("-", "+", "•")) \
            and len(it.text) < 300 and is_agency_start(strip_marker(it.text)):
        k += 1
    if k - first < 2 or k >= len(items) or not isinstance(end := items[k], Para) \
            or not _DUTIES_FOLLOW.match(end.text.strip()):
        return set()
    return set(range(at + 1, k + 1))


# a part's numbered heading, "1.2." or "1.3.1." (sub-numbered), and its words
_SUB_NUMBER = re.compile(r"^(?P<num>\d+(?:\.\d+)+)\s*[.)]?\s+(?P<title>\S.*)$", re.S)
# a lettered sub-heading over its duties ("a. Nhận thức và nâng cao vai trò …:")
_LETTERED_HEAD = re.compile(r"^[a-zđ]\s*[.)]\s*(?P<title>[^.;]{3,200}):\s*$")
# an enumerated detail of the sentence before it ("(1). Tổng số gói thầu …;")
_DETAIL = re.compile(r"^\(\d+\)\s*[.:]?\s")
# a request opening a part's heading on the bodies it is made to ("Đề nghị UBND các xã, …")
_ASKED = re.compile(r"^(?:Đề\s+nghị|Yêu\s+cầu|Giao)\s+", re.I)


def _part_names(title: str, to: list[str]) -> tuple[list[str], bool]:
    """The bodies a part's sub-heading gives its duties to: the body it names ("2.1. Sở Tài
    chính:"), the bodies it asks ("1.3.1. Đề nghị UBND các xã, phường, …:"), else the letter's
    addressees (a field of work: "1.2. Đối với công tác lựa chọn nhà thầu:"); second, whether
    they are the addressees."""
    head = title.rstrip(" :")
    if (names := agency_heading(f"1. {head}:")) is not None and is_agency_start(head):
        return names, False
    if (asked := _ASKED.match(head)) is not None and is_agency_start(head[asked.end():]) \
            and (names := agency_heading(f"1. {head[asked.end():]}:")) is not None:
        return names, False
    return list(to), True


def _parts_duties(items: list[Para | Table], to: list[str]
                  ) -> tuple[list[Para | Table], list[Para]] | None:
    """A letter of numbered parts ("1. Yêu cầu chung:", "2. Trách nhiệm của các đơn vị:"),
    each over sub-numbered headings ("1.1. …:", "1.3.1. …:", "2.1. Sở Tài chính:") over their
    duties (bullets, or one paragraph): every sub-heading is put as a numbered heading naming
    the body it gives its duties to (its own, the bodies it asks, else the addressees); a
    paragraph under it (or under a lettered sub-heading, "a. …:") is its duty; a paragraph
    ending on ':' before bullets leads into them; enumerated details ("(1). …") stay with
    the sentence before them. The sub-headings naming no body (the addressees') are
    returned second. None when the items are not laid out so (fewer than two parts, or fewer than
    two sub-numbered headings)."""
    paras = [it for it in items if isinstance(it, Para)]
    tops = [p for p in paras if _NUMBERED.match(p.text) and p.text.rstrip().endswith(":")
            and _SUB_NUMBER.match(p.text) is None]
    subs = [p for p in paras if (m := _SUB_NUMBER.match(p.text)) is not None
            and m["num"].split(".")[0] in {re.match(r"\d+", t.text)[0] for t in tops}]  # type: ignore[index]
    if len(tops) < 2 or len(subs) < 2:
        return None
    out: list[Para | Table] = []
    fields: list[Para] = []
    n = 0
    state = "none"  # "head": after a heading (a paragraph is its duty); "duty": after a duty
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        if isinstance(it, Table):
            out.append(it)
            continue
        text = it.text.strip()
        sub = _SUB_NUMBER.match(text)
        if it in tops or (sub is not None and isinstance(nxt, Para)
                          and (m := _SUB_NUMBER.match(nxt.text)) is not None
                          and m["num"].startswith(sub["num"] + ".")):
            state = "none"  # a part, or a sub-heading over sub-headings: a grouping
            continue
        if sub is not None:
            title = " ".join(sub["title"].split())
            at = heading_colon(title)
            rest = title[at + 1:].strip() if 0 <= at < len(title) - 1 else ""
            names, addressed = _part_names(title[:at] if rest else title, to)
            n += 1
            heading = f"{n}. {', '.join(names)}"
            out.append(Para(it.where, it.line, heading, (heading,)))
            if addressed:
                fields.append(it)
            if rest:
                out.append(Para(it.where, it.line, f"- {rest}", (f"- {rest}",)))
                state = "duty"
            elif not addressed or not _cites_only(items, k + 1):
                state = "head"
            else:
                # "1.1. Nghiên cứu, quán triệt … quy định pháp luật và chỉ đạo của Thành ủy:"
                # over "- Nghị định số …", "- Chỉ thị số …": the heading is the duty, the
                # texts it lists are what to study, no duties
                duty = title.rstrip(" :")
                out.append(Para(it.where, it.line, f"- {duty}", (f"- {duty}",)))
                state = "cited"
            continue
        if state == "cited":
            if text.startswith(("-", "+", "•", "–")):
                continue
            state = "duty"
        if state == "none":
            if not out:
                continue  # (the words before the first part)
            break
        if _LETTERED_HEAD.match(text) and isinstance(nxt, Para) and not _NUMBERED.match(nxt.text):
            state = "head"  # "a. Nhận thức …:" over its duty
            continue
        if _DETAIL.match(text) and out and isinstance(last := out[-1], Para):
            out[-1] = Para(last.where, last.line, f"{last.text} {text}", (*last.parts, text))
            continue
        if text.startswith(("-", "+", "•", "–")):
            out.append(it)
            state = "duty"
            continue
        if state == "head":
            if text.endswith(":") and isinstance(nxt, Para) and nxt.text.startswith(("-", "+", "•", "–")):
                continue  # "Để đấu thầu … (…):" leading into its bullets
            out.append(Para(it.where, it.line, f"- {text}", (f"- {text}",)))
            state = "duty"
            continue
        break  # a paragraph after the duties: the letter's closing words
    return out, fields


# a bullet that only cites a text ("- Nghị định số 214/2025/NĐ-CP …", "- Ý kiến chỉ đạo của …
# tại Văn bản số …", "- Các Nghị định về …: số 115/2024/NĐ-CP …")
_CITATION = re.compile(r"^[-+•–]\s*(?:Các\s+)?(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị|Quyết\s+định"
                       r"|Thông\s+tư|Công\s+văn|Văn\s+bản|Kết\s+luận|Hướng\s+dẫn\s+số|Ý\s+kiến\s+chỉ\s+đạo)\b", re.I)


def _cites_only(items: list[Para | Table], at: int) -> bool:
    """Whether the bullets from ``items[at]`` on (two or more) all cite texts."""
    bullets = []
    for it in items[at:]:
        if not (isinstance(it, Para) and it.text.startswith(("-", "+", "•", "–"))):
            break
        bullets.append(it.text)
    return len(bullets) >= 2 and all(_CITATION.match(b) for b in bullets)


_BULLETS = ("-", "+", "•", "–")


def _bullet_duties(items: list[Para | Table], to: list[str], lead: Para | Table
                   ) -> tuple[list[Para | Table], list[Para]] | None:
    """A letter whose duties are the bullets right after its request ("… Cụ thể:" / "- …" /
    "- …"), two or more, no numbered items: each bullet as the lettered duty of a numbered
    heading naming the addressees (those headings returned second, as
    :func:`_addressees_duties` puts a letter's numbered duties), up to the first paragraph
    that is no bullet (contacts, the letter's close); else None."""
    if not isinstance(lead, Para) or not lead.text.rstrip().endswith(":"):
        return None
    run: list[Para] = []
    for it in items:
        if not (isinstance(it, Para) and it.text.startswith(_BULLETS)):
            break
        run.append(it)
    if len(run) < 2 or not all(it.text.startswith("-") for it in run):
        return None
    names = ", ".join(to)
    out: list[Para | Table] = []
    heads: list[Para] = []
    for n, it in enumerate(run, 1):
        heading, duty = f"{n}. {names}", f"a) {it.text.lstrip('-–+• ').strip()}"
        heads.append(Para(it.where, it.line, heading, (heading,)))
        out += [heads[-1], Para(it.where, it.line, duty, (duty,))]
    return out, heads


# a request in prose to the bodies it names: "Đề nghị Ủy ban nhân dân phường, xã và đặc khu
# thực hiện …"; not a request to get in touch ("… kính đề nghị Quý cơ quan liên hệ …")
_ASKED_PARA = re.compile(r"^(?:Đề\s+nghị|Yêu\s+cầu)\s+(?P<rest>\S.*)$", re.S)
_CONTACT = re.compile(r"\b(?:liên\s+hệ|vướng\s+mắc|điện\s+thoại)\b", re.I)


def _prose_requests(body: list[Para | Table], to: list[str]
                    ) -> tuple[Section, list[Para], list[Para], bool] | None:
    """The letter's duties asked in prose (see :func:`_asked_in_prose`) as its section; the
    paragraph before the first request is the section's lead-in."""
    asked = _asked_in_prose(body, to)
    if asked is None:
        return None
    # "Đề nghị Ủy ban nhân dân phường, xã … thực hiện đánh giá …, hạn cuối ngày …": a letter
    # asking its duties in prose, no list: each request a duty of the bodies asked
    first = next(k for k, p in enumerate(body) if isinstance(p, Para) and p.line == asked[1][0].line)
    lead = next((p for p in reversed(body[:first]) if isinstance(p, Para)), None)
    if lead is None:
        return None
    return (Section("", "NHIỆM VỤ", lead, tuple(asked[0]), fields=frozenset(h.line for h in asked[1])),
            [], [], True)


def _asked_in_prose(body: list[Para | Table], to: list[str]) -> tuple[list[Para | Table], list[Para]] | None:
    """A letter (sent to ``to``) whose duties are paragraphs asking them of bodies, with no
    list: each as the lettered duty of a numbered heading (the headings returned second);
    None when there is none, or when the letter has numbered or bulleted items after its
    addressees (another layout)."""
    if not to:
        return None
    paras = [p for p in body if isinstance(p, Para)]
    start = next((k for k, p in enumerate(paras) if re.search(r"Kính\s+gửi", p.text)), None)
    if start is None:
        return None
    rest = [p for p in paras[start + 1:] if not (p.text.startswith(("-", "+", "•", "–")) and p in paras[start + 1:start + 12]
                                                  and len(p.text) < 200 and is_agency_start(p.text.lstrip("-–+• ")))]
    if any(_NUMBERED.match(p.text) or p.text.startswith(("-", "+", "•", "–")) for p in rest):
        return None
    out: list[Para | Table] = []
    heads: list[Para] = []
    for p in rest:
        m = _ASKED_PARA.match(p.text)
        if m is None or len(p.text) > 900 or _CONTACT.search(p.text) or _LETTER_CLOSE.search(p.text) \
                or not is_agency_start(m["rest"]):
            continue
        heading, duty = f"{len(heads) + 1}. {', '.join(to)}", f"a) {p.text}"
        heads.append(Para(p.where, p.line, heading, (heading,)))
        out += [heads[-1], Para(p.where, p.line, duty, (duty,))]
    return (out, heads) if heads else None
