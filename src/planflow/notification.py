"""Notifications: what the engine asks a channel to deliver, and the channel protocol.

The engine turns each event into one notification per recipient agency and channel
(:func:`notifications`: the idempotency key and the JSON payload are made here), and
the store keeps it in its outbox under that key until a channel has delivered it. An
outbox row is an :class:`OutboxRow`; :func:`row_values` and :func:`row_notification`
are the one converter between rows and notifications (:data:`STORED_FIELDS` the fields a
row keeps of a notification; the rest are in its payload). Plugins add channels through
:func:`planflow.hookspecs.register_channels`.
"""

from __future__ import annotations

import contextvars
import hashlib
import time
from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from .records import plan_key
from .registry import registry_of
from .settings import EngineConfig, check_address
from .wording import Wording, wording_for

if TYPE_CHECKING:
    from .evaluation import Evaluation, Event
    from .plan import Plan

__all__ = [
    "OUTBOX_FIELDS",
    "STORED_FIELDS",
    "Channel",
    "Notification",
    "OutboxRow",
    "digest_key",
    "check_address",
    "delivery_deadline",
    "notification_key",
    "notification_payload",
    "notifications",
    "row_notification",
    "row_values",
]


@attrs.frozen
class Notification:
    """One message to one agency on one channel.

    ``key`` is the idempotency key: the same event for the same recipient on the same
    channel always has the same key, and a channel passes it on (an email's Message-ID,
    a webhook header) so a receiver can recognise a retried delivery. ``plan`` is the
    plan's key in the store; ``subject_type`` is ``"task"`` or ``"report"`` and
    ``subject`` the task id or the obligation key (``agency@period``); ``event`` the
    :class:`~planflow.EventKind` value and ``tier`` its tier (reminder lead time in working
    days, escalation step, 0 otherwise); ``recipient`` the agency id, ``recipient_name``
    its name; ``channel`` the channel name and ``address`` the agency's address on it
    (empty: the channel's default); ``subject_line`` and ``body`` the text people read,
    in the plan's wording; ``payload`` the same facts as JSON-ready data (what webhooks
    post).
    """

    key: str
    plan: str
    subject_type: str
    subject: str
    event: str
    tier: int
    recipient: str
    recipient_name: str
    channel: str
    address: str
    subject_line: str
    body: str
    payload: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @property
    def digest(self) -> str:
        """A short, stable hex digest of :attr:`key` (for Message-IDs and file names)."""
        return hashlib.sha256(self.key.encode("utf-8")).hexdigest()[:32]


@runtime_checkable
class Channel(Protocol):
    """A way to deliver notifications: a name and ``deliver``.

    ``deliver(notification)`` returns once the receiving side has accepted the message
    and raises on failure (the engine records the error and retries later with backoff).
    A channel must pass :attr:`Notification.key` on to the receiver; it may be called
    again with the same notification after a crash, and should then do no harm (skip a
    message it can see was already delivered, or let the receiver dedupe on the key).
    """

    @property
    def name(self) -> str:
        """The name it is registered under."""
        ...

    def deliver(self, notification: Notification) -> None:
        """Hand ``notification`` to the receiving side; raise on failure."""
        ...


#: the monotonic time by which the delivery in progress must end (set by the engine)
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "planflow_delivery_deadline", default=None)


def delivery_deadline(default: float | None = None) -> float:
    """When the delivery in progress must be over, as a :func:`time.monotonic` value.

    The engine gives each delivery a total deadline (``settings.engine.delivery_timeout``
    seconds: connecting, sending and reading the answer together) and abandons a
    delivery still running at it (the row goes back to pending). Channels read it to
    bound their own work: a channel called outside a tick gets ``default`` seconds from
    now (30 when None).
    """
    at = _DEADLINE.get()
    if at is not None:
        return at
    return time.monotonic() + (30.0 if default is None else default)


def set_delivery_deadline(at: float | None) -> contextvars.Token[float | None]:
    """Set the deadline :func:`delivery_deadline` gives in this context (the engine's)."""
    return _DEADLINE.set(at)


# -- outbox rows -----------------------------------------------------------------

