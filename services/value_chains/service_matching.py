"""Use cases of cooperation: publishing opportunities, matchmaking (offers with requests,
organisations with value-chain gaps), expressions of interest and agreements. Each runs in
the caller's transaction and writes its events to the outbox in that same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains import domain, matching, repository
from services.value_chains.domain import MatchKind, MatchStatus, OrganisationKind, Violation
from services.value_chains.models import Agreement, Interest, Match, Opportunity, Organisation, ValueChain, kit
from services.value_chains.regions import region
from services.value_chains.schemas_cooperation import AgreementCreate, InterestCreate, OpportunityCreate
from services.value_chains.service import gaps_of, reject
from shared.contracts.value_chains import (
    AgreementSigned,
    InterestExpressed,
    MatchProposed,
    MatchScore,
    OpportunityPublished,
)
from shared.db import utcnow
from shared.identity import Identity
from shared.outbox import record_event, record_events
from shared.problems import Problem

_KIND_WORDS = {
    OrganisationKind.sme: "the SME",
    OrganisationKind.cluster: "the cluster",
    OrganisationKind.research: "the research organisation",
    OrganisationKind.public_body: "the public body",
    OrganisationKind.large_company: "the company",
    OrganisationKind.ngo: "the NGO",
}


@dataclass(frozen=True)
class MatchRules:
    """How demanding matchmaking is (from the service's settings)."""

    threshold: float
    limit: int


@dataclass
class MatchRun:
    considered: int
    proposed: list[Match]


def opportunity_status(opp: Opportunity, today: date) -> str:
    """open | expired | withdrawn, as of `today`."""
    if opp.status == "open" and opp.expires_on < today:
        return "expired"
    return opp.status


# --- opportunities ----------------------------------------------------------------------


async def publish_opportunity(
    session: AsyncSession, identity: Identity, data: OpportunityCreate, today: date, rules: MatchRules
) -> tuple[Opportunity, MatchRun]:
    """Publish an offer or request and match it at once; every check runs before anything is written."""
    org = await repository.get_organisation(session, data.organisation_id)
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
        published_at=utcnow(),
        created_by=identity.subject,
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
    return opp, await match_opportunity(session, opp, today, rules)


async def withdraw_opportunity(session: AsyncSession, opp: Opportunity) -> Opportunity:
    """Take an opportunity out of matchmaking; its matches stay."""
    if opp.status == "withdrawn":
        raise Problem(409, "The opportunity is already withdrawn.")
    opp.status = "withdrawn"
    opp.version += 1
    await session.flush()
    return opp


def _opportunity_profile(opp: Opportunity, org: Organisation) -> matching.Profile:
    return matching.Profile(
        label=f"the {opp.kind.replace('_', ' ').replace('rd ', 'R&D ')} '{opp.title}' of {org.name}",
        organisation_name=org.name,
        region_id=org.region_id,
        keywords=tuple(opp.keywords),
        text=f"{opp.title} {opp.description}",
        nace_codes=tuple(opp.nace_codes),
        target_region_ids=tuple(opp.target_region_ids),
        ecosystem=opp.ecosystem,
    )


def _score(r: matching.Ranked) -> MatchScore:
    return MatchScore(**r.score.breakdown())


async def match_opportunity(session: AsyncSession, opp: Opportunity, today: date, rules: MatchRules) -> MatchRun:
    """Match an open opportunity with the counterparts across the Atlantic; 422 if it is expired or withdrawn."""
    reject(domain.check_open_for_matching(opp.status, opp.expires_on, today))
    other_side = "lac" if opp.side == "eu" else "eu"
    candidates = await repository.open_counterparts(session, domain.counterpart_kinds(opp.kind), other_side, today)
    done = await repository.matched_pairs(session, opp.id)
    orgs = await repository.get_organisations(session, {opp.organisation_id, *(c.organisation_id for c in candidates)})
    own = _opportunity_profile(opp, orgs[opp.organisation_id])
    pairs = []
    for c in candidates:
        other = _opportunity_profile(c, orgs[c.organisation_id])
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
            Match(
                kind=MatchKind.opportunity.value,
                offer_id=offer.id,
                request_id=request.id,
                first_organisation_id=offer.organisation_id,
                second_organisation_id=request.organisation_id,
                score=round(r.score.total, 4),
                breakdown=r.score.breakdown(),
                explanation=r.explanation,
                status=MatchStatus.proposed.value,
                interests=[],
            )
        )
    await _propose(session, proposed, ranked)
    return MatchRun(considered=len(candidates), proposed=proposed)


async def _propose(session: AsyncSession, proposed: list[Match], ranked: list[matching.Ranked]) -> None:
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
                    score=_score(r),
                    explanation=m.explanation,
                ),
                f"matches/{m.id}",
            )
            for m, r in zip(proposed, ranked, strict=True)
        ],
    )


