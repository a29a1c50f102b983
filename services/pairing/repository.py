"""Every query of the pairing service, and the declared sort of each of its lists."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, insert, literal_column, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing.models import (
    Activity,
    CallMinimum,
    CallSettings,
    Candidate,
    ForbiddenPair,
    LockedPair,
    Pairing,
    PartyProfile,
    RegionInterest,
    Round,
)
from shared.consumer import insert_ignoring_duplicate
from shared.db import is_sqlite
from shared.pagination import Keyset, PageParams, SortKey, asc
from shared.repository import count_by

M = TypeVar("M")

PROFILES = {
    "city": Keyset("pairing.city_profiles", asc(PartyProfile.name), asc(PartyProfile.id)),
    "region": Keyset("pairing.region_profiles", asc(PartyProfile.name), asc(PartyProfile.id)),
}
FORBIDDEN_PAIRS = Keyset("pairing.forbidden_pairs", asc(ForbiddenPair.id))
LOCKED_PAIRS = Keyset("pairing.locked_pairs", asc(LockedPair.id))
ROUNDS = Keyset("pairing.rounds", asc(Round.id))
PAIRINGS = Keyset("pairing.pairings", asc(Pairing.id))
ACTIVITIES = Keyset("pairing.activities", asc(Activity.starts_on), asc(Activity.id))
# Ranked in Python (rounds/service.py, rank_candidates): a token holds the rank of the page's last partner.
CANDIDATE_RANKS = Keyset("pairing.candidates", SortKey(literal_column("position"), attr="position", type=int))


async def get_row(session: AsyncSession, model: type[M], key: str) -> M | None:
    """The row of `model` with primary key `key`, if any."""
    return await session.get(model, key)


async def get_locked(session: AsyncSession, model: type[M], key: str) -> M | None:
    """The row of `model` with primary key `key`, locked for a read-check-write (PostgreSQL)."""
    query = select(model).where(_primary_key(model) == key).with_for_update().execution_options(populate_existing=True)
    return (await session.scalars(query)).one_or_none()


async def add_if_absent(session: AsyncSession, model: type[M], key: str, values: dict[str, Any]) -> bool:
    """Insert the row `key` of `model` unless one exists (ON CONFLICT DO NOTHING); True if it is new.

    A row another transaction is inserting makes this wait for it, on PostgreSQL for its unique
    key and on SQLite for the write lock, and then find it there.
    """
    return await insert_ignoring_duplicate(session, model.__table__, {_primary_key(model).key: key, **values})


def _primary_key(model: type) -> Any:
    return model.__mapper__.primary_key[0]


async def _page(session: AsyncSession, keyset: Keyset, query, page: PageParams) -> dict[str, Any]:
    return keyset.page((await session.scalars(keyset.apply(query, page))).all(), page)


# --- profiles and candidates ------------------------------------------------------------------


async def get_profile(session: AsyncSession, party_id: str) -> PartyProfile | None:
    """A party's profile, if it has reached the service."""
    return await session.get(PartyProfile, party_id)


async def list_profiles(
    session: AsyncSession, page: PageParams, *, kind: str, world_region: str | None = None, call_id: str | None = None
) -> dict[str, Any]:
    """A page of the profiles of one kind, by name then id."""
    query = select(PartyProfile).where(PartyProfile.kind == kind)
    if world_region:
        query = query.where(PartyProfile.world_region == world_region)
    if call_id:
        query = query.where(PartyProfile.id.in_(select(Candidate.party_id).where(Candidate.call_id == call_id)))
    return await _page(session, PROFILES[kind], query, page)


async def get_region_interest(session: AsyncSession, region_id: str, partner_region_id: str) -> RegionInterest | None:
    """The interest a region expressed in a partner region, if it has reached the service."""
    query = select(RegionInterest).where(
        RegionInterest.region_id == region_id, RegionInterest.partner_region_id == partner_region_id
    )
    return (await session.scalars(query)).first()


async def interests_among(session: AsyncSession, region_ids: Iterable[str]) -> set[tuple[str, str]]:
    """The (region, partner) pairs of the interests expressed between the given regions."""
    ids = sorted(set(region_ids))
    if not ids:
        return set()
    query = select(RegionInterest.region_id, RegionInterest.partner_region_id).where(
        RegionInterest.region_id.in_(ids), RegionInterest.partner_region_id.in_(ids)
    )
    return {(x, y) for x, y in (await session.execute(query)).all()}


async def get_candidate(session: AsyncSession, candidate_id: str) -> Candidate | None:
    """A candidate by its id (the application id, or call:region)."""
    return await session.get(Candidate, candidate_id)


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


async def candidates_of_party(session: AsyncSession, party_id: str) -> list[Candidate]:
    """Every call a party is a candidate in."""
    return list((await session.scalars(select(Candidate).where(Candidate.party_id == party_id))).all())


# --- call settings and forbidden pairs --------------------------------------------------------


async def get_call_settings(session: AsyncSession, call_id: str) -> CallSettings | None:
    """The call's stored settings, if any were put."""
    return await session.get(CallSettings, call_id)


