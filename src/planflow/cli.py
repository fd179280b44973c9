"""The ``planflow`` command line (click + rich).

User mistakes (a bad plan file, a bad date, an unknown name) print one line per
problem on stderr and exit with code 2; a traceback means a bug.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import click

from .errors import PlanflowError, TimeframeError
from .registry import default_registry

if TYPE_CHECKING:  # the rest loads on first use (see below)
    from datetime import date

    from .timeframe import TimeframeContext

__all__ = ["cli", "main"]

_LANG_HELP = ("Language of the output (en, vi...; default: the plan's: Vietnamese for a "
              "Vietnamese plan).")
#: --lang of commands that speak of no one plan
_LANG_HELP_ANY = ("Language of the output (en, vi...; default: $PLANFLOW_LANG, else the system's "
                  "($LANG), else en).")


class UserError(click.ClickException):
    """A PlanflowError on its way out: printed without decoration, exit code 2."""

    exit_code = 2

    def __init__(self, lines: list[str]):
        lines = _said_lines(lines)
        super().__init__("\n".join(lines))
        self.lines = lines

    def show(self, file: Any = None) -> None:
        for line in self.lines:
            click.echo(f"planflow: {_clean(line)}", err=True)


# Each command imports what it uses: rich, numpy, cattrs and the plugins' heavy modules
# load on first use, so `planflow --help` and small commands start quickly.
class _LazyJson:
    """The :mod:`json` module, imported on first use (`planflow --help` never needs it)."""

    def __getattr__(self, name: str) -> Any:
        import json as module

        return getattr(module, name)


json = _LazyJson()


class _HelpFormatter(click.HelpFormatter):
    """click's help formatter, measuring the terminal as :func:`shutil.get_terminal_size`
    does without importing :mod:`shutil` (with bz2, lzma, fnmatch: a tenth of `--help`)."""

    def __init__(self, indent_increment: int = 2, width: int | None = None,
                 max_width: int | None = None) -> None:
        from click import formatting

        if width is None and formatting.FORCED_WIDTH is None:
            from ._help import help_width

            width = help_width(max_width)
        super().__init__(indent_increment, width, max_width)

    # click's own words around the help (see _Context.get_help): in the help's language
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None and _HELP:
            prefix = _HELP.get("help.usage")
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_HELP.get(f"help.heading.{heading}", heading) if _HELP else heading)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        if _HELP:
            rows = [(term, _help_chrome(text, _HELP)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


#: the words of the help being written (see :meth:`_Context.get_help`); None: click's English
_HELP: dict[str, str] | None = None
#: the command line main() runs (its --lang and plan file choose the help's language)
_ARGV: list[str] = []


def _help_chrome(text: str, own: dict[str, str]) -> str:
    """click's own words in an option's help ("[required]", "[default: 8080]", the help
    option's sentence) in the help's language."""
    for english, key in (("Show this message and exit.", "help.--help"),
                         ("[required]", "help.required"), ("[default: ", "help.default")):
        if english in text and key in own:
            text = text.replace(english, own[key])
    return text


class _Context(click.Context):
    formatter_class = _HelpFormatter

    def get_help(self) -> str:
        """The help in the command line's language (--lang, else $PLANFLOW_LANG, else the
        plan file's among the arguments): a wording's ``help.<command>`` and
        ``help.<command> <option>`` phrases replace the English for as long as it is
        written; click's own words (Usage, Options, [required]) too."""
        global _HELP
        wording = _argv_wording(_ARGV)
        own = getattr(wording, "phrases", None) or {}
        if not any(k.startswith("help.") for k in own):
            return super().get_help()
        path = " ".join(self.command_path.split()[1:]) or "planflow"
        saved: list[tuple[Any, str, Any]] = []

        def put(obj: Any, attr: str, key: str) -> None:
            if key in own:
                saved.append((obj, attr, getattr(obj, attr)))
                setattr(obj, attr, own[key])

        put(self.command, "help", f"help.{path}")
        for p in self.command.params:
            if isinstance(p, click.Option) and p.help:
                put(p, "help", f"help.{path} {p.opts[0]}")
        for name, sub in getattr(self.command, "commands", {}).items():
            put(sub, "help", f"help.{name if path == 'planflow' else f'{path} {name}'}")
            if sub.short_help:
                put(sub, "short_help", f"help.{name if path == 'planflow' else f'{path} {name}'}")
        _HELP = own
        try:
            return super().get_help()
        finally:
            _HELP = None
            for obj, attr, value in reversed(saved):
                setattr(obj, attr, value)


def _console() -> Any:
    """rich's console; written to a file or a pipe (no terminal, no $COLUMNS), 160 columns
    wide, so that tables keep ids and dates on one line there too."""
    from rich.console import Console

    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return Console(soft_wrap=False, highlight=False, width=width)


def Table(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 (stands for rich's class)
    """rich's Table, imported on first use."""
    from rich.table import Table as RichTable

    return RichTable(*args, **kwargs)


def load(spec: str) -> Any:
    """:func:`planflow.load`, imported on first use (it needs cattrs)."""
    from .loader import load as load_plan_spec

    return load_plan_spec(spec)


def to_date(value: Any, *, day_first: bool = False) -> date:
    """:func:`planflow.periods.to_date`, imported on first use (attrs, for `--help`)."""
    from .periods import to_date as convert

    return convert(value, day_first=day_first)


def _load(spec: str) -> Any:
    """The plan ``spec`` names; one line per problem when it cannot be read or breaks the
    limits every command shares (no tasks, dates out of range: validate reports the same)."""
    from ._quick import load_for_command

    try:
        plan, errors = load_for_command(spec)
    except PlanflowError as e:
        raise UserError(e.lines()) from None
    if errors:
        raise UserError(_problem_lines(spec, errors, _plan_wording(plan)))
    return plan


def _plan_wording(plan: Any) -> Any:
    """The wording ``plan``'s problems are printed in: --lang's, else the plan's (a
    language nobody registered: the command's error wording; --lang is refused later)."""
    from .wording import wording_for

    ctx = click.get_current_context(silent=True)
    try:
        return wording_for(plan, ctx.params.get("lang") if ctx is not None else None)
    except PlanflowError:
        return _error_wording()


def _problem_lines(spec: str, problems: Any, wording: Any, severity: bool = True) -> list[str]:
    """One line per problem, in ``wording``'s language: ``spec``, the severity word (unless
    not ``severity``), the path in the plan file, the sentence."""
    from .wording import problem_line, problem_message

    if severity:
        return [f"{spec}: {problem_line(wording, x)}" for x in problems]
    return [f"{spec}: {x.where}: {problem_message(wording, x)}" if x.where
            else f"{spec}: {problem_message(wording, x)}" for x in problems]


def _task_span(indexes: list[int]) -> str:
    """Task indexes as runs: [0, 1, 2, 5, 7, 8] -> "0-2, 5, 7-8"."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _grouped_problem_lines(spec: str, problems: Any, wording: Any) -> list[tuple[Any, str]]:
    """(severity, line) for :func:`_problem_lines`' lines with the same sentence for the
    same field of several tasks said once, in the place of its first: "tasks[0-45].timeframe
    (46×): ..." (an imported plan's own time stands for forty duties; a clerk reads one
    line, not forty). ``--json`` keeps each problem."""
    from .wording import problem_line

    groups: dict[tuple[Any, ...], list[int]] = {}
    lines: list[tuple[Any, str | tuple[Any, ...]]] = []
    for x in problems:
        line = problem_line(wording, x)
        head, _, rest = (x.where or "").partition("].")
        if head.startswith("tasks[") and head[6:].isdigit() and f"{x.where}: " in line:
            key = (x.severity, rest, line.replace(f"{x.where}: ", "\0", 1))
            if key not in groups:
                groups[key] = []
                lines.append((x.severity, key))
            groups[key].append(int(head[6:]))
        else:
            lines.append((x.severity, line))
    out = []
    for severity, said in lines:
        if isinstance(said, tuple):
            n = groups[said]
            count = f" ({len(n)}×)" if len(n) > 1 else ""
            said = said[2].replace("\0", f"tasks[{_task_span(n)}].{said[1]}{count}: ", 1)
        out.append((severity, f"{spec}: {said}"))
    return out


def _done() -> None:
    """The command's output is written: in the ``planflow`` script's process, end it
    now, without freeing the plan's objects one by one (:func:`planflow._script.end`)."""
    script = sys.modules.get("planflow._script")
    if script is not None:
        script.end()


def _write(path: str, data: bytes) -> None:
    """Write an output file (atomically); one line when that cannot be done."""
    from .formats import write_atomically

    try:
        write_atomically(path, data)
    except OSError as e:
        raise UserError([_e("err.cannot_write", path=path, error=e.strerror or e)]) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="planflow")
def cli() -> None:
    """planflow: action plans as dependency graphs with owners, deadlines and reports.

    PLAN is a .toml or .json plan file, or path/to/script.py:attribute.
    """


@cli.command()
@click.argument("plan")
@click.option("--parent", "parents", multiple=True, metavar="PARENT",
              help="A plan PLAN carries out: also check that its reporting chain keeps each "
                   "hop's lead time before PARENT's deadlines (repeatable).")
@click.option("--db", help="A store whose registered plans PLAN is linked with (the plans it "
              "implements and those implementing it): also run the checks across those links. "
              "PLAN may then be a registered plan's key.")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@click.option("--lang", help=_LANG_HELP)
def validate(plan: str, parents: tuple[str, ...], db: str | None, as_json: bool,
             lang: str | None) -> None:
    """Check PLAN and print every problem; exit 2 when there are errors."""
    portfolio = None
    if db is not None:
        from .loader import load as load_revision
        from .portfolio import Portfolio
        from .records import plan_key

        # only PLAN and the registered plans linked with it are loaded (the store keeps
        # every plan's symbol, date and references: Store.links_of)
        with _open_store(db, read=True) as store:
            registered = [] if os.path.exists(plan) else store.plans([plan])
            try:
                p = load_revision(registered[0]) if registered else _load(plan)
                portfolio = Portfolio.around(store, plan_key(p), p)
            except PlanflowError as e:
                raise UserError(e.lines()) from None
    else:
        p = _load(plan)
    from .problem import Severity
    from .validation import validate

    problems = validate(p)
    if portfolio is not None:
        from .records import plan_key

        try:
            problems.extend(portfolio.check(plan_key(p), p))
        except PlanflowError as e:
            raise UserError([f"{plan}: {line}" for line in _said_lines(e.lines())]) from None
    for parent in parents:
        from .cascade import check_cascade, parent_deadlines
        from .portfolio import check_link

        try:
            pp = _load(parent)
            # agencies matched by id (check_cascade) where the ids line the two plans up,
            # else by name (check_link: plans written by different offices)
            by_id = bool(parent_deadlines(p, pp))
            if by_id:
                problems.extend(check_cascade(p, pp))
            problems.extend(x for x in check_link(p, pp)
                            if not (by_id and x.code == "cascade-lead-time"))
        except PlanflowError as e:
            raise UserError(e.lines()) from None
    problems.sort(key=lambda x: x.severity is not Severity.ERROR)
    errors = [x for x in problems if x.severity is Severity.ERROR]
    if as_json:
        click.echo(json.dumps([x.to_dict() for x in problems], ensure_ascii=False, indent=2))
    else:
        w = _wording(p, lang)
        for severity, line in _grouped_problem_lines(plan, problems, w):
            click.echo(_clean(line), err=severity is Severity.ERROR)
        if not errors:
            n = len(p._task_columns())  # without building a Task per task
            warn = len(problems)
            a = len(p.agencies)
            click.echo(_t(w, "validate.ok", plan=plan, tasks=n, tasks_s="s" * (n != 1),
                          agencies=a, agencies_y="y" if a == 1 else "ies")
                       + (_t(w, "validate.warnings", n=warn, s="s" * (warn != 1)) if warn else ""))
    if errors:
        sys.exit(2)
    _done()


@cli.command()
@click.argument("plan")
@click.option("--json", "as_json", is_flag=True,
              help="Print a list of {id, title, earliest_start, earliest_finish, latest_finish, slack_days, critical}.")
@click.option("--lang", help=_LANG_HELP)
def schedule(plan: str, as_json: bool, lang: str | None) -> None:
    """Print PLAN's schedule: earliest and latest dates, slack, the critical path."""
    from .schedule import compute_schedule

    p = _load(plan)
    try:
        s = compute_schedule(p)
    except PlanflowError as e:
        raise UserError([f"{plan}: {line}" for line in _t_error(_wording(p, lang), e)]) from None
    if as_json:
        # straight from the arrays: the same bytes as json.dumps(indent=2)
        out = getattr(sys.stdout, "buffer", None)
        if out is None:
            click.echo(s.to_json())
            return
        sys.stdout.flush()
        s.write_json(out)  # piece by piece: the whole text is never held
        out.write(b"\n")
        out.flush()
        _done()
        return
    w = _wording(p, lang)
    t = Table(title=f"{p.document.symbol or plan}: {p.document.title}".strip(": "))
    t.add_column(_t(w, "col.id"), no_wrap=True)
    t.add_column(_t(w, "col.task"), overflow="fold")
    for col in ("start", "finish", "latest", "slack"):
        t.add_column(_t(w, f"col.{col}"), no_wrap=True,
                     justify="right" if col == "slack" else "left")
    for entry in s:
        t.add_row(entry.id, entry.title, _day(w, entry.earliest_start),
                  _day(w, entry.earliest_finish), _day(w, entry.latest_finish),
                  str(entry.slack_days) + (" *" if entry.critical else ""),
                  style="bold" if entry.critical else None)
    c = _console()
    c.print(t)
    c.print(_t(w, "schedule.legend"))
    c.print(_t(w, "schedule.critical", path=" -> ".join(s.critical_path) or _t(w, "schedule.none"),
               finish=_day(w, s.finish)))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the plugins as JSON.")
@click.option("--lang", help=_LANG_HELP_ANY)
def plugins(as_json: bool, lang: str | None) -> None:
    """List the installed plugins and the hooks each implements."""
    info = default_registry().plugin_info()
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    w = _language(lang)
    t = Table(title=_t(w, "plugins.title"))
    for col in ("name", "module", "distribution", "hooks"):
        t.add_column(_t(w, f"plugins.{col}"), overflow="fold")
    for row in info:
        t.add_row(row["name"], row["module"], row["distribution"] or "", ", ".join(row["hooks"]))
    _console().print(t)


def _period(year: int | None, period: str | None) -> TimeframeContext:
    from .timeframe import TimeframeContext

    if period:
        a, sep, b = period.partition("..")
        try:
            start, end = to_date(a, day_first=True), to_date(b, day_first=True)
        except ValueError as e:
            raise UserError([_e("err.period", period=period, error=_why(e))]) from None
        if start > end:
            raise UserError([_e("err.period_order", period=period)])
        return TimeframeContext(start, end)
    from datetime import date

    y = date.today().year if year is None else year
    if not 1000 <= y <= 8999:
        raise UserError([_e("err.year", year=y)])
    return TimeframeContext.for_year(y)


@cli.command()
@click.argument("text")
@click.option("--year", type=int, help="The plan's year (default: this year).")
@click.option("--period", help="The plan's period as START..END (dates as YYYY-MM-DD or DD/MM/YYYY).")
@click.option("--calendar", "calendar_name", default=None, help="Work calendar to count on.")
@click.option("--json", "as_json", is_flag=True,
              help="Print {text, kind, start, end, due, recurrence, condition, open_ended, "
                   "occurrences, warnings}.")
@click.option("--lang", help=_LANG_HELP_ANY)
def timeframe(text: str, year: int | None, period: str | None, calendar_name: str | None,
              as_json: bool, lang: str | None) -> None:
    """Resolve the timeframe words TEXT and print what they mean."""
    from .text import Worded
    from .timeframe import TimeframeContext, resolve_timeframe
    from .wording import PHRASES, note_message

    if year and period:
        raise UserError([_e("err.year_or_period")])
    ctx = _period(year, period)
    if calendar_name:
        try:
            cal = default_registry().calendar(calendar_name)
        except PlanflowError as e:
            raise UserError(e.lines()) from None
        ctx = TimeframeContext(ctx.period_start, ctx.period_end, ctx.issued, cal)
    try:
        tf = resolve_timeframe(text, ctx, default_registry().timeframe_parsers())
    except TimeframeError as e:
        raise UserError([Worded.of("{text!r}: {warning}", "timeframe_error", text=e.text,
                                   warning=e.what)]) from None
    d = tf.to_dict()
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    w = _language(lang)
    days = {"start": tf.start, "end": tf.end, "due": tf.due}
    labels = {k: _t(w, f"tf.{k}") for k in ("text", "kind", "start", "end", "due", "recurrence",
                                             "condition", "warning")}
    width = max(10, *(len(x) for x in labels.values()))
    for k in ("text", "kind", "start", "end", "due", "recurrence", "condition"):
        if d[k] is not None:
            value = _day(w, days[k]) if k in days else d[k]
            if k in ("kind", "recurrence"):
                value = _t(w, f"tf.{k}.{value}") if f"tf.{k}.{value}" in PHRASES else value
            click.echo(f"{labels[k]:>{width}}: {value}")
    for warning in tf.warnings:
        click.echo(f"{labels['warning']:>{width}}: {note_message(w, warning)}")


def _why(e: ValueError) -> str:
    """Why a date cannot be read, in the command's language (a DateError's code)."""
    from .periods import DateError

    if isinstance(e, DateError):
        return _e(f"date.{e.code}", **e.fields)
    return str(e)


def _to_date(value: str, option: str) -> date:
    """``value`` read by :func:`planflow.to_date`; one line naming ``option`` if no date."""
    try:
        return to_date(value, day_first=True)
    except ValueError as e:
        raise UserError([_e("err.date", option=option, error=_why(e))]) from None


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return to_date(value, day_first=True)
    except ValueError as e:
        raise UserError([_e("err.date", option=option, error=_why(e))]) from None


@cli.command()
@click.argument("plan")
@click.option("--format", "fmt", required=True, help="A registered document format (docx, txt, md, html, xlsx...).")
@click.option("--what", type=click.Choice(["plan", "report", "reminder"]), default="plan",
              show_default=True, help="The plan itself, a progress report or a reminder letter.")
@click.option("--period", help="The report period's name (reports).")
@click.option("--at", "at", help="The day the document speaks of (YYYY-MM-DD or DD/MM/YYYY).")
@click.option("--db", help="The tracking store (reports and letters).")
@click.option("--rollup", is_flag=True,
              help="A report: add the status of the plans registered in the store that implement PLAN.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
def render(plan: str, fmt: str, what: str, period: str | None, at: str | None, db: str | None,
           rollup: bool, output: str) -> None:
    """Write PLAN (or its report, or a reminder letter) as a document."""
    from .formats import RenderContext

    p = _load(plan)
    w = _wording(p, None)
    day = _parse_day(at, "--at")
    try:
        renderer = default_registry().renderer(fmt, what)
        state = None
        # reports and letters need the store; the plan uses it (for the statuses its
        # timeline shows on --at) when a store is named
        if what != "plan" or (day is not None and (db or os.environ.get("PLANFLOW_DB"))):
            state = _engine_state(p, day, db)
        children: list[Any] = []
        if rollup:
            children = _rollup(p, db, state.at if state is not None else day or _now().date())
        data = renderer.render(p, RenderContext(what=what, at=day, period=period, state=state,
                                                rollup=tuple(children)))
    except PlanflowError as e:
        raise UserError(e.lines()) from None
    _write(output, data)
    click.echo(_t(w, "wrote", path=output, size=_count(w, len(data)),
                  format=renderer.name))


def _rollup(plan: Any, db: str | None, day: date) -> list[Any]:
    """The status on ``day`` of the registered plans implementing ``plan``."""
    from .portfolio import Portfolio
    from .records import plan_key

    with _open_store(db, read=True) as store:
        key = plan_key(plan)
        return Portfolio.around(store, key, plan).rollup(key, store, day)


def _engine_state(plan: Any, day: date | None, db: str | None) -> Any:
    """The tracking engine's evaluation of ``plan`` on ``day`` (reports and letters)."""
    from .evaluation import evaluate

    with _open_store(db, read=True) as store:
        snap = store.snapshot(plan)
    return evaluate(plan, snap, day or _now().date())


# -- tracking: status, record, submit, tick ---------------------------------------------

#: plans live in this time zone; the CLI's "today" is today there
PLAN_TIMEZONE = "Asia/Ho_Chi_Minh"

_DB_HELP = "The tracking store: a SQLAlchemy URL or a SQLite file (default: $PLANFLOW_DB, else planflow.db in the user data folder)."


def _now() -> Any:
    """The current time in the plans' time zone, naive (the only clock read in planflow)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(PLAN_TIMEZONE)).replace(tzinfo=None)


def _parse_at(value: str | None) -> Any:
    """``--at``: a day (its first minute) or an ISO date-time; None: now."""
    from datetime import datetime

    if value is None:
        return _now()
    text = value.strip()
    day, _, clock = text.partition(" ") if "/" in text else (text, "", "")
    if "T" not in text and not clock:
        return datetime.combine(_to_date(text, "--at"), datetime.min.time())
    try:
        if clock:  # 12/6/2026 08:30
            return datetime.combine(to_date(day, day_first=True), datetime.strptime(clock, "%H:%M").time())
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError as e:
        raise UserError([_e("err.at", value=value, error=_why(e))]) from None


def _open_store(db: str | None, *, read: bool = False) -> Any:
    """The store ``db`` (else $PLANFLOW_DB, else the default). A read command (``read``)
    refuses a SQLite file that does not exist when the store was named (a mistyped
    --db), instead of creating an empty one."""
    from .store import Store

    named = db or os.environ.get("PLANFLOW_DB")
    if read and named and "://" not in named and not os.path.exists(os.path.expanduser(named)):
        raise UserError([_e("err.no_store", db=named)])
    try:
        return Store.open(db)
    except PlanflowError as e:
        raise UserError(e.lines()) from None


def _wording(plan: Any, lang: str | None) -> Any:
    """The words the command prints: ``--lang``'s, else the plan's (its language setting,
    else the first wording that applies to it: Vietnamese for a Vietnamese plan)."""
    from .wording import note_message, wording_for

    try:
        return _remember(wording_for(plan, lang))
    except PlanflowError as e:
        try:  # a language nobody registered: said in the plan's own
            own = wording_for(plan)
        except PlanflowError:
            own = _error_wording()
        raise UserError([f"--lang: {note_message(own, line)}" for line in e.lines()]) from None


def _locale_wording() -> Any:
    """The wording of the system's language ($LC_ALL, else $LC_MESSAGES, else $LANG:
    "vi_VN.UTF-8" is "vi") when a plugin registered one and it is not English; else
    None. A clerk whose machine speaks Vietnamese gets Vietnamese where no plan says
    which language (``planflow --help``, ``plans list``)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(".", 1)[0].split("_", 1)[0].split("@", 1)[0].lower()
            if code in ("", "c", "posix", "en"):
                return None
            try:
                return next((w for w in default_registry().wordings() if w.language == code), None)
            except PlanflowError:
                return None
    return None


def _language(lang: str | None, default: str = "en") -> Any:
    """The wording of language ``lang`` (else $PLANFLOW_LANG, else ``default``), for
    commands that speak of no one plan (``plans list``, ``status --all``)."""
    wanted = lang or os.environ.get("PLANFLOW_LANG")
    if not wanted and (system := _locale_wording()) is not None:
        return _remember(system)
    wanted = wanted or default
    registered = default_registry().wordings()
    for w in registered:
        if w.language == wanted:
            return _remember(w)
    known = ", ".join(sorted({w.language for w in registered}))
    raise UserError([f"--lang: no wording for language {wanted!r} (registered: {known})"])


_SAID = "planflow.wording"


def _remember(wording: Any) -> Any:
    """Note ``wording`` as the command's language: its user errors are worded in it."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[_SAID] = wording
    return wording


def _error_wording() -> Any:
    """The wording a user error of the running command is written in: the one the command
    settled on (the plan's or --lang's), else --lang's or $PLANFLOW_LANG's when a plugin
    registered it, else English."""
    from .wording import EnglishWording

    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.meta.get(_SAID) is not None:
        return ctx.meta[_SAID]
    wanted = (ctx.params.get("lang") if ctx is not None else None) or os.environ.get("PLANFLOW_LANG")
    if wanted:
        try:
            for w in default_registry().wordings():
                if w.language == wanted:
                    return w
        except PlanflowError:
            pass
        return EnglishWording()
    plan = ctx.params.get("plan") if ctx is not None else None
    said = _plan_file_wording([plan] if isinstance(plan, str) else []) or _locale_wording()
    if ctx is not None and said is not None:
        ctx.meta[_SAID] = said
    return said if said is not None else EnglishWording()


def _say_in(language: str | None, lang: str | None) -> None:
    """The running command's user errors in ``language`` (an importer's: the language of
    the document it could not read) when neither --lang nor $PLANFLOW_LANG names one and
    a plugin registered its wording."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or not language or lang or os.environ.get("PLANFLOW_LANG"):
        return
    try:
        for w in default_registry().wordings():
            if w.language == language:
                ctx.meta[_SAID] = w
                return
    except PlanflowError:
        return


