"""HTTP routes of value chains: thin, they parse, authorise and call chains/service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.value_chains.auth import ValueChainsRead, ValueChainsWrite
from services.value_chains.chains import service
from services.value_chains.chains.schemas import (
    EcosystemRead,
    GapsRead,
    ParticipantCreate,
    ParticipantRead,
    StatsRead,
    ValueChainCreate,
    ValueChainPage,
    ValueChainRead,
)
from services.value_chains.chains.service import ChainGaps
from services.value_chains.cooperation.routes import Rules
from services.value_chains.cooperation.schemas import MatchRunRead
from services.value_chains.cooperation.service import MatchRun
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.identity import StatsReader
from shared.pagination import PageQuery
from shared.reference.economy import Ecosystem
from shared.service import SessionDep

value_chains = APIRouter(prefix="/v1/value-chains", tags=["value-chains"])


@value_chains.post("", status_code=201, response_model=ValueChainRead)
async def create_value_chain(
    session: SessionDep, identity: ValueChainsWrite, body: ValueChainCreate, clock: ClockDep, response: Response
):
    """Set up an international value chain with its ordered stages and first participants."""
    chain = await service.create_value_chain(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/value-chains/{chain.id}"
    set_etag(response, chain.version)
    return chain


@value_chains.get("", response_model=ValueChainPage)
async def list_value_chains(
    session: SessionDep,
    identity: ValueChainsRead,
    page: PageQuery,
    ecosystem: str | None = None,
    organisation_id: Annotated[str | None, Query(description="Chains the organisation leads or takes part in.")] = None,
) -> dict:
    """List value chains, filtered."""
    return await service.list_value_chains(session, page, ecosystem=ecosystem, organisation_id=organisation_id)


# Before /{value_chain_id}, which would take "stats" and "ecosystems" for ids.
@value_chains.get("/stats", response_model=StatsRead)
async def get_value_chain_stats(session: SessionDep, identity: StatsReader, clock: ClockDep) -> dict:
    """Dashboard counts: organisations, strategies, chains and their gaps, opportunities, matches, agreements."""
    return await service.stats(session, clock.today())


@value_chains.get("/ecosystems", response_model=list[EcosystemRead])
async def list_industrial_ecosystems(identity: ValueChainsRead) -> list[Ecosystem]:
    """The EU's 14 industrial ecosystems that chains and strategy priorities are coded by."""
    return service.list_ecosystems()


@value_chains.get("/{value_chain_id}", response_model=ValueChainRead)
async def get_value_chain(session: SessionDep, identity: ValueChainsRead, value_chain_id: str, response: Response):
    """One value chain with its stages and participants."""
    chain = await service.get_value_chain(session, value_chain_id)
    set_etag(response, chain.version)
    return chain


@value_chains.post("/{value_chain_id}/participants", status_code=201, response_model=ParticipantRead)
async def add_value_chain_participant(
    session: SessionDep,
    identity: ValueChainsWrite,
    value_chain_id: str,
    body: ParticipantCreate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """An organisation takes a role at a stage of the chain."""
    participant, chain = await service.add_participant(session, identity, value_chain_id, body, if_match, clock.now())
    response.headers["Location"] = f"/v1/value-chains/{chain.id}"
    set_etag(response, chain.version)
    return participant


@value_chains.delete("/{value_chain_id}/participants/{participant_id}", status_code=204)
async def remove_value_chain_participant(
    session: SessionDep,
    identity: ValueChainsWrite,
    value_chain_id: str,
    participant_id: str,
    clock: ClockDep,
    if_match: IfMatch = None,
) -> Response:
    """An organisation leaves a stage of the chain."""
    await service.remove_participant(session, identity, value_chain_id, participant_id, if_match, clock.now())
    return Response(status_code=204)


@value_chains.get("/{value_chain_id}/gaps", response_model=GapsRead)
async def get_value_chain_gaps(
    session: SessionDep, identity: ValueChainsRead, value_chain_id: str, rules: Rules, clock: ClockDep
) -> ChainGaps:
    """Stages with no participant on one side of the Atlantic, each with organisations that could fill it."""
    return await service.value_chain_gaps(session, value_chain_id, rules, clock.today())


@value_chains.post("/{value_chain_id}:matchGaps", response_model=MatchRunRead)
async def match_value_chain_gaps(
    session: SessionDep, identity: ValueChainsWrite, value_chain_id: str, clock: ClockDep, rules: Rules
) -> MatchRun:
    """Propose organisations for the chain's gaps as matches (each pair once)."""
    return await service.match_gaps(session, identity, value_chain_id, clock.now(), rules)


ROUTERS = (value_chains,)
