"""Periods: spans of days and the calendar units plans count in.

One module does the month, quarter, half-year, year and school-year arithmetic that
timeframe readers, cadences, labels and documents need:

* :class:`Span`: a first and a last day, both included.
* units: ``"day"``, ``"week"`` (ISO, Monday first), ``"month"``, ``"quarter"``,
  ``"half"`` (half-year), ``"year"`` and ``"school_year"`` (*năm học*: 1 September to
  31 May of the next year; June to August belong to no school year);
  :func:`unit_start`, :func:`unit_end`, :func:`unit_span` for the unit holding a day,
  :func:`iter_units` for every unit meeting a span, :func:`is_whole` to tell whether a
  span is exactly one unit;
* :func:`month_span`, :func:`quarter_span`, :func:`half_span`, :func:`year_span`,
  :func:`school_year_span` for a named unit, and :func:`quarter_of`, :func:`half_of`,
  :func:`school_year_of` for the unit a day falls in;
* :func:`add_months` (the day clamped to the end of a shorter month: 31 January plus one
  month is 28 or 29 February), :func:`on_day` (day N of a month, clamped the same way),
  :func:`days_in_month`, :func:`month_end`, :func:`month_count`.

The edge is pendulum's, the design's choice for dates: every function accepts stdlib
``datetime.date`` values and pendulum ``Date``/``DateTime`` values (which are ``date``
subclasses), and :func:`to_date` and :meth:`Span.parse` read text through
``pendulum.parse`` (ISO 8601 dates, and intervals such as ``"2023-01-01/2023-03-31"`` or
``"2023-01-01/P3M"``); :meth:`Span.interval` gives a ``pendulum.Interval`` back. Inside,
the arithmetic is plain integers on stdlib ``date`` values, and every date returned is a
stdlib ``date``: pendulum objects are slow, and the engine compares millions of dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal, get_args

import attrs

if TYPE_CHECKING:
    import pendulum

__all__ = [
    "DateError",
    "MONTHS_IN",
    "UNITS",
    "Span",
    "PeriodUnit",
    "add_months",
    "days_in_month",
    "half_of",
    "half_span",
    "is_whole",
    "iter_units",
    "month_count",
    "month_end",
    "month_span",
    "on_day",
    "quarter_of",
    "quarter_span",
    "school_year_of",
    "school_year_span",
    "to_date",
    "unit_end",
    "unit_span",
    "unit_start",
    "year_span",
]

#: The units :func:`unit_span` and :func:`iter_units` know.
PeriodUnit = Literal["day", "week", "month", "quarter", "half", "year", "school_year"]
UNITS: tuple[str, ...] = get_args(PeriodUnit)
#: How many months each month-aligned unit lasts (a year's units tile it, aligned on January).
MONTHS_IN: dict[str, int] = {"month": 1, "quarter": 3, "half": 6, "year": 12}

#: The school year (*năm học*): 1 September to 31 May (what the Vietnamese reader uses).
SCHOOL_YEAR_START = (9, 1)
SCHOOL_YEAR_END = (5, 31)

_ONE = timedelta(days=1)
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# -- the edge: pendulum and stdlib values in, stdlib dates out ---------------------

class DateError(ValueError):
    """A date that cannot be meant: ``code`` says why ("not_a_date", "ambiguous",
    "short_year", "no_month", "no_day") and ``fields`` fill the words, so that the command
    line can say it in the user's language (``planflow.PHRASES``' ``date.*`` keys)."""

    def __init__(self, code: str, message: str, **fields: object) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def _day_first(value: str, text: str) -> date:
    """``D/M/YYYY`` (or with dots): the day first, a four-digit year."""
    parts = text.replace(".", "/").split("/")
    if len(parts) != 3 or not all(x.isdigit() for x in parts):
        raise DateError("not_a_date", f"{value!r} is not a date (DD/MM/YYYY or YYYY-MM-DD)",
                        value=value)
    d, m, y = (int(x) for x in parts)
    if len(parts[0]) == 4:  # 2026/06/12: the year first
        raise DateError("ambiguous", f"{value!r} is ambiguous: write DD/MM/YYYY or YYYY-MM-DD",
                        value=value)
    if len(parts[2]) != 4:
        example = f"{d:02d}/{m:02d}/20{parts[2][-2:].zfill(2)}"
        raise DateError("short_year", f"{value!r}: the year needs four digits (DD/MM/YYYY, e.g. "
                        f"{example})", value=value, example=example)
    if not 1 <= m <= 12:
        raise DateError("no_month", f"{value!r}: there is no month {m} (DD/MM/YYYY: the day "
                        "comes first)", value=value, month=m)
    if not 1 <= y:
        raise DateError("not_a_date", f"{value!r} is not a date (DD/MM/YYYY or YYYY-MM-DD)",
                        value=value)
    last = days_in_month(y, m)
    if not 1 <= d <= last:
        raise DateError("no_day", f"{value!r}: no such day ({_MONTH_NAMES[m - 1]} {y} has "
                        f"{last} days)", value=value, month=m, month_name=_MONTH_NAMES[m - 1],
                        year=y, last=last)
    return date(y, m, d)


def to_date(value: date | str, *, day_first: bool = False) -> date:
    """A stdlib ``date`` from a ``date``, a ``datetime`` or pendulum value, or ISO 8601 text.

    planflow's one date reader: plan files, the value classes and the command line all
    read dates through it.

    Text is read by ``pendulum.parse`` (``"2023-06-30"``, ``"20230630"``,
    ``"2023-06-30T08:00"``: the day is kept); :class:`ValueError` names text that is not
    one day. A ``datetime`` gives its date.

    ``day_first`` (what people type: the command line's date options) also reads the
    day first as Vietnamese offices write dates (``"30/6/2023"``, ``"30/06/2023"``,
    ``"30.06.2023"``: day, month, a four-digit year), and the ValueError says in one line
    why a date cannot be meant (``"31/2/2026"``, ``"2026-02-31"``: February 2026 has 28
    days; ``"12/6/26"``: the year needs four digits; ``"2026/06/12"``: ambiguous). Plan
    files keep ISO dates only.
    """
    if type(value) is date:
        return value
    if isinstance(value, date):  # datetime, pendulum.Date, pendulum.DateTime
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10 and text[4:5] == "-":  # YYYY-MM-DD, the plan files' form
            try:
                return date.fromisoformat(text)
            except ValueError:
                y, m, d = text[:4], text[5:7], text[8:]
                if day_first and text[7:8] == "-" and (y + m + d).isdigit():
                    return _day_first(value, f"{d}/{m}/{y}")
        if day_first and ("/" in text or (text.count(".") == 2
                                          and text.replace(".", "").isdigit())):
            return _day_first(value, text)
        import pendulum

        try:
            got = pendulum.parse(text, exact=True)
        except (ValueError, pendulum.parsing.exceptions.ParserError):
            raise DateError("not_iso", f"{value!r} is not a date (YYYY-MM-DD)",
                            value=value) from None
        if isinstance(got, date):
            return date(got.year, got.month, got.day)
        raise DateError("not_iso", f"{value!r} is not a date (YYYY-MM-DD)", value=value)
    raise TypeError(f"expected a date, got {type(value).__name__}")


def _check(start: date, end: date) -> None:
    if start > end:
        raise ValueError(f"a span ends ({end}) before it starts ({start})")


@attrs.frozen(slots=True, order=True)
class Span:
    """A span of days, ``start`` to ``end``, both included (a quarter, a report period...).

    Build one from stdlib dates (``Span(date(2023, 1, 1), date(2023, 3, 31))``); use
    :meth:`of` for pendulum values or ISO text, :meth:`parse` for an ISO interval.
    """

    start: date
    end: date

    def __attrs_post_init__(self) -> None:
        _check(self.start, self.end)

    @classmethod
    def of(cls, start: date | str, end: date | str) -> Span:
        """A span from any two dates :func:`to_date` reads (stdlib, pendulum, ISO text)."""
        return cls(to_date(start), to_date(end))

    @classmethod
    def parse(cls, text: str) -> Span:
        """A span from an ISO 8601 interval: ``"2023-01-01/2023-03-31"``, ``"2023-01-01/P3M"``.

        A duration gives the day before the end it reaches (``"2023-01-01/P3M"`` is
        Quý I: 1 January to 31 March), so the span is the days the interval covers.
        """
        import pendulum

        a, sep, b = text.strip().partition("/")
        if not sep:
            raise ValueError(f"{text!r} is not an interval (START/END or START/DURATION)")
        start = to_date(a)
        if b.strip().upper().startswith("P"):
            try:
                dur = pendulum.parse(b.strip(), exact=True)
            except (ValueError, pendulum.parsing.exceptions.ParserError):
                raise ValueError(f"{text!r}: {b!r} is not an ISO 8601 duration") from None
            if not isinstance(dur, pendulum.Duration):
                raise ValueError(f"{text!r}: {b!r} is not an ISO 8601 duration")
            months = dur.years * 12 + dur.months
            end = add_months(start, months) + timedelta(days=dur.remaining_days + 7 * dur.weeks)
            return cls(start, end - _ONE)
        return cls(start, to_date(b))

    @classmethod
    def from_interval(cls, interval: pendulum.Interval[pendulum.Date]) -> Span:
        """The days of a pendulum ``Interval`` (its start and end both included)."""
        return cls(to_date(interval.start), to_date(interval.end))

    def interval(self) -> pendulum.Interval[pendulum.Date]:
        """The span as a pendulum ``Interval`` (for durations and formatting at the edge)."""
        import pendulum

        a, b = self.start, self.end
        return pendulum.Interval(pendulum.date(a.year, a.month, a.day),
                                 pendulum.date(b.year, b.month, b.day))

    @property
    def days(self) -> int:
        """How many days it holds (both ends included)."""
        return (self.end - self.start).days + 1

    @property
    def months(self) -> int:
        """How many calendar months it touches (a span inside one month touches one)."""
        return month_count(self.start, self.end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share a day."""
        return self.start <= other.end and other.start <= self.end

    def clip(self, other: Span) -> Span | None:
        """The days of this span inside ``other``; None when they share none."""
        a, b = max(self.start, other.start), min(self.end, other.end)
        return Span(a, b) if a <= b else None

    def astuple(self) -> tuple[date, date]:
        """``(start, end)``."""
        return self.start, self.end

    def isoformat(self) -> str:
        """``"2023-01-01/2023-03-31"``."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


# -- months: integers inside ---------------------------------------------------------

def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` (1-12) of ``year`` has."""
    if month == 2:
        return 29 if _leap(year) else 28
    return _DAYS[month - 1]


def on_day(year: int, month: int, day: int) -> date:
    """Day ``day`` of the month, or its last day when the month is shorter (31 → 30 April)."""
    return date(year, month, min(day, days_in_month(year, month)))


def month_end(day: date) -> date:
    """The last day of the month ``day`` is in."""
    return date(day.year, day.month, days_in_month(day.year, day.month))


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative goes back), the day clamped to the month's end.

    ``add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)``.
    """
    y, m0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return on_day(y, m0 + 1, day.day)


def month_count(start: date, end: date) -> int:
    """How many calendar months the days ``start`` to ``end`` touch (one month: 1)."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def quarter_of(day: date) -> int:
    """The quarter (1 to 4) ``day`` falls in."""
    return (day.month - 1) // 3 + 1


