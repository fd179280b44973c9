"""DOCX: a Word document's paragraphs and tables, in order, through python-docx."""

from __future__ import annotations

import functools
import re
import zipfile
from pathlib import Path
from typing import Any

import planflow

from .importer import read_items
from .text import Block, Table, clean, roman

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
        raise planflow.PlanFileError(str(path), [("", _not_docx(e))]) from None
    if len(infos) > MAX_PARTS:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
            "a Word document of {n:,} parts (at most {most:,} are read)", "docx_parts",
            n=len(infos), most=MAX_PARTS))])
    size = sum(i.file_size for i in infos)
    if size > MAX_UNCOMPRESSED:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
            "unzips to {n:,} bytes (at most {most:,} are read)", "docx_unzips",
            n=size, most=MAX_UNCOMPRESSED))])


def _not_docx(e: Exception) -> planflow.Worded:
    return planflow.Worded.of("not a Word document ({detail})", "not_docx", detail=str(e))


_MARKED = re.compile(r"^\s*(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|[IVXL]+\.\s)")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: elements whose text is not the document's text: tracked deletions, field codes, the
#: properties of runs and paragraphs, notes' reference marks
_NOT_TEXT = frozenset(f"{_W}{t}" for t in (
    "del", "moveFrom", "delText", "delInstrText", "instrText", "pPr", "rPr", "tblPr", "trPr",
    "tcPr", "sdtPr", "sdtEndPr", "fldData", "footnoteReference", "endnoteReference",
    "commentReference", "annotationRef", "sectPr"))
#: containers whose children are read as if they stood in their place: content controls,
#: custom XML, tracked insertions and moves, smart tags, hyperlinks, simple fields
_TRANSPARENT = frozenset(f"{_W}{t}" for t in (
    "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "hyperlink", "fldSimple",
    "dir", "bdo", "r"))


