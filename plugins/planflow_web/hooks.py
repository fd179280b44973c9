"""planflow_web's hooks: the ``serve`` command."""

from __future__ import annotations

from typing import Any

import planflow

__all__ = ["BASE_URL_ENV", "LINK_DAYS_ENV", "access_link", "register_commands"]


@planflow.hookimpl
def register_commands(cli: Any) -> None:
    """``planflow serve``: the office's web page over the tracking store
    (``--links`` prints each unit's access link instead of serving)."""
    from .command import serve

    cli.add_command(serve)


#: where units reach the page; notifications carry links only when it is set
BASE_URL_ENV = "PLANFLOW_WEB_BASE_URL"
#: how many days a notification's link stays valid, from the notification's day
LINK_DAYS_ENV = "PLANFLOW_WEB_LINK_DAYS"


@planflow.hookimpl
def access_link(agency: str, plan: Any, on: Any) -> str | None:
    """The unit's signed access link (``$PLANFLOW_WEB_BASE_URL/t/TOKEN``, valid
    ``$PLANFLOW_WEB_LINK_DAYS`` days from ``on``, default 30) when
    ``$PLANFLOW_WEB_BASE_URL`` is set; None otherwise."""
    import os

    base = os.environ.get(BASE_URL_ENV, "").strip().rstrip("/")
    if not base:
        return None
    from datetime import UTC, datetime, time, timedelta

    from .access import make_token, secret

    try:
        days = int(os.environ.get(LINK_DAYS_ENV, "30"))
    except ValueError:
        raise planflow.PluginError(f"{LINK_DAYS_ENV}: a number of days, not "
                                   f"{os.environ[LINK_DAYS_ENV]!r}") from None
    expires = datetime.combine(on, time(), UTC) + timedelta(days=max(1, days) + 1)
    return f"{base}/t/{make_token(secret(), agency, expires)}"
