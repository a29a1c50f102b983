"""HTTP routes of the pairing service: thin, they parse, authorise and call the use cases."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request, Response

from services.pairing import repository, service, service_lifecycle
from services.pairing.auth import PairingsRead, PairingsWrite, ensure_admin
from services.pairing.domain import PartyKind, State
from services.pairing.models import Activity, CallSettings, ForbiddenPair, Pairing, PartyProfile, Round
from services.pairing.schemas import (
    AcceptBody,
    ActivityCreate,
    ActivityPage,
    ActivityRead,
    CallSettingsPut,
    CallSettingsRead,
    CandidatePage,
    CompleteBody,
    DeclineBody,
    ForbiddenPairCreate,
    ForbiddenPairPage,
    ForbiddenPairRead,
    PairingPage,
    PairingRead,
    PartyProfilePage,
    PartyProfileRead,
    ReasonBody,
    RegionProfilePut,
    RoundCreate,
    RoundPage,
    RoundRead,
    RoundSummary,
)
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.identity import Identity, Role
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.reference import WorldRegion
from shared.service import SessionDep

router = APIRouter(prefix="/v1/pairing", tags=["pairing"])


def profile_read(p: PartyProfile) -> PartyProfileRead:
    return PartyProfileRead.model_validate(p, from_attributes=True)


def pairing_read(p: Pairing) -> PairingRead:
    return PairingRead.model_validate(p, from_attributes=True)


def forbidden_read(f: ForbiddenPair) -> ForbiddenPairRead:
    return ForbiddenPairRead(
        id=f.id, call_id=f.call_id, party_ids=[f.party_x, f.party_y], source=f.source, reason=f.reason, created_at=f.created_at
    )


def settings_read(call_id: str, s: CallSettings | None) -> CallSettingsRead:
    t = service.terms_of(s, PartyKind.city)
    return CallSettingsRead(
        call_id=call_id,
        weights=t.weights,
        quota=t.quota,
        side_a_regions=sorted(t.side_a_regions),
        side_b_regions=sorted(t.side_b_regions),
        proposal_expiry_days=t.proposal_expiry_days,
        min_cooperation_months=t.min_cooperation_months,
        version=s.version if s else 0,
        is_default=s is None,
    )


def round_read(r: Round, proposals: list[Pairing]) -> RoundRead:
    return RoundRead(
        **RoundSummary.model_validate(r, from_attributes=True).model_dump(),
        report=r.report,
        proposals=[pairing_read(p) for p in proposals],
    )


def _not_a_city(identity: Identity, what: str) -> None:
    if identity.role == Role.city:
        raise Problem(403, f"City keys do not read {what}; ask the coordination unit.")


# --- profiles ---------------------------------------------------------------------------------


async def _profile_or_404(session, party_id: str, kind: PartyKind) -> PartyProfile:
    profile = await repository.get_profile(session, party_id)
    if profile is None or profile.kind != kind.value:
        raise Problem(404, f"No {kind.value} profile {party_id} has reached the pairing service.")
    return profile


@router.get("/city-profiles", response_model=PartyProfilePage)
async def list_pairing_city_profiles(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    world_region: WorldRegion | None = None,
    call_id: str | None = None,
) -> dict:
    """The city profiles the pairing service has learned from events, by name."""
    rows = await repository.list_profiles(session, page, kind="city", world_region=world_region, call_id=call_id)
    return make_page(rows, page, key=lambda p: [p.name, p.id], to_item=profile_read)


@router.get("/city-profiles/{city_id}", response_model=PartyProfileRead)
async def get_pairing_city_profile(
    session: SessionDep, identity: PairingsRead, city_id: str, response: Response
) -> PartyProfileRead:
    """One city as the pairing service scores it."""
    profile = await _profile_or_404(session, city_id, PartyKind.city)
    set_etag(response, profile.version)
    return profile_read(profile)


@router.get("/region-profiles", response_model=PartyProfilePage)
async def list_pairing_region_profiles(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    world_region: WorldRegion | None = None,
    call_id: str | None = None,
) -> dict:
    """The regions registered for region-to-region pairing (Component III), by name."""
    rows = await repository.list_profiles(session, page, kind="region", world_region=world_region, call_id=call_id)
    return make_page(rows, page, key=lambda p: [p.name, p.id], to_item=profile_read)


@router.get("/region-profiles/{region_id}", response_model=PartyProfileRead)
async def get_pairing_region_profile(
    session: SessionDep, identity: PairingsRead, region_id: str, response: Response
) -> PartyProfileRead:
    """One region as the pairing service scores it."""
    profile = await _profile_or_404(session, region_id, PartyKind.region)
    set_etag(response, profile.version)
    return profile_read(profile)


@router.put("/region-profiles/{region_id}", response_model=PartyProfileRead)
async def put_pairing_region_profile(
    request: Request, session: SessionDep, identity: PairingsWrite, region_id: str, body: RegionProfilePut, response: Response
) -> PartyProfileRead:
    """Register or replace a region (EU NUTS or LAC ISO 3166-2 code) and the calls it pairs in."""
    existing = await repository.get_profile(session, region_id)
    if existing is not None:
        check_if_match(request, existing.version)
    profile = await service.put_region_profile(session, identity, region_id, body)
    set_etag(response, profile.version)
    return profile_read(profile)


# --- candidates -------------------------------------------------------------------------------


@router.get("/candidates", response_model=CandidatePage)
async def rank_pairing_candidates(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    city_id: str | None = None,
    region_id: str | None = None,
    call_id: str | None = None,
) -> dict:
    """Compatible partners of a city (or region), best first, with the score per dimension."""
    party_id = city_id or region_id
    if not party_id or (city_id and region_id):
        raise Problem(
            422, "Give city_id or region_id (one of them).", errors=[{"pointer": "query:city_id", "detail": "required"}]
        )
    if identity.role == Role.city and party_id != identity.city_id:
        raise Problem(403, "This key acts for another city.")
    me, call, ranked = await service.rank_candidates(session, party_id, call_id)
    start = int(page.after[0]) if page.after else 0
    chunk = ranked[start : start + page.page_size + 1]
    positions = list(range(start + 1, start + 1 + len(chunk)))
    result = make_page(list(zip(positions, chunk, strict=True)), page, key=lambda x: [x[0]], to_item=lambda x: x[1])
    return {"party": service.party_snapshot(me), "call_id": call, **result}


# --- call settings and forbidden pairs --------------------------------------------------------


@router.get("/calls/{call_id}/settings", response_model=CallSettingsRead)
async def get_pairing_call_settings(
    session: SessionDep, identity: PairingsRead, call_id: str, response: Response
) -> CallSettingsRead:
    """How a call pairs: weights, quota, which regions pair with which, expiry (defaults if never set)."""
    settings = await repository.get_call_settings(session, call_id)
    set_etag(response, settings.version if settings else 0)
    return settings_read(call_id, settings)


@router.put("/calls/{call_id}/settings", response_model=CallSettingsRead)
async def put_pairing_call_settings(
    request: Request, session: SessionDep, identity: PairingsWrite, call_id: str, body: CallSettingsPut, response: Response
) -> CallSettingsRead:
    """Set a call's pairing settings (If-Match with the ETag guards against lost updates)."""
    existing = await repository.get_call_settings(session, call_id)
    check_if_match(request, existing.version if existing else 0)
    settings = await service.put_call_settings(session, identity, call_id, body)
    set_etag(response, settings.version)
    return settings_read(call_id, settings)


