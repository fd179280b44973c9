"""planflow: government action plans as dependency graphs of tasks with owners and deadlines.

Everything a user or a plugin may touch is re-exported here (see ``__all__``); other
modules are implementation.
"""

from __future__ import annotations

from .agency import Agency
from .agenda import AgendaEntry, agenda, to_ics
from .cadence import AdHocCadence, Cadence, ExplicitCadence, obligations, report_periods
from .calendar import (
    WeekdayCalendar,
    WorkCalendar,
    add_working_days,
    next_working_day,
    roll_forward,
    working_days_between,
)
from .cascade import HopDeadline, check_cascade, derive_deadlines, parent_deadlines
from .document import DocumentInfo, DocumentRef, Signature
from .errors import PlanFileError, PlanflowError, PlanValidationError, PluginError, TimeframeError
from .formats import Importer, ImportResult, RenderContext, Renderer, write_atomically
from .hookspecs import hookimpl
from .loader import load
from .plan import Period, Plan
from .planfile import dumps_plan, load_plan, plan_from_dict
from .plugins import (
    get_cadence,
    get_calendar,
    get_renderer,
    importer_for,
    pm,
    regime_readers,
    timeframe_parsers,
)
from .problem import Problem, Severity
from .regime import Hop, Obligation, Regime, ReportPeriod
from .schedule import Schedule, ScheduleEntry
from .task import Task
from .timeframe import Kind, Timeframe, TimeframeContext, parse_iso, resolve_timeframe

__version__ = "0.1.0"

__all__ = [
    "AdHocCadence",
    "AgendaEntry",
    "Agency",
    "Cadence",
    "DocumentInfo",
    "DocumentRef",
    "ExplicitCadence",
    "Hop",
    "HopDeadline",
    "ImportResult",
    "Importer",
    "Kind",
    "Obligation",
    "Period",
    "Plan",
    "PlanFileError",
    "PlanValidationError",
    "PlanflowError",
    "PluginError",
    "Problem",
    "Regime",
    "RenderContext",
    "Renderer",
    "ReportPeriod",
    "Schedule",
    "ScheduleEntry",
    "Severity",
    "Signature",
    "Task",
    "Timeframe",
    "TimeframeContext",
    "TimeframeError",
    "WeekdayCalendar",
    "WorkCalendar",
    "__version__",
    "add_working_days",
    "agenda",
    "check_cascade",
    "derive_deadlines",
    "dumps_plan",
    "get_cadence",
    "get_calendar",
    "get_renderer",
    "importer_for",
    "hookimpl",
    "load",
    "load_plan",
    "next_working_day",
    "obligations",
    "parent_deadlines",
    "parse_iso",
    "plan_from_dict",
    "pm",
    "regime_readers",
    "report_periods",
    "resolve_timeframe",
    "roll_forward",
    "timeframe_parsers",
    "to_ics",
    "working_days_between",
    "write_atomically",
]
