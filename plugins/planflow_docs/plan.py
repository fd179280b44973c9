"""The plan (kế hoạch) as a :class:`~planflow_docs.document.Document`.

The structure is the seed's (Kế hoạch 65/KH-UBND of Lý Sơn, 2023), the usual shape of a
district plan: the preamble; "I. MỤC ĐÍCH, YÊU CẦU" with the objectives and
requirements as numbered items; "II. NỘI DUNG CÔNG TÁC TRỌNG TÂM" with each task as a
numbered heading and its points a) content, b) lead agencies, c) coordinating agencies,
d) timeframe (the plan's own words); "III. TỔ CHỨC THỰC HIỆN" with the implementation
clauses; then "Nơi nhận:" and the signature.

A plan with ``sections`` (:class:`planflow.Section`) is rendered as written instead: its
own headings, numbering and order, free sections verbatim in place, and each section's
role filled from the model (objectives, requirements, tasks, implementation). Without
sections, the renderer options ``headings`` (a mapping of ``objectives``, ``tasks``,
``implementation`` to a heading) override the usual headings. ``issuer_lines`` (the issuer
as printed, line by line) overrides the header's. Agencies are named in full, or by
their short names when the document says so (``document.agency_names = "short"``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import planflow

from .clean import one_line
from .document import Block, BlockKind, Document

__all__ = ["DEFAULT_HEADINGS", "NATIONAL_MOTTO", "PARTY_MOTTO", "PARTY_SYMBOL", "agency_names", "end_sentence", "issuer_lines",
           "motto_for", "number_line", "party_body",
           "place_date", "plan_document", "recipient_lines"]

DEFAULT_HEADINGS = {
    "objectives": "MỤC ĐÍCH, YÊU CẦU",
    "tasks": "NỘI DUNG CÔNG TÁC TRỌNG TÂM",
    "implementation": "TỔ CHỨC THỰC HIỆN",
}

# Kinds of body whose name the header prints on a line of its own, above the place it
# governs: "ỦY BAN NHÂN DÂN" / "HUYỆN LÝ SƠN".
_BODY_KINDS = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO", "BAN QUẢN LÝ")

#: the heading over a plan's tasks when none of its sections holds them
TASKS_LISTED = "DANH MỤC NHIỆM VỤ"

_KIND_NAMES = {"KH": "KẾ HOẠCH", "BC": "BÁO CÁO", "QĐ": "QUYẾT ĐỊNH", "CT": "CHỈ THỊ",
               "TB": "THÔNG BÁO", "CTr": "CHƯƠNG TRÌNH", "PA": "PHƯƠNG ÁN", "ĐA": "ĐỀ ÁN"}

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese documents skip f, j, w, z


def issuer_lines(issuer: str) -> tuple[str, ...]:
    """The issuing body in upper case, split the way headers print it."""
    up = one_line(issuer).upper()
    for kind in _BODY_KINDS:
        if up.startswith(kind + " ") and len(up) > len(kind) + 1:
            return kind, up[len(kind) + 1:]
    return (up,) if up else ()


#: a Party body's symbol: number, kind, then the body ("3260-KH/ĐĐQH15", "104-CTr/TU")
PARTY_SYMBOL = re.compile(r"^\s*\d*\s*-\s*[A-Za-zĐđ]+/(?P<body>\S+)\s*$")
#: the bodies of the Party (their documents follow the Party's rules, not Nghị định 30)
_PARTY_BODIES = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng đoàn",
                 "đảng bộ", "chi bộ", "ban thường vụ", "ban chấp hành", "ban cán sự đảng")
#: the national name and motto (Nghị định 30/2020), upper line and lower line
NATIONAL_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
#: the line a Party body's documents carry where the State's carry the national motto
PARTY_MOTTO = ("ĐẢNG CỘNG SẢN VIỆT NAM", "")


def party_body(info: planflow.DocumentInfo) -> bool:
    """Whether the plan is a Party body's (Tỉnh ủy, Đảng đoàn …): its symbol in the
    Party's form ("104-CTr/TU") or its issuer a Party body."""
    if info.symbol and PARTY_SYMBOL.match(info.symbol):
        return True
    issuer = planflow.nfc(info.issuer or "").casefold().replace("uỷ", "ủy")
    return issuer.startswith(_PARTY_BODIES)


def motto_for(info: planflow.DocumentInfo) -> tuple[str, str]:
    """The right-hand header of the documents a plan's issuer writes: the national name
    and motto, or "ĐẢNG CỘNG SẢN VIỆT NAM" for a Party body (Hướng dẫn 36-HD/VPTW)."""
    return PARTY_MOTTO if party_body(info) else NATIONAL_MOTTO


