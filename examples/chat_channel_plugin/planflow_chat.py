"""planflow-chat: deliver planflow notifications to a chat or SMS gateway.

A third-party plugin in one module. It adds the channel ``chat``: each notification is
POSTed as JSON to the gateway at ``PLANFLOW_CHAT_URL`` (default
``http://127.0.0.1:8765/send``), addressed to the agency's ``chat`` contact (a room, a
group or a phone number)::

    [[agencies]]
    id = "cong-an-xa"
    name = "Công an xã"
    contacts = { chat = "+84900000001" }

The request carries the notification's idempotency key, so a gateway can drop a message
the engine retries after a crash. It uses only planflow's public API.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable

import planflow

DEFAULT_URL = "http://127.0.0.1:8765/send"


class ChatChannel:
    """POST ``{to, text, key, event, plan}`` to the gateway; raise when it does not accept."""

    name = "chat"

    def __init__(self, url: str | None = None, timeout: float = 10.0):
        self.url = url
        self.timeout = timeout

    def deliver(self, notification: planflow.Notification) -> None:
        url = self.url or os.environ.get("PLANFLOW_CHAT_URL", DEFAULT_URL)
        if not notification.address:
            raise planflow.PlanflowError(
                f"chat: agency {notification.recipient!r} has no chat contact")
        body = json.dumps({
            "to": notification.address,
            "text": f"{notification.subject_line}\n\n{notification.body}",
            "key": notification.key,
            "event": notification.event,
            "plan": notification.plan,
        }, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8",
            "Idempotency-Key": notification.digest,
        })
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                resp.read()
        except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
            raise planflow.PlanflowError(f"chat: POST {url} failed: {e}") from None


@planflow.hookimpl
def register_channels(register: Callable[..., None]) -> None:
    """The ``chat`` channel."""
    register(ChatChannel())