def _plan_file_wording(args: list[str]) -> Any:
    """The wording of the first plan file (.toml, .json) among ``args`` that can be read:
    a user error met before the command loaded its plan speaks the plan's language too.
    None when there is none."""
    for arg in args:  # (os.path: `planflow --help` imports no pathlib)
        if arg.endswith((".toml", ".json")) and os.path.isfile(arg):
            from .loader import load  # only then: `planflow --help` loads no plan model
            from .wording import wording_for

            try:
                return wording_for(load(arg))
            except Exception:  # noqa: BLE001 - only a language is sought; the command says what is wrong
                return None
    return None


def _said_lines(lines: list[str]) -> list[str]:
    """``lines`` in the command's language: a :class:`~planflow.Worded` line by its
    ``note.<key>`` phrase (:func:`planflow.note_message`), other lines as they are."""
    if not any(getattr(line, "key", "") for line in lines):
        return lines
    from .wording import note_message

    wording = _error_wording()
    return [note_message(wording, line) for line in lines]


def _e(key: str, /, **fields: Any) -> str:
    """The user error ``key`` (:data:`planflow.PHRASES`, ``err.*``) in the command's language."""
    return _t(_error_wording(), key, **fields)


def _t(wording: Any, key: str, /, **fields: Any) -> str:
    """The words ``key`` (:data:`planflow.PHRASES`) in ``wording``'s language."""
    from .wording import phrase

    return phrase(wording, key, **fields)