@router.get("/forbidden-pairs", response_model=ForbiddenPairPage)
async def list_forbidden_pairs(
    session: SessionDep, identity: PairingsRead, page: PageQuery, call_id: str | None = None, party_id: str | None = None
) -> dict:
    """Pairs never proposed in a call: set by hand, or after a decline or dissolution."""
    _not_a_city(identity, "forbidden pairs")
    rows = await repository.list_forbidden(session, page, call_id=call_id, party_id=party_id)
    return make_page(rows, page, key=lambda f: [f.id], to_item=forbidden_read)


@router.post("/forbidden-pairs", status_code=201, response_model=ForbiddenPairRead)
async def create_forbidden_pair(
    session: SessionDep, identity: PairingsWrite, body: ForbiddenPairCreate, response: Response
) -> ForbiddenPairRead:
    """Rule a pair out of a call's rounds."""
    row = await service.create_forbidden_pair(session, identity, body)
    response.headers["Location"] = f"/v1/pairing/forbidden-pairs/{row.id}"
    return forbidden_read(row)


@router.delete("/forbidden-pairs/{forbidden_pair_id}", status_code=204)
async def delete_forbidden_pair(session: SessionDep, identity: PairingsWrite, forbidden_pair_id: str) -> Response:
    """Allow a forbidden pair again."""
    ensure_admin(identity, "allow forbidden pairs again")
    row = await repository.get_forbidden(session, forbidden_pair_id)
    if row is None:
        raise Problem(404, f"No forbidden pair {forbidden_pair_id}.")
    await session.delete(row)
    return Response(status_code=204)


