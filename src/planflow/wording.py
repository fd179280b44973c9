"""Wordings: the words status categories, notifications and documents are written in.

The core is country-neutral and ships an English wording; plugins register others
(the Vietnamese one comes with ``planflow_vn``) through
:func:`planflow.hookspecs.register_wordings`. Document formats write dates, section
numbers, occurrences and statuses through the plan's wording too, so a format plugin
needs no language plugin of its own. A plan picks one with
``settings.engine.language``; without it, the first registered wording that says it
:meth:`~Wording.applies` to the plan is used, else English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from .errors import STORE_ERRORS, PlanflowError
from .problem import PROBLEMS, FieldValue, Problem, fill
from .registry import registry_of
from .status import Status

if TYPE_CHECKING:
    from .evaluation import Evaluation, Event
    from .plan import Plan

__all__ = ["PHRASES", "EnglishWording", "Wording", "error_message", "format_day", "note_message",
           "phrase", "problem_line", "problem_message", "wording_for"]


@runtime_checkable
class Wording(Protocol):
    """The words of one language: status labels, notification texts, dates and labels in documents."""

    @property
    def language(self) -> str:
        """The language code ("en", "vi")."""
        ...

    def applies(self, plan: Plan) -> bool:
        """True when this wording suits ``plan`` without being asked for by name."""
        ...

    def status_label(self, status: Status) -> str:
        """The words for a status category ("overdue", "quá hạn")."""
        ...

    def compose(self, plan: Plan, event: Event, evaluation: Evaluation) -> tuple[str, str]:
        """The subject line and the body of the notification ``event`` gives rise to."""
        ...

    def format_date(self, day: date, place: str | None = None) -> str:
        """A date in words as a document's heading writes it ("ngày 23 tháng 3 năm 2023",
        "23 March 2023"); with ``place``, after it ("Lý Sơn, ngày 23 tháng 3 năm 2023")."""
        ...

    def format_date_short(self, day: date) -> str:
        """A date in digits as tables and sentences write it ("09/3/2023", "2023-03-09")."""
        ...

    def section_number(self, n: int) -> str:
        """The number of a document's ``n``-th top-level section ("IV", "4"), without a stop."""
        ...

    def occurrence_label(self, start: date, end: date, recurrence: str | None = None) -> str:
        """The words naming one occurrence of a recurring task ("quý II/2026", "Q2 2026").

        ``recurrence`` ("monthly", "quarterly", "yearly"...) names the unit when the
        window lies inside one; otherwise the window's own shape decides.
        """
        ...


_EN_LABELS = {
    Status.NOT_YET_DUE: "not yet due",
    Status.IN_PROGRESS: "in progress, on time",
    Status.DUE_SOON: "due soon",
    Status.OVERDUE: "overdue",
    Status.DONE_ON_TIME: "done on time",
    Status.DONE_LATE: "done late",
    Status.CANCELLED: "cancelled",
    Status.NOT_APPLICABLE: "not applicable (before the plan was issued)",
    Status.UNTRACKED: "untracked (no date read: followed by hand)",
    Status.ENDED: "window ended (results to report)",
}


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _month_end(day: date) -> bool:
    return (day + timedelta(days=1)).month != day.month