def _t_error(wording: Any, error: PlanflowError) -> list[str]:
    """``error``'s lines in ``wording``'s language: a plan that cannot be scheduled (its
    problems), the store's refusals of a record or a submission; other errors are printed
    as they are."""
    from .errors import PlanValidationError
    from .wording import error_message, problem_line

    if isinstance(error, PlanValidationError):
        return [problem_line(wording, p) for p in error.problems]
    return [error_message(wording, error)] if getattr(error, "key", "") else error.lines()


def _count(wording: Any, n: int) -> str:
    """``n`` with its thousands separated as ``wording`` writes them ("41,130", "41.130")."""
    return f"{n:,}".replace(",", _t(wording, "number.thousands"))


def _day(wording: Any, day: date | None) -> str:
    """``day`` as ``wording`` prints dates ("2026-06-12", "12/06/2026"); "" for None."""
    from .wording import format_day

    return format_day(wording, day)


@cli.command()
@click.argument("plan", required=False)
@click.option("--all", "all_", is_flag=True,
              help="Every plan registered in the store (planflow plans add) instead of PLAN: "
                   "a summary per plan, and what --agency owes across them.")
@click.option("--agency", help="Only this agency's (unit's) items: tasks it leads, reports it sends.")
@click.option("--from", "from_", help="With --all: items due from this day (YYYY-MM-DD or DD/MM/YYYY); "
                                      "overdue items due before it stay.")
@click.option("--to", "to", help="With --all: items due up to this day.")
@click.option("--summary", is_flag=True,
              help="One line per unit, then the overdue items by unit (the default).")
@click.option("--all-items", is_flag=True,
              help="Every task and report in tables by status (with --summary: after it).")
@click.option("--at", "at", help="The day to evaluate (YYYY-MM-DD or DD/MM/YYYY; default: today "
                                 "in Asia/Ho_Chi_Minh).")
@click.option("--db", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP)
@click.option("--json", "as_json", is_flag=True,
              help="Print {plan, at, tasks, obligations, events}, each with its status (with "
                   "--all: {at, agency, from, to, plans, items, problems}).")
@click.option("--xlsx", type=click.Path(dir_okay=False),
              help="Write the tables to this Excel workbook (.xlsx) instead of printing them.")
