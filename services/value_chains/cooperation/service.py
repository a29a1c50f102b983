"""Use cases of cooperation: publishing opportunities, matching offers with requests across
the Atlantic, writing proposed matches (value chains propose theirs for gaps through
`propose`), expressions of interest and agreements. Each runs in the caller's transaction
and writes its events to the outbox in that same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains import domain, matching, repository
from services.value_chains.auth import ensure_acts_for
from services.value_chains.cooperation.schemas import AgreementCreate, InterestCreate, OpportunityCreate
from services.value_chains.domain import MatchKind, MatchStatus, Violation
from services.value_chains.models import Agreement, Interest, Match, Opportunity, kit
from services.value_chains.regions import region
from services.value_chains.service import reject
from shared.concurrency import check_if_match, touch
from shared.contracts.value_chains import AgreementSigned, InterestExpressed, MatchProposed, MatchScore, OpportunityPublished
from shared.identity import Identity
from shared.outbox import record_event, record_events
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import get_or_404


@dataclass(frozen=True)
class MatchRules:
    """How demanding matchmaking is (from the service's settings)."""

    threshold: float
    limit: int


@dataclass
class MatchRun:
    """What one matchmaking run looked at and proposed."""

    considered: int
    proposed: list[Match]


def as_of(opportunities: Iterable[Opportunity], today: date) -> None:
    """Give each opportunity its status as of `today` (expired is never stored)."""
    for opp in opportunities:
        opp.status_today = domain.opportunity_status(opp.status, opp.expires_on, today)


# --- opportunities ----------------------------------------------------------------------


async def publish_opportunity(
    session: AsyncSession, identity: Identity, data: OpportunityCreate, now: datetime, rules: MatchRules
) -> tuple[Opportunity, MatchRun]:
    """Publish an offer or request for one of the caller's organisations and match it at once; every
    check runs before anything is written."""
    ensure_acts_for(identity, data.organisation_id, pointer="/organisation_id")
    today = now.date()
    orgs = await repository.get_organisations(session, {data.organisation_id})
    org = orgs.get(data.organisation_id)
    problems: list[Violation] = []
    if org is None:
        problems.append(
            Violation(f"no organisation {data.organisation_id}", pointer="/organisation_id", code="unknown_organisation")
        )
    problems += domain.check_nace_codes(data.nace_codes, "/nace_codes")
    targets, region_problems = domain.check_regions(data.target_region_ids, "/target_region_ids")
    problems += region_problems
    problems += domain.check_ecosystem(data.ecosystem, "/ecosystem")
    problems += domain.check_expiry(data.expires_on, today)
    if org is not None:
        for i, t in enumerate(data.target_region_ids):
            r = region(t)
            if r is not None and r.side.value == org.side:
                problems.append(
                    Violation(
                        f"{r.id} is on the organisation's own side ({org.side}); opportunities target the other side of the Atlantic.",
                        rule="targets_across_the_atlantic",
                        pointer=f"/target_region_ids/{i}",
                    )
                )
    reject(problems)
    opp = Opportunity(
        kind=data.kind.value,
        organisation_id=org.id,
        side=org.side,
        title=data.title,
        description=data.description,
        keywords=list(dict.fromkeys(data.keywords)),
        nace_codes=domain.normalise_nace(data.nace_codes),
        target_region_ids=list(dict.fromkeys(r.id for r in targets)),
        ecosystem=data.ecosystem,
        expires_on=data.expires_on,
        status="open",
        published_at=now,
        created_by=identity.subject,
        created_at=now,
    )
    session.add(opp)
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        OpportunityPublished(
            opportunity_id=opp.id,
            kind=opp.kind,
            title=opp.title,
            organisation_id=org.id,
            side=org.side,
            region_id=org.region_id,
            keywords=opp.keywords,
            nace_codes=opp.nace_codes,
            target_region_ids=opp.target_region_ids,
            ecosystem=opp.ecosystem,
            expires_on=opp.expires_on,
        ),
        f"opportunities/{opp.id}",
    )
    run = await _match_opportunity(session, opp, now, rules)
    as_of([opp], today)
    return opp, run


async def get_opportunity(session: AsyncSession, opportunity_id: str, today: date) -> Opportunity:
    """One opportunity, with its status as of `today`, or 404."""
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity")
    as_of([opp], today)
    return opp


async def list_opportunities(session: AsyncSession, page: PageParams, today: date, **filters: Any) -> dict[str, Any]:
    """Opportunities newest first, filtered, each with its status as of `today`."""
    found = await repository.list_opportunities(session, page, today, **filters)
    as_of(found["items"], today)
    return found


