"""HTTP routes of profiles, call settings and forbidden pairs: thin, they parse, authorise and call
the use cases (candidates and rounds: rounds/routes.py; a pairing's life: lifecycle/routes.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from services.pairing import service
from services.pairing.activities.routes import router as activities_router
from services.pairing.auth import PairingsRead, PairingsWrite, ensure_not_a_city
from services.pairing.domain import PartyKind
from services.pairing.lifecycle.routes import router as lifecycle_router
from services.pairing.locks.routes import router as locks_router
from services.pairing.rounds.routes import router as rounds_router
from services.pairing.schemas import (
    REGION_ID_PATTERN,
    CallSettingsPut,
    CallSettingsRead,
    ForbiddenPairCreate,
    ForbiddenPairPage,
    ForbiddenPairRead,
    PartyProfilePage,
    PartyProfileRead,
    PublicPairingPage,
    PublicPairingRead,
    RegionProfilePut,
)
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.reference import WorldRegion
from shared.service import SessionDep
from shared.showcase import NOT_MODIFIED, OPEN, public_answer, showcase_router

router = APIRouter(prefix="/v1/pairing", tags=["pairing"])


# --- profiles ---------------------------------------------------------------------------------


@router.get("/city-profiles", response_model=PartyProfilePage)
async def list_pairing_city_profiles(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    world_region: WorldRegion | None = None,
    call_id: str | None = None,
) -> dict:
    """The city profiles the pairing service has learned from events, by name."""
    return await service.list_profiles(session, page, PartyKind.city, world_region=world_region, call_id=call_id)


@router.get("/city-profiles/{city_id}", response_model=PartyProfileRead)
async def get_pairing_city_profile(session: SessionDep, identity: PairingsRead, city_id: str, response: Response):
    """One city as the pairing service scores it."""
    profile = await service.get_profile(session, city_id, PartyKind.city)
    set_etag(response, profile.version)
    return profile


@router.get("/region-profiles", response_model=PartyProfilePage)
async def list_pairing_region_profiles(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    world_region: WorldRegion | None = None,
    call_id: str | None = None,
) -> dict:
    """The regions registered for region-to-region pairing (Component III), by name."""
    return await service.list_profiles(session, page, PartyKind.region, world_region=world_region, call_id=call_id)


@router.get("/region-profiles/{region_id}", response_model=PartyProfileRead)
async def get_pairing_region_profile(session: SessionDep, identity: PairingsRead, region_id: str, response: Response):
    """One region as the pairing service scores it."""
    profile = await service.get_profile(session, region_id, PartyKind.region)
    set_etag(response, profile.version)
    return profile


@router.put("/region-profiles/{region_id}", response_model=PartyProfileRead)
async def put_pairing_region_profile(
    session: SessionDep,
    identity: PairingsWrite,
    region_id: Annotated[
        str, Path(pattern=REGION_ID_PATTERN, description="A NUTS 2024 code (ES51) or an ISO 3166-1/-2 code (CO, CO-ANT).")
    ],
    body: RegionProfilePut,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Register or replace a region (EU NUTS or LAC ISO 3166-2 code) and the calls it pairs in."""
    profile = await service.put_region_profile(session, identity, region_id, body, if_match, clock.now())
    set_etag(response, profile.version)
    return profile


# --- call settings and forbidden pairs --------------------------------------------------------


@router.get("/calls/{call_id}/settings", response_model=CallSettingsRead)
async def get_pairing_call_settings(session: SessionDep, identity: PairingsRead, call_id: str, response: Response):
    """How a call pairs: weights, quota, which regions pair with which, expiry (defaults if never set)."""
    settings = await service.call_settings(session, call_id)
    set_etag(response, settings.version)
    return settings


@router.put("/calls/{call_id}/settings", response_model=CallSettingsRead)
async def put_pairing_call_settings(
    session: SessionDep,
    identity: PairingsWrite,
    call_id: str,
    body: CallSettingsPut,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Set a call's pairing settings (If-Match with the ETag guards against lost updates)."""
    settings = await service.put_call_settings(session, identity, call_id, body, if_match, clock.now())
    set_etag(response, settings.version)
    return settings


@router.get("/forbidden-pairs", response_model=ForbiddenPairPage)
async def list_forbidden_pairs(
    session: SessionDep, identity: PairingsRead, page: PageQuery, call_id: str | None = None, party_id: str | None = None
) -> dict:
    """Pairs never proposed in a call: set by hand, or after a decline or dissolution."""
    ensure_not_a_city(identity, "forbidden pairs")
    return await service.list_forbidden_pairs(session, page, call_id=call_id, party_id=party_id)


@router.post("/forbidden-pairs", status_code=201, response_model=ForbiddenPairRead)
async def create_forbidden_pair(
    session: SessionDep, identity: PairingsWrite, body: ForbiddenPairCreate, clock: ClockDep, response: Response
):
    """Rule a pair out of a call's rounds."""
    row = await service.create_forbidden_pair(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/pairing/forbidden-pairs/{row.id}"
    return row


@router.delete("/forbidden-pairs/{forbidden_pair_id}", status_code=204)
async def delete_forbidden_pair(session: SessionDep, identity: PairingsWrite, forbidden_pair_id: str) -> Response:
    """Allow a forbidden pair again."""
    await service.delete_forbidden_pair(session, identity, forbidden_pair_id)
    return Response(status_code=204)


# --- the showcase (shared/showcase.py): confirmed and completed pairings for everyone, no identity ---

showcase = showcase_router("pairings")


@showcase.get("", response_model=PublicPairingPage, responses=NOT_MODIFIED, openapi_extra=OPEN)
async def showcase_pairings(
    session: SessionDep,
    request: Request,
    page: PageQuery,
    state: Annotated[Literal["confirmed", "completed"] | None, Query(description="Absent: both.")] = None,
    call_id: Annotated[str | None, Query(max_length=36)] = None,
    city_id: Annotated[str | None, Query(max_length=64, description="Only the pairings of this city.")] = None,
) -> Response:
    """The programme's confirmed and completed pairings: the parties, the themes they cooperate on and the
    activities they held."""
    found = await service.shown_pairings(session, page, state=state, call_id=call_id, city_id=city_id)
    return public_answer(request, PublicPairingPage.model_validate(found).model_dump(mode="json"))


@showcase.get("/{pairing_id}", response_model=PublicPairingRead, responses=NOT_MODIFIED, openapi_extra=OPEN)
async def showcase_pairing(session: SessionDep, request: Request, pairing_id: Annotated[str, Path(max_length=36)]) -> Response:
    """One confirmed or completed pairing."""
    found = await service.shown_pairing(session, pairing_id)
    return public_answer(request, PublicPairingRead.model_validate(found).model_dump(mode="json"))


ROUTERS = (router, rounds_router, locks_router, lifecycle_router, activities_router, showcase)
