"""index for a regional covenant's change feed: signatories by covenant and feed position

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 11:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.create_index("ix_signatories_covenant_change_seq", ["regional_covenant", "change_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_index("ix_signatories_covenant_change_seq")
