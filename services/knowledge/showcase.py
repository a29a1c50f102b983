"""The showcase's good practices (shared/showcase.py): the published library, searched and read by anyone.

No identity: these routes answer the same to every caller, and only what is published.
"""

from __future__ import annotations

from fastapi import Request, Response

from services.knowledge import service
from services.knowledge.schemas import SEARCH_HELP, PublicPracticeRead, SearchArguments, SearchResult
from shared.pagination import PageQuery
from shared.service import SessionDep
from shared.showcase import NOT_MODIFIED, OPEN, public_answer, showcase_router

router = showcase_router("practices")


@router.get(
    "",
    response_model=SearchResult,
    responses=NOT_MODIFIED,
    openapi_extra=OPEN,
    description="The published good practices, searched like /v1/knowledge/search, for everyone without a key.\n\n" + SEARCH_HELP,
)
async def showcase_practices(session: SessionDep, request: Request, page: PageQuery, search: SearchArguments) -> Response:
    found = await service.search_knowledge(session, page, **search)
    return public_answer(request, SearchResult.model_validate(found).model_dump(mode="json"))


@router.get("/{practice_id}", response_model=PublicPracticeRead, responses=NOT_MODIFIED, openapi_extra=OPEN)
async def showcase_practice(session: SessionDep, request: Request, practice_id: str) -> Response:
    """One published good practice: its content, without its workflow."""
    practice = await service.published_practice(session, practice_id)
    return public_answer(request, PublicPracticeRead.model_validate(practice).model_dump(mode="json"))
