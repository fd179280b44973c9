"""Excel workbooks (.xlsx): a plan's task list kept as a spreadsheet, through openpyxl.

Offices often keep the tasks of a plan, or its appendix, in a workbook. Each visible sheet
is read in order: the lines above its table (the plan's number and date, its title) and
below it (notes, the signer) as paragraphs, the table cell by cell. A cell merged down
repeats its value in each row it covers (the lead of several tasks), one merged across is
read once; dates are written as the plan writes them (30/06/2026), whole numbers without
a decimal point; formulas give the value Excel last computed. A sheet's title line "Kế
hoạch số 65/KH-UBND ngày 23/03/2023" names the plan: its number and date are read from
it when the sheet has no letterhead (a workbook has none).
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import planflow

from .importer import read_items
from .text import Block, Table, clean

__all__ = ["MAX_CELLS", "read_xlsx", "xlsx_items"]

#: a workbook with more cells than this (all sheets) is refused before its rows are read
MAX_CELLS = 5_000_000

#: "Kế hoạch số 65/KH-UBND ngày 23/03/2023": the plan a sheet's title line names
_NAMES_PLAN = re.compile(
    r"^\W*(?:kế hoạch|quyết định|chương trình)\s+số\s*:?\s*(?P<symbol>[0-9][0-9A-Za-zĐđ./\-]*)"
    r"(?:\s+ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4}))?", re.I)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()


def _grid(ws: Any) -> list[list[str]]:
    """The sheet's values as rows of text, merged cells filled as Word's tables read."""
    rows = [[_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    for rng in ws.merged_cells.ranges:
        top, left = rng.min_row - 1, rng.min_col - 1
        if top >= len(rows) or left >= width:
            continue
        value = rows[top][left]
        for r in range(top, min(rng.max_row, len(rows))):
            for c in range(left, min(rng.max_col, width)):
                # down the first column of the range: the value again; across: empty
                rows[r][c] = value if c == left else ""
    return rows


def _sheet_items(ws: Any, sheet: int) -> list[Block | Table]:
    rows = _grid(ws)
    out: list[Block | Table] = []
    k = 0
    while k < len(rows):
        filled = [c for c in rows[k] if c]
        if not filled:
            k += 1
            continue
        if len(filled) >= 3:
            # the table: this row and the rows after it, up to a blank row or a row of one
            # cell that is not a group row inside the table
            start = k
            while k < len(rows) and any(rows[k]):
                k += 1
            body = rows[start:k]
            used = [c for c in range(len(rows[start])) if any(r[c] for r in body)]
            out.append(Table(f"sheet {sheet} '{ws.title}', row {start + 1}", start + 1,
                             tuple(tuple(r[c] for c in used) for r in body)))
            continue
        line = " ".join(filled)
        out.append(Block(f"sheet {sheet} '{ws.title}', row {k + 1}", k + 1, (line,)))
        k += 1
    return out


def _as_plan(items: list[Block | Table], title: str) -> list[Block | Table]:
    """A workbook has no letterhead: the lines above the first table say which plan it is
    ("Kế hoạch số 65/KH-UBND ngày 23/03/2023", then the plan's name). They are read as the
    plan's number, date and title; with none, the sheet's name is the title."""
    first = next((k for k, i in enumerate(items) if isinstance(i, Table)), len(items))
    head = [i for i in items[:first] if isinstance(i, Block)]
    if any(re.match(r"\W*(?:KẾ HOẠCH|Số\s*:)", i.lines[0]) for i in head):
        return items  # written as a document: read as one
    where = head[0].where if head else "sheet 1"
    out: list[Block | Table] = []
    names: re.Match[str] | None = None
    rest: list[str] = []
    for i in head:
        m = _NAMES_PLAN.match(i.lines[0])
        if m is not None and names is None:
            names = m
        else:
            rest.append(i.lines[0])
    if names is not None:
        day = f" ngày {int(names['d'])}/{int(names['m'])}/{names['y']}" if names["d"] else ""
        out.append(Block(where, 1, (f"Số: {names['symbol']}{day}",)))
    out.append(Block(where, 1, ("KẾ HOẠCH",)))
    out.append(Block(where, 1, (max(rest, key=len) if rest else title,)))
    return out + items[first:]


def xlsx_items(path: Path) -> list[Block | Table]:
    """Blocks and tables of every visible sheet, in order."""
    import openpyxl

    try:
        with zipfile.ZipFile(path):
            pass
        wb = openpyxl.load_workbook(str(path), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise planflow.PlanFileError(str(path), [("", f"not an Excel workbook ({e})")]) from None
    try:
        sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        cells = sum(ws.max_row * ws.max_column for ws in sheets)
        if cells > MAX_CELLS:
            raise planflow.PlanFileError(str(path), [("", f"a workbook of {cells:,} cells (at most "
                                                          f"{MAX_CELLS:,} are read)")])
        items: list[Block | Table] = []
        for n, ws in enumerate(sheets, 1):
            items.extend(_sheet_items(ws, n))
        title = sheets[0].title if sheets else ""
    finally:
        wb.close()
    if not items:
        raise planflow.PlanFileError(str(path), [("", "the workbook has no text")])
    return _as_plan(items, title)


def read_xlsx(path: Path) -> planflow.ImportResult:
    """Read a plan (its task list) from an Excel workbook."""
    if not Path(path).stat().st_size:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of("the file is empty",
                                                                        "empty_file"))])
    return read_items(xlsx_items(Path(path)), str(path))
