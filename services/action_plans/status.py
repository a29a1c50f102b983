"""The computed action status, kept fresh: recomputed after every change and by the daily
pass, with `action.status_changed`, `action.completed` and `task.overdue` written to the
outbox only when something actually changed (each task's overdue notice once)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from services.action_plans import repository
from services.action_plans.domain import ActionFacts, ActionStatus, TaskFacts, TaskState, compute_status, is_overdue
from services.action_plans.models import Action, Indicator, Plan, Task, kit
from services.action_plans.trajectory import Direction, IndicatorFacts
from shared.concurrency import touch
from shared.contracts.action_plans import (
    ActionCompleted,
    ActionResult,
    ActionStatusChangedV2,
    PlanRef,
    TaskOverdue,
)
from shared.contracts.fields import REASONS, RESULTS
from shared.events import EventPayload
from shared.outbox import record_events
from shared.pagination import PageParams

log = logging.getLogger("iuc.action_plans.status")


def plan_ref(plan: Plan) -> PlanRef:
    """Which plan an event is about."""
    return PlanRef(
        plan_id=plan.id,
        kind=plan.kind,
        city_id=plan.city_id,
        signatory_id=plan.signatory_id,
        gcom_id=plan.gcom_id,
        pairing_id=plan.pairing_id,
        city_name=plan.city_name,
    )


def indicator_facts(i: Indicator) -> IndicatorFacts:
    """An indicator row as the rules see it."""
    return IndicatorFacts(
        name=i.name,
        unit=i.unit,
        direction=Direction(i.direction),
        baseline_value=i.baseline_value,
        baseline_on=i.baseline_on,
        goals=tuple((g.due_on, g.value) for g in i.goals),
        measurements=tuple((m.measured_on, m.value) for m in i.measurements),
    )


def action_facts(a: Action, indicators: dict[str, Indicator]) -> ActionFacts:
    """An action row, its tasks and linked indicators, as the status rule sees them."""
    return ActionFacts(
        starts_on=a.starts_on,
        cancelled=a.cancelled_at is not None,
        tasks=tuple(TaskFacts(t.title, TaskState(t.state), t.due_on) for t in a.tasks),
        indicators=tuple(indicator_facts(indicators[link.indicator_id]) for link in a.indicator_links),
    )


# The bound of ActionCompleted.outcomes (shared/contracts/fields.py Text).
OUTCOMES_MAX = 20_000


def _outcomes(done: list[str]) -> str:
    """The completed tasks in words, cut to the contract's bound (an action has no limit of tasks)."""
    if not done:
        return ""
    text = "Completed: " + "; ".join(done) + "."
    return text if len(text) <= OUTCOMES_MAX else text[: OUTCOMES_MAX - 1] + "…"


def _completion(a: Action, plan: Plan, indicators: dict[str, Indicator], now: datetime) -> ActionCompleted:
    results = []
    for link in a.indicator_links[:RESULTS]:  # an action serves at most 20 (ActionCreate)
        i = indicators[link.indicator_id]
        facts = indicator_facts(i)
        goals = sorted(facts.goals)
        results.append(
            ActionResult(
                indicator_id=i.id,
                name=i.name,
                unit=i.unit,
                baseline=i.baseline_value,
                latest=facts.latest[1] if facts.latest else None,
                goal=goals[-1][1] if goals else None,
            )
        )
    done = [t.title for t in a.tasks if t.state == TaskState.completed]
    return ActionCompleted(
        action_id=a.id,
        plan=plan_ref(plan),
        title=a.title,
        kind=a.kind,
        description=a.description,
        theme=a.theme,
        sector=a.sector,
        country_code=plan.country_code,
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        budget_amount=a.budget_amount,
        budget_currency=a.budget_currency,
        expected_impact=f"{a.impact_value:g} {a.impact_unit}" if a.impact_value is not None else None,
        results=results,
        outcomes=_outcomes(done),
        completed_at=now,
    )


@dataclass
class Refresh:
    """What one recompute (or the daily pass, of the day `assessed_on`) did."""

    actions_assessed: int = 0
    status_changes: int = 0
    tasks_overdue: int = 0
    events: list[tuple[EventPayload, str | None]] = field(default_factory=list)
    assessed_on: date | None = None


async def _claim(session: AsyncSession, model, row_id: str, guard, values: dict):
    """Change a row only if `guard` still holds, so of two writers racing on the same row one
    announces the change (SQLite reads outside the write lock; PostgreSQL rows are locked anyway).
    Returns the row's version, or None if another writer got there first."""
    result = await session.execute(
        update(model)
        .where(model.id == row_id, guard)
        .values(**values)
        .returning(model.version)
        .execution_options(synchronize_session=False)
    )
    return result.scalar_one_or_none()


