"""The periodic progress report (báo cáo kết quả thực hiện kế hoạch) from the engine's state.

``context.state`` is the tracking engine's evaluation of the plan on ``context.at`` (a
``planflow.Evaluation``: its ``tasks`` and ``obligations`` states, status codes by their
values); this module imports nothing but planflow's public API. Dates, section
numbers, occurrence labels and status words are the plan's wording's
(:func:`planflow.wording_for`).

The sections are those such reports use: I. Công tác chỉ đạo, điều hành; II. Kết quả thực
hiện (per task: lead agency, status, recorded progress; per obligation: on time, late,
not at all); III. Tồn tại, hạn chế; IV. Phương hướng, nhiệm vụ kỳ tới. Places for the
narrative a person writes are marked (placeholder paragraphs, highlighted in DOCX).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import planflow

from .document import Block, BlockKind, Document, Table
from .plan import PARTY_SYMBOL, agency_names, end_sentence, issuer_lines, motto_for, place_date

__all__ = ["issuer_id", "mid_sentence", "pick_period", "report_document", "reports_to",
           "require_issued", "require_state", "status_words"]


def status_words(wording: planflow.Wording) -> dict[str, str]:
    """The words a report prints for each status code of the engine, in the order reports
    list them: the same words as the wording's status tables and notices."""
    return {s.value: wording.status_label(s) for s in planflow.Status}


PLACEHOLDER = "[Phần do cán bộ soạn thảo: {}]"


def _code(status: planflow.Status) -> str:
    return status.value


def require_state(context: planflow.RenderContext) -> planflow.Evaluation:
    """The engine's evaluation in ``context``; :class:`planflow.PluginError` without one."""
    state = context.state
    if state is None:
        raise planflow.PluginError(f"a {context.what} needs the tracking engine's evaluation "
                                   "of the plan (RenderContext.state)")
    return state


def require_issued(plan: planflow.Plan, at: date, what: str) -> None:
    """A report or letter is dated on or after the plan's issue date (its life's start);
    :class:`planflow.PluginError` naming both days otherwise."""
    first = planflow.plan_start(plan)
    if at < first:
        named = _WHAT.get(what, what)
        symbol = plan.document.symbol
        if symbol:
            raise planflow.PluginError(planflow.Worded.of(
                "a {what} dated {at} would come before the plan {symbol} started on {first}: "
                "date it on or after {first}", "dated_before_plan",
                what=named, at=at, symbol=symbol, first=first))
        raise planflow.PluginError(planflow.Worded.of(
            "a {what} dated {at} would come before the plan started on {first}: date it on "
            "or after {first}", "dated_before_unnamed_plan", what=named, at=at, first=first))


#: the documents an error names, each with its words
_WHAT = {"progress report": planflow.Worded("progress report", "what_progress_report", ()),
         "reminder letter": planflow.Worded("reminder letter", "what_reminder_letter", ())}


def _short(name: str) -> str:
    return name[len("Báo cáo "):] if name.startswith("Báo cáo ") else name


def pick_period(state: planflow.Evaluation, name: str | None) -> str | None:
    """The report period named ``name`` (its name or key), else the latest one due on or
    before the evaluated day, else the first one; None when the plan has no report
    periods and none is named (the report then speaks of the plan up to its day). A
    period with a recipient of its own (one body's report to another, tracked with the
    plan's: the Sở's to the Bộ) is reported on when named, never chosen for the plan's
    own report while the plan has periods of its own."""
    periods: dict[str, date] = {}
    keys: dict[str, str] = {}
    for o in state.obligations:
        periods.setdefault(o.period, o.due)
        keys.setdefault(o.period, o.period)
        if o.key:
            keys.setdefault(str(o.key).rpartition("@")[2], o.period)
    if not periods and name is None:
        return None
    if not periods:
        raise planflow.PluginError(planflow.Worded.of(
            "the plan has no report periods to report on", "no_report_periods"))
    if name is not None:
        if name in periods:
            return name
        if name in keys:
            return keys[name]
        raise planflow.PluginError(planflow.Worded.of(
            "no report period named {name!r} (periods: {periods})", "no_period_named",
            name=name, periods=", ".join(periods)))
    owned = {p.name for p in planflow.report_periods(state.plan) if p.recipient is not None}
    if set(periods) - owned:
        periods = {p: d for p, d in periods.items() if p not in owned}
    past = [p for p, d in periods.items() if d <= state.at]
    return max(past, key=lambda p: periods[p]) if past else min(periods, key=lambda p: periods[p])


