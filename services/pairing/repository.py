"""Every query of the pairing service."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing.models import Activity, CallSettings, Candidate, ForbiddenPair, Pairing, PartyProfile, Round
from shared.pagination import PageParams


def _after(columns: Sequence[Any], values: list[Any]):
    """Keyset condition: (c1, c2) > (v1, v2), spelled out so it works on every database."""
    c1, c2 = columns
    v1, v2 = values
    return or_(c1 > v1, and_(c1 == v1, c2 > v2))


# --- profiles and candidates ------------------------------------------------------------------


async def get_profile(session: AsyncSession, party_id: str) -> PartyProfile | None:
    return await session.get(PartyProfile, party_id)


async def list_profiles(
    session: AsyncSession, page: PageParams, *, kind: str, world_region: str | None = None, call_id: str | None = None
) -> list[PartyProfile]:
    """Profiles by name then id; one more than the page size to tell if more follow."""
    query = select(PartyProfile).where(PartyProfile.kind == kind)
    if world_region:
        query = query.where(PartyProfile.world_region == world_region)
    if call_id:
        query = query.where(PartyProfile.id.in_(select(Candidate.party_id).where(Candidate.call_id == call_id)))
    if page.after:
        query = query.where(_after((PartyProfile.name, PartyProfile.id), page.after))
    query = query.order_by(PartyProfile.name, PartyProfile.id).limit(page.page_size + 1)
    return list((await session.scalars(query)).all())


async def get_candidate(session: AsyncSession, candidate_id: str) -> Candidate | None:
    return await session.get(Candidate, candidate_id)


async def candidate_for(session: AsyncSession, call_id: str, party_id: str) -> Candidate | None:
    query = select(Candidate).where(Candidate.call_id == call_id, Candidate.party_id == party_id)
    return (await session.scalars(query)).one_or_none()


async def latest_call_of(session: AsyncSession, party_id: str) -> str | None:
    """The call of the party's most recent acceptance."""
    query = select(Candidate.call_id).where(Candidate.party_id == party_id).order_by(Candidate.accepted_at.desc()).limit(1)
    return await session.scalar(query)


async def candidates_with_profiles(session: AsyncSession, call_id: str, kind: str) -> list[tuple[Candidate, PartyProfile]]:
    """A call's candidates of one kind with their profiles, in a stable order."""
    query = (
        select(Candidate, PartyProfile)
        .join(PartyProfile, PartyProfile.id == Candidate.party_id)
        .where(Candidate.call_id == call_id, Candidate.party_kind == kind)
        .order_by(Candidate.party_id)
    )
    return [(c, p) for c, p in (await session.execute(query)).all()]


async def candidate_ids_of_region(session: AsyncSession, region_id: str) -> list[Candidate]:
    return list((await session.scalars(select(Candidate).where(Candidate.party_id == region_id))).all())


# --- call settings and forbidden pairs --------------------------------------------------------


async def get_call_settings(session: AsyncSession, call_id: str) -> CallSettings | None:
    return await session.get(CallSettings, call_id)


async def forbidden_keys(session: AsyncSession, call_id: str) -> set[tuple[str, str]]:
    rows = await session.execute(select(ForbiddenPair.party_x, ForbiddenPair.party_y).where(ForbiddenPair.call_id == call_id))
    return {(x, y) for x, y in rows.all()}


async def get_forbidden(session: AsyncSession, forbidden_id: str) -> ForbiddenPair | None:
    return await session.get(ForbiddenPair, forbidden_id)


async def find_forbidden(session: AsyncSession, call_id: str, x: str, y: str) -> ForbiddenPair | None:
    query = select(ForbiddenPair).where(ForbiddenPair.call_id == call_id, ForbiddenPair.party_x == x, ForbiddenPair.party_y == y)
    return (await session.scalars(query)).one_or_none()


