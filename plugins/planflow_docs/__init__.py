"""planflow_docs: plans, progress reports and reminder letters as administrative documents.

Built-in plugin, registered through the ``planflow`` entry point (``docs``) like any
third-party plugin; it imports only planflow's public API and no other plugin. The words
that depend on the plan's language (dates, section numbers, occurrence labels, status
words) come from the plan's wording (:func:`planflow.wording_for`, filled through the
``register_wordings`` hook; ``planflow_vn`` registers the Vietnamese one). Every document is built once as a format-neutral
:class:`~planflow_docs.document.Document` and written by each format:

* ``docx``: Word, laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I (python-docx);
* ``txt``: plain text in the shape of the printed document;
* ``md``: Markdown; ``html``: one self-contained page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import planflow

from .hooks import register_formats

if TYPE_CHECKING:
    from .clean import clean, one_line
    from .document import Block, BlockKind, Document, Table
    from .docx_format import LAYOUT, to_docx
    from .html_format import to_html
    from .markdown_format import to_markdown
    from .plan import DEFAULT_HEADINGS, issuer_lines, plan_document
    from .render import document_for, render_docx, render_html, render_markdown, render_text
    from .text_format import to_text

# The rest loads on first use (PEP 562): registering the plugin, which every planflow
# command does, imports only its hooks. No __dir__: pluggy reads dir(module).
_LAZY: dict[str, tuple[str, str]] = {
    "Block": ("document", "Block"),
    "BlockKind": ("document", "BlockKind"),
    "Document": ("document", "Document"),
    "Table": ("document", "Table"),
    "clean": ("clean", "clean"),
    "one_line": ("clean", "one_line"),
    "LAYOUT": ("docx_format", "LAYOUT"),
    "to_docx": ("docx_format", "to_docx"),
    "to_html": ("html_format", "to_html"),
    "to_markdown": ("markdown_format", "to_markdown"),
    "DEFAULT_HEADINGS": ("plan", "DEFAULT_HEADINGS"),
    "issuer_lines": ("plan", "issuer_lines"),
    "plan_document": ("plan", "plan_document"),
    "document_for": ("render", "document_for"),
    "render_docx": ("render", "render_docx"),
    "render_html": ("render", "render_html"),
    "render_markdown": ("render", "render_markdown"),
    "render_text": ("render", "render_text"),
    "to_text": ("text_format", "to_text"),
}


__getattr__ = planflow.lazy_attributes(__name__, _LAZY)


__all__ = [
    "DEFAULT_HEADINGS",
    "LAYOUT",
    "Block",
    "BlockKind",
    "Document",
    "Table",
    "clean",
    "document_for",
    "issuer_lines",
    "one_line",
    "plan_document",
    "register_formats",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_text",
    "to_docx",
    "to_html",
    "to_markdown",
    "to_text",
]