@attrs.frozen
class OutboxRow:
    """One outbox row as stored (see :class:`Notification` for the fields it keeps).

    ``state`` is ``"pending"`` (waiting, maybe after a failure: ``last_error``,
    ``next_attempt``), ``"sending"`` (claimed by the process ``claimed_by``),
    ``"delivered"`` (at ``delivered_at``), ``"withdrawn"`` (its subject closed before it
    went out) or ``"failed"`` (refused for good: ``last_error`` says why); ``attempts``
    counts the claims.
    """

    id: int
    key: str
    plan: str
    subject_type: str
    subject: str
    event: str
    tier: int
    recipient: str
    channel: str
    address: str
    payload: dict[str, Any]
    created_on: date
    state: str
    attempts: int
    last_error: str | None
    next_attempt: datetime | None
    claimed_by: str | None
    delivered_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (dates as ISO text; the payload left out)."""
        d = attrs.asdict(self)
        d.pop("payload")
        for k, v in d.items():
            if isinstance(v, date):
                d[k] = v.isoformat()
        return d

    def notification(self) -> Notification:
        """The notification this row holds."""
        return row_notification(self)


#: the outbox's columns, in order (the store's table has exactly these)
OUTBOX_FIELDS: tuple[str, ...] = tuple(a.name for a in attrs.fields(OutboxRow))

#: the fields of a :class:`Notification` an outbox row keeps as columns (``payload`` as
#: JSON text); ``recipient_name``, ``subject_line`` and ``body`` are read from the payload
STORED_FIELDS: tuple[str, ...] = ("key", "plan", "subject_type", "subject", "event", "tier",
                                  "recipient", "channel", "address", "payload")


def row_values(n: Notification) -> dict[str, Any]:
    """The stored fields of ``n`` (the payload as a dict; the store encodes it)."""
    return {f: getattr(n, f) for f in STORED_FIELDS}


def row_notification(row: OutboxRow) -> Notification:
    """The notification an outbox row holds (the inverse of :func:`row_values`)."""
    p = row.payload
    recipient = p.get("recipient")
    name = recipient.get("name", row.recipient) if isinstance(recipient, dict) else row.recipient
    return Notification(row.key, row.plan, row.subject_type, row.subject, row.event, row.tier,
                        row.recipient, name, row.channel, row.address,
                        p.get("subject_line", ""), p.get("body", ""), p)


# -- from events to notifications --------------------------------------------------

def notification_key(plan_key: str, event: Event, recipient: str, channel: str) -> str:
    """The idempotency key of ``event`` for ``recipient`` on ``channel``: the plan, the
    subject, the event and tier, the deadline, the occurrence (recurring tasks), the
    recipient and the channel."""
    e = event
    occ = f"|occ:{e.occurrence_start.isoformat()}" if e.occurrence_start is not None else ""
    return (f"{plan_key}|{e.subject_type}:{e.subject}|{e.kind.value}:{e.tier}"
            f"|due:{e.due.isoformat() if e.due else '-'}{occ}|to:{recipient}|{channel}")


def notification_payload(plan: Plan, plan_key: str, event: Event, key: str, recipient: str,
                         recipient_name: str, subject_line: str, body: str) -> dict[str, Any]:
    """The JSON-ready facts of a notification (what webhooks post)."""
    e = event
    payload: dict[str, Any] = {
        "key": key,
        "plan": {"key": plan_key, "symbol": plan.document.symbol, "title": plan.document.title},
        "event": e.kind.value, "tier": e.tier, "on": e.on.isoformat(),
        "subject": {"type": e.subject_type, "id": e.subject, "title": e.title},
        "due": e.due.isoformat() if e.due else None,
        "status": e.status.value,
        "recipient": {"id": recipient, "name": recipient_name},
        "subject_line": subject_line, "body": body,
    }
    if e.occurrence_start is not None and e.occurrence_end is not None:
        payload["occurrence"] = {"index": e.occurrence, "start": e.occurrence_start.isoformat(),
                                 "end": e.occurrence_end.isoformat()}
    return payload


def digest_key(plan_key: str, day: date, events: Iterable[Event], recipient: str,
               channel: str) -> str:
    """The idempotency key of the digest of ``events`` to ``recipient`` on ``channel`` on
    ``day``: the day, a digest of the items' own keys (the same items give the same key,
    so a rerun of the day sends nothing), the recipient and the channel."""
    items = sorted(notification_key(plan_key, e, recipient, channel) for e in events)
    h = hashlib.sha256("\n".join(items).encode("utf-8")).hexdigest()[:16]
    return f"{plan_key}|digest:{day.isoformat()}:{h}|to:{recipient}|{channel}"


def _item(e: Event, subject_line: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "event": e.kind.value, "tier": e.tier,
        "subject": {"type": e.subject_type, "id": e.subject, "title": e.title},
        "due": e.due.isoformat() if e.due else None, "status": e.status.value,
        "subject_line": subject_line,
    }
    if e.occurrence_start is not None and e.occurrence_end is not None:
        item["occurrence"] = {"index": e.occurrence, "start": e.occurrence_start.isoformat(),
                              "end": e.occurrence_end.isoformat()}
    return item


def _compose_digest(w: Wording, plan: Plan, recipient: str, events: list[Event],
                    texts: list[tuple[str, str]], evaluation: Evaluation) -> tuple[str, str]:
    """The digest's subject line and body: the wording's ``compose_digest`` when it has
    one, else the items' subject lines one per line."""
    compose = getattr(w, "compose_digest", None)
    if callable(compose):
        subject, body = compose(plan, recipient, events, evaluation)
        return str(subject), str(body)
    symbol = plan.document.symbol or plan.document.title
    lines = [f"- {subject}" for subject, _ in texts]
    return (f"{len(events)} items to act on ({symbol})",
            "\n".join([f"Plan: {symbol}", *lines, ""]))


