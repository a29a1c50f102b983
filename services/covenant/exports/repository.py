"""The queries of the inventories export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.models import Inventory, Signatory
from shared.pagination import Keyset, PageParams, asc

INVENTORIES = Keyset("covenant.inventories", asc(Inventory.id))


@dataclass(frozen=True)
class InventoryFilters:
    """What the export may be narrowed to."""

    regional_covenant: str | None = None
    country_code: str | None = None
    kind: str | None = None
    year_from: int | None = None
    year_to: int | None = None


async def list_inventories(session: AsyncSession, page: PageParams, f: InventoryFilters) -> dict[str, Any]:
    """A page of inventories by id, each as (inventory, its signatory), filtered by the signatory's covenant and
    country and by the inventory's kind and year."""
    query = select(Inventory).join(Signatory, Signatory.id == Inventory.signatory_id)
    if f.regional_covenant:
        query = query.where(Signatory.regional_covenant == f.regional_covenant)
    if f.country_code:
        query = query.where(Signatory.country_code == f.country_code.upper())
    if f.kind:
        query = query.where(Inventory.kind == f.kind)
    if f.year_from is not None:
        query = query.where(Inventory.year >= f.year_from)
    if f.year_to is not None:
        query = query.where(Inventory.year <= f.year_to)
    found = INVENTORIES.page((await session.scalars(INVENTORIES.apply(query, page))).all(), page)
    ids = {inv.signatory_id for inv in found["items"]}
    owners = {s.id: s for s in (await session.scalars(select(Signatory).where(Signatory.id.in_(ids)))).all()} if ids else {}
    found["items"] = [(inv, owners[inv.signatory_id]) for inv in found["items"]]
    return found
