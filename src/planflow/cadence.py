"""Cadences: the rules that turn a reporting regime into report periods and obligations.

The core knows two cadences: ``"explicit"`` (the periods the regime lists) and
``"ad_hoc"`` (reports on request: no schedule). Plugins register the others through
:func:`planflow.hookspecs.register_cadences`.

A cadence declares its settings (``Regime.params``) so that a typo is a validation error
rather than a silently moved deadline: either a ``params_type`` attribute, an attrs class
the params are structured into (:func:`structure_params`; unknown keys, wrong types and
values its validators reject are problems: a validator raises
``ValueError(message, attribute)``, as attrs' own validators do, to be named by path), or a ``check_params(params)`` method returning ``(path, message)`` pairs
(for params that nest other cadences' params). :func:`cadence_problems` reports them as
``regime.params.<path>: <message>``; a cadence that declares neither takes any params.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import chain, compress
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    NamedTuple,
    Protocol,
    TypeVar,
    get_args,
    get_origin,
    runtime_checkable,
)

import attrs

from ._convert import opt_nfc
from ._structure import Slow, Structurer
from .errors import PlanflowError, PluginError
from .problem import Problem
from .regime import Obligation, Regime, ReportPeriod, _obligation
from .registry import registry_of
from .text import Worded

if TYPE_CHECKING:
    import cattrs

    from .plan import Plan
    from .registry import Registry

__all__ = [
    "AdHocCadence",
    "Cadence",
    "ExplicitCadence",
    "cadence_problems",
    "check_cadence_params",
    "obligations",
    "params_problems",
    "report_periods",
    "structure_params",
]

T = TypeVar("T")


@runtime_checkable
class Cadence(Protocol):
    """A named rule: the report periods of a regime over a plan's period."""

    @property
    def name(self) -> str:
        """The name it is registered under."""
        ...

    def periods(self, regime: Regime, plan: Plan) -> list[ReportPeriod]:
        """The periods, in due order."""
        ...


@attrs.frozen
class ExplicitCadence:
    """Just the periods listed in the regime."""

    name: str = "explicit"

    def periods(self, regime: Regime, plan: Plan) -> list[ReportPeriod]:
        return sorted(regime.periods, key=lambda p: (p.due, p.name))


@attrs.frozen
class AdHocCadence:
    """Reports on request (đột xuất): an explicit kind with no schedule."""

    name: str = "ad_hoc"

    def periods(self, regime: Regime, plan: Plan) -> list[ReportPeriod]:
        return []


def report_periods(plan: Plan, registry: Registry | None = None) -> list[ReportPeriod]:
    """The report periods of the plan's regime over its period, in due order.

    The cadence is looked up in ``registry``, else the plan's own, else the default one.
    """
    if plan.regime is None:
        return []
    return list(_derived(plan, registry_of(plan, registry))[2])


def _derived(plan: Plan, reg: Registry) -> list[Any]:
    """[registry, its generation, report periods, obligations or None, their rows or
    None] of ``plan`` in ``reg``, kept on the plan: the periods are asked for on every
    tick and every document, and a cadence counts working days for each due date. Made
    again when a plugin is registered or unregistered."""
    cached = plan._periods
    if cached is not None and cached[0] is reg and cached[1] == reg.generation:
        return cached  # type: ignore[no-any-return]
    assert plan.regime is not None
    cadence = reg.cadence(plan.regime.cadence)
    periods = sorted(cadence.periods(plan.regime, plan), key=lambda p: (p.due, p.name))
    derived = [reg, reg.generation, tuple(periods), None, None]
    object.__setattr__(plan, "_periods", derived)
    return derived


def obligations(plan: Plan) -> list[Obligation]:
    """Every report the plan's regime asks for: one per reporting agency and period, in due order.

    Who reports, and the ``reason`` each obligation gives for it: the period's
    ``reporters``, else the regime's (every period); else, with ``reporters_scope`` "all",
    every agency that leads a task in the plan (every period); else (the plan names
    nobody) every lead agency of a task whose timeframe overlaps the span the period
    covers (tasks with no dates count as active all period). Reports go to the period's
    recipient, else the regime's ``via`` (the compiling agency), else its ``recipient``;
    the compiling agency's own reports go to the recipient.
    """
    regime = plan.regime
    if regime is None:
        return []
    derived = _derived(plan, registry_of(plan))
    if derived[3] is None:
        derived[3] = tuple(_obligations(plan, regime, obligation_rows(plan)))
    return list(derived[3])


