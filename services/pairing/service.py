"""Use cases of the pairing service: profiles, call settings, forbidden pairs, candidates and
rounds. Each runs inside the caller's transaction and writes its events to the outbox there.
The lifecycle of a pairing (accept, decline, dissolve, complete, activities) is in service_lifecycle.py."""

from __future__ import annotations

import time
import zlib
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing import domain, repository, solvers
from services.pairing.auth import ensure_admin
from services.pairing.domain import PairingTerms, Party, PartyKind
from services.pairing.models import CallSettings, Candidate, ForbiddenPair, Pairing, PartyProfile, Round, kit
from services.pairing.schemas import CallSettingsPut, ForbiddenPairCreate, RegionProfilePut, RoundCreate
from services.pairing.solvers import Solver
from shared.contracts.applications import ApplicationAccepted, CityProfile
from shared.contracts.pairing import PairingParty, PairingProposed, RoundCompleted, ScoreBreakdown
from shared.db import is_sqlite
from shared.identity import Identity
from shared.ids import new_id
from shared.outbox import record_events
from shared.problems import Problem

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


async def upsert_city_profile(session: AsyncSession, city: CityProfile, source_time: str) -> PartyProfile:
    """Store the latest copy of a city; an event older than the stored copy changes nothing."""
    profile = await repository.get_profile(session, city.city_id)
    if profile is not None and profile.source_time and source_time and source_time < profile.source_time:
        return profile
    if profile is None:
        profile = PartyProfile(id=city.city_id, kind=PartyKind.city.value, version=0)
        session.add(profile)
    profile.name, profile.country_code, profile.world_region = city.name, city.country_code, city.world_region
    profile.population, profile.languages, profile.challenges = city.population, list(city.languages), city.challenges
    profile.themes, profile.sdgs = sorted(set(city.themes)), sorted(set(city.sdgs))
    profile.source_time = source_time
    profile.version += 1
    await session.flush()
    return profile


# Only Component I calls pair cities; the other components' acceptances just refresh the profile.
PAIRED_COMPONENTS = frozenset({"city_pairing"})


async def record_acceptance(session: AsyncSession, event: ApplicationAccepted, source_time: str) -> Candidate | None:
    """An accepted application makes its city a candidate of the call; the event carries the profile."""
    await upsert_city_profile(session, event.city, source_time)
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


async def put_region_profile(session: AsyncSession, identity: Identity, region_id: str, data: RegionProfilePut) -> PartyProfile:
    """Register or replace a region of Component III and the calls it takes part in."""
    ensure_admin(identity, "register regions")
    code = (data.country_code or domain.region_country(region_id)).upper()
    region = domain.world_region_of(code)
    if region is None:
        detail = f"{code!r} is not an ISO 3166-1 country code; give country_code or a NUTS / ISO 3166-2 region id."
        raise Problem(422, detail, errors=[{"pointer": "/country_code", "detail": detail, "code": "unknown_country"}])
    profile = await repository.get_profile(session, region_id)
    if profile is not None and profile.kind != PartyKind.region.value:
        raise Problem(409, f"{region_id} is a city, not a region.")
    if profile is None:
        profile = PartyProfile(id=region_id, kind=PartyKind.region.value, version=0)
        session.add(profile)
    profile.name, profile.country_code, profile.world_region, profile.population = data.name, code, region, data.population
    profile.languages, profile.challenges = sorted(set(data.languages)), data.challenges
    profile.themes, profile.sdgs = sorted(set(data.themes)), sorted(set(data.sdgs))
    profile.version += 1
    wanted = set(data.call_ids)
    for c in await repository.candidate_ids_of_region(session, region_id):
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
            )
        )
    await session.flush()
    return profile


# --- call settings and forbidden pairs --------------------------------------------------------


def terms_of(settings: CallSettings | None, kind: PartyKind) -> PairingTerms:
    """The call's pairing terms, or the defaults for the kind of party."""
    if settings is None:
        side_a, side_b = domain.default_sides(kind)
        return PairingTerms(side_a_regions=side_a, side_b_regions=side_b)
    return PairingTerms(
        weights=dict(settings.weights),
        quota=settings.quota,
        side_a_regions=frozenset(settings.side_a_regions),
        side_b_regions=frozenset(settings.side_b_regions),
        proposal_expiry_days=settings.proposal_expiry_days,
        min_cooperation_months=settings.min_cooperation_months,
    )


