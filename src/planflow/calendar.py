"""Work calendars: which days are working days, and deadline arithmetic on them.

The core defines the protocol and a country-neutral Monday-to-Friday calendar
(``"weekdays"``). Plugins register national calendars through
:func:`planflow.hookspecs.register_calendars` (the Vietnamese one is ``"vn"``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol, runtime_checkable

import attrs

__all__ = [
    "WorkCalendar",
    "WeekdayCalendar",
    "add_working_days",
    "next_working_day",
    "roll_forward",
    "working_days_between",
]

_ONE = timedelta(days=1)


def _dates(value: Iterable[date]) -> frozenset[date]:
    return frozenset(value)


@runtime_checkable
class WorkCalendar(Protocol):
    """What the core asks of a calendar: a name and whether a day is worked."""

    @property
    def name(self) -> str:
        """The name it is registered under."""
        ...

    def is_working_day(self, day: date) -> bool:
        """True when offices work on ``day``."""
        ...


@attrs.frozen
class WeekdayCalendar:
    """Monday to Friday are working days; ``holidays`` and ``extra_working_days`` adjust it.

    ``extra_working_days`` are weekend days worked in exchange for a bridge holiday
    (a "swapped" day); ``holidays`` are days off that fall on weekdays.
    """

    name: str = "weekdays"
    holidays: frozenset[date] = attrs.field(default=frozenset(), converter=_dates)
    extra_working_days: frozenset[date] = attrs.field(default=frozenset(), converter=_dates)

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def with_days_off(self, days: Iterable[date]) -> WeekdayCalendar:
        """The same calendar with more days off."""
        return attrs.evolve(self, holidays=self.holidays | frozenset(days))

    def with_working_days(self, days: Iterable[date]) -> WeekdayCalendar:
        """The same calendar with more swapped working days."""
        return attrs.evolve(self, extra_working_days=self.extra_working_days | frozenset(days))


def next_working_day(calendar: WorkCalendar, day: date) -> date:
    """The first working day strictly after ``day``."""
    day += _ONE
    while not calendar.is_working_day(day):
        day += _ONE
    return day


def roll_forward(calendar: WorkCalendar, day: date) -> date:
    """``day`` itself if worked, else the next working day.

    This is how a deadline period whose last day is a day off ends (e.g. Vietnam's Civil
    Code 2015, art. 148(5)); the national plugins document the legal source.
    """
    while not calendar.is_working_day(day):
        day += _ONE
    return day


def add_working_days(calendar: WorkCalendar, day: date, n: int) -> date:
    """The day ``n`` working days after ``day`` (before it when ``n`` is negative).

    ``add_working_days(cal, d, 0)`` is ``d`` itself, worked or not.
    """
    step = _ONE if n >= 0 else -_ONE
    left = abs(n)
    while left:
        day += step
        if calendar.is_working_day(day):
            left -= 1
    return day


def working_days_between(calendar: WorkCalendar, start: date, end: date) -> int:
    """How many working days lie after ``start`` up to and including ``end`` (negative if reversed)."""
    if end < start:
        return -working_days_between(calendar, end, start)
    n = 0
    day = start
    while day < end:
        day += _ONE
        if calendar.is_working_day(day):
            n += 1
    return n