def mid_sentence(title: str) -> str:
    """A title as running text writes it after "về": its first word in lower case
    ("Phòng, chống …" → "phòng, chống …"), unless that word is an abbreviation or a name
    written in capitals ("UBND", "COVID-19")."""
    head, _, _ = title.partition(" ")
    word = head.rstrip(",;:")
    if len(word) > 1 and word[0].isupper() and word[1:].islower():
        return title[0].lower() + title[1:]
    return title


def issuer_id(plan: planflow.Plan) -> str | None:
    """The agency id of the plan's issuer (as the engine resolves it), if the plan has one."""
    try:
        return planflow.EngineConfig.from_plan(plan).issuer
    except planflow.PlanflowError:
        return None


def reports_to(plan: planflow.Plan) -> list[str]:
    """The bodies the issuer's progress report goes to: the next hop of the regime's chain
    from the issuer, else the regime's recipient when that is not the issuer itself, else
    the upward body the reporting sentence names."""
    regime = plan.regime
    if regime is None:
        return []
    me = issuer_id(plan)
    hops = [h.to for h in regime.chain if h.agency == me]
    if hops:
        return [_name(plan, hops[0])]
    if regime.recipient and regime.recipient != me:
        return [_name(plan, regime.recipient)]
    upward = (regime.params or {}).get("upward_name")
    return [str(upward)] if upward else []


def _plan_ref(plan: planflow.Plan, wording: planflow.Wording) -> str:
    info = plan.document
    ref = f"Kế hoạch số {info.symbol}" if info.symbol else "Kế hoạch"
    if info.date:
        ref += f" ngày {wording.format_date_short(info.date)}"
    return ref


def _report_symbol(plan: planflow.Plan, kind: str, party_kind: str = "BC") -> str:
    """The number line of a document the plan's issuer sends, its number left blank for
    the office to fill in: "Số:      /BC-UBND" after "65/KH-UBND"; a Party body writes
    its symbols the other way round ("3260-KH/ĐĐQH15"), so does its report
    ("Số      -BC/ĐĐQH15", ``party_kind`` "BC", or "CV" for a letter)."""
    symbol = plan.document.symbol or ""
    party = PARTY_SYMBOL.match(symbol)
    if party:
        return f"Số      -{party_kind}/{party['body']}"
    suffix = symbol.rpartition("-")[2] or "UBND"
    return f"Số:      /{kind}-{suffix}"


def _deadline(task: planflow.TaskState, at: date, wording: planflow.Wording) -> str:
    if task.due is None:
        return ""
    if task.due < at:
        return f", đã quá hạn từ {wording.format_date_short(task.due)}, cần hoàn thành ngay"
    return f", hoàn thành chậm nhất {wording.format_date_short(task.due)}"


def _name(plan: planflow.Plan, agency: str) -> str:
    return agency_names(plan, (agency,))


def _rollup_blocks(context: planflow.RenderContext, labels: Mapping[str, str],
                   wording: planflow.Wording) -> list[Block | Table]:
    """3. the plans implementing this one (``context.rollup``, a ``planflow.PlanStatus``
    each): per plan, its tasks and reports by status and what is overdue."""
    if not context.rollup:
        return []

    def counts(c: Mapping[str, int]) -> str:
        return "; ".join(f"{labels.get(code, code).lower()}: {n:02d}" for code, n in c.items())

    rows: list[tuple[str, ...]] = []
    late: list[Block | Table] = []
    for i, st in enumerate(context.rollup, 1):
        issued = f" ngày {wording.format_date_short(st.issued)}" if st.issued else ""
        rows.append((str(i), f"{st.symbol or st.key}{issued}", st.issuer, counts(st.tasks),
                     counts(st.reports), f"{len(st.overdue):02d}"))
        for o in st.overdue:
            due = f" (hạn {wording.format_date_short(o.due)})" if o.due else ""
            what = o.title if o.kind == "task" else f"{o.title}: {o.agency_name or o.agency}"
            late.append(Block(BlockKind.DASH, end_sentence(f"{st.issuer}: {what}{due}"), label="-"))
    blocks: list[Block | Table] = [
        Block(BlockKind.HEADING, "Tình hình thực hiện của cấp dưới", label="3."),
        Block(BlockKind.PARAGRAPH, end_sentence(
            f"Có {len(rows):02d} kế hoạch của cấp dưới triển khai thực hiện Kế hoạch")),
        Table(("TT", "Kế hoạch", "Cơ quan ban hành", "Nhiệm vụ", "Báo cáo", "Quá hạn"), rows,
              widths=(0.8, 2.2, 2.6, 2.8, 2.8, 1.2)),
    ]
    if late:
        blocks.append(Block(BlockKind.PARAGRAPH, "Các nhiệm vụ, báo cáo quá hạn của cấp dưới:"))
        blocks.extend(late)
    return blocks


