"""Document metadata: the plan's own header, the documents it cites, its signature."""

from __future__ import annotations

import datetime as dt

import attrs

from ._convert import nfc, opt_date, opt_nfc

__all__ = ["DocumentInfo", "DocumentRef", "Signature"]


@attrs.frozen(slots=True)
class DocumentInfo:
    """The header of an administrative document.

    ``kind`` is the document type's code (``"KH"`` for a plan); ``number`` its number
    (``"65"``); ``symbol`` the full reference (``"65/KH-UBND"``); ``issuer`` the issuing
    body; ``parent_body`` the body above it when the header names one; ``place`` and
    ``date`` the place-and-date line; ``title`` the subject.
    """

    kind: str = attrs.field(default="KH", converter=nfc)
    number: str | None = attrs.field(default=None, converter=opt_nfc)
    symbol: str | None = attrs.field(default=None, converter=opt_nfc)
    issuer: str = attrs.field(default="", converter=nfc)
    parent_body: str | None = attrs.field(default=None, converter=opt_nfc)
    place: str | None = attrs.field(default=None, converter=opt_nfc)
    date: dt.date | None = attrs.field(default=None, converter=opt_date)
    title: str = attrs.field(default="", converter=nfc)


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
    role: str = attrs.field(default="cited", validator=attrs.validators.in_(
        ("basis", "implements", "cited")))


@attrs.frozen(slots=True)
class Signature:
    """The signature block.

    ``authority`` is the form of signing on behalf (the national plugin knows the allowed
    forms, e.g. ``"KT."``, ``"TM."``); ``on_behalf_of`` the title signed for
    (``"CHỦ TỊCH"``); ``title`` the signer's own title (``"PHÓ CHỦ TỊCH"``); ``name`` the
    signer.
    """

    name: str = attrs.field(converter=nfc)
    title: str = attrs.field(default="", converter=nfc)
    authority: str | None = attrs.field(default=None, converter=opt_nfc)
    on_behalf_of: str | None = attrs.field(default=None, converter=opt_nfc)