@attrs.frozen
class EnglishWording:
    """The core's wording: plain English, used when no other wording applies."""

    language: str = "en"

    def applies(self, plan: Plan) -> bool:
        return False

    def status_label(self, status: Status) -> str:
        return _EN_LABELS[status]

    def compose(self, plan: Plan, event: Event, evaluation: Evaluation) -> tuple[str, str]:
        what = "task" if event.subject_type == "task" else "report"
        due = event.due.isoformat() if event.due else "-"
        head = {
            "reminder": f"Reminder: {what} due in {event.tier} working day(s)",
            "due_today": f"Due today: {what}",
            "overdue": f"Overdue: {what}",
            "escalation": f"Escalation (step {event.tier}): overdue {what}",
            "chase": f"Reminder no. {event.tier}: overdue {what}",
            "window_opens": f"Starts today: {what}",
            "window_ends": f"Ends today, please report the results: {what}",
        }[event.kind.value]
        title = event.title
        start, end = getattr(event, "occurrence_start", None), getattr(event, "occurrence_end", None)
        if start is not None and end is not None:
            title += f" ({start.isoformat()} to {end.isoformat()})"
        subject = f"{head}: {title} ({plan.document.symbol or plan.document.title})"
        body = (f"Plan: {plan.document.symbol} {plan.document.title}\n"
                f"{what.capitalize()}: {title}\n"
                f"Due: {due}\n"
                f"Status on {event.on.isoformat()}: {self.status_label(event.status)}\n")
        return subject, body

    def format_date(self, day: date, place: str | None = None) -> str:
        words = f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
        return f"{place}, {words}" if place else words

    def format_date_short(self, day: date) -> str:
        return day.isoformat()

    def section_number(self, n: int) -> str:
        return str(n)

    def occurrence_label(self, start: date, end: date, recurrence: str | None = None) -> str:
        same_year = start.year == end.year
        same_month = same_year and start.month == end.month
        same_quarter = same_year and (start.month - 1) // 3 == (end.month - 1) // 3
        quarter = f"Q{(start.month - 1) // 3 + 1} {start.year}"
        month = f"{_EN_MONTHS[start.month - 1]} {start.year}"
        if recurrence == "yearly" and same_year:
            return str(start.year)
        if recurrence == "quarterly" and same_quarter:
            return quarter
        if recurrence == "monthly" and same_month:
            return month
        if start == end:
            return self.format_date(start)
        if start.day == 1 and _month_end(end):
            if same_month:
                return month
            if same_quarter and start.month % 3 == 1 and end.month % 3 == 0:
                return quarter
            if same_year and start.month == 1 and end.month == 12:
                return str(start.year)
        return f"{self.format_date(start)} to {self.format_date(end)}"


def wording_for(plan: Plan, language: str | None = None) -> Wording:
    """The wording for ``plan``: ``language`` if given, else the plan's setting, else the
    first registered wording that applies, else English.

    Raises :class:`~planflow.PluginError` when a language is asked for that no plugin
    registered.
    """
    return registry_of(plan).wording(plan, language)


