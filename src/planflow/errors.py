"""The one error hierarchy: everything a user can cause is a :class:`PlanflowError`.

The CLI turns a ``PlanflowError`` into one line per problem and exit code 2;
any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .problem import Problem

__all__ = [
    "PlanflowError",
    "PlanFileError",
    "PlanValidationError",
    "TimeframeError",
    "PluginError",
    "DeliveryError",
    "StoreError",
    "StoreConflict",
    "STORE_ERRORS",
]


class PlanflowError(Exception):
    """Base of every error a user can cause (bad file, bad date, unknown agency...)."""

    def lines(self) -> list[str]:
        """One line per problem, ready to print (a :class:`~planflow.Worded` message stays
        one, for the command line to say it in the user's language)."""
        said = self.args[0] if len(self.args) == 1 else None
        if isinstance(said, str) and getattr(said, "key", None):
            return [said]
        return [str(self)]


class PlanFileError(PlanflowError):
    """A plan file that cannot be read: names the file, the path inside it and the problem."""

    def __init__(self, file: str, problems: list[tuple[str, str]]):
        self.file = file
        #: ``[(where, what), ...]``; ``where`` is a path such as ``tasks[3].lead``.
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        out = []
        for where, what in self.problems:
            if getattr(what, "key", "") and not where:  # a Worded problem: its line too
                out.append(type(what).of("{file}: {what}", "file_error",  # type: ignore[attr-defined]
                                         file=self.file, what=what))
                continue
            if getattr(what, "key", ""):  # at a place in the file ("line 3")
                out.append(type(what).of("{file}: {where}: {what}", "file_error_at",  # type: ignore[attr-defined]
                                         file=self.file, where=where, what=what))
                continue
            out.append(f"{self.file}: {where}: {what}" if where else f"{self.file}: {what}")
        return out


class PlanValidationError(PlanflowError):
    """A plan whose graph cannot be scheduled (cycles, unknown tasks...)."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class TimeframeError(PlanflowError, ValueError):
    """Words or dates that name an impossible time ("Quý V năm 2023", "31/02/2023")."""

    def __init__(self, text: str, what: str):
        self.text = text
        self.what = what
        super().__init__(f"{text!r}: {what}")


class PluginError(PlanflowError):
    """A plugin, calendar, channel or format that is asked for and not registered."""


class DeliveryError(PlanflowError):
    """A channel could not deliver a notification.

    ``permanent`` failures (a mailbox that does not exist: SMTP 5xx; a webhook answering
    4xx other than 408/429, or a redirect) are not retried: the outbox row becomes
    ``failed`` with the message as its reason. Temporary ones (no answer, a timeout,
    SMTP 4xx, HTTP 408, 429, 5xx) are retried later with backoff. The message must name
    no secret (channels redact passwords, tokens and URL userinfo).
    """

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


#: The store's refusals of a record or a submission in English, by phrase key
#: (:meth:`StoreError.worded`); :data:`planflow.PHRASES` carries them as ``store.<key>``.
STORE_ERRORS: dict[str, str] = {
    "record_kind": "a record is one of {kinds}, not {kind!r}",
    "no_task": "{plan}: no task {task!r} in the plan",
    "no_agency": "{plan}: no agency {agency!r} in the plan",
    "progress_note": "a progress record needs a note",
    "no_period": "{plan}: no report period {period!r} (periods: {known})",
    "owes_no_report": "{plan}: {agency} owes no report for {period!r}",
    "already_submitted": "{plan}: {agency}'s report for {period!r} was already recorded "
                         "(received {received})",
    "no_key": "the plan has neither a symbol nor a title to be tracked under (set "
              "document.symbol or settings.engine.key)",
}


class StoreError(PlanflowError):
    """A store that cannot be opened or used, or a record that contradicts the plan.

    A refusal a user causes with a record or a submission carries its words as a phrase
    ``key`` (of :data:`STORE_ERRORS`) and ``fields`` too, for wordings to say it in their
    language (:func:`planflow.error_message`); other errors have no key.
    """

    def __init__(self, message: str, *, key: str = "",
                 fields: Mapping[str, str | int | date] | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.fields: tuple[tuple[str, str | int | date], ...] = tuple((fields or {}).items())

    def lines(self) -> list[str]:
        """Its line; a refusal with a key carries its phrase (``store.<key>``) and fields,
        so the command line says it in the plan's language whatever the command."""
        if self.key:
            return [_Keyed(str(self), f"store.{self.key}", self.fields)]
        return super().lines()

    @classmethod
    def worded(cls, key: str, fields: Mapping[str, str | int | date]) -> StoreError:
        """The refusal ``key`` with ``fields`` filled in (days in ISO form)."""
        text = STORE_ERRORS[key].format(
            **{k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()})
        return cls(text, key=key, fields=fields)


class _Keyed(str):
    """A line that carries its phrase key and fields, said like a ``Worded`` warning
    (:func:`planflow.note_message`); ``text.Worded`` is above this module."""

    key: str
    fields: tuple[tuple[str, object], ...]

    def __new__(cls, text: str, key: str, fields: tuple[tuple[str, object], ...]) -> _Keyed:
        self = super().__new__(cls, text)
        self.key = key
        self.fields = fields
        return self


class StoreConflict(StoreError):
    """A write transaction met rows a concurrent writer committed first (the same outbox
    keys): it was rolled back and can be run again."""
