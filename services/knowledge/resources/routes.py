"""HTTP routes of the library's resources: thin, they parse, authorise and call resources/service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.knowledge.auth import KnowledgeRead, KnowledgeWrite
from services.knowledge.domain import ResourceKind
from services.knowledge.resources import service
from services.knowledge.resources.schemas import ResourceCreate, ResourcePage, ResourceRead, ResourceUpdate
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])


@router.post("/resources", status_code=201, response_model=ResourceRead)
async def create_knowledge_resource(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, body: ResourceCreate, response: Response
):
    """Add a document, link or training material, tagged like practices."""
    r = await service.create_resource(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/knowledge/resources/{r.id}"
    set_etag(response, r.version)
    return r


@router.get("/resources", response_model=ResourcePage)
async def list_knowledge_resources(
    session: SessionDep,
    identity: KnowledgeRead,
    page: PageQuery,
    kind: ResourceKind | None = None,
    theme: str | None = None,
    sdg: Annotated[int | None, Query(ge=1, le=17)] = None,
    sector: str | None = None,
    practice_id: str | None = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the title.")] = None,
) -> dict:
    """List resources, oldest first, filtered."""
    return await service.list_resources(
        session, page, kind=kind, theme=theme, sdg=sdg, sector=sector, practice_id=practice_id, q=q
    )


@router.get("/resources/{resource_id}", response_model=ResourceRead)
async def get_knowledge_resource(session: SessionDep, identity: KnowledgeRead, resource_id: str, response: Response):
    """One resource."""
    r = await service.get_resource(session, resource_id)
    set_etag(response, r.version)
    return r


@router.patch("/resources/{resource_id}", response_model=ResourceRead)
async def update_knowledge_resource(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    resource_id: str,
    body: ResourceUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Change a resource (If-Match with the ETag guards against lost updates)."""
    r = await service.update_resource(session, identity, resource_id, body, if_match, clock.now())
    set_etag(response, r.version)
    return r


@router.delete("/resources/{resource_id}", status_code=204)
async def delete_knowledge_resource(
    session: SessionDep, identity: KnowledgeWrite, resource_id: str, if_match: IfMatch = None
) -> Response:
    """Remove a resource from the library."""
    await service.delete_resource(session, identity, resource_id, if_match)
    return Response(status_code=204)
