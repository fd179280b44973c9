"""Spreadsheets: tables written as an Excel workbook (.xlsx, by openpyxl).

The command line (``planflow status --xlsx``) and the document formats (``render --format
xlsx``) build :class:`Sheet` values, the words already in the plan's language, and
:func:`xlsx_bytes` lays them out the same way: the lines that say what the table is (the
plan's number and date) in the first rows, a bold header row frozen under them, dates as
real date cells in the wording's number format, column widths from the content (headers
start with a capital letter, as tables in documents do).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime

import attrs

__all__ = ["Sheet", "xlsx_bytes"]

_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})


@attrs.frozen
class Sheet:
    """One worksheet: ``head`` lines, then a table of ``columns`` and ``rows``.

    Cells are text, numbers, dates (written as date cells) or None (empty). ``widths``
    (characters) set the columns' widths; a column without one (None) is as wide as its
    longest cell, within bounds. Text longer than its column wraps, and its row is made
    tall enough for it (LibreOffice and Excel keep a written row height).
    """

    title: str
    columns: tuple[str, ...]
    rows: Sequence[Sequence[object]]
    head: tuple[str, ...] = ()
    widths: tuple[float | None, ...] | None = None


def _sheet_name(title: str, taken: set[str]) -> str:
    base = " ".join(title.translate(_BAD).split())[:31].strip("'") or "Sheet"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base[:31 - len(str(n)) - 1]} {n}"
    taken.add(name.lower())
    return name


def _width(value: object, date_format: str) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return len(date_format)
    return max((len(line) for line in str(value).splitlines()), default=0)


def _widths(sheet: Sheet, date_format: str) -> list[float]:
    out: list[float] = []
    for j, name in enumerate(sheet.columns):
        given = sheet.widths[j] if sheet.widths is not None and j < len(sheet.widths) else None
        if given is not None:
            out.append(given)
            continue
        longest = max([max((len(w) for w in name.split()), default=0)]
                      + [_width(r[j], date_format) for r in sheet.rows if j < len(r)])
        out.append(min(max(longest + 2, 6), 60))
    return out


def _lines(value: object, width: float) -> int:
    """How many lines ``value`` takes wrapped in a column ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    room = max(int(width) - 1, 1)
    n = 0
    for para in value.splitlines() or [""]:
        line = 0
        n += 1
        for word in para.split():
            if line and line + 1 + len(word) > room:
                n += 1
                line = len(word)
            else:
                line += len(word) + (1 if line else 0)
            n += max(0, (len(word) - 1) // room) if len(word) > room else 0
    return n


def xlsx_bytes(sheets: Sequence[Sheet], date_format: str = "yyyy-mm-dd") -> bytes:
    """The workbook of ``sheets`` as .xlsx bytes; dates are date cells shown in
    ``date_format`` (an Excel number format: ``"dd/mm/yyyy"``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="DDE7F0")
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_name(sheet.title, taken))
        for i, line in enumerate(sheet.head, 1):
            cell = ws.cell(row=i, column=1, value=line[:1].upper() + line[1:])
            cell.font = Font(bold=i == 1)
        top = len(sheet.head) + (2 if sheet.head else 1)
        for j, name in enumerate(sheet.columns, 1):
            cell = ws.cell(row=top, column=j, value=name[:1].upper() + name[1:])
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        widths = _widths(sheet, date_format)
        ws.row_dimensions[top].height = 15 * max(
            [_lines(name, widths[j]) for j, name in enumerate(sheet.columns)] + [1])
        for i, row in enumerate(sheet.rows, top + 1):
            ws.row_dimensions[i].height = 15 * max(
                [_lines(v, widths[j]) for j, v in enumerate(row) if j < len(widths)] + [1])
            for j, value in enumerate(row, 1):
                if isinstance(value, datetime):
                    value = value.date()
                cell = ws.cell(row=i, column=j, value=value)
                cell.border = box
                if isinstance(value, date):
                    cell.number_format = date_format
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                else:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = ws.cell(row=top + 1, column=1)
        if sheet.columns and sheet.rows:
            ws.auto_filter.ref = (f"A{top}:{get_column_letter(len(sheet.columns))}"
                                  f"{top + len(sheet.rows)}")
        for j, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = width
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{top}:{top}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
