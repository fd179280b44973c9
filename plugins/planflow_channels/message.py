"""Notifications as email messages (for the email and outbox channels)."""

from __future__ import annotations

import email.policy
import os
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

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


def build_message(notification: planflow.Notification, sender: str) -> EmailMessage:
    """An RFC 5322 message: UTF-8 body, RFC 2047 encoded headers, deterministic
    Message-ID and Date (the event's day, 07:00 in the plan's time zone), the key in
    ``X-Planflow-Key``."""
    n = notification
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Subject"] = one_line(n.subject_line)
    msg["From"] = _address(sender, "planflow")
    msg["To"] = _address(n.address, n.recipient_name) if "@" in n.address else Address(
        display_name=one_line(n.recipient_name), username="undisclosed-recipients",
        domain="planflow.invalid")
    msg["Message-ID"] = message_id(n)
    day = n.payload.get("on")
    if day:
        when = datetime.fromisoformat(day).replace(hour=7, tzinfo=_PLAN_TZ)
        msg["Date"] = format_datetime(when)
    msg["X-Planflow-Key"] = one_line(n.key)
    msg["X-Planflow-Event"] = f"{n.event}:{n.tier}"
    msg.set_content(n.body, charset="utf-8", cte="8bit" if _is_short(n.body) else "base64")
    return msg


def _is_short(body: str) -> bool:
    return all(len(line.encode("utf-8")) < 900 for line in body.splitlines())


def _address(addr: str, name: str) -> Address:
    addr = addr.strip()
    if any(c in addr for c in "\r\n<>,;\"") or addr.count("@") != 1:
        raise ValueError(f"not an email address: {addr!r}")
    user, _, domain = addr.partition("@")
    return Address(display_name=one_line(name), username=user, domain=domain)
