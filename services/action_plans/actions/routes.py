"""HTTP routes of actions and their tasks: thin, they parse, authorise and call actions.service."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.action_plans.actions import service
from services.action_plans.actions.schemas import (
    ActionCancel,
    ActionCreate,
    ActionPage,
    ActionRead,
    ActionUpdate,
    TaskCreate,
    TaskRead,
    TaskUpdate,
)
from services.action_plans.auth import PlansRead, PlansWrite
from services.action_plans.domain import ActionStatus, TaskStep
from shared.clock import Clock, ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.identity import Identity
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/action-plans", tags=["action-plans"])


# --- actions ----------------------------------------------------------------------------


@router.post("/{plan_id}/actions", status_code=201, response_model=ActionRead)
async def create_plan_action(
    session: SessionDep, identity: PlansWrite, plan_id: str, body: ActionCreate, clock: ClockDep, response: Response
):
    """Add an action; every broken rule (dates, budget, currency, references) is listed in one 422."""
    action = await service.create_action(session, identity, plan_id, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/actions/{action.id}"
    set_etag(response, action.version)
    return action


@router.get("/{plan_id}/actions", response_model=ActionPage)
async def list_plan_actions(
    session: SessionDep,
    identity: PlansRead,
    plan_id: str,
    page: PageQuery,
    clock: ClockDep,
    status: ActionStatus | None = None,
    theme: str | None = None,
):
    """The plan's actions with their tasks, filtered by computed status or theme."""
    return await service.list_actions(session, plan_id, page, clock.today(), status, theme)


@router.get("/actions/{action_id}", response_model=ActionRead)
async def get_plan_action(session: SessionDep, identity: PlansRead, action_id: str, clock: ClockDep, response: Response):
    """One action with its tasks, computed status and the reasons it is late."""
    action = await service.get_action(session, action_id, clock.today())
    set_etag(response, action.version)
    return action


@router.patch("/actions/{action_id}", response_model=ActionRead)
async def update_plan_action(
    session: SessionDep,
    identity: PlansWrite,
    action_id: str,
    body: ActionUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Change an action; a dependency cycle is refused with 422 naming it."""
    action = await service.update_action(session, identity, action_id, body, clock.today(), clock.now(), if_match)
    set_etag(response, action.version)
    return action


@router.post("/actions/{action_id}:cancel", response_model=ActionRead)
async def cancel_plan_action(
    session: SessionDep,
    identity: PlansWrite,
    action_id: str,
    body: ActionCancel,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Cancel an action, with a reason."""
    action = await service.cancel_action(session, identity, action_id, body.reason, clock.today(), clock.now(), if_match)
    set_etag(response, action.version)
    return action


# --- tasks ------------------------------------------------------------------------------


@router.post("/actions/{action_id}/tasks", status_code=201, response_model=TaskRead)
async def create_action_task(
    session: SessionDep, identity: PlansWrite, action_id: str, body: TaskCreate, clock: ClockDep, response: Response
):
    """Add a task with a due date to an action."""
    task = await service.add_task(session, identity, action_id, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/tasks/{task.id}"
    set_etag(response, task.version)
    return task


@router.get("/tasks/{task_id}", response_model=TaskRead)
async def get_action_task(session: SessionDep, identity: PlansRead, task_id: str, clock: ClockDep, response: Response):
    """One task."""
    task = await service.get_task(session, task_id, clock.today())
    set_etag(response, task.version)
    return task


@router.patch("/tasks/{task_id}", response_model=TaskRead)
async def update_action_task(
    session: SessionDep,
    identity: PlansWrite,
    task_id: str,
    body: TaskUpdate,
    clock: ClockDep,
    response: Response,
    if_match: IfMatch = None,
):
    """Change a task's title, description or due date."""
    task = await service.update_task(session, identity, task_id, body, clock.today(), clock.now(), if_match)
    set_etag(response, task.version)
    return task


async def _task_step(
    session: SessionDep, identity: Identity, task_id: str, step: TaskStep, clock: Clock, response: Response, if_match: str | None
):
    """One step of a task, answered with the task and its new ETag."""
    task = await service.step_task(session, identity, task_id, step, clock.today(), clock.now(), if_match)
    set_etag(response, task.version)
    return task


@router.post("/tasks/{task_id}:start", response_model=TaskRead)
async def start_action_task(
    session: SessionDep, identity: PlansWrite, task_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """not_started -> in_progress."""
    return await _task_step(session, identity, task_id, TaskStep.start, clock, response, if_match)


@router.post("/tasks/{task_id}:complete", response_model=TaskRead)
async def complete_action_task(
    session: SessionDep, identity: PlansWrite, task_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """Complete a task (sets completed_at); the last open task completes its action."""
    return await _task_step(session, identity, task_id, TaskStep.complete, clock, response, if_match)


@router.post("/tasks/{task_id}:cancel", response_model=TaskRead)
async def cancel_action_task(
    session: SessionDep, identity: PlansWrite, task_id: str, clock: ClockDep, response: Response, if_match: IfMatch = None
):
    """Cancel a task that is not finished."""
    return await _task_step(session, identity, task_id, TaskStep.cancel, clock, response, if_match)
