"""Use cases of a plan's content: actions, their tasks, indicators, goals and measurements.
Every change recomputes the status of the actions it touches (status.refresh)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.action_plans import repository
from services.action_plans.auth import ensure_may_edit
from services.action_plans.domain import (
    CONTENT_EDITABLE,
    PROGRESS_OPEN,
    ActionFields,
    TaskState,
    TaskStep,
    TransitionNotAllowed,
    action_problems,
    dependency_cycle,
    task_transition,
)
from services.action_plans.indicators import progress
from services.action_plans.models import (
    Action,
    ActionDependency,
    ActionIndicator,
    Indicator,
    IndicatorGoal,
    Measurement,
    Plan,
    Task,
    kit,
)
from services.action_plans.schemas import (
    ActionCreate,
    ActionUpdate,
    GoalIn,
    IndicatorCreate,
    MeasurementCreate,
    TaskCreate,
    TaskUpdate,
)
from services.action_plans.service import ensure_state
from services.action_plans.status import indicator_facts, plan_ref, refresh
from shared.contracts.action_plans import IndicatorMeasured
from shared.identity import Identity
from shared.outbox import record_event
from shared.problems import Problem


def _unprocessable(detail: str, errors: list[dict]) -> None:
    if errors:
        raise Problem(422, detail, errors=errors)


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
        "budget": {"amount": action.budget_amount, "currency": action.budget_currency}
        if action.budget_currency is not None
        else None,
        "expected_impact": {"value": action.impact_value, "unit": action.impact_unit} if action.impact_unit else None,
        "organisations": action.organisations,
    }


async def create_action(
    session: AsyncSession, identity: Identity, plan: Plan, data: ActionCreate, today: date, now: datetime
) -> Action:
    """Add an action to a plan; every broken rule is listed in one 422 and nothing is written."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "actions are added")
    values = data.model_dump(mode="python")
    errors = action_problems(_fields(values)) + await _reference_problems(session, plan, data.depends_on, data.indicator_ids)
    _unprocessable("The action breaks the rules of an action plan.", errors)
    action = Action(plan_id=plan.id, tasks=[], created_at=now, updated_at=now)
    _apply(action, values)
    session.add(action)
    await session.flush()
    await refresh(session, [action], today, now, announce=False)
    return action


async def update_action(
    session: AsyncSession, identity: Identity, plan: Plan, action: Action, data: ActionUpdate, today: date, now: datetime
) -> Action:
    """Change an action; a dependency cycle is refused with 422 naming the cycle."""
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
    _unprocessable("The action breaks the rules of an action plan.", errors)
    _apply(action, values)
    action.version += 1
    action.updated_at = now
    await session.flush()
    await refresh(session, [action], today, now)
    return action


async def cancel_action(
    session: AsyncSession, identity: Identity, plan: Plan, action: Action, reason: str, today: date, now: datetime
) -> Action:
    """Cancel an action with a reason (its status becomes cancelled)."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "actions are cancelled")
    if action.cancelled_at is not None:
        raise Problem(409, "The action is already cancelled.", errors=[{"rule": "action_open", "detail": "already cancelled"}])
    action.cancelled_at, action.cancel_reason = now, reason
    action.version += 1
    action.updated_at = now
    await refresh(session, [action], today, now)
    return action


# --- tasks ------------------------------------------------------------------------------


async def add_task(
    session: AsyncSession, identity: Identity, plan: Plan, action: Action, data: TaskCreate, today: date, now: datetime
) -> Task:
    """Add a task to an action."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "tasks are added")
    task = Task(title=data.title, description=data.description, due_on=data.due_on, state=TaskState.not_started.value)
    task.created_at = task.updated_at = now
    action.tasks.append(task)
    await session.flush()
    await refresh(session, [action], today, now)
    return task


def task_of(action: Action, task_id: str) -> Task:
    """The task of the (locked) action, or 404."""
    for t in action.tasks:
        if t.id == task_id:
            return t
    raise Problem(404, f"No task {task_id}.")


