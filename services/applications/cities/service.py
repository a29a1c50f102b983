"""Use cases of the city registry: registering, listing and changing cities (their bulk
import is in imports.py). Each runs inside the caller's transaction with its events."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import domain, repository
from services.applications.auth import ensure_acts_for_city, ensure_admin
from services.applications.cities.schemas import CityCreate, CityUpdate
from services.applications.models import City, CitySdg, CityTheme, kit
from shared.concurrency import check_if_match, flush_versioned, touch
from shared.contracts.applications import CityProfile, CityRegistered, CityUpdated
from shared.identity import Identity
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem


def city_profile(city: City) -> CityProfile:
    """The event view of a city."""
    return CityProfile(
        city_id=city.id,
        name=city.name,
        country_code=city.country_code,
        world_region=city.world_region,
        population=city.population,
        latitude=city.latitude,
        longitude=city.longitude,
        geonames_id=city.geonames_id,
        languages=list(city.languages or []),
        themes=[t.theme for t in city.themes],
        sdgs=[s.sdg for s in city.sdgs],
        challenges=city.challenges or "",
    )


def _region_or_422(country_code: str) -> str:
    try:
        return domain.world_region_of(country_code).value
    except domain.UnknownCountry as exc:
        raise Problem(
            422, str(exc), errors=[{"pointer": "/country_code", "detail": str(exc), "code": "unknown_country"}]
        ) from exc


async def list_cities(session: AsyncSession, page: PageParams, **filters: Any) -> dict:
    """A page of cities by name, filtered (see repository.list_cities for the filters)."""
    return await repository.list_cities(session, page, **filters)


async def get_city(session: AsyncSession, city_id: str) -> City:
    """One city, or 404."""
    return await repository.get_city(session, city_id)


async def register_city(session: AsyncSession, identity: Identity, data: CityCreate) -> City:
    """Register one city; its region comes from its country."""
    ensure_admin(identity, "register cities")
    region = _region_or_422(data.country_code)
    if data.geonames_id is not None and await repository.geonames_id_taken(session, data.geonames_id):
        raise Problem(409, f"A city with geonames_id {data.geonames_id} is already registered.")
    city = City(
        name=data.name,
        country_code=data.country_code,
        world_region=region,
        admin1_code=data.admin1_code,
        population=data.population,
        latitude=data.latitude,
        longitude=data.longitude,
        geonames_id=data.geonames_id,
        languages=data.languages if data.languages is not None else domain.default_languages(data.country_code),
        challenges=data.challenges,
        themes=[CityTheme(theme=t) for t in sorted(set(data.themes))],
        sdgs=[CitySdg(sdg=s) for s in sorted(set(data.sdgs))],
    )
    session.add(city)
    await session.flush()
    await record_event(session, kit.outbox, CityRegistered(city=city_profile(city)), city.id)
    return city


async def update_city(session: AsyncSession, identity: Identity, city_id: str, data: CityUpdate, if_match: str | None) -> City:
    """Change a city's profile; emits city.updated only if something changed."""
    # Locked where the database can; where it cannot (SQLite), the versioned UPDATE refuses
    # the second of two writes that read the same version (412).
    city = await repository.get_city(session, city_id, for_update=True)
    check_if_match(if_match, city.version)
    ensure_acts_for_city(identity, city.id)
    changed: list[str] = []
    for field in ("name", "population", "latitude", "longitude", "languages", "challenges"):
        value = getattr(data, field)
        if value is not None and value != getattr(city, field):
            setattr(city, field, value)
            changed.append(field)
    if data.themes is not None and sorted(set(data.themes)) != [t.theme for t in city.themes]:
        city.themes = [CityTheme(theme=t) for t in sorted(set(data.themes))]
        changed.append("themes")
    if data.sdgs is not None and sorted(set(data.sdgs)) != [s.sdg for s in city.sdgs]:
        city.sdgs = [CitySdg(sdg=s) for s in sorted(set(data.sdgs))]
        changed.append("sdgs")
    if changed:
        if not set(changed) - {"themes", "sdgs"}:
            touch(city)  # themes and sdgs are rows of their own: a change to them alone is a new version too
        await flush_versioned(session, city)
        await record_event(session, kit.outbox, CityUpdated(city=city_profile(city), changed=changed), city.id)
    return city
