"""HTTP route of the inventories export: thin, it parses, authorises and calls the service layer."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from services.covenant.auth import CovenantRead
from services.covenant.domain import REGIONAL_COVENANTS, InventoryKind
from services.covenant.exports import service
from services.covenant.exports.schemas import InventoryExportPage
from shared.exports import CSV_ANSWER
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/covenant", tags=["covenant"])


@router.get("/inventories", response_model=InventoryExportPage, responses={200: CSV_ANSWER})
async def export_inventories(
    request: Request,
    session: SessionDep,
    identity: CovenantRead,
    page: PageQuery,
    regional_covenant: Annotated[
        Literal[REGIONAL_COVENANTS] | None,
        Query(description="Only this regional covenant's; a covenant office's key reads its own by default."),
    ] = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")] = None,
    kind: InventoryKind | None = None,
    year_from: Annotated[int | None, Query(ge=1950, le=2100)] = None,
    year_to: Annotated[int | None, Query(ge=1950, le=2100)] = None,
):
    """Every emission inventory of the registry with its sector rows and its signatory, by id; `Accept: text/csv`
    exports every match, one line a sector row (activity, carrier, emission factor, emissions), formula cells
    escaped. An office key reads its own covenant's inventories unless it names another, which is refused (403)."""
    filters = service.export_filters(
        identity,
        regional_covenant=regional_covenant,
        country_code=country,
        kind=kind.value if kind else None,
        year_from=year_from,
        year_to=year_to,
    )
    if "text/csv" in request.headers.get("accept", ""):
        return StreamingResponse(
            service.export_csv(request.app.state.sessionmaker, filters, page),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="inventories.csv"'},
        )
    return await service.list_inventories(session, page, filters)
