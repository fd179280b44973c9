"""DOCX laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I, written with python-docx.

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman.
The header is a borderless two-column table (issuer and number left; national name,
motto and place-and-date right). The body's paragraph formatting lives in named styles
("PF Body", "PF Section"...), so a 1,000-task plan is mostly paragraphs that name a
style. python-docx has no page-number fields or paragraph borders; those few elements
are built with its oxml helpers on python-docx objects.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.styles.style import StyleFactory
from lxml import etree  # python-docx's own XML library

from .document import Block, BlockKind, Document, Table

__all__ = ["LAYOUT", "to_docx"]

#: the numbers of the layout, in one place (Phụ lục I's ranges in the comments)
LAYOUT: dict[str, Any] = {
    "font": "Times New Roman",
    "page": (Mm(210), Mm(297)),          # A4 portrait
    "margins": (Mm(20), Mm(20), Mm(30), Mm(15)),  # top, bottom 20-25; left 30-35; right 15-20
    "body_size": Pt(14),                 # 13-14
    "first_line": Cm(1.27),              # 1-1.27 cm
    "space_after": Pt(6),                # at least 6 pt
    "header_size": Pt(13),               # parent body, issuer, national name: 12-13
    "motto_size": Pt(14),                # 13-14
    "number_size": Pt(13),               # 13
    "date_size": Pt(14),                 # 13-14
    "recipients_head_size": Pt(12),      # 12
    "recipients_size": Pt(11),           # 11
    "signature_size": Pt(14),            # 13-14
    "columns": (Cm(6.5), Cm(10.0)),      # header table: left, right (text width 16.5 cm)
    "closing_columns": (Cm(7.5), Cm(9.0)),
}


def _fonts(rpr_parent: Any, name: str) -> None:
    """Set every script slot of rFonts (Latin, East Asian, complex) to ``name``."""
    rpr = rpr_parent.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _pstyle(styles: Any, name: str, base: Any, *, size: Any = None, bold: bool | None = None,
            italic: bool | None = None, align: Any = None, first_line: Any = None,
            before: Any = None, after: Any = None, keep_next: bool = False) -> Any:
    st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = base
    st.quick_style = True
    f, pf = st.font, st.paragraph_format
    if size is not None:
        f.size = size
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if align is not None:
        pf.alignment = align
    if first_line is not None:
        pf.first_line_indent = first_line
    if before is not None:
        pf.space_before = before
    if after is not None:
        pf.space_after = after
    if keep_next:
        pf.keep_with_next = True
    return st


def _styles(d: Any) -> dict[str, Any]:
    L = LAYOUT
    styles = d.styles
    normal = styles["Normal"]
    normal.font.name = L["font"]
    _fonts(normal.element, L["font"])
    normal.font.size = L["body_size"]
    npf = normal.paragraph_format
    npf.space_before = Pt(0)
    npf.space_after = Pt(0)
    npf.line_spacing = 1.0
    C, J, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
    body = _pstyle(styles, "PF Body", normal, align=J, first_line=L["first_line"],
                   before=Pt(0), after=L["space_after"])
    return {
        "body": body,
        "section": _pstyle(styles, "PF Section", body, bold=True, keep_next=True),
        "heading": _pstyle(styles, "PF Heading", body, bold=True, keep_next=True),
        "placeholder": _pstyle(styles, "PF Placeholder", body, italic=True),
        "head": _pstyle(styles, "PF Header", normal, align=C, size=L["header_size"]),
        "kind": _pstyle(styles, "PF Kind", normal, align=C, bold=True, size=L["body_size"],
                        before=Pt(12), keep_next=True),
        "title": _pstyle(styles, "PF Title", normal, align=C, bold=True, size=L["body_size"],
                         keep_next=True),
        "recipients_head": _pstyle(styles, "PF Recipients Heading", normal, align=LEFT, bold=True,
                                   italic=True, size=L["recipients_head_size"], before=Pt(12)),
        "recipients": _pstyle(styles, "PF Recipients", normal, align=LEFT,
                              size=L["recipients_size"]),
        "signature": _pstyle(styles, "PF Signature", normal, align=C, bold=True,
                             size=L["signature_size"]),
        "cell": _pstyle(styles, "PF Table", normal, align=LEFT, size=Pt(12)),
        "cell_head": _pstyle(styles, "PF Table Heading", normal, align=C, bold=True, size=Pt(12)),
    }


#: repr of LAYOUT -> (how many styles python-docx's template has; copies of those
#: planflow's styles change, by position; the styles it adds; each role's position)
_STYLED: dict[str, tuple[int, dict[int, Any], list[Any], dict[str, int]]] = {}


def _blank() -> tuple[Any, dict[str, Any]]:
    """A new default document with planflow's styles, and each style by its role.

    The styles are made once per process (and :data:`LAYOUT`): python-docx looks each
    new style's name up among the template's 160 styles, which took a fifth of writing a
    report. Later documents get copies of the elements that styling changed or added,
    the same XML.
    """
    key = repr(sorted(LAYOUT.items()))
    d = docx.Document()
    root = d.styles.element
    hit = _STYLED.get(key)
    if hit is not None and len(root) == hit[0]:
        n, changed, added, roles = hit
        for i, e in changed.items():
            root[i] = copy.deepcopy(e)
        root.extend(copy.deepcopy(e) for e in added)
        return d, {role: StyleFactory(root[i]) for role, i in roles.items()}
    before = [etree.tostring(e) for e in root]
    st = _styles(d)
    where = {e: i for i, e in enumerate(root)}
    _STYLED[key] = (len(before),
                    {i: copy.deepcopy(root[i]) for i, x in enumerate(before)
                     if etree.tostring(root[i]) != x},
                    [copy.deepcopy(e) for e in root[len(before):]],
                    {role: where[s.element] for role, s in st.items()})
    return d, st


def _rule(paragraph: Any, left: Any, right: Any, after: Any = None) -> None:
    """A bottom border on an empty ``paragraph`` between indents: a short horizontal rule."""
    pf = paragraph.paragraph_format
    pf.left_indent, pf.right_indent = left, right
    pf.line_spacing = Pt(5)  # exact: the rule sits just under the line above
    pf.space_before, pf.space_after = Pt(0), after if after is not None else Pt(0)
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _no_borders(table: Any) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def _grid(table: Any, widths: tuple[Any, ...]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
        for cell in col.cells:
            cell.width = w


def _para(cell_or_doc: Any, text: str, style: Any, *, first: bool = False, size: Any = None,
          bold: bool | None = None, italic: bool | None = None, underline: bool = False) -> Any:
    """A paragraph in a cell (reusing the cell's empty first paragraph) or the document."""
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    p._p.get_or_add_pPr().style = style.style_id  # as _add: no per-paragraph style search
    if text:
        r = p.add_run(text)
        if size is not None:
            r.font.size = size
        if bold is not None:
            r.font.bold = bold
        if italic is not None:
            r.font.italic = italic
        if underline:
            r.font.underline = True
    return p


def _header(d: Any, doc: Document, st: dict[str, Any]) -> None:
    L = LAYOUT
    table = d.add_table(rows=1, cols=2)
    _no_borders(table)
    _grid(table, L["columns"])
    left, right = table.rows[0].cells
    first = True
    if doc.parent_body:
        _para(left, doc.parent_body.upper(), st["head"], first=True, bold=False)
        first = False
    for line in doc.issuer:
        _para(left, line.upper(), st["head"], first=first, bold=True)
        first = False
    if doc.issuer and doc.motto[1]:
        w = L["columns"][0]
        _rule(_para(left, "", st["head"]), w // 3, w // 3)
    elif doc.issuer:  # a Party body's name has a star under it, not a rule
        _para(left, "*", st["head"])
    p = _para(left, doc.number, st["head"], first=first, size=L["number_size"])
    p.paragraph_format.space_before = Pt(6)
    if doc.excerpt:
        _para(left, doc.excerpt, st["head"], size=Pt(12))
    # a Party body's header has one line, "ĐẢNG CỘNG SẢN VIỆT NAM", underlined
    _para(right, doc.motto[0].upper(), st["head"], first=True, bold=True,
          underline=not doc.motto[1])
    if doc.motto[1]:
        _para(right, doc.motto[1], st["head"], bold=True, size=L["motto_size"], underline=True)
    p = _para(right, doc.place_date, st["head"], italic=True, size=L["date_size"])
    p.paragraph_format.space_before = Pt(12)


def _page_numbers(section: Any) -> None:
    """Page numbers from page 2, centred in the top margin (a PAGE field)."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Pt(0)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "2"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _add(d: Any, text: str, style: Any) -> Any:
    """``d.add_paragraph(text, style)`` without python-docx's per-call style lookup.

    Assigning a style object makes python-docx search the styles part for the default
    paragraph style on every paragraph (most of the time of a 1,000-task plan); the
    style id is known, so it is written into the paragraph's properties directly.
    """
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().style = style.style_id
    return p


def _block(d: Any, b: Block, st: dict[str, Any]) -> None:
    kind = b.kind
    if kind == BlockKind.SECTION:
        _add(d, f"{b.label} {b.text.upper()}", st["section"])
    elif kind == BlockKind.HEADING:
        _add(d, f"{b.label} {b.text}", st["heading"])
    elif kind == BlockKind.PLACEHOLDER:
        p = _add(d, "", st["placeholder"])
        p.add_run(b.text).font.highlight_color = WD_COLOR_INDEX.YELLOW
    else:
        p = _add(d, b.plain(), st["body"])
        if b.italic:
            for r in p.runs:
                r.font.italic = True


#: a date in a table cell ("31/12/2023", "9/6")
_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b")
#: U+2060 WORD JOINER: no line break on either side
_WJ = "\u2060"


def keep_dates_whole(text: str) -> str:
    """``text`` with each date glued (word joiners around its slashes): a narrow table
    column never splits "31/12/2023" across lines (the column is wide enough for one)."""
    return _DATE.sub(lambda m: f"{_WJ}/{_WJ}".join(p for p in m.groups() if p is not None),
                     text)


def _table(d: Any, t: Table, st: dict[str, Any]) -> None:
    table = d.add_table(rows=1 + len(t.rows), cols=len(t.header))
    table.style = d.styles["Table Grid"]
    total = 16.5
    weights = t.widths or (1.0,) * len(t.header)
    widths = tuple(Cm(total * w / sum(weights)) for w in weights)
    _grid(table, widths)
    for cell, text in zip(table.rows[0].cells, t.header, strict=True):
        _para(cell, text, st["cell_head"], first=True)
    for row, values in zip(table.rows[1:], t.rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            _para(cell, keep_dates_whole(text), st["cell"], first=True)
    # the header row repeats on each page: python-docx has no API for it, so the row's
    # properties get <w:tblHeader/> (and rows do not split across pages)
    for i, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        if i == 0:
            trpr.append(OxmlElement("w:tblHeader"))
        trpr.append(OxmlElement("w:cantSplit"))


def _closing(d: Any, doc: Document, st: dict[str, Any]) -> None:
    titles, name = doc.signature_lines()
    if not doc.recipients and not titles and not name:
        return
    table = d.add_table(rows=1, cols=2)
    _no_borders(table)
    _grid(table, LAYOUT["closing_columns"])
    left, right = table.rows[0].cells
    if doc.recipients:
        _para(left, "Nơi nhận:", st["recipients_head"], first=True)
        last = len(doc.recipients) - 1
        for i, r in enumerate(doc.recipients):
            _para(left, f"- {r}{'.' if i == last else ';'}", st["recipients"])
    first = True
    for line in titles:
        p = _para(right, line, st["signature"], first=first)
        if first:
            p.paragraph_format.space_before = Pt(12)
        first = False
    for _ in range(4):  # room for the signature and the seal
        _para(right, "", st["signature"], first=first)
        first = False
    _para(right, name, st["signature"])


def to_docx(doc: Document, options: Mapping[str, Any] | None = None,
            created: datetime | None = None) -> bytes:
    """The document as DOCX bytes.

    ``options["template"]`` names a .docx to start from (an office's own styles); its
    body is replaced, its page setup kept when ``options["keep_page_setup"]`` is true.
    """
    options = options or {}
    template = options.get("template")
    if template:
        d = docx.Document(template)
        body = d.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        st = _styles(d)
    else:
        d, st = _blank()
    section = d.sections[0]
    if not (template and options.get("keep_page_setup")):
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = LAYOUT["page"]
        (section.top_margin, section.bottom_margin,
         section.left_margin, section.right_margin) = LAYOUT["margins"]
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
    _page_numbers(section)
    _header(d, doc, st)
    if doc.kind_name:
        _add(d, doc.kind_name, st["kind"])
    if doc.title:
        _add(d, doc.title, st["title"] if doc.kind_name else st["kind"])
        _rule(_add(d, "", st["title"]), Cm(6.5), Cm(6.5), after=Pt(12))
    if doc.addressees:
        last = len(doc.addressees) - 1
        lines = (["Kính gửi: " + doc.addressees[0]] if len(doc.addressees) == 1
                 else ["Kính gửi:", *(f"- {a}{'.' if i == last else ';'}"
                                      for i, a in enumerate(doc.addressees))])
        for i, line in enumerate(lines):
            p = _add(d, line, st["title"])
            p.runs[0].font.bold = False
            if i:  # several addressees: a list, left-aligned under "Kính gửi:"
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.left_indent = Cm(4.5)
            p.paragraph_format.space_before = Pt(12) if i == 0 else Pt(0)
            p.paragraph_format.space_after = Pt(6) if i == len(lines) - 1 else Pt(0)
    for b in doc.body:
        if isinstance(b, Table):
            _table(d, b, st)
        else:
            _block(d, b, st)
    _closing(d, doc, st)
    props = d.core_properties
    props.title = " ".join(x for x in (doc.kind_name, doc.title) if x)[:250]
    props.author = " ".join(doc.issuer)[:250]
    if created is not None:
        props.created = props.modified = created
    props.last_modified_by = "planflow"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