def report_document(plan: planflow.Plan, context: planflow.RenderContext,
                    options: Mapping[str, Any] | None = None) -> Document:
    """The progress report for ``context.period`` from the engine's state on ``context.at``."""
    state = require_state(context)
    options = options or {}
    wording = planflow.wording_for(plan)
    labels = status_words(wording)
    wanted = context.period
    if wanted is not None:  # a period's key ("2026-Q1") names it as well as its name
        wanted = {p.match_key: p.name for p in planflow.report_periods(plan)}.get(wanted, wanted)
    at: date = context.at or state.at
    require_issued(plan, at, "progress report")
    period = pick_period(state, wanted)
    # a plan with no report periods (none stated, or its reporting sentence unread) is
    # reported on up to the day: "kết quả thực hiện đến ngày 15/6/2026"
    span = _short(period) if period is not None else f"đến ngày {wording.format_date_short(at)}"
    info = plan.document
    issuer = info.issuer or "Ủy ban nhân dân"
    body: list[Block | Table] = [Block(BlockKind.PARAGRAPH, (
        f"Thực hiện {_plan_ref(plan, wording)} của {issuer} về {mid_sentence(info.title)}; {issuer} báo cáo kết quả "
        f"thực hiện {span} như sau:"))]
    sections: list[tuple[str, list[Block | Table]]] = []
    sections.append(("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", [Block(BlockKind.PLACEHOLDER, PLACEHOLDER.format(
        "các văn bản chỉ đạo, hướng dẫn, kiểm tra đã ban hành trong kỳ"))]))
    # II. results: every task, then the reports owed for this period
    rows: list[tuple[str, ...]] = []
    counts: dict[str, int] = {}
    for i, t in enumerate(state.tasks, 1):
        code = _code(t.status)
        counts[code] = counts.get(code, 0) + 1
        task = plan.task_by_id.get(t.id)
        when = task.timeframe.text if task else (wording.format_date_short(t.due) if t.due else "")
        occ_start, occ_end = t.occurrence_start, t.occurrence_end
        if occ_start is not None and occ_end is not None:  # a recurring task: the current one
            recurrence = task.timeframe.recurrence if task else None
            when = f"{when} ({wording.occurrence_label(occ_start, occ_end, recurrence)})"
        progress = t.note or ""
        if t.note and t.note_on:
            progress = f"{t.note} ({wording.format_date_short(t.note_on)})"
        if t.done_on:
            progress = f"Hoàn thành ngày {wording.format_date_short(t.done_on)}" + (f"; {progress}" if progress else "")
        rows.append((str(i), t.title, agency_names(plan, tuple(t.lead)), when,
                     labels.get(code, code), progress))
    summary = "; ".join(f"{labels.get(c, c).lower()}: {n:02d}" for c, n in
                        sorted(counts.items(), key=lambda x: list(labels).index(x[0])
                               if x[0] in labels else 99))
    results: list[Block | Table] = [
        Block(BlockKind.HEADING, "Kết quả thực hiện các nhiệm vụ", label="1."),
        Block(BlockKind.PARAGRAPH, end_sentence(
            f"Tính đến {wording.format_date_short(at)}, Kế hoạch có {len(rows):02d} nhiệm vụ" +
            (f" ({summary})" if summary else ""))),
        Table(("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Tình trạng", "Kết quả, tiến độ"),
              rows, widths=(0.8, 2.9, 2.1, 2.3, 1.6, 2.7)),
        Block(BlockKind.PLACEHOLDER, PLACEHOLDER.format("đánh giá kết quả nổi bật của từng nhiệm vụ")),
    ]
    if period is not None:
        results.append(Block(BlockKind.HEADING, f"Tình hình thực hiện chế độ báo cáo {span}",
                             label="2."))
    groups: dict[str, list[str]] = {"on_time": [], "late": [], "missing": [], "not_due": []}
    orows: list[tuple[str, str, str, str, str]] = []
    for o in state.obligations:
        if o.period != period:
            continue
        code = _code(o.status)
        if code == "done_on_time":
            g, word = "on_time", "Đúng hạn"
        elif code == "done_late":
            g, word = "late", "Chậm"
        elif code in ("cancelled", "not_applicable"):
            continue
        elif o.due < at:
            g, word = "missing", "Chưa báo cáo"
        else:
            g, word = "not_due", "Chưa đến hạn"
        groups[g].append(_name(plan, o.agency))
        sent = wording.format_date_short(o.submitted_on) if o.submitted_on else ""
        ref = o.reference or ""
        orows.append((str(len(orows) + 1), _name(plan, o.agency), wording.format_date_short(o.due),
                      " ".join(x for x in (sent, f"({ref})" if ref else "") if x), word))
    for g, words in (("on_time", "Báo cáo đúng hạn"), ("late", "Báo cáo chậm"),
                     ("missing", "Chưa báo cáo"), ("not_due", "Chưa đến hạn báo cáo")):
        if period is not None and (groups[g] or g != "not_due"):
            who = "; ".join(groups[g]) if groups[g] else "không có"
            results.append(Block(BlockKind.DASH, end_sentence(f"{words}: {who}"), label="-"))
    if orows:
        results.append(Table(("TT", "Cơ quan báo cáo", "Hạn báo cáo", "Ngày nhận", "Tình trạng"),
                             orows, widths=(0.8, 4.0, 1.6, 2.0, 1.6)))
    results.extend(_rollup_blocks(context, labels, wording))
    sections.append(("KẾT QUẢ THỰC HIỆN", results))
    overdue = [t for t in state.tasks if _code(t.status) == "overdue"]
    issues: list[Block | Table] = []
    if overdue:
        issues.append(Block(BlockKind.PARAGRAPH, "Các nhiệm vụ quá hạn chưa hoàn thành:"))
        issues += [Block(BlockKind.DASH, end_sentence(
            f"{t.title} (hạn {wording.format_date_short(t.due)}; {agency_names(plan, tuple(t.lead))})"
            if t.due else t.title), label="-") for t in overdue]
    if groups["missing"] or groups["late"]:
        issues.append(Block(BlockKind.PARAGRAPH, end_sentence(
            "Cơ quan chưa báo cáo hoặc báo cáo chậm: " + "; ".join(groups["missing"] + groups["late"]))))
    issues.append(Block(BlockKind.PLACEHOLDER, PLACEHOLDER.format("tồn tại, hạn chế và nguyên nhân")))
    sections.append(("TỒN TẠI, HẠN CHẾ", issues))
    open_tasks = [t for t in state.tasks if _code(t.status) in
                  ("not_yet_due", "in_progress", "due_soon", "overdue")]
    nxt: list[Block | Table] = [Block(BlockKind.DASH, end_sentence(
        f"{t.title}: {agency_names(plan, tuple(t.lead))} chủ trì" + _deadline(t, at, wording)), label="-")
        for t in open_tasks]
    nxt.append(Block(BlockKind.PLACEHOLDER, PLACEHOLDER.format(
        "nhiệm vụ, giải pháp trọng tâm kỳ tới và kiến nghị, đề xuất")))
    sections.append(("PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", nxt))
    for n, (heading, blocks) in enumerate(sections, 1):
        body.append(Block(BlockKind.SECTION, heading, label=f"{wording.section_number(n)}."))
        body.extend(blocks)
    when = f"kỳ {span}" if period is not None else span
    body.append(Block(BlockKind.PARAGRAPH, f"Trên đây là báo cáo kết quả thực hiện {_plan_ref(plan, wording)}"
                      f", {when}, của {issuer}./."))
    recips = reports_to(plan)
    return Document(
        issuer=tuple(options.get("issuer_lines") or issuer_lines(info.issuer)),
        parent_body=info.parent_body.upper() if info.parent_body else None,
        number=_report_symbol(plan, "BC"),
        place_date=place_date(planflow.DocumentInfo(place=info.place, date=at), wording),
        motto=motto_for(info),
        kind_name="BÁO CÁO",
        title=f"Kết quả thực hiện {_plan_ref(plan, wording)}, {when}",
        body=body,
        recipients=(*recips, "Lưu: VT"),
        signature=plan.signature,
    )
