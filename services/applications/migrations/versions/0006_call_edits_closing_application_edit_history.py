"""calls closed early (when, why); the edits of an application in its history (the fields they changed)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 11:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("close_reason", sa.Text(), nullable=True))

    with op.batch_alter_table("application_transitions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changes", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application_transitions", schema=None) as batch_op:
        batch_op.drop_column("changes")

    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_column("close_reason")
        batch_op.drop_column("closed_at")
