"""Small converters and validators shared by the value classes (private)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from datetime import date

from . import periods
from .errors import TimeframeError
from .text import nfc as _nfc


def nfc(value: object) -> str:
    """Text in Unicode NFC (Vietnamese diacritics typed either way compare equal)."""
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return _nfc(value)


def opt_nfc(value: object) -> str | None:
    return None if value is None else nfc(value)


def str_tuple(value: object) -> tuple[str, ...]:
    """A tuple of NFC strings from a string (one item) or an iterable of strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (nfc(value),)
    if type(value) is list or type(value) is tuple:
        try:
            joined = "".join(value)
        except TypeError:
            raise TypeError("expected a list of text") from None
        if joined.isascii():
            return tuple(value)
        return tuple(nfc(v) for v in value)
    if isinstance(value, Iterable):
        return tuple(nfc(v) for v in value)
    raise TypeError(f"expected a list of text, got {type(value).__name__}")


def to_date(value: object) -> date:
    """:func:`planflow.periods.to_date`, with text that is no date a TimeframeError."""
    if type(value) is date:
        return value
    if not isinstance(value, date | str):
        raise TypeError(f"expected a date, got {type(value).__name__}")
    try:
        return periods.to_date(value)
    except ValueError:
        raise TimeframeError(str(value), "not an ISO 8601 date (YYYY-MM-DD)") from None


def opt_date(value: object) -> date | None:
    return None if value is None or value == "" else to_date(value)


# attrs reads a converter's signature (inspect.signature) for every field it converts,
# and again for each class built from those fields: about sixty look-ups of these five
# in a command on a plan, 1 ms. A function's ``__signature__`` is what inspect.signature
# returns for it: each is worked out once here (every module importing these builds
# attrs classes, and attrs imports inspect). tests/test_settings.py compares
# them with the signatures inspect works out.
CONVERTERS = (nfc, opt_nfc, str_tuple, to_date, opt_date)
for _f in CONVERTERS:
    setattr(_f, "__signature__", inspect.signature(_f))  # noqa: B010 (mypy: no such attribute)
del _f


def non_empty(instance: object, attribute: object, value: str) -> None:
    if not value or not value.strip():
        raise ValueError(f"{getattr(attribute, 'name', 'value')} must not be empty")


def one_of(*allowed: str) -> Callable[[object, object, object], None]:
    """A validator: the value is one of ``allowed`` (a one-line message naming them)."""

    def check(instance: object, attribute: object, value: object) -> None:
        if value not in allowed:
            raise ValueError(f"{getattr(attribute, 'name', 'value')} is one of "
                             f"{', '.join(allowed)}, not {value!r}")

    return check
