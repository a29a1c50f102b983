"""Use cases of the regions value_chains feeds: a region's profile from its innovation strategy, the interests
regions express in each other, and the regional round's scores with them. Each runs inside the caller's
transaction (the consumer's, or the round's)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing import repository
from services.pairing.domain import Party, PartyKind
from services.pairing.models import PartyProfile, RegionInterest
from services.pairing.regions import interest
from services.pairing.solvers import Scores
from shared.consumer import PoisonEvent
from shared.contracts.value_chains import InnovationStrategyPublished, RegionInterestExpressed
from shared.reference import country

FROM_EVENTS, MANUAL = "events", "manual"
MAX_ID = 64  # the party ids the profiles and interests keep


async def upsert_region_profile(
    session: AsyncSession, strategy: InnovationStrategyPublished, source_time: str, now: datetime
) -> PartyProfile:
    """Keep a region's profile as its latest innovation strategy describes it (name, country, world region,
    themes from the priorities' ecosystems, challenges from their titles); an event older than the stored copy,
    whether that came from an event or a put by hand, changes nothing. Population, languages and SDGs, which a
    strategy does not carry, stay as they were (a new profile takes its country's languages)."""
    region = strategy.region
    region_id, code = region.region_id.strip().upper(), region.country_code.strip().upper()
    world_region = interest.region_world_region(code, region.side)
    if len(region_id) > MAX_ID:
        raise PoisonEvent(f"region id {region_id[:80]!r} is longer than the {MAX_ID} characters a profile keeps")
    if world_region is None or len(code) != 2:
        raise PoisonEvent(f"region {region_id}: {code!r} / {region.side!r} is no country or side of the programme")
    profile = await repository.get_profile(session, region_id)
    if profile is not None and profile.kind != PartyKind.region.value:
        raise PoisonEvent(f"{region_id} is a {profile.kind}, not a region")
    if profile is not None and interest.is_older(source_time, profile.source_time):
        return profile
    if profile is None:
        c = country(code)
        profile = PartyProfile(id=region_id, kind=PartyKind.region.value, created_at=now, population=0, sdgs=[])
        profile.languages = sorted(c.languages) if c else []
        session.add(profile)
    profile.name, profile.country_code, profile.world_region = region.name[:200], code, world_region
    profile.themes = interest.strategy_themes(p.ecosystem for p in strategy.priorities)
    profile.challenges = interest.strategy_challenges(strategy.title, [p.title for p in strategy.priorities])
    profile.source, profile.source_time, profile.updated_at = FROM_EVENTS, source_time, now
    await session.flush()
    return profile


async def record_region_interest(
    session: AsyncSession, event: RegionInterestExpressed, source_time: str, now: datetime
) -> RegionInterest:
    """Keep a region's interest in a partner region (one per pair: a later expression refreshes it)."""
    region_id, partner_id = event.region_id.strip().upper(), event.partner_region_id.strip().upper()
    if max(len(region_id), len(partner_id)) > MAX_ID:
        raise PoisonEvent(f"interest {event.interest_id}: a region id is longer than {MAX_ID} characters")
    row = await repository.get_region_interest(session, region_id, partner_id)
    if row is None:
        row = RegionInterest(id=event.interest_id, region_id=region_id, partner_region_id=partner_id, created_at=now)
        session.add(row)
    elif interest.is_older(source_time, row.source_time):
        return row
    row.ecosystems, row.source_time = sorted(set(event.ecosystems)), source_time
    await session.flush()
    return row


async def round_scores(
    session: AsyncSession, kind: PartyKind, scores: Scores, a: Sequence[Party], b: Sequence[Party]
) -> tuple[Scores, set[tuple[str, str]]]:
    """A round's scores with the regions' interest in each other (cities' scores as they are), and the
    interests found (the explanation names who asked)."""
    if kind is not PartyKind.region:
        return scores, set()
    expressed = await repository.interests_among(session, [p.id for p in (*a, *b)])
    return interest.with_interest(scores, a, b, expressed), expressed


def explain(a: Party, b: Party, breakdown: dict[str, float], expressed: set[tuple[str, str]]) -> str:
    """The interest sentence of a pair's explanation, with a leading space (empty when neither asked)."""
    text = interest.explain_interest(a, b, breakdown.get("interest", 0.0), expressed)
    return f" {text}" if text else ""
