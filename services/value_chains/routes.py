"""HTTP routes of the value_chains service for regions, innovation strategies, organisations
and value chains: thin, they parse, authorise and call service.py. Opportunities, matches
and agreements are in routes_cooperation.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.value_chains import repository, service, service_matching
from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.domain import OrganisationKind
from services.value_chains.models import InnovationStrategy, Organisation, RegionInterest, ValueChain
from services.value_chains.regions import Region, Side, regions, within
from services.value_chains.routes_cooperation import ROUTERS as COOPERATION_ROUTERS
from services.value_chains.routes_cooperation import match_read, match_rules
from services.value_chains.schemas import (
    EcosystemRead,
    GapsRead,
    OrganisationCreate,
    OrganisationPage,
    OrganisationRead,
    OrganisationUpdate,
    ParticipantCreate,
    ParticipantRead,
    RegionInterestCreate,
    RegionInterestPage,
    RegionInterestRead,
    RegionPage,
    RegionRead,
    StatsRead,
    StrategyCreate,
    StrategyPage,
    StrategyRead,
    StrategyUpdate,
    ValueChainCreate,
    ValueChainPage,
    ValueChainRead,
)
from services.value_chains.schemas_cooperation import MatchRunRead
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.reference.economy import ecosystems, nace_descendants
from shared.service import SessionDep

regions_router = APIRouter(prefix="/v1/regions", tags=["regions"])
strategies = APIRouter(prefix="/v1/innovation-strategies", tags=["innovation-strategies"])
organisations = APIRouter(prefix="/v1/organisations", tags=["organisations"])
value_chains = APIRouter(prefix="/v1/value-chains", tags=["value-chains"])


def region_read(r: Region) -> RegionRead:
    return RegionRead(**{k: getattr(r, k) for k in RegionRead.model_fields})


def interest_read(i: RegionInterest) -> RegionInterestRead:
    return RegionInterestRead.model_validate(i, from_attributes=True)


def strategy_read(s: InnovationStrategy) -> StrategyRead:
    return StrategyRead.model_validate(s, from_attributes=True)


def organisation_read(o: Organisation) -> OrganisationRead:
    return OrganisationRead.model_validate(o, from_attributes=True)


def value_chain_read(c: ValueChain) -> ValueChainRead:
    return ValueChainRead.model_validate(c, from_attributes=True)


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
    after = str(page.after[0]) if page.after else None
    rows = []
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
    return make_page(rows, page, key=lambda r: [r.id], to_item=region_read)


@regions_router.get("/{region_id}", response_model=RegionRead)
async def get_region(identity: ValueChainsRead, region_id: str) -> RegionRead:
    """One region."""
    return region_read(service.region_or_404(region_id))


@regions_router.post("/{region_id}/interests", status_code=201, response_model=RegionInterestRead)
async def express_region_interest(
    session: SessionDep, identity: ValueChainsWrite, region_id: str, body: RegionInterestCreate, response: Response
) -> RegionInterestRead:
    """A region expresses interest in a partner region across the Atlantic (the pairing service pairs them)."""
    interest = await service.express_region_interest(session, identity, region_id, body)
    response.headers["Location"] = f"/v1/regions/{interest.region_id}/interests"
    return interest_read(interest)


@regions_router.get("/{region_id}/interests", response_model=RegionInterestPage)
async def list_region_interests(session: SessionDep, identity: ValueChainsRead, region_id: str, page: PageQuery) -> dict:
    """Interests a region expressed and those expressed in it."""
    r = service.region_or_404(region_id)
    rows = await repository.list_region_interests(session, page, r.id)
    return make_page(rows, page, key=lambda i: [i.id], to_item=interest_read)


# --- innovation strategies --------------------------------------------------------------


@strategies.post("", status_code=201, response_model=StrategyRead)
async def create_innovation_strategy(
    session: SessionDep, identity: ValueChainsWrite, body: StrategyCreate, response: Response
) -> StrategyRead:
    """Record a region's smart-specialisation strategy with its priorities."""
    s = await service.create_strategy(session, identity, body)
    response.headers["Location"] = f"/v1/innovation-strategies/{s.id}"
    set_etag(response, s.version)
    return strategy_read(s)


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
    rows = await repository.list_strategies(session, page, region_id=region_id, side=side, ecosystem=ecosystem)
    return make_page(rows, page, key=lambda s: [s.id], to_item=strategy_read)


