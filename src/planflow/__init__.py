"""planflow: government action plans as dependency graphs of tasks with owners and deadlines.

Everything a user or a plugin may touch is re-exported here (see ``__all__``); other
modules are implementation.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .document import AGENCY_NAMES, SECTION_ROLES, DocumentInfo, DocumentRef, Section, Signature
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
    from .lazy import lazy_attributes
    from .lifespan import plan_start
    from .loader import load
    from .notification import (
        Channel,
        Notification,
        OutboxRow,
        check_address,
        delivery_deadline,
        row_notification,
    )
    from .overview import OwedItem, PlanSummary, StoreOverview, evaluate_store
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
    from .portfolio import (
        AgencyMatch,
        AgencyPair,
        OverdueItem,
        PlanLink,
        PlanStatus,
        Portfolio,
        TaskPair,
        TreeNode,
        check_link,
        find_links,
        match_agencies,
        match_tasks,
        plan_status,
    )
    from .problem import Problem, Severity
    from .records import PlanAdded, PlanRevision, ProgressRecord, Snapshot, Submission, plan_key
    from .regime import REPORTERS_SCOPES, Hop, Obligation, Regime, ReportPeriod
    from .registry import (
        Deferred,
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
    from .spreadsheet import Sheet, xlsx_bytes
    from .status import Status
    from .store import Store, StoreTransaction
    from .task import Task
    from .text import nfc
    from .timeframe import (
        Kind,
        Timeframe,
        TimeframeContext,
        TimeframeParser,
        parse_iso,
        resolve_timeframe,
        untracked_reason,
    )
    from .validation import validate
    from .wording import (
        PHRASES,
        EnglishWording,
        Wording,
        error_message,
        format_day,
        phrase,
        problem_line,
        problem_message,
        wording_for,
    )

# Every name loads on first use (PEP 562): ``import planflow`` costs next to nothing, and
# a command or a plugin pays only for the modules it touches (numpy, cattrs, networkx,
# SQLAlchemy... take longer to import than planflow's own code). ``from planflow import
# X`` and ``planflow.X`` work as for any module; names resolve from this table.
_LAZY: dict[str, str] = {
    "Agency": "agency",
    "AgendaEntry": "agenda", "agenda": "agenda", "to_ics": "agenda",
    "AdHocCadence": "cadence", "Cadence": "cadence", "ExplicitCadence": "cadence",
    "cadence_problems": "cadence", "check_cadence_params": "cadence", "obligations": "cadence",
    "params_problems": "cadence", "report_periods": "cadence", "structure_params": "cadence",
    "WeekdayCalendar": "calendar", "WorkCalendar": "calendar", "add_working_days": "calendar",
    "next_working_day": "calendar", "roll_forward": "calendar",
    "working_days_between": "calendar",
    "HopDeadline": "cascade", "check_cascade": "cascade", "derive_deadlines": "cascade",
    "parent_deadlines": "cascade",
    "AGENCY_NAMES": "document", "SECTION_ROLES": "document",
    "DocumentInfo": "document", "DocumentRef": "document", "Section": "document",
    "Signature": "document",
    "Engine": "engine", "TickResult": "engine",
    "DeliveryError": "errors", "PlanFileError": "errors", "PlanValidationError": "errors", "PlanflowError": "errors",
    "PluginError": "errors", "StoreConflict": "errors", "StoreError": "errors",
    "TimeframeError": "errors",
    "Evaluation": "evaluation", "Evaluator": "evaluation", "Event": "evaluation",
    "EventKind": "evaluation", "ObligationState": "evaluation", "TaskState": "evaluation",
    "evaluate": "evaluation",
    "ImportResult": "formats", "Importer": "formats", "RenderContext": "formats", "Worded": "text",
    "Renderer": "formats", "write_atomically": "formats",
    "to_networkx": "graph",
    "hookimpl": "hookspecs",
    "load": "loader",
    "Channel": "notification", "Notification": "notification", "OutboxRow": "notification",
    "row_notification": "notification", "check_address": "notification",
    "delivery_deadline": "notification",
    "PeriodUnit": "periods", "Span": "periods", "add_months": "periods",
    "days_in_month": "periods", "half_of": "periods", "half_span": "periods",
    "is_whole": "periods", "iter_units": "periods", "month_count": "periods",
    "month_end": "periods", "month_span": "periods", "on_day": "periods",
    "quarter_of": "periods", "quarter_span": "periods", "school_year_of": "periods",
    "school_year_span": "periods", "to_date": "periods", "unit_end": "periods",
    "unit_span": "periods", "unit_start": "periods", "year_span": "periods",
    "Period": "plan", "Plan": "plan",
    "dumps_plan": "planfile", "load_plan": "planfile", "plan_from_dict": "planfile",
    "unstructure_plan": "planfile",
    "Problem": "problem", "Severity": "problem",
    "AgencyMatch": "portfolio", "AgencyPair": "portfolio", "OverdueItem": "portfolio", "PlanLink": "portfolio", "PlanStatus": "portfolio", "Portfolio": "portfolio",
    "TaskPair": "portfolio", "TreeNode": "portfolio", "check_link": "portfolio", "find_links": "portfolio", "match_agencies": "portfolio", "match_tasks": "portfolio", "plan_status": "portfolio",
    "PlanAdded": "records", "PlanRevision": "records",
    "ProgressRecord": "records", "Snapshot": "records", "Submission": "records",
    "plan_key": "records",
    "Hop": "regime", "Obligation": "regime", "Regime": "regime", "ReportPeriod": "regime",
    "REPORTERS_SCOPES": "regime",
    "Deferred": "registry", "Registry": "registry", "bind": "registry", "default_registry": "registry",
    "read_regime": "registry", "registry_of": "registry", "timeframe_context": "registry",
    "work_calendar": "registry",
    "Schedule": "schedule", "ScheduleEntry": "schedule", "compute_schedule": "schedule",
    "EngineConfig": "settings", "EngineSettings": "settings", "Escalation": "settings",
    "Policy": "settings", "PolicySettings": "settings", "SettingsError": "settings",
    "contacts_problems": "settings", "engine_settings": "settings",
    "engine_settings_problems": "settings", "plan_start": "lifespan",
    "Status": "status",
    "Store": "store", "StoreTransaction": "store",
    "Task": "task",
    "nfc": "text",
    "lazy_attributes": "lazy",
    "Kind": "timeframe", "Timeframe": "timeframe", "TimeframeContext": "timeframe",
    "TimeframeParser": "timeframe", "parse_iso": "timeframe", "resolve_timeframe": "timeframe",
    "untracked_reason": "timeframe",
    "validate": "validation",
    "EnglishWording": "wording", "Wording": "wording", "wording_for": "wording",
    "PHRASES": "wording", "format_day": "wording", "phrase": "wording",
    "problem_line": "wording", "problem_message": "wording", "error_message": "wording",
    "note_message": "wording",
    "OwedItem": "overview", "PlanSummary": "overview", "StoreOverview": "overview",
    "evaluate_store": "overview",
    "Sheet": "spreadsheet", "xlsx_bytes": "spreadsheet",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'planflow' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """``planflow.agenda`` stays the function when the submodule of that name loads (the
    import system sets a package's attribute to each submodule it imports)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "agenda" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__version__ = "0.1.0"

__all__ = [
    "__version__",
    "add_months",
    "add_working_days",
    "AdHocCadence",
    "Agency",
    "agenda",
    "AGENCY_NAMES",
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
    "Deferred",
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
    "Worded",
    "is_whole",
    "iter_units",
    "Kind",
    "lazy_attributes",
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
    "plan_start",
    "PlanAdded",
    "PlanFileError",
    "PlanflowError",
    "PlanRevision",
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
    "REPORTERS_SCOPES",
    "resolve_timeframe",
    "untracked_reason",
    "roll_forward",
    "row_notification",
    "Schedule",
    "ScheduleEntry",
    "school_year_of",
    "school_year_span",
    "SettingsError",
    "Severity",
    "Section",
    "SECTION_ROLES",
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
    "PHRASES",
    "format_day",
    "phrase",
    "problem_line",
    "problem_message",
    "error_message",
    "note_message",
    "OwedItem",
    "PlanSummary",
    "StoreOverview",
    "evaluate_store",
    "Sheet",
    "xlsx_bytes",
    "work_calendar",
    "WorkCalendar",
    "working_days_between",
    "write_atomically",
    "year_span",
    "AgencyMatch",
    "AgencyPair",
    "OverdueItem",
    "PlanLink",
    "PlanStatus",
    "Portfolio",
    "TaskPair",
    "TreeNode",
    "check_link",
    "find_links",
    "match_agencies",
    "match_tasks",
    "plan_status",
]
