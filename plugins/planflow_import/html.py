"""HTML: a plan saved from a web page (a provincial portal, a legal-document site) or
exported as HTML by an editor, through lxml.

The page is read as a browser lays it out: block elements (paragraphs, headings, list
items, divisions) are paragraphs, ``<br>`` breaks a line, runs of spaces collapse; the
numbers and bullets a browser prints for ``<ol>``/``<ul>`` (its ``type`` and ``start``,
an item's ``value``) are put before the item's words; a table is read cell by cell, a cell
spanning rows repeating in each row it covers (the lead of several tasks) and one spanning
columns read once; a paragraph wholly in bold is marked bold ("**…**"), as a scraped
heading is. The page's furniture (scripts, styles, navigation, header and footer
elements, forms) is not the plan and is left out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import planflow

from .importer import read_items
from .text import Block, Table, clean, roman

__all__ = ["MAX_BYTES", "html_items", "read_html"]

#: a page larger than this is refused before it is parsed
MAX_BYTES = 50 * 1024 * 1024

_SKIP = frozenset(("script", "style", "noscript", "template", "head", "nav", "header", "footer",
                   "aside", "form", "button", "select", "iframe", "svg", "object", "menu"))
_BLOCK = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                    "section", "article", "main", "center", "address", "dd", "dt", "figure",
                    "figcaption", "caption", "body", "ol", "ul", "dl", "hr"))
_BOLD = frozenset(("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"))
_SPACES = re.compile(r"[ \t\r\n\f]+")
#: a <br> among the words (no character of a page's text)
_BR = "\x00"


def _marker(kind: str, n: int) -> str:
    """What a browser prints before item ``n`` of an ``<ol type=kind>``."""
    if kind == "a":
        return chr(96 + (n - 1) % 26 + 1) + "."
    if kind == "A":
        return chr(64 + (n - 1) % 26 + 1) + "."
    if kind in ("i", "I"):
        r = roman(n)
        return (r.lower() if kind == "i" else r) + "."
    return f"{n}."


def _int(value: str | None, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _bold(el: Any) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return _tag(el) in _BOLD or "font-weight:bold" in style or "font-weight:700" in style


class _Reader:
    def __init__(self) -> None:
        self.items: list[Block | Table] = []
        self.tables = 0
        #: the words of the paragraph being read: (text, bold) pieces; "\n" for <br>
        self.pieces: list[tuple[str, bool]] = []
        self.prefix = ""

    def flush(self) -> None:
        text = "".join(_BR if t == _BR else _SPACES.sub(" ", t) for t, _ in self.pieces)
        lines = [s.strip() for s in text.split(_BR)]
        lines = [clean(s) for s in lines if s]
        if lines:
            words = [t for t, _ in self.pieces if t.strip(_BR + " \t\r\n\f")]
            bold = bool(words) and all(b for t, b in self.pieces if t.strip(_BR + " \t\r\n\f"))
            if self.prefix:
                lines[0] = f"{self.prefix} {lines[0]}"
            if bold:
                lines = [f"**{s}**" for s in lines]
            n = len(self.items) + 1
            self.items.append(Block(f"paragraph {n}", n, tuple(lines)))
            self.prefix = ""  # a list item's marker goes on its first words, whatever holds them
        self.pieces = []

    def walk(self, el: Any, bold: bool) -> None:
        for child in el:
            tag = _tag(child)
            if tag in _SKIP or not tag:
                if child.tail:
                    self.pieces.append((child.tail, bold))
                continue
            if tag == "br":
                self.pieces.append((_BR, bold))
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag in ("ol", "ul"):
                self.flush()
                self.listing(child, bold)
            elif tag in _BLOCK:
                self.flush()
                if child.text:
                    self.pieces.append((child.text, bold or _bold(child)))
                self.walk(child, bold or _bold(child))
                self.flush()
            else:  # inline: its words, then on with the words after it
                b = bold or _bold(child)
                if child.text:
                    self.pieces.append((child.text, b))
                self.walk(child, b)
            if child.tail:
                self.pieces.append((child.tail, bold))

    def listing(self, el: Any, bold: bool) -> None:
        ordered = _tag(el) == "ol"
        kind = (el.get("type") or "1").strip() or "1"
        n = _int(el.get("start"), 1) - 1
        for item in el:
            if _tag(item) != "li":
                continue
            n = _int(item.get("value"), n + 1)
            self.flush()
            self.prefix = _marker(kind, n) if ordered else "-"
            if item.text:
                self.pieces.append((item.text, bold or _bold(item)))
            self.walk(item, bold or _bold(item))
            self.flush()
            self.prefix = ""  # an empty item's marker goes on nothing after the list

    def table(self, el: Any) -> None:
        rows: list[list[str]] = []
        pending: dict[int, tuple[int, str]] = {}  # column -> (rows left, text) of a rowspan
        trs = [tr for tr in el.iter("tr") if self._owner(tr) is el]
        for tr in trs:
            row: list[str] = []
            col = 0
            for cell in [c for c in tr if _tag(c) in ("td", "th")] + [None]:
                while col in pending:  # cells spanning down from the rows above
                    left, text = pending.pop(col)
                    row.append(text)
                    if left > 1:
                        pending[col] = (left - 1, text)
                    col += 1
                if cell is None:
                    break
                text = self._cell(cell)
                span = max(1, min(_int(cell.get("colspan"), 1), 100))
                down = max(1, min(_int(cell.get("rowspan"), 1), 1000))
                row.append(text)
                if down > 1:
                    pending[col] = (down - 1, text)
                for k in range(1, span):
                    row.append("")
                    if down > 1:
                        pending[col + k] = (down - 1, "")
                col += span
            rows.append(row)
        width = max((len(r) for r in rows), default=0)
        if not width:
            return
        self.tables += 1
        self.items.append(Table(f"table {self.tables}", len(self.items) + 1,
                                tuple(tuple(r + [""] * (width - len(r))) for r in rows)))

    @staticmethod
    def _owner(tr: Any) -> Any:
        parent = tr.getparent()
        while parent is not None and _tag(parent) != "table":
            parent = parent.getparent()
        return parent

    def _cell(self, cell: Any) -> str:
        """A cell's text: its paragraphs and breaks as lines; a table inside it as lines."""
        inner = _Reader()
        if cell.text:
            inner.pieces.append((cell.text, _bold(cell)))
        inner.walk(cell, _bold(cell))
        inner.flush()
        lines: list[str] = []
        for item in inner.items:
            if isinstance(item, Block):
                lines.extend(s.replace("**", "") for s in item.lines)
            else:
                lines.extend(" ".join(c for c in r if c.strip()) for r in item.rows)
        return "\n".join(s for s in lines if s)


