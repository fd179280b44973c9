"""Document metadata: the plan's header, the documents it cites, its sections, its signature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import attrs

from ._convert import nfc, one_of, opt_date, opt_nfc, str_tuple

__all__ = ["AGENCY_NAMES", "SECTION_ROLES", "DocumentInfo", "DocumentRef", "Section", "Signature"]

#: how a document names agencies in its text: by full name or by short name
AGENCY_NAMES = ("full", "short")

#: what fills a section (see :class:`Section`)
SECTION_ROLES = ("text", "objectives", "requirements", "tasks", "implementation")


@attrs.frozen(slots=True)
class DocumentInfo:
    """The header of an administrative document.

    ``kind`` is the document type's code (``"KH"`` for a plan); ``number`` its number
    (``"65"``); ``symbol`` the full reference (``"65/KH-UBND"``); ``issuer`` the issuing
    body; ``parent_body`` the body above it when the header names one; ``place`` and
    ``date`` the place-and-date line; ``title`` the subject; ``agency_names`` whether the
    text names agencies by their full names (``"full"``) or their short names (``"short"``);
    ``kind_name`` the kind's name as the document prints it over its title, when that is
    not the usual name of its kind (None: the usual one).
    """

    kind: str = attrs.field(default="KH", converter=nfc)
    number: str | None = attrs.field(default=None, converter=opt_nfc)
    symbol: str | None = attrs.field(default=None, converter=opt_nfc)
    issuer: str = attrs.field(default="", converter=nfc)
    parent_body: str | None = attrs.field(default=None, converter=opt_nfc)
    place: str | None = attrs.field(default=None, converter=opt_nfc)
    date: dt.date | None = attrs.field(default=None, converter=opt_date)
    title: str = attrs.field(default="", converter=nfc)
    agency_names: str = attrs.field(default="full", validator=one_of(*AGENCY_NAMES))
    kind_name: str | None = attrs.field(default=None, converter=opt_nfc)


@attrs.frozen(slots=True)
class DocumentRef:
    """A document the plan cites: a legal basis, or the parent plan it implements.

    ``role`` is ``"basis"`` (căn cứ), ``"implements"`` (the parent plan) or ``"cited"``.
    """

    symbol: str = attrs.field(converter=nfc)
    kind: str | None = attrs.field(default=None, converter=opt_nfc)
    date: dt.date | None = attrs.field(default=None, converter=opt_date)
    issuer: str | None = attrs.field(default=None, converter=opt_nfc)
    title: str | None = attrs.field(default=None, converter=opt_nfc)
    role: str = attrs.field(default="cited", validator=one_of("basis", "implements", "cited"))


def _sections(value: Iterable[Section] | None) -> tuple[Section, ...]:
    return tuple(value) if value is not None else ()


@attrs.frozen(slots=True)
class Section:
    """A section of the plan as written: its number, heading, and what fills it.

    ``number`` is the numbering as printed (``"I"``, ``"2"``, ``""`` for none);
    ``heading`` the heading's words as printed (``"MỤC ĐÍCH, YÊU CẦU"``, ``"Mục đích"``);
    ``role`` what the model puts in it after ``paragraphs`` (its own text, kept verbatim):
    ``"text"`` nothing more (a section the model does not interpret), ``"objectives"``,
    ``"requirements"`` and ``"implementation"`` the plan's items of that name, ``"tasks"``
    the tasks named in ``tasks`` (by id), or every task no other section names when
    ``tasks`` is empty; ``subsections`` follow, in order ("1. Mục đích", "2. Yêu cầu").
    """

    heading: str = attrs.field(converter=nfc)
    number: str = attrs.field(default="", converter=nfc)
    role: str = attrs.field(default="text", validator=one_of(*SECTION_ROLES))
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    tasks: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    subsections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)

    @property
    def label(self) -> str:
        """The number as printed before the heading (``"I."``), empty without a number."""
        return f"{self.number}." if self.number else ""

    def walk(self) -> Iterator[Section]:
        """This section, then its subsections depth first."""
        yield self
        for s in self.subsections:
            yield from s.walk()


@attrs.frozen(slots=True)
class Signature:
    """The signature block, in the forms of Nghị định 30/2020 (Phụ lục I, mục 7).

    ``authority`` is the form of signing on behalf (``"TM."`` for a collective body,
    ``"KT."`` a deputy for the head, ``"TL."`` by order, ``"TUQ."`` by delegation, ``"Q."``
    acting); ``on_behalf_of`` the title or body signed for (``"CHỦ TỊCH"``); ``title`` the
    signer's own title (``"PHÓ CHỦ TỊCH"``); ``name`` the signer. The double form prints
    ``outer_authority`` and ``outer_on_behalf_of`` on a line above: "TM. ỦY BAN NHÂN DÂN" /
    "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
    """

    name: str = attrs.field(converter=nfc)
    title: str = attrs.field(default="", converter=nfc)
    authority: str | None = attrs.field(default=None, converter=opt_nfc)
    on_behalf_of: str | None = attrs.field(default=None, converter=opt_nfc)
    outer_authority: str | None = attrs.field(default=None, converter=opt_nfc)
    outer_on_behalf_of: str | None = attrs.field(default=None, converter=opt_nfc)

    def lines(self) -> tuple[str, ...]:
        """The title lines as printed, top to bottom (without the name)."""
        out: list[str] = []
        for auth, of in ((self.outer_authority, self.outer_on_behalf_of),
                         (self.authority, self.on_behalf_of)):
            if auth and of:
                out.append(f"{auth} {of}")
            elif of:
                out.append(of)
        if self.title:
            out.append(self.title)
        return tuple(out)
