"""The gateway's own table: API keys, stored as hashes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String, func
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import ServiceBase, UTCDateTime, new_metadata


class Base(ServiceBase):
    """Declarative root of the gateway's tables."""

    __abstract__ = True
    metadata = new_metadata()


class ApiKey(Base):
    """A caller's key. Only a peppered hash is stored (`gateway.keys.hash_key`); the key itself is shown
    once, at creation. `key_prefix` is the key's public scheme prefix (`iuc_`), never part of its secret."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_prefix: Mapped[str] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(32))
    scopes: Mapped[list[str]] = mapped_column(JSON)
    city_id: Mapped[str | None] = mapped_column(String(64))
    regional_covenant: Mapped[str | None] = mapped_column(String(100))
    # A partner key's organisations (value chains); empty: a read-only partner.
    organisation_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def is_active(self) -> bool:
        """True until the key is revoked."""
        return self.revoked_at is None


class PepperCheck(Base):
    """One row: a fingerprint of the pepper the keys are hashed with, so a gateway or `gateway.keys`
    given another pepper refuses to work instead of quietly failing every key."""

    __tablename__ = "pepper_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
