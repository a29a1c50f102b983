"""HTTP routes of invitations to join a group application: thin, they parse, authorise and call invitations/service.py.

Registered before the application routes, so `/v1/applications/invitations` is not read as an application id.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.applications.auth import ApplicationsRead, ApplicationsWrite
from services.applications.invitations import service
from services.applications.invitations.schemas import (
    ApplicationInvitationCreate,
    ApplicationInvitationPage,
    ApplicationInvitationRead,
)
from services.applications.schemas import ApplicationRead
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.invitations import InvitationState, InvitationVerb
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/applications", tags=["applications"])


def _with_etag(row, response: Response):
    set_etag(response, row.version)
    return row


@router.get("/invitations", response_model=ApplicationInvitationPage)
async def list_application_invitations(
    session: SessionDep,
    identity: ApplicationsRead,
    page: PageQuery,
    city_id: str | None = None,
    state: InvitationState | None = None,
    application_id: str | None = None,
) -> dict:
    """Invitations to and from the caller's city (all of them for the coordination unit), oldest first."""
    return await service.list_invitations(session, identity, page, city_id=city_id, state=state, application_id=application_id)


@router.get("/invitations/{invitation_id}", response_model=ApplicationInvitationRead)
async def get_application_invitation(session: SessionDep, identity: ApplicationsRead, invitation_id: str, response: Response):
    """One invitation, to the two cities it is between and the coordination unit."""
    return _with_etag(await service.get_invitation(session, identity, invitation_id), response)


@router.post("/invitations/{invitation_id}:accept", response_model=ApplicationInvitationRead)
async def accept_application_invitation(
    session: SessionDep,
    identity: ApplicationsWrite,
    clock: ClockDep,
    invitation_id: str,
    response: Response,
    if_match: IfMatch = None,
):
    """The invited city (its own key) accepts: it becomes a member of the group application."""
    invitation = await service.answer(session, identity, invitation_id, InvitationVerb.accept, if_match, clock.now())
    return _with_etag(invitation, response)


@router.post("/invitations/{invitation_id}:decline", response_model=ApplicationInvitationRead)
async def decline_application_invitation(
    session: SessionDep,
    identity: ApplicationsWrite,
    clock: ClockDep,
    invitation_id: str,
    response: Response,
    if_match: IfMatch = None,
):
    """The invited city (its own key) declines: it is not a member."""
    invitation = await service.answer(session, identity, invitation_id, InvitationVerb.decline, if_match, clock.now())
    return _with_etag(invitation, response)


@router.post("/invitations/{invitation_id}:withdraw", response_model=ApplicationInvitationRead)
async def withdraw_application_invitation(
    session: SessionDep,
    identity: ApplicationsWrite,
    clock: ClockDep,
    invitation_id: str,
    response: Response,
    if_match: IfMatch = None,
):
    """The lead city (or the coordination unit) takes back an open invitation."""
    invitation = await service.answer(session, identity, invitation_id, InvitationVerb.withdraw, if_match, clock.now())
    return _with_etag(invitation, response)


@router.post("/{application_id}/invitations", status_code=201, response_model=ApplicationInvitationRead)
async def invite_application_city(
    session: SessionDep,
    identity: ApplicationsWrite,
    clock: ClockDep,
    application_id: str,
    body: ApplicationInvitationCreate,
    response: Response,
):
    """Invite a city to join a group application (its lead city or the coordination unit); the city is a
    member only once its own key accepts."""
    invitation = await service.invite(session, identity, application_id, body, clock.now())
    response.headers["Location"] = f"/v1/applications/invitations/{invitation.id}"
    return _with_etag(invitation, response)


@router.post("/{application_id}:leave", response_model=ApplicationRead)
async def leave_application(
    session: SessionDep, identity: ApplicationsWrite, application_id: str, response: Response, if_match: IfMatch = None
):
    """A member city takes itself out of a group application not yet submitted (the lead city cannot leave)."""
    return _with_etag(await service.leave(session, identity, application_id, if_match), response)