def half_of(day: date) -> int:
    """The half-year (1: January to June, 2: July to December) ``day`` falls in."""
    return 1 if day.month <= 6 else 2


def _months(year: int, first: int, n: int) -> Span:
    """``n`` months from month ``first`` (1-12) of ``year``."""
    y, m0 = divmod(year * 12 + first - 1 + n - 1, 12)
    return Span(date(year, first, 1), date(y, m0 + 1, days_in_month(y, m0 + 1)))


def month_span(year: int, month: int) -> Span:
    """Month ``month`` (1-12) of ``year``."""
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month}: a year has months 1 to 12")
    return _months(year, month, 1)


def quarter_span(year: int, quarter: int) -> Span:
    """Quarter ``quarter`` (1-4) of ``year``: ``quarter_span(2023, 1)`` is 1/1 to 31/3/2023."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"there is no quarter {quarter}: a year has quarters 1 to 4")
    return _months(year, 3 * quarter - 2, 3)


def half_span(year: int, half: int) -> Span:
    """Half-year ``half`` (1 or 2) of ``year``."""
    if half not in (1, 2):
        raise ValueError(f"there is no half-year {half}: a year has halves 1 and 2")
    return _months(year, 6 * half - 5, 6)


def year_span(year: int) -> Span:
    """1 January to 31 December of ``year``."""
    return Span(date(year, 1, 1), date(year, 12, 31))


def school_year_span(first_year: int) -> Span:
    """The school year (*năm học*) ``first_year``-``first_year + 1``: 1/9 to 31/5."""
    return Span(date(first_year, *SCHOOL_YEAR_START), date(first_year + 1, *SCHOOL_YEAR_END))


def school_year_of(day: date) -> int | None:
    """The first year of the school year holding ``day``; None in the summer (June to August)."""
    if day.month >= SCHOOL_YEAR_START[0]:
        return day.year
    if (day.month, day.day) <= SCHOOL_YEAR_END:
        return day.year - 1
    return None


# -- units -------------------------------------------------------------------------------

def unit_span(day: date, unit: PeriodUnit) -> Span:
    """The ``unit`` that holds ``day``; :class:`ValueError` for a summer day's school year."""
    n = MONTHS_IN.get(unit)
    if n is not None:
        return _months(day.year, day.month - (day.month - 1) % n, n)
    d = to_date(day)
    if unit == "day":
        return Span(d, d)
    if unit == "week":
        a = d - timedelta(days=d.weekday())
        return Span(a, a + timedelta(days=6))
    if unit == "school_year":
        y = school_year_of(d)
        if y is None:
            raise ValueError(f"{d.isoformat()} is in the summer break: no school year holds it")
        return school_year_span(y)
    raise ValueError(f"unknown unit {unit!r} (one of {', '.join(UNITS)})")


