"""Timeframes: when a task happens or is due, as words and as dates.

A :class:`Timeframe` keeps the words a plan uses ("Quý I năm 2023", "Cả năm") and what
they resolve to. The core only reads ISO 8601 (``2023-06-30`` for a deadline,
``2023-01-01/2023-03-31`` for a window); every other wording is read by the parsers that
plugins register through :func:`planflow.hookspecs.register_timeframe_parsers`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import attrs

from ._convert import opt_date
from .errors import TimeframeError
from .periods import year_span
from .text import Worded, nfc

__all__ = [
    "Kind",
    "Timeframe",
    "TimeframeContext",
    "TimeframeParser",
    "UNREADABLE",
    "UNTRACKED_RECURRENCES",
    "parse_iso",
    "resolve_timeframe",
    "untracked_reason",
]


class Kind(str, enum.Enum):
    """What a timeframe resolved to."""

    #: a start and an end ("Quý I năm 2023")
    WINDOW = "window"
    #: an end only ("Trước ngày 30/6/2023")
    DEADLINE = "deadline"
    #: a rule with one window per occurrence ("Hằng quý")
    RECURRING = "recurring"
    #: the whole period, no single deadline ("Thường xuyên")
    CONTINUOUS = "continuous"
    #: waits for something to happen ("Khi có phát sinh")
    EVENT = "event"
    #: words nobody could read; kept verbatim with the reason
    UNRESOLVED = "unresolved"
    #: words not resolved yet: the plan resolves them in its context
    PENDING = "pending"





def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _spans(value: Iterable[tuple[date, date]]) -> tuple[tuple[date, date], ...]:
    return tuple(value)


def _kind(value: object) -> Kind:
    return value if isinstance(value, Kind) else Kind(value)


@attrs.frozen(slots=True)
class Timeframe:
    """When a task happens or is due: the original words and their resolution.

    ``start``/``end`` bound a window (inclusive); ``due`` is the last day to deliver.
    A window's ``due`` is its ``end`` unless a parser says otherwise. ``recurrence``
    names a rule (``"yearly"``, ``"quarterly"``, ``"monthly"``...) and ``occurrences``
    holds its windows inside the plan period. ``condition`` holds the words of an
    event timeframe. ``warnings`` says what the parser had to assume.
    """

    text: str = ""
    kind: Kind = attrs.field(default=Kind.PENDING, converter=_kind)
    start: date | None = attrs.field(default=None, converter=opt_date)
    end: date | None = attrs.field(default=None, converter=opt_date)
    due: date | None = attrs.field(default=None, converter=opt_date)
    recurrence: str | None = None
    occurrences: tuple[tuple[date, date], ...] = attrs.field(default=(), converter=_spans)
    condition: str | None = None
    open_ended: bool = False
    #: the words name an impossible time ("Quý V năm 2023", "31/02/2023"): a plan holding
    #: them fails validation (an unresolved timeframe is only a warning)
    invalid: bool = False
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    #: a duty window ("Từ tháng 6 đến tháng 11", each occurrence of "Từ tháng 3 đến tháng
    #: 11 hằng năm"): work carried on through the window, nothing delivered at its end; the
    #: engine tracks it as a window (a notice when it opens, a report asked at its end),
    #: never overdue nor escalated
    duty: bool = False

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise TimeframeError(
                self.text or f"{self.start}/{self.end}",
                f"starts {self.start.isoformat()} after it ends {self.end.isoformat()}",
            )

    # -- named constructors -------------------------------------------------
    @classmethod
    def window(cls, start: date, end: date, text: str = "", **kw: object) -> Timeframe:
        """A window from ``start`` to ``end`` inclusive, due on ``end``."""
        return cls(text=text or f"{start.isoformat()}/{end.isoformat()}", kind=Kind.WINDOW,
                   start=start, end=end, due=kw.pop("due", end), **kw)  # type: ignore[arg-type]

    @classmethod
    def deadline(cls, due: date, text: str = "", **kw: object) -> Timeframe:
        """A deadline: nothing before, ``due`` the last day."""
        return cls(text=text or due.isoformat(), kind=Kind.DEADLINE, end=due, due=due, **kw)  # type: ignore[arg-type]

    @classmethod
    def pending(cls, text: str) -> Timeframe:
        """Words to be resolved later, in a plan's context."""
        return cls(text=text, kind=Kind.PENDING)

    @classmethod
    def coerce(cls, value: object) -> Timeframe:
        """A timeframe from what users write: a Timeframe, a date, ISO text or words."""
        if value is None:
            return cls(kind=Kind.UNRESOLVED, warnings=(NO_TIMEFRAME,))
        if isinstance(value, Timeframe):
            return value
        if isinstance(value, date):
            return cls.deadline(value)
        if isinstance(value, str):
            iso = parse_iso(value)
            return iso if iso is not None else cls.pending(value)
        raise TypeError(f"a timeframe is text, a date or a Timeframe, not {type(value).__name__}")

    @property
    def resolved(self) -> bool:
        """True when the words were read (any kind but pending and unresolved)."""
        return self.kind not in (Kind.PENDING, Kind.UNRESOLVED)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape tools rely on: {kind, start, end, due, recurrence, condition, text, warnings}."""
        return {
            "text": self.text,
            "kind": self.kind.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "due": self.due.isoformat() if self.due else None,
            "recurrence": self.recurrence,
            "condition": self.condition,
            "open_ended": self.open_ended,
            "invalid": self.invalid,
            "duty": self.duty,
            "occurrences": [[a.isoformat(), b.isoformat()] for a, b in self.occurrences],
            "warnings": list(self.warnings),
        }


@attrs.frozen(slots=True)
class TimeframeContext:
    """What a parser may know about the plan: its period and its issue date."""

    period_start: date
    period_end: date
    issued: date | None = None
    #: the plan's work calendar, for parsers that count working days
    calendar: object | None = None
    #: the plan's settings for plugins, by plugin name (``Plan.settings``): a parser reads
    #: its own entry, e.g. ``context.settings.get("vn", {})``
    settings: Mapping[str, Any] = attrs.field(factory=dict, hash=False)

    @classmethod
    def for_year(cls, year: int, issued: date | None = None) -> TimeframeContext:
        """The context of a plan for one calendar year."""
        span = year_span(year)
        return cls(span.start, span.end, issued)


#: A parser reads words in a context and gives a Timeframe, or None when the words are
#: not its kind. It raises :class:`~planflow.TimeframeError` for words of its kind that
#: name an impossible time.
TimeframeParser = Callable[[str, TimeframeContext], "Timeframe | None"]


#: recurrences whose occurrences are not tracked as deadlines: too frequent for
#: reminders and escalation letters (they are followed like continuous tasks)
UNTRACKED_RECURRENCES = frozenset({"daily", "weekly"})


#: the warning of words no timeframe parser reads (validation words it in the plan's language)
UNREADABLE = Worded("no timeframe parser reads these words", "no_parser", ())
#: the warning of a timeframe with no words
NO_TIMEFRAME = Worded("no timeframe given", "no_timeframe", ())


def untracked_reason(tf: Timeframe) -> str | None:
    """Why the engine cannot track ``tf`` (None when it can): words no reader understands
    ("Trước mùa mưa bão"), a recurrence with no occurrence in the plan period, a window or
    deadline without dates. Impossible times (``invalid``) and pending words are not
    this question's (validation reports them on their own)."""
    if tf.kind is Kind.UNRESOLVED:
        if tf.invalid:
            return None
        if tf.warnings:
            return tf.warnings[0] if len(tf.warnings) == 1 else Worded.joined("; ", tf.warnings)
        return _NO_READER
    if (tf.kind is Kind.RECURRING and not tf.occurrences
            and tf.recurrence not in UNTRACKED_RECURRENCES):
        if tf.recurrence:
            return Worded.of("a {recurrence} recurrence with no occurrence in the plan period",
                             "no_occurrence",
                             recurrence=Worded(tf.recurrence, f"rec_{tf.recurrence}", ()))
        return Worded("a recurrence with no occurrence in the plan period", "no_occurrence_any", ())
    if tf.kind in (Kind.WINDOW, Kind.DEADLINE) and tf.due is None:
        return (Worded("a window without dates", "no_dates_window", ()) if tf.kind is Kind.WINDOW
                else Worded("a deadline without dates", "no_dates_deadline", ()))
    return None


