"""Use cases of cooperation: matching open opportunities with counterparts across the Atlantic,
writing proposed matches (value chains propose theirs for gaps through `propose`), reading them
as disclosure.py allows, expressions of interest, declines, the sweep that expires matches nobody
acts on, and agreements. Each runs in the caller's transaction and writes its events to the outbox
in that same transaction (the sweep in its own)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.value_chains import disclosure, domain, matching, repository
from services.value_chains.auth import ensure_acts_for
from services.value_chains.cooperation.schemas import AgreementCreate, InterestCreate, MatchDecline
from services.value_chains.disclosure import Reader
from services.value_chains.domain import MatchKind, MatchStatus, Violation
from services.value_chains.models import Agreement, Interest, Match, Opportunity, kit
from services.value_chains.service import conflict, reject
from shared.concurrency import check_if_match, touch
from shared.contracts.value_chains import (
    AgreementSigned,
    InterestExpressed,
    MatchDeclined,
    MatchExpired,
    MatchProposed,
    MatchScore,
)
from shared.identity import Identity
from shared.outbox import record_event, record_events
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404

log = logging.getLogger("iuc.value_chains.matches")


@dataclass(frozen=True)
class MatchRules:
    """How demanding matchmaking is, and how long a match waits (from the service's settings)."""

    threshold: float
    limit: int
    expiry_days: int = 60


@dataclass
class MatchRun:
    """What one matchmaking run looked at and proposed."""

    considered: int
    proposed: list[Match]


# --- who reads --------------------------------------------------------------------------


async def reader_for(session: AsyncSession, identity: Identity) -> Reader:
    """The caller as disclosure.py sees it, with the organisations that said yes to its own."""
    reader = disclosure.reader_of(identity)
    if reader.sees_all or not reader.organisation_ids:
        return reader
    pairs = await repository.mutual_pairs(session, reader.organisation_ids)
    return disclosure.reader_of(identity, disclosure.disclosed_by(pairs, reader.organisation_ids))


def present_matches(matches: Iterable[Match], reader: Reader) -> None:
    """Give each match (and its interests) the parties as the reader may know them."""
    for m in matches:
        m.shown_organisation_ids = [disclosure.shown(reader, o, m.kind) for o in m.organisation_ids]
        m.shown_declined_by = m.declined_by_organisation_id and disclosure.shown(reader, m.declined_by_organisation_id, m.kind)
        for i in m.interests:
            i.shown_organisation_id = disclosure.shown(reader, i.organisation_id, m.kind)


# --- matchmaking ------------------------------------------------------------------------


async def match_opportunity(
    session: AsyncSession, identity: Identity, opportunity_id: str, now: datetime, rules: MatchRules
) -> MatchRun:
    """Run matchmaking for an opportunity again (new counterparts only): its organisation's partner or an admin."""
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity", for_update=True)
    ensure_acts_for(identity, opp.organisation_id)
    run = await match_published(session, opp, now, rules)
    present_matches(run.proposed, await reader_for(session, identity))
    return run


async def match_published(session: AsyncSession, opp: Opportunity, now: datetime, rules: MatchRules) -> MatchRun:
    """Match an open opportunity with the open counterparts across the Atlantic; 422 unless it is open.
    Pairs matched before (declined and expired ones too) are never proposed again."""
    today = now.date()
    reject(domain.check_open_for_matching(opp.status, opp.expires_on, today))
    other_side = "lac" if opp.side == "eu" else "eu"
    candidates = await repository.open_counterparts(session, domain.counterpart_kinds(opp.kind), other_side, today)
    done = await repository.matched_pairs(session, opp.id)
    orgs = await repository.get_organisations(session, {opp.organisation_id, *(c.organisation_id for c in candidates)})
    strategies = await repository.current_strategies(session, today.year)

    def profile(o: Opportunity) -> matching.Profile:
        org = orgs[o.organisation_id]
        return matching.opportunity_profile(o, org, matching.priorities_of(strategies, org.region_id, today.year))

    own = profile(opp)
    pairs = []
    for c in candidates:
        other = profile(c)
        offer, request = (opp, c) if domain.is_offer(opp.kind) else (c, opp)
        if (offer.id, request.id) in done:
            continue
        first, second = (own, other) if offer is opp else (other, own)
        pairs.append((c.id, first, second))
    ranked = matching.rank(pairs, rules.threshold, rules.limit)
    by_id = {c.id: c for c in candidates}
    proposed = []
    for r in ranked:
        c = by_id[r.key]
        offer, request = (opp, c) if domain.is_offer(opp.kind) else (c, opp)
        proposed.append(
            proposal(
                r,
                now,
                kind=MatchKind.opportunity.value,
                offer_id=offer.id,
                request_id=request.id,
                first_organisation_id=offer.organisation_id,
                second_organisation_id=request.organisation_id,
            )
        )
    await propose(session, proposed, ranked)
    return MatchRun(considered=len(candidates), proposed=proposed)


def proposal(r: matching.Ranked, now: datetime, **columns: str) -> Match:
    """A proposed match of the pair `columns` name, scored and explained by its ranking."""
    return Match(
        score=round(r.score.total, 4),
        breakdown=r.score.breakdown(),
        explanation=r.explanation,
        status=MatchStatus.proposed.value,
        created_at=now,
        updated_at=now,
        interests=[],
        **columns,
    )


async def propose(session: AsyncSession, proposed: list[Match], ranked: list[matching.Ranked]) -> None:
    """Write proposed matches, each with its match.proposed event; 409 if a run at the same time proposed one."""
    if not proposed:
        return
    session.add_all(proposed)
    try:
        await session.flush()
    except IntegrityError as exc:
        # Two runs for the same pair at once: the unique pair constraint keeps one, this one retries.
        raise Problem(409, "Matchmaking ran for the same opportunities at the same time; retry the request.") from exc
    await record_events(
        session,
        kit.outbox,
        [
            (
                MatchProposed(
                    match_id=m.id,
                    kind=m.kind,
                    organisation_ids=m.organisation_ids,
                    offer_id=m.offer_id,
                    request_id=m.request_id,
                    value_chain_id=m.value_chain_id,
                    stage_key=m.stage_key,
                    score=MatchScore(**{k: v for k, v in r.score.breakdown().items() if k in MatchScore.model_fields}),
                    explanation=m.explanation,
                ),
                f"matches/{m.id}",
            )
            for m, r in zip(proposed, ranked, strict=True)
        ],
    )


async def get_match(session: AsyncSession, identity: Identity, match_id: str) -> Match:
    """One match with its expressions of interest, or 404 (also for a reader it is not for)."""
    m = await get_or_404(session, Match, match_id, what="match")
    reader = await reader_for(session, identity)
    if not disclosure.may_read_match(reader, m.organisation_ids):
        raise NotFound("match", match_id)
    present_matches([m], reader)
    return m


async def list_matches(session: AsyncSession, identity: Identity, page: PageParams, **filters: Any) -> dict[str, Any]:
    """Matches the caller may read, best score first, filtered."""
    reader = await reader_for(session, identity)
    if filters.get("organisation_id") and not reader.sees(filters["organisation_id"]):
        repository.MATCHES.check(page)
        return {"items": [], "next_page_token": None}  # filtering must not tell who is behind what
    readable = None if reader.sees_all else reader.organisation_ids
    found = await repository.list_matches(session, page, readable_by=readable, **filters)
    present_matches(found["items"], reader)
    return found


# --- interests, declines and agreements -------------------------------------------------


def _party_problems(m: Match, organisation_id: str) -> list[Violation]:
    if organisation_id in m.organisation_ids:
        return []
    return [
        Violation(
            f"Organisation {organisation_id} is not a party of this match.", rule="party_of_match", pointer="/organisation_id"
        )
    ]


async def express_interest(
    session: AsyncSession,
    identity: Identity,
    match_id: str,
    data: InterestCreate,
    if_match: str | None,
    now: datetime,
    rules: MatchRules,
) -> tuple[Interest, Match]:
    """One party of a match says it is interested in the other; both ways make the interest mutual (and
    disclose each organisation to the other). A partner speaks only for its own organisations."""
    ensure_acts_for(identity, data.organisation_id, pointer="/organisation_id")
    m = await get_or_404(session, Match, match_id, what="match", for_update=True)
    check_if_match(if_match, m.version)
    reject(_party_problems(m, data.organisation_id))
    conflict(domain.check_match_open(domain.match_status(m.status, m.updated_at, now, rules.expiry_days)))
    if any(i.organisation_id == data.organisation_id for i in m.interests):
        raise Problem(409, f"Organisation {data.organisation_id} has already expressed interest in this match.")
    interest = Interest(
        match_id=m.id, organisation_id=data.organisation_id, message=data.message, created_by=identity.subject, created_at=now
    )
    m.interests.append(interest)
    parties = m.organisation_ids
    status = domain.status_after_interest({i.organisation_id for i in m.interests}, parties, MatchStatus(m.status))
    m.status = status.value
    m.updated_at = now
    touch(m)  # the interest is a child row: the match's version moves with it
    await session.flush()
    counterpart = next(p for p in parties if p != data.organisation_id)
    await record_event(
        session,
        kit.outbox,
        InterestExpressed(
            interest_id=interest.id,
            match_id=m.id,
            organisation_id=data.organisation_id,
            counterpart_organisation_id=counterpart,
            mutual=status == MatchStatus.mutual_interest,
        ),
        f"matches/{m.id}",
    )
    present_matches([m], await reader_for(session, identity))
    return interest, m


async def decline_match(
    session: AsyncSession,
    identity: Identity,
    match_id: str,
    data: MatchDecline,
    if_match: str | None,
    now: datetime,
    rules: MatchRules,
) -> Match:
    """One party declines an open match, with a reason; the pair is never proposed again."""
    ensure_acts_for(identity, data.organisation_id, pointer="/organisation_id")
    m = await get_or_404(session, Match, match_id, what="match", for_update=True)
    check_if_match(if_match, m.version)
    reject(_party_problems(m, data.organisation_id))
    conflict(domain.check_match_open(domain.match_status(m.status, m.updated_at, now, rules.expiry_days)))
    m.status = MatchStatus.declined.value
    m.declined_by_organisation_id, m.decline_reason = data.organisation_id, data.reason
    m.closed_at = m.updated_at = now
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        MatchDeclined(
            match_id=m.id,
            kind=m.kind,
            organisation_ids=m.organisation_ids,
            declined_by_organisation_id=data.organisation_id,
            reason=data.reason,
        ),
        f"matches/{m.id}",
    )
    present_matches([m], await reader_for(session, identity))
    return m