def status(plan: str | None, all_: bool, agency: str | None, from_: str | None, to: str | None,
           summary: bool, all_items: bool, at: str | None, db: str | None, lang: str | None,
           as_json: bool, xlsx: str | None) -> None:
    """Where PLAN stands on a day: one line per unit and the overdue items, or (--all-items)
    every task and report obligation by status; --all: every plan in the store."""
    from .evaluation import evaluate

    if all_ == (plan is not None):
        raise UserError([_e("err.plan_or_all", command="status")])
    if xlsx and as_json:
        raise UserError([_e("err.json_or_xlsx")])
    start, end = _parse_day(from_, "--from"), _parse_day(to, "--to")
    if start and end and start > end:
        raise UserError([_e("err.from_after_to", start=_day(_error_wording(), start),
                            end=_day(_error_wording(), end))])
    if all_:
        _status_all(_parse_at(at).date(), agency, start, end, db, lang, as_json, xlsx)
        return
    if start or end:
        raise UserError([_e("err.from_to_all")])
    assert plan is not None
    p = _load(plan)
    w = _wording(p, lang)
    day = _parse_at(at).date()
    if agency is not None and agency not in p.agency_by_id:
        raise UserError([_e("err.unknown_agency", plan=plan, agency=agency,
                            known=", ".join(sorted(p.agency_by_id)))])
    with _open_store(db, read=True) as store:
        try:
            ev = evaluate(p, store.snapshot(p), day)
        except PlanflowError as e:
            raise UserError(e.lines()) from None
        refused = store.outbox(p, "failed")
    tasks = [x for x in ev.tasks if agency is None or agency in x.lead]
    reports = [x for x in ev.obligations if agency is None or x.agency == agency]
    if as_json:
        data = ev.to_dict(label=w.status_label)
        if agency is not None:
            data["tasks"] = [t for t in data["tasks"] if agency in t["lead"]]
            data["obligations"] = [o for o in data["obligations"] if o["agency"] == agency]
        data["failed_deliveries"] = [{"key": r.key, "channel": r.channel, "recipient": r.recipient,
                                      "attempts": r.attempts, "reason": r.last_error}
                                     for r in refused]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if xlsx:
        book = _status_xlsx(p, w, day, tasks, reports, agency)
        _write(xlsx, book)
        click.echo(_t(w, "wrote", path=xlsx, size=_count(w, len(book)), format="xlsx"))
        return
    c = _console()
    names = {a.id: a.label for a in p.agencies}
    c.print(f"[bold]{_esc(p.document.symbol or plan)}[/]: {_esc(p.document.title)} — {_day(w, day)}")
    if agency is not None:
        c.print(_t(w, "status.unit_title", unit=names[agency], n=len(tasks) + len(reports)),
                markup=False)
        _status_tables(c, w, tasks, reports, names)
    else:
        if summary or not all_items:
            _status_summary(c, p, w, day, tasks, reports, names)
        if all_items:
            _status_tables(c, w, tasks, reports, names)
            for event in ev.events:
                tier = f" {event.tier}" if event.tier else ""
                c.print(_t(w, "status.event", kind=_t(w, f"event.{event.kind.value}"), tier=tier,
                           subject=event.subject,
                           recipients=", ".join(names.get(r, r) for r in event.recipients)),
                        markup=False)
        else:
            if ev.events:
                n = len(ev.events)
                c.print(_t(w, "status.events", n=n, s="s" * (n != 1)), markup=False)
            c.print(_t(w, "status.more"), markup=False, style="dim")
    for r in refused:
        c.print(_t(w, "status.refused", channel=r.channel,
                   recipient=names.get(r.recipient, r.recipient),
                   kind=_t(w, f"kind.{r.subject_type}") if r.subject_type in ("task", "report")
                   else r.subject_type, subject=r.subject, event=r.event, error=r.last_error),
                markup=False)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


#: the summary's columns: each counts the statuses listed
_SUMMARY_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("col.overdue", ("overdue",)),
    ("col.due_soon", ("due_soon",)),
    ("col.in_progress", ("in_progress", "not_yet_due")),
    ("col.done", ("done_on_time", "done_late")),
)


def _owner_items(tasks: list[Any], reports: list[Any]) -> list[tuple[str, Any]]:
    """(owing agency, item): a task once for each lead, a report for its agency."""
    out: list[tuple[str, Any]] = [(lead, t) for t in tasks for lead in (t.lead or ("",))]
    out += [(o.agency, o) for o in reports]
    return out


def _late_days(x: Any, day: date) -> int:
    return (day - x.due).days if x.due is not None else 0


def _item_id(x: Any) -> str:
    from .evaluation import TaskState

    return x.id if isinstance(x, TaskState) else x.period


def _status_summary(c: Any, p: Any, w: Any, day: date, tasks: list[Any], reports: list[Any],
                    names: dict[str, str]) -> None:
    """One line per unit (counts, the most overdue item), then the overdue items by unit."""

    per: dict[str, list[Any]] = {}
    for who, x in _owner_items(tasks, reports):
        per.setdefault(who, []).append(x)
    order = [a.id for a in p.agencies if a.id in per] + sorted(set(per) - set(p.agency_by_id))
    t = Table(title=_t(w, "status.summary_title"), title_justify="left")
    t.add_column(_t(w, "col.unit"), overflow="fold")
    for key, _ in _SUMMARY_COLUMNS:
        t.add_column(_t(w, key), justify="right", overflow="fold", max_width=9)
    t.add_column(_t(w, "col.most_overdue"), overflow="fold")
    late: list[tuple[str, Any]] = []
    for who in order:
        items = per[who]
        counts = [sum(1 for x in items if x.status.value in codes) for _, codes in _SUMMARY_COLUMNS]
        overdue = sorted((x for x in items if x.status.value == "overdue"),
                         key=lambda x: (-_late_days(x, day), _item_id(x)))
        late.extend((who, x) for x in overdue)
        worst = (_t(w, "status.late", id=_item_id(overdue[0]), days=_late_days(overdue[0], day))
                 if overdue else "")
        t.add_row(names.get(who, who), *(str(n) if n else "·" for n in counts), worst,
                  style="bold" if overdue else None)
    c.print(t)
    if not late:
        c.print(_t(w, "status.no_overdue"), markup=False)
    else:
        _overdue_table(c, w, day, late, names)
    _untracked_table(c, p, w, tasks)


def _untracked_table(c: Any, p: Any, w: Any, tasks: list[Any]) -> None:
    """The tasks whose time no reader understood (accepted as untracked): their own
    group, with the plan's words, so the summary never hides them."""
    from .status import Status

    items = [x for x in tasks if x.status is Status.UNTRACKED]
    if not items:
        return
    words = {t.id: t.timeframe.text for t in p.tasks}
    u = Table(title=f"{w.status_label(Status.UNTRACKED)} ({len(items)})", title_justify="left")
    u.add_column(_t(w, "col.id"), overflow="fold")
    u.add_column(_t(w, "col.title"), overflow="fold")
    u.add_column(_t(w, "col.note"), overflow="fold")
    for x in items:
        u.add_row(x.id, x.title, words.get(x.id, ""))
    c.print(u)


def _overdue_table(c: Any, w: Any, day: date, late: list[tuple[str, Any]],
                   names: dict[str, str]) -> None:
    """The overdue items grouped by unit, most late first."""
    from .evaluation import TaskState

    o = Table(title=_t(w, "status.overdue_title", n=len(late)), title_justify="left")
    o.add_column(_t(w, "col.unit"), overflow="fold")
    o.add_column(_t(w, "col.id"), no_wrap=all(len(_item_id(x)) <= 24 for _, x in late
                                              if isinstance(x, TaskState)), overflow="fold")
    o.add_column(_t(w, "col.title"), overflow="fold")
    o.add_column(_t(w, "col.due"), overflow="fold")
    o.add_column(_t(w, "col.days_late"), justify="right", overflow="fold", max_width=8)
    previous = None
    for who, x in late:
        if isinstance(x, TaskState):
            ident, title = x.id, x.title
        else:
            ident = _t(w, "kind.report")
            title = f"{x.period} → {names.get(x.recipient or '', x.recipient or '')}"
        o.add_row(names.get(who, who) if who != previous else "", ident, title,
                  _day(w, x.due), str(_late_days(x, day)), end_section=False)
        previous = who
    c.print(o)


def _status_tables(c: Any, w: Any, tasks: list[Any], reports: list[Any],
                   names: dict[str, str]) -> None:
    """Every item in one table per status, in the categories' order."""
    from .evaluation import TaskState
    from .status import Status
    from .wording import note_message

    groups: dict[Status, list[Any]] = {s: [] for s in Status}
    for x in [*tasks, *reports]:
        groups[x.status].append(x)
    for st in Status:
        items = groups[st]
        if not items:
            continue
        t = Table(title=f"{w.status_label(st)} ({len(items)})", title_justify="left")
        # no ratios, no minimum widths: rich then narrows the text columns first, so a
        # date (one word) stays whole down to narrow terminals; task ids too, in a table
        # of tasks (a report period's name folds)
        t.add_column(_t(w, "col.kind"), no_wrap=True)
        t.add_column(_t(w, "col.id_period"), overflow="fold",
                     no_wrap=all(isinstance(x, TaskState) and len(x.id) <= 24 for x in items))
        t.add_column(_t(w, "col.title_agency"), overflow="fold")
        t.add_column(_t(w, "col.due"), overflow="fold")
        t.add_column(_t(w, "col.done_received"), overflow="fold")
        t.add_column(_t(w, "col.note"), overflow="fold")
        for x in items:
            if isinstance(x, TaskState):
                t.add_row(_t(w, "kind.task"), x.id, x.title, _day(w, x.due), _day(w, x.done_on),
                          x.note or "")
            else:
                t.add_row(_t(w, "kind.report"), x.period, names.get(x.agency, x.agency),
                          _day(w, x.due), _day(w, x.submitted_on),
                          "; ".join(n for n in (x.reference, note_message(w, x.reason)) if n))
        c.print(t)


