"""Status: where a task or a report obligation stands on a given day.

The categories are the ones task tracking in public administration uses; their names
here are English and country-neutral. The words printed for them (for instance the
Vietnamese "chưa đến hạn", "quá hạn"...) come from the wordings plugins register through
:func:`planflow.hookspecs.register_wordings`.
"""

from __future__ import annotations

import enum

__all__ = ["Status"]


class Status(str, enum.Enum):
    """The tracking categories, in the order reports list them."""

    #: its window has not opened yet
    NOT_YET_DUE = "not_yet_due"
    #: open, being worked on, the deadline is not close
    IN_PROGRESS = "in_progress"
    #: open, inside the reminder window before its deadline
    DUE_SOON = "due_soon"
    #: open after its deadline
    OVERDUE = "overdue"
    #: done on or before its deadline
    DONE_ON_TIME = "done_on_time"
    #: done after its deadline
    DONE_LATE = "done_late"
    #: withdrawn: nobody owes it any more
    CANCELLED = "cancelled"
    #: never owed: a report period due before the plan's life started (its issue date)
    NOT_APPLICABLE = "not_applicable"
    #: its time is not tracked: words no reader understands ("Trước mùa mưa bão"), a
    #: recurrence with no occurrence, a window without dates; a plan holds such items only
    #: with ``settings.engine.untracked = "accept"`` (docs/engine.md); followed by hand
    UNTRACKED = "untracked"
    #: a duty window ("Từ tháng 6 đến tháng 11") whose window has ended with no record:
    #: its report of results is awaited; never overdue, never escalated
    ENDED = "ended"

    @property
    def open(self) -> bool:
        """True while something is still owed (not done, not cancelled)."""
        return self in (Status.NOT_YET_DUE, Status.IN_PROGRESS, Status.DUE_SOON, Status.OVERDUE)

    @property
    def done(self) -> bool:
        """True when it was done, on time or late."""
        return self in (Status.DONE_ON_TIME, Status.DONE_LATE)


#: the categories as a tuple in code order (index = the code the engine's arrays hold)
STATUSES: tuple[Status, ...] = tuple(Status)
