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
from typing import TYPE_CHECKING

import planflow

if TYPE_CHECKING:
    from .message import build_message, message_id
    from .outbox import OutboxChannel
    from .smtp import EmailChannel
    from .webhook import WebhookChannel, sign

# The rest loads on first use (PEP 562): registering the plugin, which every planflow
# command does, imports only its hooks. No __dir__: pluggy reads dir(module).
_LAZY: dict[str, tuple[str, str]] = {
    "build_message": ("message", "build_message"),
    "message_id": ("message", "message_id"),
    "OutboxChannel": ("outbox", "OutboxChannel"),
    "EmailChannel": ("smtp", "EmailChannel"),
    "WebhookChannel": ("webhook", "WebhookChannel"),
    "sign": ("webhook", "sign"),
}


__getattr__ = planflow.lazy_attributes(__name__, _LAZY)


__all__ = ["EmailChannel", "OutboxChannel", "WebhookChannel", "build_message", "message_id",
           "register_channels", "sign"]


@planflow.hookimpl
def register_channels(register: Callable[..., None]) -> None:
    """The ``outbox``, ``email`` and ``webhook`` channels."""
    from .outbox import OutboxChannel
    from .smtp import EmailChannel
    from .webhook import WebhookChannel

    register(OutboxChannel())
    register(EmailChannel())
    register(WebhookChannel())
