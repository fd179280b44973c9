"""DOCX: a Word document's paragraphs and tables, in order, through python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import planflow

from .importer import read_items
from .text import Block, Table

__all__ = ["docx_items", "read_docx"]


def docx_items(path: Path) -> list[Block | Table]:
    """Blocks (one per paragraph; soft line breaks kept as lines) and tables, in order."""
    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise planflow.PluginError("reading .docx needs python-docx (pip install python-docx)") \
            from None
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise planflow.PlanFileError(str(path), [("", f"not a Word document ({e})")]) from None
    except Exception as e:  # python-docx raises its own types for broken packages
        if type(e).__module__.startswith("docx"):
            raise planflow.PlanFileError(str(path), [("", f"not a Word document ({e})")]) from None
        raise
    out: list[Block | Table] = []
    p_count = t_count = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p_count += 1
            text = Paragraph(child, document).text
            lines = tuple(s for s in text.replace("\r", "\n").split("\n"))
            if any(s.strip() for s in lines):
                out.append(Block(f"paragraph {p_count}", p_count, lines))
        elif tag == "tbl":
            t_count += 1
            table = DocxTable(child, document)
            rows = []
            for row in table.rows:
                # one cell per grid column: a cell merged across columns is read once and
                # leaves the columns it spans empty; one merged down a column repeats in
                # each row (the lead of several tasks)
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        cells.append("")
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(p.text for p in cell.paragraphs))
                rows.append(tuple(cells))
            out.append(Table(f"table {t_count}", p_count, tuple(rows)))
    return out


def read_docx(path: Path) -> planflow.ImportResult:
    """Read a plan from a .docx file."""
    if not Path(path).stat().st_size:
        raise planflow.PlanFileError(str(path), [("", "the file is empty")])
    return read_items(docx_items(Path(path)), str(path))
