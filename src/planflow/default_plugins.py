"""The core's own plugin: country-neutral defaults, registered like any other plugin."""

from __future__ import annotations

from collections.abc import Callable

from .cadence import AdHocCadence, ExplicitCadence
from .calendar import WeekdayCalendar
from .hookspecs import hookimpl
from .wording import EnglishWording


@hookimpl
def register_calendars(register: Callable[..., None]) -> None:
    register(WeekdayCalendar())


@hookimpl
def register_cadences(register: Callable[..., None]) -> None:
    register(ExplicitCadence())
    register(AdHocCadence())


@hookimpl
def register_wordings(register: Callable[..., None]) -> None:
    register(EnglishWording())
