"""What is recorded about a plan: progress records, report submissions, and the snapshot
of both that the evaluation reads; and the key a plan is tracked under.

Plain values, no SQL: the :class:`~planflow.Store` writes and reads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

import attrs

from .errors import StoreError
from .text import nfc

if TYPE_CHECKING:
    from .plan import Plan

__all__ = ["LINK_ROLES", "RECORD_KINDS", "PlanAdded", "PlanIdentity", "PlanLink", "PlanRevision",
           "ProgressRecord", "Snapshot", "Submission", "link_plans", "plan_identity", "plan_key",
           "symbol_key"]

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
    raise StoreError.worded("no_key", {})


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


# -- what links plans: their symbols, issue dates and references ---------------------------

#: the reference roles that make a plan implement the plan it names
LINK_ROLES = ("implements", "basis")


def symbol_key(symbol: str) -> str:
    """A document symbol as plans are matched by it: NFC, case folded, without spaces."""
    return "".join(nfc(symbol).casefold().split())


@attrs.frozen
class PlanLink:
    """``child`` (a plan key) implements ``parent``: its reference ``symbol`` (of
    ``date``, role ``role``) names the parent's document."""

    child: str
    parent: str
    symbol: str
    date: date | None
    role: str


@attrs.frozen
class PlanIdentity:
    """What linking needs of a plan, stored with its revision (``plans add``): its
    document's symbol and issue date, and its references with a linking role
    (:data:`LINK_ROLES`) as (symbol, date, role), in the plan's order."""

    symbol: str | None
    issued: date | None
    references: tuple[tuple[str, date | None, str], ...] = ()


def plan_identity(plan: Plan) -> PlanIdentity:
    """``plan``'s :class:`PlanIdentity`."""
    return PlanIdentity(plan.document.symbol or None, plan.document.date,
                        tuple((r.symbol, r.date, r.role) for r in plan.references
                              if r.role in LINK_ROLES))


def link_plans(plans: Mapping[str, PlanIdentity],
               children: Iterable[str] | None = None) -> list[PlanLink]:
    """The links among ``plans`` (identities by key), of ``children`` only when given
    (``plans`` must then hold every plan whose symbol a child's reference names): a
    reference naming another plan's symbol and issue date (a reference without a date
    names the one plan of that symbol, when only one has it). In the order of the
    children (``plans``' order), then of their references."""
    by_symbol: dict[str, list[tuple[str, date | None]]] = {}
    for key, p in plans.items():
        if p.symbol:
            by_symbol.setdefault(symbol_key(p.symbol), []).append((key, p.issued))
    out: list[PlanLink] = []
    for key in (plans if children is None else children):
        seen: set[str] = set()
        for symbol, day, role in plans[key].references:
            found = by_symbol.get(symbol_key(symbol), [])
            if day is not None:
                found = [f for f in found if f[1] == day]
            if len(found) != 1 or found[0][0] == key or found[0][0] in seen:
                continue
            seen.add(found[0][0])
            out.append(PlanLink(key, found[0][0], symbol, day, role))
    return out
