"""Use cases of the value_chains service for regions, strategies, organisations and value
chains; each runs inside the caller's transaction and writes its events to the outbox in
that same transaction. Opportunities, matchmaking and agreements are in service_matching.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains import domain, repository
from services.value_chains.domain import OrganisationKind, Violation
from services.value_chains.models import (
    InnovationStrategy,
    Organisation,
    OrganisationNace,
    RegionInterest,
    StrategyPriority,
    ValueChain,
    ValueChainParticipant,
    ValueChainStage,
    kit,
)
from services.value_chains.regions import Side, region
from services.value_chains.schemas import (
    OrganisationCreate,
    OrganisationUpdate,
    ParticipantCreate,
    PriorityIn,
    RegionInterestCreate,
    StrategyCreate,
    StrategyUpdate,
    ValueChainCreate,
)
from shared.contracts.value_chains import OrganisationProfile, OrganisationRegistered, RegionInterestExpressed
from shared.db import utcnow
from shared.identity import Identity
from shared.outbox import record_event
from shared.problems import Problem


def reject(violations: Sequence[Violation], detail: str | None = None) -> None:
    """Answer 422 listing every violation, if there is any."""
    if violations:
        raise Problem(
            422,
            detail or " ".join(v.detail.rstrip(".") + "." for v in violations),
            errors=[v.as_error() for v in violations],
        )


def organisation_profile(org: Organisation) -> OrganisationProfile:
    """The event view of an organisation."""
    return OrganisationProfile(
        organisation_id=org.id,
        name=org.name,
        kind=org.kind,
        size_band=org.size_band,
        region_id=org.region_id,
        country_code=org.country_code,
        side=org.side,
        nace_codes=org.nace_codes,
    )


# --- regions ----------------------------------------------------------------------------


def region_or_404(region_id: str):
    """The region of a path, or 404."""
    r = region(region_id)
    if r is None:
        raise Problem(
            404, f"No region {region_id}: use a NUTS 2024 code of the EU or an ISO 3166 code of a LAC country or subdivision."
        )
    return r


async def express_region_interest(
    session: AsyncSession, identity: Identity, region_id: str, data: RegionInterestCreate
) -> RegionInterest:
    """A region asks to be paired with a partner region on the other side of the Atlantic."""
    own = region_or_404(region_id)
    partner, problems = domain.check_region(data.partner_region_id, "/partner_region_id")
    problems += [p for i, e in enumerate(data.ecosystems) for p in domain.check_ecosystem(e, f"/ecosystems/{i}")]
    if partner is not None and partner.side == own.side:
        problems.append(
            Violation(
                f"{own.id} and {partner.id} are both on the {own.side.value} side; region interest crosses the Atlantic.",
                rule="across_the_atlantic",
                pointer="/partner_region_id",
            )
        )
    reject(problems)
    if await repository.region_interest_exists(session, own.id, partner.id):
        raise Problem(409, f"{own.id} has already expressed interest in {partner.id}.")
    interest = RegionInterest(
        region_id=own.id,
        partner_region_id=partner.id,
        ecosystems=sorted(set(data.ecosystems)),
        message=data.message,
        created_by=identity.subject,
    )
    session.add(interest)
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        RegionInterestExpressed(
            interest_id=interest.id,
            region_id=own.id,
            region_name=own.name,
            country_code=own.country_code,
            partner_region_id=partner.id,
            partner_region_name=partner.name,
            partner_country_code=partner.country_code,
            ecosystems=interest.ecosystems,
            message=interest.message,
        ),
        f"regions/{own.id}",
    )
    return interest


# --- innovation strategies --------------------------------------------------------------


def _priority_problems(priorities: Sequence[PriorityIn]) -> list[Violation]:
    out: list[Violation] = []
    for i, p in enumerate(priorities):
        out += domain.check_ecosystem(p.ecosystem, f"/priorities/{i}/ecosystem")
        out += domain.check_nace_codes(p.nace_codes, f"/priorities/{i}/nace_codes")
    return out


def _priorities(priorities: Sequence[PriorityIn]) -> list[StrategyPriority]:
    return [
        StrategyPriority(
            position=i,
            title=p.title,
            description=p.description,
            ecosystem=p.ecosystem,
            nace_codes=domain.normalise_nace(p.nace_codes),
        )
        for i, p in enumerate(priorities)
    ]


async def create_strategy(session: AsyncSession, identity: Identity, data: StrategyCreate) -> InnovationStrategy:
    """Record a region's smart-specialisation strategy; every code is checked first."""
    r, problems = domain.check_region(data.region_id, "/region_id")
    reject(problems + _priority_problems(data.priorities))
    strategy = InnovationStrategy(
        region_id=r.id,
        side=r.side.value,
        title=data.title,
        description=data.description,
        period_start=data.period_start,
        period_end=data.period_end,
        created_by=identity.subject,
        priorities=_priorities(data.priorities),
    )
    session.add(strategy)
    await session.flush()
    return strategy


