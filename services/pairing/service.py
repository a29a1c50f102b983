"""Use cases of the pairing service: profiles, call settings and forbidden pairs. Each runs inside
the caller's transaction and writes its events to the outbox there. Candidates and rounds
are in rounds/service.py, the life of a pairing (accept, decline, expire, dissolve, complete,
activities) in lifecycle/service.py."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing import domain, repository
from services.pairing.auth import ensure_admin
from services.pairing.domain import PairingTerms, Party, PartyKind
from services.pairing.models import CallSettings, Candidate, ForbiddenPair, Pairing, PartyProfile
from services.pairing.schemas import CallSettingsPut, ForbiddenPairCreate, RegionProfilePut
from shared.concurrency import check_if_match, touch
from shared.contracts.applications import ApplicationAccepted, ApplicationAcceptedV2, CityProfile
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404

M = TypeVar("M", PartyProfile, CallSettings)

# --- profiles (fed by events, or registered here for regions) ---------------------------------


def party_of(profile: PartyProfile, candidate: Candidate | None = None) -> Party:
    """The scoring view of a profile, with the application's own themes and a group's population."""
    return Party(
        id=profile.id,
        kind=PartyKind(profile.kind),
        name=profile.name,
        country_code=profile.country_code,
        world_region=profile.world_region,
        population=profile.population + (candidate.member_population if candidate else 0),
        themes=frozenset(profile.themes or ()) | frozenset(candidate.themes if candidate else ()),
        sdgs=frozenset(profile.sdgs or ()),
        languages=frozenset(profile.languages or ()),
        challenges=profile.challenges or "",
    )


def party_snapshot(p: PartyProfile | Party) -> dict:
    """The party as pairings and events show it."""
    kind = p.kind.value if isinstance(p.kind, PartyKind) else p.kind
    return {"kind": kind, "id": p.id, "name": p.name, "country_code": p.country_code, "world_region": p.world_region}


async def upsert_city_profile(session: AsyncSession, city: CityProfile, source_time: str, now: datetime) -> PartyProfile:
    """Store the latest copy of a city; an event older than the stored copy changes nothing."""
    profile = await repository.get_profile(session, city.city_id)
    if profile is not None and profile.source_time and source_time and source_time < profile.source_time:
        return profile
    if profile is None:
        profile = PartyProfile(id=city.city_id, kind=PartyKind.city.value, created_at=now)
        session.add(profile)
    profile.name, profile.country_code, profile.world_region = city.name, city.country_code, city.world_region
    profile.population, profile.languages, profile.challenges = city.population, list(city.languages), city.challenges
    profile.themes, profile.sdgs = sorted(set(city.themes)), sorted(set(city.sdgs))
    profile.source, profile.source_time, profile.updated_at = "events", source_time, now
    await session.flush()
    return profile


# Only Component I calls pair cities; the other components' acceptances just refresh the profile.
PAIRED_COMPONENTS = frozenset({"city_pairing"})


async def record_acceptance(
    session: AsyncSession, event: ApplicationAccepted, source_time: str, now: datetime
) -> Candidate | None:
    """An accepted application makes its city a candidate of the call; the event carries the profile and, from v2
    on, the call's minimum cooperation (a v1 event leaves what is known of the call as it was)."""
    await upsert_city_profile(session, event.city, source_time, now)
    if isinstance(event, ApplicationAcceptedV2):
        await repository.put_call_minimum(session, event.call_id, event.min_cooperation_months, now)
    if event.component not in PAIRED_COMPONENTS:
        return None
    candidate = await repository.get_candidate(session, event.application_id)
    if candidate is None:
        candidate = Candidate(id=event.application_id)
        session.add(candidate)
    candidate.call_id, candidate.party_id, candidate.party_kind = event.call_id, event.city_id, PartyKind.city.value
    candidate.component, candidate.themes = event.component, sorted(set(event.themes))
    candidate.member_population = sum(m.population for m in event.member_cities)
    candidate.accepted_at = event.accepted_at
    await session.flush()
    return candidate


async def list_profiles(
    session: AsyncSession, page: PageParams, kind: PartyKind, *, world_region: str | None, call_id: str | None
) -> dict:
    """A page of the city (or region) profiles, by name."""
    return await repository.list_profiles(session, page, kind=kind.value, world_region=world_region, call_id=call_id)


async def get_profile(session: AsyncSession, party_id: str, kind: PartyKind) -> PartyProfile:
    """The profile of a city (or region) as the service scores it; 404 if none of that kind arrived."""
    what = f"{kind.value} profile"
    profile = await get_or_404(session, PartyProfile, party_id, what=what)
    if profile.kind != kind.value:
        raise NotFound(what, party_id)
    return profile


