"""Reporting: the sentence that sets the reporting regime, read by the cadence plugins.

The sentence is found here ("định kỳ … báo cáo …", "chế độ thông tin báo cáo"); what it
means is read by the readers plugins register (:meth:`planflow.Registry.regime_readers`). When
none reads it, the sentence is kept in ``Regime(text=…, cadence="explicit")`` with a
warning. The recipient ("báo cáo gửi về UBND huyện (qua Phòng …)") is read here too,
so the plan names it even when no reader knows the cadence.
"""

from __future__ import annotations

import re

import attrs

import planflow

from .agencies import AgencyBook, split_agencies

__all__ = ["find_reporting_sentence", "read_regime", "recipient_and_via"]

_CADENCE = re.compile(r"định kỳ|chế độ (?:thông tin )?báo cáo|hằng năm|hàng năm|hằng quý|hàng quý"
                      r"|hằng tháng|hàng tháng|06 tháng|6 tháng|trước ngày|09/2019/NĐ-CP", re.I)
_RECIPIENT = re.compile(
    r"(?:gửi về|gửi|về|báo cáo)\s+(?P<to>(?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Bộ|Phòng|Văn phòng)[^();.]*?)"
    r"\s*\((?:qua|thông qua)\s+(?P<via>[^()]+?)(?:\s+(?:để|tổng hợp)[^()]*)?\)", re.I)
_RECIPIENT_PLAIN = re.compile(
    r"(?:gửi về|báo cáo kết quả[^;.]*? về|gửi)\s+(?P<to>(?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Bộ|Phòng)"
    r"[^();.]*)", re.I)


def find_reporting_sentence(texts: list[str]) -> int | None:
    """The index of the first text that sets a reporting regime."""
    for k, t in enumerate(texts):
        if "báo cáo" in t.casefold() and _CADENCE.search(t):
            return k
    return None


def recipient_and_via(text: str) -> tuple[str | None, str | None]:
    """Who receives the reports and through whom, as names."""
    m = _RECIPIENT.search(text)
    if m:
        to = split_agencies(m.group("to"))
        via = split_agencies(m.group("via"))
        return (to[-1] if to else None), (via[0] if via else None)
    m = _RECIPIENT_PLAIN.search(text)
    if m:
        to = split_agencies(m.group("to"))
        return (to[0] if to else None), None
    return None, None


def read_regime(text: str, where: str, context: planflow.TimeframeContext,
                book: AgencyBook) -> tuple[planflow.Regime, list[str]]:
    """The regime the sentence sets, and warnings."""
    warnings: list[str] = []
    regime = None
    for reader in planflow.default_registry().regime_readers():
        try:
            regime = reader(text, context)
        except planflow.PlanflowError as e:
            warnings.append(f"{where}: the reporting sentence could not be read: {e}")
            regime = None
        if regime is not None:
            break
    to, via = recipient_and_via(text)
    to_id = book.add(to) if to else None
    via_id = book.add(via) if via else None
    if regime is None:
        warnings.append(f"{where}: no reader of reporting sentences reads it; kept as text "
                        "(cadence 'explicit', no periods)")
        return planflow.Regime(cadence="explicit", text=text, recipient=to_id, via=via_id), warnings
    changes: dict[str, object] = {}
    if not regime.text:
        changes["text"] = text
    for field, found in (("recipient", to_id), ("via", via_id)):
        value = getattr(regime, field)
        if value is None:
            changes[field] = found
        elif value not in {a.id for a in book.agencies}:
            changes[field] = book.add(value)
    upward = (regime.params or {}).get("upward_name")
    if not getattr(regime, "chain", ()) and upward and (via_id or to_id) and to_id:
        # units -> via (compiles) -> recipient -> the body the recipient reports to
        hops = [planflow.Hop(via_id, to_id, 0)] if via_id else []
        hops.append(planflow.Hop(to_id, book.add(str(upward)), 0))
        changes["chain"] = hops
    warnings += [f"{where}: {w}" for w in regime.warnings]
    return attrs.evolve(regime, **changes), warnings