async def update_strategy(session: AsyncSession, strategy: InnovationStrategy, data: StrategyUpdate) -> InnovationStrategy:
    """Change a strategy's title, description or priorities (replaced as a whole)."""
    if data.priorities is not None:
        reject(_priority_problems(data.priorities))
    changed = False
    for field in ("title", "description"):
        value = getattr(data, field)
        if value is not None and value != getattr(strategy, field):
            setattr(strategy, field, value)
            changed = True
    if data.priorities is not None:
        strategy.priorities.clear()
        await session.flush()  # the old rows go before new ones take their positions
        strategy.priorities.extend(_priorities(data.priorities))
        changed = True
    if changed:
        strategy.version += 1
        strategy.updated_at = utcnow()
        await session.flush()
    return strategy


# --- organisations ----------------------------------------------------------------------


async def register_organisation(session: AsyncSession, identity: Identity, data: OrganisationCreate) -> Organisation:
    """Register an organisation of an EU or LAC region; every code and rule is checked first."""
    r, problems = domain.check_region(data.region_id, "/region_id")
    problems += domain.check_nace_codes(data.nace_codes, "/nace_codes")
    problems += domain.check_organisation(data.kind, data.size_band)
    reject(problems)
    org = Organisation(
        name=data.name,
        kind=data.kind.value,
        size_band=data.size_band.value,
        region_id=r.id,
        country_code=r.country_code,
        side=r.side.value,
        description=data.description,
        keywords=sorted(set(data.keywords)),
        website=data.website,
        created_by=identity.subject,
        nace=[OrganisationNace(nace_code=c) for c in domain.normalise_nace(data.nace_codes)],
    )
    session.add(org)
    await session.flush()
    await record_event(
        session, kit.outbox, OrganisationRegistered(organisation=organisation_profile(org)), f"organisations/{org.id}"
    )
    return org


async def update_organisation(session: AsyncSession, org: Organisation, data: OrganisationUpdate) -> Organisation:
    """Change an organisation's profile; its region and kind stay (register anew to move)."""
    problems = domain.check_nace_codes(data.nace_codes or [], "/nace_codes")
    if data.size_band is not None:
        problems += domain.check_organisation(OrganisationKind(org.kind), data.size_band)
    reject(problems)
    changed = False
    for field in ("name", "description", "website"):
        value = getattr(data, field)
        if value is not None and value != getattr(org, field):
            setattr(org, field, value)
            changed = True
    if data.size_band is not None and data.size_band.value != org.size_band:
        org.size_band = data.size_band.value
        changed = True
    if data.keywords is not None and sorted(set(data.keywords)) != org.keywords:
        org.keywords = sorted(set(data.keywords))
        changed = True
    if data.nace_codes is not None and domain.normalise_nace(data.nace_codes) != org.nace_codes:
        org.nace.clear()
        await session.flush()
        org.nace.extend(OrganisationNace(nace_code=c) for c in domain.normalise_nace(data.nace_codes))
        changed = True
    if changed:
        org.version += 1
        org.updated_at = utcnow()
        await session.flush()
    return org


async def organisation_or_404(session: AsyncSession, organisation_id: str) -> Organisation:
    """The organisation of a path, or 404."""
    org = await repository.get_organisation(session, organisation_id)
    if org is None:
        raise Problem(404, f"No organisation {organisation_id}.")
    return org


# --- value chains -----------------------------------------------------------------------


def _participant_problems(
    participants: Sequence[ParticipantCreate], stage_keys: set[str], orgs: dict[str, Organisation], pointers: Sequence[str]
) -> list[Violation]:
    out = []
    for p, where in zip(participants, pointers, strict=True):
        if p.organisation_id not in orgs:
            out.append(
                Violation(f"no organisation {p.organisation_id}", pointer=f"{where}/organisation_id", code="unknown_organisation")
            )
        if p.stage_key not in stage_keys:
            out.append(
                Violation(
                    f"the chain has no stage {p.stage_key!r} (stages: {', '.join(sorted(stage_keys))})",
                    pointer=f"{where}/stage_key",
                    code="unknown_stage",
                )
            )
    return out


