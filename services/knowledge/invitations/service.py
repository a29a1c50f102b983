"""Use cases of invitations to a practice's locations: a city key that names another city
invites it; the invited city's own key accepts (and is added) or declines; a member leaves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge import domain, repository
from services.knowledge.auth import consent_actor, consent_rule, is_author, practice_cities
from services.knowledge.domain import EDITABLE, Facet, Place, State
from services.knowledge.invitations.schemas import PracticeInvitationCreate
from services.knowledge.models import Practice, PracticeInvitation, PracticeTag
from shared.concurrency import check_if_match, touch
from shared.identity import Identity, Role
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

LOCATION_FACETS = frozenset({Facet.region.value, Facet.country.value, Facet.city.value})


def owner_of(identity: Identity) -> str | None:
    """The city a new practice belongs to: the creating city key's (None for the coordination unit)."""
    return identity.city_id if identity.role == Role.city else None


def held_places(
    identity: Identity, *, owner_city_id: str | None, current: set[str], places: list[dict]
) -> tuple[list[dict], list[dict]]:
    """Split wanted locations into those stored now and those held for an invitation (one per city):
    a city key's new cities are invited, not added; removals follow the consent rules (403)."""
    actor = consent_actor(identity)
    named = {pl["city_id"] for pl in places if pl["city_id"]}
    try:
        change = membership_change(actor, owner_city_id=owner_city_id, current=current, wanted=named)
        if change.to_invite:
            ensure_may_invite(actor, owner_city_id=owner_city_id)
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    keep = [pl for pl in places if pl["city_id"] not in change.to_invite]
    held: dict[str, dict] = {}
    for pl in places:
        if pl["city_id"] in change.to_invite:
            held.setdefault(pl["city_id"], pl)
    return keep, list(held.values())


async def invite_places(session: AsyncSession, identity: Identity, practice: Practice, held: list[dict], now: datetime) -> None:
    """Open an invitation for each held location (a city already invited keeps its invitation)."""
    for place in held:
        if await repository.pending_invitation(session, practice.id, place["city_id"]) is None:
            session.add(_invitation(identity, practice, place, now))
    await session.flush()
    await session.refresh(practice, ["pending_invitations"])


def _invitation(identity: Identity, practice: Practice, place: dict, now: datetime) -> PracticeInvitation:
    return PracticeInvitation(
        practice_id=practice.id,
        city_id=place["city_id"],
        location=place,
        state=InvitationState.pending.value,
        invited_by=identity.subject,
        invited_by_city_id=consent_actor(identity).city_id,
        created_at=now,
    )


def retag_places(practice: Practice, places: list[dict], now: datetime) -> None:
    """Store new locations with their region, country and city tags, as a new version."""
    kept = {(t.facet, t.value) for t in practice.tags if t.facet not in LOCATION_FACETS}
    wanted = kept | domain.tags_of((), (), (), places)
    practice.locations, practice.place_names = places, " ".join(pl["name"] for pl in places)
    if wanted != {(t.facet, t.value) for t in practice.tags}:
        practice.tags = [PracticeTag(facet=f, value=v) for f, v in sorted(wanted)]
    touch(practice)
    practice.updated_at = now


def _editable(practice: Practice, what: str) -> None:
    if State(practice.state) not in EDITABLE:
        raise Problem(409, f"The locations of a practice that is {practice.state} no longer change; {what} needs a draft.")


async def invite(
    session: AsyncSession, identity: Identity, practice_id: str, data: PracticeInvitationCreate, now: datetime
) -> PracticeInvitation:
    """Invite a city to a draft practice's locations (its owner city or the coordination unit)."""
    p = await get_or_404(session, Practice, practice_id, what="practice", for_update=True)
    if not is_author(identity, p):
        raise NotFound("practice", practice_id)
    try:
        ensure_may_invite(consent_actor(identity), owner_city_id=p.owner_city_id)
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    _editable(p, "an invitation")
    if data.city_id in practice_cities(p):
        raise Problem(409, f"City {data.city_id} is already one of the practice's locations.")
    if await repository.pending_invitation(session, p.id, data.city_id) is not None:
        raise Problem(409, f"City {data.city_id} already has an open invitation to this practice.")
    place = Place(data.name, data.city_id, data.country_code, data.region_code).as_dict()
    invitation = _invitation(identity, p, place, now)
    session.add(invitation)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent invitation of the same city
        raise Problem(409, f"City {data.city_id} already has an open invitation to this practice.") from exc
    return invitation


def _involves(identity: Identity, invitation: PracticeInvitation) -> bool:
    city = consent_actor(identity).city_id
    return identity.is_admin or (city is not None and city in (invitation.city_id, invitation.invited_by_city_id))


async def get_invitation(
    session: AsyncSession, identity: Identity, invitation_id: str, *, for_update: bool = False
) -> PracticeInvitation:
    """An invitation, to the cities it is between and admins (404 to everyone else)."""
    invitation = await get_or_404(session, PracticeInvitation, invitation_id, what="invitation", for_update=for_update)
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
    practice_id: str | None,
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
        practice_id=practice_id,
    )


async def answer(
    session: AsyncSession, identity: Identity, invitation_id: str, verb: InvitationVerb, if_match: str | None, now: datetime
) -> PracticeInvitation:
    """Accept (the location is added), decline or withdraw an open invitation."""
    invitation = await get_invitation(session, identity, invitation_id, for_update=True)
    check_if_match(if_match, invitation.version)
    p = await get_or_404(session, Practice, invitation.practice_id, what="practice", for_update=True)
    try:
        ensure_may_answer(consent_actor(identity), verb, invited_city_id=invitation.city_id, owner_city_id=p.owner_city_id)
        target = next_invitation_state(InvitationState(invitation.state), verb)
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    except InvitationClosed as exc:
        raise Problem(409, str(exc), state=invitation.state) from exc
    if verb == InvitationVerb.accept:
        _editable(p, "accepting")
        if invitation.city_id not in practice_cities(p):
            retag_places(p, [*(p.locations or []), invitation.location], now)
    invitation.state, invitation.answered_by, invitation.answered_at = target.value, identity.subject, now
    await session.flush()
    return invitation


async def leave(session: AsyncSession, identity: Identity, practice_id: str, if_match: str | None, now: datetime) -> Practice:
    """A member city takes itself out of a draft practice's locations (the owner city cannot)."""
    p = await get_or_404(session, Practice, practice_id, what="practice", for_update=True)
    if not is_author(identity, p):
        raise NotFound("practice", practice_id)
    check_if_match(if_match, p.version)
    try:
        city = ensure_may_leave(consent_actor(identity), owner_city_id=p.owner_city_id, members=practice_cities(p))
    except NotAllowed as exc:
        raise consent_rule(exc) from exc
    _editable(p, "leaving")
    retag_places(p, [pl for pl in p.locations or [] if pl.get("city_id") != city], now)
    await session.flush()
    return p
