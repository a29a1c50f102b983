"""Use cases of a pairing's life: accept, decline, expire, dissolve, complete (its cooperation activities:
activities/service.py)."""

from __future__ import annotations

import logging
from datetime import datetime

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.pairing import domain, repository
from services.pairing.auth import acting_side, ensure_acts_for, ensure_party_of
from services.pairing.domain import Acceptances, Action, ActivityStatus, State
from services.pairing.models import Activity, Pairing, kit
from services.pairing.service import call_terms, forbid_pair
from shared.concurrency import check_if_match
from shared.contracts.fields import ACTIVITIES
from shared.contracts.pairing import (
    ActivitySummary,
    PairingCompleted,
    PairingConfirmed,
    PairingDeclined,
    PairingDissolved,
    PairingExpired,
    PairingParty,
    ScoreBreakdown,
)
from shared.identity import Identity, Role
from shared.outbox import record_event, record_events
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import get_or_404

log = logging.getLogger("iuc.pairing")


async def get_pairing_for(session: AsyncSession, identity: Identity, pairing_id: str, *, for_update: bool = False) -> Pairing:
    """The pairing, if it exists and the caller may see it."""
    pairing = await get_or_404(session, Pairing, pairing_id, what="pairing", for_update=for_update)
    ensure_party_of(identity, pairing)
    return pairing


async def stats(session: AsyncSession) -> dict:
    """Counts for dashboards: pairings by state and by call, activities by kind."""
    return await repository.stats(session)


async def list_pairings(
    session: AsyncSession,
    identity: Identity,
    page: PageParams,
    *,
    call_id: str | None,
    party_id: str | None,
    state: State | None,
    round_id: str | None,
) -> dict:
    """A page of pairings, filtered; a city key sees only its own city's."""
    if identity.role == Role.city:
        ensure_acts_for(identity, party_id)
        party_id = identity.city_id
    return await repository.list_pairings(session, page, call_id=call_id, party_id=party_id, state=state, round_id=round_id)


async def _for_change(session: AsyncSession, identity: Identity, pairing_id: str, if_match: str | None) -> Pairing:
    """The pairing, locked, if the caller may see it and its If-Match names the stored version."""
    p = await get_pairing_for(session, identity, pairing_id, for_update=True)
    check_if_match(if_match, p.version)
    return p


def parties_of(p: Pairing) -> dict:
    """The pairing and its two parties, as its events carry them."""
    return {"pairing_id": p.id, "call_id": p.call_id, "party_a": PairingParty(**p.party_a), "party_b": PairingParty(**p.party_b)}


def _move(p: Pairing, action: Action, now: datetime) -> State:
    try:
        target = domain.next_state(State(p.state), action)
    except domain.TransitionNotAllowed as exc:
        raise Problem(409, str(exc), state=p.state) from exc
    p.state, p.updated_at = target.value, now
    return target


def _refuse_if_expired(p: Pairing, now: datetime) -> None:
    if domain.is_expired(State(p.state), p.expires_at, now):
        raise Problem(
            409, f"The proposal expired at {p.expires_at.isoformat()}; a new round can propose the pair again.", state="expired"
        )


async def accept(
    session: AsyncSession, identity: Identity, pairing_id: str, party_id: str | None, now: datetime, if_match: str | None
) -> Pairing:
    """One party accepts; when both have, the pairing is confirmed and announced."""
    p = await _for_change(session, identity, pairing_id, if_match)
    side = acting_side(identity, p, party_id)
    _refuse_if_expired(p, now)
    try:
        state, acc = domain.after_accept(State(p.state), Acceptances(p.accepted_by_a, p.accepted_by_b), side)
    except domain.TransitionNotAllowed as exc:
        raise Problem(409, str(exc), state=p.state) from exc
    if (acc.a, acc.b) == (p.accepted_by_a, p.accepted_by_b):
        return p  # accepted again: nothing changes, not even the version
    p.accepted_by_a, p.accepted_by_b, p.state, p.updated_at = acc.a, acc.b, state.value, now
    if state is State.confirmed:
        p.confirmed_at = now
        terms = await call_terms(session, p.call_id, domain.PartyKind(p.party_kind))
        await record_event(
            session,
            kit.outbox,
            PairingConfirmed(
                **parties_of(p),
                round_id=p.round_id,
                score=ScoreBreakdown(**p.breakdown),
                explanation=p.explanation,
                proposed_at=p.created_at,
                confirmed_at=now,
                earliest_completion_on=domain.earliest_completion(now, terms.min_cooperation_months),
            ),
            p.id,
        )
    await session.flush()
    return p


