"""The holidays package's Vietnamese days, as a table made by one release of it.

Reading a year's holidays imports the ``holidays`` package (its calendars, every holiday
group, its version through importlib.metadata): the longest import of a command that
counts working days on the "vn" calendar. The table holds what that package gives, for
the years most plans live in, made by the release named in it; it is used only when that
very release is installed (read from its ``.dist-info`` folder's name, without importing
it), so the days are the package's own either way. Another release, or a year outside the
table, is read from the package itself.

Regenerate it after upgrading ``holidays`` (until then the package is read; the table's
release is the one ``.ci-venv`` had when it was made)::

    python -m planflow_vn.holiday_table
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

__all__ = ["FIRST_YEAR", "LAST_YEAR", "TABLE", "installed_version", "make_table", "table_days"]

TABLE = Path(__file__).with_name("holidays_vn.json")
FIRST_YEAR, LAST_YEAR = 1995, 2060

_loaded: dict[str, Any] | None = None


def installed_version() -> str | None:
    """The installed ``holidays`` release, from its ``.dist-info`` folder's name (None
    when it cannot be told that way: not installed, or more than one folder)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    site = os.path.dirname(next(iter(spec.submodule_search_locations)))
    try:
        found = [n for n in os.listdir(site)
                 if n.startswith("holidays-") and n.endswith(".dist-info")]
    except OSError:
        return None
    return found[0][len("holidays-"):-len(".dist-info")] if len(found) == 1 else None


def _table() -> dict[str, Any] | None:
    global _loaded
    if _loaded is None:
        try:
            data = json.loads(TABLE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        _loaded = data if data.get("holidays") == installed_version() else {}
    return _loaded or None


def table_days(year: int) -> tuple[list[tuple[dt.date, str]], list[dt.date]] | None:
    """``year``'s holidays (date and name, in the package's order) and swapped working
    days (in date order; the package keeps them in a set) as the installed ``holidays``
    release gives them, from the table; None when the table does not hold them (another
    release, another year)."""
    table = _table()
    entry = table["years"].get(str(year)) if table else None
    if entry is None:
        return None
    names = table["names"]  # type: ignore[index]
    return ([(dt.date.fromisoformat(d), names[k]) for d, k in entry["off"]],
            [dt.date.fromisoformat(d) for d in entry["swapped"]])


def make_table(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> dict[str, Any]:
    """The table of the installed ``holidays`` release for the years ``first``..``last``."""
    from .calendar import vietnam_holidays

    names: list[str] = []
    index: dict[str, int] = {}
    years: dict[str, Any] = {}
    for year in range(first, last + 1):
        hol = vietnam_holidays(year)
        off = []
        for d, n in hol.items():
            if n not in index:
                index[n] = len(names)
                names.append(n)
            off.append([d.isoformat(), index[n]])
        swapped = sorted(d.isoformat() for d in getattr(hol, "weekend_workdays", ()) or ())
        years[str(year)] = {"off": off, "swapped": swapped}
    return {"holidays": installed_version(), "language": "vi", "names": names, "years": years}


def main() -> None:
    """Write the table of the installed ``holidays`` release."""
    TABLE.write_text(json.dumps(make_table(), ensure_ascii=False, separators=(",", ":")) + "\n",
                     encoding="utf-8")
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
