"""The ASGI application (Starlette, Jinja2 templates): the board, a plan, a unit, the writes.

Every page needs an access token: a unit's or the office's link (``/t/TOKEN``) checks it
and keeps it in a cookie (HttpOnly, SameSite=Lax). Any valid token reads every page; a
unit's token writes only that unit's items (403 otherwise), the office's writes all.
Every form carries a CSRF token tied to the session's token; templates escape
everything (Jinja2 autoescape); responses forbid scripts, frames and outside resources
(Content-Security-Policy). In read-only mode no form is shown and every write is
refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import planflow

from .access import Access, TokenError, csrf_token, read_token
from .views import (
    Office,
    PlanView,
    by_urgency,
    month_of,
    most_overdue,
    open_between,
    parse_day,
    units_of,
    vi_date,
    vi_error,
    week_of,
)

__all__ = ["COOKIE", "create_app"]

HERE = Path(__file__).parent
COOKIE = "planflow_token"

_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

#: what a successful write says on the page it returns to
_DONE = {
    "done": "Đã ghi nhận hoàn thành nhiệm vụ.",
    "progress": "Đã ghi nhận tiến độ.",
    "submit": "Đã ghi nhận báo cáo.",
}


def _today_in_vietnam() -> date:
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()


def create_app(store: planflow.Store, key: bytes, *, read_only: bool = False,
               today: Callable[[], date] | None = None,
               now: Callable[[], datetime] | None = None,
               registry: planflow.Registry | None = None) -> Starlette:
    """The web application over ``store``, its tokens signed with ``key``. ``today`` gives
    the day the pages evaluate (default: today in Asia/Ho_Chi_Minh), ``now`` the time
    tokens are checked against (default: the clock, UTC)."""
    office = Office(store, registry)
    day_of = today or _today_in_vietnam
    clock = now or (lambda: datetime.now(UTC))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["d"] = vi_date
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.globals["urlencode"] = urlencode

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        access: Access | None = request.scope.get("planflow.access")
        token = request.scope.get("planflow.token")
        html = env.get_template(name).render(
            access=access, read_only=read_only, today=day_of(),
            csrf=csrf_token(key, token) if token else "", path=request.url.path,
            query=str(request.url.query), **ctx)
        return HTMLResponse(html, status_code=status, headers=_HEADERS)

    def problem(request: Request, status: int, message: str) -> HTMLResponse:
        form = request.scope.get("planflow.form") or {}
        back = form.get("back") or request.headers.get("referer")
        return page(request, "error.html", status, message=message, back=_safe_back(back))

    def authenticated(request: Request) -> Access | None:
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        try:
            access = read_token(key, token, clock())
        except TokenError:
            return None
        request.scope["planflow.access"] = access
        request.scope["planflow.token"] = token
        return access

    def guarded(handler: Callable[[Request, Access], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            access = authenticated(request)
            if access is None:
                expired = bool(request.cookies.get(COOKIE))
                return page(request, "login.html", 401, expired=expired)
            if request.method == "POST":
                form = await request.form()
                if read_only:
                    return problem(request, 403, "Trang đang ở chế độ chỉ xem: không ghi "
                                                 "nhận được.")
                sent = str(form.get("csrf") or "")
                if not sent or sent != csrf_token(key, request.scope["planflow.token"]):
                    return problem(request, 403, "Biểu mẫu đã cũ hoặc không hợp lệ (CSRF): "
                                                 "tải lại trang rồi gửi lại.")
                request.scope["planflow.form"] = {k: str(v) for k, v in form.items()}
            # the store and the evaluation block: run them off the event loop
            result = await run_in_threadpool(handler, request, access)
            return result  # type: ignore[no-any-return]
        return endpoint

    # -- pages ------------------------------------------------------------------
    async def enter(request: Request) -> Response:
        token = request.path_params["token"]
        try:
            access = read_token(key, token, clock())
        except TokenError:
            return page(request, "login.html", 401, expired=True)
        target = "/" if access.office else f"/unit/{quote(access.unit or '', safe='')}"
        resp = RedirectResponse(target, status_code=303, headers=_HEADERS)
        resp.set_cookie(COOKIE, token, max_age=max(60, int((access.expires - clock()).total_seconds())),
                        httponly=True, samesite="lax", secure=request.url.scheme == "https")
        return resp

    async def logout(request: Request) -> Response:
        resp = page(request, "login.html", 200, expired=False, logged_out=True)
        resp.delete_cookie(COOKIE)
        return resp

    def board(request: Request, access: Access) -> Response:
        day = day_of()
        views = office.plans(day)
        items = [x for v in views for x in v.items]
        w0, w1 = week_of(day)
        m0, m1 = month_of(day)
        units = units_of(views)
        per_unit = []
        for u, name in sorted(units.items(), key=lambda kv: kv[1]):
            mine = [x for x in items if u in x.units]
            per_unit.append((u, name, sum(x.status is planflow.Status.OVERDUE for x in mine),
                             sum(x.status is planflow.Status.DUE_SOON for x in mine)))
        return page(request, "board.html", views=views, overdue=most_overdue(items),
                    # what is still ahead this week and month (the overdue are listed above)
                    week=open_between(items, max(w0, day), w1), week_span=(w0, w1),
                    month=open_between(items, max(m0, day), m1), month_span=(m0, m1),
                    units=per_unit,
                    ok=_DONE.get(request.query_params.get("ok", "")))

    def plan_page(request: Request, access: Access) -> Response:
        view = office.plan(request.query_params.get("k", ""), day_of())
        if view is None:
            return problem(request, 404, "Không có kế hoạch này trong hệ thống.")
        tasks = [x for x in view.items if x.kind == "task"]
        reports = [x for x in view.items
                   if x.kind == "report" and x.status is not planflow.Status.NOT_APPLICABLE]
        return page(request, "plan.html", v=view, tasks=tasks, reports=reports,
                    timeline=_timeline(view, day_of()),
                    agenda=planflow.agenda(view.plan),
                    names={a.id: a.label for a in view.plan.agencies},
                    ok=_DONE.get(request.query_params.get("ok", "")))

    def unit_page(request: Request, access: Access) -> Response:
        unit = request.path_params["unit"]
        day = day_of()
        views = office.plans(day)
        units = units_of(views)
        if unit not in units:
            return problem(request, 404, "Không có đơn vị này trong các kế hoạch.")
        mine = by_urgency(x for v in views for x in v.items if unit in x.units
                          and x.status is not planflow.Status.NOT_APPLICABLE)
        groups = [
            ("overdue", "Quá hạn", [x for x in mine if x.status is planflow.Status.OVERDUE]),
            ("due-soon", "Sắp đến hạn", [x for x in mine if x.status is planflow.Status.DUE_SOON]),
            ("open", "Đang thực hiện, chưa đến hạn",
             [x for x in mine if x.status in (planflow.Status.IN_PROGRESS,
                                              planflow.Status.NOT_YET_DUE)]),
            ("closed", "Đã hoàn thành, đã báo cáo", [x for x in mine if not x.open]),
        ]
        plans = [v for v in views if any(unit in x.units for x in v.items)]
        return page(request, "unit.html", unit=unit, unit_name=units[unit], groups=groups,
                    plans=plans,
                    mine=access.may_write_for((unit,)),
                    ok=_DONE.get(request.query_params.get("ok", "")))

    # -- writes -----------------------------------------------------------------
    def _plan_for_write(request: Request, form: dict[str, str]) -> tuple[PlanView | None, date | Response]:
        view = office.plan(form.get("plan", ""), day_of())
        if view is None:
            return None, problem(request, 404, "Không có kế hoạch này trong hệ thống.")
        try:
            return view, parse_day(form.get("day", ""))
        except ValueError as e:
            return view, problem(request, 400, str(e))

    def record(request: Request, access: Access) -> Response:
        form: dict[str, str] = request.scope["planflow.form"]
        view, day = _plan_for_write(request, form)
        if view is None or isinstance(day, Response):
            assert isinstance(day, Response)
            return day
        kind = form.get("action", "")
        if kind not in ("done", "progress"):
            return problem(request, 400, "Chọn «Hoàn thành» hoặc «Ghi tiến độ».")
        task = view.plan.task_by_id.get(form.get("task", ""))
        lead = tuple(task.lead) if task is not None else ()
        if task is not None and not access.may_write_for(lead):
            return problem(request, 403, "Nhiệm vụ này không do đơn vị của anh/chị chủ trì: "
                                         "không ghi nhận được.")
        by = access.unit if access.unit is not None else (lead[0] if lead else None)
        note = planflow.nfc(form.get("note", "")).strip() or None
        try:
            office.record(view.plan, form.get("task", ""), kind, day, note, by)
        except planflow.PlanflowError as e:
            return problem(request, 400, vi_error(e))
        return _back(form, kind)

    def submit(request: Request, access: Access) -> Response:
        form: dict[str, str] = request.scope["planflow.form"]
        view, day = _plan_for_write(request, form)
        if view is None or isinstance(day, Response):
            assert isinstance(day, Response)
            return day
        agency = form.get("agency", "")
        if not access.may_write_for((agency,)):
            return problem(request, 403, "Báo cáo này không phải của đơn vị anh/chị: không "
                                         "ghi nhận được.")
        ref = planflow.nfc(form.get("ref", "")).strip() or None
        try:
            office.submit(view.plan, agency, form.get("period", ""), day, ref)
        except planflow.PlanflowError as e:
            return problem(request, 400, vi_error(e))
        return _back(form, "submit")

    # -- downloads ----------------------------------------------------------------
    def download(request: Request, access: Access) -> Response:
        day = day_of()
        view = office.plan(request.query_params.get("k", ""), day)
        if view is None:
            return problem(request, 404, "Không có kế hoạch này trong hệ thống.")
        what = request.path_params["what"]
        plan = view.plan
        base = _file_stem(view.symbol)
        try:
            if what == "plan.docx":
                data = planflow.registry_of(plan).renderer("docx", "plan").render(
                    plan, planflow.RenderContext(what="plan"))
                name, mime = f"{base}.docx", _DOCX
            elif what == "report.docx":
                data = planflow.registry_of(plan).renderer("docx", "report").render(
                    plan, planflow.RenderContext(what="report", at=day, state=view.evaluation))
                name, mime = f"{base}-bao-cao-{day.isoformat()}.docx", _DOCX
            elif what == "plan.ics":
                unit = request.query_params.get("unit") or None
                if unit is not None and unit not in plan.agency_by_id:
                    return problem(request, 404, "Không có đơn vị này trong kế hoạch.")
                data = planflow.to_ics(plan, planflow.agenda(plan, agency=unit))
                name, mime = f"{base}{'-' + _file_stem(unit) if unit else ''}.ics", "text/calendar"
            else:
                return problem(request, 404, "Không có tệp này.")
        except planflow.PlanflowError as e:
            return problem(request, 404, f"Chưa tạo được tệp: {e}")
        return Response(data, media_type=mime, headers={
            **_HEADERS, "Content-Disposition": f"attachment; filename=\"{name}\""})

    routes = [
        Route("/", guarded(board)),
        Route("/t/{token}", enter),
        Route("/logout", logout),
        Route("/plan", guarded(plan_page)),
        Route("/unit/{unit}", guarded(unit_page)),
        Route("/record", guarded(record), methods=["POST"]),
        Route("/submit", guarded(submit), methods=["POST"]),
        Route("/download/{what}", guarded(download)),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes)
    app.state.office = office
    return app


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _file_stem(text: str) -> str:
    """An ASCII file name from a symbol ("65/KH-UBND" -> "65-KH-UBND")."""
    import unicodedata

    s = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in s
                if not unicodedata.combining(c))
    return "-".join(x for x in s.split("-") if x) or "ke-hoach"


def _safe_back(url: str | None) -> str:
    """Where "quay lại" goes: a path of this site only."""
    if not url:
        return "/"
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    path = parts.path or "/"
    if not path.startswith("/") or path.startswith("//") or "\\" in path or parts.netloc:
        return "/"
    return path + (f"?{parts.query}" if parts.query else "")


def _back(form: dict[str, str], what: str) -> Response:
    back = _safe_back(form.get("back"))
    base, _, query = back.partition("?")
    params = [p for p in query.split("&") if p and not p.startswith("ok=")]
    params.append(f"ok={what}")
    return RedirectResponse(f"{base}?{'&'.join(params)}", status_code=303, headers=_HEADERS)


def _timeline(view: PlanView, day: date) -> dict[str, Any]:
    """The plan's tasks as bars over its period (an SVG the template draws)."""
    plan = view.plan
    period = plan.period
    start = period.start if period is not None else min(
        (x.due for x in view.items if x.due), default=day)
    end = period.end if period is not None else max(
        (x.due for x in view.items if x.due), default=day)
    span = max(1, (end - start).days + 1)

    def x(d: date) -> float:
        return round(100 * min(max((d - start).days, 0), span) / span, 2)

    rows = []
    for i, item in enumerate(x_ for x_ in view.items if x_.kind == "task"):
        t = plan.task_by_id[item.id]
        tf = t.timeframe
        a = tf.start or start
        b = item.due or tf.end or end
        rows.append({"y": i, "x": x(a), "w": max(0.8, x(b) - x(a)), "item": item})
    # the report deadlines on a row of their own: one mark a day, coloured by the
    # most urgent obligation due that day
    urgency = [planflow.Status.OVERDUE, planflow.Status.DUE_SOON, planflow.Status.IN_PROGRESS,
               planflow.Status.NOT_YET_DUE, planflow.Status.DONE_LATE,
               planflow.Status.DONE_ON_TIME, planflow.Status.CANCELLED]
    marks: dict[date, Any] = {}
    for item in view.items:
        if item.kind != "report" or item.due is None or item.status not in urgency:
            continue
        seen = marks.get(item.due)
        if seen is None or urgency.index(item.status) < urgency.index(seen.status):
            marks[item.due] = item
    reports = [{"x": x(d), "item": it, "day": d} for d, it in sorted(marks.items())
               if start <= d <= end]
    months = []
    m = start.replace(day=1)
    while m <= end:
        if m >= start:
            months.append({"x": x(m), "label": f"{m.month:02d}/{m.year}"})
        m = (m.replace(day=28) + timedelta(days=4)).replace(day=1)
    return {"rows": rows, "months": months, "today": x(day) if start <= day <= end else None,
            "reports": reports, "report_y": 22 * len(rows) + 6,
            "height": 22 * len(rows) + 6 + (22 if reports else 0)}
