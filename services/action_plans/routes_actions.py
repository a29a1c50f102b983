"""HTTP routes of a plan's content: actions, tasks, indicators, goals and measurements."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request, Response

from services.action_plans import repository, service, service_actions
from services.action_plans.auth import PlansRead, PlansWrite
from services.action_plans.domain import ActionStatus, TaskStep, is_overdue
from services.action_plans.indicators import behind_reason, next_goal, progress
from services.action_plans.models import Action, Indicator, Measurement, Plan, Task
from services.action_plans.schemas import (
    ActionCancel,
    ActionCreate,
    ActionPage,
    ActionRead,
    ActionUpdate,
    GoalIn,
    IndicatorCreate,
    IndicatorPage,
    IndicatorRead,
    MeasurementCreate,
    MeasurementPage,
    MeasurementRead,
    TaskCreate,
    TaskRead,
    TaskUpdate,
)
from services.action_plans.status import indicator_facts
from shared.clock import ClockDep
from shared.concurrency import check_if_match, set_etag
from shared.pagination import PageQuery, make_page
from shared.problems import Problem
from shared.service import SessionDep

router = APIRouter(prefix="/v1/action-plans", tags=["action-plans"])


def task_read(t: Task, today: date) -> TaskRead:
    """The wire view of a task, overdue as of `today`."""
    return TaskRead(
        **{k: getattr(t, k) for k in TaskRead.model_fields if k != "overdue"}, overdue=is_overdue(t.state, t.due_on, today)
    )


def action_read(a: Action, today: date) -> ActionRead:
    """The wire view of an action with its tasks."""
    skip = ("budget", "expected_impact", "depends_on", "indicator_ids", "tasks")
    return ActionRead(
        **{k: getattr(a, k) for k in ActionRead.model_fields if k not in skip},
        budget={"amount": a.budget_amount, "currency": a.budget_currency} if a.budget_currency else None,
        expected_impact={"value": a.impact_value, "unit": a.impact_unit} if a.impact_unit else None,
        depends_on=[d.depends_on_id for d in a.dependencies],
        indicator_ids=[link.indicator_id for link in a.indicator_links],
        tasks=[task_read(t, today) for t in a.tasks],
    )


def measurement_read(m: Measurement) -> MeasurementRead:
    """The wire view of a measurement."""
    return MeasurementRead(
        id=m.id, on=m.measured_on, value=m.value, data_source=m.data_source, recorded_by=m.recorded_by, created_at=m.created_at
    )


def indicator_read(i: Indicator, today: date, action_ids: list[str]) -> IndicatorRead:
    """The wire view of an indicator with its progress as of `today`."""
    facts = indicator_facts(i)
    goal = next_goal(facts, today)
    latest = max(i.measurements, key=lambda m: (m.measured_on, m.created_at)) if i.measurements else None
    return IndicatorRead(
        id=i.id,
        plan_id=i.plan_id,
        name=i.name,
        unit=i.unit,
        direction=i.direction,
        baseline={"value": i.baseline_value, "on": i.baseline_on},
        goals=[{"on": g.due_on, "value": g.value} for g in i.goals],
        latest=measurement_read(latest) if latest else None,
        next_goal={"on": goal[0], "value": goal[1]} if goal else None,
        progress=progress(facts, today),
        behind=behind_reason(facts),
        action_ids=action_ids,
        version=i.version,
        created_at=i.created_at,
    )


async def _action(session, action_id: str, *, for_update: bool = False) -> tuple[Plan, Action]:
    action = await repository.get_action(session, action_id, for_update=for_update)
    if action is None:
        raise Problem(404, f"No action {action_id}.")
    return await service.plan_or_404(session, action.plan_id), action


async def _indicator(session, indicator_id: str) -> tuple[Plan, Indicator]:
    indicator = await repository.get_indicator(session, indicator_id)
    if indicator is None:
        raise Problem(404, f"No indicator {indicator_id}.")
    return await service.plan_or_404(session, indicator.plan_id), indicator


async def _indicator_answer(session, i: Indicator, today: date, response: Response) -> IndicatorRead:
    set_etag(response, i.version)
    links = await repository.action_ids_by_indicator(session, [i.id])
    return indicator_read(i, today, links.get(i.id, []))


# --- actions ----------------------------------------------------------------------------


@router.post("/{plan_id}/actions", status_code=201, response_model=ActionRead)
async def create_plan_action(
    session: SessionDep, identity: PlansWrite, plan_id: str, body: ActionCreate, clock: ClockDep, response: Response
) -> ActionRead:
    """Add an action; every broken rule (dates, budget, currency, references) is listed in one 422."""
    plan = await service.plan_or_404(session, plan_id)
    action = await service_actions.create_action(session, identity, plan, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/actions/{action.id}"
    set_etag(response, action.version)
    return action_read(action, clock.today())


@router.get("/{plan_id}/actions", response_model=ActionPage)
async def list_plan_actions(
    session: SessionDep,
    identity: PlansRead,
    plan_id: str,
    page: PageQuery,
    clock: ClockDep,
    status: ActionStatus | None = None,
    theme: str | None = None,
) -> dict:
    """The plan's actions with their tasks, filtered by computed status or theme."""
    await service.plan_or_404(session, plan_id)
    rows = await repository.list_actions(session, plan_id, page, status.value if status else None, theme)
    return make_page(rows, page, key=lambda a: [a.id], to_item=lambda a: action_read(a, clock.today()))


