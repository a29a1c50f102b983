"""Queries of corrections: a submitted record of a signatory, and its history of changes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.models import SubmissionChange
from shared.pagination import Keyset, PageParams, asc

HISTORY = Keyset("covenant.history", asc(SubmissionChange.id))


async def get_record(session: AsyncSession, model: type, signatory_id: str, record_id: str):
    """A record (inventory, assessment, target, report) of the signatory, locked for the change; None if not its."""
    query = select(model).where(model.id == record_id, model.signatory_id == signatory_id).with_for_update()
    return (await session.scalars(query)).one_or_none()


async def list_history(session: AsyncSession, signatory_id: str, page: PageParams) -> dict:
    """A page of the signatory's corrections, oldest first (ids are UUIDv7: in the order made)."""
    query = HISTORY.apply(select(SubmissionChange).where(SubmissionChange.signatory_id == signatory_id), page)
    return HISTORY.page((await session.scalars(query)).all(), page)
