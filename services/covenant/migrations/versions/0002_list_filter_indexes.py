"""indexes for the signatory list's filters: commitments by signatory and generation, signatories by name

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 09:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index("ix_commitments_signatory_generation", ["signatory_id", "generation"], unique=False)
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.create_index("ix_signatories_name_id", ["name", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_index("ix_signatories_name_id")
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_index("ix_commitments_signatory_generation")