def _plan_head(p: Any, w: Any, day: date) -> tuple[str, ...]:
    """The first rows of a workbook: the plan's number and date, its title, the day."""
    doc = p.document
    first = _t(w, "xlsx.plan") + (f" {_t(w, 'xlsx.number')} {doc.symbol}" if doc.symbol else "")
    if doc.date:
        first += f" {_t(w, 'xlsx.dated')} {_day(w, doc.date)}"
    return (first, doc.title, f"{_t(w, 'xlsx.at')} {_day(w, day)}")


def _status_xlsx(p: Any, w: Any, day: date, tasks: list[Any], reports: list[Any],
                 agency: str | None) -> bytes:
    """``status --xlsx``: the summary by unit, the tasks and the reports, one sheet each."""
    from .spreadsheet import Sheet, xlsx_bytes

    names = {a.id: a.label for a in p.agencies}
    head = _plan_head(p, w, day)
    if agency is not None:
        head = (*head, names[agency])
    per: dict[str, list[Any]] = {}
    for who, x in _owner_items(tasks, reports):
        per.setdefault(who, []).append(x)
    order = [a.id for a in p.agencies if a.id in per] + sorted(set(per) - set(p.agency_by_id))
    srows: list[list[object]] = []
    for who in order:
        items = per[who]
        overdue = sorted((x for x in items if x.status.value == "overdue"),
                         key=lambda x: (-_late_days(x, day), _item_id(x)))
        srows.append([names.get(who, who),
                      *(sum(1 for x in items if x.status.value in codes)
                        for _, codes in _SUMMARY_COLUMNS),
                      _item_id(overdue[0]) if overdue else None,
                      _late_days(overdue[0], day) if overdue else None])
    summary = Sheet(_t(w, "xlsx.summary"),
                    (_t(w, "col.unit"), *(_t(w, k) for k, _ in _SUMMARY_COLUMNS),
                     _t(w, "col.most_overdue"), _t(w, "col.days_late")), srows, head)
    trows = [[i, x.id, x.title, ", ".join(names.get(a, a) for a in x.lead), x.start, x.due,
              w.status_label(x.status), x.done_on,
              _late_days(x, day) if x.status.value == "overdue" else None, x.note or None]
             for i, x in enumerate(tasks, 1)]
    task_sheet = Sheet(_t(w, "xlsx.tasks"),
                       (_t(w, "xlsx.no"), _t(w, "col.id"), _t(w, "col.task"), _t(w, "xlsx.lead"),
                        _t(w, "col.start"), _t(w, "col.due"), _t(w, "col.status"),
                        _t(w, "xlsx.done_on"), _t(w, "col.days_late"), _t(w, "col.note")),
                       trows, head, widths=(5, None, 50, 28, 12, 12, 22, 14, 10, 30))
    rrows = [[i, names.get(x.agency, x.agency), x.period, x.covers_start, x.covers_end, x.due,
              names.get(x.recipient or "", x.recipient), w.status_label(x.status), x.submitted_on,
              x.reference, _late_days(x, day) if x.status.value == "overdue" else None]
             for i, x in enumerate(reports, 1)]
    report_sheet = Sheet(_t(w, "xlsx.reports"),
                         (_t(w, "xlsx.no"), _t(w, "col.agency"), _t(w, "xlsx.period"),
                          _t(w, "xlsx.from"), _t(w, "xlsx.to"), _t(w, "col.due"),
                          _t(w, "xlsx.recipient"), _t(w, "col.status"), _t(w, "xlsx.received_on"),
                          _t(w, "xlsx.reference"), _t(w, "col.days_late")),
                         rrows, head, widths=(5, 30, 20, 12, 12, 12, 28, 22, 14, 14, 10))
    return xlsx_bytes([summary, task_sheet, report_sheet], _t(w, "xlsx_date"))


def _status_all(day: date, agency: str | None, start: date | None, end: date | None,
                db: str | None, lang: str | None, as_json: bool, xlsx: str | None) -> None:
    """``status --all``: every plan the store runs on ``day`` (:func:`planflow.evaluate_store`)."""
    from collections import Counter

    from .overview import evaluate_store
    from .spreadsheet import Sheet, xlsx_bytes

    with _open_store(db, read=True) as store:
        pf = evaluate_store(store, day, agency=agency, start=start, end=end)
    if agency is not None and pf.plans and agency not in pf.agencies:
        raise UserError([_e("err.agency_nowhere", agency=agency)])
    if as_json:
        click.echo(json.dumps(pf.to_dict(), ensure_ascii=False, indent=2))
        if pf.problems:
            raise UserError(list(pf.problems))
        return
    common = Counter(x.language for x in pf.plans).most_common(1)
    w = _language(lang, common[0][0] if common else "en")
    shown = list(pf.items) if (agency or start or end) else [
        x for x in pf.items if x.status.value == "overdue"]
    if xlsx:
        prow = [[x.symbol or x.key, x.title,
                 *(sum(n for s, n in x.counts.items() if s.value in codes)
                   for _, codes in _SUMMARY_COLUMNS), sum(x.counts.values())] for x in pf.plans]
        head = (_t(w, "status.all_title", day=_day(w, day)),)
        sheets = [Sheet(_t(w, "xlsx.plans"),
                        (_t(w, "col.plan"), _t(w, "col.title"),
                         *(_t(w, k) for k, _ in _SUMMARY_COLUMNS), _t(w, "col.total")),
                        prow, head, widths=(18, 50, 10, 12, 14, 12, 10)),
                  Sheet(_t(w, "xlsx.items"),
                        (_t(w, "col.plan"), _t(w, "col.unit"), _t(w, "xlsx.kind"),
                         _t(w, "col.id_period"), _t(w, "col.title"), _t(w, "col.due"),
                         _t(w, "col.status"), _t(w, "col.done_received"), _t(w, "col.days_late")),
                        [[x.symbol or x.plan, x.agency_name, _t(w, f"kind.{x.kind}"), x.id,
                          x.title, x.due, w.status_label(x.status), x.done_on, x.days_late]
                         for x in shown], head,
                        widths=(16, 28, 10, None, 50, 12, 22, 14, 10))]
        data = xlsx_bytes(sheets, _t(w, "xlsx_date"))
        _write(xlsx, data)
        click.echo(_t(w, "wrote", path=xlsx, size=_count(w, len(data)), format="xlsx"))
    else:
        c = _console()
        if not pf.plans and not pf.problems:
            click.echo(_t(w, "status.no_plans"))
            return
        t = Table(title=_t(w, "status.all_title", day=_day(w, day)), title_justify="left")
        t.add_column(_t(w, "col.plan"), no_wrap=True)
        t.add_column(_t(w, "col.title"), overflow="fold")
        for key, _ in _SUMMARY_COLUMNS:
            t.add_column(_t(w, key), justify="right", no_wrap=True)
        t.add_column(_t(w, "col.total"), justify="right", no_wrap=True)
        for ps in pf.plans:
            counts = [sum(n for s, n in ps.counts.items() if s.value in codes)
                      for _, codes in _SUMMARY_COLUMNS]
            t.add_row(ps.symbol or ps.key, ps.title, *(str(n) if n else "·" for n in counts),
                      str(sum(ps.counts.values())), style="bold" if counts[0] else None)
        c.print(t)
        if agency is not None:
            title = _t(w, "status.items_title", agency=next(
                (x.agency_name for x in pf.items), agency), n=len(shown))
        else:
            title = _t(w, "status.overdue_title", n=len(shown))
        i = Table(title=title, title_justify="left")
        i.add_column(_t(w, "col.plan"), no_wrap=True)
        if agency is None:
            i.add_column(_t(w, "col.unit"), overflow="fold")
        i.add_column(_t(w, "col.id_period"), overflow="fold")
        i.add_column(_t(w, "col.title"), overflow="fold")
        i.add_column(_t(w, "col.due"), overflow="fold")
        i.add_column(_t(w, "col.status"), overflow="fold")
        i.add_column(_t(w, "col.days_late"), justify="right", no_wrap=True)
        for x in shown:
            cells = [x.symbol or x.plan] + ([x.agency_name] if agency is None else [])
            i.add_row(*cells, _t(w, "kind.report") if x.kind == "report" else x.id, x.title,
                      _day(w, x.due), w.status_label(x.status),
                      str(x.days_late) if x.status.value == "overdue" and x.days_late else "")
        if shown:
            c.print(i)
        elif agency is None:
            c.print(_t(w, "status.no_overdue"), markup=False)
    if pf.problems:
        raise UserError(list(pf.problems))


@cli.command()
@click.argument("plan")
@click.argument("task")
@click.option("--done", "done", help="The task was done on this day (YYYY-MM-DD or DD/MM/YYYY).")
@click.option("--progress", "progress_", help="A progress note (dated by --on).")
@click.option("--cancel", is_flag=True, help="The task was cancelled (dated by --on).")
@click.option("--reopen", is_flag=True, help="Undo a done or cancelled record (dated by --on).")
@click.option("--on", "on", help="The day it happened (default: --done's day, else today).")
@click.option("--by", "by", help="The reporting agency's id (default: the task's first lead).")
@click.option("--force", is_flag=True,
              help="Record --done on a day after today or after the plan's end all the same.")
