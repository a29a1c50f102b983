"""the CRF's four target types, corrections with their history, deadline extensions, energy carriers

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Rows written before this revision are at their first version.
VERSIONED = ("targets", "risk_assessments", "energy_access_assessments", "reports")


def upgrade() -> None:
    op.create_table('submission_changes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('signatory_id', sa.String(length=36), nullable=False),
    sa.Column('resource', sa.String(length=30), nullable=False),
    sa.Column('resource_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('actor_role', sa.String(length=30), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['signatory_id'], ['signatories.id'], name=op.f('fk_submission_changes_signatory_id_signatories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_submission_changes'))
    )
    with op.batch_alter_table('submission_changes', schema=None) as batch_op:
        batch_op.create_index('ix_submission_changes_signatory_id', ['signatory_id', 'id'], unique=False)

    op.create_table('deadline_extensions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('signatory_id', sa.String(length=36), nullable=False),
    sa.Column('item', sa.String(length=30), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('granted_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['signatory_id'], ['signatories.id'], name=op.f('fk_deadline_extensions_signatory_id_signatories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_extensions'))
    )
    with op.batch_alter_table('deadline_extensions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_extensions_signatory_id'), ['signatory_id'], unique=False)

    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_emissions_tco2e', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('fixed_level_tco2e', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('bau_emissions_tco2e', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('intensity_unit', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('base_intensity', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('target_denominator', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('denominator_unit', sa.String(length=40), nullable=True))

    with op.batch_alter_table('inventory_rows', schema=None) as batch_op:
        batch_op.add_column(sa.Column('carrier', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('emission_factor', sa.Float(), nullable=True))

    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('version', server_default=None)


def downgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
    with op.batch_alter_table('inventory_rows', schema=None) as batch_op:
        batch_op.drop_column('emission_factor')
        batch_op.drop_column('carrier')
    with op.batch_alter_table('targets', schema=None) as batch_op:
        for column in ('denominator_unit', 'target_denominator', 'base_intensity', 'intensity_unit',
                       'bau_emissions_tco2e', 'fixed_level_tco2e', 'base_emissions_tco2e'):
            batch_op.drop_column(column)
    with op.batch_alter_table('deadline_extensions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadline_extensions_signatory_id'))
    op.drop_table('deadline_extensions')
    with op.batch_alter_table('submission_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_submission_changes_signatory_id')
    op.drop_table('submission_changes')
