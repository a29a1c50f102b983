"""Every query of the value_chains service, and the sort of each of its lists next to it."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, and_, column, exists, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains.models import (
    Agreement,
    InnovationStrategy,
    Interest,
    Match,
    Opportunity,
    Organisation,
    OrganisationNace,
    RegionInterest,
    StrategyPriority,
    ValueChain,
    ValueChainParticipant,
)
from services.value_chains.regions import Region, Side, regions, within
from shared.geo import Area, area_conditions
from shared.pagination import Keyset, PageParams, asc, desc

ORGANISATIONS = Keyset("value_chains.organisations", asc(Organisation.name), asc(Organisation.id))
STRATEGIES = Keyset("value_chains.strategies", InnovationStrategy.id)
VALUE_CHAINS = Keyset("value_chains.chains", ValueChain.id)
OPPORTUNITIES = Keyset("value_chains.opportunities", desc(Opportunity.id))
MATCHES = Keyset("value_chains.matches", desc(Match.score), asc(Match.id))
AGREEMENTS = Keyset("value_chains.agreements", Agreement.id)
REGION_INTERESTS = Keyset("value_chains.region_interests", RegionInterest.id)
# Regions are reference data paged in Python; the column only names the key and its type.
REGIONS = Keyset("value_chains.regions", column("id", String))


async def _page(session: AsyncSession, keyset: Keyset, query: Any, page: PageParams) -> dict[str, Any]:
    return keyset.page((await session.scalars(keyset.apply(query, page))).all(), page)


# --- regions (reference data) -----------------------------------------------------------


def list_regions(
    page: PageParams,
    *,
    side: Side | None = None,
    country_code: str | None = None,
    level: int | None = None,
    within_region: str | None = None,
    q: str | None = None,
) -> dict[str, Any]:
    """EU and LAC regions by id, filtered."""
    after = REGIONS.decode(page.page_token)[0] if page.page_token else None
    rows: list[Region] = []
    for r in sorted(regions().values(), key=lambda r: r.id):
        if (after and r.id <= after) or (side and r.side != side) or (level is not None and r.level != level):
            continue
        if country_code and r.country_code != country_code.upper():
            continue
        if within_region and (r.id == within_region.upper() or not within(r.id, within_region)):
            continue
        if q and q.lower() not in r.name.lower():
            continue
        rows.append(r)
        if len(rows) > page.page_size:
            break
    return REGIONS.page(rows, page)


# --- organisations ----------------------------------------------------------------------


async def get_organisations(session: AsyncSession, ids: Collection[str]) -> dict[str, Organisation]:
    rows = (await session.scalars(select(Organisation).where(Organisation.id.in_(list(ids))))).all()
    return {o.id: o for o in rows}


async def list_organisations(
    session: AsyncSession,
    page: PageParams,
    *,
    kind: str | None = None,
    side: str | None = None,
    country_code: str | None = None,
    region_ids: Collection[str] | None = None,
    nace_codes: Collection[str] | None = None,
    q: str | None = None,
    area: Area = Area(),
) -> dict[str, Any]:
    """Organisations by name then id, filtered."""
    query = select(Organisation).where(*area_conditions(Organisation.latitude, Organisation.longitude, area))
    if kind:
        query = query.where(Organisation.kind == kind)
    if side:
        query = query.where(Organisation.side == side)
    if country_code:
        query = query.where(Organisation.country_code == country_code.upper())
    if region_ids is not None:
        query = query.where(Organisation.region_id.in_(list(region_ids)))
    if nace_codes is not None:
        query = query.where(
            exists().where(OrganisationNace.organisation_id == Organisation.id, OrganisationNace.nace_code.in_(list(nace_codes)))
        )
    if q:
        query = query.where(func.lower(Organisation.name).like(f"%{q.lower()}%"))
    return await _page(session, ORGANISATIONS, query, page)


async def organisations_of_side(session: AsyncSession, side: str, *, limit: int = 10_000) -> list[Organisation]:
    """Candidates for a value-chain gap: the organisations of one side of the Atlantic."""
    query = select(Organisation).where(Organisation.side == side).order_by(Organisation.id).limit(limit)
    return list((await session.scalars(query)).all())


# --- innovation strategies --------------------------------------------------------------


async def list_strategies(
    session: AsyncSession,
    page: PageParams,
    *,
    region_id: str | None = None,
    side: str | None = None,
    ecosystem: str | None = None,
) -> dict[str, Any]:
    """Strategies by id, filtered by region, side or a priority's ecosystem."""
    query = select(InnovationStrategy)
    if region_id:
        query = query.where(InnovationStrategy.region_id == region_id.upper())
    if side:
        query = query.where(InnovationStrategy.side == side)
    if ecosystem:
        query = query.where(
            exists().where(StrategyPriority.strategy_id == InnovationStrategy.id, StrategyPriority.ecosystem == ecosystem)
        )
    return await _page(session, STRATEGIES, query, page)