class ObligationRows(NamedTuple):
    """A plan's report obligations as columns, in the order :func:`obligations` gives
    them (private: the engine's first day needs who owes what when, not the
    :class:`Obligation` values nor their reasons, which are made on demand).

    ``periods``: the report periods (in (due, name) order); per obligation, the index of
    its period in ``periods`` (``period``), the agency that owes it and its recipient.
    """

    periods: tuple[ReportPeriod, ...]
    period: list[int]
    agency: list[str]
    recipient: list[str | None]


_NO_ROWS = ObligationRows((), [], [], [])


def obligation_rows(plan: Plan) -> ObligationRows:
    """The plan's obligations as :class:`ObligationRows` (kept on the plan, as the
    periods are)."""
    regime = plan.regime
    if regime is None:
        return _NO_ROWS
    derived = _derived(plan, registry_of(plan))
    if derived[4] is None:
        derived[4] = _obligation_rows(plan, regime, derived[2])
    rows: ObligationRows = derived[4]
    return rows


def _obligation_rows(plan: Plan, regime: Regime,
                     periods: tuple[ReportPeriod, ...]) -> ObligationRows:
    """The rows of ``periods`` (in (due, name) order, as :func:`_derived` keeps them),
    sorted by due day, period and agency: each period's by agency, in turn (a sort of
    the whole when two periods share a name and a due day)."""
    which: list[int] = []
    owers: list[str] = []
    recipients: list[str | None] = []
    active = _ActiveLeads(plan) if not regime.reporters and regime.reporters_scope != "all" \
        else None
    every: set[str] | None = None
    via, to = regime.via, regime.recipient
    seen: set[tuple[date, str]] = set()
    merged = False  # two periods of one name and due day: their agencies interleave
    for j, p in enumerate(periods):
        if (p.due, p.name) in seen:
            merged = True
        seen.add((p.due, p.name))
        names: set[str]
        if p.reporters:
            names = set(p.reporters)
        elif regime.reporters:
            names = set(regime.reporters)
        elif active is None:
            if every is None:
                every = set(chain.from_iterable(plan._task_columns().leads))
            names = every
        else:
            names = active.of(p)
        # units report to the compiling agency (via); it reports on its own tasks to
        # the recipient; nobody reports to itself
        final = p.recipient or to
        if p.recipient or not via:
            one = p.recipient or to  # everybody's recipient
            ags = sorted(names)
            if one in names:
                ags.remove(one)
            which.extend([j] * len(ags))
            owers.extend(ags)
            recipients.extend([one] * len(ags))
            continue
        for a in sorted(names):
            recipient = p.recipient or (via if a != via else None) or to
            if a == recipient or (a == final and recipient is None):
                continue
            which.append(j)
            owers.append(a)
            recipients.append(recipient)
    if merged:
        order = sorted(range(len(which)), key=lambda i: (periods[which[i]].due,
                                                         periods[which[i]].name, owers[i]))
        which = [which[i] for i in order]
        owers = [owers[i] for i in order]
        recipients = [recipients[i] for i in order]
    return ObligationRows(periods, which, owers, recipients)


class _ActiveLeads:
    """The lead agencies of a plan's tasks active in a period: those of the tasks whose
    timeframe's span overlaps it (tasks with no dates span the plan's period). Tasks
    share timeframe objects (the loader memoises them), so a span is checked once per
    distinct timeframe, and periods that find the same timeframes active share the
    answer."""

    __slots__ = ("spans", "tfs", "leads", "_ids", "_known")

    def __init__(self, plan: Plan):
        assert plan.period is not None
        p0, p1 = plan.period.start, plan.period.end
        cols = plan._task_columns()
        self.spans = [(k, tf.start or p0, tf.end or tf.due or p1)
                      for k, tf in cols.distinct_timeframes().items()]
        self.tfs = cols.timeframes
        self.leads = cols.leads
        self._ids: list[int] | None = None
        self._known: dict[tuple[int, ...], set[str]] = {}

    def of(self, period: ReportPeriod) -> set[str]:
        a, b = period.covers_start, period.covers_end
        on = tuple([k for k, start, end in self.spans if start <= b and end >= a])
        got = self._known.get(on)
        if got is None:
            if len(on) == len(self.spans):
                got = set(chain.from_iterable(self.leads))
            elif not on:
                got = set()
            else:
                if self._ids is None:
                    self._ids = list(map(id, self.tfs))
                live = set(on).__contains__
                got = set(chain.from_iterable(compress(self.leads, map(live, self._ids))))
            self._known[on] = got
        return got


