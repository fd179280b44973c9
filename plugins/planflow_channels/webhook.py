"""The ``webhook`` channel: an HTTP POST of the notification as JSON, signed.

The URL is the agency's ``webhook`` contact, else ``PLANFLOW_WEBHOOK_URL``. The body is
the notification's payload (UTF-8 JSON, with its ``key``); headers carry
``Idempotency-Key`` (a digest of the key, ASCII), ``X-Planflow-Timestamp`` (Unix
seconds when the request was signed) and ``X-Planflow-Signature: sha256=<hex>``, the
HMAC-SHA256 under ``PLANFLOW_WEBHOOK_SECRET`` of ``<timestamp>.`` followed by the body:
the timestamp is inside the signed content, so a receiver that refuses old timestamps
refuses replays (docs/engine.md shows one).

Only a 2xx answer is a delivery. A redirect is not followed, except 307 and 308 to the
same origin (scheme, host and port), where the same body is POSTed again with the same
headers; a redirect elsewhere is a permanent failure, so the signature never goes to
another origin. 4xx answers other than 408 and 429 are permanent failures (the row
becomes ``failed``); a connection error, a timeout, 408, 429 and 5xx are temporary:
``PLANFLOW_WEBHOOK_RETRIES`` (default 2) more attempts follow inside the delivery, then
the engine retries on a later tick. The whole delivery (connect, send, answer, retries)
ends by the engine's deadline (``settings.engine.delivery_timeout``, 30 s), also against
a receiver that answers one byte at a time; ``PLANFLOW_WEBHOOK_TIMEOUT`` lowers it.

A URL may carry credentials as userinfo (``https://user:token@host/``): they are sent
as HTTP basic authentication, never resolved as a host name, and, like a query string,
never written into an error, the outbox or a log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import json
import os
import socket
import threading
import time
import urllib.parse

import attrs

import planflow

__all__ = ["SIGNATURE_HEADER", "TIMESTAMP_HEADER", "WebhookChannel", "redact_url", "sign",
           "verify"]

SIGNATURE_HEADER = "X-Planflow-Signature"
TIMESTAMP_HEADER = "X-Planflow-Timestamp"

#: at most this many same-origin 307/308 redirects are followed
_MAX_REDIRECTS = 3


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The signature header's value: ``sha256=<hex HMAC-SHA256 of "<timestamp>." + body>``."""
    signed = str(int(timestamp)).encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, timestamp: str, signature: str, *,
           max_age: float = 300, now: float | None = None) -> bool:
    """What a receiver checks: the signature matches and the timestamp is at most
    ``max_age`` seconds old (nor more than that in the future): a replay of an old
    request fails."""
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - ts) > max_age:
        return False
    return hmac.compare_digest(sign(secret, body, ts), signature)


def redact_url(url: str) -> str:
    """``url`` without its secrets: the userinfo's password or token, and the query's
    values, become ``***``."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<an unreadable URL>"
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc += f":{port}"
    if parts.username is not None or parts.password is not None:
        netloc = "***@" + netloc
    query = "&".join(f"{k}=***" for k, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    if parts.query and not query:
        query = "***"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def check_url(url: str) -> str | None:
    """What is wrong with ``url`` as a webhook address, None when it will do."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as e:
        return f"not a URL ({e})"
    if parts.scheme not in ("http", "https"):
        return f"an http:// or https:// URL, not {redact_url(url)!r}"
    if not parts.hostname:
        return f"a URL with a host name, not {redact_url(url)!r}"
    if any(not c.isprintable() or c.isspace() for c in url):
        return "a URL without spaces or control characters"
    return None


class _Watchdog:
    """Shuts the connection's socket down at the deadline, so no read or write waits
    past it (a socket timeout alone bounds each read, not a receiver dripping bytes)."""

    def __init__(self, conn: http.client.HTTPConnection, deadline: float):
        self.conn = conn
        self.fired = False
        self.timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        sock = self.conn.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> _Watchdog:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()