# --- rounds -----------------------------------------------------------------------------------


@router.post("/rounds", status_code=201, response_model=RoundRead)
async def run_pairing_round(
    session: SessionDep, identity: PairingsWrite, body: RoundCreate, clock: ClockDep, response: Response
) -> RoundRead:
    """Run a solver (optimal, stable or greedy) over a call's candidates; returns the proposals and the report."""
    round_, proposals = await service.run_round(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/pairing/rounds/{round_.id}"
    return round_read(round_, proposals)


@router.get("/rounds", response_model=RoundPage)
async def list_pairing_rounds(session: SessionDep, identity: PairingsRead, page: PageQuery, call_id: str | None = None) -> dict:
    """Rounds, oldest first, without their proposals."""
    _not_a_city(identity, "rounds")
    rows = await repository.list_rounds(session, page, call_id=call_id)
    return make_page(rows, page, key=lambda r: [r.id], to_item=lambda r: RoundSummary.model_validate(r, from_attributes=True))


@router.get("/rounds/{round_id}", response_model=RoundRead)
async def get_pairing_round(session: SessionDep, identity: PairingsRead, round_id: str) -> RoundRead:
    """A round again: its report and the proposals it made (with their current state)."""
    _not_a_city(identity, "rounds")
    round_ = await repository.get_round(session, round_id)
    if round_ is None:
        raise Problem(404, f"No round {round_id}.")
    return round_read(round_, await repository.pairings_of_round(session, round_id))


# --- pairings ---------------------------------------------------------------------------------


@router.get("/pairings", response_model=PairingPage)
async def list_pairings(
    session: SessionDep,
    identity: PairingsRead,
    page: PageQuery,
    call_id: str | None = None,
    party_id: str | None = None,
    state: State | None = None,
    round_id: str | None = None,
) -> dict:
    """Pairings, filtered; a city key sees only its own city's."""
    if identity.role == Role.city:
        if party_id and party_id != identity.city_id:
            raise Problem(403, "This key acts for another city.")
        party_id = identity.city_id
    rows = await repository.list_pairings(session, page, call_id=call_id, party_id=party_id, state=state, round_id=round_id)
    return make_page(rows, page, key=lambda p: [p.id], to_item=pairing_read)


@router.get("/pairings/{pairing_id}", response_model=PairingRead)
async def get_pairing(session: SessionDep, identity: PairingsRead, pairing_id: str, response: Response) -> PairingRead:
    """One pairing with its score, explanation and state."""
    p = await service_lifecycle.get_pairing_for(session, identity, pairing_id)
    set_etag(response, p.version)
    return pairing_read(p)


async def _for_change(request: Request, session, identity, pairing_id: str) -> Pairing:
    p = await service_lifecycle.get_pairing_for(session, identity, pairing_id, for_update=True)
    check_if_match(request, p.version)
    return p


def _answer(p: Pairing, response: Response) -> PairingRead:
    set_etag(response, p.version)
    return pairing_read(p)


@router.post("/pairings/{pairing_id}:accept", response_model=PairingRead)
async def accept_pairing(
    request: Request,
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    clock: ClockDep,
    response: Response,
    body: AcceptBody | None = None,
) -> PairingRead:
    """Accept for one's own city (an admin names the party); both accepting confirms the pairing."""
    p = await _for_change(request, session, identity, pairing_id)
    party_id = body.party_id if body else None
    return _answer(await service_lifecycle.accept(session, identity, p, party_id, clock.now()), response)


@router.post("/pairings/{pairing_id}:decline", response_model=PairingRead)
async def decline_pairing(
    request: Request,
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    body: DeclineBody,
    clock: ClockDep,
    response: Response,
) -> PairingRead:
    """Decline, with a reason; the pair is not proposed again in this call."""
    p = await _for_change(request, session, identity, pairing_id)
    return _answer(await service_lifecycle.decline(session, identity, p, body.party_id, body.reason, clock.now()), response)


@router.post("/pairings/{pairing_id}:dissolve", response_model=PairingRead)
async def dissolve_pairing(
    request: Request,
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    body: ReasonBody,
    clock: ClockDep,
    response: Response,
) -> PairingRead:
    """End a confirmed pairing early; a reason is required."""
    p = await _for_change(request, session, identity, pairing_id)
    return _answer(await service_lifecycle.dissolve(session, identity, p, body.reason, clock.now()), response)


@router.post("/pairings/{pairing_id}:complete", response_model=PairingRead)
async def complete_pairing(
    request: Request,
    session: SessionDep,
    identity: PairingsWrite,
    pairing_id: str,
    body: CompleteBody,
    clock: ClockDep,
    response: Response,
) -> PairingRead:
    """Complete after 18 months of cooperation (earlier only by an admin, with a reason)."""
    p = await _for_change(request, session, identity, pairing_id)
    return _answer(await service_lifecycle.complete(session, identity, p, body.reason, clock.now()), response)


@router.post("/pairings/{pairing_id}/activities", status_code=201, response_model=ActivityRead)
async def record_pairing_activity(
    session: SessionDep, identity: PairingsWrite, pairing_id: str, body: ActivityCreate, response: Response
) -> ActivityRead:
    """Record a study tour, staff exchange, training or seminar of the pairing."""
    p = await service_lifecycle.get_pairing_for(session, identity, pairing_id, for_update=True)
    activity = await service_lifecycle.record_activity(session, identity, p, body)
    response.headers["Location"] = f"/v1/pairing/pairings/{pairing_id}/activities/{activity.id}"
    return activity_read(activity)


def activity_read(a: Activity) -> ActivityRead:
    return ActivityRead.model_validate(a, from_attributes=True)


@router.get("/pairings/{pairing_id}/activities", response_model=ActivityPage)
async def list_pairing_activities(session: SessionDep, identity: PairingsRead, pairing_id: str, page: PageQuery) -> dict:
    """The pairing's cooperation activities, by start date."""
    await service_lifecycle.get_pairing_for(session, identity, pairing_id)
    if page.after:
        try:
            page.after = [date.fromisoformat(str(page.after[0])), str(page.after[1])]
        except (ValueError, IndexError) as exc:
            raise Problem(400, "page_token is not a token this API issued.") from exc
    rows = await repository.list_activities(session, pairing_id, page)
    return make_page(rows, page, key=lambda a: [a.starts_on.isoformat(), a.id], to_item=activity_read)


ROUTERS = (router,)