async def call_minimum_months(session: AsyncSession, call_id: str) -> int | None:
    """The call's own minimum cooperation, if an accepted application told it."""
    return await session.scalar(select(CallMinimum.min_cooperation_months).where(CallMinimum.call_id == call_id))


async def put_call_minimum(session: AsyncSession, call_id: str, months: int, now: datetime) -> None:
    """Keep the call's minimum cooperation: inserted once, replaced when a later event names another."""
    if not await add_if_absent(session, CallMinimum, call_id, {"min_cooperation_months": months, "updated_at": now}):
        query = update(CallMinimum).where(CallMinimum.call_id == call_id, CallMinimum.min_cooperation_months != months)
        await session.execute(query.values(min_cooperation_months=months, updated_at=now))


async def forbidden_keys(session: AsyncSession, call_id: str) -> set[tuple[str, str]]:
    """The (party_x, party_y) keys forbidden in a call."""
    rows = await session.execute(select(ForbiddenPair.party_x, ForbiddenPair.party_y).where(ForbiddenPair.call_id == call_id))
    return {(x, y) for x, y in rows.all()}


async def find_forbidden(session: AsyncSession, call_id: str, x: str, y: str) -> ForbiddenPair | None:
    """The forbidden pair of a call with the ordered key (x, y), if any."""
    query = select(ForbiddenPair).where(ForbiddenPair.call_id == call_id, ForbiddenPair.party_x == x, ForbiddenPair.party_y == y)
    return (await session.scalars(query)).one_or_none()


async def list_forbidden(
    session: AsyncSession, page: PageParams, *, call_id: str | None = None, party_id: str | None = None
) -> dict[str, Any]:
    """A page of forbidden pairs, by id."""
    query = select(ForbiddenPair)
    if call_id:
        query = query.where(ForbiddenPair.call_id == call_id)
    if party_id:
        query = query.where(or_(ForbiddenPair.party_x == party_id, ForbiddenPair.party_y == party_id))
    return await _page(session, FORBIDDEN_PAIRS, query, page)


# --- locked pairs -----------------------------------------------------------------------------


async def locks_of(session: AsyncSession, call_id: str, kind: str | None = None) -> list[LockedPair]:
    """A call's locked pairs (of one kind), oldest first."""
    query = select(LockedPair).where(LockedPair.call_id == call_id)
    if kind:
        query = query.where(LockedPair.party_kind == kind)
    return list((await session.scalars(query.order_by(*LOCKED_PAIRS.order_by()))).all())


async def locks_with_party(session: AsyncSession, call_id: str, party_ids: Iterable[str]) -> list[LockedPair]:
    """The call's locked pairs that one of `party_ids` is in."""
    ids = list(party_ids)
    query = select(LockedPair).where(
        LockedPair.call_id == call_id, or_(LockedPair.party_a_id.in_(ids), LockedPair.party_b_id.in_(ids))
    )
    return list((await session.scalars(query)).all())


async def list_locks(session: AsyncSession, call_id: str, page: PageParams) -> dict[str, Any]:
    """A page of a call's locked pairs, by id."""
    return await _page(session, LOCKED_PAIRS, select(LockedPair).where(LockedPair.call_id == call_id), page)


async def candidate_profile(session: AsyncSession, call_id: str, party_id: str) -> tuple[Candidate, PartyProfile] | None:
    """A party's candidacy in a call with its profile, if it is a candidate."""
    query = (
        select(Candidate, PartyProfile)
        .join(PartyProfile, PartyProfile.id == Candidate.party_id)
        .where(Candidate.call_id == call_id, Candidate.party_id == party_id)
    )
    row = (await session.execute(query)).one_or_none()
    return (row[0], row[1]) if row else None


# --- rounds and pairings ----------------------------------------------------------------------


async def list_rounds(session: AsyncSession, page: PageParams, *, call_id: str | None = None) -> dict[str, Any]:
    """A page of rounds, oldest first."""
    query = select(Round)
    if call_id:
        query = query.where(Round.call_id == call_id)
    return await _page(session, ROUNDS, query, page)


async def lock_call_for_round(session: AsyncSession, call_id: str) -> None:
    """Hold the call's round lock until the transaction ends."""
    # Two rounds of one call at once would both supersede and both propose: run them one by one.
    # (SQLite already lets one writer in at a time.)
    if not is_sqlite(session.bind):
        await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(f"pairing-round:{call_id}".encode())})


async def pairings_in_states(session: AsyncSession, call_id: str, kind: str, states: Iterable[str]) -> list[Pairing]:
    """A call's pairings of one kind in the given states."""
    query = select(Pairing).where(Pairing.call_id == call_id, Pairing.party_kind == kind, Pairing.state.in_(list(states)))
    return list((await session.scalars(query)).all())


