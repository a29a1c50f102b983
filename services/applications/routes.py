"""HTTP routes of the applications service: thin, they parse, authorise and call service.py."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response

from services.applications import imports, repository, service
from services.applications.auth import (
    ApplicationsDecide,
    ApplicationsRead,
    ApplicationsWrite,
    CallsRead,
    CallsWrite,
    CitiesRead,
    CitiesWrite,
    ReviewsWrite,
)
from services.applications.domain import Component, State, review_average
from services.applications.imports import FORMATS
from services.applications.models import Application, Call, City, CityImport, Review
from services.applications.schemas import (
    ApplicationCreate,
    ApplicationPage,
    ApplicationRead,
    ApplicationUpdate,
    CallCreate,
    CallPage,
    CallRead,
    CityCreate,
    CityPage,
    CityRead,
    CityUpdate,
    ImportRead,
    OptionalReason,
    Reason,
    ReviewCreate,
    ReviewRead,
)
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.identity import Role
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.reference import WorldRegion
from shared.service import SessionDep

cities = APIRouter(prefix="/v1/cities", tags=["cities"])
calls = APIRouter(prefix="/v1/calls", tags=["calls"])
applications = APIRouter(prefix="/v1/applications", tags=["applications"])


def city_read(c: City) -> CityRead:
    return CityRead(
        **{k: getattr(c, k) for k in CityRead.model_fields if k not in ("themes", "sdgs")},
        themes=[t.theme for t in c.themes],
        sdgs=[s.sdg for s in c.sdgs],
    )


def call_read(c: Call) -> CallRead:
    return CallRead.model_validate(c, from_attributes=True)


def application_read(a: Application) -> ApplicationRead:
    return ApplicationRead(
        **{k: getattr(a, k) for k in ApplicationRead.model_fields if k not in ("history", "reviews")},
        history=[
            {k: getattr(t, k) for k in ("from_state", "to_state", "actor", "actor_role", "reason", "at")} for t in a.history
        ],
        reviews=[review_read(r) for r in a.reviews],
    )


def review_read(r: Review) -> ReviewRead:
    return ReviewRead(
        id=r.id,
        reviewer=r.reviewer,
        scores=r.scores,
        average=round(review_average(r.scores), 2),
        recommendation=r.recommendation,
        comment=r.comment,
        created_at=r.created_at,
    )


def import_read(j: CityImport) -> ImportRead:
    return ImportRead.model_validate(j, from_attributes=True)


# --- cities -----------------------------------------------------------------------------


@cities.get("", response_model=CityPage)
async def list_cities(
    session: SessionDep,
    identity: CitiesRead,
    page: PageQuery,
    country_code: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    world_region: WorldRegion | None = None,
    min_population: Annotated[int | None, Query(ge=0)] = None,
    max_population: Annotated[int | None, Query(ge=0)] = None,
    theme: str | None = None,
    sdg: Annotated[int | None, Query(ge=1, le=17)] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the name.")] = None,
) -> dict:
    """List cities, filtered, by name."""
    rows = await repository.list_cities(
        session,
        page,
        country_code=country_code,
        world_region=world_region,
        min_population=min_population,
        max_population=max_population,
        theme=theme,
        sdg=sdg,
        q=q,
    )
    return make_page(rows, page, key=lambda c: [c.name, c.id], to_item=city_read)


@cities.post("", status_code=201, response_model=CityRead)
async def register_city(session: SessionDep, identity: CitiesWrite, body: CityCreate, response: Response) -> CityRead:
    """Register a city."""
    city = await service.register_city(session, identity, body)
    response.headers["Location"] = f"/v1/cities/{city.id}"
    set_etag(response, city.version)
    return city_read(city)


@cities.post(
    "/imports",
    status_code=202,
    response_model=ImportRead,
    openapi_extra={"requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def import_cities(
    request: Request,
    session: SessionDep,
    identity: CitiesWrite,
    response: Response,
    background: BackgroundTasks,
    format: Annotated[str, Query(description="File format; today: geonames.")],
) -> ImportRead:
    """Start a bulk registration from a CSV file; poll the import resource for progress."""
    if format not in FORMATS:
        raise Problem(422, f"Unknown import format {format!r}; supported: {', '.join(FORMATS)}.")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "text/csv":
        raise Problem(415, "Send the file as text/csv.")
    settings = request.app.state.settings
    body = await request.body()
    if len(body) > settings.import_max_bytes:
        raise Problem(413, f"The file is larger than {settings.import_max_bytes} bytes.")
    job = await imports.start_import(session, identity, format, body)
    # Background tasks run after the session dependency has committed the job.
    background.add_task(_start_import, request.app, job.id)
    response.headers["Location"] = f"/v1/cities/imports/{job.id}"
    return import_read(job)


async def _start_import(app, import_id: str) -> None:
    # async, so the background task runs on the event loop rather than in a worker thread
    spawn_import(app, import_id)


def spawn_import(app, import_id: str) -> None:
    """Run an import in the background, keeping a reference so it is not collected."""
    tasks: set = app.state.__dict__.setdefault("import_tasks", set())
    task = asyncio.create_task(imports.run_import(app.state.sessionmaker, import_id, app.state.settings.import_chunk_rows))
    tasks.add(task)
    task.add_done_callback(tasks.discard)


@cities.get("/imports/{import_id}", response_model=ImportRead)
async def get_city_import(session: SessionDep, identity: CitiesRead, import_id: str) -> ImportRead:
    """Status, counts and row errors of an import."""
    job = await repository.get_import(session, import_id)
    if job is None:
        raise Problem(404, f"No import {import_id}.")
    return import_read(job)


async def _city_or_404(session, city_id: str) -> City:
    city = await repository.get_city(session, city_id)
    if city is None:
        raise Problem(404, f"No city {city_id}.")
    return city


@cities.get("/{city_id}", response_model=CityRead)
async def get_city(session: SessionDep, identity: CitiesRead, city_id: str, response: Response) -> CityRead:
    """One city."""
    city = await _city_or_404(session, city_id)
    set_etag(response, city.version)
    return city_read(city)


@cities.patch("/{city_id}", response_model=CityRead)
async def update_city(
    request: Request, session: SessionDep, identity: CitiesWrite, city_id: str, body: CityUpdate, response: Response
) -> CityRead:
    """Change a city's profile (If-Match with the ETag guards against lost updates)."""
    city = await _city_or_404(session, city_id)
    check_if_match(request, city.version)
    city = await service.update_city(session, identity, city, body)
    set_etag(response, city.version)
    return city_read(city)


