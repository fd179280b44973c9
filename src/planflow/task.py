"""Tasks: what must be done, by whom, with whom, and by when."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ._convert import nfc, non_empty, opt_nfc, str_tuple
from .timeframe import Timeframe

__all__ = ["Task"]


def _count(name: str) -> Callable[[object], int | None]:
    def convert(value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} is a whole number of days, not {value!r}")
        if value < 0:
            raise ValueError(f"{name} must not be negative, got {value}")
        return value

    return convert


_check_days = _count("duration_days")
_check_working = _count("duration_working_days")


def _duration(value: object) -> int | None:
    return _check_days(value)


def _working(value: object) -> int | None:
    return _check_working(value)


def _timeframe(value: object) -> Timeframe:
    return Timeframe.coerce(value)


@attrs.frozen(slots=True)
class Task:
    """One task of a plan (nhiệm vụ).

    ``content`` holds the items of its "Nội dung" as separate paragraphs; ``lead`` the ids
    of the lead agencies (cơ quan chủ trì); ``partners`` the coordinating agencies (cơ
    quan phối hợp); ``timeframe`` its time (words are resolved by the plan); ``depends_on``
    the ids of tasks that must finish first; ``duration_days`` how many calendar days it
    takes when that is known; ``output`` the expected product (sản phẩm);
    ``duration_working_days`` how many working days it takes, counted on the plan's work
    calendar (instead of ``duration_days``: a task gives one or the other).
    """

    id: str = attrs.field(converter=nfc, validator=non_empty)
    title: str = attrs.field(converter=nfc)
    lead: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    partners: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    timeframe: Timeframe = attrs.field(default=None, converter=_timeframe)
    depends_on: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    duration_days: int | None = attrs.field(default=None, converter=_duration)
    content: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    output: str | None = attrs.field(default=None, converter=opt_nfc)
    duration_working_days: int | None = attrs.field(default=None, converter=_working)

