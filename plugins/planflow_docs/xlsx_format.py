"""Spreadsheets (.xlsx): a plan's tasks, a progress report's tables.

The tables a clerk keeps in Excel: the plan's tasks (who leads, with whom, when, the
deadline), and for a progress report the tasks with their status on the report's day and
the reports owed for its period, with the day each came. Dates are date cells in the
wording's format (``dd/mm/yyyy`` for Vietnamese plans), headers and status words in the
plan's language (``planflow.phrase``, ``Wording.status_label``); the plan's number and
date head every sheet. Written by ``planflow.xlsx_bytes`` (openpyxl), as
``planflow status --xlsx`` writes its workbook.
"""

from __future__ import annotations

from datetime import date

import planflow

from .plan import agency_names
from .report import pick_period, require_issued, require_state

__all__ = ["render_xlsx"]


def _head(plan: planflow.Plan, wording: planflow.Wording, at: date | None,
          extra: str | None = None) -> tuple[str, ...]:
    doc = plan.document
    first = planflow.phrase(wording, "xlsx.plan")
    if doc.symbol:
        first += f" {planflow.phrase(wording, 'xlsx.number')} {doc.symbol}"
    if doc.date:
        first += f" {planflow.phrase(wording, 'xlsx.dated')} {planflow.format_day(wording, doc.date)}"
    lines = [first, doc.title]
    if at is not None:
        lines.append(f"{planflow.phrase(wording, 'xlsx.at')} {planflow.format_day(wording, at)}")
    if extra:
        lines.append(extra)
    return tuple(x for x in lines if x)


def _plan_sheets(plan: planflow.Plan, wording: planflow.Wording) -> list[planflow.Sheet]:
    def t(key: str) -> str:
        return planflow.phrase(wording, key)

    rows = [[i, task.id, task.title, agency_names(plan, tuple(task.lead)),
             agency_names(plan, tuple(task.partners)), task.timeframe.text,
             task.timeframe.start, task.timeframe.due, task.output or None]
            for i, task in enumerate(plan.tasks, 1)]
    return [planflow.Sheet(t("xlsx.tasks"),
                           (t("xlsx.no"), t("col.id"), t("col.task"), t("xlsx.lead"),
                            t("xlsx.partners"), t("xlsx.timeframe"), t("col.start"),
                            t("col.due"), t("xlsx.output")),
                           rows, _head(plan, wording, None),
                           widths=(5, None, 50, 28, 28, 20, 12, 12, 30))]


def _report_sheets(plan: planflow.Plan, context: planflow.RenderContext,
                   wording: planflow.Wording) -> list[planflow.Sheet]:
    def t(key: str) -> str:
        return planflow.phrase(wording, key)

    state = require_state(context)
    at: date = context.at or state.at
    require_issued(plan, at, "progress report")
    wanted = context.period
    if wanted is not None:
        wanted = {p.match_key: p.name for p in planflow.report_periods(plan)}.get(wanted, wanted)
    # None: the plan has no report periods; the sheets speak of it up to ``at`` (the
    # head's "as of" line), with no period line and no reports owed
    period = pick_period(state, wanted)
    head = _head(plan, wording, at, f"{t('xlsx.period')}: {period}" if period else None)
    trows: list[list[object]] = []
    for i, s in enumerate(state.tasks, 1):
        task = plan.task_by_id.get(s.id)
        when = task.timeframe.text if task else ""
        if s.occurrence_start is not None and s.occurrence_end is not None:
            recurrence = task.timeframe.recurrence if task else None
            when = f"{when} ({wording.occurrence_label(s.occurrence_start, s.occurrence_end, recurrence)})"
        late = (at - s.due).days if s.due and s.status is planflow.Status.OVERDUE else None
        trows.append([i, s.id, s.title, agency_names(plan, tuple(s.lead)), when, s.due,
                      wording.status_label(s.status), s.done_on, late,
                      s.note or None, s.note_on])
    tasks = planflow.Sheet(t("xlsx.tasks"),
                           (t("xlsx.no"), t("col.id"), t("col.task"), t("xlsx.lead"),
                            t("xlsx.timeframe"), t("col.due"), t("col.status"),
                            t("xlsx.done_on"), t("col.days_late"), t("xlsx.progress"),
                            t("col.date")),
                           trows, head, widths=(5, None, 50, 28, 20, 12, 22, 14, 10, 36, 12))
    orows: list[list[object]] = []
    for o in state.obligations:
        if o.period != period:
            continue
        name = plan.agency_by_id[o.agency].name if o.agency in plan.agency_by_id else o.agency
        to = (plan.agency_by_id[o.recipient].name if o.recipient in plan.agency_by_id
              else o.recipient)
        late = (at - o.due).days if o.status is planflow.Status.OVERDUE else None
        orows.append([len(orows) + 1, name, o.covers_start, o.covers_end, o.due, to,
                      wording.status_label(o.status), o.submitted_on, o.reference, late])
    reports = planflow.Sheet(t("xlsx.reports"),
                             (t("xlsx.no"), t("col.agency"), t("xlsx.from"), t("xlsx.to"),
                              t("col.due"), t("xlsx.recipient"), t("col.status"),
                              t("xlsx.received_on"), t("xlsx.reference"), t("col.days_late")),
                             orows, head, widths=(5, 34, 12, 12, 12, 30, 22, 14, 14, 10))
    return [tasks, reports]


def render_xlsx(plan: planflow.Plan, context: planflow.RenderContext) -> bytes:
    """The plan's tasks, or a progress report's tables, as an Excel workbook (bytes)."""
    plan = planflow.bind(plan)
    wording = planflow.wording_for(plan)
    if context.what == "plan":
        sheets = _plan_sheets(plan, wording)
    elif context.what == "report":
        sheets = _report_sheets(plan, context, wording)
    else:
        raise planflow.PluginError(f"the xlsx format cannot write a {context.what!r}")
    return planflow.xlsx_bytes(sheets, planflow.phrase(wording, "xlsx_date"))
