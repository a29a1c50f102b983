"""Every query of the applications service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from services.applications.models import Application, Call, City, CityImport, CitySdg, CityTheme
from shared.pagination import PageParams


def _after(columns: Sequence[Any], values: list[Any]):
    """Keyset condition: (c1, c2) > (v1, v2), spelled out so it works on every database."""
    c1, c2 = columns
    v1, v2 = values
    return or_(c1 > v1, and_(c1 == v1, c2 > v2))


# --- cities -----------------------------------------------------------------------------


async def get_city(session: AsyncSession, city_id: str) -> City | None:
    # One query with joins: for a single city that is cheaper than selectin's three.
    return await session.get(City, city_id, options=[joinedload(City.themes), joinedload(City.sdgs)])


async def get_cities(session: AsyncSession, ids: Sequence[str]) -> dict[str, City]:
    rows = (await session.scalars(select(City).where(City.id.in_(ids)))).all()
    return {c.id: c for c in rows}


async def list_cities(
    session: AsyncSession,
    page: PageParams,
    *,
    country_code: str | None = None,
    world_region: str | None = None,
    min_population: int | None = None,
    max_population: int | None = None,
    theme: str | None = None,
    sdg: int | None = None,
    q: str | None = None,
) -> list[City]:
    """Cities by name then id, filtered; one more than the page size to tell if more follow."""
    query = select(City)
    if country_code:
        query = query.where(City.country_code == country_code.upper())
    if world_region:
        query = query.where(City.world_region == world_region)
    if min_population is not None:
        query = query.where(City.population >= min_population)
    if max_population is not None:
        query = query.where(City.population <= max_population)
    if theme:
        query = query.where(exists().where(CityTheme.city_id == City.id, CityTheme.theme == theme))
    if sdg is not None:
        query = query.where(exists().where(CitySdg.city_id == City.id, CitySdg.sdg == sdg))
    if q:
        pattern = f"%{q.lower()}%"
        query = query.where(or_(func.lower(City.name).like(pattern), func.lower(City.ascii_name).like(pattern)))
    if page.after:
        query = query.where(_after((City.name, City.id), page.after))
    query = query.order_by(City.name, City.id).limit(page.page_size + 1)
    return list((await session.scalars(query)).all())


async def cities_by_geonames_id(session: AsyncSession, ids: Sequence[int]) -> dict[int, City]:
    rows = (await session.scalars(select(City).where(City.geonames_id.in_(ids)))).all()
    return {c.geonames_id: c for c in rows if c.geonames_id is not None}


async def geonames_id_taken(session: AsyncSession, geonames_id: int) -> bool:
    return (await session.scalar(select(City.id).where(City.geonames_id == geonames_id))) is not None


# --- imports ----------------------------------------------------------------------------


async def get_import(session: AsyncSession, import_id: str) -> CityImport | None:
    return await session.get(CityImport, import_id)


# --- calls ------------------------------------------------------------------------------


async def get_call(session: AsyncSession, call_id: str) -> Call | None:
    return await session.get(Call, call_id)


async def list_calls(session: AsyncSession, page: PageParams, *, component: str | None = None) -> list[Call]:
    query = select(Call)
    if component:
        query = query.where(Call.component == component)
    if page.after:
        query = query.where(Call.id > page.after[0])
    return list((await session.scalars(query.order_by(Call.id).limit(page.page_size + 1))).all())


# --- applications -----------------------------------------------------------------------


async def get_application(session: AsyncSession, application_id: str, *, for_update: bool = False) -> Application | None:
    query = select(Application).where(Application.id == application_id)
    if for_update:
        query = query.with_for_update()
    return (await session.scalars(query)).one_or_none()


async def list_applications(
    session: AsyncSession,
    page: PageParams,
    *,
    call_id: str | None = None,
    city_id: str | None = None,
    state: str | None = None,
) -> list[Application]:
    query = select(Application)
    if call_id:
        query = query.where(Application.call_id == call_id)
    if city_id:
        query = query.where(Application.city_id == city_id)
    if state:
        query = query.where(Application.state == state)
    if page.after:
        query = query.where(Application.id > page.after[0])
    return list((await session.scalars(query.order_by(Application.id).limit(page.page_size + 1))).all())
