"""Event handlers: the pairing service's own copy of city profiles and accepted applications, and of the
regions value_chains describes (their innovation strategies) and their interest in each other."""

from __future__ import annotations

from services.pairing import service
from services.pairing.regions import service as regions
from shared.consumer import Consumer, EventContext
from shared.contracts.applications import ApplicationAccepted, ApplicationAcceptedV2, CityRegistered, CityUpdated
from shared.contracts.value_chains import InnovationStrategyPublished, InnovationStrategyUpdated, RegionInterestExpressed


async def on_city_registered(ctx: EventContext, payload: CityRegistered) -> None:
    """A new city: keep its profile (it may already be there from its accepted application)."""
    await service.upsert_city_profile(ctx.session, payload.city, ctx.event.time, ctx.clock.now())


async def on_city_updated(ctx: EventContext, payload: CityUpdated) -> None:
    """A city's profile changed: rescore it with the new one from the next round on."""
    await service.upsert_city_profile(ctx.session, payload.city, ctx.event.time, ctx.clock.now())


async def on_application_accepted(ctx: EventContext, payload: ApplicationAccepted) -> None:
    """An accepted application makes its city a candidate; the event carries the full profile,
    so it may arrive before city.registered and still be scored, and (v2) the call's minimum cooperation."""
    await service.record_acceptance(ctx.session, payload, ctx.event.time, ctx.clock.now())


async def on_strategy(ctx: EventContext, payload: InnovationStrategyPublished) -> None:
    """A region's innovation strategy was published or changed: its profile follows (an older event never
    overwrites a newer copy)."""
    await regions.upsert_region_profile(ctx.session, payload, ctx.event.time, ctx.clock.now())


async def on_region_interest(ctx: EventContext, payload: RegionInterestExpressed) -> None:
    """A region asked to be paired with a partner region: the regional rounds score the pair higher."""
    await regions.record_region_interest(ctx.session, payload, ctx.event.time, ctx.clock.now())


PROFILES = Consumer(
    durable="pairing-profiles",
    handlers={
        CityRegistered: on_city_registered,
        CityUpdated: on_city_updated,
        ApplicationAccepted: on_application_accepted,
        ApplicationAcceptedV2: on_application_accepted,  # the stream still holds v1 events
        InnovationStrategyPublished: on_strategy,
        InnovationStrategyUpdated: on_strategy,
        RegionInterestExpressed: on_region_interest,
    },
)

CONSUMERS = (PROFILES,)