async def update_task(
    session: AsyncSession, identity: Identity, plan: Plan, action: Action, task: Task, data: TaskUpdate, today, now
) -> Task:
    """Change a task's title, description or due date."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "tasks change")
    for name in ("title", "description", "due_on"):
        if getattr(data, name) is not None:
            setattr(task, name, getattr(data, name))
    task.version += 1
    task.updated_at = now
    await refresh(session, [action], today, now)
    return task


async def step_task(
    session: AsyncSession, identity: Identity, plan: Plan, action: Action, task: Task, step: TaskStep, today, now
) -> Task:
    """Start, complete or cancel a task; completed_at is set exactly when it is completed."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, PROGRESS_OPEN, "tasks progress")
    try:
        state, completed_at = task_transition(TaskState(task.state), step, now)
    except TransitionNotAllowed as exc:
        raise Problem(409, str(exc), errors=[{"rule": "task_transition", "detail": str(exc)}]) from exc
    task.state, task.completed_at = state.value, completed_at
    task.version += 1
    task.updated_at = now
    await session.flush()
    await refresh(session, [action], today, now)
    return task


# --- indicators -------------------------------------------------------------------------


def _goal_problems(baseline_on: date, goals: list[GoalIn], pointer: str = "/goals") -> list[dict]:
    errors = [
        {"rule": "goal_after_baseline", "pointer": f"{pointer}/{n}/on", "detail": f"goal on {g.on} is not after the baseline"}
        for n, g in enumerate(goals)
        if g.on <= baseline_on
    ]
    if len({g.on for g in goals}) != len(goals):
        errors.append({"rule": "goal_dates_unique", "pointer": pointer, "detail": "two goals share a date"})
    return errors


async def create_indicator(session: AsyncSession, identity: Identity, plan: Plan, data: IndicatorCreate, now) -> Indicator:
    """Add an indicator with its baseline and goals to a plan."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "indicators are added")
    _unprocessable("The indicator's goals are not valid.", _goal_problems(data.baseline.on, data.goals))
    indicator = Indicator(
        plan_id=plan.id,
        name=data.name,
        unit=data.unit,
        direction=data.direction.value,
        baseline_value=data.baseline.value,
        baseline_on=data.baseline.on,
        goals=[IndicatorGoal(due_on=g.on, value=g.value) for g in data.goals],
        measurements=[],
        created_at=now,
    )
    session.add(indicator)
    await session.flush()
    return indicator


async def set_goal(
    session: AsyncSession, identity: Identity, plan: Plan, indicator: Indicator, goal: GoalIn, today: date, now: datetime
) -> Indicator:
    """Add a goal to the trajectory (a goal of the same date is replaced); linked actions are recomputed."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "goals change")
    _unprocessable("The goal is not valid.", _goal_problems(indicator.baseline_on, [goal], pointer=""))
    actions = await repository.actions_of_indicator(session, indicator.id)
    existing = next((g for g in indicator.goals if g.due_on == goal.on), None)
    if existing:
        existing.value = goal.value
    else:
        indicator.goals.append(IndicatorGoal(due_on=goal.on, value=goal.value))
    indicator.version += 1
    await session.flush()
    await refresh(session, actions, today, now)
    return indicator


async def record_measurement(
    session: AsyncSession,
    identity: Identity,
    plan: Plan,
    indicator: Indicator,
    data: MeasurementCreate,
    today: date,
    now: datetime,
) -> Measurement:
    """Record a measured value; publishes indicator.measured and recomputes the linked actions."""
    ensure_may_edit(identity, plan)
    ensure_state(plan, PROGRESS_OPEN, "measurements are recorded")
    if data.on > today:
        raise Problem(
            422,
            "A measurement cannot be dated in the future.",
            errors=[{"rule": "measured_not_future", "pointer": "/on", "detail": f"{data.on} is after today ({today})"}],
        )
    actions = await repository.actions_of_indicator(session, indicator.id)
    m = Measurement(measured_on=data.on, value=data.value, data_source=data.data_source, recorded_by=identity.subject)
    m.created_at = now
    indicator.measurements.append(m)
    indicator.version += 1
    await session.flush()
    await record_event(
        session,
        kit.outbox,
        IndicatorMeasured(
            indicator_id=indicator.id,
            plan=plan_ref(plan),
            name=indicator.name,
            unit=indicator.unit,
            value=data.value,
            measured_on=data.on,
            data_source=data.data_source,
            progress=progress(indicator_facts(indicator), today),
        ),
        indicator.id,
    )
    await refresh(session, actions, today, now)
    return m
