"""Schema version 3: what links the plans a store runs, kept when they are added.

The current revision of each plan (not removed) has its symbol and issue date in
``plan_index``, its references with a linking role in ``plan_references``, and the links
they make in ``plan_links`` (Store.add_plan and Store.remove_plan keep them), so
``plans add``, ``plans tree``, ``validate --db`` and roll-ups stop loading and matching
every registered plan. The upgrade reads each registered plan once to fill them; a
revision that cannot be read is left unlinked, as it was left out of the portfolio.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    index = op.create_table(
        "plan_index",
        sa.Column("plan", sa.String(200), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("symbol", sa.String(500), nullable=True),
        sa.Column("symbol_key", sa.String(500), nullable=True),
        sa.Column("issued", sa.Date, nullable=True),
        sa.Index("ix_plan_index_symbol", "symbol_key"),
    )
    refs = op.create_table(
        "plan_references",
        sa.Column("plan", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("symbol", sa.String(500), nullable=False),
        sa.Column("symbol_key", sa.String(500), nullable=False),
        sa.Column("day", sa.Date, nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Index("ix_plan_references_symbol", "symbol_key"),
    )
    links = op.create_table(
        "plan_links",
        sa.Column("child", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("parent", sa.String(200), nullable=False),
        sa.Column("symbol", sa.String(500), nullable=False),
        sa.Column("day", sa.Date, nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Index("ix_plan_links_parent", "parent"),
    )
    _fill(op.get_bind(), index, refs, links)
    op.execute("UPDATE schema_version SET version = 3")


def _fill(conn: sa.Connection, index: sa.Table, refs: sa.Table, links: sa.Table) -> None:
    """Index the current revision of every registered plan and link them."""
    from planflow.errors import PlanflowError
    from planflow.planfile import loads_plan
    from planflow.records import PlanIdentity, link_plans, plan_identity, symbol_key

    plans = sa.table("plans", sa.column("key"), sa.column("revision"), sa.column("format"),
                     sa.column("content"), sa.column("removed_at"))
    latest = (sa.select(plans.c.key, sa.func.max(plans.c.revision).label("revision"))
              .group_by(plans.c.key).subquery())
    rows = conn.execute(
        sa.select(plans.c.key, plans.c.revision, plans.c.format, plans.c.content)
        .join(latest, sa.and_(plans.c.key == latest.c.key, plans.c.revision == latest.c.revision))
        .where(plans.c.removed_at.is_(None)).order_by(plans.c.key)).all()
    found: dict[str, PlanIdentity] = {}
    for key, rev, fmt, content in rows:
        try:
            ident = plan_identity(loads_plan(content, fmt, f"{key} (revision {rev})"))
        except PlanflowError:
            continue  # left out of the portfolio today too: unlinked
        found[key] = ident
        conn.execute(index.insert().values(
            plan=key, revision=rev, symbol=ident.symbol,
            symbol_key=symbol_key(ident.symbol) if ident.symbol else None, issued=ident.issued))
        if ident.references:
            conn.execute(refs.insert(), [
                {"plan": key, "position": i, "symbol": s, "symbol_key": symbol_key(s),
                 "day": d, "role": r} for i, (s, d, r) in enumerate(ident.references)])
    made = link_plans(found)
    if made:
        conn.execute(links.insert(), [
            {"child": x.child, "position": i, "parent": x.parent, "symbol": x.symbol,
             "day": x.date, "role": x.role} for i, x in enumerate(made)])


def downgrade() -> None:
    op.drop_table("plan_links")
    op.drop_table("plan_references")
    op.drop_table("plan_index")
    op.execute("UPDATE schema_version SET version = 2")
