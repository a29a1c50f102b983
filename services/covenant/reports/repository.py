"""Queries of what a signatory submits that the registry's repository does not hold: the
inventory a target is measured against, and the latest monitoring inventory."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.models import Inventory, Target


async def inventory_total_of_year(session: AsyncSession, signatory_id: str, year: int) -> float | None:
    """The total of the signatory's inventory of `year` (a baseline before a monitoring one, the
    latest submitted first), None when it has none of that year."""
    query = (
        select(Inventory.total_emissions)
        .where(Inventory.signatory_id == signatory_id, Inventory.year == year)
        .order_by((Inventory.kind == "baseline").desc(), Inventory.submitted_on.desc(), Inventory.id.desc())
        .limit(1)
    )
    return await session.scalar(query)


async def inventory_years(session: AsyncSession, signatory_id: str) -> list[tuple[str, int, float, int | None]]:
    """(kind, year, total, population) of every inventory of the signatory, oldest year first."""
    query = (
        select(Inventory.kind, Inventory.year, Inventory.total_emissions, Inventory.population)
        .where(Inventory.signatory_id == signatory_id)
        .order_by(Inventory.year, Inventory.submitted_on, Inventory.id)
    )
    return [tuple(r) for r in (await session.execute(query)).all()]


async def targets_with_base_year(session: AsyncSession, signatory_id: str) -> list[Target]:
    """The signatory's targets that name a base year (their reference follows its inventory)."""
    query = select(Target).where(Target.signatory_id == signatory_id, Target.base_year.is_not(None)).order_by(Target.id)
    return list((await session.scalars(query)).all())
