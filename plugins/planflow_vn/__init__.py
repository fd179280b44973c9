"""planflow_vn: Vietnamese timeframes, the Vietnamese work calendar and national rules.

Built-in plugin, registered through the ``planflow`` entry point like any third-party
plugin; it imports only planflow's public API.

* :mod:`planflow_vn.timeframes`: "Quý I năm 2023", "Trước ngày 30/6/2023", "Hằng năm",
  "Thường xuyên", "Sau khi … được ban hành" as :class:`planflow.Timeframe` values.
* :mod:`planflow_vn.calendar`: the "vn" work calendar (weekends, public holidays from the
  ``holidays`` package, an office's days off and swapped working days as data), lead
  times in calendar or working days.
* :mod:`planflow_vn.holiday_table`: the package's days as a table made by one release of
  it, read instead of importing the package when that release is installed.
* :mod:`planflow_vn.patterns`: regular expressions compiled on first use.
* :mod:`planflow_vn.rules`: how "trước ngày D" meets days off (a configurable rule).
* :mod:`planflow_vn.reporting`: reporting cadences (the seed's cumulative 3/6/9/12 months,
  Nghị định 09/2019, monthly, quarterly, fixed days, one-off, daily) and the reader of
  reporting sentences (the ``read_regime`` hook: importers reach it through
  :func:`planflow.read_regime`).
* :mod:`planflow_vn.recipients`: the recipient clause of a reporting sentence ("báo cáo
  về UBND huyện (qua Phòng …)"), read here and nowhere else.
* :mod:`planflow_vn.fmt`: "ngày 05 tháng 01 năm 2020", "Quý I năm 2023".
* :mod:`planflow_vn.wording`: the Vietnamese wording (status labels, reminders, and the
  dates, section numbers and occurrence labels documents print), registered through
  ``register_wordings``.
* :mod:`planflow_vn.validation`: signature forms of Nghị định 30/2020.
* :mod:`planflow_vn.agencies`: agency names as match keys across plans ("UBND huyện" and
  "Ủy ban nhân dân huyện Lý Sơn"), the ``agency_keys`` hook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import planflow

from .hooks import (
    agency_keys,
    read_reporting_sentence,
    register_cadences,
    register_calendars,
    register_commands,
    register_timeframe_parsers,
    register_wordings,
    validate_plan,
)

if TYPE_CHECKING:
    from .calendar import (
        DAYS_ENV,
        DECISIONS,
        NOT_LAW,
        Lead,
        VietnamCalendar,
        default_calendar,
        holidays_of,
        parse_lead,
    )
    from .fmt import (
        format_date,
        format_date_short,
        format_month,
        format_quarter,
        format_timeframe,
        from_roman,
        quarter_of,
        to_roman,
    )
    from .recipients import recipient_names
    from .reporting import (
        CADENCES,
        DayAfterCutoff,
        DayOfMonth,
        PeriodicCadence,
        PeriodTemplate,
        WorkingDaysAfter,
        read_regime,
    )
    from .rules import (
        BEFORE_RULES,
        DEFAULT_BEFORE_RULE,
        before_deadline,
        get_before_rule,
    )
    from .timeframes import clean, parse
    from .validation import AUTHORITY_FORMS
    from .wording import STATUS_LABELS, VietnameseWording, occurrence_label
    parse_timeframe = parse

# The rest loads on first use (PEP 562): registering the plugin, which every planflow
# command does, imports only its hooks. No __dir__: pluggy reads dir(module).
_LAZY: dict[str, tuple[str, str]] = {
    "DAYS_ENV": ("calendar", "DAYS_ENV"),
    "DECISIONS": ("calendar", "DECISIONS"),
    "NOT_LAW": ("calendar", "NOT_LAW"),
    "holidays_of": ("calendar", "holidays_of"),
    "Lead": ("calendar", "Lead"),
    "VietnamCalendar": ("calendar", "VietnamCalendar"),
    "default_calendar": ("calendar", "default_calendar"),
    "parse_lead": ("calendar", "parse_lead"),
    "format_date": ("fmt", "format_date"),
    "format_date_short": ("fmt", "format_date_short"),
    "format_month": ("fmt", "format_month"),
    "format_quarter": ("fmt", "format_quarter"),
    "format_timeframe": ("fmt", "format_timeframe"),
    "from_roman": ("fmt", "from_roman"),
    "quarter_of": ("fmt", "quarter_of"),
    "to_roman": ("fmt", "to_roman"),
    "recipient_names": ("recipients", "recipient_names"),
    "CADENCES": ("reporting", "CADENCES"),
    "DayAfterCutoff": ("reporting", "DayAfterCutoff"),
    "DayOfMonth": ("reporting", "DayOfMonth"),
    "PeriodTemplate": ("reporting", "PeriodTemplate"),
    "PeriodicCadence": ("reporting", "PeriodicCadence"),
    "WorkingDaysAfter": ("reporting", "WorkingDaysAfter"),
    "read_regime": ("reporting", "read_regime"),
    "BEFORE_RULES": ("rules", "BEFORE_RULES"),
    "DEFAULT_BEFORE_RULE": ("rules", "DEFAULT_BEFORE_RULE"),
    "before_deadline": ("rules", "before_deadline"),
    "get_before_rule": ("rules", "get_before_rule"),
    "clean": ("timeframes", "clean"),
    "parse": ("timeframes", "parse"),
    "parse_timeframe": ("timeframes", "parse"),
    "AUTHORITY_FORMS": ("validation", "AUTHORITY_FORMS"),
    "STATUS_LABELS": ("wording", "STATUS_LABELS"),
    "VietnameseWording": ("wording", "VietnameseWording"),
    "occurrence_label": ("wording", "occurrence_label"),
}


__getattr__ = planflow.lazy_attributes(__name__, _LAZY)


__all__ = [
    "AUTHORITY_FORMS",
    "BEFORE_RULES",
    "CADENCES",
    "DAYS_ENV",
    "DECISIONS",
    "DEFAULT_BEFORE_RULE",
    "NOT_LAW",
    "DayAfterCutoff",
    "DayOfMonth",
    "STATUS_LABELS",
    "Lead",
    "PeriodTemplate",
    "PeriodicCadence",
    "VietnamCalendar",
    "VietnameseWording",
    "WorkingDaysAfter",
    "agency_keys",
    "before_deadline",
    "clean",
    "default_calendar",
    "format_date",
    "format_date_short",
    "format_month",
    "format_quarter",
    "format_timeframe",
    "from_roman",
    "get_before_rule",
    "holidays_of",
    "occurrence_label",
    "parse",
    "parse_lead",
    "parse_timeframe",
    "quarter_of",
    "read_regime",
    "read_reporting_sentence",
    "recipient_names",
    "register_cadences",
    "register_calendars",
    "register_commands",
    "register_timeframe_parsers",
    "register_wordings",
    "to_roman",
    "validate_plan",
]
