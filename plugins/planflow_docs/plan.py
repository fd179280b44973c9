"""The plan (kế hoạch) as a :class:`~planflow_docs.document.Document`.

The structure is the seed's (Kế hoạch 65/KH-UBND of Lý Sơn, 2023), the usual shape of a
district plan: the preamble; "I. MỤC ĐÍCH, YÊU CẦU" with the objectives and
requirements as numbered items; "II. NỘI DUNG CÔNG TÁC TRỌNG TÂM" with each task as a
numbered heading and its points a) content, b) lead agencies, c) coordinating agencies,
d) timeframe (the plan's own words); "III. TỔ CHỨC THỰC HIỆN" with the implementation
clauses; then "Nơi nhận:" and the signature.

The model has no field for section headings, which vary between plans; the renderer
options ``headings`` (a mapping of ``objectives``, ``tasks``, ``implementation`` to a
heading) and ``issuer_lines`` (the issuer as printed, line by line) override the defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import planflow

from .clean import one_line
from .document import Block, BlockKind, Document

__all__ = ["DEFAULT_HEADINGS", "agency_names", "end_sentence", "issuer_lines", "number_line",
           "place_date", "plan_document", "recipient_lines"]

DEFAULT_HEADINGS = {
    "objectives": "MỤC ĐÍCH, YÊU CẦU",
    "tasks": "NỘI DUNG CÔNG TÁC TRỌNG TÂM",
    "implementation": "TỔ CHỨC THỰC HIỆN",
}

# Kinds of body whose name the header prints on a line of its own, above the place it
# governs: "ỦY BAN NHÂN DÂN" / "HUYỆN LÝ SƠN".
_BODY_KINDS = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO", "BAN QUẢN LÝ")

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


def number_line(info: planflow.DocumentInfo) -> str:
    """"Số: 65/KH-UBND"; without a symbol, a blank for the number."""
    if info.symbol:
        return f"Số: {one_line(info.symbol)}"
    return f"Số:      /{one_line(info.kind)}"


def place_date(info: planflow.DocumentInfo, wording: planflow.Wording) -> str:
    """"Lý Sơn, ngày 23 tháng 3 năm 2023" (the date as ``wording`` writes it); blanks when
    the date is not set yet."""
    place = one_line(info.place or "")
    if info.date is not None:
        return wording.format_date(info.date, place or None)
    words = "ngày      tháng      năm"
    return f"{place}, {words}" if place else words


def end_sentence(text: str, mark: str = ".") -> str:
    """``text`` ending in a full stop (or ``mark``) unless it ends in punctuation already."""
    t = text.rstrip()
    return t if not t or t[-1] in ".:;!?…" else t + mark


def agency_names(plan: planflow.Plan, ids: tuple[str, ...]) -> str:
    """The full names of agencies ``ids`` ("; " between them; an unknown id as itself)."""
    return "; ".join(plan.agency_by_id[i].name if i in plan.agency_by_id else i for i in ids)


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


def plan_document(plan: planflow.Plan, options: Mapping[str, Any] | None = None) -> Document:
    """The plan as a document, in the seed's structure, dated in the plan's wording."""
    options = options or {}
    wording = planflow.wording_for(plan)
    headings = {**DEFAULT_HEADINGS, **dict(options.get("headings") or {})}
    info = plan.document
    body: list[Block] = [Block(BlockKind.PARAGRAPH, p) for p in plan.preamble]
    sections: list[tuple[str, list[Block]]] = []
    clauses = [*plan.objectives, *plan.requirements]
    if clauses:
        sections.append((headings["objectives"], [
            Block(BlockKind.ITEM, c, label=f"{i}.") for i, c in enumerate(clauses, 1)]))
    if plan.tasks:
        blocks: list[Block] = []
        for i, t in enumerate(plan.tasks, 1):
            blocks.extend(task_blocks(plan, t, i))
        sections.append((headings["tasks"], blocks))
    if plan.implementation:
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
        kind_name=_KIND_NAMES.get(info.kind, info.kind.upper()),
        title=info.title,
        body=body,
        recipients=recipient_lines(plan.recipients),
        signature=plan.signature,
    )
