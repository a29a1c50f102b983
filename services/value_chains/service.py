"""Use cases of the value_chains service for regions, innovation strategies and organisations;
each runs inside the caller's transaction and writes its events to the outbox in that same
transaction. Value chains are in chains/; opportunities, matches and agreements in cooperation/."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains import domain, repository
from services.value_chains.auth import ensure_acts_for, ensure_coordination_unit
from services.value_chains.domain import OrganisationKind, Violation
from services.value_chains.models import InnovationStrategy, Organisation, OrganisationNace, RegionInterest, StrategyPriority, kit
from services.value_chains.regions import Region, region, regions, within
from services.value_chains.schemas import (
    OrganisationCreate,
    OrganisationUpdate,
    PriorityIn,
    RegionInterestCreate,
    StrategyCreate,
    StrategyUpdate,
)
from shared.concurrency import check_if_match, touch
from shared.contracts.value_chains import (
    InnovationStrategyPublished,
    InnovationStrategyUpdated,
    OrganisationProfile,
    OrganisationRegistered,
    RegionInterestExpressed,
    StrategyPriorityOutline,
    StrategyRegion,
)
from shared.identity import Identity
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem
from shared.reference.economy import nace_descendants
from shared.repository import get_or_404


def reject(violations: Sequence[Violation], detail: str | None = None) -> None:
    """Answer 422 listing every violation, if there is any."""
    if violations:
        raise Problem(
            422,
            detail or " ".join(v.detail.rstrip(".") + "." for v in violations),
            errors=[v.as_error() for v in violations],
        )


def conflict(violations: Sequence[Violation]) -> None:
    """Answer 409 naming every rule a state change breaks, if it breaks any."""
    if violations:
        raise Problem(409, " ".join(v.detail.rstrip(".") + "." for v in violations), errors=[v.as_error() for v in violations])


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


def get_region(region_id: str) -> Region:
    """The region of a path, or 404 (reference data, not a row: the answer says what a region id is)."""
    r = region(region_id)
    if r is None:
        raise Problem(
            404, f"No region {region_id}: use a NUTS 2024 code of the EU or an ISO 3166 code of a LAC country or subdivision."
        )
    return r


def list_regions(page: PageParams, **filters: Any) -> dict[str, Any]:
    """EU NUTS 2024 regions and LAC countries and subdivisions, by id, filtered."""
    return repository.list_regions(page, **filters)


async def express_region_interest(
    session: AsyncSession, identity: Identity, region_id: str, data: RegionInterestCreate, now: datetime
) -> RegionInterest:
    """A region asks to be paired with a partner region on the other side of the Atlantic."""
    ensure_coordination_unit(identity, "expresses a region's interest (a partner key acts for organisations, not regions)")
    own = get_region(region_id)
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
        created_at=now,
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


async def list_region_interests(session: AsyncSession, region_id: str, page: PageParams) -> dict[str, Any]:
    """Interests a region expressed and those expressed in it; a bad page token is 400 before an unknown region is 404."""
    repository.REGION_INTERESTS.check(page)
    return await repository.list_region_interests(session, page, get_region(region_id).id)


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


async def _announce_strategy(
    session: AsyncSession, strategy: InnovationStrategy, contract: type[InnovationStrategyPublished]
) -> None:
    """The whole strategy as an event: the pairing service builds the region's profile from it."""
    r = get_region(strategy.region_id)
    event = contract(
        strategy_id=strategy.id,
        region=StrategyRegion(region_id=r.id, name=r.name, country_code=r.country_code, side=r.side.value),
        title=strategy.title,
        period_start=strategy.period_start,
        period_end=strategy.period_end,
        priorities=[StrategyPriorityOutline(title=p.title, ecosystem=p.ecosystem) for p in strategy.priorities],
    )
    await record_event(session, kit.outbox, event, f"innovation-strategies/{strategy.id}")


async def create_strategy(session: AsyncSession, identity: Identity, data: StrategyCreate, now: datetime) -> InnovationStrategy:
    """Record a region's smart-specialisation strategy; every code is checked first."""
    ensure_coordination_unit(identity, "records innovation strategies")
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
        created_at=now,
        updated_at=now,
        priorities=_priorities(data.priorities),
    )
    session.add(strategy)
    await session.flush()
    await _announce_strategy(session, strategy, InnovationStrategyPublished)
    return strategy


async def get_strategy(session: AsyncSession, strategy_id: str) -> InnovationStrategy:
    """One strategy with its priorities, or 404."""
    return await get_or_404(session, InnovationStrategy, strategy_id, what="innovation strategy")


