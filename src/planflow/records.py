"""What is recorded about a plan: progress records, report submissions, and the snapshot
of both that the evaluation reads; and the key a plan is tracked under.

Plain values, no SQL: the :class:`~planflow.Store` writes and reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

import attrs

from .errors import StoreError

if TYPE_CHECKING:
    from .plan import Plan

__all__ = ["RECORD_KINDS", "PlanAdded", "PlanRevision", "ProgressRecord", "Snapshot", "Submission",
           "plan_key"]

#: what a progress record says about its task
RECORD_KINDS = ("progress", "done", "cancelled", "reopened")


def plan_key(plan: Plan) -> str:
    """The key a plan's rows are stored under: ``settings.engine.key``, else
    ``symbol@issue-date``, else its symbol, else its title."""
    eng = plan.settings.get("engine") if isinstance(plan.settings, Mapping) else None
    if isinstance(eng, Mapping) and eng.get("key"):
        return str(eng["key"])
    doc = plan.document
    if doc.symbol and doc.date:
        return f"{doc.symbol}@{doc.date.isoformat()}"
    if doc.symbol:
        return doc.symbol
    if doc.title:
        return doc.title
    raise StoreError("the plan has neither a symbol nor a title to be tracked under "
                     "(set document.symbol or settings.engine.key)")


@attrs.frozen
class ProgressRecord:
    """What an agency reported about a task: ``kind`` is ``"progress"`` (a note),
    ``"done"``, ``"cancelled"`` or ``"reopened"``; ``on`` the day it happened; ``seq``
    the order it was recorded in."""

    task: str
    kind: str
    on: date
    note: str | None = None
    by: str | None = None
    seq: int = 0


@attrs.frozen
class Submission:
    """A report an agency sent for a period: received on a day, with its number."""

    agency: str
    period: str
    received_on: date
    reference: str | None = None


@attrs.frozen
class Snapshot:
    """Everything recorded for one plan: progress records (in recording order) and
    submissions. The engine reads only what happened on or before the day it evaluates."""

    records: tuple[ProgressRecord, ...] = ()
    submissions: tuple[Submission, ...] = ()

    @classmethod
    def empty(cls) -> Snapshot:
        """Nothing recorded."""
        return cls()


@attrs.frozen
class PlanRevision:
    """One revision of a plan registered in a store (``planflow plans add``): its key,
    revision number (1, 2...), the plan file text and its format (``"toml"`` or
    ``"json"``), the text's SHA-256, where it was read from, who added it and when, and,
    once removed, who removed it and when. ``planflow.load(revision)`` gives the plan."""

    key: str
    revision: int
    format: str
    content: str
    hash: str
    added_at: datetime
    source: str | None = None
    added_by: str | None = None
    removed_at: datetime | None = None
    removed_by: str | None = None


@attrs.frozen
class PlanAdded:
    """What :meth:`~planflow.Store.add_plan` did: the plan's current revision, whether it
    is new (False: the same text was registered already), and the keys of the pending
    notifications withdrawn because their task is no longer in the plan."""

    revision: PlanRevision
    new: bool
    withdrawn: tuple[str, ...] = ()
