"""Text as planflow holds it: Unicode NFC.

Vietnamese letters can be typed precomposed ("ệ") or as a base letter and combining marks
("e" + U+0323 + U+0302); editors, Word and web pages differ. Plans, readers and documents
compare and print words in NFC, so both spellings mean the same. The core and every
plugin clean text with :func:`nfc`; nobody writes ``unicodedata.normalize`` again.
"""

from __future__ import annotations

import unicodedata

__all__ = ["nfc"]


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (ASCII text is returned as it is, without a copy).

    Example: ``planflow.nfc("Qu\\u00fd I") == planflow.nfc("Quy\\u0301 I") == "Quý I"``.
    """
    return text if text.isascii() else unicodedata.normalize("NFC", text)
