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
from .engine import Engine, TickResult
from .errors import (
    PlanFileError,
    PlanflowError,
    PlanValidationError,
    PluginError,
    StoreConflict,
    StoreError,
    TimeframeError,
)
from .evaluation import (
    Evaluation,
    Evaluator,
    Event,
    EventKind,
    ObligationState,
    TaskState,
    evaluate,
)
from .formats import Importer, ImportResult, RenderContext, Renderer, write_atomically
from .hookspecs import hookimpl
from .loader import load
from .notification import Channel, Notification, OutboxRow, row_notification
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
from .records import ProgressRecord, Snapshot, Submission, plan_key
from .regime import Hop, Obligation, Regime, ReportPeriod
from .schedule import Schedule, ScheduleEntry
from .settings import (
    EngineConfig,
    EngineSettings,
    Escalation,
    Policy,
    PolicySettings,
    SettingsError,
    contacts_problems,
    engine_settings,
    engine_settings_problems,
)
from .status import Status
from .task import Task
from .timeframe import Kind, Timeframe, TimeframeContext, parse_iso, resolve_timeframe
from .wording import EnglishWording, Wording, wording_for

if TYPE_CHECKING:
    from .store import Store, StoreTransaction

# The store needs SQLAlchemy, which takes longer to import than the rest of planflow
# together: it loads on first use (``planflow.Store``), so commands and tools that only
# read, validate, schedule and evaluate plans start quickly.
_LAZY = dict.fromkeys(("Store", "StoreTransaction"), "store")


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
    "EngineSettings",
    "EnglishWording",
    "Escalation",
    "Evaluation",
    "Evaluator",
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
    "PolicySettings",
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
    "StoreConflict",
    "StoreError",
    "StoreTransaction",
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
    "add_working_days",
    "agenda",
    "check_cascade",
    "contacts_problems",
    "derive_deadlines",
    "dumps_plan",
    "engine_settings",
    "engine_settings_problems",
    "evaluate",
    "get_cadence",
    "get_calendar",
    "get_renderer",
    "hookimpl",
    "importer_for",
    "load",
    "load_plan",
    "next_working_day",
    "obligations",
    "parent_deadlines",
    "parse_iso",
    "plan_from_dict",
    "plan_key",
    "pm",
    "regime_readers",
    "report_periods",
    "resolve_timeframe",
    "roll_forward",
    "row_notification",
    "timeframe_parsers",
    "to_ics",
    "wording_for",
    "working_days_between",
    "write_atomically",
    "__version__",
]
