"""Pruning the kit's own tables, so they do not grow without end."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import utcnow
from shared.jobs import PeriodicJob
from shared.tables import KitTables

log = logging.getLogger("iuc.housekeeping")

# Idempotency keys are a retry aid: a day covers any client's retry policy.
IDEMPOTENCY_KEEP = timedelta(hours=24)
# Published outbox rows are kept a week for inspection; JetStream holds the events.
OUTBOX_KEEP = timedelta(days=7)
# Inbox rows must outlive any redelivery: far beyond the stream's duplicate window and
# the consumers' retry span, and beyond a dead-letter replay a team would still do.
INBOX_KEEP = timedelta(days=30)


async def prune(sessionmaker: async_sessionmaker[AsyncSession], kit: KitTables, now: datetime | None = None) -> dict[str, int]:
    """Delete what has outlived its use (by `now`, the service clock's); rows deleted per table."""
    now = now or utcnow()
    async with sessionmaker() as session, session.begin():
        done = {
            "idempotency_keys": await session.execute(
                delete(kit.idempotency).where(kit.idempotency.c.created_at < now - IDEMPOTENCY_KEEP)
            ),
            "outbox": await session.execute(
                delete(kit.outbox).where(kit.outbox.c.published_at.is_not(None), kit.outbox.c.published_at < now - OUTBOX_KEEP)
            ),
            "inbox": await session.execute(delete(kit.inbox).where(kit.inbox.c.received_at < now - INBOX_KEEP)),
        }
    return {name: result.rowcount for name, result in done.items()}


async def housekeeping(app: FastAPI) -> None:
    """Prune the service's kit tables by its clock (run hourly by the kit)."""
    counts = await prune(app.state.sessionmaker, app.state.kit, app.state.clock.now())
    if any(counts.values()):
        log.info("pruned %s", counts)


HOUSEKEEPING = PeriodicJob("housekeeping", housekeeping, every=timedelta(hours=1))
