"""The engine: evaluation (see :mod:`planflow.evaluation`) plus notifications and the tick.

:meth:`Engine.tick` runs the outbox protocol (docs/engine.md) through the store's
methods, in two steps:

* **decide**: one store transaction reads the snapshot and the last tick day,
  evaluates each day since (at most ``catch_up_days``), turns the events into
  notifications, enqueues those whose idempotency key is new, withdraws pending rows of
  subjects closed that day and records the tick;
* **deliver**: each deliverable row of the plan is claimed (its own transaction; or
  ``settings.engine.delivery_batch`` rows in one), handed to its channel, and marked
  delivered (another transaction, one per batch), or marked failed with its error and a
  later attempt time.

Nothing here names a table or reads the clock; the store (``planflow.Store``) is passed
in, so this module imports without SQLAlchemy.
"""

from __future__ import annotations

import contextvars
import threading
import time as _time
import traceback
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

import attrs

from .errors import DeliveryError, PlanflowError, StoreConflict
from .evaluation import Evaluation, Evaluator, Event, EventKind
from .notification import (
    Channel,
    Notification,
    OutboxRow,
    notifications,
    row_notification,
    set_delivery_deadline,
)
from .registry import bind, registry_of
from .wording import Wording

if TYPE_CHECKING:
    from .plan import Plan
    from .store import Store

__all__ = ["Engine", "TickResult"]

#: how often a decide step is run again after a concurrent tick wrote the same keys
_DECIDE_TRIES = 5

#: after this many failures in one tick, a channel is not tried again until the next tick
_CHANNEL_FAILURES = 3

Step = Callable[[str, "str | None"], None]


@attrs.frozen
class TickResult:
    """What one tick did: the evaluation, the keys written to the outbox, delivered,
    failed (with the error), withdrawn, and the notifications written (or, in a dry run,
    that would be). ``gave_up`` names the failed keys whose failure was permanent (their
    rows are ``failed`` and never retried); the others are retried with backoff."""

    evaluation: Evaluation
    enqueued: tuple[str, ...] = ()
    delivered: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    withdrawn: tuple[str, ...] = ()
    notifications: tuple[Notification, ...] = ()
    gave_up: tuple[str, ...] = ()


class Engine(Evaluator):
    """Evaluates plans, turns events into notifications, and ticks them. Keeps each
    plan's compiled form and working-day arithmetic between calls."""

    def notifications(self, plan: Plan, evaluation: Evaluation, events: Iterable[Event],
                      channel_names: Iterable[str],
                      wording: Wording | None = None) -> list[Notification]:
        """One notification per event, recipient agency and channel
        (:func:`planflow.notifications`)."""
        return notifications(plan, evaluation, events, set(channel_names), wording,
                             self.tracked(plan).config)

    def tick(self, plan: Plan, store: Store, now: datetime | date,
             channels: Mapping[str, Channel] | None = None, *, dry_run: bool = False,
             on_step: Step | None = None,
             is_alive: Callable[[str], bool] | None = None,
             timeout: float | None = None) -> TickResult:
        """Decide the events due by ``now`` and deliver what the outbox holds for ``plan``.

        ``now`` is the plan's local time (a date means its first minute); events are
        decided for the days since the last tick (at most ``catch_up_days``) up to
        ``now``'s day. ``channels`` maps names to channels (default: the registered
        ones). ``dry_run`` decides without writing or sending. ``on_step(step, key)`` is
        called at each step of the protocol (``"decided"``, ``"claimed"``, ``"sent"``,
        ``"committed"``, ``"failed"``): for progress output, tracing, and crash tests.
        ``is_alive(claimant)`` tells whether the process holding a row being sent still
        lives (default: the store's check). ``timeout`` bounds each delivery, in seconds
        (default: the plan's ``settings.engine.delivery_timeout``, 30).
        """
        plan = bind(plan)
        if not isinstance(now, datetime):
            now = datetime.combine(now, time.min)
        chans: dict[str, Channel] = dict(registry_of(plan).channels() if channels is None
                                         else channels)
        step: Step = on_step or (lambda s, k: None)
        enqueued, withdrawn, ev = self.decide(plan, store, now.date(), chans, dry_run=dry_run)
        step("decided", None)
        if dry_run:
            return TickResult(ev, tuple(n.key for n in enqueued), notifications=tuple(enqueued))
        config = self.tracked(plan).config
        limit = config.delivery_timeout if timeout is None else timeout
        gave_up: list[str] = []
        delivered, failed = deliver(store, ev.plan_key, now, chans, step, is_alive,
                                    timeout=limit, gave_up=gave_up, batch=config.delivery_batch)
        return TickResult(ev, tuple(n.key for n in enqueued), tuple(delivered), tuple(failed),
                          tuple(withdrawn), tuple(enqueued), tuple(gave_up))

    def decide(self, plan: Plan, store: Store, at: date, channel_names: Collection[str], *,
               dry_run: bool = False) -> tuple[list[Notification], list[str], Evaluation]:
        """The decide step of the tick on day ``at``, in one store transaction: the
        notifications enqueued (new keys only), the keys withdrawn, and the evaluation.
        A dry run writes nothing and gives what would be enqueued."""
        tracked = self.tracked(plan)
        key = tracked.key
        catch_up = tracked.config.catch_up_days
        if not tracked.cal.is_working_day(at):
            # no notice is dated on a day off: the next working day's tick decides this
            # day's events with its own (the most pressing one per subject)
            return [], [], self.evaluate(plan, store.snapshot(plan), at)
        for attempt in range(_DECIDE_TRIES):
            try:
                # no fsync of its own: nothing leaves the machine on the strength of this
                # commit (rows are sent after a durable claim, whose commit makes this one
                # durable too); a decide lost to a power cut is decided again next tick
                with store.begin(durable=False) as tx:
                    snap = tx.snapshot(key)
                    last = tx.last_tick(key)
                    ev = self.evaluate(plan, snap, at)
                    if last is None or (at - last).days > catch_up + 1:
                        # the first tick, or after a long gap: what is overdue today, once
                        events = [*ev.events, *ev.overdue_events()]
                    else:
                        first = min(last + timedelta(days=1), at)
                        events = (self.events_between(plan, snap, first, at - timedelta(days=1))
                                  if first < at else [])
                        events.extend(ev.events)
                    events = most_pressing(events, ev)
                    notes = self.notifications(plan, ev, events, channel_names)
                    if dry_run:
                        return tx.new(notes), [], ev
                    fresh = tx.enqueue(notes, at)
                    withdrawn = tx.withdraw(key, _closed_in(ev))
                    tx.ticked(key, at)
                return fresh, withdrawn, ev
            except StoreConflict:
                # a concurrent tick (PostgreSQL, no write lock at BEGIN) wrote the same keys
                if attempt == _DECIDE_TRIES - 1:
                    raise
        raise AssertionError("unreachable")