@click.option("--db", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP)
def record(plan: str, task: str, done: str | None, progress_: str | None, cancel: bool,
           reopen: bool, on: str | None, by: str | None, force: bool, db: str | None,
           lang: str | None) -> None:
    """Record what happened to TASK of PLAN: done, a progress note, cancelled, reopened.

    A task done on a day after today, or after the plan's end, is refused unless --force.
    """
    chosen = [x for x in (done is not None, progress_ is not None, cancel, reopen) if x]
    if len(chosen) != 1:
        raise UserError([_e("err.record_one")])
    p = _load(plan)
    w = _wording(p, lang)
    day = _parse_day(done, "--done") or _parse_day(on, "--on") or _now().date()
    if done is not None and on is not None and _parse_day(on, "--on") != day:
        raise UserError([_e("err.record_on")])
    if done is not None and not force:
        today = _now().date()
        if day > today:
            raise UserError([_e("err.done_future", day=_day(w, day), today=_day(w, today))])
        end = p.period.end if p.period is not None else None
        if end is not None and day > end:
            raise UserError([_e("err.done_after_end", day=_day(w, day), end=_day(w, end))])
    kind = "done" if done is not None else "progress" if progress_ is not None else (
        "cancelled" if cancel else "reopened")
    from .records import plan_key

    t = p.task_by_id.get(task)
    if t is None:
        raise UserError([_e("err.no_task", plan=plan, key=plan_key(p), task=task)])
    if by is not None and by not in p.agency_by_id:
        raise UserError([_e("err.no_agency", plan=plan, key=plan_key(p), agency=by)])
    who = by if by is not None else (t.lead[0] if t.lead else None)
    with _open_store(db) as store:
        try:
            rec = store.record(p, task, kind, day, progress_, who)
        except PlanflowError as e:
            raise UserError([f"{plan}: {line}" for line in _t_error(w, e)]) from None
    click.echo(_clean(_t(w, "record.recorded", task=rec.task, kind=_t(w, f"record.{rec.kind}"),
                         day=_day(w, rec.on), by=_t(w, "record.by", by=rec.by) if rec.by else "")))


@cli.command()
@click.argument("plan")
@click.argument("agency")
@click.argument("period")
@click.option("--on", "on", required=True, help="The day the report was received (YYYY-MM-DD or DD/MM/YYYY).")
@click.option("--ref", "ref", help="The report's number (its symbol), e.g. 12/BC-CA.")
@click.option("--db", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP)
def submit(plan: str, agency: str, period: str, on: str, ref: str | None, db: str | None,
           lang: str | None) -> None:
    """Record that AGENCY sent its report for PERIOD (a period's name or key) of PLAN."""
    p = _load(plan)
    w = _wording(p, lang)
    day = _parse_day(on, "--on")
    assert day is not None
    from .cadence import obligations
    from .records import plan_key

    if agency not in p.agency_by_id:
        raise UserError([_e("err.no_agency", plan=plan, key=plan_key(p), agency=agency)])
    obs = obligations(p)
    if period not in {o.period for o in obs} | {getattr(o, "period_key", None) for o in obs}:
        raise UserError([_e("err.no_period", plan=plan, key=plan_key(p), period=period,
                            known="; ".join(dict.fromkeys(o.period for o in obs)) or "-")])
    with _open_store(db) as store:
        try:
            sub = store.submit(p, agency, period, day, ref)
        except PlanflowError as e:
            raise UserError([f"{plan}: {line}" for line in _t_error(w, e)]) from None
    click.echo(_clean(_t(w, "submit.recorded", agency=sub.agency, period=sub.period,
                         day=_day(w, sub.received_on),
                         ref=f" ({sub.reference})" if sub.reference else "")))


@cli.command()
@click.argument("plan", required=False)
@click.option("--all", "all_", is_flag=True,
              help="Tick every plan registered in the store (planflow plans add) instead of PLAN.")
@click.option("--at", "at", help="The day (YYYY-MM-DD or DD/MM/YYYY) or time to tick at (default: now in Asia/Ho_Chi_Minh).")
@click.option("--db", help=_DB_HELP)
@click.option("--dry-run", is_flag=True, help="Show what would be sent; write and send nothing.")
@click.option("--outbox", type=click.Path(file_okay=False),
              help="The Maildir folder of the outbox channel (default: $PLANFLOW_OUTBOX, else the user data folder).")
@click.option("--json", "as_json", is_flag=True,
              help="Print {at, enqueued, delivered, failed, withdrawn} as JSON (with --all: "
                   "a list of them, each with its plan).")
@click.option("--lang", help=_LANG_HELP)
def tick(plan: str | None, all_: bool, at: str | None, db: str | None, dry_run: bool,
         outbox: str | None, as_json: bool, lang: str | None) -> None:
    """Decide PLAN's reminders, overdue notices and escalations, and deliver them."""
    import os

    from .engine import Engine

    if all_ == (plan is not None):
        raise UserError([_e("err.plan_or_all", command="tick")])
    if all_:
        now = _parse_at(at)
        if outbox:
            os.environ["PLANFLOW_OUTBOX"] = outbox
        _tick_all(db, now, dry_run, as_json, lang)
        return
    assert plan is not None
    p = _load(plan)
    w = _wording(p, lang)
    now = _parse_at(at)
    if outbox:
        os.environ["PLANFLOW_OUTBOX"] = outbox
    with _open_store(db) as store:
        try:
            res = Engine().tick(p, store, now, dry_run=dry_run)
        except PlanflowError as e:
            raise UserError([f"{plan}: {line}" for line in _t_error(w, e)]) from None
    if as_json:
        click.echo(json.dumps({"at": now.isoformat(), "enqueued": list(res.enqueued),
                               "delivered": list(res.delivered),
                               "failed": [{"key": k, "error": e, "permanent": k in res.gave_up}
                                          for k, e in res.failed],
                               "withdrawn": list(res.withdrawn)}, ensure_ascii=False, indent=2))
        return
    verb = _t(w, "tick.would_send" if dry_run else "tick.queued")
    for n in res.notifications:
        click.echo(_clean(f"{verb}: {n.channel} -> {n.recipient}: {n.subject_line}"))
    gave_up = set(res.gave_up)
    for k, err in res.failed:
        how = "tick.gave_up" if k in gave_up else "tick.failed"
        click.echo(_clean("planflow: " + _t(w, how, key=k, error=err)), err=True)
    if not dry_run:
        click.echo(_t(w, "tick.summary", day=_day(w, now.date()), queued=len(res.enqueued),
                      delivered=len(res.delivered), failed=len(res.failed),
                      withdrawn=len(res.withdrawn)))


def _tick_all(db: str | None, now: Any, dry_run: bool, as_json: bool, lang: str | None) -> None:
    """``tick --all``: every registered plan in turn, in one process; a plan that fails
    to load or tick is reported (one line) and the others still run; exit 2 if any did."""
    from .engine import Engine

    engine = Engine()
    out: list[dict[str, Any]] = []
    problems: list[str] = []
    with _open_store(db) as store:
        for rev in store.plans():
            try:
                plan = load(rev)
                res = engine.tick(plan, store, now, dry_run=dry_run)
            except PlanflowError as e:
                problems.extend(f"{rev.key}: {line}" for line in e.lines())
                continue
            out.append({"plan": rev.key, "revision": rev.revision, "enqueued": list(res.enqueued),
                        "delivered": list(res.delivered),
                        "failed": [{"key": k, "error": e} for k, e in res.failed],
                        "withdrawn": list(res.withdrawn)})
            if not as_json:
                w = _wording(plan, lang)
                for k, err in res.failed:
                    click.echo(_clean("planflow: " + _t(w, "tick.failed", key=k, error=err)),
                               err=True)
                verb = _t(w, "tick.would_queue" if dry_run else "tick.queued")
                click.echo(_t(w, "tick.plan", plan=rev.key, queued=len(res.enqueued), verb=verb,
                              delivered=len(res.delivered), failed=len(res.failed),
                              withdrawn=len(res.withdrawn)))
    if as_json:
        click.echo(json.dumps({"at": now.isoformat(), "plans": out}, ensure_ascii=False, indent=2))
    elif not out and not problems:
        click.echo(_t(_language(lang), "status.no_plans"))
    if problems:
        raise UserError(problems)


@cli.group()
def plans() -> None:
    """The plans the store runs: add (or revise), list, history, remove."""


def _who(by: str | None) -> str:
    import getpass

    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _when(wording: Any, moment: Any) -> str:
    """A date and time as ``wording`` prints them ("2026-06-12 08:30", "12/06/2026 08:30")."""
    return f"{_day(wording, moment.date())} {moment:%H:%M}"


def _revision_dict(r: Any) -> dict[str, Any]:
    return {"key": r.key, "revision": r.revision, "format": r.format, "hash": r.hash,
            "source": r.source, "added_by": r.added_by, "added_at": r.added_at.isoformat(),
            "removed_by": r.removed_by,
            "removed_at": r.removed_at.isoformat() if r.removed_at else None}


@plans.command(name="add")
@click.argument("plan")
@click.option("--by", "by", help="Who adds it (default: the user running the command).")
@click.option("--db", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP)
def plans_add(plan: str, by: str | None, db: str | None, lang: str | None) -> None:
    """Register PLAN in the store, or record its new revision when its file changed."""
    from .loader import plan_text
    from .problem import Severity
    from .validation import validate

    p = _load(plan)
    w = _wording(p, lang)
    errors = [pr for pr in validate(p) if pr.severity is Severity.ERROR]
    if errors:
        raise UserError(_problem_lines(plan, errors, w, severity=False))
    try:
        text, fmt = plan_text(plan, p)
        with _open_store(db) as store:
            added = store.add_plan(p, text, fmt, _now(), source=plan, by=_who(by))
    except PlanflowError as e:
        raise UserError([f"{plan}: {line}" for line in _t_error(w, e)]) from None
    r = added.revision
    if not added.new:
        click.echo(_t(w, "plans.unchanged", key=r.key, revision=r.revision, hash=r.hash[:12]))
        return
    click.echo(_t(w, "plans.added" if r.revision == 1 else "plans.revised", key=r.key,
                  revision=r.revision, hash=r.hash[:12]))
    if added.withdrawn:
        click.echo(_t(w, "plans.withdrew", n=len(added.withdrawn)))
    _show_links(db, r.key, w)


