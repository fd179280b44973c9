"""The ``email`` channel: SMTP with STARTTLS or SSL; settings from the environment only.

``PLANFLOW_SMTP_HOST`` (required), ``PLANFLOW_SMTP_PORT`` (default 587 with STARTTLS,
465 with SSL, 25 without), ``PLANFLOW_SMTP_SECURITY`` (``starttls``, the default;
``ssl``; ``none`` for a local relay), ``PLANFLOW_SMTP_USER`` and
``PLANFLOW_SMTP_PASSWORD`` (log in when set), ``PLANFLOW_SMTP_FROM`` (the sender;
default the user), ``PLANFLOW_SMTP_CAFILE`` (a CA bundle to trust besides the system's),
``PLANFLOW_SMTP_TIMEOUT`` (seconds, default 30). The address is the agency's ``email``
contact.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping

import attrs

import planflow

from .message import build_message

__all__ = ["EmailChannel", "SmtpSettings"]


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
        return cls(host, int(e.get("PLANFLOW_SMTP_PORT") or default_port), security, user,
                   e.get("PLANFLOW_SMTP_PASSWORD") or None,
                   e.get("PLANFLOW_SMTP_FROM") or user or "planflow@planflow.invalid",
                   e.get("PLANFLOW_SMTP_CAFILE") or None,
                   float(e.get("PLANFLOW_SMTP_TIMEOUT") or 30))

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)


@attrs.frozen
class EmailChannel:
    """Sends each notification as one email to the agency's ``email`` contact."""

    name: str = "email"

    def deliver(self, notification: planflow.Notification) -> None:
        s = SmtpSettings.from_env()
        if not notification.address:
            raise planflow.PlanflowError(f"email: agency {notification.recipient!r} has no "
                                         "email contact")
        msg = build_message(notification, s.sender)
        smtp: smtplib.SMTP
        if s.security == "ssl":
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=s.tls_context())
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        with smtp:
            if s.security == "starttls":
                smtp.starttls(context=s.tls_context())
            if s.user and s.password:
                smtp.login(s.user, s.password)
            smtp.send_message(msg)
