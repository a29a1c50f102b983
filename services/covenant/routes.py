"""HTTP routes of the covenant registry: thin, they parse, authorise and call the use cases
(compliance and policies: compliance/routes.py; what a signatory submits: reports/routes.py)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, Body, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from services.covenant import imports, service, sync
from services.covenant.auth import CovenantRead, CovenantWrite, ensure_may_write
from services.covenant.compliance.routes import router as compliance_router
from services.covenant.domain import ALL_BADGES, REGIONAL_COVENANTS, Generation, SignatoryStatus
from services.covenant.exports.routes import router as exports_router
from services.covenant.feed import service as feed
from services.covenant.import_files import FORMATS
from services.covenant.registry import RegistryDep
from services.covenant.reports.routes import router as reports_router
from services.covenant.schemas import (
    BatchResult,
    ChangePage,
    GcomId,
    ImportRead,
    PublicSignatoryPage,
    PublicSignatoryRead,
    SignatoryPage,
    SignatoryRead,
    SignatoryUpsert,
    StatsRead,
    Withdrawal,
)
from shared.concurrency import IfMatch, set_etag
from shared.exports import CSV_ANSWER
from shared.geo import GEOJSON, GEOJSON_ANSWER, AreaQuery, wants_geojson
from shared.identity import StatsReader
from shared.importjobs import CSV_UPLOAD, read_csv_upload
from shared.pagination import PageQuery
from shared.schemas import FullDate
from shared.service import SessionDep
from shared.showcase import NOT_MODIFIED, OPEN, public_answer, showcase_router

router = APIRouter(prefix="/v1/covenant", tags=["covenant"])


# --- signatories ------------------------------------------------------------------------


async def _signatory_filters(
    area: AreaQuery,
    regional_covenant: Annotated[Literal[REGIONAL_COVENANTS] | None, Query(description="A regional covenant.")] = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")] = None,
    status: SignatoryStatus | None = None,
    badge: Annotated[Literal[ALL_BADGES] | None, Query(description="A badge, e.g. mitigation.inventory.")] = None,
    generation: Generation | None = None,
    min_population: Annotated[int | None, Query(ge=0, le=2_000_000_000)] = None,
    max_population: Annotated[int | None, Query(ge=0, le=2_000_000_000)] = None,
    adhered_from: FullDate | None = None,
    adhered_to: FullDate | None = None,
) -> service.SignatoryFilters:
    return service.signatory_filters(
        regional_covenant=regional_covenant,
        country_code=country,
        status=status.value if status else None,
        badge=badge,
        generation=generation.value if generation else None,
        min_population=min_population,
        max_population=max_population,
        adhered_from=adhered_from,
        adhered_to=adhered_to,
        area=area,
    )


@router.get(
    "/signatories",
    response_model=SignatoryPage,
    responses={200: {"content": CSV_ANSWER["content"] | GEOJSON_ANSWER["content"]}},
)
async def list_signatories(
    request: Request,
    session: SessionDep,
    identity: CovenantRead,
    filters: Annotated[service.SignatoryFilters, Depends(_signatory_filters)],
    page: PageQuery,
):
    """Signatories by name, filtered (also by place: `near` with `radius_km`, `bbox`); `Accept: application/geo+json`
    answers the page as a GeoJSON FeatureCollection, `Accept: text/csv` exports every match as CSV, formula cells escaped.

    A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is exported with a `'` in front
    (OWASP CSV injection), so a spreadsheet shows it as text; numbers are exported as they are.
    """
    if wants_geojson(request):
        return JSONResponse(await service.signatories_geojson(session, page, filters), media_type=GEOJSON)
    if "text/csv" in request.headers.get("accept", ""):
        return StreamingResponse(
            service.export_signatories(request.app.state.sessionmaker, filters, page),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="signatories.csv"'},
        )
    return await service.list_signatories(session, page, filters)


@router.post("/signatories:batchUpsert", status_code=207, response_model=BatchResult)
async def batch_upsert_signatories(
    reg: RegistryDep,
    identity: CovenantWrite,
    items: Annotated[
        list[dict[str, Any]],
        Body(
            embed=True, min_length=1, max_length=1000, description="Up to 1,000 BatchItem objects (a signatory with its gcom_id)."
        ),
    ],
):
    """Upsert up to 1,000 signatories; each item answers with its own status (207)."""
    return await sync.batch_upsert(reg, identity, items)


@router.get(
    "/signatories/changes", response_model=ChangePage, responses={400: {"description": "A cursor this feed did not hand out."}}
)
async def list_signatory_changes(
    session: SessionDep,
    identity: CovenantRead,
    cursor: Annotated[
        str,
        Query(
            json_schema_extra={"pattern": r"^[0-9]{1,18}$"},  # another cursor is a 400, not a 422
            description="`next_cursor` of the previous page; 0 reads from the start.",
        ),
    ] = "0",
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    regional_covenant: Annotated[
        Literal[REGIONAL_COVENANTS] | None,
        Query(description="Only the changes of this regional covenant; a covenant office's key reads its own by default."),
    ] = None,
):
    """What changed after the cursor, oldest first; deletions come as tombstones.

    A signatory moves to the head of the feed whenever its record changes or it submits something (a commitment,
    target, emission inventory, assessment or report). A covenant office's key reads its own covenant's changes;
    asking for another covenant's is 403.
    """
    return await feed.signatory_changes(session, identity, cursor, limit, regional_covenant)


@router.get("/signatories/{key}", response_model=SignatoryRead)
async def get_signatory(
    session: SessionDep,
    identity: CovenantRead,
    key: Annotated[
        str,
        Path(
            max_length=40,
            description="The signatory's GCoM id (FR0003), its id, or its MyCovenant organisation id (12657).",
            examples=["SE0031", "12657"],
        ),
    ],
    response: Response,
):
    """One signatory, by GCoM id (e.g. FR0003), id or MyCovenant organisation id (e.g. 12657); the ETag is its version."""
    s = await service.find_signatory(session, key)
    set_etag(response, s.version)
    return s


# `{key}` as on the signatory's other routes (one path, one template), here always a GCoM id.
@router.put("/signatories/{key}", response_model=SignatoryRead, responses={201: {"model": SignatoryRead}})
async def upsert_signatory(
    reg: RegistryDep,
    identity: CovenantWrite,
    key: GcomId,
    body: SignatoryUpsert,
    response: Response,
    if_match: IfMatch = None,
):
    """Create or replace a signatory by its GCoM id (e.g. DE9001); `If-Match` guards against a stale copy."""
    outcome = await sync.upsert_signatory(reg, identity, key, body, if_match)
    response.status_code = outcome.status
    if outcome.outcome == "created":
        response.headers["Location"] = f"/v1/covenant/signatories/{key}"
    set_etag(response, outcome.signatory.version)
    return outcome.signatory


@router.delete("/signatories/{key}", status_code=204)
async def delete_signatory(
    reg: RegistryDep, identity: CovenantWrite, key: str, reason: Annotated[str, Query(min_length=3, max_length=2000)]
) -> Response:
    """Remove a record made in error (admin); syncing systems see a tombstone in the change feed."""
    await service.delete_signatory(reg, identity, key, reason)
    return Response(status_code=204)


@router.post("/signatories/{key}:withdraw", response_model=SignatoryRead)
async def withdraw_signatory(
    reg: RegistryDep, identity: CovenantWrite, key: str, body: Withdrawal, response: Response, if_match: IfMatch = None
):
    """The signatory leaves the Covenant; a reason is required."""
    s = await service.withdraw_signatory(reg, identity, key, body.reason, if_match)
    set_etag(response, s.version)
    return s


@router.get("/signatories/{key}/members", response_model=SignatoryPage)
async def list_group_members(session: SessionDep, identity: CovenantRead, key: str, page: PageQuery):
    """The signatories that belong to a group signatory."""
    return await service.list_group_members(session, key, page)


# --- imports ----------------------------------------------------------------------------


@router.post(
    "/imports",
    status_code=202,
    response_model=ImportRead,
    openapi_extra=CSV_UPLOAD,
)
async def start_covenant_import(
    request: Request,
    session: SessionDep,
    identity: CovenantWrite,
    response: Response,
    background: BackgroundTasks,
    format: Annotated[Literal[FORMATS], Query(description=f"File format: {', '.join(FORMATS)}.")],
):
    """Start a bulk import from a JRC CSV file; poll the import resource for progress."""
    ensure_may_write(identity)
    body = await read_csv_upload(request, format, FORMATS, request.app.state.settings.import_max_bytes)
    job = await imports.start_import(session, identity, format, body)
    # Background tasks run after the session dependency has committed the job.
    background.add_task(imports.start_in_background, request.app, job.id)
    response.headers["Location"] = f"/v1/covenant/imports/{job.id}"
    return job


@router.post("/imports/{import_id}:resume", status_code=202, response_model=ImportRead)
async def resume_covenant_import(
    request: Request,
    session: SessionDep,
    identity: CovenantWrite,
    response: Response,
    background: BackgroundTasks,
    import_id: str,
):
    """Continue a failed import from its last committed chunk (its owner or an admin; 409 unless it failed)."""
    ensure_may_write(identity)
    job = await imports.resume_import(session, identity, import_id)
    background.add_task(imports.start_in_background, request.app, job.id)
    response.headers["Location"] = f"/v1/covenant/imports/{job.id}"
    return job


@router.get("/imports/{import_id}", response_model=ImportRead)
async def get_covenant_import(session: SessionDep, identity: CovenantRead, import_id: str):
    """Status, counts, row errors and cleaned-up dirt of an import."""
    return await imports.get_import(session, identity, import_id)


# --- stats and the covenant map ---------------------------------------------------------


@router.get("/stats", response_model=StatsRead)
async def covenant_stats(session: SessionDep, identity: StatsReader):
    """Counts for dashboards: by regional covenant, country, status, badge and generation."""
    return await service.stats(session)


@router.get("/regional-covenants", response_model=dict[str, list[str]])
async def list_regional_covenants(request: Request, identity: CovenantRead):
    """Each regional covenant with the countries it covers (the configurable map)."""
    return service.regional_covenants(request.app.state.covenants)


# --- the showcase (shared/showcase.py): signatories' public profiles for everyone, no identity -----

showcase = showcase_router("signatories")


@showcase.get("", response_model=PublicSignatoryPage, responses=NOT_MODIFIED, openapi_extra=OPEN)
async def showcase_signatories(
    session: SessionDep,
    request: Request,
    filters: Annotated[service.SignatoryFilters, Depends(_signatory_filters)],
    page: PageQuery,
) -> Response:
    """Signatories' public profiles by name (commitments, badges, status), filtered like the registry's list;
    withdrawn signatories are left out."""
    found = await service.public_signatories(session, page, filters)
    return public_answer(request, PublicSignatoryPage.model_validate(found).model_dump(mode="json"))


@showcase.get("/{key}", response_model=PublicSignatoryRead, responses=NOT_MODIFIED, openapi_extra=OPEN)
async def showcase_signatory(
    session: SessionDep,
    request: Request,
    key: Annotated[str, Path(max_length=40, description="The GCoM id (FR0003), id or MyCovenant organisation id.")],
) -> Response:
    """One signatory's public profile."""
    s = await service.public_signatory(session, key)
    return public_answer(request, PublicSignatoryRead.model_validate(s).model_dump(mode="json"))


ROUTERS = (router, compliance_router, reports_router, exports_router, showcase)