@functools.lru_cache(maxsize=256)
def _xp(expr: str) -> Any:
    """``expr`` compiled with the ``w:`` prefix, for any element (python-docx's own or not)."""
    from lxml import etree

    return etree.XPath(expr, namespaces={"w": _W[1:-1]})


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz."""
    return chr(97 + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _number(fmt: str, n: int) -> str | None:
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n) if fmt == "lowerLetter" else _letters(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return roman(n).lower() if fmt == "lowerRoman" else roman(n)
    return None


class _Numbering:
    """The markers Word prints before list paragraphs (numbering.xml), counted in order.

    Each level's format (``numFmt``) and text (``lvlText``: "%1.", "%1)", "%1.%2."), its
    first number (``start``) and a list restarted by ``lvlOverride/startOverride`` are
    honoured; lists of the same abstract definition continue one count, as Word shows them.
    """

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self._root = None
        #: abstract list id -> level -> the count printed last
        self._counts: dict[str, dict[int, int]] = {}
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._started: set[tuple[str, int]] = set()
        try:
            self._styles: Any = document.styles
        except (KeyError, NotImplementedError, AttributeError):
            self._styles = None

    def _num(self, num_id: str) -> tuple[str, dict[int, int]]:
        """The abstract list of ``num_id`` and the start overrides of its levels."""
        if num_id not in self._nums:
            abstract, overrides = "", {}
            if self._root is not None:
                found = self._root.xpath(f'./w:num[@w:numId="{num_id}"]')
                if found:
                    ids = _xp("./w:abstractNumId/@w:val")(found[0])
                    abstract = str(ids[0]) if ids else ""
                    for o in _xp("./w:lvlOverride")(found[0]):
                        at = _xp("./@w:ilvl")(o)
                        val = _xp("./w:startOverride/@w:val")(o)
                        if at and val and str(val[0]).lstrip("-").isdigit():
                            overrides[int(at[0])] = int(val[0])
            self._nums[num_id] = (abstract, overrides)
        return self._nums[num_id]

    def _level(self, abstract: str, level: int) -> tuple[str, str, int]:
        """(numFmt, lvlText, start) of one level of an abstract list."""
        key = (abstract, level)
        if key not in self._levels:
            fmt, text, start = "", "", 1
            if self._root is not None and abstract:
                lvl = self._root.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract}"]'
                                       f'/w:lvl[@w:ilvl="{level}"]')
                if lvl:
                    f = _xp("./w:numFmt/@w:val")(lvl[0])
                    t = _xp("./w:lvlText/@w:val")(lvl[0])
                    s = _xp("./w:start/@w:val")(lvl[0])
                    fmt = str(f[0]) if f else "decimal"
                    text = str(t[0]) if t else f"%{level + 1}."
                    start = int(s[0]) if s and str(s[0]).isdigit() else 1
            self._levels[key] = (fmt, text, start)
        return self._levels[key]

    def _num_pr(self, paragraph: Any) -> Any:
        ppr = paragraph.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        style = self._style(style_id)
        while style is not None:
            sppr = style.element.pPr
            if sppr is not None and sppr.numPr is not None:
                return sppr.numPr
            style = style.base_style
        return None

    def _style(self, style_id: str | None) -> Any:
        """The paragraph style ``style_id`` (the default paragraph style for None)."""
        if self._styles is None:
            return None
        from docx.enum.style import WD_STYLE_TYPE

        if style_id is None:
            return self._styles.default(WD_STYLE_TYPE.PARAGRAPH)
        for style in self._styles:
            if style.style_id == style_id:
                return style
        return None

    def marker(self, paragraph: Any) -> str:
        """What Word prints before ``paragraph`` (a ``w:p`` element), "" when nothing."""
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
        abstract, overrides = self._num(num_id)
        fmt, text, start = self._level(abstract, level)
        if fmt == "bullet":
            return "- "
        if _number(fmt, 1) is None or not text:
            return ""
        counts = self._counts.setdefault(abstract or num_id, {})
        if level in overrides and (num_id, level) not in self._started:
            self._started.add((num_id, level))
            counts[level] = overrides[level] - 1
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a deeper list starts again under the next item

        def at(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k == level:
                return _number(fmt, counts[level]) or ""
            kfmt, _, kstart = self._level(abstract, k)
            return _number(kfmt if kfmt != "bullet" else "decimal", counts.get(k, kstart)) or ""

        printed = re.sub(r"%([1-9])", at, text).strip()
        return f"{printed} " if printed else ""


def _text(element: Any, boxes: list[Any] | None = None) -> str:
    """The text Word shows of a paragraph (or a run container): runs inside tracked
    insertions, content controls, smart tags, hyperlinks and fields included; tracked
    deletions and field codes left out; tabs, breaks and hyphens as characters. The
    paragraphs of text boxes met on the way are added to ``boxes``, once (Word stores a
    text box twice: as a drawing and as its VML fallback)."""
    out: list[str] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_TEXT:
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab" or tag == f"{_W}ptab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag in _TRANSPARENT:
                walk(child)
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if boxes is not None:
                    src = choice if choice is not None else child.find(f"{_MC}Fallback")
                    if src is not None:
                        boxes.extend(src.iter(f"{_W}txbxContent"))
            elif tag in (f"{_W}drawing", f"{_W}pict", f"{_W}object"):
                if boxes is not None:
                    boxes.extend(child.iter(f"{_W}txbxContent"))

    walk(element)
    return "".join(out)


def _flat(container: Any, tags: tuple[str, ...]) -> list[Any]:
    """The children of ``container`` with one of ``tags``, looking through content controls
    and custom XML that wrap them."""
    out: list[Any] = []
    for child in container:
        tag = child.tag
        if tag in tags:
            out.append(child)
        elif tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
            if content is not None:
                out.extend(_flat(content, tags))
    return out


def _cell_text(tc: Any, numbering: _Numbering | None = None) -> str:
    """A cell's paragraphs as lines, each with the marker Word prints before it (a cell's
    bulleted tasks keep their bullets: "- Rà soát …" over "- Số hóa …")."""
    lines: list[str] = []
    for child in _flat(tc, (f"{_W}p", f"{_W}tbl")):
        if child.tag == f"{_W}p":
            text = _text(child)
            lines.append((numbering.marker(child) if numbering is not None and text.strip() else "")
                         + text)
        else:  # a table inside the cell: its rows as lines
            lines.extend(" ".join(c for c in row if c.strip()) for row in _rows(child, numbering))
    return clean("\n".join(lines))


def _int(el: Any, tag: str) -> int:
    """The ``w:val`` of ``el``'s child ``tag`` as a number (0 when absent or not a number)."""
    child = el.find(f"{_W}{tag}") if el is not None else None
    val = child.get(f"{_W}val", "") if child is not None else ""
    return int(val) if val.isdigit() else 0


