"""HTTP routes of invitations to a practice's locations: thin, they parse, authorise and call invitations/service.py."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.knowledge.auth import KnowledgeRead, KnowledgeWrite
from services.knowledge.invitations import service
from services.knowledge.invitations.schemas import PracticeInvitationCreate, PracticeInvitationPage, PracticeInvitationRead
from services.knowledge.schemas import PracticeRead
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.invitations import InvitationState, InvitationVerb
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])


def _with_etag(row, response: Response):
    set_etag(response, row.version)
    return row


@router.post("/practices/{practice_id}/invitations", status_code=201, response_model=PracticeInvitationRead)
async def invite_practice_city(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: PracticeInvitationCreate,
    response: Response,
):
    """Invite a city to a draft practice's locations (its owner city or the coordination unit); the city is
    named only once its own key accepts."""
    invitation = await service.invite(session, identity, practice_id, body, clock.now())
    response.headers["Location"] = f"/v1/knowledge/invitations/{invitation.id}"
    return _with_etag(invitation, response)


@router.get("/invitations", response_model=PracticeInvitationPage)
async def list_practice_invitations(
    session: SessionDep,
    identity: KnowledgeRead,
    page: PageQuery,
    city_id: str | None = None,
    state: InvitationState | None = None,
    practice_id: str | None = None,
) -> dict:
    """Invitations to and from the caller's city (all of them for the coordination unit), oldest first."""
    return await service.list_invitations(session, identity, page, city_id=city_id, state=state, practice_id=practice_id)


@router.get("/invitations/{invitation_id}", response_model=PracticeInvitationRead)
async def get_practice_invitation(session: SessionDep, identity: KnowledgeRead, invitation_id: str, response: Response):
    """One invitation, to the two cities it is between and the coordination unit."""
    return _with_etag(await service.get_invitation(session, identity, invitation_id), response)


@router.post("/invitations/{invitation_id}:accept", response_model=PracticeInvitationRead)
async def accept_practice_invitation(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    invitation_id: str,
    response: Response,
    if_match: IfMatch = None,
):
    """The invited city (its own key) accepts: it becomes one of the practice's locations."""
    invitation = await service.answer(session, identity, invitation_id, InvitationVerb.accept, if_match, clock.now())
    return _with_etag(invitation, response)


@router.post("/invitations/{invitation_id}:decline", response_model=PracticeInvitationRead)
async def decline_practice_invitation(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    invitation_id: str,
    response: Response,
    if_match: IfMatch = None,
):
    """The invited city (its own key) declines: it is not named."""
    invitation = await service.answer(session, identity, invitation_id, InvitationVerb.decline, if_match, clock.now())
    return _with_etag(invitation, response)


@router.post("/invitations/{invitation_id}:withdraw", response_model=PracticeInvitationRead)
async def withdraw_practice_invitation(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    invitation_id: str,
    response: Response,
    if_match: IfMatch = None,
):
    """The inviting city (or the coordination unit) takes back an open invitation."""
    invitation = await service.answer(session, identity, invitation_id, InvitationVerb.withdraw, if_match, clock.now())
    return _with_etag(invitation, response)


@router.post("/practices/{practice_id}:leave", response_model=PracticeRead)
async def leave_practice(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, practice_id: str, response: Response, if_match: IfMatch = None
):
    """A member city takes itself out of a draft practice's locations (the owner city cannot leave)."""
    return _with_etag(await service.leave(session, identity, practice_id, if_match, clock.now()), response)
