"""region interests, where a profile came from

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 11:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('region_interests',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('region_id', sa.String(length=64), nullable=False),
    sa.Column('partner_region_id', sa.String(length=64), nullable=False),
    sa.Column('ecosystems', sa.JSON(), nullable=False),
    sa.Column('source_time', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region_interests')),
    sa.UniqueConstraint('region_id', 'partner_region_id', name=op.f('uq_region_interests_region_id_partner_region_id'))
    )
    with op.batch_alter_table('region_interests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_interests_partner_region_id'), ['partner_region_id'], unique=False)

    with op.batch_alter_table('party_profiles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('party_profiles', schema=None) as batch_op:
        batch_op.drop_column('source')

    with op.batch_alter_table('region_interests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_interests_partner_region_id'))

    op.drop_table('region_interests')
