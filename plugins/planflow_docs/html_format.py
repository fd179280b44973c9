"""HTML: one self-contained page laid out like the printed document.

Every piece of the plan's text goes through :func:`html.escape` (quotes too), so no
title or agency name can open a tag, an entity or an attribute.
"""

from __future__ import annotations

from html import escape

from .document import Block, BlockKind, Document, Table

__all__ = ["to_html"]

_CSS = """
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt;
       max-width: 165mm; margin: 20mm auto 20mm auto; padding: 0 15mm 0 30mm; }
table.header, table.closing { width: 100%; border-collapse: collapse; }
table.header td, table.closing td { vertical-align: top; text-align: center; border: none; }
.parent { text-transform: uppercase; font-size: 13pt; }
.issuer { font-weight: bold; font-size: 13pt; }
.rule { width: 33%; margin: 2pt auto; border: none; border-top: 1px solid #000; }
.star { margin: 0; }
.motto1 { font-weight: bold; font-size: 13pt; }
.motto2 { font-weight: bold; font-size: 14pt; text-decoration: underline; }
.number { font-size: 13pt; white-space: pre-wrap; }  /* "Số:      /BC-UBND" keeps its blank */
.excerpt { font-size: 12pt; }
.date { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 12pt 0 0 0; }
p.title { font-weight: bold; text-align: center; margin-top: 0; }
p.b { text-align: justify; text-indent: 1.27cm; margin: 6pt 0; }
p.section, p.heading { font-weight: bold; }
p.placeholder { font-style: italic; background: #ffff66; }
table.data { border-collapse: collapse; width: 100%; font-size: 12pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
td.recipients { text-align: left !important; font-size: 11pt; }
td.recipients p.head { font-size: 12pt; font-weight: bold; font-style: italic; margin: 0; }
td.recipients p { margin: 0; }
td.signature p { font-weight: bold; margin: 0; }
td.signature p.space { height: 4em; }
div.figure { margin: 24pt 0 0 0; page-break-before: always; }
p.figure-title { font-weight: bold; text-align: center; }
svg.timeline { max-width: 100%; height: auto; }
@media screen { body { max-width: 260mm; } }
"""


def _p(cls: str, text: str) -> str:
    return f'<p class="{cls}">{escape(text)}</p>' if text else ""


def _block(b: Block) -> str:
    cls = {BlockKind.SECTION: "b section", BlockKind.HEADING: "b heading",
           BlockKind.PLACEHOLDER: "b placeholder"}.get(b.kind, "b")
    text = escape(b.text).replace("\n", "<br>")
    lead = f"{escape(b.lead)} " if b.lead else ""
    label = f"{escape(b.label)} " if b.label else ""
    inner = f"{label}{lead}{text}".rstrip()
    if b.italic:
        inner = f"<em>{inner}</em>"
    return f'<p class="{cls}">{inner}</p>'


def _table(t: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in t.header)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c).replace(chr(10), '<br>')}</td>" for c in r)
                   + "</tr>" for r in t.rows)
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def to_html(doc: Document, figure: str = "", figure_title: str = "") -> str:
    """The document as an HTML5 page (UTF-8).

    ``figure`` is trusted markup (the timeline's SVG, built with every text escaped)
    placed after the signature under the heading ``figure_title``.
    """
    left = [_p("parent", doc.parent_body or ""), *(_p("issuer", x) for x in doc.issuer)]
    if doc.issuer:  # a Party body's name has a star under it, the State's a rule
        left.append('<hr class="rule">' if doc.motto[1] else _p("star", "*"))
    left.append(_p("number", doc.number))
    if doc.excerpt:
        left.append(_p("excerpt", doc.excerpt))
    right = [_p("motto1" if doc.motto[1] else "motto1 motto2", doc.motto[0]),
             *([_p("motto2", doc.motto[1])] if doc.motto[1] else []), _p("date", doc.place_date)]
    title = " ".join(x for x in (doc.kind_name, doc.title) if x) or doc.number
    parts = [
        "<!DOCTYPE html>", '<html lang="vi">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        '<table class="header"><tr><td>' + "".join(left) + "</td><td>" + "".join(right)
        + "</td></tr></table>",
    ]
    if doc.kind_name:
        parts.append(f"<h1>{escape(doc.kind_name)}</h1>")
    if doc.title:
        parts.append(_p("title", doc.title))
    if doc.addressees:
        parts.append(_p("addressees", "Kính gửi: " + "; ".join(doc.addressees)))
    for b in doc.body:
        parts.append(_table(b) if isinstance(b, Table) else _block(b))
    recips = ""
    if doc.recipients:
        last = len(doc.recipients) - 1
        recips = '<p class="head">Nơi nhận:</p>' + "".join(
            f"<p>- {escape(r)}{'.' if i == last else ';'}</p>" for i, r in enumerate(doc.recipients))
    titles, name = doc.signature_lines()
    sig = ("".join(f"<p>{escape(t)}</p>" for t in titles) + '<p class="space"></p>' + _p("name", name)
           if titles or name else "")
    parts.append(f'<table class="closing"><tr><td class="recipients">{recips}</td>'
                 f'<td class="signature">{sig}</td></tr></table>')
    if figure:
        parts.append('<div class="figure">')
        if figure_title:
            parts.append(f'<p class="figure-title">{escape(figure_title)}</p>')
        parts.append(figure)
        parts.append("</div>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
