"""Every query of the knowledge service but full-text search (search.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge.domain import PUBLIC_STATES, Facet, Origin, State
from services.knowledge.models import Practice, PracticeInvitation, PracticeRevision, PracticeTag, Resource, ResourceTag
from services.knowledge.revisions.domain import OPEN_REVISION_STATES
from shared.pagination import Keyset, PageParams

# The lists' orders: by id, that is creation order (UUIDv7).
PRACTICES = Keyset("knowledge.practices", Practice.id)
RESOURCES = Keyset("knowledge.resources", Resource.id)
INVITATIONS = Keyset("knowledge.invitations", PracticeInvitation.id)
REVISIONS = Keyset("knowledge.revisions", PracticeRevision.id)


def tagged(tag_table: Any, owner_column: Any, owner_id: Any, facet: str, values: Sequence[str]):
    """Filed under any of `values` of `facet` (an indexed EXISTS on the tag table)."""
    return exists().where(owner_column == owner_id, tag_table.facet == facet, tag_table.value.in_(list(values)))


def practice_tagged(facet: str, values: Sequence[str]):
    """A practice filed under any of these values of a facet."""
    return tagged(PracticeTag, PracticeTag.practice_id, Practice.id, facet, values)


def visible_to(*, see_all: bool, subject: str, city_id: str | None):
    """Public practices, plus those the caller wrote or its city's (None: no condition)."""
    if see_all:
        return None
    mine = [Practice.state.in_([s.value for s in PUBLIC_STATES]), Practice.created_by == subject]
    if city_id:
        mine.append(practice_tagged(Facet.city.value, [city_id]))
    return or_(*mine)


# --- practices -----------------------------------------------------------------------------


async def practice_by_harvest_key(session: AsyncSession, key: str) -> Practice | None:
    """The draft already harvested from a source, if any."""
    return (await session.scalars(select(Practice).where(Practice.harvest_key == key))).one_or_none()


async def practice_exists(session: AsyncSession, practice_id: str) -> bool:
    """True if there is a practice of that id (whoever may see it)."""
    return (await session.scalar(select(Practice.id).where(Practice.id == practice_id))) is not None


async def list_practices(
    session: AsyncSession,
    page: PageParams,
    *,
    visibility: Any = None,
    state: str | None = None,
    kind: str | None = None,
    theme: str | None = None,
    sdg: int | None = None,
    city_id: str | None = None,
    origin: str | None = None,
    action_id: str | None = None,
    pairing_id: str | None = None,
) -> dict:
    """A page of practices by id (creation order), filtered."""
    query = select(Practice)
    if visibility is not None:
        query = query.where(visibility)
    for column, value in (
        (Practice.state, state),
        (Practice.kind, kind),
        (Practice.origin, origin),
        (Practice.action_id, action_id),
        (Practice.pairing_id, pairing_id),
    ):
        if value:
            query = query.where(column == value)
    for facet, value in ((Facet.theme, theme), (Facet.sdg, None if sdg is None else str(sdg)), (Facet.city, city_id)):
        if value:
            query = query.where(practice_tagged(facet.value, [value]))
    return PRACTICES.page((await session.scalars(PRACTICES.apply(query, page))).all(), page)


# --- invitations ---------------------------------------------------------------------------


async def pending_invitation(session: AsyncSession, practice_id: str, city_id: str) -> PracticeInvitation | None:
    """The open invitation of a city to a practice, if any."""
    query = select(PracticeInvitation).where(
        PracticeInvitation.practice_id == practice_id,
        PracticeInvitation.city_id == city_id,
        PracticeInvitation.state == "pending",
    )
    return (await session.scalars(query)).one_or_none()


async def list_invitations(
    session: AsyncSession,
    page: PageParams,
    *,
    involving_city: str | None = None,
    city_id: str | None = None,
    state: str | None = None,
    practice_id: str | None = None,
) -> dict:
    """A page of invitations by id; `involving_city` narrows to those to or from that city."""
    query = select(PracticeInvitation)
    if involving_city is not None:
        query = query.where(
            or_(PracticeInvitation.city_id == involving_city, PracticeInvitation.invited_by_city_id == involving_city)
        )
    for column, value in (
        (PracticeInvitation.city_id, city_id),
        (PracticeInvitation.state, state),
        (PracticeInvitation.practice_id, practice_id),
    ):
        if value:
            query = query.where(column == value)
    return INVITATIONS.page((await session.scalars(INVITATIONS.apply(query, page))).all(), page)


