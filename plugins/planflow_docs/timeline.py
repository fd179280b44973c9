"""The timeline: the plan's tasks as bars over its period, as a self-contained SVG.

Each task is a row: a bar over its own window (recurring tasks: one bar per occurrence;
deadlines: from the start of the plan's life, its issue date, to the deadline; continuous
tasks: their own span, lighter; event-bound and unread timeframes: a dashed outline from
the plan's start with the words), coloured by its status on the day the document speaks
of. The axis is the plan's period, widened to every task's window when one lies outside
it (a plan issued in 2025 for 2026-2030), with a scale of months, or of years beyond two
years. Report deadlines are diamonds on a row
of their own, coloured by the most pressing status of the reports due that day, and a
vertical line marks the day. Nothing is fetched: the picture is
inline SVG with inline styles, and every piece of text is escaped.
"""

from __future__ import annotations

import datetime as dt
from html import escape as _escape
from typing import Any

import planflow

from .clean import one_line

__all__ = ["STATUS_COLOURS", "timeline_svg"]

#: fill colours by status code (colour-blind-safe palette, Okabe-Ito)
STATUS_COLOURS: dict[str, str] = {
    "not_yet_due": "#BBBBBB",
    "in_progress": "#56B4E9",
    "due_soon": "#E69F00",
    "overdue": "#D55E00",
    "done_on_time": "#009E73",
    "done_late": "#CC79A7",
    "cancelled": "#EEEEEE",
    "not_applicable": "#F5F5F5",
    "untracked": "#F5F5F5",
    "ended": "#BBBBBB",
}
_NEUTRAL = "#56B4E9"
#: a report day's marker takes the colour of its most pressing report
_RANK = ("overdue", "done_late", "due_soon", "in_progress", "not_yet_due", "done_on_time", "cancelled",
         "not_applicable", "untracked", "ended")

def escape(text: str) -> str:
    """Text for SVG: one line, no character XML cannot hold, markup escaped."""
    return _escape(one_line(text))


_W = 1000          # total width
_LEFT = 300        # label column
_RIGHT = 20
_ROW = 26
_TOP = 46          # room for the month scale
_BAR = 16


def _x(day: dt.date, start: dt.date, end: dt.date) -> float:
    span = (end - start).days + 1
    frac = min(max((day - start).days, 0), span) / span
    return _LEFT + frac * (_W - _LEFT - _RIGHT)


def _label(text: str, limit: int = 44) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bars(task: planflow.Task, start: dt.date, end: dt.date) -> tuple[list[tuple[dt.date, dt.date]], str]:
    """(spans, style) of one task over its own window, ``start`` being the plan's start
    (its issue date) and ``end`` its period's end: style is "solid", "light" or "dashed"."""
    tf = task.timeframe
    kind = tf.kind
    if kind is planflow.Kind.RECURRING and tf.occurrences:
        return list(tf.occurrences), "solid"
    if kind is planflow.Kind.WINDOW and tf.start and tf.end:
        return [(tf.start, tf.end)], "solid"
    if kind is planflow.Kind.DEADLINE and tf.due:
        first = tf.start or min(start, tf.due)
        return [(first, tf.due)], "solid"
    if kind is planflow.Kind.CONTINUOUS:
        a = tf.start or start
        return [(a, max(tf.end or end, a))], "light"
    return [(start, max(start, end))], "dashed"


_MAX_AXIS_DAYS = 366 * 12  # an axis widened to the tasks' windows stops at twelve years


