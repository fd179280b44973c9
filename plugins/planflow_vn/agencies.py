"""Vietnamese agency names as match keys: what an agency *is*, whatever a plan calls it.

Two plans written by different offices name the same body differently: "Ủy ban nhân dân
huyện Lý Sơn" and "UBND huyện Lý Sơn"; "Phòng Lao động, Thương binh và Xã hội - Y tế"
and "Phòng LĐTB&XH - YT huyện"; "Uỷ ban" (old tone placement) and "Ủy ban". The
``agency_keys`` hook gives planflow's cascade matching (:func:`planflow.match_agencies`)
keys for each agency, most specific first:

1. the name folded (NFC, old/new tone placement, diacritics and "đ" folded, case folded,
   punctuation dropped), abbreviations spelt out (UBND, HĐND, LĐTB&XH, VH-XH, YT...), and
   a bare level word ("UBND huyện", "Công an xã", "Phòng ... huyện") completed with the
   place the plan is issued in or under ("huyện Lý Sơn" from "Ủy ban nhân dân huyện Lý
   Sơn"); a "Phòng" is a district's body and a "Sở" a province's, so their level is
   implied;
2. the same without place names ("ủy ban nhân dân huyện"), for a plan that does not say
   where it is.

The core matches agencies whose key is the same and unique on both sides, most specific
key first, and warns about every pair whose names differ (a guess).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import planflow

from .patterns import lazy

__all__ = ["agency_keys", "fold", "name_key", "places", "spell"]

# old tone placement ("hoà", "uỷ") -> new ("hòa", "ủy"): the tone mark moves to the first
# vowel of "oa", "oe", "uy" when nothing follows the pair. Folding the diacritics away
# makes both the same key; this keeps the spelt name comparable for the guess test.
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_RE_OLD_TONE = lazy("(" + "|".join(_OLD_TONES) + r")(?![a-zà-ỹđ])", re.I)

# abbreviations, on lower-case text with its diacritics ("&" and "-" kept)
_ABBREVIATIONS = [
    (r"\bubnd\b", "ủy ban nhân dân"),
    (r"\bhđnd\b", "hội đồng nhân dân"),
    (r"\bl[đd]\s*-?\s*tb\s*(?:&|và)?\s*xh\b", "lao động thương binh và xã hội"),
    (r"\bvh\s*-?\s*xh\b", "văn hóa xã hội"),
    (r"\bvh\s*,?\s*tt\s*(?:&|và)?\s*dl\b", "văn hóa thể thao và du lịch"),
    (r"\bvh\s*-?\s*tt\b", "văn hóa thông tin"),
    (r"\bgd\s*(?:&|và|-)?\s*đt\b", "giáo dục và đào tạo"),
    (r"\btn\s*(?:&|và|-)?\s*mt\b", "tài nguyên và môi trường"),
    (r"\bnn\s*(?:&|và|-)?\s*ptnt\b", "nông nghiệp và phát triển nông thôn"),
    (r"\bkt\s*-?\s*ht\b", "kinh tế hạ tầng"),
    (r"\btc\s*-?\s*kh\b", "tài chính kế hoạch"),
    (r"\byt\b", "y tế"),
    (r"\bmttq\b", "mặt trận tổ quốc"),
    # bodies written by their initials alone ("BHXH tỉnh", "BCHQS huyện", "CA xã")
    (r"\bbhxh\b", "bảo hiểm xã hội"),
    (r"\bbch\s*qs\b", "chỉ huy quân sự"),
    (r"\bbch\s*bđbp\b", "bộ chỉ huy bộ đội biên phòng"),
    (r"\bbđbp\b", "bộ đội biên phòng"),
    (r"\bubmttq(?:vn)?\b", "ủy ban mặt trận tổ quốc"),
    (r"\blđlđ\b", "liên đoàn lao động"),
    (r"\bkbnn\b", "kho bạc nhà nước"),
    (r"\bnhcsxh\b", "ngân hàng chính sách xã hội"),
    (r"\bnhnn\b", "ngân hàng nhà nước"),
    (r"\bttyt\b", "trung tâm y tế"),
    (r"\bbql\b", "ban quản lý"),
    (r"\bđtn\b", "đoàn thanh niên"),
    (r"^ca(?=\s+(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố)\b)", "công an"),
    # one body however its name is written out: the province's "Bộ" and the district's
    # "Ban" Chỉ huy Quân sự are both "BCHQS"; the Front with or without "Việt Nam"
    (r"\b(?:ban|bộ) chỉ huy quân sự\b", "chỉ huy quân sự"),
    (r"\bmặt trận tổ quốc(?! việt nam)", "mặt trận tổ quốc việt nam"),
    (r"\btp\.?(?=\s)", "thành phố"),
    (r"\btx\.?(?=\s)", "thị xã"),
]
_RE_ABBR = [(lazy(p), r) for p, r in _ABBREVIATIONS]

#: administrative levels, longest first ("thị xã" before "xã"); "xã hội" is no commune
_LEVELS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_LEVEL = r"(?:" + "|".join(_LEVELS) + r")(?!\w)(?! hội\b)"
_RE_PLACE = lazy(r"(?<!\w)(" + _LEVEL + r")((?:\s+(?!" + _LEVEL + r")\w+)+)")
_RE_TRAILING_LEVEL = lazy(r"(?:^|\s)(" + _LEVEL + r")$")
# "và" carries nothing: "Lao động, Thương binh và Xã hội" = "Lao động - Thương binh - Xã hội"
_FILLERS = {"và"}


def spell(text: str) -> str:
    """``text`` in NFC with the new tone placement ("hoà" as "hòa", "uỷ" as "ủy"), case
    folded, abbreviations spelt out, punctuation as spaces, whitespace collapsed."""
    s = planflow.nfc(text)
    s = _RE_OLD_TONE.sub(lambda m: _OLD_TONES[m.group(1).lower()], s)
    s = s.casefold().replace("–", "-").replace("—", "-")
    for rx, full in _RE_ABBR:
        s = rx.sub(full, s)
    words = re.sub(r"[^\w]+|_", " ", s).split()
    return " ".join(w for w in words if w not in _FILLERS)


def fold(text: str) -> str:
    """:func:`spell`, then without diacritics ("đ" as "d")."""
    s = spell(text).replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def places(plan: Any) -> dict[str, str]:
    """The places a plan is issued in or under, by level: ``{"huyện": "lý sơn"}`` from an
    issuer "Ủy ban nhân dân huyện Lý Sơn" (the issuer first, then the body above it)."""
    doc = plan.document
    out: dict[str, str] = {}
    for text in (doc.issuer, doc.parent_body or ""):
        for level, name in _RE_PLACE.findall(spell(text)):
            out.setdefault(level, name.strip())
    return out


def _implied_level(spelt: str) -> str | None:
    """The level a body's kind implies: a Phòng is a district's, a Sở a province's."""
    if spelt.startswith("phòng "):
        return "huyện"
    if spelt.startswith("sở "):
        return "tỉnh"
    return None