#: The words the command line and the spreadsheets print, by key, in English. A wording
#: may carry its own as a ``phrases`` mapping (same keys, same ``{fields}``); a key it
#: lacks is printed in English. ``date`` is the strftime pattern of dates in tables and
#: messages, ``xlsx_date`` the number format of date cells in spreadsheets;
#: ``problem.<key>`` the validation problems' sentences (:data:`planflow.problem.PROBLEMS`,
#: see :func:`problem_message`).
PHRASES: dict[str, str] = {
    "date": "%Y-%m-%d",
    "number.thousands": ",",
    "xlsx_date": "yyyy-mm-dd",
    # table headers
    "col.id": "id",
    "col.task": "task",
    "col.start": "start",
    "col.finish": "finish",
    "col.latest": "latest",
    "col.slack": "slack",
    "col.kind": "",
    "col.id_period": "id / period",
    "col.title_agency": "title / agency",
    "col.title": "title",
    "col.due": "due",
    "col.done_received": "done / received",
    "col.note": "note",
    "col.date": "date",
    "col.task_period": "task / period",
    "col.agency": "agency",
    "col.to": "to",
    "col.why": "why",
    "col.unit": "unit",
    "col.plan": "plan",
    "col.status": "status",
    "col.days_late": "days late",
    "col.most_overdue": "most overdue",
    "col.overdue": "overdue",
    "col.due_soon": "due soon",
    "col.in_progress": "in progress",
    "col.done": "done",
    "col.cancelled": "cancelled",
    "col.total": "total",
    # kinds of rows
    "kind.task": "task",
    "kind.report": "report",
    # events
    "event.reminder": "reminder",
    "event.due_today": "due today",
    "event.overdue": "overdue",
    "event.escalation": "escalation",
    "event.chase": "chase",
    # what a record says happened
    "record.done": "done",
    "record.progress": "progress",
    "record.cancelled": "cancelled",
    "record.reopened": "reopened",
    # validate
    "validate.ok": "{plan}: ok: {tasks} task{tasks_s}, {agencies} agenc{agencies_y}",
    "validate.warnings": ", {n} warning{s}",
    # schedule
    "schedule.legend": "start, finish: the earliest dates; latest: the latest finish; slack in days; * critical",
    "schedule.critical": "Critical path: {path}; the plan can finish on {finish}.",
    "schedule.none": "(none)",
    # status
    "status.event": "event: {kind}{tier}: {subject} -> {recipients}",
    "status.events": "{n} notification event{s} today (--all-items lists them)",
    "status.refused": "delivery failed for good: {channel} -> {recipient}: {kind} {subject} ({event}): {error}",
    "status.summary_title": "By unit",
    "status.overdue_title": "Overdue, by unit ({n})",
    "status.no_overdue": "Nothing is overdue.",
    "status.more": "planflow status --all-items lists every task and report.",
    "status.late": "{id} ({days} days late)",
    "status.unit_title": "{unit}: every item ({n})",
    "status.all_title": "Plans in the store on {day}",
    "status.items_title": "What {agency} owes ({n})",
    "status.no_plans": "no plans are registered in the store (planflow plans add PLAN)",
    # record, submit, render, calendar
    "record.recorded": "recorded: {task}: {kind} on {day}{by}",
    "record.by": " by {by}",
    "submit.recorded": "recorded: {agency}: {period} received {day}{ref}",
    "wrote": "wrote {path} ({size} bytes, {format})",
    "calendar.title": "{plan}: deadlines",
    "calendar.wrote": "wrote {path} ({n} events)",
    # tick
    "tick.would_send": "would send",
    "tick.queued": "queued",
    "tick.summary": "{day}: {queued} queued, {delivered} delivered, {failed} failed, {withdrawn} withdrawn",
    "tick.plan": "{plan}: {queued} {verb}, {delivered} delivered, {failed} failed, {withdrawn} withdrawn",
    "tick.would_queue": "would queue",
    "tick.failed": "delivery failed (will retry): {key}: {error}",
    "tick.gave_up": "delivery failed for good (not retried): {key}: {error}",
    # plans
    "plans.unchanged": "unchanged: {key} is at revision {revision} (sha256 {hash})",
    "plans.added": "added: {key} revision {revision} (sha256 {hash})",
    "plans.revised": "revised: {key} revision {revision} (sha256 {hash})",
    "plans.withdrew": "withdrew {n} pending notifications of tasks the revision removed",
    "plans.removed": "removed: {key} ({n} pending notifications withdrawn)",
    "plans.revision": "revision {revision}",
    "plans.removed_by": "removed {at} by {by}",
    "plans.linked": "linked: {child} implements {parent}",
    "plans.tree_counts": "tasks: {tasks}; reports: {reports}",
    "plans.tree_overdue": "; overdue: {ids}",
    "plans.tree_none": "none",
    # spreadsheets
    "xlsx.plan": "Plan",
    "xlsx.number": "No.",
    "xlsx.dated": "dated",
    "xlsx.at": "Status on",
    "xlsx.tasks": "Tasks",
    "xlsx.reports": "Reports",
    "xlsx.summary": "Summary",
    "xlsx.plans": "Plans",
    "xlsx.items": "Items",
    "xlsx.done_on": "done on",
    "xlsx.received_on": "received on",
    "xlsx.reference": "reference",
    "xlsx.recipient": "to",
    "xlsx.period": "period",
    "xlsx.timeframe": "timeframe",
    "xlsx.progress": "progress",
    "xlsx.partners": "partners",
    "xlsx.output": "output",
    "xlsx.lead": "lead",
    "xlsx.from": "from",
    "xlsx.to": "to",
    "xlsx.kind": "kind",
    "xlsx.no": "no.",
    # the command line's own user errors (one line each)
    "err.cannot_write": "{path}: cannot write: {error}",
    "err.date": "{option}: {error}",
    "err.at": "--at: {value!r} is not a day (DD/MM/YYYY or YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM, DD/MM/YYYY HH:MM): {error}",
    "err.year_or_period": "give --year or --period, not both",
    "err.period": "--period: {period!r} is not START..END: {error}",
    "err.period_order": "--period: {period!r} ends before it starts",
    "err.year": "--year: a year from 1000 to 8999, not {year}",
    "err.no_store": "--db: no store at {db} (record, submit and tick create one)",
    "err.plan_or_all": "{command}: give PLAN or --all, not both and not neither",
    "err.json_or_xlsx": "status: give --json or --xlsx, not both",
    "err.from_after_to": "--from {start} is after --to {end}",
    "err.from_to_all": "status: --from and --to go with --all (for one plan: planflow calendar)",
    "err.unknown_agency": "{plan}: --agency: unknown agency {agency!r} (known: {known})",
    "err.agency_nowhere": "--agency: no plan in the store names agency {agency!r}",
    "err.record_one": "record: give exactly one of --done DATE, --progress TEXT, --cancel, --reopen",
    "err.record_on": "record: --done DATE is the day it was done; do not also give --on",
    "err.done_future": "record: --done {day} is after today ({today}); give --force to record it all the same",
    "err.done_after_end": "record: --done {day} is after the plan's end ({end}); give --force to record it all the same",
    "err.no_file": "{file}: no such file",
    "err.plan_suffix": "-o: {output}: a plan file ends in .toml or .json",
    "err.no_task": "{plan}: {key}: no task {task!r} in the plan",
    "err.no_agency": "{plan}: {key}: no agency {agency!r} in the plan",
    "err.no_period": "{plan}: {key}: no report period {period!r} (periods: {known})",
    # why a date option cannot be read (planflow.periods.DateError's codes)
    "date.not_a_date": "{value!r} is not a date (DD/MM/YYYY or YYYY-MM-DD)",
    "date.not_iso": "{value!r} is not a date (YYYY-MM-DD)",
    "date.ambiguous": "{value!r} is ambiguous: write DD/MM/YYYY or YYYY-MM-DD",
    "date.short_year": "{value!r}: the year needs four digits (DD/MM/YYYY, e.g. {example})",
    "date.no_month": "{value!r}: there is no month {month} (DD/MM/YYYY: the day comes first)",
    "date.no_day": "{value!r}: no such day ({month_name} {year} has {last} days)",
    # timeframe
    "tf.text": "text",
    "tf.kind": "kind",
    "tf.start": "start",
    "tf.end": "end",
    "tf.due": "due",
    "tf.recurrence": "recurrence",
    "tf.condition": "condition",
    "tf.warning": "warning",
    **{f"tf.kind.{k}": k for k in ("window", "deadline", "recurring", "continuous", "event",
                                   "unresolved", "pending")},
    **{f"tf.recurrence.{r}": r for r in ("yearly", "half_yearly", "quarterly", "monthly",
                                         "weekly", "daily", "listed")},
    # click's own usage errors, as click says them (a wording's own words replace them)
    "usage.missing_argument": "Missing argument {name}.",
    "usage.missing_option": "Missing option {name}.",
    "usage.no_such_option": "No such option {name}.",
    "usage.maybe": " Did you mean {names}?",
    "usage.needs_value": "Option {name} requires an argument.",
    "usage.no_value": "Option {name} does not take a value.",
    "usage.choice": "Invalid value for {name}: {value} is not one of {choices}.",
    "usage.integer": "Invalid value for {name}: {value} is not a valid integer.",
    "usage.number": "Invalid value for {name}: {value} is not a valid float.",
    "usage.no_path": "Invalid value for {name}: {value} does not exist.",
    "usage.no_such_command": "No such command {name}.",
    "usage.extra": "Got unexpected extra argument(s) ({args})",
    # import
    "import.warning": "{file}: warning: {warning}",
    # the places import warnings name ("line 12", "page 3, table 1"), word by word
    "place.line": "line", "place.paragraph": "paragraph", "place.page": "page",
    "place.table": "table", "place.row": "row", "place.sheet": "sheet", "place.column": "column",
    "import.done": "{file}: read {tasks} task(s), {agencies} agencies, {warnings} warning(s){to}",
    "import.to": " -> {output}",
    "import.line": "{file}: {line}",
    "import.times": "times: {parts}",
    "import.n_dated": "{n} dated", "import.n_recurring": "{n} recurring",
    "import.n_continuous": "{n} ongoing",
    "import.n_unstated": "{n} with no time stated (ongoing over the plan's period)",
    "import.n_event": "{n} when an event occurs", "import.n_unread": "{n} not read",
    "import.n_no_lead": "{n} task(s) with no lead agency",
    "import.review": "to check before tracking ({why}): {items}",
    "import.review_more": " and {n} more",
    "import.why_unread": "time not read", "import.why_no_lead": "no lead agency",
    # db
    "db.current": "{url}: schema version {version} (revision {revision}); this planflow writes {writes}: {state}",
    "db.none": "none",
    "db.is_current": "current",
    "db.empty": "empty: created on first use",
    "db.older": "older: run `planflow db upgrade`",
    "db.newer": "newer than this planflow: upgrade planflow",
    "db.nothing": "the store is at schema version {version} already: nothing to do",
    "db.upgraded": "upgraded the store from schema version {before} to {after}",
    # plugins
    "plugins.title": "planflow plugins",
    "plugins.name": "name",
    "plugins.module": "module",
    "plugins.distribution": "distribution",
    "plugins.hooks": "hooks",
    # validation problems: the severity words, then each problem (planflow.problem.PROBLEMS)
    "severity.error": "error",
    "severity.warning": "warning",
    **{f"problem.{key}": text for key, text in PROBLEMS.items()},
    # the store's refusals of a record or a submission (planflow.errors.STORE_ERRORS)
    **{f"store.{key}": text for key, text in STORE_ERRORS.items()},
}