async def expire_due(sessionmaker: async_sessionmaker[AsyncSession], now: datetime, expiry_days: int) -> int:
    """Mark the matches nobody acted on for `expiry_days` as expired; returns how many."""
    async with sessionmaker() as session, session.begin():
        due = await repository.stale_matches(session, domain.MATCH_EXPIRES, now - timedelta(days=expiry_days))
        events = []
        for m in due:
            events.append(
                (MatchExpired(match_id=m.id, kind=m.kind, organisation_ids=m.organisation_ids, last_action_at=m.updated_at), m.id)
            )
            m.status, m.closed_at = MatchStatus.expired.value, now
        await record_events(session, kit.outbox, events)
    if due:
        log.info("expired %d matches", len(due))
    return len(due)


async def expire_matches(app: FastAPI) -> None:
    """The expiry sweep (a PeriodicJob): matches nobody acted on in time expire, by the service's clock."""
    await expire_due(app.state.sessionmaker, app.state.clock.now(), app.state.settings.match_expiry_days)


async def sign_agreement(
    session: AsyncSession, identity: Identity, data: AgreementCreate, now: datetime, rules: MatchRules
) -> Agreement:
    """Record the agreement a match led to, once both parties are interested: an admin, or a partner
    acting for one of the match's organisations (both sides said yes already)."""
    today = now.date()
    m = await repository.find_match(session, data.match_id, for_update=True)
    if m is None:
        reject([Violation(f"no match {data.match_id}", pointer="/match_id", code="unknown_match")])
    ensure_acts_for(identity, *m.organisation_ids, pointer="/match_id")
    conflict(domain.check_match_open(domain.match_status(m.status, m.updated_at, now, rules.expiry_days)))
    signed_on = data.signed_on or today
    reject(domain.check_may_sign(MatchStatus(m.status)) + domain.check_signed_on(signed_on, today))
    agreement = Agreement(
        match_id=m.id,
        kind=data.kind.value,
        title=data.title,
        summary=data.summary,
        organisation_ids=m.organisation_ids,
        signed_on=signed_on,
        created_by=identity.subject,
        created_at=now,
    )
    session.add(agreement)
    m.status = MatchStatus.agreed.value
    m.updated_at = m.closed_at = now
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        AgreementSigned(
            agreement_id=agreement.id,
            match_id=m.id,
            kind=agreement.kind,
            title=agreement.title,
            organisation_ids=agreement.organisation_ids,
            signed_on=agreement.signed_on,
        ),
        f"agreements/{agreement.id}",
    )
    return agreement


async def get_agreement(session: AsyncSession, agreement_id: str) -> Agreement:
    """One agreement, or 404."""
    return await get_or_404(session, Agreement, agreement_id, what="agreement")


async def list_agreements(session: AsyncSession, page: PageParams, **filters: Any) -> dict[str, Any]:
    """Agreements, oldest first, of a kind or of one match."""
    return await repository.list_agreements(session, page, **filters)
