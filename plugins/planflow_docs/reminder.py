"""The reminder letter (công văn đôn đốc) that escalation events send.

Built from the engine's evaluation on ``context.at``: the units with items overdue that
day; the letter is addressed to them (never to the issuer that signs it) and lists each
one's overdue items with their deadlines; ``options["agency"]`` narrows it to one unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import planflow

from .document import Block, BlockKind, Document
from .plan import agency_names, end_sentence, issuer_lines, motto_for, place_date
from .report import (
    _plan_ref,
    _report_symbol,
    issuer_id,
    mid_sentence,
    require_issued,
    require_state,
)

__all__ = ["reminder_document"]


def reminder_document(plan: planflow.Plan, context: planflow.RenderContext,
                      options: Mapping[str, Any] | None = None) -> Document:
    """The công văn "V/v đôn đốc thực hiện Kế hoạch số …" for ``context.at``.

    Addressed ("Kính gửi:") to the late units: every unit with an item overdue that day,
    never the issuer itself; each with those items and their deadlines.
    ``options["agency"]`` narrows it to one unit.
    """
    state = require_state(context)
    options = options or {}
    wording = planflow.wording_for(plan)
    at = context.at or state.at
    require_issued(plan, at, "reminder letter")
    me = issuer_id(plan)
    # every overdue item on the day, by its late unit
    items: dict[str, list[tuple[str, Any]]] = {}
    for t in state.tasks:
        if t.status is planflow.Status.OVERDUE:
            title = t.title
            if t.occurrence_start is not None and t.occurrence_end is not None:
                task = plan.task_by_id.get(t.id)
                rec = task.timeframe.recurrence if task is not None else None
                title += f" ({wording.occurrence_label(t.occurrence_start, t.occurrence_end, rec)})"
            for a in t.lead:
                items.setdefault(a, []).append((title, t.due))
    for o in state.obligations:
        if o.status is planflow.Status.OVERDUE:
            title = o.period if o.period.startswith("Báo cáo") else f"Báo cáo {o.period}"
            items.setdefault(o.agency, []).append((title, o.due))
    late = list(items)
    only = options.get("agency")
    late = [a for a in late if a != me and a in items and (not only or a == only)]
    if not late:
        raise planflow.PluginError(planflow.Worded.of(
            "nothing is overdue on {at} for a unit the issuer can chase: no reminder letter "
            "to write", "nothing_overdue", at=at))
    info = plan.document
    issuer = info.issuer or "Ủy ban nhân dân"
    names = [agency_names(plan, (a,)) for a in late]
    body: list[Block] = [Block(BlockKind.PARAGRAPH, (
        f"Thực hiện {_plan_ref(plan, wording)} của {issuer} về {mid_sentence(info.title)}, "
        f"đến {wording.format_date(at)} các nội dung sau đã quá thời hạn nhưng chưa được "
        f"thực hiện, báo cáo:"))]
    for n, a in enumerate(late, 1):
        if len(late) > 1:
            body.append(Block(BlockKind.HEADING, names[n - 1], label=f"{n}."))
        for title, due in sorted(items[a], key=lambda x: (x[1] or at, x[0])):
            text = f"{title} (hạn {wording.format_date_short(due)})" if due else title
            body.append(Block(BlockKind.DASH, end_sentence(text), label="-"))
    via = plan.regime.via if plan.regime and plan.regime.via else None
    via_text = f" (qua {agency_names(plan, (via,))})" if via and via not in late else ""
    whom = names[0] if len(late) == 1 else "các cơ quan, đơn vị nêu trên"
    body.append(Block(BlockKind.PARAGRAPH, (
        f"{issuer} đề nghị {whom} khẩn trương triển khai thực hiện các nội dung "
        f"nêu trên và báo cáo kết quả về {issuer}{via_text} để tổng hợp, theo dõi./.")))
    return Document(
        issuer=tuple(options.get("issuer_lines") or issuer_lines(info.issuer)),
        parent_body=info.parent_body.upper() if info.parent_body else None,
        number=_report_symbol(plan, "UBND", "CV").replace("/UBND-UBND", "/UBND"),
        excerpt=f"V/v đôn đốc thực hiện {_plan_ref(plan, wording)}",
        place_date=place_date(planflow.DocumentInfo(place=info.place, date=at), wording),
        motto=motto_for(info),
        addressees=names,
        body=body,
        recipients=("Như trên", "Lưu: VT"),
        signature=plan.signature,
    )
