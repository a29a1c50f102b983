"""The queries of the change feed: signatories by feed position, tombstones, pruning (the
positions are handed out by `services.covenant.repository.next_change_seqs`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.models import FeedCounter, Signatory, SignatoryTombstone
from services.covenant.repository import FEED


async def feed_pruned_through(session: AsyncSession) -> int:
    """The feed position up to which tombstones were pruned (older cursors: 410)."""
    return await session.scalar(select(FeedCounter.pruned_through).where(FeedCounter.name == FEED)) or 0


async def changed_signatories(session: AsyncSession, after: int, limit: int, covenant: str | None = None) -> list[Signatory]:
    """Signatories whose feed position is after `after`, oldest first (of one regional covenant, if given)."""
    query = select(Signatory).where(Signatory.change_seq > after)
    if covenant is not None:
        query = query.where(Signatory.regional_covenant == covenant)
    return list((await session.scalars(query.order_by(Signatory.change_seq).limit(limit))).all())


async def tombstones_after(
    session: AsyncSession, after: int, limit: int, covenant: str | None = None
) -> list[SignatoryTombstone]:
    """Deletions whose feed position is after `after`, oldest first (of one regional covenant, if given)."""
    query = select(SignatoryTombstone).where(SignatoryTombstone.change_seq > after)
    if covenant is not None:
        query = query.where(SignatoryTombstone.regional_covenant == covenant)
    return list((await session.scalars(query.order_by(SignatoryTombstone.change_seq).limit(limit))).all())


async def prune_tombstones(session: AsyncSession, before: datetime) -> int:
    """Drop tombstones older than `before`; cursors older than the newest dropped then get 410."""
    newest = await session.scalar(select(func.max(SignatoryTombstone.change_seq)).where(SignatoryTombstone.deleted_at < before))
    if newest is None:
        return 0
    result = await session.execute(SignatoryTombstone.__table__.delete().where(SignatoryTombstone.change_seq <= newest))
    await session.execute(update(FeedCounter).where(FeedCounter.name == FEED).values(pruned_through=newest))
    return result.rowcount
