"""HTTP routes of locked pairs: thin, they parse, authorise and call the use cases."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.pairing.auth import PairingsRead, PairingsWrite
from services.pairing.locks import service
from services.pairing.locks.schemas import LockedPairCreate, LockedPairPage, LockedPairRead
from shared.clock import ClockDep
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/pairing", tags=["pairing"])


@router.post("/calls/{call_id}/locked-pairs", status_code=201, response_model=LockedPairRead)
async def create_pairing_locked_pair(
    session: SessionDep, identity: PairingsWrite, call_id: str, body: LockedPairCreate, clock: ClockDep, response: Response
):
    """Lock a pair of the call's candidates: every round proposes it and pairs neither party otherwise (admin)."""
    row = await service.create_locked_pair(session, identity, call_id, body, clock.now())
    response.headers["Location"] = f"/v1/pairing/calls/{call_id}/locked-pairs/{row.id}"
    return row


@router.get("/calls/{call_id}/locked-pairs", response_model=LockedPairPage)
async def list_pairing_locked_pairs(session: SessionDep, identity: PairingsRead, call_id: str, page: PageQuery) -> dict:
    """The call's locked pairs, by id (admin)."""
    return await service.list_locked_pairs(session, identity, call_id, page)


@router.delete("/calls/{call_id}/locked-pairs/{locked_pair_id}", status_code=204)
async def delete_pairing_locked_pair(session: SessionDep, identity: PairingsWrite, call_id: str, locked_pair_id: str) -> Response:
    """Release a locked pair (admin)."""
    await service.delete_locked_pair(session, identity, call_id, locked_pair_id)
    return Response(status_code=204)
