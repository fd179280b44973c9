"""Notifications: what the engine asks a channel to deliver, and the channel protocol.

The engine turns each event into one notification per recipient agency and channel, and
keeps it in the store's outbox under its idempotency key until a channel has delivered it.
Plugins add channels through :func:`planflow.hookspecs.register_channels`.
"""

from __future__ import annotations

import hashlib
from typing import Any, Protocol, runtime_checkable

import attrs

__all__ = ["Channel", "Notification"]


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

    name: str

    def deliver(self, notification: Notification) -> None:
        """Hand ``notification`` to the receiving side; raise on failure."""
        ...
