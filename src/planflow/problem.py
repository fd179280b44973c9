"""Problems: what validation finds, each naming where and what.

A problem carries its words twice: ``message``, the English sentence (the API, JSON,
tools), and a phrase ``key`` with its ``fields``, from which a wording writes the same
finding in its own language (:func:`planflow.problem_line`; the command line prints
problems that way). :data:`PROBLEMS` holds the core's English templates;
:data:`planflow.PHRASES` carries them as ``problem.<key>``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date

import attrs

__all__ = ["PROBLEMS", "FieldValue", "Problem", "Severity", "fill"]

#: a field's value: text, a number, or a day (each wording prints days its own way)
FieldValue = str | int | date


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _fields(value: Mapping[str, FieldValue] | Iterable[tuple[str, FieldValue]]
            ) -> tuple[tuple[str, FieldValue], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), v) for k, v in items)


class Severity(str, enum.Enum):
    """How bad a finding is: errors stop scheduling, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


def fill(template: str, fields: Iterable[tuple[str, FieldValue]],
         day: Callable[[date], str] = date.isoformat) -> str:
    """``template`` with ``fields`` filled in, days written by ``day`` (ISO by default)."""
    return template.format(**{k: day(v) if isinstance(v, date) else v for k, v in fields})


#: The core's problems in English, by phrase key (``{fields}`` as :meth:`str.format`
#: reads them; a day field is printed as the wording prints dates). A wording gives its
#: own under ``problem.<key>`` in its ``phrases``, with the same fields.
PROBLEMS: dict[str, str] = {
    # validation: ids and references
    "duplicate_task": "task id {task!r} is used again (first at tasks[{first}])",
    "duplicate_agency": "agency id {agency!r} is used again",
    "unknown_dependency": "task {task!r} depends on unknown task {dependency!r}",
    "unknown_lead": "task {task!r} names unknown lead agency {agency!r}",
    "unknown_partner": "task {task!r} names unknown partner agency {agency!r}",
    "unknown_parent": "agency {agency!r} has unknown parent {parent!r}",
    "regime_unknown_agency": "the reporting regime names unknown agency {agency!r}",
    "chain_unknown_agency": "the reporting chain names unknown agency {agency!r}",
    "broken_chain": "the reporting chain breaks: {agency!r} reports to {to!r}, but the next "
                    "hop starts at {next!r}",
    "no_lead": "task {task!r} has no lead agency",
    "deadline_before_dependency": "task {task!r} is due {due}, before task {dependency!r} it "
                                  "depends on is due {dependency_due}",
    "deadline_before_issue": "task {task!r} ({title}) is due {due}, before the plan starts on "
                             "{start} (its issue date or settings.engine.start)",
    "cycle": "dependency cycle: {path}",
    "cycle_knot": "dependency cycle: {path} ({n} tasks are caught in this knot)",
    # timeframes
    "invalid_timeframe": "timeframe {text!r} of task {task!r}: {reason}",
    "no_timeframe": "task {task!r} has no timeframe",
    "untracked_accepted": "timeframe {text!r} of task {task!r}: {reason} (tracked by hand: "
                          "settings.engine.untracked = \"accept\")",
    "untracked": "timeframe {text!r} of task {task!r}: {reason}; write a date or a window, or "
                 "set settings.engine.untracked = \"accept\" to follow it by hand",
    "unreadable_accepted": "timeframe {text!r} of task {task!r}: no timeframe parser reads "
                           "these words (tracked by hand: settings.engine.untracked = \"accept\")",
    "unreadable": "timeframe {text!r} of task {task!r}: no timeframe parser reads these words; "
                  "write a date or a window, or set settings.engine.untracked = \"accept\" to "
                  "follow it by hand",
    "timeframe_note": "timeframe {text!r}: {note}",
    "timeframe_note_unstated": "{note}",
    # limits
    "no_tasks": "the plan has no tasks",
    "period_out_of_range": "a plan's period lies in the years {first_year} to {last_year}, not "
                           "{start}/{end}",
    "too_long": "task {task!r} lasts at most {most} days, not {days}",
    "too_long_working": "task {task!r} lasts at most {most} days, not {days} working days",
    "duration_conflict": "task {task!r} gives both duration_days ({days}) and "
                         "duration_working_days ({working}): give one",
    "date_out_of_range": "task {task!r}: {day} is outside the years {first_year} to {last_year}",
    # sections
    "section_unknown_task": "section {section!r} names unknown task {task!r}",
    "section_task_twice": "task {task!r} is in section {first!r} and again in {section!r}",
    # plugins' names
    "unknown_calendar": "{detail}",
    "unknown_cadence": "{detail}",
    "cadence_params": "cadence {cadence!r}: {detail}",
    "report_due_before_period": "report {period!r} is due {due}, before the period it covers "
                                "starts ({start})",
    # settings
    "invalid_settings": "{detail}",
    "settings_not_table": "expected a table",
    "settings_unknown_key": "unknown key",
    "settings_not_ids": "expected a table of ids",
    "settings_no_agency": "the plan has no agency {id!r}",
    "settings_no_task": "the plan has no task {id!r}",
    "settings_agency_text": "expected the parent plan's agency id as text, got {value}",
    "settings_task_text": "expected the parent plan's task id as text, got {value}",
    "unknown_channel": "agency {agency!r} has a contact on {channel!r}, which is no registered "
                       "channel (registered: {known})",
    "invalid_contact": "agency {agency!r}: {detail}",
    # cascades (the plans are named by their symbols or titles)
    "cascade_unmatched": "{plan} has reports for {period!r} (key {key!r}) that {parent} does "
                         "not ask for",
    "cascade_late": "{plan} has {period!r} reports due {due}, after {parent} is due {parent_due}",
    "cascade_hop": "{plan} has {period!r} reports due {due}: {agency} needs {days} working "
                   "day{s} to pass them to {to} by {deliver_by} for {parent}, due {parent_due}, "
                   "but has {have}",
    "cascade_hop_none": "{plan} has {period!r} reports due {due}: {agency} needs {days} working "
                        "day{s} to pass them to {to} by {deliver_by} for {parent}, due "
                        "{parent_due}, but has none: the reports come after that day",
    "link_late": "{plan}'s {period!r} reports are due {due}, after {parent}'s {parent_period!r} "
                 "({parent_agency}), due {parent_due}",
    "link_hop": "{plan}'s {period!r} reports are due {due}: {agency} needs {days} working "
                "day{s} to pass them to {to} by {deliver_by} for {parent}'s {parent_period!r} "
                "({parent_agency}), due {parent_due}, but has {have}",
    "link_hop_none": "{plan}'s {period!r} reports are due {due}: {agency} needs {days} working "
                     "day{s} to pass them to {to} by {deliver_by} for {parent}'s "
                     "{parent_period!r} ({parent_agency}), due {parent_due}, but has none: the "
                     "reports come after that day",
    "cascade_mapping_agency": "{plan} maps its agency {id!r} to {parent_id!r}, but {parent}, "
                              "the plan it implements, has no such agency",
    "cascade_mapping_task": "{plan} says its task {id!r} carries out {parent_id!r}, but "
                            "{parent}, the plan it implements, has no such task",
    "cascade_agency_guess": "{plan}'s agency {id!r} ({name}) taken for {parent}'s {parent_id!r} "
                            "({parent_name}) by its name; confirm it in {plan}'s "
                            "settings.cascade.agencies",
    "cascade_task_guess": "{plan}'s task {id!r} ({title}) taken to carry out {parent}'s task "
                          "{parent_id!r} ({parent_title}) by its title; confirm it in {plan}'s "
                          "settings.cascade.tasks",
    "cascade_task_deadline": "{plan}'s task {id!r} ({title}) is due {due}, after {parent}'s "
                             "task {parent_id!r} ({parent_title}) it carries out, due {parent_due}",
    "cascade_uncovered": "{parent}'s task {parent_id!r} ({parent_title}), due {parent_due}, is "
                         "led by {agency}, whose plan {plan} (issued {issued}) has no task "
                         "carrying it out (or map one in settings.cascade.tasks)",
    "cascade_uncovered_undated": "{parent}'s task {parent_id!r} ({parent_title}), due with no "
                                 "date, is led by {agency}, whose plan {plan} (issued {issued}) "
                                 "has no task carrying it out (or map one in "
                                 "settings.cascade.tasks)",
    "cascade_no_regime": "{parent} expects {agency}'s reports (first {period!r}, due {due}), but "
                         "its plan {plan} (issued {issued}) sets no reporting regime to gather "
                         "them",
}


