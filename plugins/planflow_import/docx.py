"""DOCX: a Word document's paragraphs and tables, in order, through python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import planflow

from .importer import read_items
from .text import Block, Table

__all__ = ["MAX_PARTS", "MAX_UNCOMPRESSED", "docx_items", "read_docx"]

#: a Word document with more parts than this, or more bytes once unzipped, is refused
#: before anything is parsed (a zip bomb: 1 MB that inflates to gigabytes)
MAX_PARTS = 5_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024


def _check_package(path: Path) -> None:
    """Refuse a zip bomb or a package of too many parts, from the zip's directory alone."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise planflow.PlanFileError(str(path), [("", f"not a Word document ({e})")]) from None
    if len(infos) > MAX_PARTS:
        raise planflow.PlanFileError(str(path), [("", f"a Word document of {len(infos):,} parts "
                                                      f"(at most {MAX_PARTS:,} are read)")])
    size = sum(i.file_size for i in infos)
    if size > MAX_UNCOMPRESSED:
        raise planflow.PlanFileError(str(path), [("", f"unzips to {size:,} bytes (at most "
                                                      f"{MAX_UNCOMPRESSED:,} are read)")])


def docx_items(path: Path) -> list[Block | Table]:
    """Blocks (one per paragraph; soft line breaks kept as lines) and tables, in order."""
    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise planflow.PluginError("reading .docx needs python-docx (pip install python-docx)") \
            from None
    _check_package(path)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise planflow.PlanFileError(str(path), [("", f"not a Word document ({e})")]) from None
    except Exception as e:  # python-docx and lxml raise their own types for broken packages
        if type(e).__module__.startswith(("docx", "lxml")):
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
