"""Footnotes at a page's foot in a PDF's text kept in its layout (pdftotext).

The note's mark is glued to the word it explains ("… về địa chất, khoáng sản1."); at the
foot of the page, after a blank line, the note itself opens on its number, indented ("   1
Các quy định của Luật …"), and runs to the page's number centred on its own line. The
note is not the plan's text: read as such it cuts the duty the page broke ("… (i) Khai
thác khoáng sản" / note / "trái phép; (ii) …") and adds tasks of its own.
"""

from __future__ import annotations

import re

import attrs

from .text import Block, Table, page_furniture

__all__ = ["NOTE_START", "page_footnotes"]

NOTE_START = re.compile(r"^[ \t]{2,}(?P<n>\d{1,2})[ \t]+[A-ZĐÀ-Ỹ]")


def page_footnotes(items: list[Block | Table]) -> tuple[list[Block | Table], list[Block]]:
    """The items without the footnotes at the pages' feet, and the blocks taken out."""
    items = list(items)
    drop: set[int] = set()
    for k, it in enumerate(items):
        if not isinstance(it, Block) or k in drop or not it.lines:
            continue
        m = NOTE_START.match(it.lines[0])
        if m is None:
            continue
        # the page's number within the next blocks (the note may run over two of them)
        end = next((j for j in range(k + 1, min(k + 4, len(items)))
                    if isinstance(b := items[j], Block) and page_furniture(b)), None)
        if end is None or any(not isinstance(items[j], Block) for j in range(k, end)):
            continue
        # its mark glued to a word of the text above ("khoáng sản1.")
        mark = re.compile(rf"(?<=[^\W\d_]){m['n']}(?=[\s.,;:)]|$)")
        marked = next(((j, i) for j in range(k - 1, max(k - 4, -1), -1) if isinstance(b := items[j], Block)
                       for i in range(len(b.lines) - 1, max(len(b.lines) - 13, -1), -1)
                       if mark.search(b.lines[i])), None)
        if marked is None:
            continue
        drop.update(range(k, end))
        j, i = marked
        b = items[j]
        assert isinstance(b, Block)
        # the mark is no part of the word ("khoáng sản1." reads "khoáng sản.")
        items[j] = attrs.evolve(b, lines=(*b.lines[:i], mark.sub("", b.lines[i], count=1), *b.lines[i + 1:]))
    kept = [it for k, it in enumerate(items) if k not in drop]
    return kept, [it for k, it in enumerate(items) if k in drop and isinstance(it, Block)]