def unit_start(day: date, unit: PeriodUnit) -> date:
    """The first day of the ``unit`` that holds ``day``."""
    return unit_span(day, unit).start


def unit_end(day: date, unit: PeriodUnit) -> date:
    """The last day of the ``unit`` that holds ``day``."""
    return unit_span(day, unit).end


def iter_units(start: date, end: date, unit: PeriodUnit) -> Iterator[Span]:
    """Every whole ``unit`` that shares a day with ``start`` to ``end``, in order.

    The units are not clipped: the first may begin before ``start`` and the last end
    after ``end``. Days, weeks, months, quarters, halves and years tile the span with
    no gap and no overlap; school years skip the summers.
    """
    start, end = to_date(start), to_date(end)
    _check(start, end)
    n = MONTHS_IN.get(unit)
    if n is not None:
        i = start.year * 12 + start.month - 1
        i -= i % n
        last = end.year * 12 + end.month - 1
        while i <= last:
            y, m0 = divmod(i, 12)
            yield _months(y, m0 + 1, n)
            i += n
    elif unit in ("day", "week"):
        step = 1 if unit == "day" else 7
        a = start if unit == "day" else start - timedelta(days=start.weekday())
        delta = timedelta(days=step - 1)
        while a <= end:
            yield Span(a, a + delta)
            a += timedelta(days=step)
    elif unit == "school_year":
        first = school_year_of(start)
        y = start.year if first is None else first  # a summer day: the school year that follows
        while True:
            s = school_year_span(y)
            if s.start > end:
                return
            yield s
            y += 1
    else:
        raise ValueError(f"unknown unit {unit!r} (one of {', '.join(UNITS)})")


def is_whole(start: date, end: date, unit: PeriodUnit) -> bool:
    """True when ``start`` to ``end`` is exactly one ``unit`` (a whole quarter, month...)."""
    n = MONTHS_IN.get(unit)
    if n is not None:  # the hot case, no Span built
        return (start.day == 1 and (start.month - 1) % n == 0
                and month_count(start, end) == n and end.day == days_in_month(end.year, end.month))
    try:
        return unit_span(start, unit) == Span(start, end)
    except ValueError:
        return False