#: a page naming its character set: a <meta charset>, an http-equiv Content-Type, an XML
#: declaration's encoding (looked for in the first bytes, as a browser does)
_DECLARED = re.compile(rb"<meta[^>]*charset|<\?xml[^>]*encoding", re.I)


def _undeclared_utf8(data: bytes) -> bytes | str:
    """The page as lxml should parse it: a page naming no character set (a body saved without
    its head, a page whose server sent the charset only in its HTTP header) whose bytes are
    UTF-8 is decoded as UTF-8, not read as Latin-1 (libxml2's guess), which garbles every
    Vietnamese letter; a BOM or a declared charset is left to lxml."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _DECLARED.search(data[:4096]):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def html_items(path: Path) -> list[Block | Table]:
    """Blocks (one per paragraph) and tables of a page, in order."""
    from lxml import etree
    from lxml import html as lxml_html

    data = Path(path).read_bytes()
    if len(data) > MAX_BYTES:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
            "a page of {n:,} bytes (at most {most:,} are read)", "page_too_big", n=len(data),
            most=MAX_BYTES))])
    if not data.strip():
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of("the file is empty",
                                                                        "empty_file"))])
    try:
        root = lxml_html.document_fromstring(_undeclared_utf8(data))
    except (etree.ParserError, ValueError) as e:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
            "not an HTML page ({detail})", "not_html", detail=str(e)))]) from None
    body = root.find("body")
    reader = _Reader()
    start = body if body is not None else root
    if start.text:
        reader.pieces.append((start.text, False))
    reader.walk(start, False)
    reader.flush()
    if not reader.items:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of("the page has no text",
                                                                        "page_no_text"))])
    return reader.items


def read_html(path: Path) -> planflow.ImportResult:
    """Read a plan from a saved web page (.html, .htm)."""
    return read_items(html_items(Path(path)), str(path))
