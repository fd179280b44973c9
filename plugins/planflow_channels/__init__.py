"""planflow_channels: the built-in notification channels.

Built-in plugin, registered through the ``planflow`` entry point like any third-party
plugin; it imports only planflow's public API.

* ``outbox`` (:mod:`planflow_channels.outbox`), the default: a Maildir folder any mail
  client can read; no server needed; idempotent (one file per idempotency key).
* ``email`` (:mod:`planflow_channels.smtp`): SMTP with STARTTLS or SSL; settings and
  credentials from ``PLANFLOW_SMTP_*`` environment variables only; a Message-ID derived
  from the idempotency key.
* ``webhook`` (:mod:`planflow_channels.webhook`): an HTTP POST of the notification as
  JSON, carrying the idempotency key, signed with HMAC-SHA256
  (``PLANFLOW_WEBHOOK_SECRET``).
"""

from __future__ import annotations

from collections.abc import Callable

import planflow

from .message import build_message, message_id
from .outbox import OutboxChannel
from .smtp import EmailChannel
from .webhook import WebhookChannel, sign

__all__ = ["EmailChannel", "OutboxChannel", "WebhookChannel", "build_message", "message_id",
           "register_channels", "sign"]


@planflow.hookimpl
def register_channels(register: Callable[..., None]) -> None:
    """The ``outbox``, ``email`` and ``webhook`` channels."""
    register(OutboxChannel())
    register(EmailChannel())
    register(WebhookChannel())