# --- calls ------------------------------------------------------------------------------


@calls.post("", status_code=201, response_model=CallRead)
async def open_call(session: SessionDep, identity: CallsWrite, body: CallCreate, response: Response) -> CallRead:
    """Open a call for applications."""
    call = await service.open_call(session, identity, body)
    response.headers["Location"] = f"/v1/calls/{call.id}"
    set_etag(response, call.version)
    return call_read(call)


@calls.get("", response_model=CallPage)
async def list_calls(session: SessionDep, identity: CallsRead, page: PageQuery, component: Component | None = None) -> dict:
    """List calls, oldest first."""
    rows = await repository.list_calls(session, page, component=component)
    return make_page(rows, page, key=lambda c: [c.id], to_item=call_read)


@calls.get("/{call_id}", response_model=CallRead)
async def get_call(session: SessionDep, identity: CallsRead, call_id: str, response: Response) -> CallRead:
    """One call."""
    call = await repository.get_call(session, call_id)
    if call is None:
        raise Problem(404, f"No call {call_id}.")
    set_etag(response, call.version)
    return call_read(call)


# --- applications -----------------------------------------------------------------------


@applications.post("", status_code=201, response_model=ApplicationRead)
async def create_application(
    session: SessionDep, identity: ApplicationsWrite, body: ApplicationCreate, response: Response
) -> ApplicationRead:
    """Start a draft application."""
    app = await service.create_application(session, identity, body)
    response.headers["Location"] = f"/v1/applications/{app.id}"
    set_etag(response, app.version)
    return application_read(app)


