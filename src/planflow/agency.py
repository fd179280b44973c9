"""Agencies: who leads, who coordinates, who reports and who is told."""

from __future__ import annotations

import attrs

from ._convert import nfc, non_empty, opt_nfc

__all__ = ["Agency"]


def _contacts(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError("contacts map a channel name to an address")
    return {nfc(k): nfc(v) for k, v in value.items()}


@attrs.frozen(slots=True)
class Agency:
    """A body of the administration: a department, a police unit, a commune committee.

    ``id`` is what tasks and regimes refer to; ``name`` is the full name as documents
    print it; ``short_name`` the abbreviation offices use; ``parent`` the id of the body it
    belongs to; ``contacts`` maps a channel name (``"email"``, ``"webhook"``, ``"outbox"``)
    to an address on that channel.
    """

    id: str = attrs.field(converter=nfc, validator=non_empty)
    name: str = attrs.field(converter=nfc, validator=non_empty)
    short_name: str | None = attrs.field(default=None, converter=opt_nfc)
    parent: str | None = attrs.field(default=None, converter=opt_nfc)
    contacts: dict[str, str] = attrs.field(factory=dict, converter=_contacts, hash=False)

    @property
    def label(self) -> str:
        """The short name when there is one, else the full name."""
        return self.short_name or self.name