def number_line(info: planflow.DocumentInfo) -> str:
    """"Số: 65/KH-UBND" ("Số 104-CTr/TU" for a Party body's); without a symbol, a blank
    for the number."""
    if info.symbol:
        return f"Số {one_line(info.symbol)}" if party_body(info) else f"Số: {one_line(info.symbol)}"
    if info.kind == "CV":
        # a letter's symbol has no kind's code: the issuer's ("Số:      /UBND-…")
        up = one_line(info.issuer).upper()
        code = next((c for k, c in (("ỦY BAN NHÂN DÂN", "UBND"), ("HỘI ĐỒNG NHÂN DÂN", "HĐND"))
                     if up.startswith(k)), "")
        return f"Số:      /{code}"
    return f"Số:      /{one_line(info.kind)}"


def place_date(info: planflow.DocumentInfo, wording: planflow.Wording) -> str:
    """"Lý Sơn, ngày 23 tháng 3 năm 2023" (the date as ``wording`` writes it); blanks when
    the date is not set yet."""
    place = one_line(info.place or "")
    if info.date is not None:
        return wording.format_date(info.date, place or None)
    words = "ngày      tháng      năm"
    return f"{place}, {words}" if place else words


_ADDRESSED = re.compile(r"^\s*Kính\s+gửi\s*:?\s*(?P<rest>.*)$", re.I)


def letter_parts(info: planflow.DocumentInfo, preamble: tuple[str, ...]
                 ) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """A letter's (Công văn's) subject line ("V/v …", its title), its addressees (the
    preamble's "Kính gửi:" and the "- …" lines under it) and the rest of its preamble: a
    letter prints them in its header, not as paragraphs under a kind's name."""
    excerpt = f"V/v {one_line(info.title)}" if info.title else None
    rest: list[str] = []
    to: list[str] = []
    taking = False
    for p in preamble:
        t = p.strip()
        if re.match(r"^V/[vV]\b", t) and excerpt is not None:
            continue  # the subject line, printed as the excerpt
        if (m := _ADDRESSED.match(t)) is not None and not to:
            taking = True
            to += [x for x in re.split(r"(?:^|;)\s*-\s*", m["rest"]) if x.strip(" ;.")]
            continue
        if taking and t.startswith(("-", "+", "•")):
            to += [x for x in re.split(r"(?:^|;)\s*-\s*", t) if x.strip(" ;.")]
            continue
        taking = False
        rest.append(p)
    return excerpt, tuple(x.strip(" ;.") for x in to), tuple(rest)


def end_sentence(text: str, mark: str = ".") -> str:
    """``text`` ending in a full stop (or ``mark``) unless it ends in punctuation already."""
    t = text.rstrip()
    return t if not t or t[-1] in ".:;!?…" else t + mark


def agency_names(plan: planflow.Plan, ids: tuple[str, ...]) -> str:
    """The names of agencies ``ids`` ("; " between them; an unknown id as itself): full
    names, or short names (where an agency has one) when the document uses them."""
    short = plan.document.agency_names == "short"
    by_id = plan.agency_by_id
    return "; ".join((by_id[i].label if short else by_id[i].name) if i in by_id else i
                     for i in ids)