async def _put_row(
    session: AsyncSession,
    model: type[M],
    key: str,
    values: dict,
    if_match: str | None,
    *,
    on_create: dict | None = None,
    etag_of_none: int | None = None,
) -> M:
    """The row `key` of `model` replaced by `values` (its next version) or, if absent, created
    with them and `on_create` (version 1), when If-Match names the version it replaces:
    `etag_of_none` stands for a row not stored yet (None: any If-Match may create it)."""
    row = await repository.get_locked(session, model, key)
    if row is None:
        if etag_of_none is not None:
            check_if_match(if_match, etag_of_none)
        if await repository.add_if_absent(session, model, key, values | (on_create or {})):
            return await repository.get_row(session, model, key)
        # Another put created it since we looked (two first puts at once): replace that one,
        # so an If-Match naming its absence is now stale (412), and nothing answers 500.
        row = await repository.get_locked(session, model, key)
    check_if_match(if_match, row.version)
    touch(row)  # every put is a new version, even one that repeats the stored values
    for name, value in values.items():
        setattr(row, name, value)
    await session.flush()
    return row


async def put_region_profile(
    session: AsyncSession, identity: Identity, region_id: str, data: RegionProfilePut, if_match: str | None, now: datetime
) -> PartyProfile:
    """Register or replace a region of Component III and the calls it takes part in."""
    ensure_admin(identity, "register regions")
    code = (data.country_code or domain.region_country(region_id)).upper()
    region = domain.world_region_of(code)
    if region is None:
        detail = f"{code!r} is not an ISO 3166-1 country code; give country_code or a NUTS / ISO 3166-2 region id."
        raise Problem(422, detail, errors=[{"pointer": "/country_code", "detail": detail, "code": "unknown_country"}])
    existing = await repository.get_profile(session, region_id)
    if existing is not None and existing.kind != PartyKind.region.value:
        raise Problem(409, f"{region_id} is a city, not a region.")
    values = {
        "kind": PartyKind.region.value,
        "name": data.name,
        "country_code": code,
        "world_region": region,
        "population": data.population,
        "languages": sorted(set(data.languages)),
        "challenges": data.challenges,
        "themes": sorted(set(data.themes)),
        "sdgs": sorted(set(data.sdgs)),
        # Put by hand: marked so, and an event older than the put (regions/service.py) no longer changes it.
        "source": "manual",
        "source_time": now.isoformat().replace("+00:00", "Z"),
        "updated_at": now,
    }
    profile = await _put_row(session, PartyProfile, region_id, values, if_match, on_create={"created_at": now})
    wanted = set(data.call_ids)
    for c in await repository.candidates_of_party(session, region_id):
        if c.call_id not in wanted:
            await session.delete(c)
        wanted.discard(c.call_id)
    for call_id in sorted(wanted):
        session.add(
            Candidate(
                id=f"{call_id}:{region_id}",
                call_id=call_id,
                party_id=region_id,
                party_kind="region",
                component="regional_innovation",
                accepted_at=now,
            )
        )
    await session.flush()
    return profile


# --- call settings and forbidden pairs --------------------------------------------------------


def terms_of(settings: CallSettings | None, kind: PartyKind, floor: int = domain.MIN_COOPERATION_MONTHS) -> PairingTerms:
    """The call's pairing terms, or the defaults for the kind of party; its pairings cooperate at least `floor`
    months (domain.cooperation_floor), whatever the settings say."""
    if settings is None:
        side_a, side_b = domain.default_sides(kind)
        return PairingTerms(side_a_regions=side_a, side_b_regions=side_b, min_cooperation_months=floor)
    return PairingTerms(
        weights=dict(settings.weights),
        quota=settings.quota,
        side_a_regions=frozenset(settings.side_a_regions),
        side_b_regions=frozenset(settings.side_b_regions),
        proposal_expiry_days=settings.proposal_expiry_days,
        min_cooperation_months=max(settings.min_cooperation_months, floor),
        region_quotas=dict(settings.region_quotas or {}),
        country_quotas=dict(settings.country_quotas or {}),
    )


async def cooperation_floor(session: AsyncSession, call_id: str) -> int:
    """The fewest months the call's pairings cooperate: the call's own minimum, at least the programme's."""
    return domain.cooperation_floor(await repository.call_minimum_months(session, call_id))


async def call_terms(session: AsyncSession, call_id: str, kind: PartyKind) -> PairingTerms:
    """The terms a call pairs and completes by: its settings (or the defaults) and its minimum cooperation."""
    settings = await repository.get_call_settings(session, call_id)
    return terms_of(settings, kind, await cooperation_floor(session, call_id))


def _settings_shown(settings: CallSettings, floor: int) -> CallSettings:
    """The settings as the call pairs by them: a row put before the call's minimum was known shows that minimum
    (in an unsaved copy, so that reading writes nothing)."""
    if settings.min_cooperation_months >= floor:
        return settings
    columns = {c.key: getattr(settings, c.key) for c in CallSettings.__mapper__.column_attrs}
    return CallSettings(**columns | {"min_cooperation_months": floor})


async def call_settings(session: AsyncSession, call_id: str) -> CallSettings:
    """The call's settings, or (unsaved, version 0) the defaults it pairs by until some are put."""
    floor = await cooperation_floor(session, call_id)
    settings = await repository.get_call_settings(session, call_id)
    if settings is not None:
        return _settings_shown(settings, floor)
    t = terms_of(None, PartyKind.city, floor)
    defaults = CallSettings(
        call_id=call_id,
        weights=t.weights,
        quota=t.quota,
        side_a_regions=sorted(t.side_a_regions),
        side_b_regions=sorted(t.side_b_regions),
        proposal_expiry_days=t.proposal_expiry_days,
        min_cooperation_months=t.min_cooperation_months,
        region_quotas={},
        country_quotas={},
        version=0,
    )
    defaults.is_default = True
    return defaults


