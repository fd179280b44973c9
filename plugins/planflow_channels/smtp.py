"""The ``email`` channel: SMTP with STARTTLS or SSL; settings from the environment only.

``PLANFLOW_SMTP_HOST`` (required), ``PLANFLOW_SMTP_PORT`` (default 587 with STARTTLS,
465 with SSL, 25 without), ``PLANFLOW_SMTP_SECURITY`` (``starttls``, the default;
``ssl``; ``none`` for a local relay), ``PLANFLOW_SMTP_USER`` and
``PLANFLOW_SMTP_PASSWORD`` (log in when set), ``PLANFLOW_SMTP_FROM`` (the sender;
default the user), ``PLANFLOW_SMTP_CAFILE`` (a CA bundle to trust besides the system's),
``PLANFLOW_SMTP_TIMEOUT`` (seconds, default 30: also bounded by the engine's delivery
deadline, and for the whole conversation, not each read). The address is the agency's
``email`` contact.

A 5xx answer (550 no such mailbox, 554 refused...) is a permanent failure: the row becomes
``failed`` with the server's answer; anything else (no connection, 4xx, a timeout) is
retried later. No error names the password.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Mapping

import attrs

import planflow

from .message import build_message

__all__ = ["EmailChannel", "SmtpSettings", "check_email"]


def check_email(address: str) -> str | None:
    """What is wrong with ``address`` as an email address, None when it is one."""
    a = address.strip()
    local, at, domain = a.rpartition("@")
    if (not at or not local or not domain or "@" in local or any(c in a for c in "<>,;\"\\ ")
            or not a.isprintable() or "." not in domain.strip(".") or domain.startswith(".")
            or domain.endswith(".") or ".." in domain):
        return f"an email address such as name@example.org, not {address!r}"
    return None


@attrs.frozen
class SmtpSettings:
    """Where and how to send, read from ``PLANFLOW_SMTP_*``."""

    host: str
    port: int
    security: str
    user: str | None
    password: str | None
    sender: str
    cafile: str | None
    timeout: float

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SmtpSettings:
        e = os.environ if env is None else env
        host = e.get("PLANFLOW_SMTP_HOST")
        if not host:
            raise planflow.PlanflowError("email: set PLANFLOW_SMTP_HOST (and PLANFLOW_SMTP_* "
                                         "as needed) to send email")
        security = e.get("PLANFLOW_SMTP_SECURITY", "starttls").lower()
        if security not in ("starttls", "ssl", "none"):
            raise planflow.PlanflowError(f"email: PLANFLOW_SMTP_SECURITY is starttls, ssl or "
                                         f"none, not {security!r}")
        default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
        user = e.get("PLANFLOW_SMTP_USER") or None
        try:
            port = int(e.get("PLANFLOW_SMTP_PORT") or default_port)
            timeout = float(e.get("PLANFLOW_SMTP_TIMEOUT") or 30)
        except ValueError:
            raise planflow.PlanflowError("email: PLANFLOW_SMTP_PORT and PLANFLOW_SMTP_TIMEOUT "
                                         "are numbers") from None
        if not 0 < port < 65536 or not timeout > 0:
            raise planflow.PlanflowError("email: PLANFLOW_SMTP_PORT is a port (1-65535) and "
                                         "PLANFLOW_SMTP_TIMEOUT a positive number of seconds")
        return cls(host, port, security, user,
                   e.get("PLANFLOW_SMTP_PASSWORD") or None,
                   e.get("PLANFLOW_SMTP_FROM") or user or "planflow@planflow.invalid",
                   e.get("PLANFLOW_SMTP_CAFILE") or None,
                   timeout)

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)


@attrs.frozen
class EmailChannel:
    """Sends each notification as one email to the agency's ``email`` contact."""

    name: str = "email"

    def check_address(self, address: str) -> str | None:
        """An email address (one ``@``, a dotted domain, no spaces or brackets)."""
        return check_email(address)

    def deliver(self, notification: planflow.Notification) -> None:
        try:
            s = SmtpSettings.from_env()
        except planflow.DeliveryError:
            raise
        except planflow.PlanflowError as e:
            raise planflow.DeliveryError(str(e)) from None
        if not notification.address:
            raise planflow.DeliveryError(f"email: agency {notification.recipient!r} has no "
                                         "email contact", permanent=True)
        problem = check_email(notification.address)
        if problem:
            raise planflow.DeliveryError(f"email: agency {notification.recipient!r}: {problem}",
                                         permanent=True)
        try:
            msg = build_message(notification, s.sender)
        except ValueError as e:
            raise planflow.DeliveryError(f"email: {e}", permanent=True) from None
        deadline = min(planflow.delivery_deadline(s.timeout), time.monotonic() + s.timeout)
        try:
            _send(s, msg, deadline)
        except smtplib.SMTPRecipientsRefused as e:
            codes = [c for c, _ in e.recipients.values()]
            answer = "; ".join(f"{c} {_text(m)}" for c, m in e.recipients.values())
            raise planflow.DeliveryError(f"email: {s.host} refused the recipient: {answer}",
                                         permanent=all(c >= 500 for c in codes)) from None
        except smtplib.SMTPResponseException as e:
            raise planflow.DeliveryError(
                f"email: {s.host} answered {e.smtp_code} {_text(e.smtp_error)}",
                permanent=e.smtp_code >= 500) from None
        except _Timeout:
            raise planflow.DeliveryError(f"email: no complete answer from {s.host} before "
                                         "the delivery's deadline") from None
        except (OSError, ValueError, smtplib.SMTPException) as e:
            raise planflow.DeliveryError(f"email: {s.host}:{s.port}: {type(e).__name__}: "
                                         f"{_redact(str(e), s)}") from None


class _Timeout(Exception):
    pass


def _text(m: object) -> str:
    text = m.decode("utf-8", "replace") if isinstance(m, bytes) else str(m)
    return " ".join(text.split())[:300]


def _redact(text: str, s: SmtpSettings) -> str:
    if s.password:
        text = text.replace(s.password, "***")
    return text


def _send(s: SmtpSettings, msg: object, deadline: float) -> None:
    """The SMTP conversation, its socket shut down at ``deadline`` by a watchdog (a
    timeout per read does not bound a server answering one byte at a time)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _Timeout
    smtp: smtplib.SMTP
    if s.security == "ssl":
        smtp = smtplib.SMTP_SSL(timeout=left, context=s.tls_context())
    else:
        smtp = smtplib.SMTP(timeout=left)
    fired = threading.Event()

    def fire() -> None:
        fired.set()
        sock = getattr(smtp, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    timer = threading.Timer(left, fire)
    timer.daemon = True
    timer.start()
    smtp._host = s.host  # type: ignore[attr-defined]  # SMTP(host) sets it: the TLS server name
    try:
        smtp.connect(s.host, s.port)
        if s.security == "starttls":
            smtp.starttls(context=s.tls_context())
        if s.user and s.password:
            smtp.login(s.user, s.password)
        smtp.send_message(msg)  # type: ignore[arg-type]
        smtp.quit()
    except (OSError, smtplib.SMTPServerDisconnected) as e:
        if fired.is_set() or isinstance(e, TimeoutError):
            raise _Timeout from None
        raise
    finally:
        timer.cancel()
        smtp.close()
