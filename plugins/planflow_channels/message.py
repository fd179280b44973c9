"""Notifications as email messages (for the email and outbox channels)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

import planflow

__all__ = ["build_message", "message_id", "one_line"]

#: plans live in Asia/Ho_Chi_Minh (UTC+7, no daylight saving)
_PLAN_TZ = timezone(timedelta(hours=7))


def one_line(text: str) -> str:
    """``text`` with every line break and control character folded to a space.

    Agency names and task titles come from plan files; folding them means no value can
    start a new header line (header injection).
    """
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def message_id(notification: planflow.Notification, domain: str | None = None) -> str:
    """The Message-ID of ``notification``: the same key always gives the same id."""
    dom = domain or os.environ.get("PLANFLOW_MAIL_DOMAIN") or "planflow.invalid"
    return f"<{notification.digest}@{one_line(dom).replace(' ', '')}>"


def build_message(notification: planflow.Notification, sender: str) -> Message:
    """An RFC 5322 message: UTF-8 body, RFC 2047 encoded headers, deterministic
    Message-ID and Date (the event's day, 07:00 in the plan's time zone), the key in
    ``X-Planflow-Key``.

    Built with the stdlib's ``compat32`` classes: their RFC 2047 encoder splits long
    values at character boundaries, and a display name is one encoded word, which every
    reader (including Python's own ``policy.default`` parser) decodes exactly.
    """
    n = notification
    msg = MIMEText(n.body, "plain", "utf-8")
    # compat32 messages take Header values; typeshed types MIMEText's header values as str
    msg["Subject"] = Header(one_line(n.subject_line), "utf-8")  # type: ignore[assignment]
    msg["From"] = _address(sender, "planflow")
    msg["To"] = (_address(n.address, n.recipient_name) if "@" in n.address
                 else formataddr((one_line(n.recipient_name), "undisclosed-recipients@planflow.invalid"),
                                 "utf-8"))
    msg["Message-ID"] = message_id(n)
    day = n.payload.get("on")
    if day:
        when = datetime.fromisoformat(day).replace(hour=7, tzinfo=_PLAN_TZ)
        msg["Date"] = format_datetime(when)
    msg["X-Planflow-Key"] = Header(one_line(n.key), "utf-8")  # type: ignore[assignment]  # Header: see Subject
    msg["X-Planflow-Event"] = f"{n.event}:{n.tier}"
    return msg


def _address(addr: str, name: str) -> str:
    addr = addr.strip()
    if (any(c in addr for c in "<>,;\"\\ ") or not addr.isprintable() or addr.count("@") != 1
            or not all(addr.partition("@")[::2])):
        raise ValueError(f"not an email address: {addr!r}")
    return formataddr((one_line(name), addr), "utf-8")
