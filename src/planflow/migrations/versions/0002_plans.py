"""Schema version 2: the plans an office runs, one row per revision (``planflow plans``).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("source", sa.String(1000), nullable=True),
        sa.Column("added_by", sa.String(200), nullable=True),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime, nullable=True),
        sa.Column("removed_by", sa.String(200), nullable=True),
        sa.UniqueConstraint("key", "revision", name="uq_plan_revision"),
    )
    op.execute("UPDATE schema_version SET version = 2")


def downgrade() -> None:
    op.drop_table("plans")
    op.execute("UPDATE schema_version SET version = 1")
