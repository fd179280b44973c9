"""Plain text in the seed's own shape: one paragraph a line, a blank line between."""

from __future__ import annotations

from .document import Block, Document, Table

__all__ = ["to_text"]


def _table(t: Table) -> list[str]:
    return [" | ".join(t.header), *(" | ".join(" ".join(c.split()) for c in row) for row in t.rows)]


def to_text(doc: Document) -> str:
    """The document as UTF-8 plain text, header lines first, signature last."""
    out: list[str] = []
    head = [*([doc.parent_body] if doc.parent_body else []), *doc.issuer,
            *(["*"] if doc.issuer and not doc.motto[1] else []),  # a Party body's star
            *(x for x in doc.motto if x)]
    out.append("\n".join(head))
    number = doc.number + (f"\n{doc.excerpt}" if doc.excerpt else "")
    out.append(number)
    out.append(doc.place_date)
    if doc.kind_name:
        out.append(doc.kind_name)
    if doc.title:
        out.append(doc.title)
    if doc.addressees:
        out.append("Kính gửi: " + doc.addressees[0] if len(doc.addressees) == 1 else
                   "\n".join(["Kính gửi:", *(f"- {a};" for a in doc.addressees)]))
    for b in doc.body:
        out.append("\n".join(_table(b)) if isinstance(b, Table) else _block(b))
    if doc.recipients:
        out.append("Nơi nhận:")
        last = len(doc.recipients) - 1
        out.append("\n".join(f"- {r}{'.' if i == last else ';'}" for i, r in enumerate(doc.recipients)))
    titles, name = doc.signature_lines()
    if titles or name:
        out.append("\n".join(titles) + "\n\n\n\n" + name)
    return "\n\n".join(p for p in out if p) + "\n"


def _block(b: Block) -> str:
    return b.plain()
