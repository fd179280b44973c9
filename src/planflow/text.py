"""Text as planflow holds it: Unicode NFC.

Vietnamese letters can be typed precomposed ("ệ") or as a base letter and combining marks
("e" + U+0323 + U+0302); editors, Word and web pages differ. Plans, readers and documents
compare and print words in NFC, so both spellings mean the same. The core and every
plugin clean text with :func:`nfc`; nobody writes ``unicodedata.normalize`` again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["Worded", "nfc"]


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (ASCII text is returned as it is, without a copy).

    Example: ``planflow.nfc("Qu\\u00fd I") == planflow.nfc("Quy\\u0301 I") == "Quý I"``.
    """
    return text if text.isascii() else unicodedata.normalize("NFC", text)


class Worded(str):
    """A warning's English sentence that also carries the words to say it in another
    language: ``key`` (a wording's phrase ``note.<key>``) and ``fields`` (the values it
    names; a field that is itself :class:`Worded` is said in the same language).

    It is a ``str``, equal to its English sentence, so a warning list stays a list of
    strings; :func:`planflow.note_message` says it in a wording's language. Make one with
    :meth:`of`.
    """

    key: str
    fields: tuple[tuple[str, object], ...]

    def __new__(cls, text: str, key: str = "", fields: tuple[tuple[str, object], ...] = ()
                ) -> Worded:
        self = super().__new__(cls, text)
        self.key = key
        self.fields = tuple(fields)
        return self

    def __getnewargs__(self) -> tuple[str, str, tuple[tuple[str, object], ...]]:  # type: ignore[override]
        return (str(self), self.key, self.fields)

    @classmethod
    def of(cls, template: str, key: str, /, **fields: object) -> Worded:
        """``template`` (English, :meth:`str.format` fields) filled with ``fields``."""
        return cls(template.format(**fields), key, tuple(fields.items()))

    @classmethod
    def joined(cls, sep: str, parts: Iterable[str], /) -> Worded:
        """``parts`` joined by ``sep`` (``"; ".join(parts)``), each said in the wording's
        language when it is :class:`Worded` (the whole in English when one is not)."""
        parts = tuple(parts)
        return cls(sep.join(parts), "", (("sep", sep), ("parts", parts)))