def _with_link(body: str, link: str | None) -> str:
    """``body`` with ``link`` on a line of its own at the end (unchanged without one)."""
    return body if not link else f"{body.rstrip()}\n\n{link}\n"


def notifications(plan: Plan, evaluation: Evaluation, events: Iterable[Event],
                  channel_names: Collection[str], wording: Wording | None = None,
                  config: EngineConfig | None = None) -> list[Notification]:
    """The day's notifications: one per recipient agency and channel.

    An agency told of one event gets that event's notification; an agency told of
    several on the same day gets one digest listing them all (``subject_type``
    ``"digest"``, ``subject`` the agency, ``event`` ``"digest"``, ``tier`` the number of
    items, the items in ``payload["items"]``), as offices chase by unit. An agency's
    channels are those of ``channel_names`` (the registered ones) its ``contacts`` name;
    when it names none, its policy's (the plan's default, ``["outbox"]`` unless set). The
    texts are ``wording``'s (default: the plan's); ``config`` is the plan's engine
    settings (default: read from the plan).
    """
    cfg = config if config is not None else EngineConfig.from_plan(plan)
    key0 = plan_key(plan)
    names = set(channel_names)
    w = wording if wording is not None else wording_for(plan)
    per: dict[tuple[str, date], list[Event]] = {}
    for e in events:
        for r in e.recipients:
            per.setdefault((r, e.on), []).append(e)
    texts: dict[int, tuple[str, str]] = {}
    out: list[Notification] = []
    hook = registry_of(plan).hook
    found: dict[tuple[str, date], str | None] = {}

    def links(agency: str, on: date) -> str | None:
        # the access_link hook: the recipient's web link (planflow_web), asked once each
        if (agency, on) not in found:
            link = hook.access_link(agency=agency, plan=plan, on=on)
            found[(agency, on)] = str(link) if link else None
        return found[(agency, on)]

    for (r, day), evs in per.items():
        for e in evs:
            if id(e) not in texts:
                subject_line, body = w.compose(plan, e, evaluation)
                texts[id(e)] = (" ".join(subject_line.split()), body)  # one line, whatever the titles hold
        agency = plan.agency_by_id.get(r)
        link = links(r, day)
        contacts = agency.contacts if agency is not None else {}
        chosen = [c for c in contacts if c in names] or list(cfg.policy_for(r).channels)
        name = agency.name if agency is not None else r
        if len(evs) > 1:
            subject_line, body = _compose_digest(w, plan, r, evs, [texts[id(e)] for e in evs],
                                                 evaluation)
            subject_line = " ".join(subject_line.split())
        for ch in chosen:
            address = contacts.get(ch, "")
            if ch == "outbox" and not address:
                address = cfg.outbox or ""
            if len(evs) == 1:
                e = evs[0]
                subject_line, body = texts[id(e)]
                key = notification_key(key0, e, r, ch)
                text = _with_link(body, link)
                payload = notification_payload(plan, key0, e, key, r, name, subject_line, text)
                if link:
                    payload["link"] = link
                out.append(Notification(key, key0, e.subject_type, e.subject, e.kind.value,
                                        e.tier, r, name, ch, address, subject_line, text,
                                        payload))
                continue
            key = digest_key(key0, day, evs, r, ch)
            payload = {
                "key": key,
                "plan": {"key": key0, "symbol": plan.document.symbol, "title": plan.document.title},
                "event": "digest", "tier": len(evs), "on": day.isoformat(),
                "subject": {"type": "digest", "id": r, "title": name},
                "recipient": {"id": r, "name": name},
                "items": [_item(e, texts[id(e)][0]) for e in evs],
                "subject_line": subject_line, "body": _with_link(body, link),
            }
            if link:
                payload["link"] = link
            out.append(Notification(key, key0, "digest", r, "digest", len(evs), r, name, ch,
                                    address, subject_line, _with_link(body, link), payload))
    return out