def _axis(plan: planflow.Plan) -> tuple[dt.date, dt.date]:
    """The plan's period, widened to every task's bars (at most twelve years)."""
    assert plan.period is not None
    start, end = plan.period.start, plan.period.end
    life = max(min(planflow.plan_start(plan), end), start)
    lo, hi = start, end
    for task in plan.tasks:
        for a, b in _bars(task, life, end)[0]:
            lo, hi = min(lo, a), max(hi, b)
    lo = max(lo, start - dt.timedelta(days=_MAX_AXIS_DAYS // 2))
    hi = min(hi, end + dt.timedelta(days=_MAX_AXIS_DAYS))
    return planflow.unit_start(lo, "month"), hi


def timeline_svg(plan: planflow.Plan, at: dt.date | None = None,
                 state: planflow.Evaluation | None = None,
                 labels: Any = None) -> str:
    """The timeline of ``plan`` as an ``<svg>`` element (text, UTF-8 safe, no external refs).

    ``state`` is the engine's evaluation on ``at`` (``planflow.Evaluation``); without one,
    the statuses are evaluated on ``at`` with nothing recorded; without ``at`` the bars
    are not coloured by status. ``labels`` maps a status to the words shown in the legend
    (a wording's ``label``).
    """
    assert plan.period is not None
    start, end = _axis(plan)
    life = max(min(planflow.plan_start(plan), plan.period.end), plan.period.start)
    if state is None and at is not None:
        state = planflow.evaluate(plan, None, at)
    status: dict[str, str] = {}
    if state is not None:
        for ts in state.tasks:
            status.setdefault(ts.id, ts.status.value)
    reports = planflow.obligations(plan)
    rows = len(plan.tasks) + (1 if reports else 0)
    height = _TOP + rows * _ROW + 56
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{_W}" '
           f'height="{height}" viewBox="0 0 {_W} {height}" role="img" '
           f'font-family="Liberation Sans, Arial, sans-serif" font-size="12">',
           f"<title>{escape(plan.document.symbol or plan.document.title or 'Timeline')}</title>",
           f'<rect x="0" y="0" width="{_W}" height="{height}" fill="#ffffff"/>']
    # month scale (a year scale over more than two years)
    step = 12 if (end - start).days > 731 else 1
    month = planflow.unit_start(start, "year" if step == 12 else "month")
    while month <= end:
        x = _x(max(month, start), start, end)
        out.append(f'<line x1="{x:.1f}" y1="{_TOP - 14}" x2="{x:.1f}" y2="{_TOP + rows * _ROW}" '
                   'stroke="#dddddd" stroke-width="1"/>')
        nxt = planflow.add_months(month, step)
        mid = (_x(max(month, start), start, end) + _x(min(nxt, end + dt.timedelta(days=1)), start, end)) / 2
        label = (str(month.year) if step == 12 else
                 f"T{month.month}" + (f"/{month.year}" if month.month == 1 or month <= start else ""))
        out.append(f'<text x="{mid:.1f}" y="{_TOP - 18}" text-anchor="middle" fill="#444444">{label}</text>')
        month = nxt
    # task rows
    for i, task in enumerate(plan.tasks):
        y = _TOP + i * _ROW
        if i % 2:
            out.append(f'<rect x="0" y="{y}" width="{_W}" height="{_ROW}" fill="#f7f7f7"/>')
        name = _label(task.title or task.id)
        out.append(f'<text x="6" y="{y + _ROW / 2 + 4:.1f}" fill="#000000">'
                   f"<title>{escape(task.title)} ({escape(task.timeframe.text)})</title>{escape(name)}</text>")
        spans, style = _bars(task, life, plan.period.end)
        code = status.get(task.id)
        colour = STATUS_COLOURS.get(code, _NEUTRAL) if code else _NEUTRAL
        tip = escape(f"{task.title}: {task.timeframe.text}" + (f" — {labels(code) if labels else code}" if code else ""))
        for a, b in spans:
            if b < start or a > end:
                continue
            x1, x2 = _x(max(a, start), start, end), _x(min(b, end) + dt.timedelta(days=1), start, end)
            w = max(x2 - x1, 2.0)
            by = y + (_ROW - _BAR) / 2
            if style == "dashed":
                out.append(f'<rect x="{x1:.1f}" y="{by:.1f}" width="{w:.1f}" height="{_BAR}" fill="none" '
                           f'stroke="{colour}" stroke-dasharray="4 3"><title>{tip}</title></rect>')
            else:
                opacity = "0.45" if style == "light" else "1"
                out.append(f'<rect x="{x1:.1f}" y="{by:.1f}" width="{w:.1f}" height="{_BAR}" rx="3" '
                           f'fill="{colour}" fill-opacity="{opacity}"><title>{tip}</title></rect>')
    # report deadlines
    if reports:
        y = _TOP + len(plan.tasks) * _ROW
        out.append(f'<text x="6" y="{y + _ROW / 2 + 4:.1f}" fill="#000000" font-style="italic">Báo cáo</text>')
        by_day: dict[dt.date, list[str]] = {}
        worst: dict[dt.date, str] = {}
        report_status: dict[tuple[str, str], str] = {}
        if state is not None:
            for ob in state.obligations:
                report_status[(ob.agency, ob.period)] = ob.status.value
        for o in reports:
            code = report_status.get((o.agency, o.period))
            by_day.setdefault(o.due, []).append(
                f"{o.period}: {o.agency}" + (f" ({labels(code) if labels else code})" if code else ""))
            if code and (o.due not in worst or _RANK.index(code) < _RANK.index(worst[o.due])):
                worst[o.due] = code
        for day, who in sorted(by_day.items()):
            if not start <= day <= end:
                continue
            x = _x(day, start, end) + 0.5 * (_x(day + dt.timedelta(days=1), start, end) - _x(day, start, end))
            cy = y + _ROW / 2
            pts = f"{x:.1f},{cy - 7:.1f} {x + 7:.1f},{cy:.1f} {x:.1f},{cy + 7:.1f} {x - 7:.1f},{cy:.1f}"
            tip = escape(f"{day.isoformat()} — " + "; ".join(who))
            fill = STATUS_COLOURS[worst[day]] if day in worst else "#0072B2"
            out.append(f'<polygon points="{pts}" fill="{fill}" stroke="#333333" stroke-width="0.8">'
                       f"<title>{tip}</title></polygon>")
    # the day
    if at is not None and start <= at <= end:
        x = _x(at, start, end)
        out.append(f'<line x1="{x:.1f}" y1="{_TOP - 12}" x2="{x:.1f}" y2="{_TOP + rows * _ROW}" '
                   'stroke="#CC0000" stroke-width="2"/>')
        out.append(f'<text x="{x + 3:.1f}" y="{_TOP - 4}" fill="#CC0000">{at:%d/%m/%Y}</text>')
    # legend
    ly = _TOP + rows * _ROW + 24
    lx = 6.0
    codes = list(STATUS_COLOURS) if state is not None else []
    for code in codes:
        text = labels(code) if labels else code
        out.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="12" height="12" fill="{STATUS_COLOURS[code]}"/>')
        out.append(f'<text x="{lx + 16:.1f}" y="{ly}" fill="#000000">{escape(text)}</text>')
        lx += 24 + 7 * len(text)
    if reports:
        out.append(f'<polygon points="{lx + 6},{ly - 11} {lx + 12},{ly - 4} {lx + 6},{ly + 3} {lx},{ly - 4}" fill="#0072B2"/>')
        out.append(f'<text x="{lx + 16:.1f}" y="{ly}" fill="#000000">hạn báo cáo</text>')
    out.append("</svg>")
    return "\n".join(out)
