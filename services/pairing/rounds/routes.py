"""HTTP routes of candidates and rounds: thin, they parse, authorise and call the use cases."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.pairing.auth import PairingsRead, PairingsWrite, ensure_acts_for, ensure_not_a_city
from services.pairing.rounds import service
from services.pairing.rounds.schemas import CandidatePage, RoundCreate, RoundPage, RoundRead
from shared.clock import ClockDep
from shared.pagination import PageQuery
from shared.problems import Problem
from shared.service import SessionDep

router = APIRouter(prefix="/v1/pairing", tags=["pairing"])


@router.get("/candidates", response_model=CandidatePage, responses={404: {"description": "No such city, region or call."}})
async def rank_pairing_candidates(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    city_id: str | None = None,
    region_id: str | None = None,
    call_id: str | None = None,
) -> dict:
    """Compatible partners of a city (or region), best first, with the score per dimension."""
    party_id = city_id or region_id
    if not party_id or (city_id and region_id):
        raise Problem(
            422,
            "Give city_id or region_id (one of them).",
            errors=[{"pointer": "query:city_id", "detail": "required", "code": "city_or_region_required"}],
        )
    ensure_acts_for(identity, party_id)
    return await service.rank_candidates(session, party_id, call_id, page)


@router.post("/rounds", status_code=201, response_model=RoundRead)
async def run_pairing_round(session: SessionDep, identity: PairingsWrite, body: RoundCreate, clock: ClockDep, response: Response):
    """Run a solver (optimal, stable or greedy) over a call's candidates; returns the proposals and the report."""
    round_ = await service.run_round(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/pairing/rounds/{round_.id}"
    return round_


@router.get("/rounds", response_model=RoundPage)
async def list_pairing_rounds(session: SessionDep, identity: PairingsRead, page: PageQuery, call_id: str | None = None) -> dict:
    """Rounds, oldest first, without their proposals."""
    ensure_not_a_city(identity, "rounds")
    return await service.list_rounds(session, page, call_id=call_id)


@router.get("/rounds/{round_id}", response_model=RoundRead)
async def get_pairing_round(session: SessionDep, identity: PairingsRead, round_id: str):
    """A round again: its report and the proposals it made (with their current state)."""
    ensure_not_a_city(identity, "rounds")
    return await service.get_round(session, round_id)