_RANK = {EventKind.WINDOW_OPENS: 0, EventKind.REMINDER: 0, EventKind.WINDOW_ENDS: 1,
         EventKind.DUE_TODAY: 1, EventKind.OVERDUE: 2, EventKind.ESCALATION: 3,
         EventKind.CHASE: 4}


def most_pressing(events: Iterable[Event], ev: Evaluation) -> list[Event]:
    """Of the events decided in one tick (the missed days' and today's), the most pressing
    one per subject (an occurrence, for a recurring task) and recipients, dated today
    with today's status; nothing about a subject closed today. So a tick after a gap
    never says "due in 1 day", "due today" and "overdue" about the same deadline."""
    best: dict[tuple[object, ...], Event] = {}
    for e in events:
        if ev.closed(e.subject_type, e.subject, e.occurrence_start):
            continue
        k = (e.subject_type, e.subject, e.occurrence_start, e.recipients)
        rank = (_RANK[e.kind], e.tier if e.kind is not EventKind.REMINDER else -e.tier)
        old = best.get(k)
        if old is None or rank > (_RANK[old.kind], old.tier if old.kind is not EventKind.REMINDER
                                  else -old.tier):
            best[k] = e
    out = []
    for e in best.values():
        if e.on != ev.at:
            status = ev.status_of(e.subject_type, e.subject, e.occurrence_start) or e.status
            e = attrs.evolve(e, on=ev.at, status=status)
        out.append(e)
    return out


def _closed_in(ev: Evaluation) -> Callable[[OutboxRow], bool]:
    """Whether an outbox row's subject (its occurrence, for a recurring task) is closed."""
    def closed(row: OutboxRow) -> bool:
        if row.subject_type == "digest":  # withdrawn when every item it lists is closed
            return all(_item_closed(ev, item) for item in row.payload.get("items", ()))
        occ = row.payload.get("occurrence") or {}
        start = occ.get("start")
        return ev.closed(row.subject_type, row.subject,
                         date.fromisoformat(start) if start else None)
    return closed


def _item_closed(ev: Evaluation, item: dict[str, object]) -> bool:
    subject = item.get("subject")
    occ = item.get("occurrence")
    if not isinstance(subject, dict):
        return False
    start = occ.get("start") if isinstance(occ, dict) else None
    return ev.closed(str(subject.get("type")), str(subject.get("id")),
                     date.fromisoformat(str(start)) if start else None)
class _Abandoned(Exception):
    """A delivery still running at its deadline."""


