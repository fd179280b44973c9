"""DOCX: a Word document's paragraphs and tables, in order, through python-docx."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import planflow

from .importer import read_items
from .text import Block, Table, clean

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


_MARKED = re.compile(r"^\s*(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|[IVXL]+\.\s)")
_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


class _Numbering:
    """The markers Word prints before list paragraphs (numbering.xml), counted in order."""

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self._root = None
        self._counts: dict[tuple[str, int], int] = {}
        self._formats: dict[tuple[str, int], str] = {}

    def _num_pr(self, paragraph: Any) -> Any:
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = paragraph.style
        while style is not None:
            sppr = style.element.pPr
            if sppr is not None and sppr.numPr is not None:
                return sppr.numPr
            style = style.base_style
        return None

    def _format(self, num_id: str, level: int) -> str:
        key = (num_id, level)
        if key not in self._formats:
            fmt = ""
            if self._root is not None:
                abstract = self._root.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
                if abstract:
                    found = self._root.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]'
                                             f'/w:lvl[@w:ilvl="{level}"]/w:numFmt/@w:val')
                    fmt = str(found[0]) if found else ""
            self._formats[key] = fmt
        return self._formats[key]

    def marker(self, paragraph: Any) -> str:
        try:
            num_pr = self._num_pr(paragraph)
        except (AttributeError, KeyError, ValueError):
            return ""
        if num_pr is None or num_pr.numId is None:
            return ""
        num_id = str(num_pr.numId.val)
        level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        if num_id == "0":
            return ""  # numbering switched off
        fmt = self._format(num_id, level)
        if fmt == "bullet":
            return "- "
        if fmt not in ("decimal", "lowerLetter", "upperLetter", "upperRoman", "lowerRoman"):
            return ""
        n = self._counts.get((num_id, level), 0) + 1
        self._counts[(num_id, level)] = n
        for key in [k for k in self._counts if k[0] == num_id and k[1] > level]:
            del self._counts[key]  # a deeper list starts again under the next item
        if fmt == "decimal":
            return f"{n}. "
        if fmt in ("lowerLetter", "upperLetter"):
            letter = "abcdefghiklmnopqrstuvxy"[(n - 1) % 23]
            return f"{letter}) " if fmt == "lowerLetter" else f"{letter.upper()}. "
        roman, rest = "", n
        for value, digits in _ROMAN_DIGITS:
            while rest >= value:
                roman, rest = roman + digits, rest - value
        return f"{roman}. " if fmt == "upperRoman" else f"{roman.lower()}. "


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
    numbering = _Numbering(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p_count += 1
            paragraph = Paragraph(child, document)
            text = clean(paragraph.text)
            if text.strip() and not _MARKED.match(text):
                # Word's own list numbering is not in the text: "1.", "a)", "-" as printed
                text = numbering.marker(paragraph) + text
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
                    cells.append(clean("\n".join(p.text for p in cell.paragraphs)))
                rows.append(tuple(cells))
            out.append(Table(f"table {t_count}", p_count, tuple(rows)))
    return out


def read_docx(path: Path) -> planflow.ImportResult:
    """Read a plan from a .docx file."""
    if not Path(path).stat().st_size:
        raise planflow.PlanFileError(str(path), [("", "the file is empty")])
    return read_items(docx_items(Path(path)), str(path))
