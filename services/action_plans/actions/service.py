"""Use cases of actions and their tasks. Every change recomputes the status of the action it
touches (status.refresh); a read gives each task's `overdue` as of `today`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.action_plans import repository
from services.action_plans.actions.schemas import ActionCreate, ActionUpdate, TaskCreate, TaskUpdate
from services.action_plans.auth import ensure_may_edit
from services.action_plans.domain import (
    CONTENT_EDITABLE,
    PROGRESS_OPEN,
    ActionFields,
    ActionStatus,
    TaskState,
    TaskStep,
    TransitionNotAllowed,
    action_problems,
    dependency_cycle,
    is_overdue,
    task_transition,
)
from services.action_plans.models import Action, ActionDependency, ActionIndicator, Plan, Task
from services.action_plans.service import ensure_state, ensure_valid, get_plan
from services.action_plans.status import refresh
from shared.concurrency import check_if_match, touch
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import NotFound, get_or_404

# --- as of a day: what a read shows and no column holds ---------------------------------


def as_of(action: Action, today: date) -> Action:
    """The action with each task's `overdue` as of `today`."""
    for task in action.tasks:
        _task_as_of(task, today)
    return action


def _task_as_of(task: Task, today: date) -> Task:
    # A plain attribute, not a column (it moves with the date): TaskRead reads it off the row.
    task.overdue = is_overdue(task.state, task.due_on, today)
    return task


# --- rules --------------------------------------------------------------------------------


async def _reference_problems(session: AsyncSession, plan: Plan, depends_on: list[str] | None, indicator_ids: list[str] | None):
    errors = []
    if depends_on:
        known = await repository.action_ids_of_plan(session, plan.id, depends_on)
        errors += [
            {"rule": "dependency_in_plan", "pointer": f"/depends_on/{n}", "detail": f"{aid} is not an action of this plan"}
            for n, aid in enumerate(depends_on)
            if aid not in known
        ]
    if indicator_ids:
        known = await repository.indicator_ids_of_plan(session, plan.id, indicator_ids)
        errors += [
            {"rule": "indicator_in_plan", "pointer": f"/indicator_ids/{n}", "detail": f"{iid} is not an indicator of this plan"}
            for n, iid in enumerate(indicator_ids)
            if iid not in known
        ]
    return errors


def _fields(values: dict) -> ActionFields:
    budget, impact = values.get("budget"), values.get("expected_impact")
    return ActionFields(
        starts_on=values.get("starts_on"),
        ends_on=values.get("ends_on"),
        budget_amount=budget["amount"] if budget else None,
        budget_currency=budget["currency"] if budget else None,
        impact_value=impact["value"] if impact else None,
        impact_unit=impact["unit"] if impact else None,
        organisations=tuple((o["name"], o["role"]) for o in values.get("organisations") or ()),
    )


def _apply(action: Action, values: dict) -> None:
    for name in ("title", "description", "theme", "sector", "kind", "starts_on", "ends_on"):
        if name in values:
            setattr(action, name, values[name])
    if "organisations" in values:
        action.organisations = [{k: v for k, v in o.items() if v is not None} for o in values["organisations"] or []]
    if "budget" in values:
        budget = values["budget"]
        action.budget_amount = budget["amount"] if budget else None
        action.budget_currency = budget["currency"] if budget else None
    if "expected_impact" in values:
        impact = values["expected_impact"]
        action.impact_value = impact["value"] if impact else None
        action.impact_unit = impact["unit"] if impact else None
    if values.get("depends_on") is not None:
        action.dependencies = [ActionDependency(depends_on_id=d) for d in sorted(set(values["depends_on"]))]
    if values.get("indicator_ids") is not None:
        action.indicator_links = [ActionIndicator(indicator_id=i) for i in sorted(set(values["indicator_ids"]))]


def _stored(action: Action) -> dict:
    return {
        "starts_on": action.starts_on,
        "ends_on": action.ends_on,
        "budget": action.budget,
        "expected_impact": action.expected_impact,
        "organisations": action.organisations,
    }


# --- actions ------------------------------------------------------------------------------


async def _action(session: AsyncSession, action_id: str, *, for_update: bool = False) -> tuple[Plan, Action]:
    action = await get_or_404(session, Action, action_id, what="action", for_update=for_update)
    return await get_plan(session, action.plan_id), action


async def _action_for_change(session: AsyncSession, action_id: str, if_match: str | None) -> tuple[Plan, Action]:
    plan, action = await _action(session, action_id, for_update=True)
    check_if_match(if_match, action.version)
    return plan, action


async def create_action(
    session: AsyncSession, identity: Identity, plan_id: str, data: ActionCreate, today: date, now: datetime
) -> Action:
    """Add an action to a plan; every broken rule is listed in one 422 and nothing is written."""
    plan = await get_plan(session, plan_id)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "actions are added")
    values = data.model_dump(mode="python")
    errors = action_problems(_fields(values)) + await _reference_problems(session, plan, data.depends_on, data.indicator_ids)
    ensure_valid("The action breaks the rules of an action plan.", errors)
    action = Action(plan_id=plan.id, tasks=[], created_at=now, updated_at=now)
    _apply(action, values)
    session.add(action)
    await session.flush()
    await refresh(session, [action], today, now, announce=False)
    return as_of(action, today)


