"""Who receives the reports: the recipient clause of a Vietnamese reporting sentence.

"… báo cáo kết quả về UBND huyện (qua Phòng Lao động, Thương binh và Xã hội – Y tế) để
tổng hợp, báo cáo Sở LĐTB&XH tỉnh" names three bodies: the recipient ("UBND huyện"),
the one reports go through ("qua …", "thông qua …") and the one the recipient reports
to in turn ("để tổng hợp, báo cáo …"). This module is the only place planflow reads that
clause: :func:`planflow_vn.read_regime` puts the names in ``Regime.params``
(``recipient_name``, ``via_name``, ``upward_name``) and importers match them to a plan's
agencies through the ``read_regime`` hook.
"""

from __future__ import annotations

import re

from .patterns import lazy

__all__ = ["recipient_names", "reporter_names"]

# a name that goes on after a comma: "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động,
# Thương binh và Xã hội", "Phòng Văn hóa, Khoa học và Thông tin", "Ban Dân tộc, Tôn giáo"
_GOES_ON = (r"(?:,\s*(?:Thể thao|Thương binh|Khoa học|Thông tin|Tôn giáo|Hạ tầng|Gia đình"
            r"|Truyền hình|Du lịch)[^(,;.:]*?)*")
_AGENCY = (r"((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Bộ|Ban|Phòng|Văn phòng|Công an|Trung tâm"
           r"|Thanh tra|Chủ tịch|Thường trực|Hội đồng|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ"
           # the central bodies a ministry's or a province's plan reports to
           r"|Thủ tướng|Chính phủ|Quốc hội|HĐND|Tổng cục|Cục|Ủy ban Mặt trận|Ủy ban MTTQ)[^(,;.:]*?"
           + _GOES_ON + ")")
# "(qua Sở Nội vụ)", "(thông qua Phòng Nội vụ để tổng hợp)": the body, without its purpose
_VIA = r"\(\s*(?:thông\s+)?qua\s+([^()]+?)(?:\s+(?:để|tổng hợp)\b[^()]*)?\s*\)"
_RE_VIA = lazy(r"(?:gửi\s*)?về\s*" + _AGENCY + r"\s*" + _VIA)
_RE_VIA_AFTER = lazy(_VIA)
_RE_TO = lazy(r"(?:gửi\s*(?:về\s*)?|về\s+|báo cáo\s+)" + _AGENCY
                    + r"(?=\s*(?:\(|,|;|:|\.|$|để|theo|trước|chậm nhất|đúng|kết quả|những|xem xét|hằng"
                      # "… gửi Sở Nội vụ tổng hợp": the body, then what it does with them
                      r"|tổng\s+hợp\b"
                      # "… báo cáo HĐND tỉnh tại kỳ họp cuối năm"
                      r"|tại\s+(?:các\s+)?(?:kỳ|phiên|cuộc|hội\s+nghị)"
                      r"|bằng\s+văn\s+bản"
                      r"|hàng|định kỳ|đề xuất|đề nghị|vào\s+(?:ngày|tháng)|trong\s+tháng|tình hình"
                      # "… báo cáo UBND Thành phố 3 tháng một lần": the body, not its turn
                      r"|(?:\d{1,2}|một|hai|ba|sáu)\s+tháng\s*(?:một|0?1|/)\s*lần))")
_RE_UP = lazy(r"để\s*tổng hợp,?\s*báo cáo\s+" + _AGENCY + r"(?=\s*(?:\(|,|;|\.|$|đúng|theo|xem xét"
                                                               r"|trước|chậm nhất|hằng|hàng|định kỳ|vào\s+ngày))")


