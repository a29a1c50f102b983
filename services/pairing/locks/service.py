"""Use cases of locked pairs: the coordination unit fixes a pair of a call's candidates before its rounds,
lists and releases them (the rounds propose them: rounds/service.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing import domain, repository
from services.pairing.auth import ensure_admin
from services.pairing.domain import Party, PartyKind
from services.pairing.locks.schemas import LockedPairCreate
from services.pairing.models import LockedPair
from services.pairing.round_constraints import lock_problems
from services.pairing.service import call_terms, party_of
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404


async def _candidate(session: AsyncSession, call_id: str, party_id: str) -> Party | None:
    row = await repository.candidate_profile(session, call_id, party_id)
    return party_of(row[1], row[0]) if row else None


async def create_locked_pair(
    session: AsyncSession, identity: Identity, call_id: str, data: LockedPairCreate, now: datetime
) -> LockedPair:
    """Lock a pair of the call's candidates (one on each side, not forbidden, neither in another locked pair);
    locking the same pair again answers the stored one."""
    ensure_admin(identity, "lock pairs")
    x, y = await _candidate(session, call_id, data.party_a_id), await _candidate(session, call_id, data.party_b_id)
    kind = (x or y).kind if (x or y) else PartyKind.city
    forbidden = frozenset(await repository.forbidden_keys(session, call_id))
    constraints = domain.Constraints(await call_terms(session, call_id, kind), forbidden)
    errors = lock_problems(x, y, constraints)
    if errors:
        raise Problem(422, "The pair cannot be locked: " + "; ".join(e["detail"] for e in errors) + ".", errors=errors)
    if domain.side_of(x, constraints.terms) == "b":
        x, y = y, x
    if domain.pair_key(x.id, y.id) in forbidden:
        detail = "The pair is forbidden in this call; allow it again before locking it."
        raise Problem(409, detail, errors=[{"rule": "forbidden_pair", "detail": detail}])
    existing = await repository.locks_with_party(session, call_id, [x.id, y.id])
    for lock in existing:
        if {lock.party_a_id, lock.party_b_id} == {x.id, y.id}:
            return lock
    if existing:
        taken = sorted({pid for lock in existing for pid in (lock.party_a_id, lock.party_b_id)} & {x.id, y.id})
        detail = f"{', '.join(taken)} is already in a locked pair of this call; release that one first."
        raise Problem(409, detail, errors=[{"rule": "party_already_locked", "detail": detail}])
    row = LockedPair(
        call_id=call_id, party_kind=kind.value, party_a_id=x.id, party_b_id=y.id, created_by=identity.subject, created_at=now
    )
    session.add(row)
    await session.flush()
    return row


async def list_locked_pairs(session: AsyncSession, identity: Identity, call_id: str, page: PageParams) -> dict:
    """A page of the call's locked pairs."""
    ensure_admin(identity, "read locked pairs")
    return await repository.list_locks(session, call_id, page)


async def delete_locked_pair(session: AsyncSession, identity: Identity, call_id: str, locked_pair_id: str) -> None:
    """Release a locked pair: the next rounds pair its parties like any other."""
    ensure_admin(identity, "release locked pairs")
    row = await get_or_404(session, LockedPair, locked_pair_id, what="locked pair")
    if row.call_id != call_id:
        raise NotFound("locked pair", locked_pair_id)
    await session.delete(row)
    await session.flush()
