"""Every query the gateway makes: API keys only."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import ApiKey, PepperCheck


async def key_by_hash(session: AsyncSession, key_hash: str) -> ApiKey | None:
    """The key with this hash, revoked or not."""
    return await session.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash))


async def key_by_id(session: AsyncSession, key_id: str) -> ApiKey | None:
    """The key with this id."""
    return await session.get(ApiKey, key_id)


async def list_keys(session: AsyncSession, *, include_revoked: bool = True) -> list[ApiKey]:
    """Every key, oldest first."""
    query = select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)
    if not include_revoked:
        query = query.where(ApiKey.revoked_at.is_(None))
    return list(await session.scalars(query))


async def active_keys_named(session: AsyncSession, name: str) -> list[ApiKey]:
    """Keys not revoked that carry this name."""
    return list(await session.scalars(select(ApiKey).where(ApiKey.name == name, ApiKey.revoked_at.is_(None))))


def add_key(session: AsyncSession, key: ApiKey) -> None:
    """Stage a new key for insertion."""
    session.add(key)


def revoke(key: ApiKey, when: datetime | None = None) -> None:
    """Mark a key revoked (kept for the audit trail, never deleted)."""
    if key.revoked_at is None:
        key.revoked_at = when or datetime.now(UTC)


async def pepper_fingerprint(session: AsyncSession) -> str | None:
    """The fingerprint of the pepper the key store was made with, if one is recorded."""
    row = await session.get(PepperCheck, 1)
    return row.fingerprint if row is not None else None


def record_pepper_fingerprint(session: AsyncSession, fingerprint: str) -> None:
    """Stage the key store's first pepper fingerprint."""
    session.add(PepperCheck(id=1, fingerprint=fingerprint))
