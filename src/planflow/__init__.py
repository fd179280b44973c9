"""planflow: government action plans as dependency graphs of tasks with owners and deadlines.

Everything a user or a plugin may touch is re-exported here (see ``__all__``); other
modules are implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from .notification import Channel, Notification
from .plan import Period, Plan
from .planfile import dumps_plan, load_plan, plan_from_dict
from .plugins import (
    get_cadence,
    get_calendar,
    get_renderer,
    importer_for,
    pm,
    read_regime,
    timeframe_parsers,
)
from .problem import Problem, Severity
from .regime import Hop, Obligation, Regime, ReportPeriod
from .schedule import Schedule, ScheduleEntry
from .status import Status
from .task import Task
from .text import nfc
from .timeframe import Kind, Timeframe, TimeframeContext, parse_iso, resolve_timeframe
from .wording import EnglishWording, Wording, wording_for

if TYPE_CHECKING:
    from .engine import (
        Engine,
        EngineConfig,
        Escalation,
        Evaluation,
        Event,
        EventKind,
        ObligationState,
        Policy,
        SettingsError,
        TaskState,
        TickResult,
        evaluate,
    )
    from .store import OutboxRow, ProgressRecord, Snapshot, Store, StoreError, Submission, plan_key

# The tracking engine and its store need SQLAlchemy, which takes longer to import than the
# rest of planflow together: they load on first use (``planflow.Store``...), so commands
# and tools that only read, validate and schedule plans start quickly.
_LAZY = {
    **dict.fromkeys(("Engine", "EngineConfig", "Escalation", "Evaluation", "Event", "EventKind",
                     "ObligationState", "Policy", "SettingsError", "TaskState", "TickResult",
                     "evaluate"), "engine"),
    **dict.fromkeys(("OutboxRow", "ProgressRecord", "Snapshot", "Store", "StoreError",
                     "Submission", "plan_key"), "store"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'planflow' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "AdHocCadence",
    "Agency",
    "AgendaEntry",
    "Cadence",
    "Channel",
    "DocumentInfo",
    "DocumentRef",
    "Engine",
    "EngineConfig",
    "EnglishWording",
    "Escalation",
    "Evaluation",
    "Event",
    "EventKind",
    "ExplicitCadence",
    "Hop",
    "HopDeadline",
    "ImportResult",
    "Importer",
    "Kind",
    "Notification",
    "Obligation",
    "ObligationState",
    "OutboxRow",
    "Period",
    "Plan",
    "PlanFileError",
    "PlanValidationError",
    "PlanflowError",
    "PluginError",
    "Policy",
    "Problem",
    "ProgressRecord",
    "Regime",
    "RenderContext",
    "Renderer",
    "ReportPeriod",
    "Schedule",
    "ScheduleEntry",
    "SettingsError",
    "Severity",
    "Signature",
    "Snapshot",
    "Status",
    "Store",
    "StoreError",
    "Submission",
    "Task",
    "TaskState",
    "TickResult",
    "Timeframe",
    "TimeframeContext",
    "TimeframeError",
    "WeekdayCalendar",
    "Wording",
    "WorkCalendar",
    "__version__",
    "add_working_days",
    "agenda",
    "check_cascade",
    "derive_deadlines",
    "dumps_plan",
    "evaluate",
    "get_cadence",
    "get_calendar",
    "get_renderer",
    "hookimpl",
    "importer_for",
    "load",
    "load_plan",
    "next_working_day",
    "nfc",
    "obligations",
    "parent_deadlines",
    "parse_iso",
    "plan_from_dict",
    "plan_key",
    "pm",
    "read_regime",
    "report_periods",
    "resolve_timeframe",
    "roll_forward",
    "timeframe_parsers",
    "to_ics",
    "wording_for",
    "working_days_between",
    "write_atomically",
]