async def put_call_settings(
    session: AsyncSession, identity: Identity, call_id: str, data: CallSettingsPut, if_match: str | None, now: datetime
) -> CallSettings:
    """Set how a call pairs (weights, quota, sides, expiry, minimum cooperation: the call's own unless given, and
    never fewer months); If-Match names the version it replaces ("0" for the defaults)."""
    ensure_admin(identity, "set a call's pairing settings")
    floor = await cooperation_floor(session, call_id)
    months = floor if data.min_cooperation_months is None else data.min_cooperation_months
    problem = domain.settings_months_problem(months, floor)
    if problem:
        raise Problem(
            422, problem, errors=[{"rule": "min_cooperation_months", "pointer": "/min_cooperation_months", "detail": problem}]
        )
    side_a = sorted({r.value for r in data.side_a_regions})
    side_b = sorted(
        {r.value for r in data.side_b_regions}
        if data.side_b_regions is not None
        else domain.default_sides(PartyKind.city)[1] - set(side_a)
    )
    values = {
        "weights": domain.normalised_weights(data.weights or None),
        "quota": data.quota,
        "side_a_regions": side_a,
        "side_b_regions": side_b,
        "proposal_expiry_days": data.proposal_expiry_days,
        "min_cooperation_months": months,
        "region_quotas": {r.value: n for r, n in sorted(data.region_quotas.items())},
        "country_quotas": dict(sorted(data.country_quotas.items())),
        "updated_at": now,
    }
    return await _put_row(session, CallSettings, call_id, values, if_match, etag_of_none=0)


async def forbid_pair(
    session: AsyncSession, call_id: str, x: str, y: str, source: str, reason: str, actor: str, now: datetime
) -> ForbiddenPair:
    """Forbid a pair in a call (idempotent: an existing entry is returned as it is)."""
    px, py = domain.pair_key(x, y)
    existing = await repository.find_forbidden(session, call_id, px, py)
    if existing is not None:
        return existing
    row = ForbiddenPair(call_id=call_id, party_x=px, party_y=py, source=source, reason=reason, created_by=actor, created_at=now)
    session.add(row)
    await session.flush()
    return row


async def create_forbidden_pair(
    session: AsyncSession, identity: Identity, data: ForbiddenPairCreate, now: datetime
) -> ForbiddenPair:
    """The coordination unit rules a pair out of a call."""
    ensure_admin(identity, "forbid pairs")
    x, y = data.party_ids
    return await forbid_pair(session, data.call_id, x, y, "manual", data.reason, identity.subject, now)


async def delete_forbidden_pair(session: AsyncSession, identity: Identity, forbidden_pair_id: str) -> None:
    """The coordination unit allows a forbidden pair again."""
    ensure_admin(identity, "allow forbidden pairs again")
    row = await get_or_404(session, ForbiddenPair, forbidden_pair_id, what="forbidden pair")
    await session.delete(row)
    await session.flush()


async def list_forbidden_pairs(session: AsyncSession, page: PageParams, *, call_id: str | None, party_id: str | None) -> dict:
    """A page of the pairs never proposed in a call."""
    return await repository.list_forbidden(session, page, call_id=call_id, party_id=party_id)


# --- the showcase -------------------------------------------------------------------------------


def _shown(p: Pairing, themes: dict[tuple[str, str], list[str]], held: list) -> dict:
    a, b = themes.get((p.call_id, p.party_a_id), ()), themes.get((p.call_id, p.party_b_id), ())
    return {
        "id": p.id,
        "call_id": p.call_id,
        "party_kind": p.party_kind,
        "parties": [p.party_a, p.party_b],
        "themes": domain.pairing_themes(a, b),
        "state": p.state,
        "confirmed_at": p.confirmed_at,
        "completed_at": p.ended_at if p.state == "completed" else None,
        "activities": held,
    }


async def _with_details(session: AsyncSession, pairings: list[Pairing]) -> list[dict]:
    themes = await repository.candidate_themes(session, pairings)
    held = await repository.held_activities(session, [p.id for p in pairings])
    return [_shown(p, themes, held[p.id]) for p in pairings]


async def shown_pairings(session: AsyncSession, page: PageParams, **filters: str | None) -> dict:
    """A page of the confirmed and completed pairings, with their themes and held activities (the showcase)."""
    found = await repository.shown_pairings(session, page, **filters)
    return {"items": await _with_details(session, found["items"]), "next_page_token": found["next_page_token"]}


async def shown_pairing(session: AsyncSession, pairing_id: str) -> dict:
    """One confirmed or completed pairing, for anyone; 404 for any other."""
    p = await session.get(Pairing, pairing_id)
    if p is None or p.state not in repository.SHOWN_STATES:
        raise NotFound("pairing", pairing_id)
    return (await _with_details(session, [p]))[0]