def _show_links(db: str | None, key: str, w: Any) -> None:
    """After ``plans add``: the registered plans the plan implements and those implementing it."""
    with _open_store(db, read=True) as store:
        links = store.plan_links(key)  # kept by add_plan: nothing loaded or matched
    for x in links:
        if x.child == key:
            click.echo(_t(w, "plans.linked", child=key, parent=x.parent))
    for x in links:
        if x.parent == key:
            click.echo(_t(w, "plans.linked", child=x.child, parent=key))


def _summary(st: Any, w: Any) -> str:
    """A plan's status summary on one line: its tasks and reports by status, overdue items."""
    from .status import Status

    def counts(c: dict[str, int]) -> str:
        def label(code: str) -> str:  # English: the codes' words, as before
            return (code.replace("_", " ") if w.language == "en"
                    else str(w.status_label(Status(code))).lower())

        return ", ".join(f"{n} {label(code)}" for code, n in c.items()) or _t(w, "plans.tree_none")

    return (_t(w, "plans.tree_counts", tasks=counts(st.tasks), reports=counts(st.reports))
            + (_t(w, "plans.tree_overdue", ids=", ".join(o.id for o in st.overdue))
               if st.overdue else ""))


@plans.command(name="tree")
@click.option("--at", "at", help="The day of the status summaries (YYYY-MM-DD; default: today).")
@click.option("--db", help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True,
              help="Print the tree as JSON: each plan's status (key, symbol, issuer, title, issued, at, tasks, reports, overdue) and its children.")
@click.option("--lang", help=_LANG_HELP_ANY)
def plans_tree(at: str | None, db: str | None, as_json: bool, lang: str | None) -> None:
    """Show the registered plans as cascades (province, district, commune), each with its status."""
    from collections import Counter

    from .portfolio import Portfolio
    from .wording import wording_for

    day = _parse_day(at, "--at") or _now().date()
    with _open_store(db, read=True) as store:
        portfolio = Portfolio.from_store(store)
        try:
            statuses = portfolio.statuses(store, day)
        except PlanflowError as e:
            raise UserError(e.lines()) from None
    # the language most of the plans use, as status --all
    common = Counter(wording_for(p).language for p in portfolio.plans.values()).most_common(1)
    w = _language(lang, common[0][0] if common else "en")

    def as_dict(node: Any) -> dict[str, Any]:
        return {**statuses[node.key].to_dict(), "children": [as_dict(c) for c in node.children]}

    roots = portfolio.tree()
    if as_json:
        click.echo(json.dumps({"at": day.isoformat(), "plans": [as_dict(n) for n in roots],
                               "problems": portfolio.problems}, ensure_ascii=False, indent=2))
    else:
        def show(node: Any, prefix: str, last: bool, top: bool) -> None:
            st = statuses[node.key]
            branch = "" if top else ("└── " if last else "├── ")
            click.echo(f"{prefix}{branch}{node.key}  {st.issuer}")
            pad = prefix + ("" if top else ("    " if last else "│   "))
            click.echo(f"{pad}{'│   ' if node.children else '    '}{_summary(st, w)}")
            for i, child in enumerate(node.children):
                show(child, pad, i == len(node.children) - 1, False)

        for n in roots:
            show(n, "", True, True)
        if not roots:
            click.echo(_t(w, "status.no_plans"))
    if portfolio.problems:
        raise UserError(portfolio.problems)


@plans.command(name="list")
@click.option("--db", help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True,
              help="Print each plan's current revision as JSON (key, revision, hash, source, added_by, added_at...).")
@click.option("--lang", help=_LANG_HELP_ANY)
def plans_list(db: str | None, as_json: bool, lang: str | None) -> None:
    """List the plans the store runs, each at its current revision."""
    with _open_store(db) as store:
        revs = store.plans()
    if as_json:
        click.echo(json.dumps([_revision_dict(r) for r in revs], ensure_ascii=False, indent=2))
        return
    w = _language(lang)
    for r in revs:
        click.echo(f"{r.key}\t{_t(w, 'plans.revision', revision=r.revision)}\t"
                   f"{_when(w, r.added_at)}\t{r.added_by or ''}\t{r.source or ''}")


@plans.command(name="history")
@click.argument("key")
@click.option("--db", help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the revisions as JSON.")
@click.option("--lang", help=_LANG_HELP_ANY)
def plans_history(key: str, db: str | None, as_json: bool, lang: str | None) -> None:
    """List every revision of the plan KEY, first to last."""
    with _open_store(db) as store:
        try:
            revs = store.plan_history(key)
        except PlanflowError as e:
            raise UserError(e.lines()) from None
    if as_json:
        click.echo(json.dumps([_revision_dict(r) for r in revs], ensure_ascii=False, indent=2))
        return
    w = _language(lang)
    for r in revs:
        gone = ("\t" + _t(w, "plans.removed_by", at=_when(w, r.removed_at), by=r.removed_by or "")
                if r.removed_at else "")
        click.echo(f"{_t(w, 'plans.revision', revision=r.revision)}\t{_when(w, r.added_at)}\t"
                   f"{r.added_by or ''}\tsha256 {r.hash[:12]}\t{r.source or ''}{gone}")


@plans.command(name="remove")
@click.argument("key")
@click.option("--by", "by", help="Who removes it (default: the user running the command).")
@click.option("--db", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP_ANY)
def plans_remove(key: str, by: str | None, db: str | None, lang: str | None) -> None:
    """Stop running the plan KEY (its history stays); withdraw its pending notifications."""
    with _open_store(db) as store:
        try:
            withdrawn = store.remove_plan(key, _now(), _who(by))
        except PlanflowError as e:
            raise UserError(e.lines()) from None
    click.echo(_t(_language(lang), "plans.removed", key=key, n=len(withdrawn)))


@cli.group()
def db() -> None:
    """The tracking store's schema: which version it is at, and upgrading it."""


@db.command(name="current")
@click.option("--db", "db_", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP_ANY)
def db_current(db_: str | None, lang: str | None) -> None:
    """Print the store's schema version and Alembic revision, and whether it needs an upgrade."""
    from .store import SCHEMA_VERSION, Store

    try:
        with Store.open(db_, check=False) as store:
            version, revision, url = store.version(), store.revision(), store.url
    except PlanflowError as e:
        raise UserError(e.lines()) from None
    w = _language(lang)
    state = _t(w, "db.is_current" if version == SCHEMA_VERSION else
               "db.empty" if version == 0 else
               "db.older" if version < SCHEMA_VERSION else "db.newer")
    click.echo(_t(w, "db.current", url=url, version=version,
                  revision=revision or _t(w, "db.none"), writes=SCHEMA_VERSION, state=state))


@db.command(name="upgrade")
@click.option("--db", "db_", help=_DB_HELP)
@click.option("--lang", help=_LANG_HELP_ANY)
def db_upgrade(db_: str | None, lang: str | None) -> None:
    """Migrate the store to this planflow's schema version (back it up first)."""
    from .store import Store

    try:
        before, after = Store.upgrade(db_)
    except PlanflowError as e:
        raise UserError(e.lines()) from None
    w = _language(lang)
    if before == after:
        click.echo(_t(w, "db.nothing", version=after))
    else:
        click.echo(_t(w, "db.upgraded", before=before, after=after))


@cli.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the plan file (.toml or .json).")
@click.option("--json", "as_json", is_flag=True, help="Print the plan (plan-file schema) with its warnings.")
@click.option("--lang", help=_LANG_HELP.replace("the plan's", "the imported plan's"))
def import_(file: str, output: str | None, as_json: bool, lang: str | None) -> None:
    """Read a plan document (text, Markdown, HTML, Word, PDF, Excel) into a plan."""
    from pathlib import Path

    from .planfile import dumps_plan
    from .text import Worded
    from .wording import note_message

    try:
        importer = default_registry().importer_for(file)
        _say_in(importer.language, lang)
        if not Path(file).is_file():
            raise UserError([_e("err.no_file", file=file)])
        result = importer.read(Path(file))
    except PlanflowError as e:
        raise UserError(e.lines()) from None
    w = _wording(result.plan, lang)
    if output:
        if not output.endswith((".toml", ".json")):
            raise UserError([_e("err.plan_suffix", output=output)])
        text = dumps_plan(result.plan, "json" if output.endswith(".json") else "toml")
        _write(output, text.encode("utf-8"))
    if as_json:
        data = json.loads(dumps_plan(result.plan, "json"))
        for task, t in zip(data.get("tasks", []), result.plan.tasks, strict=True):
            tf = t.timeframe
            task["timeframe"] = {"text": tf.text, "kind": tf.kind.value,
                                 "start": tf.start.isoformat() if tf.start else None,
                                 "end": tf.end.isoformat() if tf.end else None,
                                 "due": tf.due.isoformat() if tf.due else None}
        data["warnings"] = list(result.warnings)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif not output:
        click.echo(dumps_plan(result.plan, "toml"), nl=False)
    # the same warning at many places (a time applied to forty tasks) is one line naming
    # them; --json keeps each
    for warning in Worded.grouped(result.warnings):
        said = note_message(w, warning)
        click.echo(_clean("planflow: " + _t(w, "import.warning", file=file, warning=said)),
                   err=True)
    # what was read, last: the count a clerk checks against the document, then how its
    # times were read and which tasks to look at before the plan is tracked
    to = _t(w, "import.to", output=output) if output else ""
    click.echo(_clean("planflow: " + _t(w, "import.done", file=file, tasks=len(result.plan.tasks),
                                        agencies=len(result.plan.agencies),
                                        warnings=len(result.warnings), to=to)), err=True)
    for line in _reading_summary(w, result.plan):
        click.echo(_clean("planflow: " + _t(w, "import.line", file=file, line=line)), err=True)


#: how many tasks to name on the "to check" line before "…"
_REVIEW_NAMED = 8


def _reading_summary(w: Any, plan: Any) -> list[str]:
    """After an import: how the tasks' times were read (dated, recurring, ongoing, with no
    time stated, on an event, not read), how many tasks no agency leads, and, by reason,
    the tasks a clerk should look at before the plan is tracked, in ``w``'s language."""
    from .timeframe import Kind

    if not plan.tasks:
        return []
    counts = dict.fromkeys(("dated", "recurring", "continuous", "unstated", "event",
                            "unread"), 0)
    review: dict[str, list[str]] = {"unread": [], "no_lead": []}
    for task in plan.tasks:
        tf = task.timeframe
        if tf.invalid or tf.kind in (Kind.UNRESOLVED, Kind.PENDING):
            counts["unread"] += 1
            review["unread"].append(task.id)
        elif tf.kind in (Kind.WINDOW, Kind.DEADLINE):
            counts["dated"] += 1
        elif tf.kind is Kind.RECURRING:
            counts["recurring"] += 1
        elif tf.kind is Kind.EVENT:
            counts["event"] += 1
        else:
            counts["continuous" if tf.text.strip() else "unstated"] += 1
        if not task.lead:
            review["no_lead"].append(task.id)
    line = _t(w, "import.times", parts=", ".join(
        _t(w, f"import.n_{k}", n=n) for k, n in counts.items() if n))
    if review["no_lead"]:
        line += "; " + _t(w, "import.n_no_lead", n=len(review["no_lead"]))
    lines = [line]
    for why, ids in review.items():
        if ids:
            named = ", ".join(ids[:_REVIEW_NAMED])
            if len(ids) > _REVIEW_NAMED:
                named += _t(w, "import.review_more", n=len(ids) - _REVIEW_NAMED)
            lines.append(_t(w, "import.review", why=_t(w, f"import.why_{why}"), items=named))
    return lines


@cli.command(name="calendar")
@click.argument("plan")
@click.option("--agency", help="Only this agency's deadlines (tasks it leads, reports it owes or receives).")
@click.option("--from", "from_", help="First day (YYYY-MM-DD or DD/MM/YYYY).")
@click.option("--to", "to", help="Last day (YYYY-MM-DD or DD/MM/YYYY).")
@click.option("--json", "as_json", is_flag=True,
              help="Print a list of {date, kind, task or period, title, agency, recipient, "
                   "reason}.")
@click.option("--ics", type=click.Path(dir_okay=False), help="Also write an iCalendar (.ics) file.")
@click.option("--lang", help=_LANG_HELP)
def calendar_(plan: str, agency: str | None, from_: str | None, to: str | None, as_json: bool,
              ics: str | None, lang: str | None) -> None:
    """List every task deadline and report obligation of PLAN in date order."""
    from .agenda import agenda, to_ics
    from .status import Status
    from .wording import note_message

    p = _load(plan)
    w = _wording(p, lang)
    start, end = _parse_day(from_, "--from"), _parse_day(to, "--to")
    if start and end and start > end:
        raise UserError([_e("err.from_after_to", start=_day(_error_wording(), start),
                            end=_day(_error_wording(), end))])
    if agency is not None and agency not in p.agency_by_id:
        raise UserError([_e("err.unknown_agency", plan=plan, agency=agency,
                            known=", ".join(sorted(p.agency_by_id)))])
    try:
        entries = agenda(p, agency=agency, start=start, end=end)
    except PlanflowError as err:
        raise UserError(err.lines()) from None
    if ics:
        _write(ics, to_ics(p, entries))
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2))
        return
    names = {a.id: a.label for a in p.agencies}
    t = Table(title=_t(w, "calendar.title", plan=p.document.symbol or plan))
    for col in ("date", "kind", "task_period", "agency", "to", "why"):
        t.add_column(_t(w, f"col.{col}"), overflow="fold", no_wrap=col in ("date", "kind"))
    na = w.status_label(Status.NOT_APPLICABLE)
    for e in entries:
        t.add_row(_day(w, e.date), _t(w, f"kind.{e.kind}"),
                  e.title if e.applicable else f"{e.title}: {na}",
                  names.get(e.agency or "", e.agency or ""),
                  names.get(e.recipient or "", e.recipient or ""),
                  note_message(w, e.reason) if e.reason else "")
    c = _console()
    c.print(t)
    if ics:
        c.print(_t(w, "calendar.wrote", path=ics, n=len(entries)), markup=False)


