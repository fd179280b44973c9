"""The reminder letter (công văn đôn đốc) that escalation events send.

Built from the engine's evaluation on ``context.at``: the escalation events of that day
(else its overdue events) name what is overdue and whom to tell. One letter goes to
every agency those events name; ``options["agency"]`` narrows it to one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import planflow

from .document import Block, BlockKind, Document
from .plan import agency_names, end_sentence, issuer_lines, place_date
from .report import _plan_ref, _report_symbol, require_issued, require_state

__all__ = ["reminder_document"]


def _kind(event: planflow.Event) -> str:
    return event.kind.value


def reminder_document(plan: planflow.Plan, context: planflow.RenderContext,
                      options: Mapping[str, Any] | None = None) -> Document:
    """The công văn "V/v đôn đốc thực hiện Kế hoạch số …" for ``context.at``."""
    state = require_state(context)
    options = options or {}
    wording = planflow.wording_for(plan)
    at = context.at or state.at
    require_issued(plan, at, "reminder letter")
    events = [e for e in state.events if _kind(e) == "escalation"] or \
             [e for e in state.events if _kind(e) == "overdue"]
    only = options.get("agency")
    if only:
        events = [e for e in events if only in e.recipients]
    if not events:
        raise planflow.PluginError(f"nothing escalates on {at.isoformat()}: no reminder letter to write")
    to: list[str] = []
    for e in events:
        for r in e.recipients:
            if r not in to and (not only or r == only):
                to.append(r)
    info = plan.document
    issuer = info.issuer or "Ủy ban nhân dân"
    names = [agency_names(plan, (a,)) for a in to]
    body: list[Block] = [Block(BlockKind.PARAGRAPH, (
        f"Thực hiện {_plan_ref(plan, wording)} của {issuer} về {info.title}, đến {wording.format_date(at)} "
        f"các nội dung sau đã quá thời hạn nhưng chưa được thực hiện, báo cáo:"))]
    for e in events:
        what = "Báo cáo" if e.subject_type == "report" else "Nhiệm vụ"
        title = e.title if e.subject_type != "report" or e.title.startswith("Báo cáo") else f"{what} {e.title}"
        owner = agency_names(plan, tuple(e.recipients))
        due = f"hạn {wording.format_date_short(e.due)}" if e.due else ""
        detail = "; ".join(x for x in (due, owner) if x)
        body.append(Block(BlockKind.DASH, end_sentence(f"{title} ({detail})" if detail else title),
                          label="-"))
    via = plan.regime.via if plan.regime and plan.regime.via else None
    via_text = f" (qua {agency_names(plan, (via,))})" if via else ""
    body.append(Block(BlockKind.PARAGRAPH, (
        f"{issuer} đề nghị {'; '.join(names)} khẩn trương triển khai thực hiện các nội dung "
        f"nêu trên và báo cáo kết quả về {issuer}{via_text} để tổng hợp, theo dõi./.")))
    return Document(
        issuer=tuple(options.get("issuer_lines") or issuer_lines(info.issuer)),
        parent_body=info.parent_body.upper() if info.parent_body else None,
        number=_report_symbol(plan, "UBND").replace("/UBND-UBND", "/UBND"),
        excerpt=f"V/v đôn đốc thực hiện {_plan_ref(plan, wording)}",
        place_date=place_date(planflow.DocumentInfo(place=info.place, date=at), wording),
        addressees=names,
        body=body,
        recipients=("Như trên", "Lưu: VT"),
        signature=plan.signature,
    )
