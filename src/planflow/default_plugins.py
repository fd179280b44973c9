"""The core's own plugin: country-neutral defaults, registered like any other plugin.

Each hook imports what it registers on first call: every command registers this plugin.
"""

from __future__ import annotations

from collections.abc import Callable

from .hookspecs import hookimpl


@hookimpl
def register_calendars(register: Callable[..., None]) -> None:
    from .calendar import WeekdayCalendar

    register(WeekdayCalendar())


@hookimpl
def register_cadences(register: Callable[..., None]) -> None:
    from .cadence import AdHocCadence, ExplicitCadence

    register(ExplicitCadence())
    register(AdHocCadence())


@hookimpl
def register_wordings(register: Callable[..., None]) -> None:
    from .wording import EnglishWording

    register(EnglishWording())