def name_key(name: str, where: dict[str, str], *, with_places: bool = True) -> str:
    """The match key of an agency called ``name`` in a plan issued in ``where`` (from
    :func:`places`): spelt out, a bare level word completed with the plan's place of that
    level ("công an huyện" in a plan of huyện Lý Sơn: "công an huyện lý sơn"), or
    (``with_places=False``) every place name dropped; diacritics folded."""
    spelt = spell(name)
    m = _RE_TRAILING_LEVEL.search(spelt)
    level = m.group(1) if m else None
    if level is None and not _RE_PLACE.search(spelt):
        level = _implied_level(spelt)
        if level is not None:
            spelt = f"{spelt} {level}"
    if not with_places:
        spelt = _RE_PLACE.sub(lambda x: x.group(1), spelt)
    elif level is not None and where.get(level):
        spelt = f"{spelt} {where[level]}"
    return fold(spelt)


def agency_keys(agency: Any, plan: Any) -> list[str]:
    """The keys of ``agency`` in ``plan``, most specific first (see the module's text)."""
    where = places(plan)
    keys = [name_key(agency.name, where), name_key(agency.name, where, with_places=False)]
    # one key when the name says no place and the plan none either: it then matches a
    # body of the same kind whatever place the other plan gives it
    return list(dict.fromkeys(k for k in keys if k))