@attrs.frozen
class WebhookChannel:
    """POSTs each notification to the agency's webhook."""

    name: str = "webhook"
    #: pause before retry i is ``backoff * 2**i`` seconds
    backoff: float = 0.2

    def check_address(self, address: str) -> str | None:
        """An http(s) URL with a host."""
        return check_url(address)

    def deliver(self, notification: planflow.Notification) -> None:
        url = notification.address or os.environ.get("PLANFLOW_WEBHOOK_URL", "")
        problem = check_url(url) if url else "no URL (give the agency a webhook contact or set PLANFLOW_WEBHOOK_URL)"
        if problem:
            raise planflow.DeliveryError(f"webhook: agency {notification.recipient!r}: {problem}",
                                         permanent=True)
        secret = os.environ.get("PLANFLOW_WEBHOOK_SECRET")
        if not secret:
            raise planflow.DeliveryError("webhook: set PLANFLOW_WEBHOOK_SECRET to sign requests")
        try:
            own = float(os.environ.get("PLANFLOW_WEBHOOK_TIMEOUT") or 30)
            retries = int(os.environ.get("PLANFLOW_WEBHOOK_RETRIES") or 2)
        except ValueError:
            raise planflow.DeliveryError("webhook: PLANFLOW_WEBHOOK_TIMEOUT and "
                                         "PLANFLOW_WEBHOOK_RETRIES are numbers") from None
        deadline = min(planflow.delivery_deadline(own), time.monotonic() + own)
        body = json.dumps(notification.payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Idempotency-Key": notification.digest,
            TIMESTAMP_HEADER: str(ts),
            SIGNATURE_HEADER: sign(secret, body, ts),
            "User-Agent": "planflow",
        }
        shown = redact_url(url)
        last = "no attempt"
        for attempt in range(retries + 1):
            if attempt:
                pause = self.backoff * 2 ** (attempt - 1)
                if time.monotonic() + pause >= deadline:
                    break
                time.sleep(pause)
            outcome = _post(url, body, headers, deadline)
            if outcome is None:
                return
            last, permanent = outcome
            if permanent:
                raise planflow.DeliveryError(f"webhook: POST {shown}: {last}", permanent=True)
            if time.monotonic() >= deadline:
                break
        raise planflow.DeliveryError(f"webhook: POST {shown}: {last}")


def _post(url: str, body: bytes, headers: dict[str, str],
          deadline: float) -> tuple[str, bool] | None:
    """POST once (following same-origin 307/308): None when a 2xx answered, else the
    problem and whether it is permanent. Never raises for the network's failures."""
    origin = _origin(url)
    for _ in range(_MAX_REDIRECTS + 1):
        parts = urllib.parse.urlsplit(url)
        hdrs = dict(headers)
        if parts.username is not None:
            cred = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            hdrs["Authorization"] = "Basic " + base64.b64encode(cred.encode("utf-8")).decode("ascii")
        left = deadline - time.monotonic()
        if left <= 0:
            return "no answer before the delivery's deadline", False
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.hostname or "", parts.port, timeout=left)
        target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        watchdog = _Watchdog(conn, deadline)
        try:
            with watchdog:
                conn.request("POST", target, body=body, headers=hdrs)
                resp = conn.getresponse()
                resp.read()
                code, location = resp.status, resp.getheader("Location")
        except (OSError, http.client.HTTPException) as e:
            if watchdog.fired or isinstance(e, TimeoutError):
                return "no complete answer before the delivery's deadline", False
            return f"{type(e).__name__}: {_quiet(e, url)}", False
        finally:
            conn.close()
        if 200 <= code < 300:
            return None
        if 300 <= code < 400:
            if code in (307, 308) and location:
                nxt = urllib.parse.urljoin(url, location)
                if _origin(nxt) == origin:
                    url = nxt
                    continue
                return (f"answered {code}, a redirect to another origin: not followed (the "
                        f"signature stays with the configured origin)"), True
            return f"answered {code}, a redirect: not followed (point the webhook at the final URL)", True
        if code in (408, 429) or code >= 500:
            return f"answered {code}", False
        return f"answered {code}", True
    return f"more than {_MAX_REDIRECTS} redirects", True


def _origin(url: str) -> tuple[str, str, int | None]:
    p = urllib.parse.urlsplit(url)
    return (p.scheme, (p.hostname or "").lower(), p.port or (443 if p.scheme == "https" else 80))


def _quiet(e: BaseException, url: str) -> str:
    """``e``'s message with the URL's secrets taken out."""
    text = str(e)
    parts = urllib.parse.urlsplit(url)
    for secret in (parts.password, parts.username, parts.query, url):
        if secret:
            text = text.replace(secret, "***")
    return text
