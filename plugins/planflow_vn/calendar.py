"""The Vietnamese work calendar ("vn"), and deadline arithmetic on it.

A day is worked unless it is a Saturday or a Sunday, a public holiday, or a day off an
office added; a weekend day the government swapped into a working day is worked.

* Public holidays come from the maintained ``holidays`` package (``holidays.Vietnam``):
  Tết Dương lịch, lunar Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh, their substitute
  days (*nghỉ bù*) and the swaps it knows (``weekend_workdays``, e.g. Saturday 04/5/2024
  worked for Monday 29/4/2024).
* Each year the Prime Minister (or the Ministry of Home Affairs) announces days off and
  swapped working days for civil servants. An office adds them as data, without waiting
  for a new release of ``holidays``: ``VietnamCalendar(days_off=..., working_days=...)``,
  or :meth:`VietnamCalendar.from_file` with a TOML or JSON file::

      # vn-days.toml
      [[days_off]]
      date = "2025-09-01"
      name = "Nghỉ Quốc khánh (Thông báo của Bộ Nội vụ)"

      [[working_days]]
      date = "2025-09-06"
      name = "Làm bù cho ngày 01/9/2025"

Deadline rule (Bộ luật Dân sự 2015, Điều 148 khoản 5): when the last day of a period
is a day off, the period ends at the end of the next working day
(:meth:`VietnamCalendar.deadline_end`). Lead times count in calendar days or working
days ("05 ngày làm việc"): :func:`parse_lead` and :meth:`Lead.after`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

import planflow

from .patterns import lazy

if TYPE_CHECKING:  # pathlib (and urllib.parse, ipaddress) only to read an office's data file
    from pathlib import Path

__all__ = ["DAYS_ENV", "DECISIONS", "NOT_LAW", "Lead", "VietnamCalendar", "default_calendar", "holidays_of",
           "parse_lead"]


def _to_date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise planflow.TimeframeError(str(value), f"{where}: not an ISO 8601 date (YYYY-MM-DD)")


def _days(value: object, where: str) -> dict[dt.date, str]:
    """Dates with their names from a list of ISO dates, of {date, name} tables, or a mapping."""
    if value is None:
        return {}
    out: dict[dt.date, str] = {}
    if isinstance(value, Mapping):
        items: Iterable[Any] = ({"date": k, "name": v} for k, v in value.items())
    elif isinstance(value, (str, bytes)):
        raise TypeError(f"{where}: a list of dates, not a single string")
    else:
        items = value  # type: ignore[assignment]
    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            if "date" not in item:
                raise planflow.TimeframeError(str(dict(item)), f"{where}[{i}]: no 'date'")
            out[_to_date(item["date"], f"{where}[{i}]")] = str(item.get("name") or "")
        else:
            out[_to_date(item, f"{where}[{i}]")] = ""
    return out


def _day_map(value: object) -> dict[dt.date, str]:
    return _days(value, "days")


def package_days(year: int) -> tuple[list[tuple[dt.date, str]], list[dt.date]]:
    """``year``'s public holidays (date and Vietnamese name) and swapped working days as
    the installed ``holidays`` package gives them: from :mod:`planflow_vn.holiday_table`
    when it holds that release's year, else from the package."""
    from .holiday_table import table_days

    got = table_days(year)
    if got is not None:
        return got
    hol = vietnam_holidays(year)
    return list(hol.items()), list(getattr(hol, "weekend_workdays", ()) or ())


def vietnam_holidays(year: int) -> Any:
    """``holidays.country_holidays("VN", years=year, language="vi")``, importing only the
    package's Vietnam module: ``holidays.countries``' own ``__init__`` imports all of its
    ~250 countries, which took longer than the rest of planflow_vn. Falls back to the
    package's own way when its files are not laid out as expected."""
    import importlib.util
    import os
    import sys

    import holidays  # on first use: it takes longer to import than planflow_vn

    name = "holidays.countries.vietnam"
    module = sys.modules.get(name)
    if module is None and "holidays.countries" not in sys.modules:
        path = os.path.join(os.path.dirname(holidays.__file__), "countries", "vietnam.py")
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is not None and spec.loader is not None and os.path.isfile(path):
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[name]
                raise
    if module is None or not hasattr(module, "Vietnam"):
        return holidays.country_holidays("VN", years=year, language="vi")
    return module.Vietnam(years=year, language="vi")