async def list_strategies(session: AsyncSession, page: PageParams, **filters: Any) -> dict[str, Any]:
    """Strategies, filtered by region, side or a priority's ecosystem."""
    return await repository.list_strategies(session, page, **filters)


async def update_strategy(
    session: AsyncSession, identity: Identity, strategy_id: str, data: StrategyUpdate, if_match: str | None, now: datetime
) -> InnovationStrategy:
    """Change a strategy's title, description or priorities (replaced as a whole)."""
    ensure_coordination_unit(identity, "changes innovation strategies")
    strategy = await get_or_404(session, InnovationStrategy, strategy_id, what="innovation strategy", for_update=True)
    check_if_match(if_match, strategy.version)
    if data.priorities is not None:
        reject(_priority_problems(data.priorities))
    changed = data.priorities is not None
    for field in ("title", "description"):
        value = getattr(data, field)
        if value is not None and value != getattr(strategy, field):
            setattr(strategy, field, value)
            changed = True
    if not changed:
        return strategy
    strategy.updated_at = now
    touch(strategy)  # the version moves once, also when only the priorities (child rows) change
    if data.priorities is not None:
        strategy.priorities.clear()
        await session.flush()  # the old rows go before new ones take their positions
        strategy.priorities.extend(_priorities(data.priorities))
    await session.flush()
    await _announce_strategy(session, strategy, InnovationStrategyUpdated)
    return strategy


# --- organisations ----------------------------------------------------------------------


async def register_organisation(
    session: AsyncSession, identity: Identity, data: OrganisationCreate, now: datetime
) -> Organisation:
    """Register an organisation of an EU or LAC region; every code and rule is checked first.

    The coordination unit registers organisations and binds partner keys to them (decision 0018):
    a partner that could register its own would act for any organisation it made up."""
    ensure_coordination_unit(identity, "registers organisations, then binds partner keys to them")
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
        latitude=data.latitude,
        longitude=data.longitude,
        created_by=identity.subject,
        created_at=now,
        updated_at=now,
        nace=[OrganisationNace(nace_code=c) for c in domain.normalise_nace(data.nace_codes)],
    )
    session.add(org)
    await session.flush()
    await record_event(
        session, kit.outbox, OrganisationRegistered(organisation=organisation_profile(org)), f"organisations/{org.id}"
    )
    return org


async def get_organisation(session: AsyncSession, organisation_id: str) -> Organisation:
    """One organisation, or 404."""
    return await get_or_404(session, Organisation, organisation_id, what="organisation")


async def list_organisations(
    session: AsyncSession, page: PageParams, *, region_id: str | None, nace_code: str | None, **filters: Any
) -> dict[str, Any]:
    """Organisations by name; a region filter takes the regions inside it, a NACE filter the codes below it."""
    region_ids = [r.id for r in regions().values() if within(r.id, region_id)] if region_id else None
    nace = None
    if nace_code:
        nace = nace_descendants(nace_code)
        if not nace:
            raise Problem(
                422,
                f"{nace_code!r} is not a NACE Rev. 2 code.",
                errors=[{"pointer": "query:nace_code", "detail": "unknown", "code": "unknown_nace_code"}],
            )
    return await repository.list_organisations(session, page, region_ids=region_ids, nace_codes=nace, **filters)


async def update_organisation(
    session: AsyncSession, identity: Identity, organisation_id: str, data: OrganisationUpdate, if_match: str | None, now: datetime
) -> Organisation:
    """Change an organisation's profile (its own partner or an admin); its region and kind stay (register anew to move)."""
    org = await get_or_404(session, Organisation, organisation_id, what="organisation", for_update=True)
    ensure_acts_for(identity, org.id)
    check_if_match(if_match, org.version)
    problems = domain.check_nace_codes(data.nace_codes or [], "/nace_codes")
    if data.size_band is not None:
        problems += domain.check_organisation(OrganisationKind(org.kind), data.size_band)
    reject(problems)
    changed = False
    for field in ("name", "description", "website", "latitude", "longitude"):
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
    new_nace = data.nace_codes is not None and domain.normalise_nace(data.nace_codes) != org.nace_codes
    if not (changed or new_nace):
        return org
    org.updated_at = now
    touch(org)  # the version moves once, also when only the NACE codes (child rows) change
    if new_nace:
        org.nace.clear()
        await session.flush()  # the old codes go before the new ones, which may repeat some
        org.nace.extend(OrganisationNace(nace_code=c) for c in domain.normalise_nace(data.nace_codes))
    await session.flush()
    return org