def phrase(wording: Wording, key: str, /, **fields: object) -> str:
    """The words ``key`` of :data:`PHRASES` in ``wording``'s language (its ``phrases``
    mapping when it has the key, else English), with ``fields`` filled in."""
    own = getattr(wording, "phrases", None)
    text = own.get(key) if own is not None else None
    return (text if text is not None else PHRASES[key]).format(**fields)


def problem_message(wording: Wording, problem: Problem) -> str:
    """``problem``'s sentence in ``wording``'s language: its ``problem.<key>`` phrase with
    the problem's fields (days as the wording prints dates), else its English ``message``
    (a problem without a key, a wording without that phrase, a phrase naming a field the
    problem lacks). A field that is a :class:`~planflow.Worded` warning (a timeframe's
    note) is said in the same language where the wording has its words."""
    fields = problem.fields
    own = getattr(wording, "phrases", None)
    if own is not None and any(getattr(v, "fields", None) is not None for _, v in fields):
        said = []
        for name, value in fields:
            if getattr(value, "fields", None) is not None:
                value = _said(wording, own, value) or value
            said.append((name, value))
        fields = tuple(said)
    return _in_words(wording, f"problem.{problem.key}" if problem.key else "", fields,
                     problem.message)


#: the words of a place in a document ("line 12", "page 3, table 1") a wording may say
#: in its language, as ``place.<word>`` in its phrases
_PLACE = re.compile(r"\b(line|paragraph|page|table|row|sheet|column)\b")
#: fields that are sentences: a note is said in another language only when these are too
_SENTENCES = ("warning", "note", "why")