async def current_strategies(session: AsyncSession, year: int) -> list[InnovationStrategy]:
    """Every strategy whose period covers `year`, with its priorities (matchmaking's bonus reads them)."""
    query = select(InnovationStrategy).where(InnovationStrategy.period_start <= year, InnovationStrategy.period_end >= year)
    return list((await session.scalars(query.order_by(InnovationStrategy.id))).all())


# --- value chains -----------------------------------------------------------------------


async def list_value_chains(
    session: AsyncSession,
    page: PageParams,
    *,
    ecosystem: str | None = None,
    organisation_id: str | None = None,
) -> dict[str, Any]:
    """Chains by id, of an ecosystem or with an organisation leading or taking part."""
    query = select(ValueChain)
    if ecosystem:
        query = query.where(ValueChain.ecosystem == ecosystem)
    if organisation_id:
        query = query.where(
            or_(
                ValueChain.lead_organisation_id == organisation_id,
                exists().where(
                    ValueChainParticipant.value_chain_id == ValueChain.id,
                    ValueChainParticipant.organisation_id == organisation_id,
                ),
            )
        )
    return await _page(session, VALUE_CHAINS, query, page)


async def all_value_chains(session: AsyncSession) -> list[ValueChain]:
    """Every chain with its stages and participants (for the dashboard's gap counts)."""
    return list((await session.scalars(select(ValueChain))).all())


# --- opportunities ----------------------------------------------------------------------


async def list_opportunities(
    session: AsyncSession,
    page: PageParams,
    today: date,
    *,
    readable_by: Collection[str] | None = None,
    kind: str | None = None,
    status: str | None = None,
    side: str | None = None,
    organisation_id: str | None = None,
) -> dict[str, Any]:
    """Opportunities newest first; `status` open and expired are read against `today`. With
    `readable_by` (a partner's organisations) only open ones and those of these organisations."""
    query = select(Opportunity)
    is_open = and_(Opportunity.status == "open", Opportunity.expires_on >= today)
    if readable_by is not None:
        query = query.where(or_(is_open, Opportunity.organisation_id.in_(list(readable_by))))
    if kind:
        query = query.where(Opportunity.kind == kind)
    if status == "open":
        query = query.where(is_open)
    elif status == "expired":
        query = query.where(Opportunity.status == "open", Opportunity.expires_on < today)
    elif status:
        query = query.where(Opportunity.status == status)
    if side:
        query = query.where(Opportunity.side == side)
    if organisation_id:
        query = query.where(Opportunity.organisation_id == organisation_id)
    return await _page(session, OPPORTUNITIES, query, page)


async def open_counterparts(
    session: AsyncSession, kinds: Collection[str], other_side: str, today: date, *, limit: int = 10_000
) -> list[Opportunity]:
    """Open, unexpired opportunities of `kinds` published on the other side of the Atlantic."""
    query = (
        select(Opportunity)
        .where(
            Opportunity.kind.in_(list(kinds)),
            Opportunity.side == other_side,
            Opportunity.status == "open",
            Opportunity.expires_on >= today,
        )
        .order_by(Opportunity.id)
        .limit(limit)
    )
    return list((await session.scalars(query)).all())


# --- matches ----------------------------------------------------------------------------


async def find_match(session: AsyncSession, match_id: str, *, for_update: bool = False) -> Match | None:
    """The match, or None (an agreement names its match in the body: unknown is a 422, not a 404)."""
    return await session.get(Match, match_id, with_for_update=for_update)


async def matched_pairs(session: AsyncSession, opportunity_id: str) -> set[tuple[str, str]]:
    """(offer, request) pairs already matched that involve the opportunity."""
    rows = await session.execute(
        select(Match.offer_id, Match.request_id).where(or_(Match.offer_id == opportunity_id, Match.request_id == opportunity_id))
    )
    return {(o, r) for o, r in rows.all()}


async def matched_gap_candidates(session: AsyncSession, value_chain_id: str) -> set[tuple[str, str]]:
    """(stage, organisation) pairs of a chain already proposed."""
    rows = await session.execute(
        select(Match.stage_key, Match.second_organisation_id).where(Match.value_chain_id == value_chain_id)
    )
    return {(s, o) for s, o in rows.all()}


