"""Dates and periods written the way Vietnamese administrative documents write them.

Nghị định 30/2020/NĐ-CP (Phụ lục I) writes the date of a document in words with a
leading zero for days under 10 and for months 1 and 2: "ngày 05 tháng 01 năm 2020",
"ngày 25 tháng 12 năm 2020", "ngày 09 tháng 3 năm 2023".
"""

from __future__ import annotations

import datetime as dt

import planflow

__all__ = [
    "format_date",
    "format_date_short",
    "format_month",
    "format_quarter",
    "format_timeframe",
    "from_roman",
    "quarter_of",
    "to_roman",
]

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    """``n`` (1 to 3999) in Roman numerals: 4 -> "IV"."""
    if not 0 < n < 4000:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text: str) -> int | None:
    """The value of a well-formed Roman numeral ("iv", "IV" -> 4); None when malformed."""
    s = text.strip().upper()
    if not s or any(c not in _ROMAN_VALUE for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN_VALUE[c]
        if i + 1 < len(s) and _ROMAN_VALUE[s[i + 1]] > v:
            total -= v
        else:
            total += v
    # only canonical numerals ("IIII" and "IC" are not read)
    return total if 0 < total < 4000 and to_roman(total) == s else None


def _day(d: int) -> str:
    return f"{d:02d}"


def _month(m: int) -> str:
    return f"{m:02d}" if m < 3 else str(m)


def format_date(day: dt.date, place: str | None = None) -> str:
    """The date in words: "ngày 05 tháng 01 năm 2020" (with ``place``: "Lý Sơn, ngày …")."""
    words = f"ngày {_day(day.day)} tháng {_month(day.month)} năm {day.year}"
    return f"{place}, {words}" if place else words


def format_date_short(day: dt.date) -> str:
    """The short form with the same leading-zero rule: "05/01/2020", "09/3/2023"."""
    return f"{_day(day.day)}/{_month(day.month)}/{day.year}"


#: The quarter (1 to 4) a day falls in (:func:`planflow.quarter_of`, kept here by name).
quarter_of = planflow.quarter_of


def format_quarter(quarter: int | dt.date, year: int | None = None) -> str:
    """The quarter in words, "Quý I năm 2023", from (1, 2023) or from a date in it."""
    if isinstance(quarter, dt.date):
        year, quarter = quarter.year, quarter_of(quarter)
    if not 1 <= quarter <= 4:
        raise ValueError(f"there is no quarter {quarter}: a year has quarters I to IV")
    if year is None:
        raise TypeError("format_quarter needs a year with a quarter number")
    return f"Quý {to_roman(quarter)} năm {year}"


def format_month(day: dt.date) -> str:
    """The month in words: "tháng 01 năm 2024", "tháng 12 năm 2025"."""
    return f"tháng {_month(day.month)} năm {day.year}"


def format_timeframe(tf: planflow.Timeframe) -> str:
    """Words for a resolved timeframe, as a document writes them.

    A window that is a whole quarter, month or year gets its name ("Quý I năm 2023",
    "tháng 12 năm 2025", "năm 2026"); other windows "từ ngày … đến ngày …"; a deadline
    "chậm nhất ngày …" (its last day, which no reading rule can change); other kinds keep
    their original words.
    """
    if tf.kind is planflow.Kind.WINDOW and tf.start and tf.end:
        a, b = tf.start, tf.end
        if planflow.is_whole(a, b, "quarter"):
            return format_quarter(a)
        if planflow.is_whole(a, b, "month"):
            return format_month(a).capitalize()
        if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
            return f"Năm {a.year}" if a.year == b.year else f"Giai đoạn {a.year} - {b.year}"
        return f"Từ {format_date(a)} đến {format_date(b)}"
    if tf.kind is planflow.Kind.DEADLINE and tf.due:
        return f"Chậm nhất {format_date(tf.due)}"
    return tf.text
