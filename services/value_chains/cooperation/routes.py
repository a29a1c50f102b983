"""HTTP routes of cooperation: matches with their expressions of interest and declines, and
agreements (opportunities are in opportunities/routes.py). Thin: they parse, authorise and call
cooperation/service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.cooperation import service
from services.value_chains.cooperation.schemas import (
    AgreementCreate,
    AgreementPage,
    AgreementRead,
    InterestCreate,
    InterestRead,
    MatchDecline,
    MatchPage,
    MatchRead,
)
from services.value_chains.cooperation.service import MatchRules
from services.value_chains.domain import AgreementKind, MatchKind, MatchStatus
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

matches = APIRouter(prefix="/v1/matches", tags=["matches"])
agreements = APIRouter(prefix="/v1/agreements", tags=["agreements"])


async def match_rules(request: Request) -> MatchRules:
    """The matchmaking threshold and limit, and how long a match waits, from the service's settings."""
    settings = request.app.state.settings
    return MatchRules(
        threshold=settings.match_threshold, limit=settings.max_matches_per_run, expiry_days=settings.match_expiry_days
    )


Rules = Annotated[MatchRules, Depends(match_rules)]


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
    """List matches, best score first, filtered: a partner's own, the counterpart anonymous until it accepts."""
    return await service.list_matches(
        session,
        identity,
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
    m = await service.get_match(session, identity, match_id)
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
    rules: Rules,
    if_match: IfMatch = None,
):
    """A party of the match expresses interest in the other; once both have, each sees who the other is and
    an agreement may follow."""
    interest, m = await service.express_interest(session, identity, match_id, body, if_match, clock.now(), rules)
    response.headers["Location"] = f"/v1/matches/{m.id}"
    set_etag(response, m.version)
    return interest


@matches.post("/{match_id}:decline", response_model=MatchRead)
async def decline_match(
    session: SessionDep,
    identity: ValueChainsWrite,
    match_id: str,
    body: MatchDecline,
    clock: ClockDep,
    rules: Rules,
    response: Response,
    if_match: IfMatch = None,
):
    """A party declines an open match, with a reason; the pair is not proposed again."""
    m = await service.decline_match(session, identity, match_id, body, if_match, clock.now(), rules)
    set_etag(response, m.version)
    return m


# --- agreements -------------------------------------------------------------------------


@agreements.post("", status_code=201, response_model=AgreementRead)
async def sign_agreement(
    session: SessionDep, identity: ValueChainsWrite, body: AgreementCreate, clock: ClockDep, rules: Rules, response: Response
):
    """Record the agreement a match led to (both parties must have expressed interest)."""
    a = await service.sign_agreement(session, identity, body, clock.now(), rules)
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


ROUTERS = (matches, agreements)