async def mutual_pairs(session: AsyncSession, organisation_ids: Collection[str]) -> list[tuple[str, str]]:
    """The parties of the matches of these organisations in which both parties expressed interest."""
    if not organisation_ids:
        return []
    ids = list(organisation_ids)
    both = select(func.count()).where(Interest.match_id == Match.id).scalar_subquery() >= 2
    query = select(Match.first_organisation_id, Match.second_organisation_id).where(
        or_(Match.first_organisation_id.in_(ids), Match.second_organisation_id.in_(ids)), both
    )
    return [(f, s) for f, s in (await session.execute(query)).all()]


async def stale_matches(session: AsyncSession, statuses: Collection[str], acted_before: datetime) -> list[Match]:
    """Matches in `statuses` whose last action was at or before `acted_before`, locked for the sweep."""
    query = select(Match).where(Match.status.in_(list(statuses)), Match.updated_at <= acted_before).order_by(Match.id)
    return list((await session.scalars(query.with_for_update())).all())


async def list_matches(
    session: AsyncSession,
    page: PageParams,
    *,
    readable_by: Collection[str] | None = None,
    kind: str | None = None,
    status: str | None = None,
    opportunity_id: str | None = None,
    organisation_id: str | None = None,
    value_chain_id: str | None = None,
) -> dict[str, Any]:
    """Matches best first (score, then id), filtered; with `readable_by` only those of these organisations."""
    query = select(Match)
    if readable_by is not None:
        ids = list(readable_by)
        query = query.where(or_(Match.first_organisation_id.in_(ids), Match.second_organisation_id.in_(ids)) if ids else false())
    if kind:
        query = query.where(Match.kind == kind)
    if status:
        query = query.where(Match.status == status)
    if opportunity_id:
        query = query.where(or_(Match.offer_id == opportunity_id, Match.request_id == opportunity_id))
    if organisation_id:
        query = query.where(or_(Match.first_organisation_id == organisation_id, Match.second_organisation_id == organisation_id))
    if value_chain_id:
        query = query.where(Match.value_chain_id == value_chain_id)
    return await _page(session, MATCHES, query, page)


# --- agreements -------------------------------------------------------------------------


async def list_agreements(
    session: AsyncSession, page: PageParams, *, kind: str | None = None, match_id: str | None = None
) -> dict[str, Any]:
    """Agreements oldest first, of a kind or of one match."""
    query = select(Agreement)
    if kind:
        query = query.where(Agreement.kind == kind)
    if match_id:
        query = query.where(Agreement.match_id == match_id)
    return await _page(session, AGREEMENTS, query, page)


# --- region interests -------------------------------------------------------------------


async def region_interest_exists(session: AsyncSession, region_id: str, partner_region_id: str) -> bool:
    query = select(RegionInterest.id).where(
        RegionInterest.region_id == region_id, RegionInterest.partner_region_id == partner_region_id
    )
    return (await session.scalar(query)) is not None


async def list_region_interests(session: AsyncSession, page: PageParams, region_id: str) -> dict[str, Any]:
    """Interests a region expressed, and those expressed in it, oldest first."""
    query = select(RegionInterest).where(
        or_(RegionInterest.region_id == region_id, RegionInterest.partner_region_id == region_id)
    )
    return await _page(session, REGION_INTERESTS, query, page)


# --- stats ------------------------------------------------------------------------------


async def _count_by(session: AsyncSession, key: Any, *where: Any) -> dict[str, int]:
    rows = await session.execute(select(key, func.count()).where(*where).group_by(key))
    return {k: n for k, n in rows.all()}


async def _count(session: AsyncSession, model: Any, *where: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def stats_counts(session: AsyncSession, today: date) -> dict[str, Any]:
    """The dashboard's counts, each one grouped query."""
    return {
        "organisations_by_kind": await _count_by(session, Organisation.kind),
        "organisations_by_side": await _count_by(session, Organisation.side),
        "innovation_strategies": await _count(session, InnovationStrategy),
        "value_chains": await _count(session, ValueChain),
        "opportunities_open_by_kind": await _count_by(
            session, Opportunity.kind, Opportunity.status == "open", Opportunity.expires_on >= today
        ),
        "opportunities_expired": await _count(session, Opportunity, Opportunity.status == "open", Opportunity.expires_on < today),
        "opportunities_withdrawn": await _count(session, Opportunity, Opportunity.status == "withdrawn"),
        "opportunities_submitted": await _count(session, Opportunity, Opportunity.status == "submitted"),
        "matches_by_status": await _count_by(session, Match.status),
        "agreements_by_kind": await _count_by(session, Agreement.kind),
        "region_interests": await _count(session, RegionInterest),
    }