async def _set(session: AsyncSession, model, row_id: str, values: dict) -> None:
    """Write computed columns of a row without making a new version of it."""
    await session.execute(update(model).where(model.id == row_id).values(**values).execution_options(synchronize_session=False))


def _committed(obj, values: dict) -> None:
    # The row is already written: keep the loaded object in step without a second UPDATE.
    for name, value in values.items():
        set_committed_value(obj, name, value)


async def refresh(
    session: AsyncSession, actions: Sequence[Action], today: date, now: datetime, *, announce: bool = True
) -> Refresh:
    """Recompute the status of `actions` and write the events of what actually changed.

    `announce=False` sets the first status of a brand-new action without calling it a change.
    """
    out = Refresh()
    if not actions:
        return out
    await session.flush()
    plans = await repository.plans_by_ids(session, [a.plan_id for a in actions])
    indicators = await repository.indicators_by_ids(session, [link.indicator_id for a in actions for link in a.indicator_links])
    for a in actions:
        plan = plans[a.plan_id]
        status, reasons = compute_status(action_facts(a, indicators), today)
        out.actions_assessed += 1
        for _ in range(3):
            if status == a.status:
                break
            previous = a.status
            values = {
                "status": status.value,
                "status_changed_on": today,
                "updated_at": now,
                "completed_at": now if status == ActionStatus.completed else None,
            }
            version = await _claim(session, Action, a.id, Action.status == previous, values)
            if version is None:
                # Another writer changed the status meanwhile: start again from what it wrote.
                await session.refresh(a, attribute_names=["status", "version", "completion_announced_at"])
                continue
            _committed(a, values | {"version": version})
            # A new status is a new version of the action (its ETag moves); the reasons alone are not.
            touch(a)
            if announce:
                out.status_changes += 1
                changed = ActionStatusChangedV2(
                    action_id=a.id,
                    plan=plan_ref(plan),
                    title=a.title,
                    kind=a.kind,
                    theme=a.theme,
                    status=status.value,
                    previous_status=previous,
                    reasons=reasons[:REASONS],  # the first ones: the event keeps a size the stream takes
                    changed_on=today,
                )
                out.events.append((changed, a.id))
            break
        if a.status == ActionStatus.completed and a.completion_announced_at is None:
            if await _claim(session, Action, a.id, Action.completion_announced_at.is_(None), {"completion_announced_at": now}):
                _committed(a, {"completion_announced_at": now})
                out.events.append((_completion(a, plan, indicators, now), a.id))
        if a.status_reasons != reasons:
            await _set(session, Action, a.id, {"status_reasons": reasons})
            _committed(a, {"status_reasons": reasons})
        for t in a.tasks:
            if t.overdue_announced_on is None and is_overdue(t.state, t.due_on, today):
                if await _claim(session, Task, t.id, Task.overdue_announced_on.is_(None), {"overdue_announced_on": today}):
                    _committed(t, {"overdue_announced_on": today})
                    out.tasks_overdue += 1
                    overdue = TaskOverdue(task_id=t.id, action_id=a.id, plan=plan_ref(plan), title=t.title, due_on=t.due_on)
                    out.events.append((overdue, t.id))
    await session.flush()
    await record_events(session, kit.outbox, out.events)
    return out


async def daily_pass(sessionmaker, today: date, now: datetime, batch: int = 200) -> Refresh:
    """Recompute every action whose status depends on the date, in transactions of `batch`."""
    total = Refresh(assessed_on=today)
    page = PageParams(page_size=batch)
    while True:
        async with sessionmaker() as session, session.begin():
            found = await repository.actions_due_for_assessment(session, page)
            done = await refresh(session, found["items"], today, now)
        total.actions_assessed += done.actions_assessed
        total.status_changes += done.status_changes
        total.tasks_overdue += done.tasks_overdue
        if found["next_page_token"] is None:
            return total
        page = PageParams(page_size=batch, page_token=found["next_page_token"])


def _pass_lock(app: FastAPI) -> asyncio.Lock:
    # Made on first use, in the app's own loop; no await between the look and the set.
    lock = getattr(app.state, "status_pass_lock", None)
    if lock is None:
        lock = app.state.status_pass_lock = asyncio.Lock()
    return lock


async def run_status_pass(app: FastAPI) -> Refresh:
    """The daily pass now, on the app's clock; one at a time per process (the `status` job,
    and the operator's button)."""
    clock = app.state.clock
    async with _pass_lock(app):
        done = await daily_pass(app.state.sessionmaker, clock.today(), clock.now())
    today = done.assessed_on
    if done.status_changes or done.tasks_overdue:
        log.info("status pass of %s: %d changed, %d tasks overdue", today, done.status_changes, done.tasks_overdue)
    return done
