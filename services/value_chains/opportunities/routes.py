"""HTTP routes of opportunities: submission, the coordination unit's review, renewal, withdrawal,
matching and reads. Thin: they parse, authorise and call opportunities/service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request, Response

from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.cooperation.routes import Rules
from services.value_chains.cooperation.schemas import MatchRunRead
from services.value_chains.cooperation.service import MatchRun
from services.value_chains.cooperation.service import match_opportunity as run_matching
from services.value_chains.domain import OpportunityKind, OpportunityStatus
from services.value_chains.opportunities import service
from services.value_chains.opportunities.schemas import (
    OpportunityCreate,
    OpportunityPage,
    OpportunityPublish,
    OpportunityRead,
    OpportunityReject,
    OpportunityRenew,
)
from services.value_chains.opportunities.service import ReviewRules
from services.value_chains.regions import Side
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

opportunities = APIRouter(prefix="/v1/opportunities", tags=["opportunities"])


async def review_rules(request: Request) -> ReviewRules:
    """How long publication lasts and when a renewal is reviewed again, from the service's settings."""
    settings = request.app.state.settings
    return ReviewRules(validity_months=settings.opportunity_validity_months, review_after_days=settings.renewal_review_after_days)


Review = Annotated[ReviewRules, Depends(review_rules)]


# The operation keeps its name (partners' generated clients call it); it now submits for review.
@opportunities.post("", status_code=201, response_model=OpportunityRead)
async def publish_opportunity(
    session: SessionDep, identity: ValueChainsWrite, body: OpportunityCreate, clock: ClockDep, response: Response
):
    """Submit a technology or business offer or request, or an R&D request, for the coordination unit's review."""
    opp = await service.submit_opportunity(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/opportunities/{opp.id}"
    set_etag(response, opp.version)
    return opp


@opportunities.get("", response_model=OpportunityPage)
async def list_opportunities(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    clock: ClockDep,
    kind: OpportunityKind | None = None,
    status: OpportunityStatus | None = None,
    side: Side | None = None,
    organisation_id: str | None = None,
) -> dict:
    """List opportunities, newest first, filtered: other partners' only while open, their organisation anonymous."""
    return await service.list_opportunities(
        session, identity, page, clock.today(), kind=kind, status=status, side=side, organisation_id=organisation_id
    )


@opportunities.get("/{opportunity_id}", response_model=OpportunityRead)
async def get_opportunity(
    session: SessionDep, identity: ValueChainsRead, opportunity_id: str, clock: ClockDep, response: Response
):
    """One opportunity."""
    opp = await service.get_opportunity(session, identity, opportunity_id, clock.today())
    set_etag(response, opp.version)
    return opp


@opportunities.post("/{opportunity_id}:publish", response_model=OpportunityRead)
async def publish_submitted_opportunity(
    session: SessionDep,
    identity: ValueChainsWrite,
    opportunity_id: str,
    clock: ClockDep,
    rules: Rules,
    review: Review,
    response: Response,
    body: OpportunityPublish = Body(default_factory=OpportunityPublish),  # optional; an explicit null is a 422
    if_match: IfMatch = None,
):
    """The coordination unit publishes a submitted opportunity; it is matched at once (X-Matches-Proposed)."""
    opp, run = await service.publish_opportunity(session, identity, opportunity_id, body, if_match, clock.now(), rules, review)
    response.headers["X-Matches-Proposed"] = str(len(run.proposed))
    set_etag(response, opp.version)
    return opp


@opportunities.post("/{opportunity_id}:reject", response_model=OpportunityRead)
async def reject_opportunity(
    session: SessionDep,
    identity: ValueChainsWrite,
    opportunity_id: str,
    body: OpportunityReject,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """The coordination unit rejects a submitted opportunity, with a reason for its submitter."""
    opp = await service.reject_opportunity(session, identity, opportunity_id, body, if_match, clock.now())
    set_etag(response, opp.version)
    return opp


@opportunities.post("/{opportunity_id}:renew", response_model=OpportunityRead)
async def renew_opportunity(
    session: SessionDep,
    identity: ValueChainsWrite,
    opportunity_id: str,
    clock: ClockDep,
    rules: Rules,
    review: Review,
    response: Response,
    body: OpportunityRenew = Body(default_factory=OpportunityRenew),
    if_match: IfMatch = None,
):
    """Give a published (open or expired) opportunity a new expiry; a partner's renewal of one expired long ago
    goes back to review (status submitted)."""
    opp, run = await service.renew_opportunity(session, identity, opportunity_id, body, if_match, clock.now(), rules, review)
    response.headers["X-Matches-Proposed"] = str(len(run.proposed))
    set_etag(response, opp.version)
    return opp


@opportunities.post("/{opportunity_id}:match", response_model=MatchRunRead)
async def match_opportunity(
    session: SessionDep, identity: ValueChainsWrite, opportunity_id: str, clock: ClockDep, rules: Rules
) -> MatchRun:
    """Run matchmaking for an open opportunity again (new counterparts only); one not open gets 422."""
    return await run_matching(session, identity, opportunity_id, clock.now(), rules)


@opportunities.post("/{opportunity_id}:withdraw", response_model=OpportunityRead)
async def withdraw_opportunity(
    session: SessionDep,
    identity: ValueChainsWrite,
    opportunity_id: str,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Take a submitted or open opportunity out of review and matchmaking."""
    opp = await service.withdraw_opportunity(session, identity, opportunity_id, if_match, clock.today())
    set_etag(response, opp.version)
    return opp


ROUTERS = (opportunities,)