@attrs.frozen(slots=True)
class Problem:
    """One validation finding.

    ``code`` is stable for tools (``"cycle"``, ``"unknown-task"``, ``"unknown-agency"``,
    ``"deadline-before-dependency"``, ``"duplicate-id"``...); ``where`` a path in the plan
    file's terms (``tasks[3].lead``); ``message`` the sentence a person reads, in English;
    ``subjects`` the ids involved (a cycle lists its whole path). ``key`` and ``fields``
    are the same sentence as a phrase key and the values it names (ids, numbers, days),
    for wordings to write it in their language (:func:`planflow.problem_line`); a problem
    without a key is printed as its ``message`` in every language. Make one with
    :meth:`worded`.
    """

    code: str
    message: str
    where: str = ""
    severity: Severity = Severity.ERROR
    subjects: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    key: str = ""
    fields: tuple[tuple[str, FieldValue], ...] = attrs.field(default=(), converter=_fields)

    @classmethod
    def worded(cls, code: str, key: str, fields: Mapping[str, FieldValue], where: str = "",
               severity: Severity = Severity.ERROR, subjects: Iterable[str] = (), *,
               template: str | None = None) -> Problem:
        """A problem whose ``message`` is ``template`` (else the core's template for
        ``key`` in :data:`PROBLEMS`) with ``fields`` filled in, days in ISO form.

        A plugin passes its own English ``template`` and gives its other languages
        under ``problem.<key>`` in its wordings' ``phrases``.
        """
        pairs = _fields(fields)
        text = template if template is not None else PROBLEMS[key]
        return cls(code, fill(text, pairs), where, severity, tuple(subjects), key, pairs)

    def __str__(self) -> str:
        place = f"{self.where}: " if self.where else ""
        return f"{self.severity.value}: {place}{self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity.value, "where": self.where,
                "message": self.message, "subjects": list(self.subjects)}
