"""Every query of the applications service, and the sort of each of its lists."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from services.applications.domain import State
from services.applications.models import (
    Application,
    ApplicationInvitation,
    Call,
    CallReviewer,
    City,
    CityImport,
    CitySdg,
    CityTheme,
    Review,
    ReviewAssignment,
)
from shared.geo import Area, area_conditions
from shared.pagination import Keyset, PageParams
from shared.repository import count_by, get_or_404

CITIES = Keyset("applications.cities", City.name, City.id)
CALLS = Keyset("applications.calls", Call.id)
APPLICATIONS = Keyset("applications.applications", Application.id)
INVITATIONS = Keyset("applications.invitations", ApplicationInvitation.id)


# --- cities -----------------------------------------------------------------------------


# One query with joins is cheaper than selectin's three for a single city (a locking read
# locks only the city row: FOR UPDATE OF cities). A constant, so the locking read is built once.
_CITY_WITH_CHILDREN = (joinedload(City.themes), joinedload(City.sdgs))


async def get_city(session: AsyncSession, city_id: str, *, for_update: bool = False) -> City:
    """The city, or 404; `for_update` locks it for a write."""
    return await get_or_404(session, City, city_id, what="city", options=_CITY_WITH_CHILDREN, for_update=for_update)


async def get_cities(session: AsyncSession, ids: Sequence[str]) -> dict[str, City]:
    """The cities of `ids` that exist, by id."""
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
    area: Area = Area(),
) -> dict:
    """A page of cities by name then id, filtered."""
    query = select(City).where(*area_conditions(City.latitude, City.longitude, area))
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
    return CITIES.page((await session.scalars(CITIES.apply(query, page))).all(), page)


async def cities_by_geonames_id(session: AsyncSession, ids: Sequence[int], *, for_update: bool = False) -> dict[int, City]:
    """The cities of these GeoNames ids that are registered, by GeoNames id; `for_update`
    locks them (in id order, so two lockers never wait for each other) for a write."""
    query = select(City).where(City.geonames_id.in_(ids))
    if for_update:
        query = query.order_by(City.id).with_for_update()
    rows = (await session.scalars(query)).all()
    return {c.geonames_id: c for c in rows if c.geonames_id is not None}


async def geonames_id_taken(session: AsyncSession, geonames_id: int) -> bool:
    """Whether a city with this GeoNames id is registered."""
    return (await session.scalar(select(City.id).where(City.geonames_id == geonames_id))) is not None


# --- imports ----------------------------------------------------------------------------


async def get_import(session: AsyncSession, import_id: str) -> CityImport:
    """The import, or 404."""
    return await get_or_404(session, CityImport, import_id, what="import")


# --- calls ------------------------------------------------------------------------------


async def get_call(session: AsyncSession, call_id: str) -> Call:
    """The call, or 404."""
    return await get_or_404(session, Call, call_id, what="call")


async def find_call(session: AsyncSession, call_id: str) -> Call | None:
    """The call, or None (for input that names one)."""
    return await session.get(Call, call_id)


async def list_calls(session: AsyncSession, page: PageParams, *, component: str | None = None) -> dict:
    """A page of calls, oldest first."""
    query = select(Call)
    if component:
        query = query.where(Call.component == component)
    return CALLS.page((await session.scalars(CALLS.apply(query, page))).all(), page)


# --- applications -----------------------------------------------------------------------


async def get_application(session: AsyncSession, application_id: str, *, for_update: bool = False) -> Application:
    """The application with its history and reviews, or 404; `for_update` locks it for a write."""
    return await get_or_404(session, Application, application_id, what="application", for_update=for_update)


async def list_applications(
    session: AsyncSession,
    page: PageParams,
    *,
    call_id: str | None = None,
    city_id: str | None = None,
    state: str | None = None,
    reviewer: str | None = None,
) -> dict:
    """A page of applications, oldest first, filtered; `reviewer` narrows to those it may see: assigned to it,
    or of a call without a panel."""
    query = select(Application)
    if reviewer is not None:
        assigned = exists().where(ReviewAssignment.application_id == Application.id, ReviewAssignment.reviewer == reviewer)
        query = query.where(or_(~exists().where(CallReviewer.call_id == Application.call_id), assigned))
    if call_id:
        query = query.where(Application.call_id == call_id)
    if city_id:
        query = query.where(Application.city_id == city_id)
    if state:
        query = query.where(Application.state == state)
    return APPLICATIONS.page((await session.scalars(APPLICATIONS.apply(query, page))).all(), page)


async def call_is_reviewed(session: AsyncSession, call_id: str) -> bool:
    """True once any application of the call has a review."""
    query = select(Review.id).join(Application, Application.id == Review.application_id).where(Application.call_id == call_id)
    return (await session.scalar(query.limit(1))) is not None


async def assigned_reviewers(session: AsyncSession, call_id: str) -> set[str]:
    """The reviewers assigned to any application of the call."""
    query = (
        select(ReviewAssignment.reviewer)
        .join(Application, Application.id == ReviewAssignment.application_id)
        .where(Application.call_id == call_id)
    )
    return set((await session.scalars(query.distinct())).all())


async def reviewer_load(session: AsyncSession, call_id: str) -> dict[str, int]:
    """How many applications of the call each reviewer is assigned."""
    query = (
        select(ReviewAssignment.reviewer, func.count())
        .join(Application, Application.id == ReviewAssignment.application_id)
        .where(Application.call_id == call_id)
        .group_by(ReviewAssignment.reviewer)
    )
    return {reviewer: n for reviewer, n in (await session.execute(query)).all()}


async def applications_in_states(session: AsyncSession, call_id: str, states: Sequence[str]) -> list[Application]:
    """The call's applications in these states, by id, locked for a write (in id order, so lockers never wait in a cycle)."""
    query = (
        select(Application)
        .where(Application.call_id == call_id, Application.state.in_(states))
        .order_by(Application.id)
        .with_for_update(of=Application)
    )
    return list((await session.scalars(query)).all())


