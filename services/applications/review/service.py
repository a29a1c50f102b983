"""Use cases of review: scoring against the call's criteria, editing until the decision, assigning the
call's panel (by hand or round-robin by load), conflicts of interest, and the weighted scores."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.applications import domain, repository
from services.applications.auth import ensure_admin, ensure_assigned, ensure_may_read, ensure_reviewer
from services.applications.domain import Action, State
from services.applications.models import Application, Review, ReviewAssignment, ReviewConflict, kit
from services.applications.review import criteria
from services.applications.review.schemas import AssignReviewers, ConflictDeclaration, ReviewCreate, ReviewerAssignmentCreate
from services.applications.service import for_change, move_state
from shared.concurrency import touch
from shared.contracts.applications import ApplicationReviewedV2, ReviewUpdated
from shared.identity import Identity, Role
from shared.outbox import record_event
from shared.problems import Problem
from shared.repository import NotFound


def _check_scores(app: Application, scores: dict[str, int | None]) -> None:
    """422 listing every way the scores miss the call's criteria."""
    if errors := domain.score_problems(criteria.terms(app.call), scores):
        raise Problem(
            422, "The scores do not fit the call's criteria: " + "; ".join(e["detail"] for e in errors) + ".", errors=errors
        )


async def add_review(
    session: AsyncSession, identity: Identity, application_id: str, data: ReviewCreate, if_match: str | None, now: datetime
) -> Review:
    """Record a reviewer's scores (an assigned one, in a call with a panel); the first review starts the review."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_reviewer(identity)
    ensure_assigned(identity, app)
    if State(app.state) not in domain.REVIEWABLE:
        raise Problem(409, f"An application that is {app.state} cannot be reviewed.")
    if any(r.reviewer == identity.subject for r in app.reviews):
        raise Problem(409, "This reviewer has already reviewed the application; it edits its review with PUT.")
    _check_scores(app, data.scores)
    if app.state == State.submitted:
        move_state(app, Action.start_review, identity, "first review", now)
    review = Review(reviewer=identity.subject, scores=data.scores, recommendation=data.recommendation.value, comment=data.comment)
    app.reviews.append(review)
    touch(app)  # a review is a child row: the application's version moves with it
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent review by the same reviewer
        raise Problem(409, "This reviewer has already reviewed the application.") from exc
    reviewed = ApplicationReviewedV2(
        application_id=app.id,
        call_id=app.call_id,
        city_id=app.city_id,
        review_id=review.id,
        scores=dict(data.scores),  # v2 carries a criterion scored N/A as null
        recommendation=data.recommendation.value,
        reviewed_at=now,
    )
    await record_event(session, kit.outbox, reviewed, app.id)
    return review


async def update_review(
    session: AsyncSession,
    identity: Identity,
    application_id: str,
    review_id: str,
    data: ReviewCreate,
    if_match: str | None,
    now: datetime,
) -> Review:
    """A reviewer replaces its own review, until the decision."""
    app = await for_change(session, identity, application_id, if_match)
    ensure_reviewer(identity)
    review = next((r for r in app.reviews if r.id == review_id), None)
    if review is None:
        raise NotFound("review", review_id)
    if review.reviewer != identity.subject:
        raise Problem(403, "Only its reviewer edits a review.", errors=[{"rule": "own_review", "detail": "another key's review"}])
    if domain.review_locked(State(app.state)):
        raise Problem(
            409,
            f"The application is {app.state}: its reviews no longer change.",
            errors=[{"rule": "edit_before_decision", "detail": f"the application is {app.state}"}],
        )
    ensure_assigned(identity, app)
    _check_scores(app, data.scores)
    review.scores, review.recommendation, review.comment = dict(data.scores), data.recommendation.value, data.comment
    review.updated_at = now
    touch(app)
    await session.flush()
    updated = ReviewUpdated(
        review_id=review.id,
        application_id=app.id,
        call_id=app.call_id,
        city_id=app.city_id,
        scores=dict(data.scores),
        recommendation=data.recommendation.value,
        updated_at=now,
    )
    await record_event(session, kit.outbox, updated, app.id)
    return review


async def declare_conflict(
    session: AsyncSession, identity: Identity, application_id: str, data: ConflictDeclaration, now: datetime
) -> ReviewConflict:
    """An assigned reviewer declares a conflict of interest: it is unassigned, and never reviews the application."""
    app = await repository.get_application(session, application_id, for_update=True)
    ensure_reviewer(identity)
    ensure_assigned(identity, app)
    assignment = next((a for a in app.assignments if a.reviewer == identity.subject), None)
    if assignment is None:
        raise Problem(
            403,
            "A reviewer declares a conflict of interest with an application it is assigned.",
            errors=[{"rule": "assigned_reviewer", "detail": "not assigned to this application"}],
        )
    if any(r.reviewer == identity.subject for r in app.reviews):
        raise Problem(
            409,
            "This reviewer has already reviewed the application; the coordination unit handles a late conflict of interest.",
            errors=[{"rule": "conflict_before_review", "detail": "already reviewed"}],
        )
    app.assignments.remove(assignment)
    conflict = ReviewConflict(reviewer=identity.subject, reason=data.reason, declared_at=now)
    app.conflicts.append(conflict)
    await session.flush()
    return conflict


def _assignment(identity: Identity, app: Application, reviewer: str, now: datetime) -> ReviewAssignment:
    row = ReviewAssignment(reviewer=reviewer, assigned_by=identity.subject, assigned_at=now)
    app.assignments.append(row)
    return row


async def assign_reviewer(
    session: AsyncSession, identity: Identity, application_id: str, data: ReviewerAssignmentCreate, now: datetime
) -> ReviewAssignment:
    """The coordination unit assigns a reviewer of the call's panel to an application."""
    ensure_admin(identity, "assign reviewers")
    app = await repository.get_application(session, application_id, for_update=True)
    if State(app.state) not in domain.ASSIGNABLE:
        raise Problem(
            409,
            f"An application that is {app.state} is not assigned reviewers.",
            errors=[{"rule": "assignable_state", "detail": f"the application is {app.state}"}],
        )
    pointer = "/reviewer"
    if data.reviewer not in {r.reviewer for r in app.call.reviewers}:
        detail = "Only a reviewer of the call's panel is assigned its applications."
        raise Problem(422, detail, errors=[{"rule": "reviewer_on_panel", "pointer": pointer, "detail": "not on the panel"}])
    if any(c.reviewer == data.reviewer for c in app.conflicts):
        raise Problem(
            409,
            "This reviewer declared a conflict of interest with the application.",
            errors=[{"rule": "conflict_of_interest", "pointer": pointer, "detail": "declared a conflict of interest"}],
        )
    if any(a.reviewer == data.reviewer for a in app.assignments):
        raise Problem(409, "This reviewer is already assigned.", errors=[{"rule": "already_assigned", "pointer": pointer}])
    row = _assignment(identity, app, data.reviewer, now)
    try:
        await session.flush()
    except IntegrityError as exc:  # the round-robin assigned it meanwhile
        raise Problem(
            409, "This reviewer is already assigned.", errors=[{"rule": "already_assigned", "pointer": pointer}]
        ) from exc
    return row