async def _strategy_or_404(session, strategy_id: str, *, for_update: bool = False) -> InnovationStrategy:
    s = await repository.get_strategy(session, strategy_id, for_update=for_update)
    if s is None:
        raise Problem(404, f"No innovation strategy {strategy_id}.")
    return s


@strategies.get("/{strategy_id}", response_model=StrategyRead)
async def get_innovation_strategy(
    session: SessionDep, identity: ValueChainsRead, strategy_id: str, response: Response
) -> StrategyRead:
    """One strategy with its priorities."""
    s = await _strategy_or_404(session, strategy_id)
    set_etag(response, s.version)
    return strategy_read(s)


@strategies.patch("/{strategy_id}", response_model=StrategyRead)
async def update_innovation_strategy(
    request: Request, session: SessionDep, identity: ValueChainsWrite, strategy_id: str, body: StrategyUpdate, response: Response
) -> StrategyRead:
    """Change a strategy (If-Match with the ETag guards against lost updates)."""
    s = await _strategy_or_404(session, strategy_id, for_update=True)
    check_if_match(request, s.version)
    s = await service.update_strategy(session, s, body)
    set_etag(response, s.version)
    return strategy_read(s)


# --- organisations ----------------------------------------------------------------------


@organisations.post("", status_code=201, response_model=OrganisationRead)
async def register_organisation(
    session: SessionDep, identity: ValueChainsWrite, body: OrganisationCreate, response: Response
) -> OrganisationRead:
    """Register an SME, cluster, research body, public body, large company or NGO."""
    org = await service.register_organisation(session, identity, body)
    response.headers["Location"] = f"/v1/organisations/{org.id}"
    set_etag(response, org.version)
    return organisation_read(org)


