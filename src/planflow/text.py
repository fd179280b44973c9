"""Text as planflow holds it: Unicode NFC.

Vietnamese letters can be typed precomposed ("ệ") or as a base letter and combining marks
("e" + U+0323 + U+0302); editors, Word and web pages differ. Plans, readers and documents
compare and print words in NFC, so both spellings mean the same. The core and every
plugin clean text with :func:`nfc`; nobody writes ``unicodedata.normalize`` again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from typing import cast

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

    @staticmethod
    def to_data(note: str, /) -> str | dict[str, object]:
        """``note`` as plan-file data: a plain string as it is; a :class:`Worded` as a
        table ``{text, key, fields}`` (a field that is a Worded, or a list of them, a
        table or a list in turn; a date as ISO text), so a warning kept in a plan file
        (a timeframe's) is still said in the reader's language when the file is read
        again. :meth:`from_data` reads it back."""
        if not isinstance(note, Worded):
            return str(note)
        return {"text": str(note), "key": note.key,
                "fields": {name: _field_data(v) for name, v in note.fields}}

    @staticmethod
    def from_data(value: object, /) -> str:
        """A warning from plan-file data (:meth:`to_data`): text, or a ``{text, key,
        fields}`` table. Raises ValueError for anything else."""
        if isinstance(value, str):
            return value
        if (not isinstance(value, Mapping) or not isinstance(value.get("text"), str)
                or not isinstance(value.get("key", ""), str)
                or not isinstance(value.get("fields", {}), Mapping)
                or set(value) - {"text", "key", "fields"}):
            raise ValueError(f"a warning is text or a table {{text, key, fields}}, not {value!r}")
        fields = tuple((str(k), _field_value(v)) for k, v in value.get("fields", {}).items())
        return Worded(value["text"], value.get("key", ""), fields)

    @staticmethod
    def grouped(notes: Iterable[str], /, shown: int = 8) -> list[str]:
        """``notes`` with each run of the same warning at several places said once: the
        :class:`Worded` notes whose key and fields are the same but for a ``where`` of one
        kind of place ("line 411", "line 416", ...) become one note placed at them all
        ("line 411, 416, 423, … (36×)": the first ``shown`` places, then the count), where
        the first of them stood. Anything else is kept as it is, in order; a note seen
        once is the same object. For printing to a person: the list itself (``--json``,
        :class:`~planflow.ImportResult`) keeps every note."""
        notes = list(notes)
        placed = [_placed(n) for n in notes]
        numbers: dict[tuple[object, ...], list[str]] = {}
        for p in placed:
            if p is not None:
                numbers.setdefault(p[0], []).append(p[2])
        out: list[str] = []
        said: set[tuple[object, ...]] = set()
        for note, p in zip(notes, placed, strict=True):
            if p is None or len(numbers[p[0]]) < 2:
                out.append(note)
                continue
            if p[0] in said:
                continue
            said.add(p[0])
            nums = numbers[p[0]]
            where = f"{p[1]} {', '.join(nums[:shown])}" + (
                f", … ({len(nums)}×)" if len(nums) > shown else "")
            first = cast(Worded, note)
            was = str(dict(first.fields)["where"])
            fields = tuple((n, where if n == "where" else v) for n, v in first.fields)
            out.append(Worded(str(first).replace(was, where, 1), first.key, fields))
        return out


def _placed(note: str) -> tuple[tuple[object, ...], str, str] | None:
    """A note at one numbered place: what makes it the same as others but for the place
    (its key, the kind of place, its other fields), the kind of place and its number;
    None for any other note."""
    if not (isinstance(note, Worded) and note.key):
        return None
    m = _ONE_PLACE.fullmatch(str(dict(note.fields).get("where", "")))
    if m is None:
        return None
    same = (note.key, m.group(1), tuple((k, repr(v)) for k, v in note.fields if k != "where"))
    return same, m.group(1), m.group(2)


def _field_data(value: object) -> object:
    if isinstance(value, Worded):
        return Worded.to_data(value)
    if isinstance(value, tuple | list):
        return [_field_data(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _field_value(value: object) -> object:
    if isinstance(value, Mapping):
        return Worded.from_data(value)
    if isinstance(value, list | tuple):
        return tuple(_field_value(v) for v in value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return date.fromisoformat(value)
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: a warning's place that is one numbered place: "line 411", "row 7"
_ONE_PLACE = re.compile(r"(line|paragraph|page|row) (\d+)")
