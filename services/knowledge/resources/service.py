"""Use cases of the library's resources: documents, links and training materials, tagged like practices."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge import repository
from services.knowledge.auth import ensure_may_change_resource
from services.knowledge.domain import Facet
from services.knowledge.models import Resource, ResourceTag
from services.knowledge.resources.schemas import ResourceCreate, ResourceUpdate
from services.knowledge.service import new_version_if_changed, sdgs_of, tag_values
from shared.concurrency import check_if_match
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import get_or_404


def _resource_tags(themes, sdgs, sectors) -> list[ResourceTag]:
    wanted = {(Facet.theme.value, t) for t in themes} | {(Facet.sdg.value, str(s)) for s in sdgs}
    wanted |= {(Facet.sector.value, s) for s in sectors}
    return [ResourceTag(facet=f, value=v) for f, v in sorted(wanted)]


async def _practice_or_422(session: AsyncSession, practice_id: str | None) -> None:
    if practice_id is not None and not await repository.practice_exists(session, practice_id):
        raise Problem(
            422,
            f"Unknown practice {practice_id}.",
            errors=[{"pointer": "/practice_id", "detail": "no such practice", "code": "unknown_practice"}],
        )


async def create_resource(session: AsyncSession, identity: Identity, data: ResourceCreate, now: datetime) -> Resource:
    """Add a document, link or training material to the library."""
    if not identity.is_admin and not identity.city_id:
        raise Problem(403, "Only the coordination unit and city keys add resources.")
    await _practice_or_422(session, data.practice_id)
    r = Resource(
        kind=data.kind.value,
        title=data.title,
        description=data.description,
        url=str(data.url),
        language=data.language,
        practice_id=data.practice_id,
        owner_city_id=None if identity.is_admin else identity.city_id,
        created_by=identity.subject,
        created_by_role=identity.role.value,
        tags=_resource_tags(set(data.themes), set(data.sdgs), set(data.sectors)),
        created_at=now,
        updated_at=now,
    )
    session.add(r)
    await session.flush()
    return r


async def list_resources(session: AsyncSession, page: PageParams, **filters: Any) -> dict:
    """A page of resources, oldest first, filtered."""
    return await repository.list_resources(session, page, **filters)


async def get_resource(session: AsyncSession, resource_id: str, *, for_update: bool = False) -> Resource:
    """One resource, or 404."""
    return await get_or_404(session, Resource, resource_id, what="resource", for_update=for_update)


async def update_resource(
    session: AsyncSession, identity: Identity, resource_id: str, data: ResourceUpdate, if_match: str | None, now: datetime
) -> Resource:
    """Change a resource; absent fields stay."""
    r = await get_resource(session, resource_id, for_update=True)
    check_if_match(if_match, r.version)
    ensure_may_change_resource(identity, r)
    changes = data.model_dump(exclude_unset=True, exclude={"themes", "sdgs", "sectors"})
    for field, value in changes.items():  # a null reaches here only for a nullable column (NotNull)
        value = str(value) if field == "url" else value
        if getattr(r, field) != value:
            setattr(r, field, value)
    themes = set(data.themes) if data.themes is not None else set(tag_values(r, Facet.theme))
    sdgs = set(data.sdgs) if data.sdgs is not None else set(sdgs_of(r))
    sectors = set(data.sectors) if data.sectors is not None else set(tag_values(r, Facet.sector))
    wanted = _resource_tags(themes, sdgs, sectors)
    if {(t.facet, t.value) for t in wanted} != {(t.facet, t.value) for t in r.tags}:
        r.tags = wanted
    new_version_if_changed(session, r, now)
    await session.flush()
    return r


async def delete_resource(session: AsyncSession, identity: Identity, resource_id: str, if_match: str | None) -> None:
    """Remove a resource from the library."""
    r = await get_resource(session, resource_id, for_update=True)
    check_if_match(if_match, r.version)
    ensure_may_change_resource(identity, r)
    await session.delete(r)
    await session.flush()
