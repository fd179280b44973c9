"""planflow_web: the office's web page (``planflow serve``).

Built-in plugin, registered through the ``planflow`` entry point like any third-party
plugin; it imports only planflow's public API. A Starlette application with Jinja2
templates (in Vietnamese, dates dd/mm/yyyy), served by uvicorn, its stylesheet inside the
package (nothing is fetched from the internet):

* :mod:`planflow_web.app`: the pages (the board, a plan, a unit's items) and the writes
  (progress, "hoàn thành", a report received), through the same
  :class:`planflow.Store` calls as ``planflow record`` and ``planflow submit``.
* :mod:`planflow_web.access`: signed, expiring access tokens (a unit's, the office's)
  and CSRF tokens.
* :mod:`planflow_web.views`: the store's plans evaluated on a day, as rows for pages.
* :mod:`planflow_web.command`: ``planflow serve [--read-only] [--links]``.

See docs/offices.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import planflow

from .hooks import access_link, register_commands

if TYPE_CHECKING:
    from .access import Access, TokenError, csrf_token, make_token, read_token, secret
    from .app import create_app

_LAZY: dict[str, tuple[str, str]] = {
    "Access": ("access", "Access"),
    "TokenError": ("access", "TokenError"),
    "csrf_token": ("access", "csrf_token"),
    "make_token": ("access", "make_token"),
    "read_token": ("access", "read_token"),
    "secret": ("access", "secret"),
    "create_app": ("app", "create_app"),
}

__getattr__ = planflow.lazy_attributes(__name__, _LAZY)

__all__ = ["Access", "TokenError", "access_link", "create_app", "csrf_token", "make_token",
           "read_token", "register_commands", "secret"]