async def put_call_settings(session: AsyncSession, identity: Identity, call_id: str, data: CallSettingsPut) -> CallSettings:
    """Set how a call pairs (weights, quota, sides, expiry)."""
    ensure_admin(identity, "set a call's pairing settings")
    side_a = sorted({r.value for r in data.side_a_regions})
    side_b = sorted(
        {r.value for r in data.side_b_regions}
        if data.side_b_regions is not None
        else domain.default_sides(PartyKind.city)[1] - set(side_a)
    )
    settings = await repository.get_call_settings(session, call_id)
    if settings is None:
        settings = CallSettings(call_id=call_id, version=0)
        session.add(settings)
    settings.weights = domain.normalised_weights(data.weights or None)
    settings.quota, settings.side_a_regions, settings.side_b_regions = data.quota, side_a, side_b
    settings.proposal_expiry_days, settings.min_cooperation_months = data.proposal_expiry_days, data.min_cooperation_months
    settings.version += 1
    await session.flush()
    return settings


async def forbid_pair(session: AsyncSession, call_id: str, x: str, y: str, source: str, reason: str, actor: str) -> ForbiddenPair:
    """Forbid a pair in a call (idempotent: an existing entry is returned as it is)."""
    px, py = domain.pair_key(x, y)
    existing = await repository.find_forbidden(session, call_id, px, py)
    if existing is not None:
        return existing
    row = ForbiddenPair(call_id=call_id, party_x=px, party_y=py, source=source, reason=reason, created_by=actor)
    session.add(row)
    await session.flush()
    return row


async def create_forbidden_pair(session: AsyncSession, identity: Identity, data: ForbiddenPairCreate) -> ForbiddenPair:
    """The coordination unit rules a pair out of a call."""
    ensure_admin(identity, "forbid pairs")
    return await forbid_pair(session, data.call_id, data.party_ids[0], data.party_ids[1], "manual", data.reason, identity.subject)


# --- candidates ranking -----------------------------------------------------------------------


async def rank_candidates(session: AsyncSession, party_id: str, call_id: str | None) -> tuple[Party, str, list[dict]]:
    """Every allowed partner of a party in a call, best first, with breakdown and explanation."""
    call_id = call_id or await repository.latest_call_of(session, party_id)
    if call_id is None:
        raise Problem(404, f"{party_id} takes part in no call's pairing (no accepted application known).")
    rows = await repository.candidates_with_profiles(session, call_id, (await _kind_of(session, party_id)).value)
    parties = {p.id: party_of(p, c) for c, p in rows}
    if party_id not in parties:
        raise Problem(404, f"{party_id} is not a candidate of call {call_id}.")
    me = parties.pop(party_id)
    terms = terms_of(await repository.get_call_settings(session, call_id), me.kind)
    side = domain.side_of(me, terms)
    locked = {
        domain.pair_key(p.party_a_id, p.party_b_id)
        for p in await repository.pairings_in_states(session, call_id, me.kind.value, ["confirmed"])
    }
    constraints = domain.Constraints(terms, frozenset(await repository.forbidden_keys(session, call_id)), frozenset(locked))
    others = [p for p in parties.values() if (constraints.allowed(me, p) if side == "a" else constraints.allowed(p, me))]
    if not others:
        return me, call_id, []
    scores = solvers.score_matrix([me], others, terms.weights)
    order = np.argsort(-scores.total[0], kind="stable")
    out = []
    for j in order:
        bd = scores.breakdown(0, int(j))
        out.append(
            {
                "partner": party_snapshot(others[j]),
                "score": bd["total"],
                "breakdown": bd,
                "explanation": domain.explain(me, others[j], bd),
            }
        )
    return me, call_id, out


async def _kind_of(session: AsyncSession, party_id: str) -> PartyKind:
    profile = await repository.get_profile(session, party_id)
    if profile is None:
        raise Problem(404, f"No profile of {party_id} has reached the pairing service.")
    return PartyKind(profile.kind)


# --- rounds -----------------------------------------------------------------------------------


async def _lock_call(session: AsyncSession, call_id: str) -> None:
    # Two rounds of one call at once would both supersede and both propose: run them one by one.
    # (SQLite already lets one writer in at a time.)
    if not is_sqlite(session.bind):
        await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(f"pairing-round:{call_id}".encode())})


def _index_preferences(prefs: dict[str, list[str]], rows: list[Party], cols: list[Party]) -> dict[int, list[int]]:
    ri, ci = {p.id: i for i, p in enumerate(rows)}, {p.id: j for j, p in enumerate(cols)}
    return {ri[k]: [ci[x] for x in v if x in ci] for k, v in prefs.items() if k in ri}


def _solve(data: RoundCreate, scores: np.ndarray, allowed: np.ndarray, caps: tuple, a: list[Party], b: list[Party]):
    """The pairs the chosen solver makes, and the preference ranks the report judges stability by."""
    rank_a = solvers.preference_ranks(scores, _index_preferences(data.preferences, a, b))
    rank_b = solvers.preference_ranks(scores.T, _index_preferences(data.preferences, b, a))
    if data.solver is Solver.optimal:
        pairs = solvers.optimal(scores, allowed, *caps)
    elif data.solver is Solver.stable:
        pairs = solvers.stable(allowed, *caps, rank_a, rank_b)
    else:
        pairs = solvers.greedy(scores, allowed, *caps)
    return pairs, (rank_a, rank_b)