@router.get("/actions/{action_id}", response_model=ActionRead)
async def get_plan_action(
    session: SessionDep, identity: PlansRead, action_id: str, clock: ClockDep, response: Response
) -> ActionRead:
    """One action with its tasks, computed status and the reasons it is late."""
    _, action = await _action(session, action_id)
    set_etag(response, action.version)
    return action_read(action, clock.today())


@router.patch("/actions/{action_id}", response_model=ActionRead)
async def update_plan_action(
    request: Request,
    session: SessionDep,
    identity: PlansWrite,
    action_id: str,
    body: ActionUpdate,
    clock: ClockDep,
    response: Response,
) -> ActionRead:
    """Change an action; a dependency cycle is refused with 422 naming it."""
    plan, action = await _action(session, action_id, for_update=True)
    check_if_match(request, action.version)
    action = await service_actions.update_action(session, identity, plan, action, body, clock.today(), clock.now())
    set_etag(response, action.version)
    return action_read(action, clock.today())


@router.post("/actions/{action_id}:cancel", response_model=ActionRead)
async def cancel_plan_action(
    request: Request,
    session: SessionDep,
    identity: PlansWrite,
    action_id: str,
    body: ActionCancel,
    clock: ClockDep,
    response: Response,
) -> ActionRead:
    """Cancel an action, with a reason."""
    plan, action = await _action(session, action_id, for_update=True)
    check_if_match(request, action.version)
    action = await service_actions.cancel_action(session, identity, plan, action, body.reason, clock.today(), clock.now())
    set_etag(response, action.version)
    return action_read(action, clock.today())


# --- tasks ------------------------------------------------------------------------------


