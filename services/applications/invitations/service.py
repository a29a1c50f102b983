"""Use cases of invitations to join a group application: a lead city key that names another city
invites it; the invited city's own key accepts (and becomes a member) or declines; a member leaves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import repository
from services.applications.auth import consent_actor, consent_rule, ensure_may_read, is_applicant
from services.applications.domain import EDITABLE, ReviewVisibility
from services.applications.invitations.schemas import ApplicationInvitationCreate
from services.applications.models import Application, ApplicationInvitation
from services.applications.schemas import ApplicationRead
from shared.concurrency import check_if_match, touch
from shared.identity import Identity
from shared.invitations import (
    InvitationClosed,
    InvitationState,
    InvitationVerb,
    NotAllowed,
    ensure_may_answer,
    ensure_may_invite,
    ensure_may_leave,
    membership_change,
    next_invitation_state,
)
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404


def seen_by(identity: Identity, app: Application) -> ApplicationRead:
    """The application as this caller may see it (an applicant: reviews per the call's policy, no reviewer)."""
    return ApplicationRead.seen_by(
        app, applicant=is_applicant(identity, app), visibility=ReviewVisibility(app.call.review_visibility)
    )


def held_members(identity: Identity, *, lead: str, current: list[str], wanted: list[str]) -> tuple[list[str], list[str]]:
    """Split wanted members into those stored now and those invited (a city key's new ones);
    removals follow the consent rules (403)."""
    actor = consent_actor(identity)
    try:
        change = membership_change(actor, owner_city_id=lead, current=set(current), wanted=set(wanted))
        if change.to_invite:
            ensure_may_invite(actor, owner_city_id=lead)
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    return [m for m in wanted if m not in change.to_invite], [m for m in wanted if m in change.to_invite]


async def invite_members(session: AsyncSession, identity: Identity, app: Application, city_ids: list[str], now: datetime) -> None:
    """Open an invitation for each city (a city already invited keeps its invitation), then reload the view."""
    for city_id in city_ids:
        if await repository.pending_invitation(session, app.id, city_id) is None:
            session.add(_invitation(identity, app, city_id, now))
    await session.flush()
    await session.refresh(app, ["pending_invitations", "call"])


def _invitation(identity: Identity, app: Application, city_id: str, now: datetime) -> ApplicationInvitation:
    return ApplicationInvitation(
        application_id=app.id,
        city_id=city_id,
        state=InvitationState.pending.value,
        invited_by=identity.subject,
        invited_by_city_id=consent_actor(identity).city_id,
        created_at=now,
    )


def _editable(app: Application, what: str) -> None:
    if app.state not in EDITABLE:
        raise Problem(409, f"The members of an application that is {app.state} no longer change; {what} needs a draft.")


async def invite(
    session: AsyncSession, identity: Identity, application_id: str, data: ApplicationInvitationCreate, now: datetime
) -> ApplicationInvitation:
    """Invite a city to join a group application (its lead city or the coordination unit)."""
    app = await repository.get_application(session, application_id, for_update=True)
    ensure_may_read(identity, app)
    try:
        ensure_may_invite(consent_actor(identity), owner_city_id=app.city_id)
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    _editable(app, "an invitation")
    if data.city_id == app.city_id or data.city_id in (app.member_city_ids or []):
        raise Problem(409, f"City {data.city_id} is already the lead or a member of this application.")
    if not await repository.get_cities(session, [data.city_id]):
        raise Problem(
            422,
            f"Unknown city id: {data.city_id}.",
            errors=[{"pointer": "/city_id", "detail": f"no city {data.city_id}", "code": "unknown_city"}],
        )
    if await repository.pending_invitation(session, app.id, data.city_id) is not None:
        raise Problem(409, f"City {data.city_id} already has an open invitation to this application.")
    invitation = _invitation(identity, app, data.city_id, now)
    session.add(invitation)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent invitation of the same city
        raise Problem(409, f"City {data.city_id} already has an open invitation to this application.") from exc
    return invitation


def _involves(identity: Identity, invitation: ApplicationInvitation) -> bool:
    city = consent_actor(identity).city_id
    return identity.is_admin or (city is not None and city in (invitation.city_id, invitation.invited_by_city_id))


async def get_invitation(
    session: AsyncSession, identity: Identity, invitation_id: str, *, for_update: bool = False
) -> ApplicationInvitation:
    """An invitation, to the cities it is between and admins (404 to everyone else)."""
    invitation = await get_or_404(session, ApplicationInvitation, invitation_id, what="invitation", for_update=for_update)
    if not _involves(identity, invitation):
        raise NotFound("invitation", invitation_id)
    return invitation


async def list_invitations(
    session: AsyncSession,
    identity: Identity,
    page: PageParams,
    *,
    city_id: str | None,
    state: str | None,
    application_id: str | None,
) -> dict:
    """Invitations to and from the caller's city (every one for admins)."""
    actor = consent_actor(identity)
    if not identity.is_admin and actor.city_id is None:
        raise Problem(403, "Invitations are between cities: only city keys and the coordination unit read them.")
    return await repository.list_invitations(
        session,
        page,
        involving_city=None if identity.is_admin else actor.city_id,
        city_id=city_id,
        state=state,
        application_id=application_id,
    )


async def answer(
    session: AsyncSession, identity: Identity, invitation_id: str, verb: InvitationVerb, if_match: str | None, now: datetime
) -> ApplicationInvitation:
    """Accept (the city becomes a member), decline or withdraw an open invitation."""
    invitation = await get_invitation(session, identity, invitation_id, for_update=True)
    check_if_match(if_match, invitation.version)
    app = await repository.get_application(session, invitation.application_id, for_update=True)
    try:
        ensure_may_answer(consent_actor(identity), verb, invited_city_id=invitation.city_id, owner_city_id=app.city_id)
        target = next_invitation_state(InvitationState(invitation.state), verb)
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    except InvitationClosed as exc:
        raise Problem(409, str(exc), state=invitation.state) from exc
    if verb == InvitationVerb.accept:
        _editable(app, "accepting")
        if invitation.city_id not in (app.member_city_ids or []):
            app.member_city_ids = [*(app.member_city_ids or []), invitation.city_id]
            touch(app)
    invitation.state, invitation.answered_by, invitation.answered_at = target.value, identity.subject, now
    await session.flush()
    return invitation


async def leave(session: AsyncSession, identity: Identity, application_id: str, if_match: str | None) -> ApplicationRead:
    """A member city takes itself out of a group application it has not submitted yet (the lead cannot)."""
    app = await repository.get_application(session, application_id, for_update=True)
    ensure_may_read(identity, app)
    check_if_match(if_match, app.version)
    try:
        city = ensure_may_leave(consent_actor(identity), owner_city_id=app.city_id, members=set(app.member_city_ids or []))
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    _editable(app, "leaving")
    app.member_city_ids = [m for m in app.member_city_ids or [] if m != city]
    touch(app)
    await session.flush()
    # Still the applicant's view: the city was one a moment ago, and a reviewer's key is never its to see.
    return ApplicationRead.seen_by(app, applicant=True, visibility=ReviewVisibility(app.call.review_visibility))
