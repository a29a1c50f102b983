"""Queries of deadline extensions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.domain import Pillar
from services.covenant.models import DeadlineExtension


async def extensions_of(session: AsyncSession, ids: Sequence[str]) -> dict[str, dict[tuple[str, Pillar | None], date]]:
    """signatory id -> (item, pillar) -> the due date of the latest extension granted for it."""
    query = (
        select(DeadlineExtension.signatory_id, DeadlineExtension.item, DeadlineExtension.pillar, DeadlineExtension.due_on)
        .where(DeadlineExtension.signatory_id.in_(ids))
        .order_by(DeadlineExtension.created_at, DeadlineExtension.id)
    )
    found: dict[str, dict[tuple[str, Pillar | None], date]] = defaultdict(dict)
    for sid, item, pillar, due_on in (await session.execute(query)).all():
        found[sid][(item, Pillar(pillar) if pillar else None)] = due_on
    return found


async def list_extensions(session: AsyncSession, signatory_id: str) -> list[DeadlineExtension]:
    """A signatory's deadline extensions, in the order granted."""
    query = select(DeadlineExtension).where(DeadlineExtension.signatory_id == signatory_id)
    return list((await session.scalars(query.order_by(DeadlineExtension.created_at, DeadlineExtension.id))).all())