async def decline(
    session: AsyncSession,
    identity: Identity,
    pairing_id: str,
    party_id: str | None,
    reason: str,
    now: datetime,
    if_match: str | None,
) -> Pairing:
    """One party declines: the proposal ends and the pair is forbidden in the call's next rounds."""
    p = await _for_change(session, identity, pairing_id, if_match)
    side = acting_side(identity, p, party_id)
    _refuse_if_expired(p, now)
    _move(p, Action.decline, now)
    who = p.party_a_id if side == "a" else p.party_b_id
    p.ended_at, p.ended_by, p.end_reason = now, who, reason
    await forbid_pair(session, p.call_id, p.party_a_id, p.party_b_id, "declined", reason, identity.subject, now)
    event = PairingDeclined(**parties_of(p), declined_by=who, reason=reason, declined_at=now)
    await record_event(session, kit.outbox, event, p.id)
    await session.flush()
    return p


def ensure_party_or_admin(identity: Identity, p: Pairing) -> None:
    """Only the paired cities and the coordination unit act on a pairing."""
    if identity.is_admin:
        return
    if identity.role != Role.city:
        raise Problem(403, "Only the paired cities and the coordination unit act on a pairing.")
    ensure_party_of(identity, p)


async def dissolve(
    session: AsyncSession, identity: Identity, pairing_id: str, reason: str, now: datetime, if_match: str | None
) -> Pairing:
    """End a confirmed pairing early, with a reason; the pair is not proposed again in the call."""
    p = await _for_change(session, identity, pairing_id, if_match)
    ensure_party_or_admin(identity, p)
    _move(p, Action.dissolve, now)
    p.ended_at, p.ended_by, p.end_reason = now, identity.city_id or identity.subject, reason
    await forbid_pair(session, p.call_id, p.party_a_id, p.party_b_id, "dissolved", reason, identity.subject, now)
    event = PairingDissolved(
        **parties_of(p), dissolved_by=p.ended_by, reason=reason, confirmed_at=p.confirmed_at, dissolved_at=now
    )
    await record_event(session, kit.outbox, event, p.id)
    await session.flush()
    return p


def activity_summary(a: Activity) -> ActivitySummary:
    """The event view of an activity."""
    return ActivitySummary(
        activity_id=a.id,
        kind=a.kind,
        title=a.title,
        host_party_id=a.host_party_id,
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        participants=a.participants,
        outcomes=a.outcomes,
    )


async def complete(
    session: AsyncSession, identity: Identity, pairing_id: str, reason: str | None, now: datetime, if_match: str | None
) -> Pairing:
    """Complete after the cooperation period, or earlier by an admin override with a reason."""
    p = await _for_change(session, identity, pairing_id, if_match)
    ensure_party_or_admin(identity, p)
    if State(p.state) is not State.confirmed:
        _move(p, Action.complete, now)  # raises the 409
    terms = await call_terms(session, p.call_id, domain.PartyKind(p.party_kind))
    problem = domain.completion_problem(p.confirmed_at, now.date(), terms.min_cooperation_months, identity.is_admin, reason)
    if problem:
        raise Problem(409, problem, rule="min_cooperation_months")
    early = now.date() < domain.earliest_completion(p.confirmed_at, terms.min_cooperation_months)
    _move(p, Action.complete, now)
    p.ended_at, p.ended_by, p.end_reason = now, identity.city_id or identity.subject, reason
    # Planned and cancelled activities were never held: the lessons learnt are drawn from the held ones.
    activities = [a for a in await repository.activities_of(session, p.id) if a.status == ActivityStatus.held.value]
    participants = sum(a.participants for a in activities)
    counts: dict[str, int] = {}
    for a in activities:
        counts[a.kind] = counts.get(a.kind, 0) + 1
    event = PairingCompleted(
        **parties_of(p),
        confirmed_at=p.confirmed_at,
        completed_at=now,
        override_reason=reason if early else None,
        # The latest ones, so the event has a size the stream takes; the counts cover them all.
        activities=[activity_summary(a) for a in activities[-ACTIVITIES:]],
        activity_counts=counts,
        total_participants=participants,
        summary=domain.activities_summary([a.kind for a in activities], participants),
    )
    await record_event(session, kit.outbox, event, p.id)
    await session.flush()
    return p


async def expire_due(sessionmaker: async_sessionmaker[AsyncSession], now: datetime) -> int:
    """Mark open proposals past their expiry as expired; returns how many."""
    async with sessionmaker() as session, session.begin():
        due = await repository.expired_open_pairings(session, now)
        events = []
        for p in due:
            _move(p, Action.expire, now)
            p.ended_at, p.end_reason = now, "no answer before the proposal expired"
            events.append((PairingExpired(**parties_of(p), expires_at=p.expires_at, expired_at=now), p.id))
        await record_events(session, kit.outbox, events)
    if due:
        log.info("expired %d pairing proposals", len(due))
    return len(due)


async def expire_proposals(app: FastAPI) -> None:
    """The expiry sweep (a PeriodicJob): proposals nobody completed in time end, by the service's clock."""
    await expire_due(app.state.sessionmaker, app.state.clock.now())