_NO_READER = Worded("no reader understands these words", "no_reader", ())


def parse_iso(text: str) -> Timeframe | None:
    """Read ``YYYY-MM-DD`` (a deadline) or ``YYYY-MM-DD/YYYY-MM-DD`` (a window); else None."""
    s = text.strip()
    n = len(s)
    if n == 10 and s[4] == "-" and s[7] == "-":
        try:
            d = date.fromisoformat(s)
        except ValueError:
            if s[:4].isdigit() and s[5:7].isdigit() and s[8:].isdigit():
                raise TimeframeError(text, "no such date") from None
            return None
        return Timeframe(text=text, kind=Kind.DEADLINE, end=d, due=d)
    if n == 21 and s[10] == "/":
        try:
            a, b = date.fromisoformat(s[:10]), date.fromisoformat(s[11:])
        except ValueError:
            return None
        return Timeframe(text=text, kind=Kind.WINDOW, start=a, end=b, due=b)
    return None


def _normalise(text: str) -> str:
    return " ".join(nfc(text).split())


def resolve_timeframe(
    value: Timeframe | str,
    context: TimeframeContext,
    parsers: Iterable[TimeframeParser],
) -> Timeframe:
    """Resolve words with the first parser that reads them; unreadable words stay verbatim.

    A :class:`Timeframe` that is not pending is returned as it is. The words are never
    dropped: an unreadable phrase comes back as ``Kind.UNRESOLVED`` with the reason in
    ``warnings``. A parser's :class:`~planflow.TimeframeError` (an impossible date)
    propagates.
    """
    if isinstance(value, Timeframe):
        if value.kind is not Kind.PENDING:
            return value
        text = value.text
    else:
        text = value
    iso = parse_iso(text)
    if iso is not None:
        return iso
    clean = _normalise(text)
    if not clean:
        return Timeframe(text=text, kind=Kind.UNRESOLVED, warnings=(NO_TIMEFRAME,))
    for parser in parsers:
        tf = parser(clean, context)
        if tf is not None:
            return tf if tf.text == text else attrs.evolve(tf, text=text)
    return Timeframe(text=text, kind=Kind.UNRESOLVED, warnings=(UNREADABLE,))
