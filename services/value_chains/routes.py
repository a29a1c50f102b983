"""HTTP routes of the value_chains service for regions, innovation strategies and
organisations: thin, they parse, authorise and call service.py. Value chains are in
chains/routes.py; opportunities, matches and agreements in cooperation/routes.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.value_chains import service
from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.chains.routes import ROUTERS as CHAIN_ROUTERS
from services.value_chains.cooperation.routes import ROUTERS as COOPERATION_ROUTERS
from services.value_chains.domain import OrganisationKind
from services.value_chains.opportunities.routes import ROUTERS as OPPORTUNITY_ROUTERS
from services.value_chains.regions import Region, Side
from services.value_chains.schemas import (
    NACE_PATTERN,
    OrganisationCreate,
    OrganisationPage,
    OrganisationRead,
    OrganisationUpdate,
    RegionInterestCreate,
    RegionInterestPage,
    RegionInterestRead,
    RegionPage,
    RegionRead,
    StrategyCreate,
    StrategyPage,
    StrategyRead,
    StrategyUpdate,
)
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.geo import GEOJSON_ANSWER, AreaQuery, geojson_page, wants_geojson
from shared.pagination import PageQuery
from shared.service import SessionDep

regions_router = APIRouter(prefix="/v1/regions", tags=["regions"])
strategies = APIRouter(prefix="/v1/innovation-strategies", tags=["innovation-strategies"])
organisations = APIRouter(prefix="/v1/organisations", tags=["organisations"])


# --- regions ----------------------------------------------------------------------------


@regions_router.get("", response_model=RegionPage)
async def list_regions(
    identity: ValueChainsRead,
    page: PageQuery,
    side: Side | None = None,
    country_code: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    level: Annotated[int | None, Query(ge=0, le=3)] = None,
    within_region: Annotated[str | None, Query(alias="within", description="Only regions inside this one.")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the name.")] = None,
) -> dict:
    """List EU NUTS 2024 regions and LAC countries and subdivisions, by id, filtered."""
    return service.list_regions(page, side=side, country_code=country_code, level=level, within_region=within_region, q=q)


@regions_router.get("/{region_id}", response_model=RegionRead)
async def get_region(identity: ValueChainsRead, region_id: str) -> Region:
    """One region."""
    return service.get_region(region_id)


@regions_router.post("/{region_id}/interests", status_code=201, response_model=RegionInterestRead)
async def express_region_interest(
    session: SessionDep,
    identity: ValueChainsWrite,
    region_id: str,
    body: RegionInterestCreate,
    clock: ClockDep,
    response: Response,
):
    """A region expresses interest in a partner region across the Atlantic (the pairing service pairs them)."""
    interest = await service.express_region_interest(session, identity, region_id, body, clock.now())
    response.headers["Location"] = f"/v1/regions/{interest.region_id}/interests"
    return interest


@regions_router.get("/{region_id}/interests", response_model=RegionInterestPage)
async def list_region_interests(session: SessionDep, identity: ValueChainsRead, region_id: str, page: PageQuery) -> dict:
    """Interests a region expressed and those expressed in it."""
    return await service.list_region_interests(session, region_id, page)


# --- innovation strategies --------------------------------------------------------------


@strategies.post("", status_code=201, response_model=StrategyRead)
async def create_innovation_strategy(
    session: SessionDep, identity: ValueChainsWrite, body: StrategyCreate, clock: ClockDep, response: Response
):
    """Record a region's smart-specialisation strategy with its priorities."""
    s = await service.create_strategy(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/innovation-strategies/{s.id}"
    set_etag(response, s.version)
    return s


@strategies.get("", response_model=StrategyPage)
async def list_innovation_strategies(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    region_id: str | None = None,
    side: Side | None = None,
    ecosystem: str | None = None,
) -> dict:
    """List strategies, filtered by region, side or a priority's ecosystem."""
    return await service.list_strategies(session, page, region_id=region_id, side=side, ecosystem=ecosystem)


@strategies.get("/{strategy_id}", response_model=StrategyRead)
async def get_innovation_strategy(session: SessionDep, identity: ValueChainsRead, strategy_id: str, response: Response):
    """One strategy with its priorities."""
    s = await service.get_strategy(session, strategy_id)
    set_etag(response, s.version)
    return s


@strategies.patch("/{strategy_id}", response_model=StrategyRead)
async def update_innovation_strategy(
    session: SessionDep,
    identity: ValueChainsWrite,
    strategy_id: str,
    body: StrategyUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Change a strategy (If-Match with the ETag guards against lost updates)."""
    s = await service.update_strategy(session, identity, strategy_id, body, if_match, clock.now())
    set_etag(response, s.version)
    return s


# --- organisations ----------------------------------------------------------------------


@organisations.post("", status_code=201, response_model=OrganisationRead)
async def register_organisation(
    session: SessionDep, identity: ValueChainsWrite, body: OrganisationCreate, clock: ClockDep, response: Response
):
    """Register an SME, cluster, research body, public body, large company or NGO (the coordination unit does)."""
    org = await service.register_organisation(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/organisations/{org.id}"
    set_etag(response, org.version)
    return org


@organisations.get("", response_model=OrganisationPage, responses={200: GEOJSON_ANSWER})
async def list_organisations(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    request: Request,
    area: AreaQuery,
    kind: OrganisationKind | None = None,
    side: Side | None = None,
    country_code: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    region_id: Annotated[str | None, Query(description="The region or any region inside it.")] = None,
    nace_code: Annotated[str | None, Query(pattern=NACE_PATTERN, description="The code or any code below it.")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the name.")] = None,
) -> dict:
    """List organisations by name, filtered; `near` and `bbox` keep those whose coordinates lie in the area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection."""
    found = await service.list_organisations(
        session, page, area=area, kind=kind, side=side, country_code=country_code, region_id=region_id, nace_code=nace_code, q=q
    )
    return geojson_page(found, OrganisationRead) if wants_geojson(request) else found


@organisations.get("/{organisation_id}", response_model=OrganisationRead)
async def get_organisation(session: SessionDep, identity: ValueChainsRead, organisation_id: str, response: Response):
    """One organisation."""
    org = await service.get_organisation(session, organisation_id)
    set_etag(response, org.version)
    return org


@organisations.patch("/{organisation_id}", response_model=OrganisationRead)
async def update_organisation(
    session: SessionDep,
    identity: ValueChainsWrite,
    organisation_id: str,
    body: OrganisationUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Change an organisation's profile: an admin, or a partner key bound to it (If-Match guards against lost updates)."""
    org = await service.update_organisation(session, identity, organisation_id, body, if_match, clock.now())
    set_etag(response, org.version)
    return org


ROUTERS = (regions_router, strategies, organisations, *CHAIN_ROUTERS, *OPPORTUNITY_ROUTERS, *COOPERATION_ROUTERS)