# --- revisions -----------------------------------------------------------------------------


async def open_revision(session: AsyncSession, practice_id: str) -> PracticeRevision | None:
    """The revision of a practice being drafted or reviewed, if any (there is at most one)."""
    query = select(PracticeRevision).where(
        PracticeRevision.practice_id == practice_id, PracticeRevision.state.in_([s.value for s in OPEN_REVISION_STATES])
    )
    return (await session.scalars(query)).one_or_none()


async def list_revisions(
    session: AsyncSession,
    page: PageParams,
    *,
    authored_by: tuple[str, str | None] | None = None,
    practice_id: str | None = None,
    state: str | None = None,
) -> dict:
    """A page of revisions by id (creation order); `authored_by` (subject, city) narrows to the revisions
    of practices that key wrote or that are its city's, or that it opened."""
    query = select(PracticeRevision)
    if authored_by is not None:
        subject, city_id = authored_by
        theirs = [Practice.created_by == subject]
        if city_id:
            theirs.append(practice_tagged(Facet.city.value, [city_id]))
        query = query.where(
            or_(PracticeRevision.created_by == subject, PracticeRevision.practice_id.in_(select(Practice.id).where(or_(*theirs))))
        )
    for column, value in ((PracticeRevision.practice_id, practice_id), (PracticeRevision.state, state)):
        if value:
            query = query.where(column == value)
    return REVISIONS.page((await session.scalars(REVISIONS.apply(query, page))).all(), page)


# --- resources -----------------------------------------------------------------------------


async def list_resources(
    session: AsyncSession,
    page: PageParams,
    *,
    kind: str | None = None,
    theme: str | None = None,
    sdg: int | None = None,
    sector: str | None = None,
    practice_id: str | None = None,
    q: str | None = None,
) -> dict:
    """A page of resources by id, filtered like practices; `q` is part of the title."""
    query = select(Resource)
    if kind:
        query = query.where(Resource.kind == kind)
    if practice_id:
        query = query.where(Resource.practice_id == practice_id)
    if q:
        query = query.where(func.lower(Resource.title).like(f"%{q.lower()}%"))
    for facet, value in ((Facet.theme, theme), (Facet.sdg, None if sdg is None else str(sdg)), (Facet.sector, sector)):
        if value:
            query = query.where(tagged(ResourceTag, ResourceTag.resource_id, Resource.id, facet.value, [value]))
    return RESOURCES.page((await session.scalars(RESOURCES.apply(query, page))).all(), page)


# --- stats ---------------------------------------------------------------------------------


async def _counts(session: AsyncSession, query) -> dict[str, int]:
    return {str(k): n for k, n in (await session.execute(query)).all() if k is not None}


async def stats(session: AsyncSession) -> dict[str, Any]:
    """Counts for dashboards."""
    published = Practice.state == State.published.value

    def by_tag(facet: Facet):
        return (
            select(PracticeTag.value, func.count())
            .join(Practice, Practice.id == PracticeTag.practice_id)
            .where(published, PracticeTag.facet == facet.value)
            .group_by(PracticeTag.value)
        )

    by_sdg = await _counts(session, by_tag(Facet.sdg))
    return {
        "practices_by_state": await _counts(session, select(Practice.state, func.count()).group_by(Practice.state)),
        "practices_by_kind": await _counts(session, select(Practice.kind, func.count()).group_by(Practice.kind)),
        "harvested_drafts": await session.scalar(
            select(func.count())
            .select_from(Practice)
            .where(and_(Practice.origin == Origin.event.value, Practice.state == State.draft.value))
        ),
        "published_by_theme": await _counts(session, by_tag(Facet.theme)),
        "published_by_sdg": dict(sorted(by_sdg.items(), key=lambda kv: int(kv[0]))),
        "published_by_region": await _counts(session, by_tag(Facet.region)),
        "published_by_year": await _counts(session, select(Practice.year, func.count()).where(published).group_by(Practice.year)),
        "resources_by_kind": await _counts(session, select(Resource.kind, func.count()).group_by(Resource.kind)),
    }
