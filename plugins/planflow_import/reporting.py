"""Reporting: the sentence that sets the reporting regime, read by the plugins that read it.

The sentence is found here ("định kỳ … báo cáo …", "chế độ thông tin báo cáo"); what it
means, and who receives the reports ("báo cáo gửi về UBND huyện (qua Phòng …)"), is
read by the ``read_regime`` hook (:func:`planflow.read_regime`; ``planflow_vn`` answers
for Vietnamese). This module only matches the agency names the reader found
(``params``: ``recipient_name``, ``via_name``, ``upward_name``) to the plan's agencies.
When no reader reads the sentence, it is kept in ``Regime(text=…, cadence="explicit")``
with a warning.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

import planflow

from .agencies import AgencyBook, split_agencies

__all__ = ["duty_reports", "find_reporting_sentence", "read_regime", "report_sentences",
           "review_reports", "track_reports"]

_CADENCE = re.compile(r"định kỳ|chế độ (?:thông tin )?báo cáo|hằng năm|hàng năm|hằng quý|hàng quý"
                      r"|hằng tháng|hàng tháng|(?<![\d/])0?6 tháng|trước ngày|09/2019/NĐ-CP"
                      # results sent up with no schedule: "gửi Bộ Nội vụ để tổng hợp báo cáo …"
                      r"|\bgửi\s+(?:về\s+)?[^.;:]{3,60}?\s+(?:để\s+)?tổng\s+hợp\s*,?\s*(?:và\s+)?báo\s+cáo\b"
                      # daily: "trước 19h00 hằng ngày", "02 lần/ngày"
                      r"|hằng ngày|hàng ngày|(?<!\w)\d{1,2}\s*lần\s*/\s*ngày"
                      # difficulties reported when they arise (round 15): "Trường hợp có khó
                      # khăn, vướng mắc …, đề nghị các cơ quan … có văn bản báo cáo gửi Sở X"
                      r"|(?:trường hợp|nếu)\s+(?:có\s+|phát sinh\s+)?(?:khó khăn|vướng mắc)[^.;]{0,120}?\bbáo cáo\b"
                      r"|chậm nhất|(?:trước|vào|hạn|gửi|nộp)\s*(?:ngày\s*)?:?\s*\d{1,2}/\d{1,2}"
                      r"|(?:vào|trong) tháng \d{1,2}/\d{4}"
                      # a report due at an event: "… báo cáo UBND tỉnh … khi tổng kết Đợt thi đua"
                      r"|(?<!\w)(?:sau\s+)?khi\s+(?:tổng kết|sơ kết|kết thúc|hoàn thành)\b"
                      # … or opening the sentence: "Kết thúc cuộc bầu cử, X tổng hợp báo cáo …"
                      r"|^\W*(?:\d+\.\s*)?(?:sau\s+)?(?:khi\s+)?kết\s+thúc\s+[^,;.]{3,80},"
                      # every N months: "3 tháng một lần", "hai tháng một lần"
                      r"|(?<![\d/])(?:\d{1,2}|hai|ba|sáu)\s+tháng\s*(?:một|0?1|/)\s*lần"
                      # the results reported to the head, closing the sentence: "… tổng
                      # hợp, báo cáo Bộ trưởng về kết quả triển khai thực hiện."
                      r"|\bbáo\s+cáo\s+(?:[^.;]{2,60}?\s+)?(?:về\s+)?(?:tình\s+hình(?:\s*,|\s+và)?\s+)?"
                      r"kết\s+quả\s+(?:triển\s+khai\s+|tổ\s+chức\s+)?thực\s+hiện"
                      r"(?:\s+(?:các\s+nhiệm\s+vụ\s+(?:được\s+giao\s+)?(?:tại|theo)\s+)?"
                      r"(?:Kế\s+hoạch|Chương\s+trình|Chỉ\s+thị|Công\s+văn)(?:\s+này)?)?"
                      # its recipient after it (round harvest j): "… báo cáo kết quả thực hiện
                      # về Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ để tổng hợp)."
                      r"(?:\s+(?:về|gửi(?:\s+về)?)\s+[^.;()]{2,60}?)?(?:\s*\((?:thông\s+)?qua\s+[^()]{2,80}\))?"
                      r"(?:\s*,?\s+để\s+(?:tổng\s+hợp|theo\s+dõi)[^.;()]{0,60})?"
                      # "… kết quả thực hiện theo quy định./." (no day named: said so)
                      r"(?:\s+theo\s+quy\s+định)?"
                      # (a letter's closing sentence ends on "./.")
                      r"\s*[.;]?(?:/\.?)?\s*$", re.I)


def find_reporting_sentence(texts: list[str]) -> int | None:
    """The index of the first text that sets a reporting regime."""
    for k, t in enumerate(texts):
        if "báo cáo" in t.casefold() and _CADENCE.search(t):
            return k
    return None


def _one(name: object, last: bool = False) -> str | None:
    """The one agency a name the reader found stands for ("UBND huyện", the last of "Sở A,
    UBND tỉnh" for a recipient)."""
    names = split_agencies(str(name)) if name else []
    return (names[-1] if last else names[0]) if names else None


def read_regime(text: str, where: str, context: planflow.TimeframeContext,
                book: AgencyBook) -> tuple[planflow.Regime, list[str]]:
    """The regime the sentence sets (through :func:`planflow.read_regime`), and warnings."""
    warnings: list[str] = []
    try:
        regime = planflow.read_regime(text, context)
    except planflow.PlanflowError as e:
        warnings.append(planflow.Worded.of(
            "{where}: the reporting sentence could not be read: {why}", "regime_error",
            where=where, why=e.args[0] if e.args and isinstance(e.args[0], str) else str(e)))
        regime = None
    params = regime.params if regime is not None else {}
    via = _one(params.get("via_name"))
    to = _one(params.get("recipient_name"), last=via is not None)
    to_id = book.add(to) if to else None
    via_id = book.add(via) if via else None
    if regime is None:
        warnings.append(planflow.Worded.of(
            "{where}: no reader of reporting sentences reads it; kept as text (cadence "
            "'explicit', no periods)", "regime_unread", where=where))
        return planflow.Regime(cadence="explicit", text=text, recipient=to_id, via=via_id), warnings
    changes: dict[str, Any] = {}
    if not regime.text:
        changes["text"] = text
    for field, found in (("recipient", to_id), ("via", via_id)):
        value = getattr(regime, field)
        if value is None:
            changes[field] = found
        elif value not in {a.id for a in book.agencies}:
            changes[field] = book.add(value)
    # who reports: every unit ("các cơ quan, đơn vị") or the units the sentence names;
    # else nothing is set and the default applies (leads of the tasks active in a period)
    if params.get("units") == "all" and not regime.reporters:
        changes["reporters_scope"] = "all"
    named = params.get("reporter_names")
    if named and not regime.reporters:
        ids = [book.add(n) for n in split_agencies(str(named))]
        ids = [i for i in dict.fromkeys(ids) if i not in (to_id, via_id)]
        if ids:
            changes["reporters"] = ids
    upward = params.get("upward_name")
    if not getattr(regime, "chain", ()) and upward and (via_id or to_id) and to_id:
        # units -> via (compiles) -> recipient -> the body the recipient reports to
        hops = [planflow.Hop(via_id, to_id, 0)] if via_id else []
        hops.append(planflow.Hop(to_id, book.add(str(upward)), 0))
        changes["chain"] = hops
    warnings += [planflow.Worded.of("{where}: {warning}", "at", where=where, warning=w)
                 for w in regime.warnings]
    return attrs.evolve(regime, **changes), warnings


#: the cadences a regime of several parts holds (``mixed``: see planflow_vn's reporting)
_PARTS = frozenset({"cumulative", "monthly", "quarterly", "fixed_days", "once"})
#: what a reader adds to a regime's params besides its cadence's own (the names it found)
_NAME_KEYS = frozenset({"recipient_name", "via_name", "upward_name", "also_on_request", "units",
                        "reporter_names"})
_COMPILES = re.compile(r"\btổng\s+hợp\b", re.I)


def _parts_of(regime: planflow.Regime) -> list[dict[str, Any]] | None:
    """The parts of a ``mixed`` regime ``regime`` is or would be one of; None when its
    cadence cannot be a part (unresolved, ad hoc, daily, explicit, Nghị định 09)."""
    if regime.cadence == "mixed":
        parts = regime.params.get("parts")
        return [dict(p) for p in parts] if isinstance(parts, list) and parts else None
    if regime.cadence not in _PARTS:
        return None
    return [{"cadence": regime.cadence,
             **{k: v for k, v in regime.params.items() if k not in _NAME_KEYS}}]


def track_reports(regime: planflow.Regime | None, others: list[planflow.Regime]
                  ) -> tuple[planflow.Regime | None, dict[int, list[str]]]:
    """The plan's regime with the other reports it asks for that can be tracked folded in,
    and the reporters of those folded by their index in ``others``.

    A plan often asks for a chain of reports: the units report to the Sở before 15/11, the
    Sở compiles them and reports to the Bộ before 30/11. Each other report with a schedule
    (``others``: every reporting sentence but the regime's), a recipient, and a reporter
    (named, or, for a sentence that compiles reports — "tổng hợp, báo cáo …" — to someone
    other than the regime's recipient, that recipient, who compiles them) becomes a part
    of a ``mixed`` regime owning its periods (``reporters``, ``recipient``, ``text``), so
    the engine tracks, reminds and reports on it like the plan's own. A report that names
    no recipient, or whose reporter is unknown, or a flow the regime already has, is not
    folded (it stays in ``settings.import.reports``, read but untracked)."""
    own = _parts_of(regime) if regime is not None else None
    if regime is None or own is None:
        return regime, {}
    parts, tracked = list(own), {}
    for k, other in enumerate(others):
        extra = _parts_of(other)
        to = other.recipient
        if not extra or to is None:
            continue
        reporters = list(other.reporters)
        if not reporters and regime.recipient not in (None, to) and _COMPILES.search(other.text):
            reporters = [str(regime.recipient)]
        if not reporters or set(reporters) == {to} or (
                to == regime.recipient and set(reporters) == set(regime.reporters)):
            continue
        parts += [{**p, "reporters": reporters, "recipient": to, "text": other.text}
                  for p in extra]
        tracked[k] = reporters
    if not tracked:
        return regime, {}
    names = {k: v for k, v in regime.params.items() if k in _NAME_KEYS}
    return attrs.evolve(regime, cadence="mixed", params={**names, "parts": parts}), tracked


# "…; báo cáo UBND tỉnh trước 19h00 hằng ngày …", "báo cáo 02 lần/ngày (trước 9h00 và
# 16h00) …": a report a duty asks for every day, from "báo cáo" to the end of its clause
_DAILY_REPORT = re.compile(r"(?<!\w)báo cáo\b[^.;]*?(?:hằng ngày|hàng ngày|mỗi ngày"
                           r"|(?<!\w)\d{1,2}\s*lần\s*/\s*ngày)[^.;]*", re.I)


def duty_reports(text: str) -> list[str]:
    """The daily reporting clauses inside a duty's words ("…, báo cáo UBND tỉnh trước 19h00
    hằng ngày và đột xuất khi cần thiết."): each an obligation of its own, the duty's lead
    reporting. A duty's other reports ("báo cáo kết quả trước ngày 30/6") are its deadline,
    read with the duty."""
    clean = " ".join(text.replace("*", "").split())
    return [m.group(0).strip(" ,") for m in _DAILY_REPORT.finditer(clean)]


# "…; tổ chức sơ kết kết quả triển khai Kế hoạch vào cuối năm 2027 và tổng kết vào cuối năm
# 2030 để báo cáo Thủ tướng Chính phủ.": a review a year names, reported on
_REVIEW_REPORT = re.compile(r"[^.;]*?\b(?:sơ kết|tổng kết)\b[^.;]*?(?:vào|trong)\s+(?:dịp\s+)?"
                            r"(?:cuối\s+)?năm\s*\d{4}(?![\d/-])[^.;]*", re.I)


_REVIEW_WORD = re.compile(r"\b(?:sơ|tổng)\s+kết\b", re.I)


def review_reports(text: str) -> list[str]:
    """The clauses of a paragraph that ask for a review in a named year and a report on it
    ("…; tổ chức sơ kết … vào cuối năm 2027 và tổng kết vào cuối năm 2030 để báo cáo Thủ
    tướng Chính phủ"), each a reporting sentence of its own, when the paragraph states no
    other schedule."""
    clean = " ".join(text.replace("*", "").split())
    if not _REVIEW_WORD.search(clean):
        return []  # (the pattern scans from every position: only where a review is named)
    return [c for m in _REVIEW_REPORT.finditer(clean)
            if "báo cáo" in (c := m.group(0).strip(" ,")).casefold()]


# (also a clause after ";" that opens in capitals: "… gửi về UBND tỉnh trước ngày 28/2/2023;
# … ; Báo cáo kết quả … trước ngày 10/11/2023")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ])")


def report_sentences(text: str) -> str:
    """The sentences of a paragraph that speak of reports, when it also holds sentences that
    do not ("Căn cứ Kế hoạch này, các Sở … xây dựng kế hoạch (hoàn thành trong tháng
    11/2025) … . Thực hiện chế độ thông tin, báo cáo theo định kỳ …"): another sentence's
    time is not the reports'. The paragraph itself when every sentence (or none) does, or
    when the sentences about reports state no schedule of their own. A clause after ";"
    that opens in capitals counts as a sentence ("… xây dựng Kế hoạch … trước ngày
    28/2/2023; … ; Báo cáo kết quả … trước ngày 10/11/2023": the report is due 10/11)."""
    parts = _SENTENCE_END.split(text.strip())
    said = [p for p in parts if "báo cáo" in p.casefold()]
    if not said or len(said) == len(parts) or find_reporting_sentence([" ".join(said)]) is None:
        # the sentences about reports name no schedule of their own ("… báo cáo kết quả gửi
        # Bộ Tài chính. Thời hạn: trước ngày 30/6/2026."): the next sentence may give it
        return text
    return " ".join(said)
