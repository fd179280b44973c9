"""planflow: government action plans as dependency graphs of tasks with owners and deadlines.

Everything a user or a plugin may touch is re-exported here (see ``__all__``); other
modules are implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .agency import Agency
from .agenda import AgendaEntry, agenda, to_ics
from .cadence import (
    AdHocCadence,
    Cadence,
    ExplicitCadence,
    cadence_problems,
    check_cadence_params,
    obligations,
    params_problems,
    report_periods,
    structure_params,
)
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
    DeliveryError,
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
from .graph import to_networkx
from .hookspecs import hookimpl
from .loader import load
from .notification import (
    Channel,
    Notification,
    OutboxRow,
    check_address,
    delivery_deadline,
    row_notification,
)
from .periods import (
    PeriodUnit,
    Span,
    add_months,
    days_in_month,
    half_of,
    half_span,
    is_whole,
    iter_units,
    month_count,
    month_end,
    month_span,
    on_day,
    quarter_of,
    quarter_span,
    school_year_of,
    school_year_span,
    to_date,
    unit_end,
    unit_span,
    unit_start,
    year_span,
)
from .plan import Period, Plan
from .planfile import dumps_plan, load_plan, plan_from_dict, unstructure_plan
from .problem import Problem, Severity
from .records import ProgressRecord, Snapshot, Submission, plan_key
from .regime import Hop, Obligation, Regime, ReportPeriod
from .registry import (
    Registry,
    bind,
    default_registry,
    read_regime,
    registry_of,
    timeframe_context,
    work_calendar,
)
from .schedule import Schedule, ScheduleEntry, compute_schedule
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
from .text import nfc
from .timeframe import (
    Kind,
    Timeframe,
    TimeframeContext,
    TimeframeParser,
    parse_iso,
    resolve_timeframe,
)
from .validation import validate
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
    "__version__",
    "add_months",
    "add_working_days",
    "AdHocCadence",
    "Agency",
    "agenda",
    "AgendaEntry",
    "bind",
    "Cadence",
    "cadence_problems",
    "Channel",
    "check_address",
    "check_cadence_params",
    "check_cascade",
    "compute_schedule",
    "contacts_problems",
    "days_in_month",
    "default_registry",
    "delivery_deadline",
    "DeliveryError",
    "derive_deadlines",
    "DocumentInfo",
    "DocumentRef",
    "dumps_plan",
    "Engine",
    "engine_settings",
    "engine_settings_problems",
    "EngineConfig",
    "EngineSettings",
    "EnglishWording",
    "Escalation",
    "evaluate",
    "Evaluation",
    "Evaluator",
    "Event",
    "EventKind",
    "ExplicitCadence",
    "half_of",
    "half_span",
    "hookimpl",
    "Hop",
    "HopDeadline",
    "Importer",
    "ImportResult",
    "is_whole",
    "iter_units",
    "Kind",
    "load",
    "load_plan",
    "month_count",
    "month_end",
    "month_span",
    "next_working_day",
    "nfc",
    "Notification",
    "Obligation",
    "obligations",
    "ObligationState",
    "on_day",
    "OutboxRow",
    "params_problems",
    "parent_deadlines",
    "parse_iso",
    "Period",
    "PeriodUnit",
    "Plan",
    "plan_from_dict",
    "plan_key",
    "PlanFileError",
    "PlanflowError",
    "PlanValidationError",
    "PluginError",
    "Policy",
    "PolicySettings",
    "Problem",
    "ProgressRecord",
    "quarter_of",
    "quarter_span",
    "read_regime",
    "Regime",
    "Registry",
    "registry_of",
    "RenderContext",
    "Renderer",
    "report_periods",
    "ReportPeriod",
    "resolve_timeframe",
    "roll_forward",
    "row_notification",
    "Schedule",
    "ScheduleEntry",
    "school_year_of",
    "school_year_span",
    "SettingsError",
    "Severity",
    "Signature",
    "Snapshot",
    "Span",
    "Status",
    "Store",
    "StoreConflict",
    "StoreError",
    "StoreTransaction",
    "structure_params",
    "Submission",
    "Task",
    "TaskState",
    "TickResult",
    "Timeframe",
    "timeframe_context",
    "TimeframeContext",
    "TimeframeError",
    "TimeframeParser",
    "to_date",
    "to_ics",
    "to_networkx",
    "unit_end",
    "unit_span",
    "unit_start",
    "unstructure_plan",
    "validate",
    "WeekdayCalendar",
    "Wording",
    "wording_for",
    "work_calendar",
    "WorkCalendar",
    "working_days_between",
    "write_atomically",
    "year_span",
]