async def run_round(session: AsyncSession, identity: Identity, data: RoundCreate, now: datetime) -> tuple[Round, list[Pairing]]:
    """Score a call's candidates, apply the hard constraints, solve, store and announce the proposals."""
    ensure_admin(identity, "run pairing rounds")
    started = time.perf_counter()
    await _lock_call(session, data.call_id)
    kind = data.party_kind
    terms = terms_of(await repository.get_call_settings(session, data.call_id), kind)
    weights = domain.normalised_weights(data.weights if data.weights else terms.weights)
    quota = data.quota or terms.quota
    rows = await repository.candidates_with_profiles(session, data.call_id, kind.value)
    if not rows:
        raise Problem(
            409, f"Call {data.call_id} has no {kind.value} candidates yet (no accepted application has reached pairing)."
        )
    parties = [party_of(p, c) for c, p in rows]
    unknown = sorted(set(data.preferences) - {p.id for p in parties})
    if unknown:
        raise Problem(
            422,
            "preferences name parties that are not candidates of the call.",
            errors=[{"pointer": f"/preferences/{u}", "detail": "not a candidate"} for u in unknown],
        )
    a = [p for p in parties if domain.side_of(p, terms) == "a"]
    b = [p for p in parties if domain.side_of(p, terms) == "b"]
    outside = [p for p in parties if domain.side_of(p, terms) is None]

    await repository.supersede_proposals(session, data.call_id, kind.value, now)
    kept = await repository.pairings_in_states(session, data.call_id, kind.value, [s.value for s in domain.KEPT_IN_REMATCH])
    kept_count: dict[str, int] = {}
    for k in kept:
        for pid in (k.party_a_id, k.party_b_id):
            kept_count[pid] = kept_count.get(pid, 0) + 1
    constraints = domain.Constraints(
        terms,
        frozenset(await repository.forbidden_keys(session, data.call_id)),
        frozenset(domain.pair_key(k.party_a_id, k.party_b_id) for k in kept),
    )
    scores = solvers.score_matrix(a, b, weights)
    allowed = solvers.allowed_matrix(a, b, constraints)
    kept_a = np.array([kept_count.get(p.id, 0) for p in a], dtype=int)
    kept_b = np.array([kept_count.get(p.id, 0) for p in b], dtype=int)
    cap_a, cap_b = np.maximum(quota - kept_a, 0), np.maximum(quota - kept_b, 0)
    pairs, ranks = _solve(data, scores.total, allowed, (cap_a, cap_b), a, b)
    report = solvers.round_report(a, b, pairs, scores.total, allowed, (cap_a, cap_b), ranks, (kept_a, kept_b), outside)
    report["kept_pairs"] = len(kept)

    round_ = Round(
        id=new_id(),
        call_id=data.call_id,
        party_kind=kind.value,
        solver=data.solver.value,
        weights=weights,
        quota=quota,
        candidates=len(parties),
        total_score=report["total_score"],
        report=report,
        created_by=identity.subject,
        created_at=now,
    )
    session.add(round_)
    await session.flush()
    expires = now + timedelta(days=terms.proposal_expiry_days)
    pairing_rows, events = [], []
    for i, j in pairs:
        bd = scores.breakdown(i, j)
        row = {
            "id": new_id(),
            "call_id": data.call_id,
            "round_id": round_.id,
            "party_kind": kind.value,
            "party_a_id": a[i].id,
            "party_b_id": b[j].id,
            "party_a": party_snapshot(a[i]),
            "party_b": party_snapshot(b[j]),
            "score": bd["total"],
            "breakdown": bd,
            "explanation": domain.explain(a[i], b[j], bd),
            "state": "proposed",
            "accepted_by_a": False,
            "accepted_by_b": False,
            "expires_at": expires,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        pairing_rows.append(row)
        events.append(
            (
                PairingProposed(
                    pairing_id=row["id"],
                    call_id=data.call_id,
                    round_id=round_.id,
                    party_a=PairingParty(**row["party_a"]),
                    party_b=PairingParty(**row["party_b"]),
                    score=ScoreBreakdown(**bd),
                    explanation=row["explanation"],
                    expires_at=expires,
                ),
                row["id"],
            )
        )
    await repository.insert_pairings(session, pairing_rows)
    round_.elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    events.append(
        (
            RoundCompleted(
                round_id=round_.id,
                call_id=data.call_id,
                party_kind=kind.value,
                solver=data.solver.value,
                proposals=len(pairs),
                total_score=report["total_score"],
                unmatched=len(report["unmatched"]),
                completed_at=now,
            ),
            round_.id,
        )
    )
    await record_events(session, kit.outbox, events)
    return round_, [Pairing(**r) for r in pairing_rows]