@router.post("/actions/{action_id}/tasks", status_code=201, response_model=TaskRead)
async def create_action_task(
    session: SessionDep, identity: PlansWrite, action_id: str, body: TaskCreate, clock: ClockDep, response: Response
) -> TaskRead:
    """Add a task with a due date to an action."""
    plan, action = await _action(session, action_id, for_update=True)
    task = await service_actions.add_task(session, identity, plan, action, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/tasks/{task.id}"
    set_etag(response, task.version)
    return task_read(task, clock.today())


async def _task(session, task_id: str) -> tuple[Plan, Action, Task]:
    task = await repository.get_task(session, task_id)
    if task is None:
        raise Problem(404, f"No task {task_id}.")
    plan, action = await _action(session, task.action_id, for_update=True)
    return plan, action, service_actions.task_of(action, task_id)


@router.get("/tasks/{task_id}", response_model=TaskRead)
async def get_action_task(
    session: SessionDep, identity: PlansRead, task_id: str, clock: ClockDep, response: Response
) -> TaskRead:
    """One task."""
    task = await repository.get_task(session, task_id)
    if task is None:
        raise Problem(404, f"No task {task_id}.")
    set_etag(response, task.version)
    return task_read(task, clock.today())


@router.patch("/tasks/{task_id}", response_model=TaskRead)
async def update_action_task(
    request: Request,
    session: SessionDep,
    identity: PlansWrite,
    task_id: str,
    body: TaskUpdate,
    clock: ClockDep,
    response: Response,
) -> TaskRead:
    """Change a task's title, description or due date."""
    plan, action, task = await _task(session, task_id)
    check_if_match(request, task.version)
    task = await service_actions.update_task(session, identity, plan, action, task, body, clock.today(), clock.now())
    set_etag(response, task.version)
    return task_read(task, clock.today())


async def _task_step(request, session, identity, task_id: str, step: TaskStep, clock, response) -> TaskRead:
    plan, action, task = await _task(session, task_id)
    check_if_match(request, task.version)
    task = await service_actions.step_task(session, identity, plan, action, task, step, clock.today(), clock.now())
    set_etag(response, task.version)
    return task_read(task, clock.today())


@router.post("/tasks/{task_id}:start", response_model=TaskRead)
async def start_action_task(
    request: Request, session: SessionDep, identity: PlansWrite, task_id: str, clock: ClockDep, response: Response
) -> TaskRead:
    """not_started -> in_progress."""
    return await _task_step(request, session, identity, task_id, TaskStep.start, clock, response)


@router.post("/tasks/{task_id}:complete", response_model=TaskRead)
async def complete_action_task(
    request: Request, session: SessionDep, identity: PlansWrite, task_id: str, clock: ClockDep, response: Response
) -> TaskRead:
    """Complete a task (sets completed_at); the last open task completes its action."""
    return await _task_step(request, session, identity, task_id, TaskStep.complete, clock, response)


@router.post("/tasks/{task_id}:cancel", response_model=TaskRead)
async def cancel_action_task(
    request: Request, session: SessionDep, identity: PlansWrite, task_id: str, clock: ClockDep, response: Response
) -> TaskRead:
    """Cancel a task that is not finished."""
    return await _task_step(request, session, identity, task_id, TaskStep.cancel, clock, response)


# --- indicators -------------------------------------------------------------------------


@router.post("/{plan_id}/indicators", status_code=201, response_model=IndicatorRead)
async def create_plan_indicator(
    session: SessionDep, identity: PlansWrite, plan_id: str, body: IndicatorCreate, clock: ClockDep, response: Response
) -> IndicatorRead:
    """Add an indicator with a unit, a direction, a baseline and goals; link it from actions."""
    plan = await service.plan_or_404(session, plan_id)
    indicator = await service_actions.create_indicator(session, identity, plan, body, clock.now())
    response.headers["Location"] = f"/v1/action-plans/indicators/{indicator.id}"
    return await _indicator_answer(session, indicator, clock.today(), response)


@router.get("/{plan_id}/indicators", response_model=IndicatorPage)
async def list_plan_indicators(session: SessionDep, identity: PlansRead, plan_id: str, page: PageQuery, clock: ClockDep) -> dict:
    """The plan's indicators with their progress toward the next goal."""
    await service.plan_or_404(session, plan_id)
    rows = await repository.list_indicators(session, plan_id, page)
    links = await repository.action_ids_by_indicator(session, [i.id for i in rows])
    return make_page(rows, page, key=lambda i: [i.id], to_item=lambda i: indicator_read(i, clock.today(), links.get(i.id, [])))


@router.get("/indicators/{indicator_id}", response_model=IndicatorRead)
async def get_plan_indicator(
    session: SessionDep, identity: PlansRead, indicator_id: str, clock: ClockDep, response: Response
) -> IndicatorRead:
    """One indicator: trajectory, latest measurement, progress, and whether it is behind."""
    _, indicator = await _indicator(session, indicator_id)
    return await _indicator_answer(session, indicator, clock.today(), response)


@router.post("/indicators/{indicator_id}/goals", response_model=IndicatorRead)
async def set_indicator_goal(
    session: SessionDep, identity: PlansWrite, indicator_id: str, body: GoalIn, clock: ClockDep, response: Response
) -> IndicatorRead:
    """Add a dated goal to the trajectory (one of the same date is replaced)."""
    plan, indicator = await _indicator(session, indicator_id)
    indicator = await service_actions.set_goal(session, identity, plan, indicator, body, clock.today(), clock.now())
    return await _indicator_answer(session, indicator, clock.today(), response)


@router.post("/indicators/{indicator_id}/measurements", status_code=201, response_model=MeasurementRead)
async def record_indicator_measurement(
    session: SessionDep, identity: PlansWrite, indicator_id: str, body: MeasurementCreate, clock: ClockDep
) -> MeasurementRead:
    """Record a measured value with its source; publishes indicator.measured."""
    plan, indicator = await _indicator(session, indicator_id)
    m = await service_actions.record_measurement(session, identity, plan, indicator, body, clock.today(), clock.now())
    return measurement_read(m)


@router.get("/indicators/{indicator_id}/measurements", response_model=MeasurementPage)
async def list_indicator_measurements(session: SessionDep, identity: PlansRead, indicator_id: str, page: PageQuery) -> dict:
    """The indicator's measurements in the order they were recorded."""
    await _indicator(session, indicator_id)
    rows = await repository.list_measurements(session, indicator_id, page)
    return make_page(rows, page, key=lambda m: [m.id], to_item=measurement_read)