async def supersede_proposals(session: AsyncSession, call_id: str, kind: str, now: datetime) -> int:
    """A new round replaces the call's proposals that no party has accepted yet."""
    # One UPDATE for a round's worth of rows: a bulk UPDATE passes by the ORM's version_id_col,
    # so it moves the versions itself. A lifecycle write on one of them holds its row lock
    # (or, on SQLite, the write lock), and this WHERE then sees its new state.
    result = await session.execute(
        update(Pairing)
        .where(Pairing.call_id == call_id, Pairing.party_kind == kind, Pairing.state == "proposed")
        .values(
            state="superseded", ended_at=now, end_reason="replaced by a later round", version=Pairing.version + 1, updated_at=now
        )
    )
    return result.rowcount


async def insert_pairings(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Store a round's proposals in one statement."""
    if rows:
        await session.execute(insert(Pairing), rows)


async def list_pairings(
    session: AsyncSession,
    page: PageParams,
    *,
    call_id: str | None = None,
    party_id: str | None = None,
    state: str | None = None,
    round_id: str | None = None,
) -> dict[str, Any]:
    """A page of pairings, by id, filtered."""
    query = select(Pairing)
    if call_id:
        query = query.where(Pairing.call_id == call_id)
    if party_id:
        query = query.where(or_(Pairing.party_a_id == party_id, Pairing.party_b_id == party_id))
    if state:
        query = query.where(Pairing.state == state)
    if round_id:
        query = query.where(Pairing.round_id == round_id)
    return await _page(session, PAIRINGS, query, page)


async def expired_open_pairings(session: AsyncSession, now: datetime, limit: int = 500) -> list[Pairing]:
    """Open proposals past their expiry, locked so two replicas do not expire one twice."""
    query = (
        select(Pairing)
        .where(Pairing.state.in_(("proposed", "accepted_by_one")), Pairing.expires_at <= now)
        .order_by(Pairing.expires_at)
        .limit(limit)
    )
    if not is_sqlite(session.bind):
        query = query.with_for_update(skip_locked=True)
    return list((await session.scalars(query)).all())


# --- activities -------------------------------------------------------------------------------


async def activities_of(session: AsyncSession, pairing_id: str) -> list[Activity]:
    """Every activity of a pairing, in the order of its list."""
    query = select(Activity).where(Activity.pairing_id == pairing_id).order_by(*ACTIVITIES.order_by())
    return list((await session.scalars(query)).all())


async def list_activities(session: AsyncSession, pairing_id: str, page: PageParams) -> dict[str, Any]:
    """A page of a pairing's activities, by start date then id."""
    return await _page(session, ACTIVITIES, select(Activity).where(Activity.pairing_id == pairing_id), page)


async def _held_by_kind(session: AsyncSession) -> dict[str, int]:
    # Planned and cancelled activities were never held: insights counts the same, from activity.held.
    query = select(Activity.kind, func.count()).where(Activity.status == "held").group_by(Activity.kind)
    return {str(kind): n for kind, n in (await session.execute(query)).all()}


async def stats(session: AsyncSession) -> dict[str, dict[str, int]]:
    """Counts for dashboards: pairings by state and by call, activities by kind."""
    return {
        "pairings_by_state": await count_by(session, Pairing.state),
        "pairings_by_call": await count_by(session, Pairing.call_id),
        "activities_by_kind": await _held_by_kind(session),
    }


# --- the showcase -------------------------------------------------------------------------------

SHOWN_STATES = ("confirmed", "completed")


async def shown_pairings(
    session: AsyncSession, page: PageParams, *, state: str | None = None, call_id: str | None = None, city_id: str | None = None
) -> dict[str, Any]:
    """A page of the confirmed and completed pairings (the showcase), by id, filtered."""
    query = select(Pairing).where(Pairing.state.in_((state,) if state else SHOWN_STATES))
    if call_id:
        query = query.where(Pairing.call_id == call_id)
    if city_id:
        query = query.where(Pairing.party_kind == "city", or_(Pairing.party_a_id == city_id, Pairing.party_b_id == city_id))
    return await _page(session, PAIRINGS, query, page)


async def held_activities(session: AsyncSession, pairing_ids: list[str]) -> dict[str, list[Activity]]:
    """pairing id -> its held activities, in the order of its list."""
    query = select(Activity).where(Activity.pairing_id.in_(pairing_ids), Activity.status == "held")
    out: dict[str, list[Activity]] = {p: [] for p in pairing_ids}
    for a in (await session.scalars(query.order_by(*ACTIVITIES.order_by()))).all():
        out[a.pairing_id].append(a)
    return out


async def candidate_themes(session: AsyncSession, pairings: list[Pairing]) -> dict[tuple[str, str], list[str]]:
    """(call id, party id) -> the themes the party applied to the call with, for both parties of each pairing."""
    keys = {(p.call_id, party) for p in pairings for party in (p.party_a_id, p.party_b_id)}
    if not keys:
        return {}
    calls, parties = {c for c, _ in keys}, {x for _, x in keys}
    query = select(Candidate.call_id, Candidate.party_id, Candidate.themes).where(
        Candidate.call_id.in_(calls), Candidate.party_id.in_(parties)
    )
    return {(c, x): list(t or []) for c, x, t in (await session.execute(query)).all() if (c, x) in keys}