async def create_value_chain(session: AsyncSession, identity: Identity, data: ValueChainCreate) -> ValueChain:
    """Set up a value chain with its stages and first participants; nothing is written if any check fails."""
    regions, problems = domain.check_regions(data.region_ids, "/region_ids")
    problems += domain.check_ecosystem(data.ecosystem, "/ecosystem")
    for i, s in enumerate(data.stages):
        problems += domain.check_nace_codes(s.nace_codes, f"/stages/{i}/nace_codes")
    orgs = await repository.get_organisations(
        session, {data.lead_organisation_id, *(p.organisation_id for p in data.participants)}
    )
    if data.lead_organisation_id not in orgs:
        problems.append(
            Violation(
                f"no organisation {data.lead_organisation_id}", pointer="/lead_organisation_id", code="unknown_organisation"
            )
        )
    problems += _participant_problems(
        data.participants, {s.key for s in data.stages}, orgs, [f"/participants/{i}" for i in range(len(data.participants))]
    )
    if len(regions) == len(data.region_ids):
        problems += domain.check_chain_span(regions)
    reject(problems)
    chain = ValueChain(
        title=data.title,
        description=data.description,
        ecosystem=data.ecosystem,
        lead_organisation_id=data.lead_organisation_id,
        region_ids=list(dict.fromkeys(r.id for r in regions)),
        created_by=identity.subject,
        stages=[
            ValueChainStage(
                key=s.key, position=i, name=s.name, description=s.description, nace_codes=domain.normalise_nace(s.nace_codes)
            )
            for i, s in enumerate(data.stages)
        ],
        participants=[],
    )
    seen = set()
    for p in data.participants:
        if (p.stage_key, p.organisation_id) not in seen:
            seen.add((p.stage_key, p.organisation_id))
            chain.participants.append(_participant(p, orgs[p.organisation_id]))
    session.add(chain)
    await session.flush()
    return chain


def _participant(p: ParticipantCreate, org: Organisation) -> ValueChainParticipant:
    return ValueChainParticipant(
        stage_key=p.stage_key, organisation_id=org.id, side=org.side, role=p.role.value, created_at=utcnow()
    )


async def add_participant(session: AsyncSession, chain: ValueChain, data: ParticipantCreate) -> ValueChainParticipant:
    """An organisation joins a stage of the chain."""
    orgs = await repository.get_organisations(session, {data.organisation_id})
    reject(_participant_problems([data], {s.key for s in chain.stages}, orgs, [""]))
    if any(p.stage_key == data.stage_key and p.organisation_id == data.organisation_id for p in chain.participants):
        raise Problem(409, f"Organisation {data.organisation_id} already takes part in stage {data.stage_key}.")
    participant = _participant(data, orgs[data.organisation_id])
    chain.participants.append(participant)
    chain.version += 1
    chain.updated_at = utcnow()
    await session.flush()
    return participant


async def remove_participant(session: AsyncSession, chain: ValueChain, participant_id: str) -> None:
    """An organisation leaves a stage of the chain."""
    found = next((p for p in chain.participants if p.id == participant_id), None)
    if found is None:
        raise Problem(404, f"No participant {participant_id} in value chain {chain.id}.")
    chain.participants.remove(found)
    chain.version += 1
    chain.updated_at = utcnow()
    await session.flush()


def gaps_of(chain: ValueChain) -> list[domain.Gap]:
    """The chain's stages without a participant on one side of the Atlantic."""
    return domain.chain_gaps(
        [domain.StageView(s.key, s.name, s.position) for s in chain.stages],
        [domain.ParticipantView(p.stage_key, Side(p.side)) for p in chain.participants],
    )


async def value_chain_or_404(session: AsyncSession, value_chain_id: str, *, for_update: bool = False) -> ValueChain:
    """The value chain of a path, or 404."""
    chain = await repository.get_value_chain(session, value_chain_id, for_update=for_update)
    if chain is None:
        raise Problem(404, f"No value chain {value_chain_id}.")
    return chain


# --- stats ------------------------------------------------------------------------------


async def stats(session: AsyncSession, today: date) -> dict:
    """Dashboard counts across the component."""
    out = await repository.stats_counts(session, today)
    gaps = [len(gaps_of(c)) for c in await repository.all_value_chains(session)]
    out["value_chains_with_gaps"] = sum(1 for g in gaps if g)
    out["open_gaps"] = sum(gaps)
    return out
