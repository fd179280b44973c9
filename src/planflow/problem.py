"""Problems: what validation finds, each naming where and what."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

__all__ = ["Problem", "Severity"]


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


class Severity(str, enum.Enum):
    """How bad a finding is: errors stop scheduling, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(slots=True)
class Problem:
    """One validation finding.

    ``code`` is stable for tools (``"cycle"``, ``"unknown-task"``, ``"unknown-agency"``,
    ``"deadline-before-dependency"``, ``"duplicate-id"``...); ``where`` a path in the plan
    file's terms (``tasks[3].lead``); ``message`` the sentence a person reads;
    ``subjects`` the ids involved (a cycle lists its whole path).
    """

    code: str
    message: str
    where: str = ""
    severity: Severity = Severity.ERROR
    subjects: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def __str__(self) -> str:
        place = f"{self.where}: " if self.where else ""
        return f"{self.severity.value}: {place}{self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity.value, "where": self.where,
                "message": self.message, "subjects": list(self.subjects)}