def _obligations(plan: Plan, regime: Regime, rows: ObligationRows) -> list[Obligation]:
    """The :class:`Obligation` of each of ``rows``, with its reason."""
    spans: _Spans | None = None
    every: dict[str, str] | None = None
    symbol = opt_nfc(plan.document.symbol)
    reasons: dict[int, dict[str, str]] = {}
    out: list[Obligation] = []
    for j, a, recipient in zip(rows.period, rows.agency, rows.recipient, strict=True):
        p = rows.periods[j]
        why = reasons.get(j)
        if why is None:
            if p.reporters:
                why = dict.fromkeys(p.reporters, Worded.of("named for the period {period!r}",
                                                           "reason_period", period=p.name))
            elif regime.reporters:
                why = dict.fromkeys(regime.reporters, Worded.of(
                    "named by the plan's reporting regime", "reason_regime"))
            elif regime.reporters_scope == "all":
                if every is None:
                    every = {}
                    cols = plan._task_columns()
                    for tid, leads in zip(cols.ids, cols.leads, strict=True):
                        for agency in leads:
                            if agency not in every:
                                every[agency] = Worded.of(
                                    "every unit of the plan reports (the reporting sentence "
                                    "names them all); leads task {task!r}", "reason_every",
                                    task=tid)
                why = every
            else:
                if spans is None:
                    spans = _task_spans(plan)
                why = _active_leads(spans, p)
            reasons[j] = why
        out.append(_obligation(a, p.name, p.covers_start, p.covers_end, p.due, recipient,
                               symbol, p.match_key, why[a]))
    return out


#: per distinct timeframe of a plan's tasks, (first day, last day); per task, the index
#: of its timeframe's span, its lead agencies and its id; how many agencies lead a task
_Spans = tuple[list[tuple[date, date]], list[int], list[Sequence[str]], list[str], int]


def _task_spans(plan: Plan) -> _Spans:
    """The spans of the plan's tasks (see ``_Spans``); tasks with no dates span the period."""
    assert plan.period is not None
    p0, p1 = plan.period.start, plan.period.end
    cols = plan._task_columns()
    # tasks share timeframe objects (the loader memoises them): one span per distinct one
    distinct = cols.distinct_timeframes()
    slot = {k: j for j, k in enumerate(distinct)}
    spans = [(tf.start or p0, tf.end or tf.due or p1) for tf in distinct.values()]
    leads = cols.leads
    return (spans, list(map(slot.__getitem__, map(id, cols.timeframes))), leads, cols.ids,
            len(set(chain.from_iterable(leads))))


def _active_leads(spans: _Spans, period: ReportPeriod) -> dict[str, str]:
    """The lead agencies of the tasks active in ``period``, each with the first such task."""
    seen: dict[str, str] = {}
    a, b = period.covers_start, period.covers_end
    distinct, slots, leads, ids, everyone = spans
    active = [start <= b and end >= a for start, end in distinct]
    if not any(active):
        return seen
    for j, agencies, tid in zip(slots, leads, ids, strict=True):
        if active[j]:
            for agency in agencies:
                if agency not in seen:
                    seen[agency] = Worded.of("leads task {task!r}, active in the period (the "
                                             "plan names no reporters)", "reason_active",
                                             task=tid)
            if len(seen) == everyone:
                break  # every lead agency found: later tasks change nothing
    return seen


# -- cadence params: declared, structured, checked ------------------------------------

def _strict(kind: type, what: str) -> Any:
    def check(value: Any, _: Any) -> Any:
        # bool is an int in Python, but "day = true" is a typo, not day 1
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ValueError(f"expected {what}, got {value!r}")
        return value
    return check


def _literal(value: Any, type_: Any) -> Any:
    allowed = get_args(type_)
    if value not in allowed or isinstance(value, bool) != isinstance(allowed[0], bool):
        raise ValueError(f"{value!r} is not one of {', '.join(map(str, allowed))}")
    return value


def _is_literal(t: object) -> bool:
    origin: object = get_origin(t)
    return origin is Literal


def _converter(forbid_extra_keys: bool) -> cattrs.Converter:
    import cattrs

    c = cattrs.Converter(forbid_extra_keys=forbid_extra_keys)
    c.register_structure_hook_func(_is_literal, _literal)
    c.register_structure_hook(int, _strict(int, "a whole number"))
    c.register_structure_hook(bool, _strict(bool, "true or false"))
    c.register_structure_hook(str, _strict(str, "text"))
    return c


@functools.cache
def _converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    """(strict, lenient), made on first use: a plan without a regime never needs them."""
    return _converter(True), _converter(False)