def note_message(wording: Wording, note: str) -> str:
    """An import warning in ``wording``'s language: a :class:`~planflow.Worded` warning by
    its ``note.<key>`` phrase (its place, "line 12", and the warnings and names it quotes
    said in the same language; a :meth:`Worded.joined <planflow.Worded.joined>` list part
    by part), else the English sentence (a plain string, a wording without the phrase, or
    a quoted warning that has no words of its own)."""
    own = getattr(wording, "phrases", None)
    said = _said(wording, own, note) if own is not None else None
    return str(note) if said is None else said


def _said(wording: Wording, own: Mapping[str, str], note: object) -> str | None:
    """``note`` in ``own``'s words; None when it, or a part it quotes, has none."""
    given = getattr(note, "fields", None)
    if given is None:
        return None  # a plain string: English
    key = getattr(note, "key", "")
    if not key:  # Worded.joined
        named = dict(given)
        parts = [_said(wording, own, part) for part in named.get("parts", ())]
        if "parts" not in named or any(part is None for part in parts):
            return None
        return str(named["sep"]).join(str(part) for part in parts)
    # a warning's phrase is note.<key>; a store's refusal carries its own (store.<key>)
    text = own.get(key if key.startswith("store.") else f"note.{key}")
    if text is None:
        return None
    fields: list[tuple[str, FieldValue]] = []
    for name, value in given:
        if name in _SENTENCES or getattr(value, "fields", None) is not None:
            # a quoted warning, or a Worded name (a recurrence, a unit): the same language
            quoted = _said(wording, own, value)
            if quoted is None:
                return None  # an English sentence inside: all of it in English
            value = quoted
        elif name in ("where", "where_row") and isinstance(value, str):
            value = _PLACE.sub(lambda m: str(own.get(f"place.{m.group(1)}", m.group(1))), value)
        fields.append((name, value if isinstance(value, (str, int, date)) else str(value)))
    try:
        return fill(text, fields, lambda d: format_day(wording, d))
    except (KeyError, IndexError, ValueError):
        return None