def _run_with_deadline(ch: Channel, note: Notification, timeout: float) -> None:
    """``ch.deliver(note)`` in a worker thread, abandoned (:class:`_Abandoned`) when it is
    still running ``timeout`` seconds later. The channel sees the deadline through
    :func:`planflow.delivery_deadline` and should stop by itself (the built-in channels
    close their sockets); a thread that does not is left to finish as a daemon."""
    at = _time.monotonic() + timeout
    ctx = contextvars.copy_context()
    ctx.run(set_delivery_deadline, at)
    outcome: list[BaseException | None] = []

    def work() -> None:
        try:
            ctx.run(ch.deliver, note)
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            outcome.append(e)
        else:
            outcome.append(None)

    worker = threading.Thread(target=work, name=f"planflow-deliver-{note.channel}", daemon=True)
    worker.start()
    # a little grace: a channel that honours the deadline reports its own error first
    worker.join(timeout + min(1.0, timeout / 10))
    if not outcome:
        raise _Abandoned(f"{note.channel}: no answer within {timeout:g} s (abandoned; "
                         f"the receiver may still get it: it dedupes on the key)")
    if outcome[0] is not None:
        raise outcome[0]


def _error_line(e: BaseException) -> str:
    if isinstance(e, PlanflowError):
        return f"{type(e).__name__}: {e}"
    return "".join(traceback.format_exception_only(type(e), e)).strip()


def deliver(store: Store, plan_key: str, now: datetime, channels: Mapping[str, Channel],
            on_step: Step | None = None,
            is_alive: Callable[[str], bool] | None = None, *, timeout: float = 30.0,
            gave_up: list[str] | None = None,
            batch: int = 1) -> tuple[list[str], list[tuple[str, str]]]:
    """The deliver step of the tick: the deliverable outbox rows of the plan are claimed
    ``batch`` at a time (one durable transaction), each handed to its channel, and the
    batch's outcomes recorded in one more durable transaction: delivered, or failed with
    its error. A channel (with an address) that failed is not tried again in this call
    (rows of the batch left for it are released, pending again as before their claim).
    Each delivery gets ``timeout`` seconds in all; one still running then is abandoned
    and its row is pending again (so a stuck receiver holds the tick back at most that
    long). A :class:`~planflow.DeliveryError` marked permanent makes the row ``failed``
    for good (its key is appended to ``gave_up``). Returns the keys delivered and the
    (key, error) pairs that failed.

    A process killed after sending a row and before its batch's outcome commit leaves
    the whole batch ``sending`` under its dead claimant: another process reclaims the
    rows and sends them again, so a crash may deliver up to ``batch`` rows twice (one
    with ``batch=1``, the default: docs/engine.md); never none."""
    step: Step = on_step or (lambda s, k: None)
    me = store.claimant()
    delivered: list[str] = []
    failed: list[tuple[str, str]] = []
    down: set[tuple[str, str]] = set()
    channel_failures: dict[str, int] = {}

    def usable(r: OutboxRow) -> bool:
        return ((r.channel, r.address) not in down
                and channel_failures.get(r.channel, 0) < _CHANNEL_FAILURES)

    rows = store.deliverable(plan_key, now, me, is_alive)
    size = max(1, batch)
    for i in range(0, len(rows), size):
        chunk = [r for r in rows[i:i + size] if usable(r)]
        if not chunk:
            continue
        claimed = (store.claim_many(chunk, me) if size > 1
                   else [c for c in (store.claim(chunk[0], me),) if c is not None])
        for c in claimed:
            step("claimed", c.key)
        sent: list[OutboxRow] = []
        bad: list[tuple[OutboxRow, str, bool]] = []
        released: list[OutboxRow] = []
        for c in claimed:
            if not usable(c):
                released.append(c)
                continue
            try:
                ch = channels.get(c.channel)
                if ch is None:
                    raise PlanflowError(f"no channel named {c.channel!r} is registered "
                                        f"(registered: {', '.join(sorted(channels)) or 'none'})")
                _run_with_deadline(ch, row_notification(c), timeout)
            except Exception as e:  # a channel's failure is data: recorded, retried later
                err = _error_line(e)
                permanent = isinstance(e, DeliveryError) and e.permanent
                bad.append((c, err, permanent))
                if permanent:
                    if gave_up is not None:
                        gave_up.append(c.key)
                else:
                    down.add((c.channel, c.address))
                    channel_failures[c.channel] = channel_failures.get(c.channel, 0) + 1
                failed.append((c.key, err))
                continue
            step("sent", c.key)
            sent.append(c)
        if size == 1:
            # one row: the statements of mark_delivered/mark_failed, as before batches
            for c in sent:
                store.mark_delivered(c, now)
            for c, err, permanent in bad:
                store.mark_failed(c, err, now, permanent=permanent)
        else:
            store.settle(sent, bad, released, at=now)
        for c, _, _ in bad:
            step("failed", c.key)
        for c in sent:
            delivered.append(c.key)
            step("committed", c.key)
    return delivered, failed
