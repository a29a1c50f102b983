"""HTTP routes of the knowledge service: thin, they parse, authorise and call service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.knowledge import repository, search, service
from services.knowledge.auth import KnowledgeRead, KnowledgeWrite
from services.knowledge.domain import Facet, Origin, PracticeKind, ResourceKind, State, search_words
from services.knowledge.models import Practice, Resource
from services.knowledge.schemas import (
    FacetCount,
    KnowledgeStats,
    OptionalReason,
    PracticeCreate,
    PracticePage,
    PracticeRead,
    PracticeUpdate,
    Provenance,
    Reason,
    ResourceCreate,
    ResourcePage,
    ResourceRead,
    ResourceUpdate,
    SdgRead,
    SearchHit,
    SearchResult,
)
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.identity import Identity
from shared.pagination import PageQuery, encode_cursor, make_page
from shared.problems import Problem
from shared.reference.sdgs import is_sdg, sdgs
from shared.service import SessionDep

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])

Labels = Annotated[list[str] | None, Query(max_length=20)]


def practice_read(p: Practice) -> PracticeRead:
    return PracticeRead(
        **{
            k: getattr(p, k) for k in PracticeRead.model_fields if k not in ("themes", "sdgs", "sectors", "provenance", "history")
        },
        themes=service.tag_values(p, Facet.theme),
        sdgs=service.sdgs_of(p),
        sectors=service.tag_values(p, Facet.sector),
        provenance=Provenance(
            origin=Origin(p.origin),
            created_by=p.created_by,
            created_by_role=p.created_by_role,
            event_id=p.source_event_id,
            event_type=p.source_event_type,
            event_source=p.source_event_source,
            harvested_from=p.harvest_key,
            harvest_notes=list(p.harvest_notes or []),
        ),
        history=[
            {k: getattr(t, k) for k in ("from_state", "to_state", "actor", "actor_role", "reason", "at")} for t in p.history
        ],
    )


def resource_read(r: Resource) -> ResourceRead:
    return ResourceRead(
        **{k: getattr(r, k) for k in ResourceRead.model_fields if k not in ("themes", "sdgs", "sectors")},
        themes=service.tag_values(r, Facet.theme),
        sdgs=service.sdgs_of(r),
        sectors=service.tag_values(r, Facet.sector),
    )


def _answer(p: Practice, response: Response) -> PracticeRead:
    set_etag(response, p.version)
    return practice_read(p)


# --- practices -----------------------------------------------------------------------------


@router.post("/practices", status_code=201, response_model=PracticeRead)
async def create_practice(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, body: PracticeCreate, response: Response
) -> PracticeRead:
    """Start a draft practice (a city writes its own city's; the coordination unit any)."""
    p = await service.create_practice(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/knowledge/practices/{p.id}"
    return _answer(p, response)


@router.get("/practices", response_model=PracticePage)
async def list_practices(
    session: SessionDep,
    identity: KnowledgeRead,
    page: PageQuery,
    state: State | None = None,
    kind: PracticeKind | None = None,
    theme: str | None = None,
    sdg: Annotated[int | None, Query(ge=1, le=17)] = None,
    city_id: str | None = None,
    origin: Origin | None = None,
    action_id: str | None = None,
    pairing_id: str | None = None,
) -> dict:
    """List practices, oldest first: published and archived ones, plus the caller's own drafts."""
    visibility = repository.visible_to(see_all=identity.is_admin, subject=identity.subject, city_id=identity.city_id)
    rows = await repository.list_practices(
        session,
        page,
        visibility=visibility,
        state=state,
        kind=kind,
        theme=theme,
        sdg=sdg,
        city_id=city_id,
        origin=origin,
        action_id=action_id,
        pairing_id=pairing_id,
    )
    return make_page(rows, page, key=lambda p: [p.id], to_item=practice_read)


@router.get("/practices/{practice_id}", response_model=PracticeRead)
async def get_practice(session: SessionDep, identity: KnowledgeRead, practice_id: str, response: Response) -> PracticeRead:
    """One practice with its provenance and history."""
    return _answer(await service.get_practice_for(session, identity, practice_id), response)


async def _for_change(request: Request, session, identity: Identity, practice_id: str) -> Practice:
    p = await service.get_practice_for(session, identity, practice_id, for_update=True)
    check_if_match(request, p.version)
    return p


@router.patch("/practices/{practice_id}", response_model=PracticeRead)
async def update_practice(
    request: Request,
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: PracticeUpdate,
    response: Response,
) -> PracticeRead:
    """Edit a draft (If-Match with the ETag guards against lost updates)."""
    p = await _for_change(request, session, identity, practice_id)
    return _answer(await service.update_practice(session, identity, p, body, clock.now()), response)


@router.post("/practices/{practice_id}:submit", response_model=PracticeRead)
async def submit_practice(
    request: Request, session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, practice_id: str, response: Response
) -> PracticeRead:
    """Send a draft to review (pending); every gap it still has is listed in one 422."""
    p = await _for_change(request, session, identity, practice_id)
    return _answer(await service.submit_practice(session, identity, p, clock.now()), response)


@router.post("/practices/{practice_id}:sendBack", response_model=PracticeRead)
async def send_back_practice(
    request: Request,
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: Reason,
    response: Response,
) -> PracticeRead:
    """Return a pending practice to its authors as a draft, saying what to change (admin)."""
    p = await _for_change(request, session, identity, practice_id)
    return _answer(await service.send_back_practice(session, identity, p, body.reason, clock.now()), response)


@router.post("/practices/{practice_id}:publish", response_model=PracticeRead)
async def publish_practice(
    request: Request, session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, practice_id: str, response: Response
) -> PracticeRead:
    """Publish a pending practice into the library (admin); practice.published goes out."""
    p = await _for_change(request, session, identity, practice_id)
    return _answer(await service.publish_practice(session, identity, p, clock.now()), response)


@router.post("/practices/{practice_id}:archive", response_model=PracticeRead)
async def archive_practice(
    request: Request,
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: OptionalReason,
    response: Response,
) -> PracticeRead:
    """Take a published practice out of the library (admin); it stays readable, marked archived."""
    p = await _for_change(request, session, identity, practice_id)
    return _answer(await service.archive_practice(session, identity, p, body.reason, clock.now()), response)


# --- search --------------------------------------------------------------------------------


@router.get("/search", response_model=SearchResult)
async def search_knowledge(
    session: SessionDep,
    identity: KnowledgeRead,
    page: PageQuery,
    q: Annotated[str | None, Query(max_length=500, description='Words, "phrases", -excluded, a OR b.')] = None,
    theme: Labels = None,
    sdg: Annotated[list[int] | None, Query(max_length=17)] = None,
    region: Labels = None,
    sector: Labels = None,
    country: Labels = None,
    year: Annotated[list[int] | None, Query(max_length=50)] = None,
    kind: PracticeKind | None = None,
) -> SearchResult:
    """Full-text search of the published library, best match first, with facet counts for the query."""
    bad = [
        {"pointer": "query:sdg", "detail": f"{s} is not one of the 17 SDGs", "code": "unknown_sdg"}
        for s in sdg or []
        if not is_sdg(s)
    ]
    if bad:
        raise Problem(422, "Unknown SDG(s): " + ", ".join(e["detail"] for e in bad) + ".", errors=bad)
    query = q.strip() if q and q.strip() else None
    if query is not None and not search_words(query):
        raise Problem(422, "The query holds no word to search for.", errors=[{"pointer": "query:q", "detail": "no word"}])
    filters = search.SearchFilters(
        themes=[t.lower() for t in theme or []],
        sdgs=sdg or [],
        regions=region or [],
        sectors=[s.lower() for s in sector or []],
        countries=[c.upper() for c in country or []],
        years=year or [],
        kind=kind,
    )
    found = await search.search_practices(session, query, filters, page)
    last = found.hits[-1] if found.hits else None
    return SearchResult(
        items=[
            SearchHit(
                **{k: getattr(p, k) for k in ("id", "kind", "state", "title", "summary", "locations", "year", "published_at")},
                themes=service.tag_values(p, Facet.theme),
                sdgs=service.sdgs_of(p),
                sectors=service.tag_values(p, Facet.sector),
                score=-score if score else 0.0,
                snippet=snippet,
            )
            for p, score, snippet in found.hits
        ],
        next_page_token=encode_cursor([last[1], last[0].id]) if found.more and last else None,
        total=found.total,
        facets={f: [FacetCount(value=v, count=n) for v, n in values] for f, values in found.facets.items()},
    )


# --- resources -----------------------------------------------------------------------------


@router.post("/resources", status_code=201, response_model=ResourceRead)
async def create_knowledge_resource(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, body: ResourceCreate, response: Response
) -> ResourceRead:
    """Add a document, link or training material, tagged like practices."""
    r = await service.create_resource(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/knowledge/resources/{r.id}"
    set_etag(response, r.version)
    return resource_read(r)


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
    rows = await repository.list_resources(
        session, page, kind=kind, theme=theme, sdg=sdg, sector=sector, practice_id=practice_id, q=q
    )
    return make_page(rows, page, key=lambda r: [r.id], to_item=resource_read)


async def _resource_or_404(session, resource_id: str, *, for_update: bool = False) -> Resource:
    r = await repository.get_resource(session, resource_id, for_update=for_update)
    if r is None:
        raise Problem(404, f"No resource {resource_id}.")
    return r


@router.get("/resources/{resource_id}", response_model=ResourceRead)
async def get_knowledge_resource(
    session: SessionDep, identity: KnowledgeRead, resource_id: str, response: Response
) -> ResourceRead:
    """One resource."""
    r = await _resource_or_404(session, resource_id)
    set_etag(response, r.version)
    return resource_read(r)


@router.patch("/resources/{resource_id}", response_model=ResourceRead)
async def update_knowledge_resource(
    request: Request,
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    resource_id: str,
    body: ResourceUpdate,
    response: Response,
) -> ResourceRead:
    """Change a resource (If-Match with the ETag guards against lost updates)."""
    r = await _resource_or_404(session, resource_id, for_update=True)
    check_if_match(request, r.version)
    r = await service.update_resource(session, identity, r, body, clock.now())
    set_etag(response, r.version)
    return resource_read(r)


@router.delete("/resources/{resource_id}", status_code=204)
async def delete_knowledge_resource(
    request: Request, session: SessionDep, identity: KnowledgeWrite, resource_id: str
) -> Response:
    """Remove a resource from the library."""
    r = await _resource_or_404(session, resource_id, for_update=True)
    check_if_match(request, r.version)
    await service.delete_resource(session, identity, r)
    return Response(status_code=204)


# --- reference and stats ---------------------------------------------------------------------


@router.get("/stats", response_model=KnowledgeStats)
async def knowledge_stats(session: SessionDep, identity: KnowledgeRead) -> dict:
    """Counts for dashboards: practices by state and kind, the published library by theme, SDG, region and year."""
    return await repository.stats(session)


@router.get("/sdgs", response_model=list[SdgRead])
async def list_knowledge_sdgs(identity: KnowledgeRead) -> list[SdgRead]:
    """The 17 Sustainable Development Goals practices and resources are tagged with."""
    return [SdgRead(goal=g.goal, short=g.short, title=g.title) for g in sdgs().values()]


ROUTERS = (router,)
