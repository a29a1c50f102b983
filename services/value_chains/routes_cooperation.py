"""HTTP routes of cooperation: opportunities, matches with their expressions of interest,
and agreements. Thin: they parse, authorise and call service_matching.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.value_chains import repository, service_matching
from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.domain import AgreementKind, MatchKind, MatchStatus, OpportunityKind
from services.value_chains.models import Agreement, Match, Opportunity
from services.value_chains.regions import Side
from services.value_chains.schemas_cooperation import (
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
from services.value_chains.service_matching import MatchRules, opportunity_status
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.service import SessionDep

opportunities = APIRouter(prefix="/v1/opportunities", tags=["opportunities"])
matches = APIRouter(prefix="/v1/matches", tags=["matches"])
agreements = APIRouter(prefix="/v1/agreements", tags=["agreements"])


def match_rules(request: Request) -> MatchRules:
    """The matchmaking threshold and limit from the service's settings."""
    settings = request.app.state.settings
    return MatchRules(threshold=settings.match_threshold, limit=settings.max_matches_per_run)


def opportunity_read(o: Opportunity, today) -> OpportunityRead:
    return OpportunityRead(
        **{k: getattr(o, k) for k in OpportunityRead.model_fields if k != "status"}, status=opportunity_status(o, today)
    )


def match_read(m: Match) -> MatchRead:
    return MatchRead(
        **{k: getattr(m, k) for k in MatchRead.model_fields if k not in ("interests", "breakdown")},
        breakdown=m.breakdown,
        interests=[InterestRead.model_validate(i, from_attributes=True) for i in m.interests],
    )


def agreement_read(a: Agreement) -> AgreementRead:
    return AgreementRead.model_validate(a, from_attributes=True)


# --- opportunities ----------------------------------------------------------------------


@opportunities.post("", status_code=201, response_model=OpportunityRead)
async def publish_opportunity(
    request: Request,
    session: SessionDep,
    identity: ValueChainsWrite,
    body: OpportunityCreate,
    clock: ClockDep,
    response: Response,
) -> OpportunityRead:
    """Publish a technology or business offer or request, or an R&D request; it is matched at once."""
    opp, run = await service_matching.publish_opportunity(session, identity, body, clock.today(), match_rules(request))
    response.headers["Location"] = f"/v1/opportunities/{opp.id}"
    response.headers["X-Matches-Proposed"] = str(len(run.proposed))
    set_etag(response, opp.version)
    return opportunity_read(opp, clock.today())


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
    today = clock.today()
    rows = await repository.list_opportunities(
        session, page, today, kind=kind, status=status, side=side, organisation_id=organisation_id
    )
    return make_page(rows, page, key=lambda o: [o.id], to_item=lambda o: opportunity_read(o, today))


async def _opportunity_or_404(session, opportunity_id: str, *, for_update: bool = False) -> Opportunity:
    opp = await repository.get_opportunity(session, opportunity_id, for_update=for_update)
    if opp is None:
        raise Problem(404, f"No opportunity {opportunity_id}.")
    return opp


@opportunities.get("/{opportunity_id}", response_model=OpportunityRead)
async def get_opportunity(
    session: SessionDep, identity: ValueChainsRead, opportunity_id: str, clock: ClockDep, response: Response
) -> OpportunityRead:
    """One opportunity."""
    opp = await _opportunity_or_404(session, opportunity_id)
    set_etag(response, opp.version)
    return opportunity_read(opp, clock.today())


@opportunities.post("/{opportunity_id}:match", response_model=MatchRunRead)
async def match_opportunity(
    request: Request, session: SessionDep, identity: ValueChainsWrite, opportunity_id: str, clock: ClockDep
) -> MatchRunRead:
    """Run matchmaking for an open opportunity again (new counterparts only); an expired one gets 422."""
    opp = await _opportunity_or_404(session, opportunity_id, for_update=True)
    run = await service_matching.match_opportunity(session, opp, clock.today(), match_rules(request))
    return MatchRunRead(considered=run.considered, proposed=[match_read(m) for m in run.proposed])


@opportunities.post("/{opportunity_id}:withdraw", response_model=OpportunityRead)
async def withdraw_opportunity(
    request: Request, session: SessionDep, identity: ValueChainsWrite, opportunity_id: str, clock: ClockDep, response: Response
) -> OpportunityRead:
    """Take an opportunity out of matchmaking."""
    opp = await _opportunity_or_404(session, opportunity_id, for_update=True)
    check_if_match(request, opp.version)
    opp = await service_matching.withdraw_opportunity(session, opp)
    set_etag(response, opp.version)
    return opportunity_read(opp, clock.today())


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
    rows = await repository.list_matches(
        session,
        page,
        kind=kind,
        status=status,
        opportunity_id=opportunity_id,
        organisation_id=organisation_id,
        value_chain_id=value_chain_id,
    )
    return make_page(rows, page, key=lambda m: [m.score, m.id], to_item=match_read)


@matches.get("/{match_id}", response_model=MatchRead)
async def get_match(session: SessionDep, identity: ValueChainsRead, match_id: str, response: Response) -> MatchRead:
    """One match with its score breakdown, explanation and expressions of interest."""
    m = await service_matching.match_or_404(session, match_id)
    set_etag(response, m.version)
    return match_read(m)


@matches.post("/{match_id}:expressInterest", status_code=201, response_model=InterestRead)
async def express_match_interest(
    request: Request, session: SessionDep, identity: ValueChainsWrite, match_id: str, body: InterestCreate, response: Response
) -> InterestRead:
    """A party of the match expresses interest in the other; once both have, an agreement may follow."""
    m = await service_matching.match_or_404(session, match_id, for_update=True)
    check_if_match(request, m.version)
    interest = await service_matching.express_interest(session, identity, m, body)
    response.headers["Location"] = f"/v1/matches/{m.id}"
    set_etag(response, m.version)
    return InterestRead.model_validate(interest, from_attributes=True)


# --- agreements -------------------------------------------------------------------------


@agreements.post("", status_code=201, response_model=AgreementRead)
async def sign_agreement(
    session: SessionDep, identity: ValueChainsWrite, body: AgreementCreate, clock: ClockDep, response: Response
) -> AgreementRead:
    """Record the agreement a match led to (both parties must have expressed interest)."""
    a = await service_matching.sign_agreement(session, identity, body, clock.today())
    response.headers["Location"] = f"/v1/agreements/{a.id}"
    set_etag(response, a.version)
    return agreement_read(a)


@agreements.get("", response_model=AgreementPage)
async def list_agreements(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    kind: AgreementKind | None = None,
    match_id: str | None = None,
) -> dict:
    """List agreements, oldest first."""
    rows = await repository.list_agreements(session, page, kind=kind, match_id=match_id)
    return make_page(rows, page, key=lambda a: [a.id], to_item=agreement_read)


@agreements.get("/{agreement_id}", response_model=AgreementRead)
async def get_agreement(session: SessionDep, identity: ValueChainsRead, agreement_id: str, response: Response) -> AgreementRead:
    """One agreement."""
    a = await repository.get_agreement(session, agreement_id)
    if a is None:
        raise Problem(404, f"No agreement {agreement_id}.")
    set_etag(response, a.version)
    return agreement_read(a)


ROUTERS = (opportunities, matches, agreements)
