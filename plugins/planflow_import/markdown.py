"""Markdown as editors and converters write it (CommonMark: pandoc, Typora, a wiki, or
``planflow render --format md``), brought to the form the text reader reads.

The scraped Markdown the reader was built on marks headings with ``**`` and leaves the
text as the page had it; standard Markdown marks headings with ``#`` ("## I. MỤC ĐÍCH"),
escapes the characters that would start a list or emphasis ("1\\. Tiếp tục", "\\*"), ends a
line it breaks with two spaces or a backslash, and fences code. Here a ``#`` heading
becomes a bold line, escapes are undone (not ``\\|``: a table cell's own bar), the marks of
hard breaks are dropped (the line break stays) and fences are left out (their text stays).
"""

from __future__ import annotations

import re

__all__ = ["from_commonmark"]

_ATX = re.compile(r"^ {0,3}#{1,6}(?:\s+(?P<text>.*?))?(?:\s+#+)?\s*$")
#: a backslash before ASCII punctuation (CommonMark's escapes), a table's bar excepted
_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{}~])")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")


def from_commonmark(text: str) -> str:
    """``text`` with CommonMark's headings, escapes, hard breaks and fences made plain."""
    out: list[str] = []
    for line in text.split("\n"):
        if _FENCE.match(line):
            continue
        m = _ATX.match(line)
        if m is not None:
            words = (m["text"] or "").strip().strip("*").strip()
            line = f"**{words}**" if words else ""
        line = _ESCAPE.sub(r"\1", line.rstrip())
        if line.endswith("\\") and not line.endswith("\\\\"):
            line = line[:-1].rstrip()  # a hard line break: the line ends here anyway
        out.append(line)
    return "\n".join(out)
