"""HTTP routes of plans, stats and the status pass: thin, they parse, authorise and call the
use cases. (A plan's actions, indicators and reports have their seams' routes.)"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from services.action_plans import service
from services.action_plans.actions.routes import router as actions_router
from services.action_plans.auth import PlansRead, PlansWrite, ensure_admin
from services.action_plans.domain import PlanKind, PlanState, PlanStep
from services.action_plans.indicators.routes import router as indicators_router
from services.action_plans.reports.routes import router as reports_router
from services.action_plans.schemas import PlanPage, PlanRead, PlanUpdate, RecomputeRead, ReturnComments, StatsRead
from services.action_plans.status import run_status_pass
from shared.clock import Clock, ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.identity import CurrentIdentity, Identity, StatsReader
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/action-plans", tags=["action-plans"])
# A custom verb on the collection itself (`/v1/action-plans:recomputeStatuses`) has no "/" after the prefix.
operations = APIRouter(tags=["action-plans"])


@router.get("", response_model=PlanPage)
async def list_action_plans(
    session: SessionDep,
    identity: PlansRead,
    page: PageQuery,
    kind: PlanKind | None = None,
    state: PlanState | None = None,
    city_id: str | None = None,
    pairing_id: str | None = None,
    signatory_id: str | None = None,
    regional_covenant: str | None = None,
):
    """Plans, oldest first, filtered by kind, state, city, pairing, signatory or regional covenant."""
    return await service.list_plans(
        session,
        page,
        kind=kind,
        state=state,
        city_id=city_id,
        pairing_id=pairing_id,
        signatory_id=signatory_id,
        regional_covenant=regional_covenant,
    )


@router.get("/stats", response_model=StatsRead)
async def get_action_plan_stats(session: SessionDep, identity: StatsReader):
    """Counts for dashboards: plans by state and kind, actions by status and theme."""
    return await service.stats(session)


@operations.post("/v1/action-plans:recomputeStatuses", response_model=RecomputeRead)
async def recompute_action_statuses(request: Request, identity: CurrentIdentity):
    """Run the daily status pass now (the operator's button; admin only): overdue tasks and
    indicators behind their goals turn actions late, with their events."""
    ensure_admin(identity, "run the status pass")
    return await run_status_pass(request.app)


@router.get("/{plan_id}", response_model=PlanRead)
async def get_action_plan(session: SessionDep, identity: PlansRead, plan_id: str, response: Response):
    """One plan with its history."""
    plan = await service.get_plan(session, plan_id)
    set_etag(response, plan.version)
    return plan


@router.patch("/{plan_id}", response_model=PlanRead)
async def update_action_plan(
    session: SessionDep,
    identity: PlansWrite,
    plan_id: str,
    body: PlanUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Change a plan's title, description or period (If-Match guards against lost updates)."""
    plan = await service.update_plan(session, identity, plan_id, body, clock.now(), if_match)
    set_etag(response, plan.version)
    return plan


async def _step(
    session: SessionDep,
    identity: Identity,
    plan_id: str,
    step: PlanStep,
    clock: Clock,
    response: Response,
    if_match: str | None,
    comments: str | None = None,
):
    """One step of the review cycle, answered with the plan and its new ETag."""
    plan = await service.step_plan(session, identity, plan_id, step, clock.now(), comments, if_match)
    set_etag(response, plan.version)
    return plan


@router.post("/{plan_id}:submit", response_model=PlanRead)
async def submit_action_plan(
    session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """Submit a draft (or returned) plan for approval; what it lacks is listed in one 422."""
    return await _step(session, identity, plan_id, PlanStep.submit, clock, response, if_match)


@router.post("/{plan_id}:approve", response_model=PlanRead)
async def approve_action_plan(
    session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """Approve a submitted plan (coordination unit only); publishes plan.approved."""
    return await _step(session, identity, plan_id, PlanStep.approve, clock, response, if_match)


@router.post("/{plan_id}:return", response_model=PlanRead)
async def return_action_plan(
    session: SessionDep,
    identity: PlansWrite,
    plan_id: str,
    body: ReturnComments,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Return a submitted plan to its authors with comments (coordination unit only)."""
    return await _step(session, identity, plan_id, PlanStep.return_, clock, response, if_match, body.comments)


@router.post("/{plan_id}:startImplementation", response_model=PlanRead)
async def start_action_plan_implementation(
    session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """Mark an approved plan as being implemented."""
    return await _step(session, identity, plan_id, PlanStep.start_implementation, clock, response, if_match)


@router.post("/{plan_id}:complete", response_model=PlanRead)
async def complete_action_plan(
    session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """Close a plan whose implementation is done."""
    return await _step(session, identity, plan_id, PlanStep.complete, clock, response, if_match)


# The literal paths (/stats, /actions/..., /indicators/..., /reports/...) are declared before
# the /{plan_id}... ones that could shadow them, and content routes first, as they always were.
ROUTERS = (operations, actions_router, indicators_router, router, reports_router)