async def unassign_reviewer(session: AsyncSession, identity: Identity, application_id: str, reviewer: str) -> None:
    """The coordination unit takes a reviewer off an application (a review it wrote stays)."""
    ensure_admin(identity, "assign reviewers")
    app = await repository.get_application(session, application_id, for_update=True)
    assignment = next((a for a in app.assignments if a.reviewer == reviewer), None)
    if assignment is None:
        raise NotFound("assignment of reviewer", reviewer)
    app.assignments.remove(assignment)
    await session.flush()


async def application_reviewers(session: AsyncSession, identity: Identity, application_id: str) -> dict:
    """Who is assigned to the application, and who declared a conflict of interest (coordination unit)."""
    ensure_admin(identity, "see who reviews an application")
    app = await repository.get_application(session, application_id)
    return {"application_id": app.id, "assignments": app.assignments, "conflicts": app.conflicts}


async def assign_round_robin(
    session: AsyncSession, identity: Identity, call_id: str, data: AssignReviewers, now: datetime
) -> dict:
    """Give each application of the call under review (submitted, not decided) `reviewers_per_application`
    reviewers of its panel, the least loaded first; what the panel cannot cover is listed as short."""
    ensure_admin(identity, "assign reviewers")
    call = await repository.get_call_for_update(session, call_id)  # one assignment run of a call at a time
    panel = [r.reviewer for r in call.reviewers]
    if not panel:
        raise Problem(
            409,
            "The call has no review panel to assign.",
            errors=[{"rule": "call_has_panel", "pointer": "/reviewers", "detail": "the call names no reviewers"}],
        )
    apps = await repository.applications_in_states(session, call.id, [s.value for s in domain.ASSIGNABLE])
    load = await repository.reviewer_load(session, call.id)
    seats = [
        domain.Seat(a.id, frozenset(x.reviewer for x in a.assignments), frozenset(c.reviewer for c in a.conflicts)) for a in apps
    ]
    picks = domain.round_robin(seats, panel, load, data.reviewers_per_application)
    by_id = {a.id: a for a in apps}
    rows = [_assignment(identity, by_id[app_id], reviewer, now) for app_id, reviewer in picks]
    await session.flush()
    added = Counter(app_id for app_id, _ in picks)
    missing = {s.application_id: data.reviewers_per_application - len(s.assigned) - added[s.application_id] for s in seats}
    return {"assigned": rows, "short": [{"application_id": a, "missing": n} for a, n in missing.items() if n > 0]}


async def panel(session: AsyncSession, identity: Identity, call_id: str) -> dict:
    """The call's panel with each reviewer's load (coordination unit)."""
    ensure_admin(identity, "see a call's review panel")
    call = await repository.get_call(session, call_id)
    load = await repository.reviewer_load(session, call.id)
    return {
        "call_id": call.id,
        "reviewers": [{"reviewer": r.reviewer, "assigned": load.get(r.reviewer, 0)} for r in call.reviewers],
    }


async def review_summary(session: AsyncSession, identity: Identity, application_id: str) -> dict:
    """The weighted scores of the application's reviews, for the coordination unit and its reviewers."""
    app = await repository.get_application(session, application_id)
    ensure_may_read(identity, app)
    if identity.role == Role.city:
        raise Problem(403, "The review summary is for the coordination unit and the reviewers.")
    return criteria.summary(app)
