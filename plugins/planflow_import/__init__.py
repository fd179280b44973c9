"""planflow_import: read a Kế hoạch already issued (text, Markdown, HTML, DOCX, PDF,
.doc) into a plan.

Built-in plugin, registered through the ``planflow`` entry point like any third-party
plugin; it imports only planflow's public API and no other plugin. It finds the parts of
a plan (letterhead, outline, tasks, agencies, the reporting sentence) itself; what
words mean is read through hooks: timeframe words by the plan's timeframe parsers and
the reporting sentence, with who receives the reports, by :func:`planflow.read_regime`
(the ``read_regime`` hook, which planflow_vn answers). ``planflow import FILE`` uses it
through :meth:`planflow.Registry.importer_for`.

* :mod:`planflow_import.importer`: the document's blocks read into a plan (any format).
* :mod:`planflow_import.text`: blocks, tables and logical paragraphs of any input.
* :mod:`planflow_import.markdown`: Markdown as editors write it, brought to that form.
* :mod:`planflow_import.gazette`: the Công báo's PDF text layer (running heads, stamps,
  task tables printed one cell per line) brought to that form.
* :mod:`planflow_import.header`: letterhead, number, place and date, title, citations.
* :mod:`planflow_import.sections`: the I./II./III. outline and the tasks in it.
* :mod:`planflow_import.crossrefs`: duties pointing at the plan's own items.
* :mod:`planflow_import.bracketed`: items closing with their lead in brackets, timed by
  their heading.
* :mod:`planflow_import.plantime`: the plan's own time, applied to duties without one.
* :mod:`planflow_import.innertime`: a time stated inside a duty's sentence.
* :mod:`planflow_import.ownplans`: each unit drawing up its own plan, as its task.
* :mod:`planflow_import.crawl`: a search index's crawl (breadcrumbs at chunk starts, item
  numbers moved) brought back to the page's form.
* :mod:`planflow_import.articles`: a decision's own articles as its plan (items of
  "Điều 1", duties under "Điều N. Giao …").
* :mod:`planflow_import.tables`: appendix task tables.
* :mod:`planflow_import.agencies`: agency names split, deduplicated, stable ids.
* :mod:`planflow_import.reporting`: the reporting sentence, found here and read through
  :func:`planflow.read_regime`; the names it gives matched to the plan's agencies.
* :mod:`planflow_import.closing`: recipients and signature.
* :mod:`planflow_import.docx`: Word documents, read from their XML as Word shows them.
* :mod:`planflow_import.html`: web pages saved as HTML, through lxml.
* :mod:`planflow_import.xlsx`: task lists kept as Excel workbooks, through openpyxl.
* :mod:`planflow_import.pdf`: PDFs with a text layer through pdfplumber.
* :mod:`planflow_import.office`: .doc, .rtf and .odt, converted to DOCX by LibreOffice.
* :mod:`planflow_import.formats`: the importers registered (text, Markdown, DOCX, PDF), whose
  readers load when a file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import planflow

if TYPE_CHECKING:
    from .formats import DOCX, HTML, MARKDOWN, OFFICE, PDF, TEXT, XLSX
    from .importer import read_items, read_text_file

# The rest loads on first use (PEP 562): registering the plugin, which every planflow
# command does, imports only its hooks. No __dir__: pluggy reads dir(module).
_LAZY: dict[str, tuple[str, str]] = {
    "DOCX": ("formats", "DOCX"),
    "HTML": ("formats", "HTML"),
    "MARKDOWN": ("formats", "MARKDOWN"),
    "OFFICE": ("formats", "OFFICE"),
    "PDF": ("formats", "PDF"),
    "TEXT": ("formats", "TEXT"),
    "XLSX": ("formats", "XLSX"),
    "read_items": ("importer", "read_items"),
    "read_text_file": ("importer", "read_text_file"),
}


__getattr__ = planflow.lazy_attributes(__name__, _LAZY)


__all__ = ["DOCX", "HTML", "MARKDOWN", "OFFICE", "PDF", "TEXT", "XLSX", "read_items", "read_text_file", "register_formats"]


@planflow.hookimpl
def register_formats(register: Callable[..., None]) -> None:
    """The importers of plans as text, Markdown, HTML, DOCX, PDF, Excel and (through LibreOffice)
    .doc/.rtf/.odt (their readers load on first use)."""
    from .formats import DOCX, HTML, MARKDOWN, OFFICE, PDF, TEXT, XLSX

    for importer in (TEXT, MARKDOWN, HTML, DOCX, PDF, XLSX, OFFICE):
        register(importer)