@organisations.get("", response_model=OrganisationPage)
async def list_organisations(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    kind: OrganisationKind | None = None,
    side: Side | None = None,
    country_code: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    region_id: Annotated[str | None, Query(description="The region or any region inside it.")] = None,
    nace_code: Annotated[str | None, Query(description="The code or any code below it.")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the name.")] = None,
) -> dict:
    """List organisations by name, filtered."""
    region_ids = None
    if region_id:
        region_ids = [r.id for r in regions().values() if within(r.id, region_id)]
    nace = None
    if nace_code:
        nace = nace_descendants(nace_code)
        if not nace:
            raise Problem(
                422, f"{nace_code!r} is not a NACE Rev. 2 code.", errors=[{"pointer": "query:nace_code", "detail": "unknown"}]
            )
    rows = await repository.list_organisations(
        session, page, kind=kind, side=side, country_code=country_code, region_ids=region_ids, nace_codes=nace, q=q
    )
    return make_page(rows, page, key=lambda o: [o.name, o.id], to_item=organisation_read)


@organisations.get("/{organisation_id}", response_model=OrganisationRead)
async def get_organisation(
    session: SessionDep, identity: ValueChainsRead, organisation_id: str, response: Response
) -> OrganisationRead:
    """One organisation."""
    org = await service.organisation_or_404(session, organisation_id)
    set_etag(response, org.version)
    return organisation_read(org)


@organisations.patch("/{organisation_id}", response_model=OrganisationRead)
async def update_organisation(
    request: Request,
    session: SessionDep,
    identity: ValueChainsWrite,
    organisation_id: str,
    body: OrganisationUpdate,
    response: Response,
) -> OrganisationRead:
    """Change an organisation's profile (If-Match with the ETag guards against lost updates)."""
    org = await repository.get_organisation(session, organisation_id, for_update=True)
    if org is None:
        raise Problem(404, f"No organisation {organisation_id}.")
    check_if_match(request, org.version)
    org = await service.update_organisation(session, org, body)
    set_etag(response, org.version)
    return organisation_read(org)


# --- value chains -----------------------------------------------------------------------


@value_chains.post("", status_code=201, response_model=ValueChainRead)
async def create_value_chain(
    session: SessionDep, identity: ValueChainsWrite, body: ValueChainCreate, response: Response
) -> ValueChainRead:
    """Set up an international value chain with its ordered stages and first participants."""
    chain = await service.create_value_chain(session, identity, body)
    response.headers["Location"] = f"/v1/value-chains/{chain.id}"
    set_etag(response, chain.version)
    return value_chain_read(chain)


@value_chains.get("", response_model=ValueChainPage)
async def list_value_chains(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    ecosystem: str | None = None,
    organisation_id: Annotated[str | None, Query(description="Chains the organisation leads or takes part in.")] = None,
) -> dict:
    """List value chains, filtered."""
    rows = await repository.list_value_chains(session, page, ecosystem=ecosystem, organisation_id=organisation_id)
    return make_page(rows, page, key=lambda c: [c.id], to_item=value_chain_read)


@value_chains.get("/stats", response_model=StatsRead)
async def get_value_chain_stats(session: SessionDep, identity: ValueChainsRead, clock: ClockDep) -> dict:
    """Dashboard counts: organisations, strategies, chains and their gaps, opportunities, matches, agreements."""
    return await service.stats(session, clock.today())


@value_chains.get("/ecosystems", response_model=list[EcosystemRead])
async def list_industrial_ecosystems(identity: ValueChainsRead) -> list[EcosystemRead]:
    """The EU's 14 industrial ecosystems that chains and strategy priorities are coded by."""
    return [EcosystemRead(slug=e.slug, number=e.number, name=e.name) for e in ecosystems().values()]


@value_chains.get("/{value_chain_id}", response_model=ValueChainRead)
async def get_value_chain(
    session: SessionDep, identity: ValueChainsRead, value_chain_id: str, response: Response
) -> ValueChainRead:
    """One value chain with its stages and participants."""
    chain = await service.value_chain_or_404(session, value_chain_id)
    set_etag(response, chain.version)
    return value_chain_read(chain)


@value_chains.post("/{value_chain_id}/participants", status_code=201, response_model=ParticipantRead)
async def add_value_chain_participant(
    request: Request,
    session: SessionDep,
    identity: ValueChainsWrite,
    value_chain_id: str,
    body: ParticipantCreate,
    response: Response,
) -> ParticipantRead:
    """An organisation takes a role at a stage of the chain."""
    chain = await service.value_chain_or_404(session, value_chain_id, for_update=True)
    check_if_match(request, chain.version)
    participant = await service.add_participant(session, chain, body)
    response.headers["Location"] = f"/v1/value-chains/{chain.id}"
    set_etag(response, chain.version)
    return ParticipantRead.model_validate(participant, from_attributes=True)


@value_chains.delete("/{value_chain_id}/participants/{participant_id}", status_code=204)
async def remove_value_chain_participant(
    request: Request, session: SessionDep, identity: ValueChainsWrite, value_chain_id: str, participant_id: str
) -> Response:
    """An organisation leaves a stage of the chain."""
    chain = await service.value_chain_or_404(session, value_chain_id, for_update=True)
    check_if_match(request, chain.version)
    await service.remove_participant(session, chain, participant_id)
    return Response(status_code=204)


@value_chains.get("/{value_chain_id}/gaps", response_model=GapsRead)
async def get_value_chain_gaps(request: Request, session: SessionDep, identity: ValueChainsRead, value_chain_id: str) -> GapsRead:
    """Stages with no participant on one side of the Atlantic, each with organisations that could fill it."""
    chain = await service.value_chain_or_404(session, value_chain_id)
    candidates = await service_matching.gap_candidates(session, chain, match_rules(request))
    gaps = []
    for gap in service.gaps_of(chain):
        found = candidates.get((gap.stage_key, gap.missing_side.value), [])
        gaps.append(
            {
                "stage_key": gap.stage_key,
                "stage_name": gap.stage_name,
                "position": gap.position,
                "missing_side": gap.missing_side,
                "candidates": [
                    {
                        "organisation_id": c.organisation.id,
                        "name": c.organisation.name,
                        "region_id": c.organisation.region_id,
                        "score": c.ranked.score.breakdown(),
                        "explanation": c.ranked.explanation,
                    }
                    for c in found
                ],
            }
        )
    return GapsRead(value_chain_id=chain.id, gaps=gaps)


@value_chains.post("/{value_chain_id}:matchGaps", response_model=MatchRunRead)
async def match_value_chain_gaps(
    request: Request, session: SessionDep, identity: ValueChainsWrite, value_chain_id: str
) -> MatchRunRead:
    """Propose organisations for the chain's gaps as matches (each pair once)."""
    chain = await service.value_chain_or_404(session, value_chain_id, for_update=True)
    run = await service_matching.match_gaps(session, chain, match_rules(request))
    return MatchRunRead(considered=run.considered, proposed=[match_read(m) for m in run.proposed])


ROUTERS = (regions_router, strategies, organisations, value_chains, *COOPERATION_ROUTERS)
