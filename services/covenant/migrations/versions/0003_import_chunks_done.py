"""imports record how many chunks are committed, so a failed import continues from there (decision 0024)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("covenant_imports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chunks_done", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("covenant_imports", schema=None) as batch_op:
        batch_op.drop_column("chunks_done")