@applications.get("", response_model=ApplicationPage)
async def list_applications(
    session: SessionDep,
    identity: ApplicationsRead,
    page: PageQuery,
    call_id: str | None = None,
    city_id: str | None = None,
    state: State | None = None,
) -> dict:
    """List applications; a city key sees only its own city's."""
    if identity.role == Role.city:
        if city_id and city_id != identity.city_id:
            raise Problem(403, "This key acts for another city.")
        city_id = identity.city_id
    rows = await repository.list_applications(session, page, call_id=call_id, city_id=city_id, state=state)
    return make_page(rows, page, key=lambda a: [a.id], to_item=application_read)


@applications.get("/{application_id}", response_model=ApplicationRead)
async def get_application(
    session: SessionDep, identity: ApplicationsRead, application_id: str, response: Response
) -> ApplicationRead:
    """One application with its history and reviews."""
    app = await service.get_application_for(session, identity, application_id)
    set_etag(response, app.version)
    return application_read(app)


async def _for_change(request: Request, session, identity, application_id: str) -> Application:
    app = await service.get_application_for(session, identity, application_id, for_update=True)
    check_if_match(request, app.version)
    return app


def _answer(app: Application, response: Response) -> ApplicationRead:
    set_etag(response, app.version)
    return application_read(app)


@applications.patch("/{application_id}", response_model=ApplicationRead)
async def update_application(
    request: Request,
    session: SessionDep,
    identity: ApplicationsWrite,
    application_id: str,
    body: ApplicationUpdate,
    response: Response,
) -> ApplicationRead:
    """Edit a draft application."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.update_application(session, identity, app, body), response)


@applications.post("/{application_id}:submit", response_model=ApplicationRead)
async def submit_application(
    request: Request, session: SessionDep, identity: ApplicationsWrite, application_id: str, clock: ClockDep, response: Response
) -> ApplicationRead:
    """Submit; every broken eligibility rule is listed in one 422."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.submit(session, identity, app, clock.today()), response)


@applications.post("/{application_id}:startReview", response_model=ApplicationRead)
async def start_application_review(
    request: Request, session: SessionDep, identity: ReviewsWrite, application_id: str, response: Response
) -> ApplicationRead:
    """Move a submitted application under review."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.start_review(session, identity, app), response)


@applications.post("/{application_id}/reviews", status_code=201, response_model=ReviewRead)
async def review_application(
    request: Request, session: SessionDep, identity: ReviewsWrite, application_id: str, body: ReviewCreate
) -> ReviewRead:
    """Score an application per criterion (0-5) and recommend yes, maybe or no."""
    app = await _for_change(request, session, identity, application_id)
    return review_read(await service.add_review(session, identity, app, body))


@applications.post("/{application_id}:requestInfo", response_model=ApplicationRead)
async def request_application_info(
    request: Request, session: SessionDep, identity: ReviewsWrite, application_id: str, body: Reason, response: Response
) -> ApplicationRead:
    """Ask the applicant for more information (it resubmits)."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.request_info(session, identity, app, body.reason), response)


@applications.post("/{application_id}:accept", response_model=ApplicationRead)
async def accept_application(
    request: Request, session: SessionDep, identity: ApplicationsDecide, application_id: str, body: Reason, response: Response
) -> ApplicationRead:
    """Accept, with a reason (coordination unit only)."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.decide(session, identity, app, True, body.reason), response)


@applications.post("/{application_id}:reject", response_model=ApplicationRead)
async def reject_application(
    request: Request, session: SessionDep, identity: ApplicationsDecide, application_id: str, body: Reason, response: Response
) -> ApplicationRead:
    """Reject, with a reason (coordination unit only)."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.decide(session, identity, app, False, body.reason), response)


@applications.post("/{application_id}:withdraw", response_model=ApplicationRead)
async def withdraw_application(
    request: Request,
    session: SessionDep,
    identity: ApplicationsWrite,
    application_id: str,
    body: OptionalReason,
    response: Response,
) -> ApplicationRead:
    """Withdraw the city's own application."""
    app = await _for_change(request, session, identity, application_id)
    return _answer(await service.withdraw(session, identity, app, body.reason), response)


ROUTERS = (cities, calls, applications)
