"""HTTP routes of a pairing's life: thin, they parse, authorise, call the use cases and set the ETag."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.pairing.auth import PairingsRead, PairingsWrite
from services.pairing.domain import State
from services.pairing.lifecycle import service
from services.pairing.lifecycle.schemas import (
    AcceptBody,
    CompleteBody,
    DeclineBody,
    PairingPage,
    PairingStatsRead,
    ReasonBody,
)
from services.pairing.schemas import PairingRead
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.identity import StatsReader
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/pairing", tags=["pairing"])


@router.get("/pairings", response_model=PairingPage)
async def list_pairings(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    call_id: str | None = None,
    party_id: str | None = None,
    state: State | None = None,
    round_id: str | None = None,
) -> dict:
    """Pairings, filtered; a city key sees only its own city's."""
    return await service.list_pairings(
        session, identity, page, call_id=call_id, party_id=party_id, state=state, round_id=round_id
    )


@router.get("/stats", response_model=PairingStatsRead)
async def get_pairing_stats(session: SessionDep, identity: StatsReader) -> dict:
    """Counts for dashboards: pairings by state and by call, cooperation activities by kind."""
    return await service.stats(session)


@router.get("/pairings/{pairing_id}", response_model=PairingRead)
async def get_pairing(session: SessionDep, identity: PairingsRead, pairing_id: str, response: Response):
    """One pairing with its score, explanation and state."""
    p = await service.get_pairing_for(session, identity, pairing_id)
    set_etag(response, p.version)
    return p


@router.post("/pairings/{pairing_id}:accept", response_model=PairingRead)
async def accept_pairing(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    clock: ClockDep,
    response: Response,
    body: AcceptBody | None = None,
    if_match: IfMatch = None,
):
    """Accept for one's own city (an admin names the party); both accepting confirms the pairing."""
    party_id = body.party_id if body else None
    p = await service.accept(session, identity, pairing_id, party_id, clock.now(), if_match)
    set_etag(response, p.version)
    return p


@router.post("/pairings/{pairing_id}:decline", response_model=PairingRead)
async def decline_pairing(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    body: DeclineBody,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Decline, with a reason; the pair is not proposed again in this call."""
    p = await service.decline(session, identity, pairing_id, body.party_id, body.reason, clock.now(), if_match)
    set_etag(response, p.version)
    return p


@router.post("/pairings/{pairing_id}:dissolve", response_model=PairingRead)
async def dissolve_pairing(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    body: ReasonBody,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """End a confirmed pairing early; a reason is required."""
    p = await service.dissolve(session, identity, pairing_id, body.reason, clock.now(), if_match)
    set_etag(response, p.version)
    return p


@router.post("/pairings/{pairing_id}:complete", response_model=PairingRead)
async def complete_pairing(
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    body: CompleteBody,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Complete after the call's minimum cooperation, at least 18 months (earlier only by an admin, with a reason)."""
    p = await service.complete(session, identity, pairing_id, body.reason, clock.now(), if_match)
    set_etag(response, p.version)
    return p
