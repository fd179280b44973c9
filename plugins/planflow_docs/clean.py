"""Text made safe for any document format: NFC, no characters XML cannot hold.

XML 1.0 (and so DOCX and HTML) forbids the C0 control characters other than tab, line
feed and carriage return, lone surrogates and U+FFFE/U+FFFF. A plan's words come from
people and importers; such a character must not break a document, so it is dropped.
"""

from __future__ import annotations

import re

import planflow

__all__ = ["clean", "one_line"]

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` in NFC without XML-illegal characters; "\\r\\n" and "\\r" become "\\n"."""
    text = planflow.nfc(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", text)


def one_line(text: str) -> str:
    """:func:`clean` text with every run of whitespace (line breaks too) as one space."""
    return _SPACE.sub(" ", clean(text)).strip()