def _rows(tbl: Any, numbering: _Numbering | None = None) -> list[tuple[str, ...]]:
    """The rows of a ``w:tbl``, one cell per grid column: a row that starts or ends short of
    the grid (``gridBefore``/``gridAfter``) keeps its cells under their columns; a cell
    merged across columns is read once and leaves the columns it spans empty; one merged
    down a column repeats in each row (the lead of several tasks)."""
    grid = tbl.find(f"{_W}tblGrid")
    width = len(grid.findall(f"{_W}gridCol")) if grid is not None else 0
    rows: list[tuple[str, ...]] = []
    above: dict[int, str] = {}
    for tr in _flat(tbl, (f"{_W}tr",)):
        tr_pr = tr.find(f"{_W}trPr")
        col = _int(tr_pr, "gridBefore")
        cells = [""] * col
        for tc in _flat(tr, (f"{_W}tc",)):
            tc_pr = tc.find(f"{_W}tcPr")
            span = max(1, _int(tc_pr, "gridSpan"))
            v = tc_pr.find(f"{_W}vMerge") if tc_pr is not None else None
            h = tc_pr.find(f"{_W}hMerge") if tc_pr is not None else None
            if v is not None and v.get(f"{_W}val", "continue") == "continue":
                text = above.get(col, "")
            elif h is not None and h.get(f"{_W}val", "continue") == "continue":
                text = ""
            else:
                text = _cell_text(tc, numbering)
            cells.append(text)
            above[col] = text
            cells.extend([""] * (span - 1))
            col += span
        cells.extend([""] * (max(width, col) - col))
        rows.append(tuple(cells))
    return rows


def docx_items(path: Path) -> list[Block | Table]:
    """Blocks (one per paragraph; soft line breaks kept as lines) and tables, in order.

    The document is read from its XML as Word shows it: paragraphs and tables inside
    content controls, tracked insertions (not deletions), text boxes (after the paragraph
    that holds them), Word's own list numbering printed as the text it shows ("I.", "1.",
    "a)", "1.1."), table rows that start late or end early kept under their columns.
    """
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise planflow.PluginError("reading .docx needs python-docx (pip install python-docx)") \
            from None
    _check_package(path)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise planflow.PlanFileError(str(path), [("", _not_docx(e))]) from None
    except Exception as e:  # python-docx and lxml raise their own types for broken packages
        if type(e).__module__.startswith(("docx", "lxml")):
            raise planflow.PlanFileError(str(path), [("", _not_docx(e))]) from None
        raise
    out: list[Block | Table] = []
    p_count = t_count = 0
    numbering = _Numbering(document)

    def paragraph(p: Any) -> None:
        nonlocal p_count
        p_count += 1
        boxes: list[Any] = []
        text = clean(_text(p, boxes))
        for box in boxes:  # text boxes (a letterhead, a stamp) as paragraphs of their own
            for inner in _flat(box, (f"{_W}p",)):
                lines = tuple(clean(_text(inner)).replace("\r", "\n").split("\n"))
                if any(s.strip() for s in lines):
                    out.append(Block(f"paragraph {p_count}", p_count, lines))
        if text.strip() and not _MARKED.match(text):
            # Word's own list numbering is not in the text: "1.", "a)", "-" as printed
            text = numbering.marker(p) + text
        lines = tuple(s for s in text.replace("\r", "\n").split("\n"))
        if any(s.strip() for s in lines):
            out.append(Block(f"paragraph {p_count}", p_count, lines))

    for child in _flat(document.element.body, (f"{_W}p", f"{_W}tbl")):
        if child.tag == f"{_W}p":
            paragraph(child)
        else:
            t_count += 1
            out.append(Table(f"table {t_count}", p_count, tuple(_rows(child, numbering))))
    return _printed_lines(out)


_ENDED = re.compile(r"[.;:!?)\]…]\**\s*$|\./\.\s*$")


def _printed_lines(items: list[Block | Table]) -> list[Block | Table]:
    """A document whose paragraphs are its printed lines (a PDF converted to Word: each
    line a paragraph, sentences running on over them) read as the text of its pages: the
    paragraphs between two tables joined into one block of lines, which the text reader
    splits into paragraphs as it does a scrape's (round 16). Such a document is one where
    at least eight long paragraphs, and at least a quarter of them, stop with no sentence end
    and the next paragraph goes on in lower case or after a word a sentence cannot stop on."""
    blocks = [it for it in items if isinstance(it, Block) and len(it.lines) == 1]
    long = [b for b in blocks if len(b.lines[0].strip()) >= 40]
    if len(long) < 12:
        return items
    runs_on = 0
    for it, nxt in zip(items, items[1:], strict=False):
        if not (isinstance(it, Block) and isinstance(nxt, Block)) or len(it.lines) != 1:
            continue
        line, after = it.lines[0].strip(), nxt.lines[0].strip()
        if len(line) >= 40 and not _ENDED.search(line) and after[:1].islower():
            runs_on += 1
    if runs_on < 8 or runs_on * 4 < len(long):
        return items
    out: list[Block | Table] = []
    for it in items:
        prev = out[-1] if out else None
        if isinstance(it, Block) and isinstance(prev, Block):
            out[-1] = Block(prev.where, prev.line, prev.lines + it.lines)
        else:
            out.append(it)
    return out


def read_docx(path: Path) -> planflow.ImportResult:
    """Read a plan from a .docx file."""
    if not Path(path).stat().st_size:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of("the file is empty",
                                                                        "empty_file"))])
    return read_items(docx_items(Path(path)), str(path))
