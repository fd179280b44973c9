"""``planflow --help`` without building the command line (private).

The top-level help is click's rendering of the command table, the plugins' commands
included: building it (click, the core's commands, every plugin loaded to register its
own) was two thirds of ``planflow --help``. Where nothing can make click's rendering
differ from :data:`TEXT`, :mod:`planflow._quick` prints :data:`TEXT` itself:

* the English help: no ``$PLANFLOW_LANG`` (or ``en``), and a system language
  (``$LC_ALL``, else ``$LC_MESSAGES``, else ``$LANG``) that is English, ``C`` or
  ``POSIX`` (another may be one a plugin words the help in: click renders it);
* click's width of 78 columns (a terminal of at least 80 columns, or none: see
  :func:`terminal_columns`);
* exactly the built-in plugins' entry points (:data:`PLUGINS`), all loaded
  (``$PLANFLOW_LOAD_PLUGINS`` unset): another plugin may add a command.

Anything else is click's. tests/test_quick.py renders click's help and compares it with
:data:`TEXT` byte for byte (a command or a sentence changed in one place fails there),
and checks the cases above go to click.
"""

from __future__ import annotations

import os
import sys

#: the ``planflow`` entry points whose commands :data:`TEXT` lists (name: value)
PLUGINS = {"channels": "planflow_channels", "docs": "planflow_docs",
           "import": "planflow_import", "vn": "planflow_vn", "web": "planflow_web"}

#: click's width for the help written here (see :func:`terminal_columns`)
WIDTH = 78

#: ``planflow --help`` as click writes it, in English, 78 columns wide
TEXT = """\
Usage: planflow [OPTIONS] COMMAND [ARGS]...

  planflow: action plans as dependency graphs with owners, deadlines and
  reports.

  PLAN is a .toml or .json plan file, or path/to/script.py:attribute.

Options:
  --version   Show the version and exit.
  -h, --help  Show this message and exit.

Commands:
  calendar   List every task deadline and report obligation of PLAN in...
  db         The tracking store's schema: which version it is at, and...
  holidays   List each day off and swapped working day of YEAR on the...
  import     Read a plan document (text, Markdown, HTML, Word, PDF,...
  plans      The plans the store runs: add (or revise), list, history,...
  plugins    List the installed plugins and the hooks each implements.
  record     Record what happened to TASK of PLAN: done, a progress note,...
  render     Write PLAN (or its report, or a reminder letter) as a document.
  schedule   Print PLAN's schedule: earliest and latest dates, slack, the...
  serve      Serve the office's web page (Vietnamese): the board, each...
  status     Where PLAN stands on a day: one line per unit and the...
  submit     Record that AGENCY sent its report for PERIOD (a period's...
  tick       Decide PLAN's reminders, overdue notices and escalations,...
  timeframe  Resolve the timeframe words TEXT and print what they mean.
  validate   Check PLAN and print every problem; exit 2 when there are...
"""


def terminal_columns() -> int:
    """The terminal's width as :func:`shutil.get_terminal_size` gives it: ``$COLUMNS``,
    else the size of ``sys.__stdout__``'s terminal, else 80 (without importing
    :mod:`shutil`: with bz2, lzma, fnmatch, a tenth of ``--help``)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def help_width(max_width: int | None = None) -> int:
    """The width the command line's help formatter writes at (click's rule over
    :func:`terminal_columns`)."""
    limit = 80 if max_width is None else max_width
    return max(min(terminal_columns(), limit) - 2, 50)


def _english() -> bool:
    """Whether the command line's help is click's English (see the module's notes)."""
    if os.environ.get("PLANFLOW_LANG") not in (None, "", "en"):
        return False
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(".", 1)[0].split("_", 1)[0].split("@", 1)[0].lower()
            return code in ("", "c", "posix", "en")
    return True


def _built_in_plugins_only() -> bool:
    """Whether the default registry loads exactly :data:`PLUGINS` (the first entry point
    of each name is the one it loads)."""
    if "PLANFLOW_LOAD_PLUGINS" in os.environ:
        return False
    from .registry import entry_points

    found: dict[str, str] = {}
    for ep in entry_points("planflow"):
        found.setdefault(ep.name, ep.value)
    return found == PLUGINS


def top_level_help() -> str | None:
    """:data:`TEXT` when it is what ``planflow --help`` writes here; None when click must
    render it."""
    if not _english() or help_width() != WIDTH:
        return None
    if not _built_in_plugins_only():
        return None
    return TEXT
