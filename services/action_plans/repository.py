"""Every query of the action-plans service."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import lazyload

from services.action_plans.domain import ActionStatus
from services.action_plans.models import (
    Action,
    ActionDependency,
    ActionIndicator,
    Indicator,
    Measurement,
    Plan,
    PlanTransition,
    ProgressReport,
    Task,
)
from shared.db import insert_many
from shared.pagination import Keyset, PageParams
from shared.repository import count_by

# Completed and cancelled do not depend on the date: the daily pass looks only at the others.
DATED_STATUSES = (ActionStatus.late.value, ActionStatus.on_time.value, ActionStatus.not_started.value)

# The sort of each list (ids are UUIDv7: oldest first). FOR UPDATE locks rows on PostgreSQL;
# SQLite, which serialises writers, has no row locks and SQLAlchemy leaves the clause out.
PLANS = Keyset("action_plans.plans", Plan.id)
ACTIONS = Keyset("action_plans.actions", Action.id)
INDICATORS = Keyset("action_plans.indicators", Indicator.id)
MEASUREMENTS = Keyset("action_plans.measurements", Measurement.id)
REPORTS = Keyset("action_plans.reports", ProgressReport.id)
DUE_ACTIONS = Keyset("action_plans.due_actions", Action.id)


# --- plans ------------------------------------------------------------------------------


async def plans_by_ids(session: AsyncSession, ids: Sequence[str]) -> dict[str, Plan]:
    """Plans by id."""
    rows = (await session.scalars(select(Plan).where(Plan.id.in_(set(ids))))).all()
    return {p.id: p for p in rows}


async def plan_of_pairing(session: AsyncSession, pairing_id: str, city_id: str) -> Plan | None:
    """The local action plan a pairing opened for a city, if any."""
    query = select(Plan).where(Plan.pairing_id == pairing_id, Plan.city_id == city_id)
    return (await session.scalars(query)).one_or_none()


async def insert_plans(session: AsyncSession, plans: list[dict], transitions: list[dict]) -> None:
    """New plans and their first transitions, as rows: one statement per table (no ORM objects)."""
    await insert_many(session, Plan.__table__, plans)
    await insert_many(session, PlanTransition.__table__, transitions)


async def secaps_of_signatories(session: AsyncSession, signatory_ids: Sequence[str]) -> dict[str, Plan]:
    """The SECAPs of these signatories, locked for the change to come (without their history:
    a commitment only adds a pillar, and an import sends thousands of them)."""
    query = select(Plan).where(Plan.signatory_id.in_(signatory_ids)).options(lazyload(Plan.history)).with_for_update()
    return {p.signatory_id: p for p in (await session.scalars(query)).all() if p.signatory_id}


@dataclass(frozen=True)
class PlanFilters:
    kind: str | None = None
    state: str | None = None
    city_id: str | None = None
    pairing_id: str | None = None
    signatory_id: str | None = None
    regional_covenant: str | None = None


async def list_plans(session: AsyncSession, page: PageParams, f: PlanFilters) -> dict:
    """A page of plans, oldest first."""
    query = select(Plan)
    for column, value in (
        (Plan.kind, f.kind),
        (Plan.state, f.state),
        (Plan.city_id, f.city_id),
        (Plan.pairing_id, f.pairing_id),
        (Plan.signatory_id, f.signatory_id),
        (Plan.regional_covenant, f.regional_covenant),
    ):
        if value is not None:
            query = query.where(column == value)
    return PLANS.page((await session.scalars(PLANS.apply(query, page))).all(), page)


# --- actions ----------------------------------------------------------------------------


async def list_actions(
    session: AsyncSession, plan_id: str, page: PageParams, status: str | None = None, theme: str | None = None
) -> dict:
    """A page of a plan's actions, oldest first, filtered by status or theme."""
    query = select(Action).where(Action.plan_id == plan_id)
    if status:
        query = query.where(Action.status == status)
    if theme:
        query = query.where(Action.theme == theme)
    return ACTIONS.page((await session.scalars(ACTIONS.apply(query, page))).all(), page)


async def action_ids_of_plan(session: AsyncSession, plan_id: str, ids: Sequence[str]) -> set[str]:
    """Which of `ids` are actions of the plan."""
    rows = await session.scalars(select(Action.id).where(Action.plan_id == plan_id, Action.id.in_(set(ids))))
    return set(rows.all())


async def dependency_edges(session: AsyncSession, plan_id: str) -> dict[str, set[str]]:
    """The plan's dependency graph: action id -> ids it depends on."""
    rows = await session.execute(
        select(ActionDependency.action_id, ActionDependency.depends_on_id)
        .join(Action, Action.id == ActionDependency.action_id)
        .where(Action.plan_id == plan_id)
    )
    edges: dict[str, set[str]] = defaultdict(set)
    for a, b in rows.all():
        edges[a].add(b)
    return dict(edges)