def _join(path: str, part: str) -> str:
    if not path:
        return part.removeprefix(".")
    return path + part


def _flatten(exc: BaseException, path: str) -> list[tuple[str, str]]:
    from cattrs.errors import (
        CattrsError,
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, ForbiddenExtraKeysError):
        return [(_join(path, f".{k}"), "unknown parameter") for k in sorted(exc.extra_fields)]
    if isinstance(exc, ClassValidationError | IterableValidationError):
        out: list[tuple[str, str]] = []
        with_notes, without = exc.group_exceptions()
        for e, note in with_notes:
            name = getattr(note, "name", None)
            part = f".{name}" if name is not None else f"[{getattr(note, 'index', '?')}]"
            out.extend(_flatten(e, _join(path, part)))
        for e in without:
            out.extend(_flatten(e, path))
        return out
    if isinstance(exc, KeyError):
        return [(path, "required parameter missing")]
    if (isinstance(exc, ValueError | TypeError) and len(exc.args) >= 2
            and isinstance(exc.args[1], attrs.Attribute)):
        # an attrs validator: (message, attribute, ...); a cadence's own validators raise
        # ValueError(message, attribute) too, so the path names the parameter
        return [(_join(path, f".{exc.args[1].name}"), str(exc.args[0]))]
    if isinstance(exc, PlanflowError | ValueError | TypeError | CattrsError):
        return [(path, str(exc))]
    raise exc


#: the usual parameters (known keys, plain values) are made without cattrs: its import and
#: converters are a tenth of a small ``planflow validate``
_FAST = Structurer({int: _strict(int, "a whole number"), bool: _strict(bool, "true or false"),
                    str: _strict(str, "text")}, _literal)


def params_problems(params_type: type[Any], params: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """What is wrong with ``params`` for ``params_type``: ``(path, message)`` pairs, paths
    relative to the params (``"dya"``, ``"kinds[1]"``); unknown keys are problems."""
    if params is not None and not isinstance(params, Mapping):
        return [("", f"expected a table of parameters, got {params!r}")]
    try:
        _FAST.structure(dict(params or {}), params_type)
        return []
    except Slow:
        pass
    try:
        _converters()[0].structure(dict(params or {}), params_type)
    except Exception as e:  # noqa: BLE001 - flattened; anything else is re-raised there
        return _flatten(e, "")
    return []


def structure_params(params_type: type[T], params: Mapping[str, Any] | None,
                     where: str = "regime.params") -> T:
    """``params`` as a ``params_type`` value, for a cadence to compute with.

    Keys ``params_type`` does not declare are ignored here (``validate`` reports them,
    see :func:`cadence_problems`); a value of the wrong type is a :class:`PlanflowError`
    naming its path (``regime.params.day: expected a whole number, got 'x'``).
    """
    try:
        made: T = _FAST.structure(dict(params or {}), params_type)
        return made
    except Slow:
        pass
    try:
        return _converters()[1].structure(dict(params or {}), params_type)
    except Exception as e:  # noqa: BLE001 - flattened; anything else is re-raised there
        lines = [f"{where}.{p}: {m}" if p else f"{where}: {m}" for p, m in _flatten(e, "")]
        raise PlanflowError("; ".join(lines)) from None


def check_cadence_params(cadence: object, params: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """``(path, message)`` for each problem in ``params`` for ``cadence`` (see the module doc)."""
    check = getattr(cadence, "check_params", None)
    if callable(check):
        return list(check(params or {}))
    params_type = getattr(cadence, "params_type", None)
    if params_type is None:
        return []
    return params_problems(params_type, params)


def cadence_problems(plan: Plan, registry: Registry | None = None) -> list[Problem]:
    """The plan's regime names a cadence nobody registered, or gives it bad params."""
    regime = plan.regime
    if regime is None:
        return []
    try:
        cadence = registry_of(plan, registry).cadence(regime.cadence)
    except PluginError as e:
        return [Problem.worded("unknown-cadence", "unknown_cadence", {"detail": str(e)},
                               "regime.cadence")]
    out = []
    for path, message in check_cadence_params(cadence, regime.params):
        where = f"regime.params.{path}" if path else "regime.params"
        out.append(Problem.worded("cadence-params", "cadence_params",
                                  {"cadence": regime.cadence, "detail": message}, where))
    for i, p in enumerate(regime.periods):
        if p.due < p.covers_start:
            out.append(Problem.worded("report-due-before-period", "report_due_before_period",
                                      {"period": p.name, "due": p.due, "start": p.covers_start},
                                      f"regime.periods[{i}].due"))
    return out
