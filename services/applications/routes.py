"""HTTP routes of calls and applications (cities: cities/routes.py): thin, they parse,
authorise and call service.py."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.applications import service
from services.applications.auth import (
    ApplicationsDecide,
    ApplicationsRead,
    ApplicationsWrite,
    CallsRead,
    CallsWrite,
    ReviewsWrite,
)
from services.applications.calls.routes import router as call_changes
from services.applications.cities.routes import router as cities
from services.applications.domain import Component, State
from services.applications.invitations.routes import router as invitations
from services.applications.review import routes as review
from services.applications.schemas import (
    ApplicationCreate,
    ApplicationPage,
    ApplicationRead,
    ApplicationStatsRead,
    ApplicationUpdate,
    CallCreate,
    CallPage,
    CallRead,
    OptionalReason,
    Reason,
)
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.identity import StatsReader
from shared.pagination import PageQuery
from shared.service import SessionDep

calls = APIRouter(prefix="/v1/calls", tags=["calls"])
applications = APIRouter(prefix="/v1/applications", tags=["applications"])


# --- calls ------------------------------------------------------------------------------


@calls.post("", status_code=201, response_model=CallRead)
async def open_call(session: SessionDep, identity: CallsWrite, body: CallCreate, response: Response):
    """Open a call for applications. Its min_cooperation_months is at least the programme's 18 (fewer answers 422
    with the rule min_cooperation_months); pairing holds the call's pairings to it. Its criteria say what its reviews
    score and its reviewers (key ids) form the panel assigned its applications."""
    call = await service.open_call(session, identity, body)
    response.headers["Location"] = f"/v1/calls/{call.id}"
    set_etag(response, call.version)
    return call


@calls.get("", response_model=CallPage)
async def list_calls(session: SessionDep, identity: CallsRead, page: PageQuery, component: Component | None = None):
    """List calls, oldest first."""
    return await service.list_calls(session, page, component)


@calls.get("/{call_id}", response_model=CallRead)
async def get_call(session: SessionDep, identity: CallsRead, call_id: str, response: Response):
    """One call."""
    call = await service.get_call(session, call_id)
    set_etag(response, call.version)
    return call


# --- applications -----------------------------------------------------------------------


@applications.post("", status_code=201, response_model=ApplicationRead)
async def create_application(
    session: SessionDep, identity: ApplicationsWrite, body: ApplicationCreate, clock: ClockDep, response: Response
):
    """Start a draft application."""
    app = await service.create_application(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/applications/{app.id}"
    set_etag(response, app.version)
    return app


@applications.get("", response_model=ApplicationPage)
async def list_applications(
    session: SessionDep,
    identity: ApplicationsRead,
    page: PageQuery,
    call_id: str | None = None,
    city_id: str | None = None,
    state: State | None = None,
):
    """List applications; a city key sees only its own city's."""
    return await service.list_applications(session, identity, page, call_id=call_id, city_id=city_id, state=state)


# Before /{application_id}, which would take "stats" for an id.
@applications.get("/stats", response_model=ApplicationStatsRead)
async def get_application_stats(session: SessionDep, identity: StatsReader) -> dict:
    """Counts for dashboards: applications by state (drafts included) and, past draft, by call; the cities."""
    return await service.stats(session)


@applications.get("/{application_id}", response_model=ApplicationRead)
async def get_application(session: SessionDep, identity: ApplicationsRead, application_id: str, response: Response):
    """One application with its history and reviews (an applicant sees the reviews the call's review_visibility allows,
    never who reviewed)."""
    app = await service.get_application_for(session, identity, application_id)
    set_etag(response, app.version)
    return app


@applications.patch("/{application_id}", response_model=ApplicationRead)
async def update_application(
    session: SessionDep,
    identity: ApplicationsWrite,
    application_id: str,
    body: ApplicationUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Edit a draft application; other cities named as members are invited (members once they accept)."""
    app = await service.update_application(session, identity, application_id, body, if_match, clock.now())
    set_etag(response, app.version)
    return app


@applications.post("/{application_id}:submit", response_model=ApplicationRead)
async def submit_application(
    session: SessionDep,
    identity: ApplicationsWrite,
    application_id: str,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Submit; every broken eligibility rule is listed in one 422."""
    app = await service.submit(session, identity, application_id, if_match, clock.now())
    set_etag(response, app.version)
    return app


@applications.post("/{application_id}:startReview", response_model=ApplicationRead)
async def start_application_review(
    session: SessionDep,
    identity: ReviewsWrite,
    application_id: str,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Move a submitted application under review."""
    app = await service.start_review(session, identity, application_id, if_match, clock.now())
    set_etag(response, app.version)
    return app


@applications.post("/{application_id}:requestInfo", response_model=ApplicationRead)
async def request_application_info(
    session: SessionDep,
    identity: ReviewsWrite,
    application_id: str,
    body: Reason,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Ask the applicant for more information (it resubmits)."""
    app = await service.request_info(session, identity, application_id, body.reason, if_match, clock.now())
    set_etag(response, app.version)
    return app


@applications.post("/{application_id}:accept", response_model=ApplicationRead)
async def accept_application(
    session: SessionDep,
    identity: ApplicationsDecide,
    application_id: str,
    body: Reason,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Accept, with a reason (coordination unit only)."""
    app = await service.decide(session, identity, application_id, True, body.reason, if_match, clock.now())
    set_etag(response, app.version)
    return app


@applications.post("/{application_id}:reject", response_model=ApplicationRead)
async def reject_application(
    session: SessionDep,
    identity: ApplicationsDecide,
    application_id: str,
    body: Reason,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Reject, with a reason (coordination unit only)."""
    app = await service.decide(session, identity, application_id, False, body.reason, if_match, clock.now())
    set_etag(response, app.version)
    return app


@applications.post("/{application_id}:withdraw", response_model=ApplicationRead)
async def withdraw_application(
    session: SessionDep,
    identity: ApplicationsWrite,
    application_id: str,
    body: OptionalReason,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Withdraw the city's own application."""
    app = await service.withdraw(session, identity, application_id, body.reason, if_match, clock.now())
    set_etag(response, app.version)
    return app


# Invitations first: their /v1/applications/invitations paths must not be read as an application id.
ROUTERS = (cities, calls, call_changes, review.calls, invitations, review.applications, applications)
