"""The hook implementations planflow calls (re-exported by the package)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import planflow

# Each hook imports its module on first call: registering the plugin (every command does)
# costs next to nothing; the regular expressions and holiday tables load when used.

__all__ = [
    "agency_keys",
    "read_reporting_sentence",
    "register_cadences",
    "register_calendars",
    "register_commands",
    "register_timeframe_parsers",
    "register_wordings",
    "validate_plan",
]


@planflow.hookimpl
def agency_keys(agency: Any, plan: Any) -> list[str]:
    """Vietnamese agency names as match keys (:func:`planflow_vn.agencies.agency_keys`)."""
    from .agencies import agency_keys as keys

    return keys(agency, plan)


@planflow.hookimpl
def register_timeframe_parsers(register: Callable[..., None]) -> None:
    """The Vietnamese timeframe reader (:func:`planflow_vn.timeframes.parse`)."""
    from .timeframes import parse

    register(parse)


@planflow.hookimpl
def register_calendars(register: Callable[..., None]) -> None:
    """The "vn" work calendar (public holidays from the ``holidays`` package)."""
    from .calendar import default_calendar

    register(default_calendar())


@planflow.hookimpl
def register_wordings(register: Callable[..., None]) -> None:
    """The Vietnamese wording (status labels, reminders and escalation letters:
    :class:`planflow_vn.wording.VietnameseWording`)."""
    from .wording import VietnameseWording

    register(VietnameseWording())


@planflow.hookimpl
def validate_plan(plan: Any) -> list[planflow.Problem]:
    """Signature authority forms (Nghị định 30/2020) and the "trước ngày" rule setting."""
    from .validation import problems

    return problems(plan)


#: the reporting cadences, in :data:`planflow_vn.reporting.CADENCES`'s order, each by where
#: it is: the ``cumulative`` one (the commonest) in a module of its own
CADENCE_TARGETS = (("cumulative", "planflow_vn.cumulative:CUMULATIVE"),
                   ("nd09", "planflow_vn.reporting:ND09"),
                   ("monthly", "planflow_vn.reporting:MONTHLY"),
                   ("quarterly", "planflow_vn.reporting:QUARTERLY"),
                   ("fixed_days", "planflow_vn.reporting:FIXED_DAYS"),
                   ("once", "planflow_vn.reporting:ONCE"),
                   ("daily", "planflow_vn.reporting:DAILY"),
                   ("mixed", "planflow_vn.reporting:MIXED"),
                   ("unresolved", "planflow_vn.reporting:UNRESOLVED"))


@planflow.hookimpl
def register_cadences(register: Callable[..., None]) -> None:
    """The Vietnamese reporting cadences (:mod:`planflow_vn.reporting`), each imported
    when a plan names it (:class:`planflow.Deferred`): a plan of the ``cumulative``
    cadence does not load the others' classes and the reader of reporting sentences."""
    for name, target in CADENCE_TARGETS:
        register(planflow.Deferred(name, target))


@planflow.hookimpl(specname="read_regime")
def read_reporting_sentence(text: str, context: planflow.TimeframeContext | None) -> planflow.Regime | None:
    """The regime a Vietnamese reporting sentence sets (:func:`planflow_vn.reporting.read_regime`),
    agency names in ``params``; None when the sentence is not about reports."""
    from .reporting import read_regime

    return read_regime(text, context)


@planflow.hookimpl
def register_commands(cli: Any) -> None:
    """``planflow holidays YEAR [--json]``: the days off and swapped working days of the
    "vn" calendar, each with its source."""
    import click

    group: click.Group = cli

    @group.command()
    @click.argument("year", type=int)
    @click.option("--json", "as_json", is_flag=True, help="Print a list of {date, kind, name, source}.")
    def holidays(year: int, as_json: bool) -> None:
        """List each day off and swapped working day of YEAR on the "vn" calendar, with its
        source (the holidays package, a Government decision, or the office's data file)."""
        if not 1900 < year < 2200:
            raise planflow.PlanflowError(f"holidays: {year} is not a year between 1901 and 2199")
        from .calendar import holidays_of

        rows = holidays_of(year)
        if as_json:
            import json

            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for r in rows:
            kind = "nghỉ" if r["kind"] == "off" else "làm bù"
            click.echo(f"{r['date']}  {kind:7} {r['name']}  [{r['source']}]")