@attrs.frozen(eq=False)
class VietnamCalendar:
    """Vietnam's working days: Monday to Friday less public holidays, plus the data an office adds.

    ``days_off`` and ``working_days`` map dates to a name (the decision that set them);
    plain lists of dates are accepted. A date may not be in both.
    """

    days_off: dict[dt.date, str] = attrs.field(factory=dict, converter=_day_map)
    working_days: dict[dt.date, str] = attrs.field(factory=dict, converter=_day_map)
    name: str = "vn"
    #: per year: (days off, swapped working days, names); filled lazily
    _years: dict[int, tuple[frozenset[dt.date], frozenset[dt.date], dict[dt.date, str]]] = (
        attrs.field(factory=dict, init=False, repr=False)
    )

    def __attrs_post_init__(self) -> None:
        both = sorted(set(self.days_off) & set(self.working_days))
        if both:
            raise planflow.TimeframeError(
                both[0].isoformat(), "listed both as a day off and as a working day"
            )

    # -- construction ---------------------------------------------------------
    @classmethod
    def from_data(cls, data: Mapping[str, Any], name: str = "vn") -> VietnamCalendar:
        """A calendar from ``{"days_off": [...], "working_days": [...]}`` (dates or {date, name})."""
        unknown = set(data) - {"days_off", "working_days", "name"}
        if unknown:
            raise planflow.TimeframeError(
                ", ".join(sorted(unknown)), "unknown keys (expected days_off, working_days)"
            )
        return cls(
            _days(data.get("days_off"), "days_off"),
            _days(data.get("working_days"), "working_days"),
            name=str(data.get("name", name)),
        )

    @classmethod
    def from_file(cls, path: str | Path, name: str = "vn") -> VietnamCalendar:
        """A calendar from a ``.toml`` or ``.json`` file shaped like :meth:`from_data`."""
        import json
        import tomllib
        from pathlib import Path

        p = Path(path)
        raw = p.read_bytes()
        data = (
            tomllib.loads(raw.decode("utf-8")) if p.suffix.lower() == ".toml" else json.loads(raw)
        )
        return cls.from_data(data, name=name)

    def with_days_off(self, days: Iterable[dt.date] | Mapping[dt.date, str]) -> VietnamCalendar:
        """The same calendar with more days off."""
        return VietnamCalendar(
            {**self.days_off, **_days(days, "days_off")}, self.working_days, name=self.name
        )

    def with_working_days(self, days: Iterable[dt.date] | Mapping[dt.date, str]) -> VietnamCalendar:
        """The same calendar with more swapped working days."""
        return VietnamCalendar(
            self.days_off, {**self.working_days, **_days(days, "working_days")}, name=self.name
        )

    # -- the protocol ---------------------------------------------------------
    def _year(self, year: int) -> tuple[frozenset[dt.date], frozenset[dt.date], dict[dt.date, str]]:
        got = self._years.get(year)
        if got is None:
            names: dict[dt.date, str] = {}
            swapped: set[dt.date] = set()
            if 1900 < year < 2200:
                try:
                    days, swaps = package_days(year)
                    names.update((d, n) for d, n in days if d.isoformat() not in NOT_LAW)
                    swapped.update(swaps)
                except Exception:  # pragma: no cover - a broken holidays release
                    names = {}
            names.update((d, n) for d, n in self.days_off.items() if d.year == year)
            swapped = {d for d in swapped if d.year == year and d not in self.days_off}
            swapped |= {d for d in self.working_days if d.year == year}
            off = frozenset(d for d in names if d not in self.working_days)
            got = (off, frozenset(swapped), names)
            self._years[year] = got
        return got

    def is_working_day(self, day: dt.date) -> bool:
        """True when state offices work on ``day``."""
        off, swapped, _ = self._year(day.year)
        if day in swapped:
            return True
        if day in off:
            return False
        return day.weekday() < 5

    def is_day_off(self, day: dt.date) -> bool:
        """True on weekends and holidays not swapped into working days."""
        return not self.is_working_day(day)

    def holiday_name(self, day: dt.date) -> str | None:
        """The Vietnamese name of the holiday or day off on ``day`` (None for other days)."""
        off, _, names = self._year(day.year)
        return names.get(day) if day in off else None

    def days_off_in(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """Every day off from ``start`` to ``end`` inclusive (weekends included)."""
        out = []
        day = start
        while day <= end:
            if not self.is_working_day(day):
                out.append(day)
            day += dt.timedelta(days=1)
        return out

    # -- deadline arithmetic ----------------------------------------------------
    def deadline_end(self, last_day: dt.date) -> dt.date:
        """The day a period ending on ``last_day`` really ends (BLDS 2015 Điều 148 khoản 5).

        ``last_day`` itself when worked; else the next working day.
        """
        return planflow.roll_forward(self, last_day)

    def add_days(self, day: dt.date, n: int, *, working: bool = False) -> dt.date:
        """``n`` calendar days (or working days with ``working=True``) after ``day``."""
        if working:
            return planflow.add_working_days(self, day, n)
        return day + dt.timedelta(days=n)


#: The Government's decisions moving days off and working days for state offices, with
#: their sources, as data: (day, "off" or "work", what it is, the decision). The statutory
#: holidays come from the ``holidays`` package; these are what a year's decision adds. Only
#: decisions actually issued belong here, never a proposal.
_VPCP_2023 = "Công văn số 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ"
_LDTBXH_2024 = "Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và Xã hội"
_VPCP_2024_04 = "Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ"
_VPCP_2025 = "Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ"

DECISIONS: tuple[tuple[str, str, str, str], ...] = (
    # 2023: Tết Quý Mão from Friday 20/1 to Thursday 26/1; Quốc khánh from Friday 1/9 to
    # Monday 4/9 (the weekdays off; the holidays package agrees)
    *((f"2023-01-{d}", "off", "Nghỉ Tết Âm lịch 2023 (20/01 - 26/01/2023)", _VPCP_2023)
      for d in ("20", "23", "24", "25", "26")),
    *((f"2023-09-0{d}", "off", "Nghỉ lễ Quốc khánh 2023 (01/9 - 04/9/2023)", _VPCP_2023)
      for d in ("1", "4")),
    # 2024: Tết Giáp Thìn from Thursday 8/2 to Wednesday 14/2; 30/4-1/5 from Saturday 27/4
    # to Wednesday 1/5, Monday 29/4 worked on Saturday 4/5; Quốc khánh from Saturday 31/8
    # to Tuesday 3/9
    *((f"2024-02-{d}", "off", "Nghỉ Tết Âm lịch 2024 (08/02 - 14/02/2024)", _LDTBXH_2024)
      for d in ("08", "09", "12", "13", "14")),
    ("2024-04-29", "off", "Nghỉ dịp 30/4 - 1/5/2024 (hoán đổi với thứ Bảy 04/5/2024)",
     _VPCP_2024_04),
    ("2024-05-04", "work", "Làm việc bù cho thứ Hai 29/4/2024", _VPCP_2024_04),
    *((f"2024-09-0{d}", "off", "Nghỉ lễ Quốc khánh 2024 (31/8 - 03/9/2024)", _LDTBXH_2024)
      for d in ("2", "3")),
    # 2025: Tết Ất Tỵ nine days, from Saturday 25/1 to Sunday 2/2 (the weekdays 27-31/1)
    *((f"2025-01-{d}", "off", "Nghỉ Tết Âm lịch 2025 (25/01 - 02/02/2025)", _VPCP_2025)
      for d in ("27", "28", "29", "30", "31")),
    ("2026-01-02", "off", "Nghỉ Tết Dương lịch 2026 (hoán đổi với thứ Bảy 10/01/2026)",
     "Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ"),
    ("2026-01-10", "work", "Làm việc bù cho thứ Sáu 02/01/2026",
     "Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ"),
)

#: Days the ``holidays`` package lists as off on the strength of a policy that was not law
#: when this release was made, with why: the "vn" calendar works them unless an office's
#: data file (or ``days_off``) says otherwise. 24/11 "Ngày Văn hóa Việt Nam" was chosen by
#: the Politburo (Nghị quyết 80-NQ/TW) as a paid day off to come, and Nghị quyết
#: 30/NQ-CP tasks amending Bộ luật Lao động 2019, Điều 112 khoản 1 for it; no amendment
#: or Government decision giving civil servants 24/11/2026 off was found.
NOT_LAW: dict[str, str] = {
    "2026-11-24": "Ngày Văn hóa Việt Nam: chủ trương (Nghị quyết 80-NQ/TW), chưa sửa Bộ luật "
                  "Lao động 2019, Điều 112",
}

#: the environment variable naming an office's own data file (TOML or JSON, shaped like
#: :meth:`VietnamCalendar.from_data`), read when the "vn" calendar is first built
DAYS_ENV = "PLANFLOW_VN_DAYS"

_PACKAGE = "thư viện holidays (holidays.Vietnam: Bộ luật Lao động 2019, Điều 112)"

_DEFAULT: VietnamCalendar | None = None


def _office_file() -> str | None:
    import os

    return os.environ.get(DAYS_ENV) or None


def default_calendar() -> VietnamCalendar:
    """The shared "vn" calendar: public holidays, the shipped :data:`DECISIONS`, and the
    office's own data file named by ``PLANFLOW_VN_DAYS`` (its entries win)."""
    global _DEFAULT
    if _DEFAULT is None:
        off = {dt.date.fromisoformat(d): name for d, k, name, _ in DECISIONS if k == "off"}
        work = {dt.date.fromisoformat(d): name for d, k, name, _ in DECISIONS if k == "work"}
        path = _office_file()
        if path:
            try:
                office = VietnamCalendar.from_file(path)
            except (OSError, ValueError) as e:
                raise planflow.PlanflowError(f"{DAYS_ENV}={path}: {e}") from None
            for day in office.days_off:
                work.pop(day, None)
            for day in office.working_days:
                off.pop(day, None)
            off.update(office.days_off)
            work.update(office.working_days)
        _DEFAULT = VietnamCalendar(off, work)
    return _DEFAULT


def holidays_of(year: int, calendar: VietnamCalendar | None = None) -> list[dict[str, str]]:
    """Each day off (a holiday or a decision's day off on a weekday) and swapped working
    day of ``year`` on the "vn" calendar, in date order: ``{date, kind ("off" or
    "work"), name, source}``."""
    cal = calendar or default_calendar()
    off, swapped, names = cal._year(year)
    shipped = {dt.date.fromisoformat(d): src for d, _, _, src in DECISIONS}
    path = _office_file()
    office: set[dt.date] = set()
    if path and calendar is None:
        data = VietnamCalendar.from_file(path)
        office = set(data.days_off) | set(data.working_days)

    def source(day: dt.date) -> str:
        if day in office:
            return f"dữ liệu của cơ quan ({DAYS_ENV}={path})"
        if day in shipped:
            return shipped[day]
        if day in cal.days_off or day in cal.working_days:
            return "dữ liệu của cơ quan"
        return _PACKAGE

    out = [{"date": d.isoformat(), "kind": "off", "name": names.get(d, ""), "source": source(d)}
           for d in off]
    out += [{"date": d.isoformat(), "kind": "work",
             "name": cal.working_days.get(d, "") or "Làm việc bù", "source": source(d)}
            for d in swapped]
    out.sort(key=lambda x: x["date"])
    return out


# -- lead times ---------------------------------------------------------------
_LEAD = lazy(
    r"(?:trong\s+(?:vòng\s+|thời\s+hạn\s+)?)?(?P<n>[0-9]{1,4})\s*ngày(?P<w>\s+làm\s+việc)?",
    re.IGNORECASE,
)


@attrs.frozen
class Lead:
    """A lead time: ``days`` calendar days, or working days when ``working``."""

    days: int
    working: bool = False

    def after(self, day: dt.date, calendar: planflow.WorkCalendar | None = None) -> dt.date:
        """The last day of the lead time counted from ``day`` (the day itself not counted).

        Working days count on ``calendar`` (the "vn" calendar by default). A calendar-day
        count whose last day is a day off ends on the next working day (Điều 148 khoản 5).
        """
        cal = calendar if calendar is not None else default_calendar()
        if self.working:
            return planflow.add_working_days(cal, day, self.days)
        return planflow.roll_forward(cal, day + dt.timedelta(days=self.days))

    def __str__(self) -> str:
        return f"{self.days:02d} ngày làm việc" if self.working else f"{self.days:02d} ngày"


def parse_lead(text: str) -> Lead | None:
    """The lead time in words such as "05 ngày làm việc", "trong vòng 10 ngày"; else None."""
    m = _LEAD.search(planflow.nfc(text))
    if m is None:
        return None
    return Lead(int(m["n"]), working=bool(m["w"]))
