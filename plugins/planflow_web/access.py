"""Who may do what on the web page: signed, expiring access tokens and CSRF tokens.

A token is ``PAYLOAD.SIGNATURE``: the payload is URL-safe base64 of the JSON
``{"r": role, "u": unit, "exp": unix seconds}`` (role ``"unit"`` with the unit's agency
id, or ``"office"`` for the leaders and the office's clerks); the signature is
HMAC-SHA256 of the payload under the deployment's secret (:func:`secret`), URL-safe
base64. Nothing is stored server-side: changing the secret revokes every link at once.
A form's CSRF token is an HMAC of the access token, so it is tied to the session that
shows the form.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs

import planflow

__all__ = ["SECRET_ENV", "SECRET_FILE_ENV", "Access", "TokenError", "csrf_token", "make_token",
           "read_token", "secret"]

#: the secret itself (takes precedence)
SECRET_ENV = "PLANFLOW_WEB_SECRET"
#: a file holding the secret (default: ``web-secret`` in planflow's user data folder,
#: created with a random secret on first use, readable by its owner only)
SECRET_FILE_ENV = "PLANFLOW_WEB_SECRET_FILE"

_CONTEXT = b"planflow-web-token-v1."


class TokenError(planflow.PlanflowError):
    """A token that is malformed, forged (bad signature) or expired."""


@attrs.frozen
class Access:
    """Whom a valid token names: ``role`` ``"office"`` or ``"unit"``; ``unit`` the
    agency id of a unit's token; ``expires`` when it stops working (UTC)."""

    role: str
    unit: str | None
    expires: datetime

    @property
    def office(self) -> bool:
        return self.role == "office"

    def may_write_for(self, agencies: tuple[str, ...] | list[str]) -> bool:
        """True when this token may write an item owed by any of ``agencies``."""
        return self.office or (self.unit is not None and self.unit in agencies)


def secret(env: dict[str, str] | None = None) -> bytes:
    """The signing secret: ``$PLANFLOW_WEB_SECRET``, else the text of the file
    ``$PLANFLOW_WEB_SECRET_FILE``, else the file ``web-secret`` in the user data folder
    (created with 32 random bytes on first use, mode 0600)."""
    e = os.environ if env is None else env
    if e.get(SECRET_ENV):
        return e[SECRET_ENV].encode("utf-8")
    if e.get(SECRET_FILE_ENV):
        path = Path(e[SECRET_FILE_ENV]).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("planflow", appauthor=False)) / "web-secret"
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        if e.get(SECRET_FILE_ENV):
            raise planflow.PluginError(f"{SECRET_FILE_ENV}: no file {path}") from None
        path.parent.mkdir(parents=True, exist_ok=True)
        text = secrets.token_urlsafe(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    except OSError as err:
        raise planflow.PluginError(f"cannot read the web secret {path}: {err.strerror}") from None
    if len(text) < 16:
        raise planflow.PluginError(f"the web secret in {path} is shorter than 16 characters")
    return text.encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, payload: str) -> str:
    return _b64(hmac.new(key, _CONTEXT + payload.encode("ascii"), hashlib.sha256).digest())


def make_token(key: bytes, unit: str | None, expires: datetime) -> str:
    """A token for ``unit`` (an agency id; None: the office) valid until ``expires``
    (an aware datetime, or naive UTC)."""
    exp = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
    body = {"r": "office" if unit is None else "unit", "u": unit, "exp": int(exp.timestamp())}
    payload = _b64(json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    return f"{payload}.{_sign(key, payload)}"


def token_for_days(key: bytes, unit: str | None, days: int, now: datetime) -> str:
    """A token for ``unit`` valid ``days`` days from ``now``."""
    return make_token(key, unit, now + timedelta(days=days))


def read_token(key: bytes, token: str, now: datetime) -> Access:
    """Whom ``token`` names; :class:`TokenError` when it is malformed, forged or expired
    at ``now``."""
    payload, dot, sig = token.partition(".")
    if not dot or not payload or not sig or len(token) > 2000:
        raise TokenError("malformed token")
    try:
        if not hmac.compare_digest(_sign(key, payload), sig):
            raise TokenError("bad signature")
        body = json.loads(_unb64(payload))
        role, unit, exp = body["r"], body["u"], int(body["exp"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as err:
        raise TokenError(f"malformed token: {err}") from None
    if role not in ("unit", "office") or (role == "unit") != isinstance(unit, str):
        raise TokenError("malformed token")
    expires = datetime.fromtimestamp(exp, UTC)
    current = now if now.tzinfo else now.replace(tzinfo=UTC)
    if current >= expires:
        raise TokenError(f"expired on {expires:%Y-%m-%d %H:%M} UTC")
    return Access(role, unit if role == "unit" else None, expires)


def csrf_token(key: bytes, token: str) -> str:
    """The CSRF token forms carry for the session of ``token``."""
    return _b64(hmac.new(key, b"planflow-web-csrf." + token.encode("ascii", "replace"),
                         hashlib.sha256).digest())[:32]