def recipient_names(sentence: str) -> dict[str, str]:
    """The bodies a reporting sentence names, as written: ``recipient_name``, ``via_name``
    and ``upward_name`` (each key present only when the sentence names it).

    ``sentence`` is NFC text with whitespace folded (as :func:`planflow.read_regime`
    passes it). Example: ``recipient_names("báo cáo về UBND tỉnh (qua Sở Nội vụ).")`` is
    ``{"recipient_name": "UBND tỉnh", "via_name": "Sở Nội vụ"}``.
    """
    out: dict[str, str] = {}
    m = _RE_VIA.search(sentence)
    if m:
        out["recipient_name"] = m.group(1).strip()
        out["via_name"] = m.group(2).strip()
    else:
        m2 = _RE_TO.search(sentence)
        if m2:
            out["recipient_name"] = m2.group(1).strip()
            via = _RE_VIA_AFTER.search(sentence[m2.end():m2.end() + 120])
            if via:
                out["via_name"] = via.group(1).strip()
    up = _RE_UP.search(sentence)
    if up:
        out["upward_name"] = up.group(1).strip()
        via = _RE_VIA_AFTER.search(sentence[:up.start()])
        if "via_name" not in out and via and out.get("recipient_name") == out["upward_name"]:
            # "… báo cáo kết quả (qua Sở Nội vụ) để tổng hợp, báo cáo UBND tỉnh": the reports
            # go to UBND tỉnh through Sở Nội vụ, who compiles them (not UBND tỉnh to itself)
            out["via_name"] = via.group(1).strip()
            del out["upward_name"]
    return out


# who reports: the subject of the reporting clause, before its first report verb
_RE_REPORT_VERB = lazy(r"\b(?:định\s+kỳ\s+|hằng\s+năm\s+|hàng\s+năm\s+)?(?:gửi\s+)?báo\s+cáo\b",
                             re.I)
# "các cơ quan, đơn vị", "các sở, ban, ngành", "các đơn vị, địa phương": every unit
_RE_EVERY_UNIT = lazy(r"\bcác\s+(?:cơ\s+quan|đơn\s+vị|sở|phòng|ban|ngành|địa\s+phương)\b", re.I)
_UNIT_START = (r"(?:Sở|Phòng|Công an|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban|Văn phòng|Trung tâm"
               r"|Bộ Chỉ huy|Ban Chỉ huy|Đài|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Hội|Liên đoàn|Chi cục"
               r"|Cục|Kho bạc|Bảo hiểm|Thanh tra|Bệnh viện|Trường)")
# "Giao Công an tỉnh chủ trì, …", "Phòng Y tế, Phòng Giáo dục có trách nhiệm …": the units
# named before the first duty verb
_RE_LISTED = lazy(r"^(?:(?:giao|đề\s+nghị|yêu\s+cầu)\s+)?(?P<names>" + _UNIT_START
                        + r"[^;:()]*?)\s+(?:chủ\s+trì|có\s+trách\s+nhiệm|định\s+kỳ|theo\s+dõi"
                          r"|tổng\s+hợp|thực\s+hiện|triển\s+khai|gửi|báo\s+cáo|khẩn\s+trương"
                          r"|tiếp\s+tục|chủ\s+động|kịp\s+thời|tham\s+mưu)\b", re.I)


def reporter_names(sentence: str) -> dict[str, str]:
    """Who the reporting sentence asks to report, as written: ``{"units": "all"}`` when
    its subject is every unit ("Các cơ quan, đơn vị …, định kỳ báo cáo …"),
    ``{"reporter_names": "Công an tỉnh"}`` when it names units ("Giao Công an tỉnh chủ
    trì, …; định kỳ báo cáo …"), else ``{}`` (the sentence names nobody).

    The subject is the sentence's clause (after the last ";" or ".") before its first
    "báo cáo"; a clause that only speaks of reporting ("Thực hiện chế độ báo cáo …")
    names nobody.
    """
    m = _RE_REPORT_VERB.search(sentence)
    if m is None:
        return {}
    head = sentence[:m.start()]
    for clause in reversed([c.strip(" ,-–") for c in re.split(r"[.;]", head)]):
        if not clause:
            continue
        if re.match(r"(?i)^thực\s+hiện\s+chế\s+độ", clause):
            return {}
        if _RE_EVERY_UNIT.search(clause):
            return {"units": "all"}
        listed = _RE_LISTED.match(clause + " báo cáo")
        if listed:
            return {"reporter_names": listed.group("names").strip(" ,")}
    first = re.split(r"[.;]", sentence, maxsplit=1)[0]
    if _RE_EVERY_UNIT.search(first):
        return {"units": "all"}
    return {}
