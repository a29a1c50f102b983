"""HTTP routes of plans, progress reports and stats: thin, they parse, authorise and call the
use cases. (Actions, tasks and indicators are in routes_actions.py.)"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.action_plans import repository, service
from services.action_plans.auth import PlansRead, PlansWrite, ensure_admin
from services.action_plans.domain import PlanKind, PlanState, PlanStep
from services.action_plans.models import Plan, ProgressReport
from services.action_plans.routes_actions import router as content_router
from services.action_plans.schemas import (
    PlanPage,
    PlanRead,
    PlanUpdate,
    RecomputeRead,
    ReportComparison,
    ReportCreate,
    ReportPage,
    ReportRead,
    ReportSummary,
    ReturnComments,
    StatsRead,
)
from services.action_plans.status import run_status_pass
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.identity import CurrentIdentity
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.service import SessionDep

router = APIRouter(prefix="/v1/action-plans", tags=["action-plans"])
# A custom verb on the collection itself (`/v1/action-plans:recomputeStatuses`) has no "/" after the prefix.
operations = APIRouter(tags=["action-plans"])


def plan_read(p: Plan) -> PlanRead:
    """The wire view of a plan."""
    return PlanRead(
        **{k: getattr(p, k) for k in PlanRead.model_fields if k != "history"},
        history=[
            {k: getattr(t, k) for k in ("from_state", "to_state", "actor", "actor_role", "comment", "at")} for t in p.history
        ],
    )


def _answer(plan: Plan, response: Response) -> PlanRead:
    set_etag(response, plan.version)
    return plan_read(plan)


def report_summary(r: ProgressReport) -> ReportSummary:
    """A progress report without its snapshot."""
    return ReportSummary.model_validate(r, from_attributes=True)


# --- plans ------------------------------------------------------------------------------


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
) -> dict:
    """Plans, oldest first, filtered by kind, state, city, pairing, signatory or regional covenant."""
    filters = repository.PlanFilters(
        kind=kind.value if kind else None,
        state=state.value if state else None,
        city_id=city_id,
        pairing_id=pairing_id,
        signatory_id=signatory_id,
        regional_covenant=regional_covenant,
    )
    rows = await repository.list_plans(session, page, filters)
    return make_page(rows, page, key=lambda p: [p.id], to_item=plan_read)


@router.get("/stats", response_model=StatsRead)
async def get_action_plan_stats(session: SessionDep, identity: PlansRead) -> StatsRead:
    """Counts for dashboards: plans by state and kind, actions by status and theme."""
    return StatsRead(**await repository.stats(session))


@operations.post("/v1/action-plans:recomputeStatuses", response_model=RecomputeRead)
async def recompute_action_statuses(request: Request, identity: CurrentIdentity) -> RecomputeRead:
    """Run the daily status pass now (the operator's button; admin only): overdue tasks and
    indicators behind their goals turn actions late, with their events."""
    ensure_admin(identity, "run the status pass")
    done = await run_status_pass(request.app)
    return RecomputeRead(
        assessed_on=request.app.state.status_pass_on,
        actions_assessed=done.assessed,
        status_changes=done.status_changes,
        tasks_overdue=done.tasks_overdue,
    )


@router.get("/{plan_id}", response_model=PlanRead)
async def get_action_plan(session: SessionDep, identity: PlansRead, plan_id: str, response: Response) -> PlanRead:
    """One plan with its history."""
    return _answer(await service.plan_or_404(session, plan_id), response)


async def _for_change(request: Request, session, plan_id: str) -> Plan:
    plan = await service.plan_or_404(session, plan_id, for_update=True)
    check_if_match(request, plan.version)
    return plan


@router.patch("/{plan_id}", response_model=PlanRead)
async def update_action_plan(
    request: Request,
    session: SessionDep,
    identity: PlansWrite,
    plan_id: str,
    body: PlanUpdate,
    clock: ClockDep,
    response: Response,
) -> PlanRead:
    """Change a plan's title, description or period (If-Match guards against lost updates)."""
    plan = await _for_change(request, session, plan_id)
    return _answer(await service.update_plan(session, identity, plan, body, clock.now()), response)


async def _step(request, session, identity, plan_id: str, step: PlanStep, clock, response, comments=None) -> PlanRead:
    plan = await _for_change(request, session, plan_id)
    return _answer(await service.step_plan(session, identity, plan, step, clock.now(), comments), response)


@router.post("/{plan_id}:submit", response_model=PlanRead)
async def submit_action_plan(
    request: Request, session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response
) -> PlanRead:
    """Submit a draft (or returned) plan for approval; what it lacks is listed in one 422."""
    return await _step(request, session, identity, plan_id, PlanStep.submit, clock, response)


@router.post("/{plan_id}:approve", response_model=PlanRead)
async def approve_action_plan(
    request: Request, session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response
) -> PlanRead:
    """Approve a submitted plan (coordination unit only); publishes plan.approved."""
    return await _step(request, session, identity, plan_id, PlanStep.approve, clock, response)


@router.post("/{plan_id}:return", response_model=PlanRead)
async def return_action_plan(
    request: Request,
    session: SessionDep,
    identity: PlansWrite,
    plan_id: str,
    body: ReturnComments,
    clock: ClockDep,
    response: Response,
) -> PlanRead:
    """Return a submitted plan to its authors with comments (coordination unit only)."""
    return await _step(request, session, identity, plan_id, PlanStep.return_, clock, response, body.comments)


@router.post("/{plan_id}:startImplementation", response_model=PlanRead)
async def start_action_plan_implementation(
    request: Request, session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response
) -> PlanRead:
    """Mark an approved plan as being implemented."""
    return await _step(request, session, identity, plan_id, PlanStep.start_implementation, clock, response)


@router.post("/{plan_id}:complete", response_model=PlanRead)
async def complete_action_plan(
    request: Request, session: SessionDep, identity: PlansWrite, plan_id: str, clock: ClockDep, response: Response
) -> PlanRead:
    """Close a plan whose implementation is done."""
    return await _step(request, session, identity, plan_id, PlanStep.complete, clock, response)


# --- progress reports -------------------------------------------------------------------


@router.post("/{plan_id}/reports", status_code=201, response_model=ReportRead)
async def create_progress_report(
    session: SessionDep, identity: PlansWrite, plan_id: str, body: ReportCreate, clock: ClockDep, response: Response
) -> ReportRead:
    """Freeze a snapshot of the plan for a reporting period."""
    plan = await service.plan_or_404(session, plan_id)
    report = await service.create_report(session, identity, plan, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/reports/{report.id}"
    return ReportRead.model_validate(report, from_attributes=True)


@router.get("/{plan_id}/reports", response_model=ReportPage)
async def list_progress_reports(session: SessionDep, identity: PlansRead, plan_id: str, page: PageQuery) -> dict:
    """The plan's progress reports, oldest first (without their snapshots)."""
    await service.plan_or_404(session, plan_id)
    rows = await repository.list_reports(session, plan_id, page)
    return make_page(rows, page, key=lambda r: [r.id], to_item=report_summary)


@router.get("/reports/{report_id}", response_model=ReportRead)
async def get_progress_report(session: SessionDep, identity: PlansRead, report_id: str) -> ReportRead:
    """One progress report with its snapshot."""
    report = await repository.get_report(session, report_id)
    if report is None:
        raise Problem(404, f"No progress report {report_id}.")
    return ReportRead.model_validate(report, from_attributes=True)


@router.get("/reports/{report_id}/comparison", response_model=ReportComparison)
async def compare_progress_reports(
    session: SessionDep,
    identity: PlansRead,
    report_id: str,
    base_report_id: Annotated[str, Query(description="The earlier report to compare against.")],
) -> ReportComparison:
    """What changed since the base report: action statuses, indicator progress, completed tasks."""
    return ReportComparison(**await service.compare_reports(session, report_id, base_report_id))


# The literal paths (/stats, /actions/..., /reports/...) are declared before /{plan_id}... ones
# that could shadow them, so content routes go first.
ROUTERS = (operations, content_router, router)
