"""The importers this plugin registers: text, Markdown, HTML, DOCX, PDF, Excel and, through
LibreOffice, .doc/.rtf/.odt.

Each reads through :mod:`planflow_import.importer`, imported when a file is read: asking
the registry for any format (a renderer, to write a document) collects every plugin's
``register_formats``, and the reader's modules took longer to import than the rest of
such a command's plugins.
"""

from __future__ import annotations

from pathlib import Path

import planflow

__all__ = ["DOCX", "HTML", "MARKDOWN", "OFFICE", "PDF", "TEXT", "XLSX"]


def _read_text(path: Path) -> planflow.ImportResult:
    from .importer import read_text_file

    return read_text_file(path)


def _read_markdown(path: Path) -> planflow.ImportResult:
    from .importer import read_text_file

    return read_text_file(path, markdown=True)


def _read_docx(path: Path) -> planflow.ImportResult:
    from .docx import read_docx

    return read_docx(path)


def _read_office(path: Path) -> planflow.ImportResult:
    from .office import read_office

    return read_office(path)


def _read_html(path: Path) -> planflow.ImportResult:
    from .html import read_html

    return read_html(path)


def _read_xlsx(path: Path) -> planflow.ImportResult:
    from .xlsx import read_xlsx

    return read_xlsx(path)


def _read_pdf(path: Path) -> planflow.ImportResult:
    from .pdf import read_pdf

    return read_pdf(path)


TEXT = planflow.Importer(name="text", suffixes=(".txt",), read=_read_text, language="vi",
                         description="a Kế hoạch as UTF-8 text")
MARKDOWN = planflow.Importer(name="markdown", suffixes=(".md", ".markdown"), read=_read_markdown, language="vi",
                             description="a Kế hoạch as Markdown (tables as '|' lines)")
DOCX = planflow.Importer(name="docx", suffixes=(".docx",), read=_read_docx, language="vi",
                         description="a Kế hoạch as a Word document (python-docx)")
PDF = planflow.Importer(name="pdf", suffixes=(".pdf",), read=_read_pdf, language="vi",
                        description="a Kế hoạch as a PDF with a text layer (pdfplumber)")
OFFICE = planflow.Importer(name="office", suffixes=(".doc", ".rtf", ".odt"), read=_read_office, language="vi",
                           description="a Kế hoạch as a Word 97 (.doc), RTF or OpenDocument "
                                       "file (converted by LibreOffice)")
HTML = planflow.Importer(name="html", suffixes=(".html", ".htm"), read=_read_html, language="vi",
                         description="a Kế hoạch saved from a web page (HTML)")
XLSX = planflow.Importer(name="xlsx", suffixes=(".xlsx", ".xlsm"), read=_read_xlsx, language="vi",
                         description="a plan's task list kept as an Excel workbook (openpyxl)")
