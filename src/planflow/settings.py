"""Typed engine settings: a plan's ``settings.engine`` table, structured and checked.

The table is structured by a strict cattrs converter into :class:`EngineSettings` (frozen
attrs values): an unknown key or a value of the wrong type is a problem naming its path
(``settings.engine.remindrs: unknown key``, ``settings.engine.reminders[0]: expected a
whole number, got '5'``); the values are then checked against the plan (positive lead
times, known agencies). :func:`engine_settings_problems` gives every problem (what
``validate`` reports); :meth:`EngineConfig.from_plan` raises :class:`SettingsError` with
them; :func:`contacts_problems` checks that agencies' contacts name registered channels.

Pure: no SQL, no plugin calls (the registered channel names are passed in).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import PlanflowError
from .lifespan import plan_start
from .lifespan import strict_date as _strict_date
from .problem import Problem, Severity

if TYPE_CHECKING:
    import cattrs

    from .plan import Plan

__all__ = [
    "EngineConfig",
    "EngineSettings",
    "Escalation",
    "Policy",
    "PolicySettings",
    "SettingsError",
    "cascade_settings_problems",
    "check_address",
    "contacts_problems",
    "engine_settings",
    "engine_settings_problems",
    "plan_start",  # (read leniently: planflow.lifespan's, kept here for code that took it from here)
]

#: where the engine settings sit in a plan file
WHERE = "settings.engine"

#: what ``settings.engine.untracked`` may say
UNTRACKED_CHOICES = ("error", "accept")
#: what ``settings.engine.day_off_deadline`` may say
DAY_OFF_CHOICES = ("keep", "next", "previous")


class SettingsError(PlanflowError):
    """Engine settings of a plan (``settings.engine``) that cannot be read.

    ``problems`` lists ``(where, what)`` pairs; the message has one line per problem.
    """

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [f"{where}: {what}" for where, what in self.problems]


@attrs.frozen
class Escalation:
    """One escalation step: ``after`` working days overdue, a letter goes ``to``
    ``"lead"`` (the responsible agency itself), ``"issuer"`` (the plan's issuing body)
    or an agency id."""

    after: int
    to: str = "lead"


@attrs.frozen
class PolicySettings:
    """The policy keys of a settings table as written (None: not set there)."""

    reminders: tuple[int, ...] | None = None
    escalation: tuple[Escalation, ...] | None = None
    channels: tuple[str, ...] | None = None
    repeat: int | None = None


@attrs.frozen
class EngineSettings:
    """``settings.engine`` as written in the plan file (see docs/engine.md)."""

    reminders: tuple[int, ...] | None = None
    escalation: tuple[Escalation, ...] | None = None
    channels: tuple[str, ...] | None = None
    repeat: int | None = None
    start: date | None = None
    agencies: dict[str, PolicySettings] = attrs.field(factory=dict, hash=False)
    issuer: str | None = None
    outbox: str | None = None
    catch_up_days: int = 14
    language: str | None = None
    key: str | None = None
    delivery_timeout: int = 30
    delivery_batch: int = 1
    #: a timeframe the engine cannot track ("Trước mùa mưa bão"): "error" (validation
    #: fails, the default) or "accept" (a warning; the task is listed as untracked)
    untracked: str = "error"
    #: a deadline on a day off ("Cả năm" ending on Sunday 31/12/2023): "keep" (the named
    #: day stays the deadline, the default), "next" (it moves to the next working day, as
    #: a time limit does under Vietnam's Civil Code 2015, art. 148(5)) or "previous" (it
    #: moves to the working day before)
    day_off_deadline: str = "keep"

    def own_policy(self) -> PolicySettings:
        """The plan-wide policy keys."""
        return PolicySettings(self.reminders, self.escalation, self.channels, self.repeat)


@attrs.frozen
class Policy:
    """When and how an agency is told: reminder lead times (working days before a
    deadline), escalation steps, the channels used when its contacts name none, and how
    often (working days) an overdue item is chased again after the first escalation
    step (0: never)."""

    reminders: tuple[int, ...] = (5, 1)
    escalation: tuple[Escalation, ...] = (Escalation(3, "lead"), Escalation(10, "issuer"))
    channels: tuple[str, ...] = ("outbox",)
    repeat: int = 5

    def merged(self, raw: Mapping[str, Any] | PolicySettings, where: str = WHERE) -> Policy:
        """This policy with the keys set in ``raw`` (a settings table, or its typed form)
        replacing its own; raises :class:`SettingsError` for a bad table."""
        if isinstance(raw, PolicySettings):
            typed = raw
        else:
            read, problems = _structure(raw, PolicySettings, where)
            problems += _policy_problems(read, where) if read is not None else []
            if problems or read is None:
                raise SettingsError(problems)
            typed = read
        p = self
        if typed.reminders is not None:
            p = attrs.evolve(p, reminders=tuple(sorted(set(typed.reminders), reverse=True)))
        if typed.escalation is not None:
            p = attrs.evolve(p, escalation=tuple(sorted(typed.escalation, key=lambda e: e.after)))
        if typed.channels is not None:
            p = attrs.evolve(p, channels=typed.channels)
        if typed.repeat is not None:
            p = attrs.evolve(p, repeat=typed.repeat)
        return p


@attrs.frozen
class EngineConfig:
    """A plan's engine settings resolved against the plan: the policy, each agency's
    own, who the issuer is, the outbox folder, the catch-up window and the day the
    plan's life starts (:func:`plan_start`)."""

    policy: Policy = Policy()
    agencies: dict[str, Policy] = attrs.field(factory=dict, hash=False)
    issuer: str | None = None
    outbox: str | None = None
    catch_up_days: int = 14
    start: date | None = None
    #: seconds one delivery may take in all (connect, send, answer)
    delivery_timeout: int = 30
    #: where a deadline falling on a day off goes: "keep", "next" or "previous"
    day_off_deadline: str = "keep"
    #: outbox rows claimed, and their outcomes committed, together (docs/engine.md: a
    #: crash may deliver this many rows twice; 1, the default: one)
    delivery_batch: int = 1

    @classmethod
    def from_plan(cls, plan: Plan) -> EngineConfig:
        """Read ``plan.settings["engine"]``; raises :class:`SettingsError`."""
        settings = plan.settings if isinstance(plan.settings, Mapping) else {}
        raw = settings.get("engine")
        if raw is None or (isinstance(raw, Mapping) and not raw):
            # most plans set nothing: the defaults, read once per process
            typed, policy = _defaults()
            per: dict[str, Policy] = {}
        else:
            read, problems = _read(plan)
            if problems or read is None:
                raise SettingsError(problems)
            typed = read
            policy = Policy().merged(typed.own_policy())
            per = {aid: policy.merged(sub) for aid, sub in typed.agencies.items()}
        issuer = typed.issuer
        if issuer is None:
            name = plan.document.issuer
            issuer = next((a.id for a in plan.agencies if name and a.name == name), None)
            if issuer is None and plan.regime is not None:
                issuer = plan.regime.recipient
        return cls(policy, per, issuer, typed.outbox or None, typed.catch_up_days,
                   typed.start or plan.document.date or (plan.period.start if plan.period else None),
                   typed.delivery_timeout, typed.day_off_deadline, typed.delivery_batch)

    def policy_for(self, agency: str | None) -> Policy:
        """The policy of ``agency`` (its own settings, else the plan's)."""
        return self.agencies.get(agency or "", self.policy)


# -- structuring ------------------------------------------------------------------

T = TypeVar("T")


def _strict_int(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _strict_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _listed(_converter: cattrs.Converter, tp: Any) -> None:
    """Tuples are written as lists: refuse text (which cattrs would split into letters)."""
    base = _converter.get_structure_hook(tp)

    def hook(value: object, t: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {value!r}")
        return base(value, t)

    _converter.register_structure_hook_func(lambda t: t == tp, hook)


def _tabled(_converter: cattrs.Converter, tp: Any) -> None:
    base = _converter.get_structure_hook(tp)

    def hook(value: object, t: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected a table, got {value!r}")
        return base(value, t)

    _converter.register_structure_hook_func(lambda t: t == tp, hook)


_converter: cattrs.Converter | None = None
_hooks_lock = threading.Lock()


def _ready() -> cattrs.Converter:
    """The converter with its hooks, made on first use: cattrs writes and compiles a
    function per class, and a plan without engine settings never needs them (nor cattrs)."""
    global _converter
    if _converter is None:
        with _hooks_lock:
            if _converter is None:
                import cattrs

                c = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
                c.register_structure_hook(int, _strict_int)
                c.register_structure_hook(str, _strict_str)
                c.register_structure_hook(date, _strict_date)
                # inner types first: a class's hook is built from the hooks of its fields' types
                _tabled(c, Escalation)
                _listed(c, tuple[int, ...])
                _listed(c, tuple[str, ...])
                _listed(c, tuple[Escalation, ...])
                _tabled(c, PolicySettings)
                _tabled(c, dict[str, PolicySettings])
                _tabled(c, EngineSettings)
                _converter = c
    return _converter


def _walk(exc: BaseException, where: str) -> Iterator[tuple[str, str]]:
    """(path, message) for every leaf of a cattrs validation error."""
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

    if isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(a.name for a in attrs.fields(exc.cl)) if attrs.has(exc.cl) else ""
        for k in sorted(exc.extra_fields):
            yield f"{where}.{k}", f"unknown key (known: {known})" if known else "unknown key"
    elif isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for e, note in with_notes:
            step = getattr(note, "name", None)
            if step is None:
                idx = getattr(note, "index", None)
                step = f"[{idx}]" if isinstance(idx, int) else f".{idx}"
            else:
                step = f".{step}"
            yield from _walk(e, where + step)
        for e in without:
            yield from _walk(e, where)
    elif isinstance(exc, KeyError):
        yield where, f"required key missing: {exc.args[0] if exc.args else ''}"
    else:
        yield where, str(exc)


def _structure(raw: object, tp: type[T], where: str) -> tuple[T | None, list[tuple[str, str]]]:
    try:
        return _ready().structure(raw, tp), []
    except Exception as e:  # noqa: BLE001 - every structuring failure is the user's
        return None, list(_walk(e, where))


def _policy_problems(p: PolicySettings | EngineSettings, where: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if p.reminders is not None and not all(x > 0 for x in p.reminders):
        out.append((f"{where}.reminders", f"a list of positive whole numbers of working days, "
                                          f"not {list(p.reminders)!r}"))
    for i, e in enumerate(p.escalation or ()):
        if e.after < 1:
            out.append((f"{where}.escalation[{i}].after",
                        f"a number of working days >= 1, not {e.after!r}"))
    if p.channels is not None and not p.channels:
        out.append((f"{where}.channels", "a non-empty list of channel names"))
    if p.repeat is not None and p.repeat < 0:
        out.append((f"{where}.repeat", f"a number of working days >= 0 (0: never), not {p.repeat!r}"))
    return out


_DEFAULTS: tuple[EngineSettings, Policy] | None = None


def _defaults() -> tuple[EngineSettings, Policy]:
    """The typed settings and the policy of a plan that sets no engine settings (the
    same for every such plan: read once)."""
    global _DEFAULTS
    if _DEFAULTS is None:
        typed, problems = _read_raw({}, None)
        if problems or typed is None:  # pragma: no cover - the defaults are valid
            raise SettingsError(problems)
        _DEFAULTS = (typed, Policy().merged(typed.own_policy()))
    return _DEFAULTS


def _read(plan: Plan) -> tuple[EngineSettings | None, list[tuple[str, str]]]:
    """The plan's typed engine settings and every problem found in them."""
    settings = plan.settings if isinstance(plan.settings, Mapping) else {}
    raw = settings.get("engine", {})
    if raw is None:
        raw = {}
    return _read_raw(raw, plan)


def _read_raw(raw: Any, plan: Plan | None) -> tuple[EngineSettings | None, list[tuple[str, str]]]:
    """``raw`` (a plan's ``settings.engine``) typed, and every problem found in it;
    agencies it names are looked up in ``plan`` (None: no agency is known)."""
    if isinstance(raw, Mapping) and not raw:
        # no engine settings (most plans): every default, nothing to check; cattrs would
        # write and compile its structuring functions for nothing
        return EngineSettings(), []
    typed, problems = _structure(raw, EngineSettings, WHERE)
    if typed is None:
        return None, problems
    problems = _policy_problems(typed, WHERE)
    agencies: Mapping[str, Any] = {} if plan is None else plan.agency_by_id
    for aid, sub in typed.agencies.items():
        if aid not in agencies:
            problems.append((f"{WHERE}.agencies.{aid}", f"no agency {aid!r} in the plan"))
        problems.extend(_policy_problems(sub, f"{WHERE}.agencies.{aid}"))
    if typed.issuer is not None and typed.issuer not in agencies:
        problems.append((f"{WHERE}.issuer", f"no agency {typed.issuer!r} in the plan"))
    if not 1 <= typed.delivery_timeout <= 3600:
        problems.append((f"{WHERE}.delivery_timeout",
                         f"a whole number of seconds from 1 to 3600, not {typed.delivery_timeout!r}"))
    if not 1 <= typed.delivery_batch <= 1000:
        problems.append((f"{WHERE}.delivery_batch",
                         f"a whole number of rows from 1 to 1000, not {typed.delivery_batch!r}"))
    if typed.untracked not in UNTRACKED_CHOICES:
        problems.append((f"{WHERE}.untracked",
                         f"one of {', '.join(repr(c) for c in UNTRACKED_CHOICES)}, not "
                         f"{typed.untracked!r}"))
    if typed.day_off_deadline not in DAY_OFF_CHOICES:
        problems.append((f"{WHERE}.day_off_deadline",
                         f"one of {', '.join(repr(c) for c in DAY_OFF_CHOICES)}, not "
                         f"{typed.day_off_deadline!r}"))
    if not 0 <= typed.catch_up_days <= 3660:
        problems.append((f"{WHERE}.catch_up_days",
                         f"a whole number of days from 0 to 3660, not {typed.catch_up_days!r}"))
    return typed, problems


def engine_settings(plan: Plan) -> EngineSettings:
    """``settings.engine`` of ``plan`` as typed values; raises :class:`SettingsError`."""
    typed, problems = _read(plan)
    if problems or typed is None:
        raise SettingsError(problems)
    return typed


# -- validation -------------------------------------------------------------------

def engine_settings_problems(plan: Plan) -> list[Problem]:
    """One ``invalid-settings`` error per problem of ``settings.engine``, naming its path."""
    _, problems = _read(plan)
    return [Problem.worded("invalid-settings", "invalid_settings", {"detail": what}, where,
                           Severity.ERROR) for where, what in problems]


def check_address(channel: object, address: str) -> str | None:
    """What is wrong with ``address`` as a contact on ``channel``, None when it will do.

    A channel may define ``check_address(address) -> str | None`` (an email address that
    is no address, a webhook URL that is not http(s)); ``validate`` reports what it
    returns under ``agencies[i].contacts.<channel>``. Channels without it accept any
    address.
    """
    check = getattr(channel, "check_address", None)
    if check is None:
        return None
    problem = check(address)
    return None if problem is None else str(problem)


def contacts_problems(plan: Plan, channels: Collection[str] | Mapping[str, object]) -> list[Problem]:
    """One ``unknown-channel`` error per contact of an agency that names no channel in
    ``channels`` (the registered channel names, or the channels by name), and, when the
    channels themselves are given, one ``invalid-contact`` error per address its channel's
    optional ``check_address`` refuses (an email contact that is no address, a webhook
    URL that is not http(s))."""
    out: list[Problem] = []
    known = ", ".join(sorted(channels)) or "none"
    for j, a in enumerate(plan.agencies):
        for name, address in a.contacts.items():
            if name not in channels:
                out.append(Problem.worded("unknown-channel", "unknown_channel",
                                          {"agency": a.id, "channel": name, "known": known},
                                          f"agencies[{j}].contacts.{name}", Severity.ERROR,
                                          (a.id,)))
            elif isinstance(channels, Mapping):
                problem = check_address(channels[name], address)
                if problem:
                    out.append(Problem.worded("invalid-contact", "invalid_contact",
                                              {"agency": a.id, "detail": problem},
                                              f"agencies[{j}].contacts.{name}", Severity.ERROR,
                                              (a.id,)))
    return out


def cascade_settings_problems(plan: Plan) -> list[Problem]:
    """Problems of ``settings.cascade``: a table with ``agencies`` (this plan's agency ids
    to the ids of the plan it implements) and ``tasks`` (this plan's task ids to the parent
    tasks they carry out), each a table of text. Whether the parent has those ids is
    checked across the link (``cascade-mapping``, :func:`planflow.check_link`)."""
    c = plan.settings.get("cascade") if isinstance(plan.settings, Mapping) else None
    if c is None:
        return []
    where = "settings.cascade"
    if not isinstance(c, Mapping):
        return [Problem.worded("invalid-settings", "settings_not_table", {}, where)]
    out = [Problem.worded("invalid-settings", "settings_unknown_key", {}, f"{where}.{k}")
           for k in c if k not in ("agencies", "tasks")]
    for what, known in (("agencies", plan.agency_by_id), ("tasks", plan.task_by_id)):
        table = c.get(what)
        if table is None:
            continue
        if not isinstance(table, Mapping):
            out.append(Problem.worded("invalid-settings", "settings_not_ids", {}, f"{where}.{what}"))
            continue
        noun = "agency" if what == "agencies" else "task"
        for k, v in table.items():
            if k not in known:
                out.append(Problem.worded("invalid-settings", f"settings_no_{noun}", {"id": k},
                                          f"{where}.{what}.{k}"))
            if not isinstance(v, str) or not v.strip():
                out.append(Problem.worded("invalid-settings", f"settings_{noun}_text",
                                          {"value": repr(v)}, f"{where}.{what}.{k}"))
    return out


def settings_problems(plan: Plan,
                      channels: Callable[[], Collection[str] | Mapping[str, object]]) -> list[Problem]:
    """Problems of the engine settings, of ``settings.cascade`` and of the agencies'
    contacts (``channels`` gives the registered channels by name, or their names; it is
    called only when an agency has contacts)."""
    out = engine_settings_problems(plan) + cascade_settings_problems(plan)
    if any(a.contacts for a in plan.agencies):
        chans = channels()
        out.extend(contacts_problems(plan, chans if isinstance(chans, Mapping) else set(chans)))
    return out
