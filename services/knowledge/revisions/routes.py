"""HTTP routes of a practice's revisions: thin, they parse, authorise and call revisions/service.py."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.knowledge.auth import KnowledgeRead, KnowledgeWrite
from services.knowledge.revisions import service
from services.knowledge.revisions.domain import RevisionState
from services.knowledge.revisions.schemas import (
    PracticeRevisionCreate,
    PracticeRevisionPage,
    PracticeRevisionRead,
    PracticeRevisionUpdate,
)
from services.knowledge.schemas import OptionalReason, Reason
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])


def _with_etag(row, response: Response):
    set_etag(response, row.version)
    return row


@router.post("/practices/{practice_id}/revisions", status_code=201, response_model=PracticeRevisionRead)
async def create_practice_revision(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    practice_id: str,
    body: PracticeRevisionCreate,
    response: Response,
):
    """Open a revision of a published practice (its authors or the coordination unit), with the fields it
    changes; the published text stays as it is until the revision is published. One open revision at a time."""
    revision = await service.open_revision(session, identity, practice_id, body, clock.now())
    response.headers["Location"] = f"/v1/knowledge/revisions/{revision.id}"
    return _with_etag(revision, response)


@router.get("/revisions", response_model=PracticeRevisionPage)
async def list_practice_revisions(
    session: SessionDep,
    identity: KnowledgeRead,
    page: PageQuery,
    practice_id: str | None = None,
    state: RevisionState | None = None,
) -> dict:
    """Revisions oldest first: all of them for the coordination unit (`state=pending` is its review queue),
    those of the caller's practices for others."""
    return await service.list_revisions(session, identity, page, practice_id=practice_id, state=state)


@router.get("/revisions/{revision_id}", response_model=PracticeRevisionRead)
async def get_practice_revision(session: SessionDep, identity: KnowledgeRead, revision_id: str, response: Response):
    """One revision: its revised text and the fields it changes against the published text."""
    return _with_etag(await service.get_revision(session, identity, revision_id), response)


@router.patch("/revisions/{revision_id}", response_model=PracticeRevisionRead)
async def update_practice_revision(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    revision_id: str,
    body: PracticeRevisionUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Change the revised text of a draft revision (If-Match with the ETag guards against lost updates)."""
    revision = await service.update_revision(session, identity, revision_id, body, if_match, clock.now())
    return _with_etag(revision, response)


@router.post("/revisions/{revision_id}:submit", response_model=PracticeRevisionRead)
async def submit_practice_revision(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, revision_id: str, response: Response, if_match: IfMatch = None
):
    """Send a draft revision to review (pending); every gap of the revised text is listed in one 422."""
    return _with_etag(await service.submit_revision(session, identity, revision_id, if_match, clock.now()), response)


@router.post("/revisions/{revision_id}:sendBack", response_model=PracticeRevisionRead)
async def send_back_practice_revision(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    revision_id: str,
    body: Reason,
    response: Response,
    if_match: IfMatch = None,
):
    """Return a pending revision to its authors as a draft, saying what to change (admin)."""
    revision = await service.send_back_revision(session, identity, revision_id, body.reason, if_match, clock.now())
    return _with_etag(revision, response)


@router.post("/revisions/{revision_id}:publish", response_model=PracticeRevisionRead)
async def publish_practice_revision(
    session: SessionDep, identity: KnowledgeWrite, clock: ClockDep, revision_id: str, response: Response, if_match: IfMatch = None
):
    """Publish a pending revision (admin): its content replaces the practice's, practice.published goes out again."""
    return _with_etag(await service.publish_revision(session, identity, revision_id, if_match, clock.now()), response)


@router.post("/revisions/{revision_id}:withdraw", response_model=PracticeRevisionRead)
async def withdraw_practice_revision(
    session: SessionDep,
    identity: KnowledgeWrite,
    clock: ClockDep,
    revision_id: str,
    body: OptionalReason,
    response: Response,
    if_match: IfMatch = None,
):
    """Take back an open revision (its authors or the coordination unit); the published text stays as it is."""
    revision = await service.withdraw_revision(session, identity, revision_id, body.reason, if_match, clock.now())
    return _with_etag(revision, response)
