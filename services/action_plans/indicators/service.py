"""Use cases of indicators: baselines, goals and measurements. A change recomputes the actions
linked to the indicator (status.refresh); a read gives its progress as of `today`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.action_plans import repository
from services.action_plans.auth import ensure_may_edit
from services.action_plans.domain import CONTENT_EDITABLE, PROGRESS_OPEN
from services.action_plans.indicators.schemas import GoalIn, IndicatorCreate, MeasurementCreate
from services.action_plans.models import Indicator, IndicatorGoal, Measurement, Plan, kit
from services.action_plans.service import ensure_state, ensure_valid, get_plan
from services.action_plans.status import indicator_facts, plan_ref, refresh
from services.action_plans.trajectory import behind_reason, next_goal, progress, standing
from shared.concurrency import touch
from shared.contracts.action_plans import IndicatorMeasuredV2
from shared.identity import Identity
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import get_or_404


async def as_of(session: AsyncSession, indicators: Sequence[Indicator], today: date) -> None:
    """Each indicator with its next goal and progress as of `today`, how it is behind, its actions."""
    # Plain attributes, not columns (they move with the date): IndicatorRead reads them off the row.
    links = await repository.action_ids_by_indicator(session, [i.id for i in indicators])
    for i in indicators:
        facts = indicator_facts(i)
        goal = next_goal(facts, today)
        i.next_goal = {"on": goal[0], "value": goal[1]} if goal else None
        i.progress = progress(facts, today)
        i.behind = behind_reason(facts)
        i.action_ids = links.get(i.id, [])


def _goal_problems(baseline_on: date, goals: list[GoalIn], pointer: str = "/goals") -> list[dict]:
    errors = [
        {"rule": "goal_after_baseline", "pointer": f"{pointer}/{n}/on", "detail": f"goal on {g.on} is not after the baseline"}
        for n, g in enumerate(goals)
        if g.on <= baseline_on
    ]
    if len({g.on for g in goals}) != len(goals):
        errors.append({"rule": "goal_dates_unique", "pointer": pointer, "detail": "two goals share a date"})
    return errors


async def _indicator(session: AsyncSession, indicator_id: str) -> tuple[Plan, Indicator]:
    indicator = await get_or_404(session, Indicator, indicator_id, what="indicator")
    return await get_plan(session, indicator.plan_id), indicator


async def create_indicator(
    session: AsyncSession, identity: Identity, plan_id: str, data: IndicatorCreate, today: date, now: datetime
) -> Indicator:
    """Add an indicator with its baseline and goals to a plan."""
    plan = await get_plan(session, plan_id)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "indicators are added")
    ensure_valid("The indicator's goals are not valid.", _goal_problems(data.baseline.on, data.goals))
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
    await as_of(session, [indicator], today)
    return indicator


async def list_indicators(session: AsyncSession, plan_id: str, page: PageParams, today: date) -> dict:
    """A page of the plan's indicators with their progress toward the next goal."""
    repository.INDICATORS.check(page)  # a bad token is 400 whatever the plan
    await get_plan(session, plan_id)
    found = await repository.list_indicators(session, plan_id, page)
    await as_of(session, found["items"], today)
    return found


async def get_indicator(session: AsyncSession, indicator_id: str, today: date) -> Indicator:
    """One indicator with its trajectory and progress, or 404."""
    _, indicator = await _indicator(session, indicator_id)
    await as_of(session, [indicator], today)
    return indicator


async def set_goal(
    session: AsyncSession, identity: Identity, indicator_id: str, goal: GoalIn, today: date, now: datetime
) -> Indicator:
    """Add a goal to the trajectory (a goal of the same date is replaced); linked actions are recomputed."""
    plan, indicator = await _indicator(session, indicator_id)
    ensure_may_edit(identity, plan)
    ensure_state(plan, CONTENT_EDITABLE, "goals change")
    ensure_valid("The goal is not valid.", _goal_problems(indicator.baseline_on, [goal], pointer=""))
    actions = await repository.actions_of_indicator(session, indicator.id)
    existing = next((g for g in indicator.goals if g.due_on == goal.on), None)
    if existing:
        existing.value = goal.value
    else:
        indicator.goals.append(IndicatorGoal(due_on=goal.on, value=goal.value))
    touch(indicator)  # its goals are part of it
    await session.flush()
    await refresh(session, actions, today, now)
    await as_of(session, [indicator], today)
    return indicator


async def record_measurement(
    session: AsyncSession, identity: Identity, indicator_id: str, data: MeasurementCreate, today: date, now: datetime
) -> Measurement:
    """Record a measured value; publishes indicator.measured and recomputes the linked actions."""
    plan, indicator = await _indicator(session, indicator_id)
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
    touch(indicator)  # its measurements are part of it
    await session.flush()
    facts = indicator_facts(indicator)
    await record_event(
        session,
        kit.outbox,
        IndicatorMeasuredV2(
            indicator_id=indicator.id,
            plan=plan_ref(plan),
            name=indicator.name,
            unit=indicator.unit,
            value=data.value,
            measured_on=data.on,
            data_source=data.data_source,
            progress=progress(facts, today),
            trajectory=standing(facts),
        ),
        indicator.id,
    )
    await refresh(session, actions, today, now)
    return m


async def list_measurements(session: AsyncSession, indicator_id: str, page: PageParams) -> dict:
    """A page of the indicator's measurements in the order they were recorded."""
    repository.MEASUREMENTS.check(page)  # a bad token is 400 whatever the indicator
    await _indicator(session, indicator_id)
    return await repository.list_measurements(session, indicator_id, page)