def recipient_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The "Nơi nhận" lines, ending with the archive line "Lưu: VT" when there is none."""
    out = tuple(one_line(x).rstrip(";.") for x in lines if one_line(x))
    if not any(x.startswith("Lưu") for x in out):
        out += ("Lưu: VT",)
    return out


def _letter(i: int) -> str:
    return _LETTERS[i] if i < len(_LETTERS) else f"{_LETTERS[i // len(_LETTERS) - 1]}{_LETTERS[i % len(_LETTERS)]}"


def task_blocks(plan: planflow.Plan, task: planflow.Task, number: int) -> list[Block]:
    """A task as the seed writes it: "N. title", then its lettered points."""
    out = [Block(BlockKind.HEADING, task.title, label=f"{number}.")]
    content = [c for c in task.content if c.strip()]
    if len(content) == 1 and _same_words(content[0], task.title):
        content = []  # a duty whose words are its title: said once
    letter = 0
    if content:
        out.append(Block(BlockKind.POINT, "", label=f"{_letter(letter)})", lead="Nội dung:"))
        letter += 1
        if len(content) == 1:
            out.append(Block(BlockKind.PARAGRAPH, content[0]))
        else:
            out.extend(Block(BlockKind.DASH, c, label="-") for c in content)
    for lead, text in (
        ("Cơ quan chủ trì:", agency_names(plan, task.lead)),
        ("Cơ quan phối hợp:", agency_names(plan, task.partners)),
        ("Thời gian thực hiện:", task.timeframe.text),
        ("Sản phẩm:", task.output or ""),
    ):
        if text.strip():
            out.append(Block(BlockKind.POINT, end_sentence(text), label=f"{_letter(letter)})",
                             lead=lead))
            letter += 1
    return out


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).rstrip(" .;:").casefold() == " ".join(b.split()).rstrip(" .;:").casefold()


def _items(texts: tuple[str, ...]) -> list[Block]:
    return [Block(BlockKind.ITEM, c, label=f"{i}.") for i, c in enumerate(texts, 1)]


def _written_sections(plan: planflow.Plan) -> list[Block]:
    """The body's sections as the plan writes them (``plan.sections``)."""
    placed = {t for top in plan.sections for s in top.walk() for t in s.tasks}
    rest = tuple(t for t in plan.tasks if t.id not in placed)
    number = 0
    out: list[Block] = []

    def fill(s: planflow.Section, depth: int) -> None:
        nonlocal number
        if depth == 0:
            out.append(Block(BlockKind.SECTION, s.heading, label=s.label))
        else:
            out.append(Block(BlockKind.HEADING, s.heading, label=s.label))
        out.extend(Block(BlockKind.PARAGRAPH, p) for p in s.paragraphs)
        if s.role == "objectives":
            out.extend(_items(plan.objectives) if s.subsections or depth == 0
                       else [Block(BlockKind.DASH, c, label="-") for c in plan.objectives])
        elif s.role == "requirements":
            out.extend(_items(plan.requirements) if s.subsections or depth == 0
                       else [Block(BlockKind.DASH, c, label="-") for c in plan.requirements])
        elif s.role == "implementation":
            out.extend(_items(plan.implementation))
        elif s.role == "tasks":
            ids = s.tasks
            tasks = [plan.task_by_id[i] for i in ids if i in plan.task_by_id] if ids else rest
            for t in tasks:
                number += 1
                out.extend(task_blocks(plan, t, number))
        for sub in s.subsections:
            fill(sub, depth + 1)

    for top in plan.sections:
        fill(top, 0)
    if rest and not any(s.role == "tasks" for top in plan.sections for s in top.walk()):
        # no section holds the tasks (an appendix's rows, duties under "Tổ chức thực
        # hiện"): they are listed after the sections, never left out
        out.append(Block(BlockKind.SECTION, TASKS_LISTED))
        for t in rest:
            number += 1
            out.extend(task_blocks(plan, t, number))
    return out


def plan_document(plan: planflow.Plan, options: Mapping[str, Any] | None = None) -> Document:
    """The plan as a document: its sections as written when it has them, else the seed's
    structure; dated in the plan's wording."""
    options = options or {}
    wording = planflow.wording_for(plan)
    headings = {**DEFAULT_HEADINGS, **dict(options.get("headings") or {})}
    info = plan.document
    letter = info.kind == "CV" and not info.kind_name
    excerpt, addressees, preamble = letter_parts(info, plan.preamble) if letter else (None, (), plan.preamble)
    body: list[Block] = [Block(BlockKind.PARAGRAPH, p) for p in preamble]
    sections: list[tuple[str, list[Block]]] = []
    if plan.sections:
        body += _written_sections(plan)
    clauses = [*plan.objectives, *plan.requirements]
    if clauses and not plan.sections:
        sections.append((headings["objectives"], [
            Block(BlockKind.ITEM, c, label=f"{i}.") for i, c in enumerate(clauses, 1)]))
    if plan.tasks and not plan.sections:
        blocks: list[Block] = []
        for i, t in enumerate(plan.tasks, 1):
            blocks.extend(task_blocks(plan, t, i))
        sections.append((headings["tasks"], blocks))
    if plan.implementation and not plan.sections:
        sections.append((headings["implementation"], [
            Block(BlockKind.ITEM, c, label=f"{i}.") for i, c in enumerate(plan.implementation, 1)]))
    for n, (heading, blocks) in enumerate(sections, 1):
        body.append(Block(BlockKind.SECTION, heading.upper(), label=f"{wording.section_number(n)}."))
        body.extend(blocks)
    if body:  # the text ends with "./." (Nghị định 30/2020: the end of the content)
        last = body[-1]
        body[-1] = Block(last.kind, end_sentence(last.text) + "/.", label=last.label,
                         lead=last.lead, italic=last.italic)
    issuer = options.get("issuer_lines")
    return Document(
        issuer=tuple(issuer) if issuer else issuer_lines(info.issuer),
        parent_body=info.parent_body.upper() if info.parent_body else None,
        number=number_line(info),
        place_date=place_date(info, wording),
        motto=motto_for(info),
        kind_name=None if letter else info.kind_name or _KIND_NAMES.get(info.kind, info.kind.upper()),
        title=None if letter else info.title,
        excerpt=excerpt,
        addressees=addressees,
        body=body,
        recipients=recipient_lines(plan.recipients),
        signature=plan.signature,
    )
