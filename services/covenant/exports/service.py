"""Use cases of the inventories export: a page of JSON, or every match as CSV read a chunk at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.covenant.exports import repository
from services.covenant.exports.repository import InventoryFilters
from services.covenant.exports.schemas import CSV_COLUMNS, InventoryExportRead
from services.covenant.feed.service import feed_covenant
from services.covenant.models import Inventory, Signatory
from services.covenant.reports.schemas import InventoryRead
from shared.exports import csv_line
from shared.identity import Identity
from shared.pagination import PageParams

CSV_CHUNK = 500  # inventories a session reads at a time


def export_filters(identity: Identity, **filters: Any) -> InventoryFilters:
    """The export's filters: an office key reads its own covenant's by default and is refused another's (403)."""
    return InventoryFilters(**filters | {"regional_covenant": feed_covenant(identity, filters.get("regional_covenant"))})


def _item(inv: Inventory, s: Signatory) -> InventoryExportRead:
    read = InventoryRead.model_validate(inv).model_dump()
    read["total_emissions"] = read.pop("total_emissions_tco2e")  # the read model takes the column's name
    owner = {"gcom_id": s.gcom_id, "signatory_name": s.name, "country_code": s.country_code}
    return InventoryExportRead.model_validate(read | owner | {"regional_covenant": s.regional_covenant})


async def list_inventories(session: AsyncSession, page: PageParams, filters: InventoryFilters) -> dict[str, Any]:
    """A page of inventories by id, each with its signatory's name, country and covenant."""
    found = await repository.list_inventories(session, page, filters)
    return {"items": [_item(inv, s) for inv, s in found["items"]], "next_page_token": found["next_page_token"]}


def _lines(inv: Inventory, s: Signatory) -> str:
    head = {
        "inventory_id": inv.id,
        "gcom_id": s.gcom_id,
        "signatory_name": s.name,
        "country_code": s.country_code,
        "regional_covenant": s.regional_covenant,
        "kind": inv.kind,
        "year": inv.year,
        "population": inv.population,
    }
    out = []
    for row in inv.rows:
        values = head | {c: getattr(row, c) for c in CSV_COLUMNS if c not in head}
        out.append(csv_line("" if values[c] is None else values[c] for c in CSV_COLUMNS))
    return "".join(out)


def export_csv(sessionmaker: async_sessionmaker[AsyncSession], filters: InventoryFilters, page: PageParams) -> AsyncIterator[str]:
    """Every matching inventory's rows as CSV (after the page token, if one is given); a token not of this list
    is refused before the answer starts."""
    repository.INVENTORIES.check(page)
    return _csv_chunks(sessionmaker, filters, page.page_token)


async def _csv_chunks(
    sessionmaker: async_sessionmaker[AsyncSession], filters: InventoryFilters, token: str | None
) -> AsyncIterator[str]:
    yield csv_line(CSV_COLUMNS)
    while True:
        async with sessionmaker() as session:
            chunk = await repository.list_inventories(session, PageParams(page_size=CSV_CHUNK, page_token=token), filters)
            yield "".join(_lines(inv, s) for inv, s in chunk["items"])
        token = chunk["next_page_token"]
        if token is None:
            return
