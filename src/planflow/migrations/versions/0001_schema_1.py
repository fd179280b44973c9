"""Schema version 1: progress, submissions, ticks and the outbox (the first release).

Stores created before Alembic carry version 1 in ``schema_version`` and no
``alembic_version``: ``planflow db upgrade`` stamps them with this revision first.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "schema_version",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    )
    op.create_table(
        "progress",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan", sa.String(200), nullable=False),
        sa.Column("task", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("by_agency", sa.String(200), nullable=True),
    )
    op.create_index("ix_progress_plan", "progress", ["plan", "task"])
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan", sa.String(200), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("period", sa.String(300), nullable=False),
        sa.Column("received", sa.Date, nullable=False),
        sa.Column("reference", sa.String(200), nullable=True),
        sa.UniqueConstraint("plan", "agency", "period", name="uq_submission"),
    )
    op.create_table(
        "ticks",
        sa.Column("plan", sa.String(200), primary_key=True),
        sa.Column("last_day", sa.Date, nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(700), nullable=False, unique=True),
        sa.Column("plan", sa.String(200), nullable=False),
        sa.Column("subject_type", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("tier", sa.Integer, nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_on", sa.Date, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("next_attempt", sa.DateTime, nullable=True),
        sa.Column("claimed_by", sa.String(300), nullable=True),
        sa.Column("delivered_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_outbox_plan_state", "outbox", ["plan", "state"])
    op.execute("INSERT INTO schema_version (version) VALUES (1)")


def downgrade() -> None:
    for table in ("outbox", "ticks", "submissions", "progress", "schema_version"):
        op.drop_table(table)
