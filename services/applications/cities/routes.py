"""HTTP routes of the city registry: thin, they parse, authorise and call the service layer."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response

from services.applications import imports
from services.applications.auth import CitiesRead, CitiesWrite
from services.applications.cities import service
from services.applications.cities.schemas import CityCreate, CityPage, CityRead, CityUpdate
from services.applications.imports import FORMATS
from shared.concurrency import IfMatch, set_etag
from shared.geo import GEOJSON_ANSWER, AreaQuery, geojson_page, wants_geojson
from shared.importjobs import CSV_UPLOAD, read_csv_upload
from shared.pagination import PageQuery
from shared.reference import WorldRegion
from shared.schemas import ImportRead
from shared.service import SessionDep

router = APIRouter(prefix="/v1/cities", tags=["cities"])


@router.get("", response_model=CityPage, responses={200: GEOJSON_ANSWER})
async def list_cities(
    session: SessionDep,
    identity: CitiesRead,
    page: PageQuery,
    request: Request,
    area: AreaQuery,
    country_code: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    world_region: WorldRegion | None = None,
    min_population: Annotated[int | None, Query(ge=0, le=2_000_000_000)] = None,
    max_population: Annotated[int | None, Query(ge=0, le=2_000_000_000)] = None,
    theme: str | None = None,
    sdg: Annotated[int | None, Query(ge=1, le=17)] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the name.")] = None,
):
    """List cities, filtered, by name; `near` and `bbox` keep those whose coordinates lie in the area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection."""
    found = await service.list_cities(
        session,
        page,
        area=area,
        country_code=country_code,
        world_region=world_region,
        min_population=min_population,
        max_population=max_population,
        theme=theme,
        sdg=sdg,
        q=q,
    )
    return geojson_page(found, CityRead) if wants_geojson(request) else found


@router.post("", status_code=201, response_model=CityRead)
async def register_city(session: SessionDep, identity: CitiesWrite, body: CityCreate, response: Response):
    """Register a city."""
    city = await service.register_city(session, identity, body)
    response.headers["Location"] = f"/v1/cities/{city.id}"
    set_etag(response, city.version)
    return city


@router.post(
    "/imports",
    status_code=202,
    response_model=ImportRead,
    openapi_extra=CSV_UPLOAD,
)
async def import_cities(
    request: Request,
    session: SessionDep,
    identity: CitiesWrite,
    response: Response,
    background: BackgroundTasks,
    format: Annotated[Literal[FORMATS], Query(description="File format; today: geonames.")],
):
    """Start a bulk registration from a CSV file; poll the import resource for progress."""
    body = await read_csv_upload(request, format, FORMATS, request.app.state.settings.import_max_bytes)
    job = await imports.start_import(session, identity, format, body)
    # Background tasks run after the session dependency has committed the job.
    background.add_task(imports.run_in_background, request.app, job.id)
    response.headers["Location"] = f"/v1/cities/imports/{job.id}"
    return job


@router.post("/imports/{import_id}:resume", status_code=202, response_model=ImportRead)
async def resume_city_import(
    request: Request, session: SessionDep, identity: CitiesWrite, response: Response, background: BackgroundTasks, import_id: str
):
    """Continue a failed import from its last committed chunk (its owner or an admin; 409 unless it failed)."""
    job = await imports.resume_import(session, identity, import_id)
    background.add_task(imports.run_in_background, request.app, job.id)
    response.headers["Location"] = f"/v1/cities/imports/{job.id}"
    return job


@router.get("/imports/{import_id}", response_model=ImportRead)
async def get_city_import(session: SessionDep, identity: CitiesRead, import_id: str):
    """Status, counts and row errors of an import."""
    return await imports.get_import(session, identity, import_id)


@router.get("/{city_id}", response_model=CityRead)
async def get_city(session: SessionDep, identity: CitiesRead, city_id: str, response: Response):
    """One city."""
    city = await service.get_city(session, city_id)
    set_etag(response, city.version)
    return city


@router.patch("/{city_id}", response_model=CityRead)
async def update_city(
    session: SessionDep, identity: CitiesWrite, city_id: str, body: CityUpdate, response: Response, if_match: IfMatch = None
):
    """Change a city's profile (If-Match with the ETag guards against lost updates)."""
    city = await service.update_city(session, identity, city_id, body, if_match)
    set_etag(response, city.version)
    return city
