"""Event handlers: the pairing service's own copy of city profiles and accepted applications."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.pairing import service
from shared.consumer import Consumer
from shared.contracts.applications import ApplicationAccepted, CityRegistered, CityUpdated
from shared.events import CloudEvent


async def on_city_registered(session: AsyncSession, event: CloudEvent) -> None:
    """A new city: keep its profile (it may already be there from its accepted application)."""
    payload = CityRegistered.model_validate(event.data)
    await service.upsert_city_profile(session, payload.city, event.time)


async def on_city_updated(session: AsyncSession, event: CloudEvent) -> None:
    """A city's profile changed: rescore it with the new one from the next round on."""
    payload = CityUpdated.model_validate(event.data)
    await service.upsert_city_profile(session, payload.city, event.time)


async def on_application_accepted(session: AsyncSession, event: CloudEvent) -> None:
    """An accepted application makes its city a candidate; the event carries the full profile,
    so it may arrive before city.registered and still be scored."""
    payload = ApplicationAccepted.model_validate(event.data)
    await service.record_acceptance(session, payload, event.time)


PROFILES = Consumer(
    durable="pairing-profiles",
    handlers={
        CityRegistered.event_type(): on_city_registered,
        CityUpdated.event_type(): on_city_updated,
        ApplicationAccepted.event_type(): on_application_accepted,
    },
)

CONSUMERS = (PROFILES,)
