"""Markdown (CommonMark): headings for the sections and tasks, lists for dash items.

Every piece of the plan's text is escaped, so a title holding ``*``, ``<`` or ``[``
stays text and never becomes markup or raw HTML.
"""

from __future__ import annotations

import re

from .document import Block, BlockKind, Document, Table

__all__ = ["escape", "to_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~&])")
_LIST_MARK = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def escape(text: str) -> str:
    """``text`` with every CommonMark special character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _paragraph(text: str) -> str:
    """An escaped line that cannot start a list item ("1\\.", "\\-")."""
    return _LIST_MARK.sub(lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2)
                                                  else f"{m.group(3)}\\{m.group(4)}"), text)


def _block(b: Block) -> str:
    label = escape(b.label)
    lead = escape(b.lead)
    text = escape(b.text)
    if b.kind == BlockKind.SECTION:
        return f"## {b.label} {text}"
    if b.kind == BlockKind.HEADING:
        return f"### {b.label} {text}"
    if b.kind == BlockKind.DASH:
        return f"- {text}"
    if b.kind == BlockKind.PLACEHOLDER:
        return f"*{text}*"
    words = _paragraph(" ".join(p for p in (label, lead, text) if p))
    return f"*{words}*" if b.italic else words


def _table(t: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(c) for c in cells) + " |"
    return "\n".join([row(t.header), "|" + "---|" * len(t.header), *(row(r) for r in t.rows)])


def to_markdown(doc: Document) -> str:
    """The document as Markdown text."""
    out: list[str] = []
    left = [*([escape(doc.parent_body)] if doc.parent_body else []),
            *(f"**{escape(x)}**" for x in doc.issuer), escape(doc.number)]
    if doc.excerpt:
        left.append(f"*{escape(doc.excerpt)}*")
    out.append("  \n".join(left))
    out.append("  \n".join([*(f"**{escape(x)}**" for x in doc.motto if x),
                            f"*{escape(doc.place_date)}*"]))
    if doc.kind_name:
        out.append(f"# {escape(doc.kind_name)}" + (f"  \n**{escape(doc.title)}**" if doc.title else ""))
    elif doc.title:
        out.append(f"**{escape(doc.title)}**")
    if doc.addressees:
        out.append("Kính gửi: " + "; ".join(escape(a) for a in doc.addressees))
    prev_dash = False
    for b in doc.body:
        if isinstance(b, Table):
            out.append(_table(b))
            prev_dash = False
            continue
        text = _block(b)
        is_dash = b.kind == BlockKind.DASH
        if is_dash and prev_dash:  # one list, not a list per item
            out[-1] += "\n" + text
        else:
            out.append(text)
        prev_dash = is_dash
    if doc.recipients:
        last = len(doc.recipients) - 1
        out.append("***Nơi nhận:***\n\n" + "\n".join(
            f"- {escape(r)}{'.' if i == last else ';'}" for i, r in enumerate(doc.recipients)))
    titles, name = doc.signature_lines()
    if titles or name:
        out.append("  \n".join(f"**{escape(t)}**" for t in titles) + "\n\n" + f"**{escape(name)}**")
    return "\n\n".join(out) + "\n"