async def withdraw_opportunity(
    session: AsyncSession, identity: Identity, opportunity_id: str, if_match: str | None, today: date
) -> Opportunity:
    """Take an opportunity out of matchmaking (its organisation's partner or an admin); its matches stay."""
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity", for_update=True)
    ensure_acts_for(identity, opp.organisation_id)
    check_if_match(if_match, opp.version)
    if opp.status == "withdrawn":
        raise Problem(409, "The opportunity is already withdrawn.")
    opp.status = "withdrawn"
    await session.flush()
    as_of([opp], today)
    return opp


# --- matchmaking ------------------------------------------------------------------------


async def match_opportunity(
    session: AsyncSession, identity: Identity, opportunity_id: str, now: datetime, rules: MatchRules
) -> MatchRun:
    """Run matchmaking for an opportunity again (new counterparts only): its organisation's partner or an admin."""
    opp = await get_or_404(session, Opportunity, opportunity_id, what="opportunity", for_update=True)
    ensure_acts_for(identity, opp.organisation_id)
    return await _match_opportunity(session, opp, now, rules)


async def _match_opportunity(session: AsyncSession, opp: Opportunity, now: datetime, rules: MatchRules) -> MatchRun:
    """Match an open opportunity with the counterparts across the Atlantic; 422 if it is expired or withdrawn."""
    today = now.date()
    reject(domain.check_open_for_matching(opp.status, opp.expires_on, today))
    other_side = "lac" if opp.side == "eu" else "eu"
    candidates = await repository.open_counterparts(session, domain.counterpart_kinds(opp.kind), other_side, today)
    done = await repository.matched_pairs(session, opp.id)
    orgs = await repository.get_organisations(session, {opp.organisation_id, *(c.organisation_id for c in candidates)})
    own = matching.opportunity_profile(opp, orgs[opp.organisation_id])
    pairs = []
    for c in candidates:
        other = matching.opportunity_profile(c, orgs[c.organisation_id])
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
                    score=MatchScore(**r.score.breakdown()),
                    explanation=m.explanation,
                ),
                f"matches/{m.id}",
            )
            for m, r in zip(proposed, ranked, strict=True)
        ],
    )


async def get_match(session: AsyncSession, match_id: str) -> Match:
    """One match with its expressions of interest, or 404."""
    return await get_or_404(session, Match, match_id, what="match")


async def list_matches(session: AsyncSession, page: PageParams, **filters: Any) -> dict[str, Any]:
    """Matches, best score first, filtered."""
    return await repository.list_matches(session, page, **filters)


# --- interests and agreements -----------------------------------------------------------


async def express_interest(
    session: AsyncSession, identity: Identity, match_id: str, data: InterestCreate, if_match: str | None, now: datetime
) -> tuple[Interest, Match]:
    """One party of a match says it is interested in the other; both ways make the interest mutual.
    A partner speaks only for its own organisations (the body names which)."""
    ensure_acts_for(identity, data.organisation_id, pointer="/organisation_id")
    m = await get_or_404(session, Match, match_id, what="match", for_update=True)
    check_if_match(if_match, m.version)
    parties = m.organisation_ids
    if data.organisation_id not in parties:
        reject(
            [
                Violation(
                    f"Organisation {data.organisation_id} is not a party of this match ({', '.join(parties)}).",
                    rule="party_of_match",
                    pointer="/organisation_id",
                )
            ]
        )
    if m.status == MatchStatus.agreed:
        raise Problem(409, "This match already led to an agreement.")
    if any(i.organisation_id == data.organisation_id for i in m.interests):
        raise Problem(409, f"Organisation {data.organisation_id} has already expressed interest in this match.")
    interest = Interest(
        match_id=m.id, organisation_id=data.organisation_id, message=data.message, created_by=identity.subject, created_at=now
    )
    m.interests.append(interest)
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
    return interest, m


async def sign_agreement(session: AsyncSession, identity: Identity, data: AgreementCreate, now: datetime) -> Agreement:
    """Record the agreement a match led to, once both parties are interested: an admin, or a partner
    acting for one of the match's organisations (both sides said yes already)."""
    today = now.date()
    m = await repository.find_match(session, data.match_id, for_update=True)
    if m is None:
        reject([Violation(f"no match {data.match_id}", pointer="/match_id", code="unknown_match")])
    ensure_acts_for(identity, *m.organisation_ids, pointer="/match_id")
    if m.status == MatchStatus.agreed:
        raise Problem(
            409, "This match already led to an agreement.", errors=[{"rule": "one_agreement_per_match", "detail": "agreed"}]
        )
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
    m.updated_at = now
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
