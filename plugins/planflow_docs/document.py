"""A format-neutral administrative document: header, body blocks, recipients, signature.

The plan, the progress report and the reminder letter are each built once as a
:class:`Document`; every format (DOCX, text, Markdown, HTML) writes the same value, so
the formats cannot disagree about what a document says. The layout rules of Nghị định
30/2020/NĐ-CP, Phụ lục I (which line is bold, which is upper case) live in the writers;
this value says only what each part *is*.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

import planflow

from .clean import clean, one_line

__all__ = ["Block", "BlockKind", "Document", "Table"]


class BlockKind:
    """The kinds of body blocks, as the formats lay them out."""

    #: a body paragraph (justified, first-line indent)
    PARAGRAPH = "paragraph"
    #: a section heading: "I. MỤC ĐÍCH, YÊU CẦU" (bold, upper case)
    SECTION = "section"
    #: a numbered heading: "1. Công tác tham mưu…" (bold)
    HEADING = "heading"
    #: a numbered clause: "1. Căn cứ vào…" (regular)
    ITEM = "item"
    #: a lettered point: "a) Nội dung:"
    POINT = "point"
    #: a dash item: "- Xây dựng Kế hoạch…"
    DASH = "dash"
    #: a marked place where a person writes the narrative (italic, highlighted)
    PLACEHOLDER = "placeholder"

    ALL = (PARAGRAPH, SECTION, HEADING, ITEM, POINT, DASH, PLACEHOLDER)


@attrs.frozen(slots=True)
class Block:
    """One paragraph of the body: its kind, its label ("I.", "1.", "a)", "-") and text.

    ``lead`` is a part of the text set apart (a point's name "Cơ quan chủ trì:"),
    written before ``text``; ``italic`` marks a paragraph in italics.
    """

    kind: str = attrs.field(validator=attrs.validators.in_(BlockKind.ALL))
    text: str = attrs.field(converter=clean)
    label: str = attrs.field(default="", converter=one_line)
    lead: str = attrs.field(default="", converter=one_line)
    italic: bool = False

    def plain(self) -> str:
        """The paragraph as one line of plain text: label, lead and text."""
        return " ".join(p for p in (self.label, self.lead, self.text) if p)


def _lines(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(one_line(v) for v in value)


def _rows(value: Iterable[Iterable[object]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(clean(str(c)) for c in row) for row in value)


def _widths(value: Iterable[float]) -> tuple[float, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Table:
    """A table in the body: a header row, data rows and relative column widths."""

    header: tuple[str, ...] = attrs.field(converter=_lines)
    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_rows)
    widths: tuple[float, ...] = attrs.field(default=(), converter=_widths)

    def __attrs_post_init__(self) -> None:
        n = len(self.header)
        if any(len(r) != n for r in self.rows):
            raise ValueError("every row of a table has as many cells as its header")
        if self.widths and len(self.widths) != n:
            raise ValueError("a table has one width per column")


def _opt_line(value: str | None) -> str | None:
    return None if value is None else one_line(value)


def _body(value: Iterable[Block | Table]) -> tuple[Block | Table, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Document:
    """An administrative document laid out by Nghị định 30/2020, Phụ lục I.

    Header, left: ``parent_body`` (upper case, regular), ``issuer`` lines (upper case,
    bold, a short rule under them), ``number`` ("Số: 65/KH-UBND") and, for a letter,
    ``excerpt`` ("V/v đôn đốc…"). Header, right: the national motto and ``place_date``.
    Then ``kind_name`` ("KẾ HOẠCH", None for a letter) with ``title`` under it,
    ``addressees`` (a letter's "Kính gửi:"), the ``body``, ``recipients`` (the "Nơi
    nhận:" lines as printed, without their "- " and ";") and ``signature``.
    """

    issuer: tuple[str, ...] = attrs.field(converter=_lines)
    #: kept as given: the blank an unnumbered document leaves for its number matters
    number: str = attrs.field(converter=clean)
    place_date: str = attrs.field(converter=one_line)
    body: tuple[Block | Table, ...] = attrs.field(converter=_body)
    parent_body: str | None = attrs.field(default=None, converter=_opt_line)
    kind_name: str | None = attrs.field(default=None, converter=_opt_line)
    title: str | None = attrs.field(default=None, converter=_opt_line)
    excerpt: str | None = attrs.field(default=None, converter=_opt_line)
    addressees: tuple[str, ...] = attrs.field(default=(), converter=_lines)
    recipients: tuple[str, ...] = attrs.field(default=(), converter=_lines)
    signature: planflow.Signature | None = None
    #: the national name and motto, upper line and lower line
    motto: tuple[str, str] = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")

    def signature_lines(self) -> tuple[tuple[str, ...], str]:
        """The signature's title lines ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the name."""
        s = self.signature
        if s is None:
            return (), ""
        # every form of Nghị định 30/2020: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", "KT. CHỦ
        # TỊCH" / "PHÓ CHỦ TỊCH", "TL.", "TUQ.", "Q." and the double form "TM. …" / "KT. …"
        titles = tuple(one_line(line).upper() for line in s.lines())
        return titles, one_line(s.name)