async def get_call_for_update(session: AsyncSession, call_id: str) -> Call:
    """The call locked for a write, or 404."""
    return await get_or_404(session, Call, call_id, what="call", for_update=True)


# --- invitations ------------------------------------------------------------------------


async def pending_invitation(session: AsyncSession, application_id: str, city_id: str) -> ApplicationInvitation | None:
    """The open invitation of a city to an application, if any."""
    query = select(ApplicationInvitation).where(
        ApplicationInvitation.application_id == application_id,
        ApplicationInvitation.city_id == city_id,
        ApplicationInvitation.state == "pending",
    )
    return (await session.scalars(query)).one_or_none()


async def list_invitations(
    session: AsyncSession,
    page: PageParams,
    *,
    involving_city: str | None = None,
    city_id: str | None = None,
    state: str | None = None,
    application_id: str | None = None,
) -> dict:
    """A page of invitations by id; `involving_city` narrows to those to or from that city."""
    query = select(ApplicationInvitation)
    if involving_city is not None:
        query = query.where(
            or_(ApplicationInvitation.city_id == involving_city, ApplicationInvitation.invited_by_city_id == involving_city)
        )
    for column, value in (
        (ApplicationInvitation.city_id, city_id),
        (ApplicationInvitation.state, state),
        (ApplicationInvitation.application_id, application_id),
    ):
        if value:
            query = query.where(column == value)
    return INVITATIONS.page((await session.scalars(INVITATIONS.apply(query, page))).all(), page)


async def stats(session: AsyncSession) -> dict:
    """Counts for dashboards: applications by state, those past draft by call, and the cities."""
    submitted = (
        select(Application.call_id, func.count()).where(Application.state != State.draft.value).group_by(Application.call_id)
    )
    return {
        "applications_by_state": await count_by(session, Application.state),
        "applications_by_call": {call: n for call, n in (await session.execute(submitted)).all()},
        "cities": await session.scalar(select(func.count()).select_from(City)),
    }