async def actions_due_for_assessment(session: AsyncSession, page: PageParams) -> dict:
    """A page of the actions whose status may change with the date; locked, skipping rows
    another replica or request holds (it recomputes them itself)."""
    query = select(Action).where(Action.status.in_(DATED_STATUSES))
    query = DUE_ACTIONS.apply(query, page).with_for_update(skip_locked=True)
    return DUE_ACTIONS.page((await session.scalars(query)).all(), page)


async def actions_of_indicator(session: AsyncSession, indicator_id: str) -> list[Action]:
    """The actions an indicator is linked to, locked for a recompute."""
    query = select(Action).join(ActionIndicator, ActionIndicator.action_id == Action.id)
    query = query.where(ActionIndicator.indicator_id == indicator_id).order_by(Action.id).with_for_update()
    return list((await session.scalars(query)).all())


# --- tasks ------------------------------------------------------------------------------


async def action_id_of_task(session: AsyncSession, task_id: str) -> str | None:
    """The id of the action a task belongs to (without loading the task, which is then read
    with its action, under the action's lock)."""
    return await session.scalar(select(Task.action_id).where(Task.id == task_id))


# --- indicators -------------------------------------------------------------------------


async def indicator_ids_of_plan(session: AsyncSession, plan_id: str, ids: Sequence[str]) -> set[str]:
    """Which of `ids` are indicators of the plan."""
    rows = await session.scalars(select(Indicator.id).where(Indicator.plan_id == plan_id, Indicator.id.in_(set(ids))))
    return set(rows.all())


async def indicators_by_ids(session: AsyncSession, ids: Sequence[str]) -> dict[str, Indicator]:
    """Indicators by id, with their goals and measurements."""
    rows = (await session.scalars(select(Indicator).where(Indicator.id.in_(set(ids))))).all()
    return {i.id: i for i in rows}


async def list_indicators(session: AsyncSession, plan_id: str, page: PageParams) -> dict:
    """A page of a plan's indicators, oldest first."""
    query = select(Indicator).where(Indicator.plan_id == plan_id)
    return INDICATORS.page((await session.scalars(INDICATORS.apply(query, page))).all(), page)


async def action_ids_by_indicator(session: AsyncSession, indicator_ids: Sequence[str]) -> dict[str, list[str]]:
    """indicator id -> ids of the actions linked to it."""
    rows = await session.execute(
        select(ActionIndicator.indicator_id, ActionIndicator.action_id)
        .where(ActionIndicator.indicator_id.in_(set(indicator_ids)))
        .order_by(ActionIndicator.action_id)
    )
    out: dict[str, list[str]] = defaultdict(list)
    for indicator_id, action_id in rows.all():
        out[indicator_id].append(action_id)
    return out


async def list_measurements(session: AsyncSession, indicator_id: str, page: PageParams) -> dict:
    """A page of an indicator's measurements in recording order."""
    query = select(Measurement).where(Measurement.indicator_id == indicator_id)
    return MEASUREMENTS.page((await session.scalars(MEASUREMENTS.apply(query, page))).all(), page)


# --- reports ----------------------------------------------------------------------------


async def list_reports(session: AsyncSession, plan_id: str, page: PageParams) -> dict:
    """A page of a plan's progress reports, oldest first."""
    query = select(ProgressReport).where(ProgressReport.plan_id == plan_id)
    return REPORTS.page((await session.scalars(REPORTS.apply(query, page))).all(), page)


async def plan_actions(session: AsyncSession, plan_id: str) -> list[Action]:
    """Every action of a plan, by id."""
    return list((await session.scalars(select(Action).where(Action.plan_id == plan_id).order_by(Action.id))).all())


async def plan_indicators(session: AsyncSession, plan_id: str) -> list[Indicator]:
    """Every indicator of a plan, by id."""
    return list((await session.scalars(select(Indicator).where(Indicator.plan_id == plan_id).order_by(Indicator.id))).all())


# --- stats ------------------------------------------------------------------------------


async def stats(session: AsyncSession) -> dict[str, dict[str, int]]:
    """Counts for dashboards: plans by state and kind, actions by status and theme."""
    return {
        "plans_by_state": await count_by(session, Plan.state),
        "plans_by_kind": await count_by(session, Plan.kind),
        "actions_by_status": await count_by(session, Action.status),
        "actions_by_theme": await count_by(session, Action.theme),
    }
