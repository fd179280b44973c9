"""The ``webhook`` channel: an HTTP POST of the notification as JSON, signed.

The URL is the agency's ``webhook`` contact, else ``PLANFLOW_WEBHOOK_URL``. The body is
the notification's payload (UTF-8 JSON, with its ``key``); headers carry
``Idempotency-Key`` (a digest of the key, ASCII) and ``X-Planflow-Signature:
sha256=<hex>``, the HMAC-SHA256 of the body under ``PLANFLOW_WEBHOOK_SECRET``.
``PLANFLOW_WEBHOOK_TIMEOUT`` (seconds, default 10) bounds each request;
``PLANFLOW_WEBHOOK_RETRIES`` (default 2) more attempts follow a connection error, a
timeout, 408, 429 or a 5xx answer before the delivery counts as failed (the engine then
retries on a later tick).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
import urllib.error
import urllib.request

import attrs

import planflow

__all__ = ["SIGNATURE_HEADER", "WebhookChannel", "sign"]

SIGNATURE_HEADER = "X-Planflow-Signature"


def sign(secret: str, body: bytes) -> str:
    """The signature header's value for ``body``: ``sha256=<hex HMAC-SHA256>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@attrs.frozen
class WebhookChannel:
    """POSTs each notification to the agency's webhook."""

    name: str = "webhook"
    #: pause before retry i is ``backoff * 2**i`` seconds
    backoff: float = 0.2

    def deliver(self, notification: planflow.Notification) -> None:
        url = notification.address or os.environ.get("PLANFLOW_WEBHOOK_URL", "")
        if not url.startswith(("http://", "https://")):
            raise planflow.PlanflowError(f"webhook: no http(s) URL for agency "
                                         f"{notification.recipient!r} (got {url!r})")
        secret = os.environ.get("PLANFLOW_WEBHOOK_SECRET")
        if not secret:
            raise planflow.PlanflowError("webhook: set PLANFLOW_WEBHOOK_SECRET to sign requests")
        timeout = float(os.environ.get("PLANFLOW_WEBHOOK_TIMEOUT") or 10)
        retries = int(os.environ.get("PLANFLOW_WEBHOOK_RETRIES") or 2)
        body = json.dumps(notification.payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Idempotency-Key": notification.digest,
            SIGNATURE_HEADER: sign(secret, body),
            "User-Agent": "planflow",
        }
        last: Exception | None = None
        for attempt in range(retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    resp.read()
                return
            except urllib.error.HTTPError as e:
                last = e
                if e.code not in (408, 429) and e.code < 500:
                    break
            except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
                last = e
        raise planflow.PlanflowError(f"webhook: POST {url} failed: {last}")
