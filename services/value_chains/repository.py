"""Every query of the value_chains service."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains.models import (
    Agreement,
    InnovationStrategy,
    Match,
    Opportunity,
    Organisation,
    OrganisationNace,
    RegionInterest,
    StrategyPriority,
    ValueChain,
    ValueChainParticipant,
)
from shared.pagination import PageParams


def _after(columns: Sequence[Any], values: list[Any]):
    """Keyset condition: (c1, c2) > (v1, v2), spelled out so it works on every database."""
    c1, c2 = columns
    v1, v2 = values
    return or_(c1 > v1, and_(c1 == v1, c2 > v2))


async def _one(session: AsyncSession, model: Any, key: str, for_update: bool) -> Any:
    query = select(model).where(model.id == key)
    if for_update:
        query = query.with_for_update()
    return (await session.scalars(query)).one_or_none()


# --- organisations ----------------------------------------------------------------------


async def get_organisation(session: AsyncSession, organisation_id: str, *, for_update: bool = False) -> Organisation | None:
    return await _one(session, Organisation, organisation_id, for_update)


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
) -> list[Organisation]:
    """Organisations by name then id, filtered; one more than the page size."""
    query = select(Organisation)
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
    if page.after:
        query = query.where(_after((Organisation.name, Organisation.id), page.after))
    return list((await session.scalars(query.order_by(Organisation.name, Organisation.id).limit(page.page_size + 1))).all())


async def organisations_of_side(session: AsyncSession, side: str, *, limit: int = 10_000) -> list[Organisation]:
    """Candidates for a value-chain gap: the organisations of one side of the Atlantic."""
    query = select(Organisation).where(Organisation.side == side).order_by(Organisation.id).limit(limit)
    return list((await session.scalars(query)).all())


# --- innovation strategies --------------------------------------------------------------


async def get_strategy(session: AsyncSession, strategy_id: str, *, for_update: bool = False) -> InnovationStrategy | None:
    return await _one(session, InnovationStrategy, strategy_id, for_update)


async def list_strategies(
    session: AsyncSession,
    page: PageParams,
    *,
    region_id: str | None = None,
    side: str | None = None,
    ecosystem: str | None = None,
) -> list[InnovationStrategy]:
    query = select(InnovationStrategy)
    if region_id:
        query = query.where(InnovationStrategy.region_id == region_id.upper())
    if side:
        query = query.where(InnovationStrategy.side == side)
    if ecosystem:
        query = query.where(
            exists().where(StrategyPriority.strategy_id == InnovationStrategy.id, StrategyPriority.ecosystem == ecosystem)
        )
    if page.after:
        query = query.where(InnovationStrategy.id > page.after[0])
    return list((await session.scalars(query.order_by(InnovationStrategy.id).limit(page.page_size + 1))).all())


# --- value chains -----------------------------------------------------------------------


async def get_value_chain(session: AsyncSession, value_chain_id: str, *, for_update: bool = False) -> ValueChain | None:
    return await _one(session, ValueChain, value_chain_id, for_update)


async def list_value_chains(
    session: AsyncSession,
    page: PageParams,
    *,
    ecosystem: str | None = None,
    organisation_id: str | None = None,
) -> list[ValueChain]:
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
    if page.after:
        query = query.where(ValueChain.id > page.after[0])
    return list((await session.scalars(query.order_by(ValueChain.id).limit(page.page_size + 1))).all())


async def all_value_chains(session: AsyncSession) -> list[ValueChain]:
    """Every chain with its stages and participants (for the dashboard's gap counts)."""
    return list((await session.scalars(select(ValueChain))).all())


# --- opportunities ----------------------------------------------------------------------


async def get_opportunity(session: AsyncSession, opportunity_id: str, *, for_update: bool = False) -> Opportunity | None:
    return await _one(session, Opportunity, opportunity_id, for_update)


async def get_opportunities(session: AsyncSession, ids: Collection[str]) -> dict[str, Opportunity]:
    rows = (await session.scalars(select(Opportunity).where(Opportunity.id.in_(list(ids))))).all()
    return {o.id: o for o in rows}


async def list_opportunities(
    session: AsyncSession,
    page: PageParams,
    today: date,
    *,
    kind: str | None = None,
    status: str | None = None,
    side: str | None = None,
    organisation_id: str | None = None,
) -> list[Opportunity]:
    """Opportunities newest first; `status` open and expired are read against `today`."""
    query = select(Opportunity)
    if kind:
        query = query.where(Opportunity.kind == kind)
    if status == "open":
        query = query.where(Opportunity.status == "open", Opportunity.expires_on >= today)
    elif status == "expired":
        query = query.where(Opportunity.status == "open", Opportunity.expires_on < today)
    elif status:
        query = query.where(Opportunity.status == status)
    if side:
        query = query.where(Opportunity.side == side)
    if organisation_id:
        query = query.where(Opportunity.organisation_id == organisation_id)
    if page.after:
        query = query.where(Opportunity.id < page.after[0])
    return list((await session.scalars(query.order_by(Opportunity.id.desc()).limit(page.page_size + 1))).all())


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


async def get_match(session: AsyncSession, match_id: str, *, for_update: bool = False) -> Match | None:
    return await _one(session, Match, match_id, for_update)


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


async def list_matches(
    session: AsyncSession,
    page: PageParams,
    *,
    kind: str | None = None,
    status: str | None = None,
    opportunity_id: str | None = None,
    organisation_id: str | None = None,
    value_chain_id: str | None = None,
) -> list[Match]:
    """Matches best first (score, then id)."""
    query = select(Match)
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
    if page.after:
        score, mid = page.after
        query = query.where(or_(Match.score < score, and_(Match.score == score, Match.id > mid)))
    return list((await session.scalars(query.order_by(Match.score.desc(), Match.id).limit(page.page_size + 1))).all())


# --- agreements -------------------------------------------------------------------------


async def get_agreement(session: AsyncSession, agreement_id: str) -> Agreement | None:
    return await session.get(Agreement, agreement_id)


async def list_agreements(
    session: AsyncSession, page: PageParams, *, kind: str | None = None, match_id: str | None = None
) -> list[Agreement]:
    query = select(Agreement)
    if kind:
        query = query.where(Agreement.kind == kind)
    if match_id:
        query = query.where(Agreement.match_id == match_id)
    if page.after:
        query = query.where(Agreement.id > page.after[0])
    return list((await session.scalars(query.order_by(Agreement.id).limit(page.page_size + 1))).all())


# --- region interests -------------------------------------------------------------------


async def region_interest_exists(session: AsyncSession, region_id: str, partner_region_id: str) -> bool:
    query = select(RegionInterest.id).where(
        RegionInterest.region_id == region_id, RegionInterest.partner_region_id == partner_region_id
    )
    return (await session.scalar(query)) is not None


async def list_region_interests(session: AsyncSession, page: PageParams, region_id: str) -> list[RegionInterest]:
    """Interests a region expressed, and those expressed in it, oldest first."""
    query = select(RegionInterest).where(
        or_(RegionInterest.region_id == region_id, RegionInterest.partner_region_id == region_id)
    )
    if page.after:
        query = query.where(RegionInterest.id > page.after[0])
    return list((await session.scalars(query.order_by(RegionInterest.id).limit(page.page_size + 1))).all())


# --- stats ------------------------------------------------------------------------------


async def _count_by(session: AsyncSession, column: Any, *where: Any) -> dict[str, int]:
    rows = await session.execute(select(column, func.count()).where(*where).group_by(column))
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
        "matches_by_status": await _count_by(session, Match.status),
        "agreements_by_kind": await _count_by(session, Agreement.kind),
        "region_interests": await _count(session, RegionInterest),
    }