def error_message(wording: Wording, error: PlanflowError) -> str:
    """``error``'s message in ``wording``'s language: a :class:`~planflow.StoreError`
    refusing a record or a submission has its words as ``store.<key>``; any other error
    (or a wording without those words) gives ``str(error)``."""
    key = getattr(error, "key", "")
    return _in_words(wording, f"store.{key}" if key else "", getattr(error, "fields", ()),
                     str(error))


def _in_words(wording: Wording, key: str, fields: Iterable[tuple[str, FieldValue]],
              fallback: str) -> str:
    own = getattr(wording, "phrases", None)
    text = own.get(key) if own is not None and key else None
    if text is None:
        return fallback
    try:
        return fill(text, fields, lambda d: format_day(wording, d))
    except (KeyError, IndexError, ValueError):
        return fallback


def problem_line(wording: Wording, problem: Problem) -> str:
    """``problem`` on one line in ``wording``'s language, as ``str(problem)`` prints it in
    English: the severity word, the path in the plan file (as written there), the sentence
    ("lỗi: tasks[0].lead[0]: ...")."""
    place = f"{problem.where}: " if problem.where else ""
    return (f"{phrase(wording, f'severity.{problem.severity.value}')}: {place}"
            f"{problem_message(wording, problem)}")


def format_day(wording: Wording, day: date | None) -> str:
    """``day`` as tables and messages print it in ``wording``'s language ("2026-06-12",
    "12/06/2026"); "" for None."""
    return "" if day is None else day.strftime(phrase(wording, "date"))