_commands_loaded = False


def _add_plugin_commands() -> None:
    global _commands_loaded
    if not _commands_loaded:
        _commands_loaded = True
        default_registry().hook.register_commands(cli=cli)
        _use_context(cli)


def _use_context(command: click.Command) -> None:
    """Every command's help measured by :class:`_HelpFormatter` (plugins' commands too)."""
    if command.context_class is click.Context:
        command.context_class = _Context
    for sub in getattr(command, "commands", {}).values():
        _use_context(sub)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``planflow`` script."""
    global _ARGV
    _ARGV = list(sys.argv[1:] if argv is None else argv)
    try:
        _add_plugin_commands()
    except PlanflowError as e:
        for line in e.lines():
            click.echo(f"planflow: {line}", err=True)
        sys.exit(2)
    try:
        cli.main(args=argv, prog_name="planflow", standalone_mode=False)
    except PlanflowError as e:  # raised inside a plugin's command
        for line in _said_lines(e.lines()):
            click.echo(f"planflow: {_clean(line)}", err=True)
        sys.exit(2)
    except UserError as e:
        e.show()
        sys.exit(2)
    except getattr(click.exceptions, "NoArgsIsHelpError", ()) as e:  # `planflow` alone: its help
        click.echo(e.format_message(), err=True)
        sys.exit(2)
    except click.UsageError as e:  # one line, like every other user error
        where = e.ctx.command_path if e.ctx is not None else "planflow"
        said = _usage_message(e, sys.argv[1:] if argv is None else argv)
        click.echo(f"planflow: {where}: {_clean(said)}", err=True)
        sys.exit(2)
    except click.ClickException as e:
        click.echo(f"planflow: {_clean(e.format_message())}", err=True)
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("planflow: aborted", err=True)
        sys.exit(1)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except SystemExit:
        raise
    except BrokenPipeError:
        sys.exit(1)


def _argv_wording(argv: list[str]) -> Any:
    """The wording the command line ``argv`` asks for before any command runs: --lang's,
    else $PLANFLOW_LANG's, else the plan file's among the arguments; None for none (or a
    language nobody registered)."""
    wanted = next((a.split("=", 1)[1] if "=" in a else (argv[k + 1] if k + 1 < len(argv) else "")
                   for k, a in enumerate(argv) if a == "--lang" or a.startswith("--lang=")),
                  None) or os.environ.get("PLANFLOW_LANG")
    if wanted:
        return next((w for w in default_registry().wordings() if w.language == wanted), None)
    return _plan_file_wording(argv) or _locale_wording()


def _usage_message(e: click.UsageError, argv: list[str]) -> str:
    """click's usage error ``e`` in the command line's language (--lang, else
    $PLANFLOW_LANG, else the plan file's among the arguments): a wording with its own
    ``usage.*`` words says it in them; otherwise click's own message."""
    import re

    from .wording import EnglishWording, phrase

    wording = _argv_wording(argv)
    own = getattr(wording or EnglishWording(), "phrases", None) or {}
    message = e.format_message()

    def say(key: str, **fields: Any) -> str | None:
        return phrase(wording, key, **fields) if key in own else None

    param = getattr(e, "param", None)
    name = getattr(e, "param_hint", None) or (param.get_error_hint(e.ctx) if param is not None
                                              and e.ctx is not None else None)
    said: str | None = None
    if isinstance(e, click.MissingParameter):
        said = say(f"usage.missing_{'option' if e.param_type == 'option' else 'argument'}",
                   name=name)
    elif isinstance(e, click.NoSuchOption):
        said = say("usage.no_such_option", name=repr(e.option_name))
        maybe = sorted(e.possibilities or ())
        if said is not None and maybe:
            said += str(say("usage.maybe", names=", ".join(repr(x) for x in maybe)))
    elif isinstance(e, click.BadOptionUsage):
        key = ("usage.needs_value" if message.endswith("requires an argument.")
               else "usage.no_value" if message.endswith("does not take a value.") else "")
        said = say(key, name=repr(e.option_name)) if key else None
    elif isinstance(e, click.BadParameter):
        detail = message.split(": ", 1)[1] if ": " in message else message
        for key, pattern in (
                ("usage.integer", r"(?P<value>'.*') is not a valid integer\."),
                ("usage.number", r"(?P<value>'.*') is not a valid float\."),
                ("usage.choice", r"(?P<value>'.*') is not (?:one of )?(?P<choices>.*)\."),
                ("usage.no_path", r"(?:File|Directory|Path) (?P<value>'.*') does not exist\.")):
            m = re.fullmatch(pattern, detail)
            if m is not None:
                said = say(key, name=name, **m.groupdict())
                break
    elif isinstance(e, getattr(click.exceptions, "NoSuchCommand", ())):
        said = say("usage.no_such_command", name=repr(getattr(e, "command_name", "")))
        maybe = sorted(getattr(e, "possibilities", None) or ())
        if said is not None and maybe:
            said += str(say("usage.maybe", names=", ".join(repr(x) for x in maybe)))
    elif (m := re.fullmatch(r"Got unexpected extra arguments? \((?P<args>.*)\)", message)):
        said = say("usage.extra", args=m["args"])
    return said if said is not None else message


def _clean(text: str) -> str:
    """``text`` on one line, with escape sequences and other control characters shown
    as ``\\xNN`` (a title or id cannot move the cursor or fake another line)."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" for c in
                   " ".join(text.splitlines()))