async def list_actions(
    session: AsyncSession, plan_id: str, page: PageParams, today: date, status: ActionStatus | None, theme: str | None
) -> dict:
    """A page of the plan's actions with their tasks, filtered by computed status or theme."""
    repository.ACTIONS.check(page)  # a bad token is 400 whatever the plan
    await get_plan(session, plan_id)
    found = await repository.list_actions(session, plan_id, page, status.value if status else None, theme)
    for action in found["items"]:
        as_of(action, today)
    return found


async def get_action(session: AsyncSession, action_id: str, today: date) -> Action:
    """One action with its tasks, or 404."""
    return as_of(await get_or_404(session, Action, action_id, what="action"), today)


async def update_action(
    session: AsyncSession,
    identity: Identity,
    action_id: str,
    data: ActionUpdate,
    today: date,
    now: datetime,
    if_match: str | None = None,
) -> Action:
    """Change an action; a dependency cycle is refused with 422 naming the cycle."""
    plan, action = await _action_for_change(session, action_id, if_match)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "actions change")
    values = data.model_dump(mode="python", include=data.model_fields_set)
    errors = action_problems(_fields(_stored(action) | values))
    errors += await _reference_problems(session, plan, data.depends_on, data.indicator_ids)
    if data.depends_on is not None and not errors:
        edges = await repository.dependency_edges(session, plan.id)
        edges[action.id] = set(data.depends_on)
        cycle = dependency_cycle(edges, start=action.id)
        if cycle:
            titles = {a.id: a.title for a in await repository.plan_actions(session, plan.id)}
            named = " -> ".join(f"'{titles.get(n, n)}' ({n})" for n in cycle)
            errors.append(
                {"rule": "dependencies_acyclic", "pointer": "/depends_on", "detail": f"dependency cycle: {named}", "cycle": cycle}
            )
    ensure_valid("The action breaks the rules of an action plan.", errors)
    _apply(action, values)
    action.updated_at = now
    touch(action)  # a new version even when only its dependencies or indicators changed
    await session.flush()
    await refresh(session, [action], today, now)
    return as_of(action, today)


async def cancel_action(
    session: AsyncSession,
    identity: Identity,
    action_id: str,
    reason: str,
    today: date,
    now: datetime,
    if_match: str | None = None,
) -> Action:
    """Cancel an action with a reason (its status becomes cancelled)."""
    plan, action = await _action_for_change(session, action_id, if_match)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "actions are cancelled")
    if action.cancelled_at is not None:
        raise Problem(409, "The action is already cancelled.", errors=[{"rule": "action_open", "detail": "already cancelled"}])
    action.cancelled_at, action.cancel_reason = now, reason
    action.updated_at = now
    await refresh(session, [action], today, now)
    return as_of(action, today)


# --- tasks --------------------------------------------------------------------------------


async def add_task(
    session: AsyncSession, identity: Identity, action_id: str, data: TaskCreate, today: date, now: datetime
) -> Task:
    """Add a task to an action."""
    plan, action = await _action(session, action_id, for_update=True)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "tasks are added")
    task = Task(title=data.title, description=data.description, due_on=data.due_on, state=TaskState.not_started.value)
    task.created_at = task.updated_at = now
    action.tasks.append(task)
    await session.flush()
    await refresh(session, [action], today, now)
    return _task_as_of(task, today)


async def get_task(session: AsyncSession, task_id: str, today: date) -> Task:
    """One task, or 404."""
    return _task_as_of(await get_or_404(session, Task, task_id, what="task"), today)


async def _task_for_change(session: AsyncSession, task_id: str, if_match: str | None) -> tuple[Plan, Action, Task]:
    """The task read with its action under the action's lock (a task changes its action's status)."""
    action_id = await repository.action_id_of_task(session, task_id)
    if action_id is None:
        raise NotFound("task", task_id)
    plan, action = await _action(session, action_id, for_update=True)
    task = next((t for t in action.tasks if t.id == task_id), None)
    if task is None:
        raise NotFound("task", task_id)
    check_if_match(if_match, task.version)
    return plan, action, task


async def update_task(
    session: AsyncSession,
    identity: Identity,
    task_id: str,
    data: TaskUpdate,
    today: date,
    now: datetime,
    if_match: str | None = None,
) -> Task:
    """Change a task's title, description or due date."""
    plan, action, task = await _task_for_change(session, task_id, if_match)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "tasks change")
    for name in ("title", "description", "due_on"):
        if getattr(data, name) is not None:
            setattr(task, name, getattr(data, name))
    task.updated_at = now
    touch(task)  # a new version even when every field was given its old value
    await refresh(session, [action], today, now)
    return _task_as_of(task, today)


async def step_task(
    session: AsyncSession,
    identity: Identity,
    task_id: str,
    step: TaskStep,
    today: date,
    now: datetime,
    if_match: str | None = None,
) -> Task:
    """Start, complete or cancel a task; completed_at is set exactly when it is completed."""
    plan, action, task = await _task_for_change(session, task_id, if_match)
    ensure_may_edit(identity, plan)
    ensure_state(plan, PROGRESS_OPEN, "tasks progress")
    try:
        state, completed_at = task_transition(TaskState(task.state), step, now)
    except TransitionNotAllowed as exc:
        raise Problem(409, str(exc), errors=[{"rule": "task_transition", "detail": str(exc)}]) from exc
    task.state, task.completed_at = state.value, completed_at
    task.updated_at = now
    await session.flush()
    await refresh(session, [action], today, now)
    return _task_as_of(task, today)
