"""HTTP routes of review: scoring and editing reviews, conflicts of interest, assigning a call's panel and the
weighted scores (thin: they parse, authorise and call review/service.py)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.applications.auth import ApplicationsDecide, ApplicationsRead, CallsRead, CallsWrite, ReviewsWrite
from services.applications.review import service
from services.applications.review.schemas import (
    ApplicationReviewersRead,
    AssignReviewers,
    AssignReviewersRead,
    ConflictDeclaration,
    ConflictRead,
    PanelRead,
    ReviewCreate,
    ReviewerAssignmentCreate,
    ReviewerAssignmentRead,
    ReviewRead,
    ReviewSummaryRead,
    ReviewUpdate,
)
from shared.clock import ClockDep
from shared.concurrency import IfMatch
from shared.service import SessionDep

calls = APIRouter(prefix="/v1/calls", tags=["calls"])
applications = APIRouter(prefix="/v1/applications", tags=["applications"])


@calls.get("/{call_id}/reviewers", response_model=PanelRead)
async def get_call_panel(session: SessionDep, identity: CallsRead, call_id: str):
    """The call's review panel with each reviewer's load (coordination unit)."""
    return await service.panel(session, identity, call_id)


@calls.post("/{call_id}:assignReviewers", response_model=AssignReviewersRead)
async def assign_call_reviewers(session: SessionDep, identity: CallsWrite, call_id: str, body: AssignReviewers, clock: ClockDep):
    """Give each application of the call under review reviewers_per_application reviewers of its panel, round-robin:
    the least loaded first, ties by key id, applications in id order; never one with a conflict of interest."""
    return await service.assign_round_robin(session, identity, call_id, body, clock.now())


@applications.post("/{application_id}/reviews", status_code=201, response_model=ReviewRead)
async def review_application(
    session: SessionDep,
    identity: ReviewsWrite,
    application_id: str,
    body: ReviewCreate,
    clock: ClockDep,
    if_match: IfMatch = None,
):
    """Score an application per criterion (0-5, null where the call allows N/A) and recommend yes, maybe or no;
    in a call with a panel only an assigned reviewer reviews."""
    return await service.add_review(session, identity, application_id, body, if_match, clock.now())


@applications.put("/{application_id}/reviews/{review_id}", response_model=ReviewRead)
async def update_review(
    session: SessionDep,
    identity: ReviewsWrite,
    application_id: str,
    review_id: str,
    body: ReviewUpdate,
    clock: ClockDep,
    if_match: IfMatch = None,
):
    """Replace the caller's own review, until the decision (409 edit_before_decision after it)."""
    return await service.update_review(session, identity, application_id, review_id, body, if_match, clock.now())


@applications.get("/{application_id}/review-summary", response_model=ReviewSummaryRead)
async def get_review_summary(session: SessionDep, identity: ApplicationsRead, application_id: str):
    """The weighted scores of the application's reviews: per criterion the mean (N/A left out), and the total
    sum(weight * mean) / sum(weights of the criteria with a mean)."""
    return await service.review_summary(session, identity, application_id)


@applications.post("/{application_id}:declareConflict", response_model=ConflictRead)
async def declare_review_conflict(
    session: SessionDep, identity: ReviewsWrite, application_id: str, body: ConflictDeclaration, clock: ClockDep
):
    """An assigned reviewer declares a conflict of interest: it is unassigned and never reviews the application."""
    return await service.declare_conflict(session, identity, application_id, body, clock.now())


@applications.get("/{application_id}/reviewers", response_model=ApplicationReviewersRead)
async def list_application_reviewers(session: SessionDep, identity: ApplicationsDecide, application_id: str):
    """Who is assigned to review the application, and who declared a conflict of interest (coordination unit)."""
    return await service.application_reviewers(session, identity, application_id)


@applications.post("/{application_id}/reviewers", status_code=201, response_model=ReviewerAssignmentRead)
async def assign_application_reviewer(
    session: SessionDep,
    identity: ApplicationsDecide,
    application_id: str,
    body: ReviewerAssignmentCreate,
    clock: ClockDep,
    response: Response,
):
    """Assign a reviewer of the call's panel to the application (coordination unit)."""
    row = await service.assign_reviewer(session, identity, application_id, body, clock.now())
    response.headers["Location"] = f"/v1/applications/{application_id}/reviewers/{row.reviewer}"
    return row


@applications.delete("/{application_id}/reviewers/{reviewer}", status_code=204)
async def unassign_application_reviewer(session: SessionDep, identity: ApplicationsDecide, application_id: str, reviewer: str):
    """Take a reviewer off the application (coordination unit); a review it wrote stays."""
    await service.unassign_reviewer(session, identity, application_id, reviewer)
    return Response(status_code=204)
