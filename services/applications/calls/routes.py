"""HTTP routes of changing a call (thin: they parse, authorise and call calls/service.py)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.applications.auth import CallsWrite
from services.applications.calls import service
from services.applications.calls.schemas import CallClose, CallUpdate
from services.applications.schemas import CallRead
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.service import SessionDep

router = APIRouter(prefix="/v1/calls", tags=["calls"])


@router.patch("/{call_id}", response_model=CallRead)
async def update_call(
    session: SessionDep,
    identity: CallsWrite,
    call_id: str,
    body: CallUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Change a call (coordination unit). Until it opens: its title, description, dates (closes_on not before opens_on,
    422 date_order), eligible regions, population threshold, themes, min_cooperation_months (at least 18, 422
    min_cooperation_months) and criteria; once it has opened these answer 409 (call_open, criteria_fixed_once_open)
    and it may only be closed early. Its review visibility (stricter at any time, looser only before the first
    review) and its review panel change after it opens too."""
    call = await service.update_call(session, identity, call_id, body, if_match, clock.now())
    set_etag(response, call.version)
    return call


@router.post("/{call_id}:close", response_model=CallRead)
async def close_call(
    session: SessionDep,
    identity: CallsWrite,
    call_id: str,
    body: CallClose,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Close an open call early (coordination unit), with an optional reason: its closes_on becomes today and no
    application is submitted to it from now on. 409 when it has not opened yet (call_not_open: change its dates)
    or is closed already (call_closed)."""
    call = await service.close_call(session, identity, call_id, body.reason, if_match, clock.now())
    set_etag(response, call.version)
    return call
