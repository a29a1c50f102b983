"""HTTP routes of cooperation: opportunities, matches with their expressions of interest,
and agreements. Thin: they parse, authorise and call cooperation/service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.cooperation import service
from services.value_chains.cooperation.schemas import (
    AgreementCreate,
    AgreementPage,
    AgreementRead,
    InterestCreate,
    InterestRead,
    MatchPage,
    MatchRead,
    MatchRunRead,
    OpportunityCreate,
    OpportunityPage,
    OpportunityRead,
)
from services.value_chains.cooperation.service import MatchRules, MatchRun
from services.value_chains.domain import AgreementKind, MatchKind, MatchStatus, OpportunityKind
from services.value_chains.regions import Side
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

opportunities = APIRouter(prefix="/v1/opportunities", tags=["opportunities"])
matches = APIRouter(prefix="/v1/matches", tags=["matches"])
agreements = APIRouter(prefix="/v1/agreements", tags=["agreements"])


async def match_rules(request: Request) -> MatchRules:
    """The matchmaking threshold and limit from the service's settings."""
    settings = request.app.state.settings
    return MatchRules(threshold=settings.match_threshold, limit=settings.max_matches_per_run)


Rules = Annotated[MatchRules, Depends(match_rules)]


# --- opportunities ----------------------------------------------------------------------


@opportunities.post("", status_code=201, response_model=OpportunityRead)
async def publish_opportunity(
    session: SessionDep,
    identity: ValueChainsWrite,
    body: OpportunityCreate,
    clock: ClockDep,
    rules: Rules,
    response: Response,
):
    """Publish a technology or business offer or request, or an R&D request; it is matched at once."""
    opp, run = await service.publish_opportunity(session, identity, body, clock.now(), rules)
    response.headers["Location"] = f"/v1/opportunities/{opp.id}"
    response.headers["X-Matches-Proposed"] = str(len(run.proposed))
    set_etag(response, opp.version)
    return opp


@opportunities.get("", response_model=OpportunityPage)
async def list_opportunities(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    clock: ClockDep,
    kind: OpportunityKind | None = None,
    status: Annotated[str | None, Query(pattern="^(open|expired|withdrawn)$")] = None,
    side: Side | None = None,
    organisation_id: str | None = None,
) -> dict:
    """List opportunities, newest first, filtered."""
    return await service.list_opportunities(
        session, page, clock.today(), kind=kind, status=status, side=side, organisation_id=organisation_id
    )


@opportunities.get("/{opportunity_id}", response_model=OpportunityRead)
async def get_opportunity(
    session: SessionDep, identity: ValueChainsRead, opportunity_id: str, clock: ClockDep, response: Response
):
    """One opportunity."""
    opp = await service.get_opportunity(session, opportunity_id, clock.today())
    set_etag(response, opp.version)
    return opp


@opportunities.post("/{opportunity_id}:match", response_model=MatchRunRead)
async def match_opportunity(
    session: SessionDep, identity: ValueChainsWrite, opportunity_id: str, clock: ClockDep, rules: Rules
) -> MatchRun:
    """Run matchmaking for an open opportunity again (new counterparts only); an expired one gets 422."""
    return await service.match_opportunity(session, identity, opportunity_id, clock.now(), rules)


@opportunities.post("/{opportunity_id}:withdraw", response_model=OpportunityRead)
async def withdraw_opportunity(
    session: SessionDep,
    identity: ValueChainsWrite,
    opportunity_id: str,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Take an opportunity out of matchmaking."""
    opp = await service.withdraw_opportunity(session, identity, opportunity_id, if_match, clock.today())
    set_etag(response, opp.version)
    return opp


# --- matches ----------------------------------------------------------------------------


@matches.get("", response_model=MatchPage)
async def list_matches(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    kind: MatchKind | None = None,
    status: MatchStatus | None = None,
    opportunity_id: str | None = None,
    organisation_id: str | None = None,
    value_chain_id: str | None = None,
) -> dict:
    """List matches, best score first, filtered."""
    return await service.list_matches(
        session,
        page,
        kind=kind,
        status=status,
        opportunity_id=opportunity_id,
        organisation_id=organisation_id,
        value_chain_id=value_chain_id,
    )


@matches.get("/{match_id}", response_model=MatchRead)
async def get_match(session: SessionDep, identity: ValueChainsRead, match_id: str, response: Response):
    """One match with its score breakdown, explanation and expressions of interest."""
    m = await service.get_match(session, match_id)
    set_etag(response, m.version)
    return m


@matches.post("/{match_id}:expressInterest", status_code=201, response_model=InterestRead)
async def express_match_interest(
    session: SessionDep,
    identity: ValueChainsWrite,
    match_id: str,
    body: InterestCreate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """A party of the match expresses interest in the other; once both have, an agreement may follow."""
    interest, m = await service.express_interest(session, identity, match_id, body, if_match, clock.now())
    response.headers["Location"] = f"/v1/matches/{m.id}"
    set_etag(response, m.version)
    return interest


# --- agreements -------------------------------------------------------------------------


@agreements.post("", status_code=201, response_model=AgreementRead)
async def sign_agreement(
    session: SessionDep, identity: ValueChainsWrite, body: AgreementCreate, clock: ClockDep, response: Response
):
    """Record the agreement a match led to (both parties must have expressed interest)."""
    a = await service.sign_agreement(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/agreements/{a.id}"
    set_etag(response, a.version)
    return a


@agreements.get("", response_model=AgreementPage)
async def list_agreements(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    kind: AgreementKind | None = None,
    match_id: str | None = None,
) -> dict:
    """List agreements, oldest first."""
    return await service.list_agreements(session, page, kind=kind, match_id=match_id)


@agreements.get("/{agreement_id}", response_model=AgreementRead)
async def get_agreement(session: SessionDep, identity: ValueChainsRead, agreement_id: str, response: Response):
    """One agreement."""
    a = await service.get_agreement(session, agreement_id)
    set_etag(response, a.version)
    return a


ROUTERS = (opportunities, matches, agreements)
