"""Regular expressions compiled on first use.

The Vietnamese readers hold about a hundred patterns; compiling them all took a fifth of
a small ``planflow validate``, which uses few of them (a plan file's reporting regime is
already structured; its timeframe words meet the first patterns that read them).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]

#: what callers use of a pattern: bound on the instance once compiled, so later uses
#: cost an attribute look-up, as on the compiled pattern itself
_BOUND = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer",
          "scanner", "pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._args)
        for attr in _BOUND:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._args[0]!r}, {self._args[1]!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
