"""peppered key hashes, no key characters in clear, partner keys bound to organisations

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Every stored sha256(key) becomes HMAC-SHA256(pepper, sha256(key)): the migration can convert
each row at once without knowing any key, and the gateway then has one way to look a key up
(decision 0018). key_prefix kept the first 8 characters of the key; now only the public
`iuc_` scheme prefix stays. pepper_check keeps a fingerprint of the pepper.
"""

import hashlib
import hmac
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_keys = sa.table(
    "api_keys",
    sa.column("id", sa.String),
    sa.column("key_hash", sa.String),
    sa.column("key_prefix", sa.String),
)


def _pepper() -> bytes:
    # The gateway's own setting (IUC_KEY_PEPPER or var/key-pepper): the pepper the gateway will use.
    from gateway.config import GatewaySettings

    return GatewaySettings().resolved_key_pepper()


def upgrade() -> None:
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("organisation_ids", sa.JSON(), server_default=sa.text("'[]'"), nullable=False))
    check = op.create_table(
        "pepper_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pepper_check")),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(_keys.c.id, _keys.c.key_hash, _keys.c.key_prefix)).all()
    if not rows:
        return  # the gateway records its pepper's fingerprint when it first starts
    pepper = _pepper()
    # What the gateway checks at start (gateway.keys.pepper_fingerprint), so a gateway given another pepper refuses.
    fingerprint = hmac.new(pepper, b"iuc key store pepper check", hashlib.sha256).hexdigest()
    bind.execute(check.insert().values(id=1, fingerprint=fingerprint))
    for key_id, old_hash, prefix in rows:
        bind.execute(
            _keys.update()
            .where(_keys.c.id == key_id)
            .values(
                key_hash=hmac.new(pepper, old_hash.encode(), hashlib.sha256).hexdigest(),
                key_prefix="iuc_" if prefix.startswith("iuc_") else "",
            )
        )


def downgrade() -> None:
    # A peppered hash cannot be turned back into sha256(key): keys made or converted since stop working.
    op.drop_table("pepper_check")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_column("organisation_ids")