# --- value-chain gaps -------------------------------------------------------------------


@dataclass(frozen=True)
class GapCandidate:
    gap: domain.Gap
    organisation: Organisation
    ranked: matching.Ranked


async def gap_candidates(
    session: AsyncSession, chain: ValueChain, rules: MatchRules
) -> dict[tuple[str, str], list[GapCandidate]]:
    """For each gap (stage, missing side), the organisations of that side that could fill it, best first."""
    gaps = gaps_of(chain)
    if not gaps:
        return {}
    lead = await repository.get_organisation(session, chain.lead_organisation_id)
    stages = {s.key: s for s in chain.stages}
    out: dict[tuple[str, str], list[GapCandidate]] = {}
    by_side: dict[str, list[Organisation]] = {}
    for gap in gaps:
        side = gap.missing_side.value
        if side not in by_side:
            by_side[side] = await repository.organisations_of_side(session, side)
        taking_part = {p.organisation_id for p in chain.participants if p.stage_key == gap.stage_key}
        stage = stages[gap.stage_key]
        subject = matching.Profile(
            label=f"the {side.upper()} gap at stage '{stage.name}' of the value chain '{chain.title}'",
            organisation_name=lead.name,
            region_id="",
            keywords=tuple(w for w in stage.name.lower().split() if len(w) > 2),
            text=f"{chain.title} {chain.description} {stage.name} {stage.description}",
            nace_codes=tuple(stage.nace_codes),
            target_region_ids=tuple(r for r in chain.region_ids if (reg := region(r)) is not None and reg.side.value == side),
            ecosystem=chain.ecosystem,
        )
        orgs = {o.id: o for o in by_side[side] if o.id not in taking_part and o.id != lead.id}
        pairs = [
            (
                o.id,
                subject,
                matching.Profile(
                    label=f"{_KIND_WORDS[OrganisationKind(o.kind)]} {o.name}",
                    organisation_name=o.name,
                    region_id=o.region_id,
                    keywords=tuple(o.keywords),
                    text=o.description,
                    nace_codes=tuple(o.nace_codes),
                ),
            )
            for o in orgs.values()
        ]
        ranked = matching.rank(pairs, rules.threshold, rules.limit)
        out[(gap.stage_key, side)] = [GapCandidate(gap, orgs[r.key], r) for r in ranked]
    return out


async def match_gaps(session: AsyncSession, chain: ValueChain, rules: MatchRules) -> MatchRun:
    """Propose organisations for the chain's gaps as matches (pairs proposed before are skipped)."""
    found = await gap_candidates(session, chain, rules)
    done = await repository.matched_gap_candidates(session, chain.id)
    proposed, ranked = [], []
    for candidates in found.values():
        for c in candidates:
            if (c.gap.stage_key, c.organisation.id) in done:
                continue
            proposed.append(
                Match(
                    kind=MatchKind.value_chain_gap.value,
                    value_chain_id=chain.id,
                    stage_key=c.gap.stage_key,
                    first_organisation_id=chain.lead_organisation_id,
                    second_organisation_id=c.organisation.id,
                    score=round(c.ranked.score.total, 4),
                    breakdown=c.ranked.score.breakdown(),
                    explanation=c.ranked.explanation,
                    status=MatchStatus.proposed.value,
                    interests=[],
                )
            )
            ranked.append(c.ranked)
    await _propose(session, proposed, ranked)
    return MatchRun(considered=sum(len(c) for c in found.values()), proposed=proposed)


# --- interests and agreements -----------------------------------------------------------


async def match_or_404(session: AsyncSession, match_id: str, *, for_update: bool = False) -> Match:
    """The match of a path, or 404."""
    m = await repository.get_match(session, match_id, for_update=for_update)
    if m is None:
        raise Problem(404, f"No match {match_id}.")
    return m


async def express_interest(session: AsyncSession, identity: Identity, m: Match, data: InterestCreate) -> Interest:
    """One party of a match says it is interested in the other; both ways make the interest mutual."""
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
    interest = Interest(match_id=m.id, organisation_id=data.organisation_id, message=data.message, created_by=identity.subject)
    m.interests.append(interest)
    status = domain.status_after_interest({i.organisation_id for i in m.interests}, parties, MatchStatus(m.status))
    m.status = status.value
    m.version += 1
    m.updated_at = utcnow()
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
    return interest


async def sign_agreement(session: AsyncSession, identity: Identity, data: AgreementCreate, today: date) -> Agreement:
    """Record the agreement a match led to, once both parties are interested."""
    m = await repository.get_match(session, data.match_id, for_update=True)
    if m is None:
        reject([Violation(f"no match {data.match_id}", pointer="/match_id", code="unknown_match")])
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
    )
    session.add(agreement)
    m.status = MatchStatus.agreed.value
    m.version += 1
    m.updated_at = utcnow()
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
