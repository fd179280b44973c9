"""Closing: the recipients ("Nơi nhận") and the signature block."""

from __future__ import annotations

import re

import planflow

from .text import Para

__all__ = ["read_closing"]

# the State's forms ("TM.", "KT.", "TL.", "TUQ.", "Q.", Nghị định 30/2020) and a Party
# body's ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "T/L", "T/UQ"), kept as written
_AUTHORITY = re.compile(r"^(?:(KT|TM|TL|TUQ|Q)\.|(T/M|K/T|T/L|T/UQ)(?=\s))\s*(.*)$")


def _form(m: re.Match[str]) -> tuple[str, str | None]:
    """The authority as the signature keeps it ("TM.", "T/M") and whom it signs for."""
    return (f"{m.group(1)}." if m.group(1) else m.group(2)), (m.group(3).strip() or None)


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _person(s: str) -> bool:
    """A person's name as signed: two to six words, each capitalised, no digits."""
    words = s.strip(" .").split()
    return 2 <= len(words) <= 6 and len(s) <= 50 and not any(c.isdigit() for c in s) \
        and all(w[:1].isupper() and (len(w) == 1 or w[1:].islower()) for w in words) \
        and not _AUTHORITY.match(s)


def read_closing(paras: list[Para]) -> tuple[list[str], planflow.Signature | None, list[str], int]:
    """Recipients, signature, warnings, and how many paragraphs the closing used.

    ``paras`` starts at "Nơi nhận"; the closing ends at an appendix ("PHỤ LỤC").
    """
    recipients: list[str] = []
    warnings: list[str] = []
    k = 0
    if paras and paras[0].text.startswith("Nơi nhận"):
        rest = paras[0].text.split(":", 1)[1].strip() if ":" in paras[0].text else ""
        if rest:
            recipients.append(rest.lstrip("-+ ").rstrip(";. "))
        k = 1
    while k < len(paras) and re.match(r"^[-+•]", paras[k].text):
        recipients.append(paras[k].text.lstrip("-+• ").rstrip(";,. ").strip())
        k += 1
    lines: list[tuple[Para, str]] = []
    while k < len(paras) and not re.match(r"^PHỤ LỤC|^Phụ lục", paras[k].text):
        for part in paras[k].parts:
            lines.append((paras[k], part.strip()))
        k += 1
    sig = None
    authorities = [(p, m) for p, s in lines if (m := _AUTHORITY.match(s))]
    # the signer is the first person's name after the authority and title lines; what
    # follows (footnotes, an appendix not headed "PHỤ LỤC") is not the signature
    after = next((k for k, (_, s) in enumerate(lines) if _AUTHORITY.match(s) or _caps(s)), None)
    block = lines[after:] if after is not None else lines
    at = next((k for k, (_, s) in enumerate(block) if _person(s)), None)
    if at is not None:
        caps = [s for _, s in block[:at] if _caps(s) and not _AUTHORITY.match(s)]
        names = [block[at][1]]
        authorities = [(p, m) for p, s in block[:at] if (m := _AUTHORITY.match(s))] or authorities
        if at + 1 < len(block):
            warnings.append(planflow.Worded.of(
                "{where}: {n} line(s) after the signer's name ('{text}…') are not part of the "
                "signature: not read", "after_signer", where=block[at + 1][0].where,
                n=len(block) - at - 1, text=block[at + 1][1][:40]))
    else:
        caps = [s for _, s in lines if _caps(s) and not _AUTHORITY.match(s)]
        names = [s for _, s in lines if not _caps(s) and s]
    if names:
        name = names[-1]
        auth = on_behalf = outer = outer_of = None
        if authorities:
            p, m = authorities[-1]
            auth, on_behalf = _form(m)
            if len(authorities) >= 2:  # the double form: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"
                q, o = authorities[-2]
                outer, outer_of = _form(o)
            for q, extra in authorities[:-2]:
                warnings.append(planflow.Worded.of(
                    "{where}: the signature's authority '{authority}' is not kept (a signature "
                    "holds two at most)", "third_authority", where=q.where,
                    authority=extra.group(0)))
        title = caps[-1] if caps else ""
        sig = planflow.Signature(name, title=title, authority=auth, on_behalf_of=on_behalf,
                                 outer_authority=outer, outer_on_behalf_of=outer_of)
    return recipients, sig, warnings, k
