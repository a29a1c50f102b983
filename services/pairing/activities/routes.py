"""HTTP routes of a pairing's cooperation activities: thin, they parse, authorise, call the use cases and set the
ETag."""

from __future__ import annotations

from fastapi import APIRouter, Body, Response

from services.pairing.activities import service
from services.pairing.activities.schemas import (
    ActivityCancelBody,
    ActivityCreate,
    ActivityHeldBody,
    ActivityPage,
    ActivityRead,
    ActivityUpdate,
)
from services.pairing.auth import PairingsRead, PairingsWrite
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/pairing", tags=["pairing"])

ACTIVITY = "/pairings/{pairing_id}/activities/{activity_id}"


@router.post("/pairings/{pairing_id}/activities", status_code=201, response_model=ActivityRead)
async def record_pairing_activity(
    session: SessionDep, identity: PairingsWrite, pairing_id: str, body: ActivityCreate, clock: ClockDep, response: Response
):
    """Record a study tour, staff exchange, training or seminar of the pairing: planned, or held once it is over."""
    activity = await service.record_activity(session, identity, pairing_id, body, clock.now())
    response.headers["Location"] = f"/v1/pairing/pairings/{pairing_id}/activities/{activity.id}"
    set_etag(response, activity.version)
    return activity


@router.get("/pairings/{pairing_id}/activities", response_model=ActivityPage)
async def list_pairing_activities(session: SessionDep, identity: PairingsRead, pairing_id: str, page: PageQuery) -> dict:
    """The pairing's cooperation activities (planned, held and cancelled), by start date."""
    return await service.list_activities(session, identity, pairing_id, page)


@router.get(ACTIVITY, response_model=ActivityRead)
async def get_pairing_activity(
    session: SessionDep, identity: PairingsRead, pairing_id: str, activity_id: str, response: Response
):
    """One cooperation activity, with its ETag."""
    activity = await service.get_activity(session, identity, pairing_id, activity_id)
    set_etag(response, activity.version)
    return activity


@router.patch(ACTIVITY, response_model=ActivityRead)
async def update_pairing_activity(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    activity_id: str,
    body: ActivityUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Edit a planned or held activity (a held one keeps its kind and stays over)."""
    activity = await service.update_activity(session, identity, pairing_id, activity_id, body, clock.now(), if_match)
    set_etag(response, activity.version)
    return activity


@router.post(ACTIVITY + ":markHeld", response_model=ActivityRead)
async def mark_pairing_activity_held(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    activity_id: str,
    clock: ClockDep,
    response: Response,
    body: ActivityHeldBody = Body(default_factory=ActivityHeldBody),  # optional; an explicit null is a 422
    if_match: IfMatch = None,
):
    """A planned activity took place: held (422 held_in_future while its ends_on is after today)."""
    activity = await service.mark_held(session, identity, pairing_id, activity_id, body, clock.now(), if_match)
    set_etag(response, activity.version)
    return activity


@router.post(ACTIVITY + ":cancel", response_model=ActivityRead)
async def cancel_pairing_activity(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    activity_id: str,
    body: ActivityCancelBody,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """A planned activity will not take place; a reason is required."""
    activity = await service.cancel_activity(session, identity, pairing_id, activity_id, body.reason, clock.now(), if_match)
    set_etag(response, activity.version)
    return activity
