"""HTTP routes of the knowledge service: thin, they parse, authorise and call service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.knowledge import service
from services.knowledge.auth import KnowledgeRead, KnowledgeWrite
from services.knowledge.domain import Origin, PracticeKind, State
from services.knowledge.invitations.routes import router as invitations_router
from services.knowledge.resources.routes import router as resources_router
from services.knowledge.revisions.routes import router as revisions_router
from services.knowledge.schemas import (
    SEARCH_HELP,
    KnowledgeStats,
    OptionalReason,
    PracticeCreate,
    PracticePage,
    PracticeRead,
    PracticeUpdate,
    PublicPracticeRead,
    Reason,
    SdgRead,
    SearchArguments,
    SearchResult,
)
from services.knowledge.search import SearchPage
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.identity import StatsReader
from shared.pagination import PageQuery
from shared.reference.sdgs import Sdg
from shared.service import SessionDep
from shared.showcase import NOT_MODIFIED, OPEN, public_answer, showcase_router

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])


def _with_etag(p, response: Response):
    set_etag(response, p.version)
    return p


# --- practices -----------------------------------------------------------------------------


@router.post("/practices", status_code=201, response_model=PracticeRead)
async def create_practice(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, body: PracticeCreate, response: Response
):
    """Start a draft practice (a city writes its own city's; the coordination unit any)."""
    p = await service.create_practice(session, identity, body, clock.now())
    response.headers["Location"] = f"/v1/knowledge/practices/{p.id}"
    return _with_etag(p, response)


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
    return await service.list_practices(
        session,
        identity,
        page,
        state=state,
        kind=kind,
        theme=theme,
        sdg=sdg,
        city_id=city_id,
        origin=origin,
        action_id=action_id,
        pairing_id=pairing_id,
    )


@router.get("/practices/{practice_id}", response_model=PracticeRead)
async def get_practice(session: SessionDep, identity: KnowledgeRead, practice_id: str, response: Response):
    """One practice with its provenance and history."""
    return _with_etag(await service.get_practice(session, identity, practice_id), response)


@router.patch("/practices/{practice_id}", response_model=PracticeRead)
async def update_practice(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: PracticeUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Edit a draft (If-Match with the ETag guards against lost updates)."""
    p = await service.update_practice(session, identity, practice_id, body, if_match, clock.now())
    return _with_etag(p, response)


@router.post("/practices/{practice_id}:submit", response_model=PracticeRead)
async def submit_practice(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, practice_id: str, response: Response, if_match: IfMatch = None
):
    """Send a draft to review (pending); every gap it still has is listed in one 422."""
    return _with_etag(await service.submit_practice(session, identity, practice_id, if_match, clock.now()), response)


@router.post("/practices/{practice_id}:sendBack", response_model=PracticeRead)
async def send_back_practice(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: Reason,
    response: Response,
    if_match: IfMatch = None,
):
    """Return a pending practice to its authors as a draft, saying what to change (admin)."""
    p = await service.send_back_practice(session, identity, practice_id, body.reason, if_match, clock.now())
    return _with_etag(p, response)


@router.post("/practices/{practice_id}:publish", response_model=PracticeRead)
async def publish_practice(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, practice_id: str, response: Response, if_match: IfMatch = None
):
    """Publish a pending practice into the library (admin); practice.published goes out."""
    return _with_etag(await service.publish_practice(session, identity, practice_id, if_match, clock.now()), response)


@router.post("/practices/{practice_id}:archive", response_model=PracticeRead)
async def archive_practice(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: OptionalReason,
    response: Response,
    if_match: IfMatch = None,
):
    """Take a published practice out of the library (admin); it stays readable, marked archived."""
    p = await service.archive_practice(session, identity, practice_id, body.reason, if_match, clock.now())
    return _with_etag(p, response)


# --- search --------------------------------------------------------------------------------


@router.get(
    "/search",
    response_model=SearchResult,
    description="Full-text search of the published library, best match first, with facet counts for the query.\n\n" + SEARCH_HELP,
)
async def search_knowledge(session: SessionDep, identity: KnowledgeRead, page: PageQuery, search: SearchArguments) -> SearchPage:
    return await service.search_knowledge(session, page, **search)


# --- the showcase (shared/showcase.py): the published library for everyone, no identity ---------

showcase = showcase_router("practices")


@showcase.get(
    "",
    response_model=SearchResult,
    responses=NOT_MODIFIED,
    openapi_extra=OPEN,
    description="The published good practices, searched like /v1/knowledge/search, for everyone without a key.\n\n" + SEARCH_HELP,
)
async def showcase_practices(session: SessionDep, request: Request, page: PageQuery, search: SearchArguments) -> Response:
    found = await service.search_knowledge(session, page, **search)
    return public_answer(request, SearchResult.model_validate(found).model_dump(mode="json"))


@showcase.get("/{practice_id}", response_model=PublicPracticeRead, responses=NOT_MODIFIED, openapi_extra=OPEN)
async def showcase_practice(session: SessionDep, request: Request, practice_id: str) -> Response:
    """One published good practice: its content, without its workflow."""
    practice = await service.published_practice(session, practice_id)
    return public_answer(request, PublicPracticeRead.model_validate(practice).model_dump(mode="json"))


# --- reference and stats ---------------------------------------------------------------------


@router.get("/stats", response_model=KnowledgeStats)
async def knowledge_stats(session: SessionDep, identity: StatsReader) -> dict:
    """Counts for dashboards: practices by state and kind, the published library by theme, SDG, region and year."""
    return await service.stats(session)


@router.get("/sdgs", response_model=list[SdgRead])
async def list_knowledge_sdgs(identity: KnowledgeRead) -> list[Sdg]:
    """The 17 Sustainable Development Goals practices and resources are tagged with."""
    return service.list_sdgs()


ROUTERS = (router, resources_router, invitations_router, revisions_router, showcase)