async def list_forbidden(
    session: AsyncSession, page: PageParams, *, call_id: str | None = None, party_id: str | None = None
) -> list[ForbiddenPair]:
    query = select(ForbiddenPair)
    if call_id:
        query = query.where(ForbiddenPair.call_id == call_id)
    if party_id:
        query = query.where(or_(ForbiddenPair.party_x == party_id, ForbiddenPair.party_y == party_id))
    if page.after:
        query = query.where(ForbiddenPair.id > page.after[0])
    return list((await session.scalars(query.order_by(ForbiddenPair.id).limit(page.page_size + 1))).all())


# --- rounds and pairings ----------------------------------------------------------------------


async def get_round(session: AsyncSession, round_id: str) -> Round | None:
    return await session.get(Round, round_id)


async def list_rounds(session: AsyncSession, page: PageParams, *, call_id: str | None = None) -> list[Round]:
    query = select(Round)
    if call_id:
        query = query.where(Round.call_id == call_id)
    if page.after:
        query = query.where(Round.id > page.after[0])
    return list((await session.scalars(query.order_by(Round.id).limit(page.page_size + 1))).all())


async def pairings_of_round(session: AsyncSession, round_id: str) -> list[Pairing]:
    return list((await session.scalars(select(Pairing).where(Pairing.round_id == round_id).order_by(Pairing.id))).all())


async def pairings_in_states(session: AsyncSession, call_id: str, kind: str, states: Iterable[str]) -> list[Pairing]:
    query = select(Pairing).where(Pairing.call_id == call_id, Pairing.party_kind == kind, Pairing.state.in_(list(states)))
    return list((await session.scalars(query)).all())


async def supersede_proposals(session: AsyncSession, call_id: str, kind: str, now: datetime) -> int:
    """A new round replaces the call's proposals that no party has accepted yet."""
    result = await session.execute(
        update(Pairing)
        .where(Pairing.call_id == call_id, Pairing.party_kind == kind, Pairing.state == "proposed")
        .values(state="superseded", ended_at=now, end_reason="replaced by a later round", version=Pairing.version + 1)
    )
    return result.rowcount


async def insert_pairings(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Store a round's proposals in one statement."""
    if rows:
        await session.execute(insert(Pairing), rows)


async def get_pairing(session: AsyncSession, pairing_id: str, *, for_update: bool = False) -> Pairing | None:
    query = select(Pairing).where(Pairing.id == pairing_id)
    if for_update:
        query = query.with_for_update()
    return (await session.scalars(query)).one_or_none()


async def list_pairings(
    session: AsyncSession,
    page: PageParams,
    *,
    call_id: str | None = None,
    party_id: str | None = None,
    state: str | None = None,
    round_id: str | None = None,
) -> list[Pairing]:
    query = select(Pairing)
    if call_id:
        query = query.where(Pairing.call_id == call_id)
    if party_id:
        query = query.where(or_(Pairing.party_a_id == party_id, Pairing.party_b_id == party_id))
    if state:
        query = query.where(Pairing.state == state)
    if round_id:
        query = query.where(Pairing.round_id == round_id)
    if page.after:
        query = query.where(Pairing.id > page.after[0])
    return list((await session.scalars(query.order_by(Pairing.id).limit(page.page_size + 1))).all())


async def expired_open_pairings(session: AsyncSession, now: datetime, limit: int = 500) -> list[Pairing]:
    """Open proposals past their expiry, locked so two replicas do not expire one twice."""
    query = (
        select(Pairing)
        .where(Pairing.state.in_(("proposed", "accepted_by_one")), Pairing.expires_at <= now)
        .order_by(Pairing.expires_at)
        .limit(limit)
    )
    if session.bind.dialect.name != "sqlite":
        query = query.with_for_update(skip_locked=True)
    return list((await session.scalars(query)).all())


# --- activities -------------------------------------------------------------------------------


async def list_activities(session: AsyncSession, pairing_id: str, page: PageParams | None = None) -> list[Activity]:
    query = select(Activity).where(Activity.pairing_id == pairing_id)
    if page is not None and page.after:
        query = query.where(_after((Activity.starts_on, Activity.id), page.after))
    query = query.order_by(Activity.starts_on, Activity.id)
    if page is not None:
        query = query.limit(page.page_size + 1)
    return list((await session.scalars(query)).all())
