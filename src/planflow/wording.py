"""Wordings: the words status categories and notifications are written in.

The core is country-neutral and ships an English wording; plugins register others
(the Vietnamese one comes with ``planflow_vn``) through
:func:`planflow.hookspecs.register_wordings`. A plan picks one with
``settings.engine.language``; without it, the first registered wording that says it
:meth:`~Wording.applies` to the plan is used, else English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from .registry import registry_of
from .status import Status

if TYPE_CHECKING:
    from .evaluation import Evaluation, Event
    from .plan import Plan

__all__ = ["EnglishWording", "Wording", "wording_for"]


@runtime_checkable
class Wording(Protocol):
    """The words of one language: status labels and notification texts."""

    #: a language code ("en", "vi")
    language: str

    def applies(self, plan: Plan) -> bool:
        """True when this wording suits ``plan`` without being asked for by name."""
        ...

    def status_label(self, status: Status) -> str:
        """The words for a status category ("overdue", "quá hạn")."""
        ...

    def compose(self, plan: Plan, event: Event, evaluation: Evaluation) -> tuple[str, str]:
        """The subject line and the body of the notification ``event`` gives rise to."""
        ...


_EN_LABELS = {
    Status.NOT_YET_DUE: "not yet due",
    Status.IN_PROGRESS: "in progress, on time",
    Status.DUE_SOON: "due soon",
    Status.OVERDUE: "overdue",
    Status.DONE_ON_TIME: "done on time",
    Status.DONE_LATE: "done late",
    Status.CANCELLED: "cancelled",
}


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


def wording_for(plan: Plan, language: str | None = None) -> Wording:
    """The wording for ``plan``: ``language`` if given, else the plan's setting, else the
    first registered wording that applies, else English.

    Raises :class:`~planflow.PluginError` when a language is asked for that no plugin
    registered.
    """
    return registry_of(plan).wording(plan, language)
